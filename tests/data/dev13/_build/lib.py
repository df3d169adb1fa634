# -*- coding: utf-8 -*-
"""Shared helpers for the dev13 corpus generator and checker (writer 80)."""
import datetime as dt
import re
import subprocess

import chinese_calendar

# ---------------------------------------------------------------- codes
CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(code8):
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55  # GB 11714: A=10 ... Z=35
    s = sum(val(c) * w for c, w in zip(code8, ORG_W))
    c = 11 - s % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def credit_check(code17):
    s = sum(CC_CHARS.index(c) * w for c, w in zip(code17, CC_W))
    c = (31 - s % 31) % 31
    return CC_CHARS[c]


def make_credit(prefix2, area6, org8):
    """prefix2 e.g. '91', area6 e.g. '310115', org8 8 chars -> 18-char code."""
    org9 = org8 + org_check(org8)
    body = prefix2 + area6 + org9
    return body + credit_check(body)


def credit_ok(code):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{18}", code or ""):
        return False
    return credit_check(code[:17]) == code[17]


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(id17):
    s = sum(int(c) * w for c, w in zip(id17, ID_W))
    return "10X98765432"[s % 11]


def make_id(area6, birth, seq3):
    body = area6 + birth + seq3
    return body + id_check(body)


def id_ok(idn):
    if not re.fullmatch(r"\d{17}[\dX]", idn or ""):
        return False
    try:
        dt.date(int(idn[6:10]), int(idn[10:12]), int(idn[12:14]))
    except ValueError:
        return False
    return id_check(idn[:17]) == idn[17]


# ---------------------------------------------------------------- dates
CN_DIG = "〇一二三四五六七八九"


def D(s):
    return dt.date.fromisoformat(s)


def cn_num(n):
    if n < 10:
        return "一二三四五六七八九"[n - 1] if n else "〇"
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def cn_date(d):
    y = "".join(CN_DIG[int(c)] for c in str(d.year))
    return f"{y}年{cn_num(d.month)}月{cn_num(d.day)}日"


def ar_date(d):
    return f"{d.year}年{d.month}月{d.day}日"


def dot_date(d):
    return f"{d.year}.{d.month}.{d.day}"


def pad_date(d):
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def is_workday(d):
    return chinese_calendar.is_workday(d)


def workdays_after(start, end):
    """Number of working days in (start, end]."""
    n = 0
    d = start
    while d < end:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n += 1
    return n


def add_workdays(start, k):
    d = start
    while k:
        d += dt.timedelta(days=1)
        if is_workday(d):
            k -= 1
    return d


# ---------------------------------------------------------------- amounts
DX_DIG = "零壹贰叁肆伍陆柒捌玖"


def daxie(n):
    """Integer yuan -> 大写 with 元整 (n < 1e8)."""
    if n == 0:
        return "零元整"
    units = ["", "拾", "佰", "仟"]

    def four(x):
        s = ""
        zero = False
        for i in range(3, -1, -1):
            d = x // (10 ** i) % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += DX_DIG[d] + units[i]
        return s

    wan, rest = divmod(n, 10000)
    s = ""
    if wan:
        s += four(wan) + "万"
        if rest and rest < 1000:
            s += "零"
    if rest:
        s += four(rest)
    return s + "元整"


def daxie_parse(s):
    """Parse 大写 like 肆万伍仟元整 -> int (for the checker)."""
    s = s.replace("元整", "").replace("元", "").replace("整", "")
    total = 0
    sec = 0
    num = 0
    for ch in s:
        if ch in DX_DIG:
            num = DX_DIG.index(ch)
        elif ch in "拾佰仟":
            sec += (num or 1) * {"拾": 10, "佰": 100, "仟": 1000}[ch]
            num = 0
        elif ch == "万":
            total += (sec + num) * 10000
            sec = num = 0
    return total + sec + num


def fmt_comma(n):
    return f"{n:,}"


# ---------------------------------------------------------------- text width
def cwidth(s):
    w = 0
    for ch in s:
        w += 1 if ord(ch) < 0x2E80 and ch not in "￥" else 2
    return w


def wrap(line, width):
    """Wrap a line to display width (ASCII=1, CJK=2)."""
    out = []
    cur = ""
    for ch in line:
        if cwidth(cur + ch) > width:
            out.append(cur)
            cur = "　　" if False else ""
        cur += ch
    out.append(cur)
    return out


def ascii_table(rows, widths=None):
    """rows: list of lists of strings. Returns lines with | and - borders."""
    ncol = max(len(r) for r in rows)
    rows = [r + [""] * (ncol - len(r)) for r in rows]
    if widths is None:
        widths = [max(cwidth(r[i]) for r in rows) for i in range(ncol)]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [sep]
    for r in rows:
        # wrap each cell
        cells = [wrap(c, w) if c else [""] for c, w in zip(r, widths)]
        h = max(len(c) for c in cells)
        for k in range(h):
            parts = []
            for c, w in zip(cells, widths):
                t = c[k] if k < len(c) else ""
                parts.append(" " + t + " " * (w - cwidth(t)) + " ")
            out.append("|" + "|".join(parts) + "|")
        out.append(sep)
    return out


# ---------------------------------------------------------------- fonts
def cjk_font_path(bold=False):
    pat = "Noto Sans CJK SC:style=Bold" if bold else "Noto Sans CJK SC"
    r = subprocess.run(["fc-match", "-f", "%{file}", pat], capture_output=True, text=True)
    return r.stdout.strip()


def cjk_font_index(path, want="Noto Sans CJK SC"):
    from PIL import ImageFont
    for i in range(12):
        try:
            f = ImageFont.truetype(path, 20, index=i)
        except OSError:
            break
        if f.getname()[0] == want:
            return i
    return 0


def serif_font_path():
    r = subprocess.run(["fc-match", "-f", "%{file}", "Noto Serif CJK SC"], capture_output=True, text=True)
    return r.stdout.strip()

"""Shared helpers for the heldout20 builders (IDs, dates, money, renderers)."""
import datetime as dt
import os
import chinese_calendar

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# ---------------------------------------------------------------- IDs
_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CCW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * wi for c, wi in zip(body8, w))
    c = 11 - s % 11
    return body8 + {10: "X", 11: "0"}.get(c, str(c))


def credit_code(prefix2, region6, body8):
    base = prefix2 + region6 + org_code(body8)
    s = sum(_CC.index(c) * w for c, w in zip(base, _CCW))
    c = 31 - s % 31
    return base + _CC[0 if c == 31 else c]


def cc_valid(code):
    if len(code) != 18 or any(c not in _CC for c in code):
        return False
    s = sum(_CC.index(c) * w for c, w in zip(code[:17], _CCW))
    c = 31 - s % 31
    return code[17] == _CC[0 if c == 31 else c]


_IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(region6, birth8, seq3):
    base = region6 + birth8 + seq3
    return base + "10X98765432"[sum(int(a) * b for a, b in zip(base, _IDW)) % 11]


def id_valid(n):
    return len(n) == 18 and n[:17].isdigit() and n[17] == "10X98765432"[sum(int(a) * b for a, b in zip(n[:17], _IDW)) % 11]


# ---------------------------------------------------------------- dates
def D(s):
    return dt.date.fromisoformat(s)


def is_wd(d):
    return chinese_calendar.is_workday(d)


def wd_after(d, n):
    """The n-th working day after d."""
    x = d
    while n:
        x += dt.timedelta(days=1)
        if is_wd(x):
            n -= 1
    return x


def wd_between(a, b):
    """Working days after a up to and including b."""
    n, x = 0, a
    while x < b:
        x += dt.timedelta(days=1)
        if is_wd(x):
            n += 1
    return n


_CN = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n % 10] if n % 10 else "")
    return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")


def cn_date(d):
    return "".join(_CN[int(c)] for c in str(d.year)) + "年" + cn_num(d.month) + "月" + cn_num(d.day) + "日"


def ar_date(d):
    return f"{d.year}年{d.month}月{d.day}日"


def dot_date(d):
    return f"{d.year}.{d.month}.{d.day}"


# ---------------------------------------------------------------- money
def daxie(n):
    """Integer yuan amount in 大写, e.g. 60000 -> 陆万元整."""
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]
    def four(x):
        s, zero = "", False
        for i in range(3, -1, -1):
            d = x // (10 ** i) % 10
            if d:
                if zero and s:
                    s += "零"
                s += digits[d] + units[i]
                zero = False
            else:
                zero = True
        return s
    n = int(n)
    if n == 0:
        return "零元整"
    wan, rest = divmod(n, 10000)
    s = ""
    if wan:
        s = four(wan) + "万"
        if rest and rest < 1000:
            s += "零"
    s += four(rest)
    return s + "元整"


def write(path, text, encoding="utf-8"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding=encoding, newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------- plain-text volumes
def dwidth(s):
    return sum(2 if ord(c) > 0x2E7F else 1 for c in s)


def center(s, width=72):
    return " " * max(0, (width - dwidth(s)) // 2) + s


def right(s, width=72):
    return " " * max(0, width - dwidth(s)) + s


def spaced(s):
    return " ".join(s)


def box(rows, widths):
    """Table drawn with box characters; widths in display columns."""
    def cell(s, w):
        return s + " " * max(0, w - dwidth(s))
    def wrapc(s, w):
        out, cur = [], ""
        for ch in s:
            if dwidth(cur + ch) > w:
                out.append(cur); cur = ch
            else:
                cur += ch
        out.append(cur)
        return out
    top = "┌" + "┬".join("─" * w for w in widths) + "┐"
    mid = "├" + "┼".join("─" * w for w in widths) + "┤"
    bot = "└" + "┴".join("─" * w for w in widths) + "┘"
    lines = [top]
    for i, r in enumerate(rows):
        cols = [wrapc(c, w) for c, w in zip(r, widths)]
        for k in range(max(len(c) for c in cols)):
            lines.append("│" + "│".join(cell(c[k] if k < len(c) else "", w) for c, w in zip(cols, widths)) + "│")
        lines.append(mid if i < len(rows) - 1 else bot)
    return "\n".join(lines)


def paginate(text, per_page=44, width=72):
    """Split one document's text into pages of at most per_page display lines (long lines wrap)."""
    pages, cur, n = [], [], 0
    for ln in text.split("\n"):
        h = max(1, -(-dwidth(ln) // width)) if not ln.startswith(("│", "┌", "├", "└")) else 1
        if n + h > per_page and cur:
            pages.append("\n".join(cur)); cur, n = [], 0
        cur.append(ln); n += h
    pages.append("\n".join(cur))
    return pages

"""Shared helpers for the dev21 builder: identifiers, amounts, dates, calendar, renderers.

Content model: a document is a dict with ``title`` (standard title), ``blocks`` (list of tuples),
``numbered`` (False for cover, 卷内目录, 备考表) and optional ``file`` (folder cases).
Block kinds: ("h", text) title, ("c", text) centred, ("p", text) paragraph, ("l", text) plain line,
("r", text) right-aligned, ("kv", [(label, value), ...]) two-column form table, ("hand", text)
handwritten-style fill-in line, ("sp",) blank line.
"""
from __future__ import annotations

import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

FONT_SONG = "/usr/share/fonts/truetype/arphic/uming.ttc"
FONT_KAI = "/usr/share/fonts/truetype/arphic/ukai.ttc"
FONT_HEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"

# ---------------------------------------------------------------- identifiers
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(code8: str) -> str:
    """GB 11714 check character for an 8-character organisation code body."""
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(code8, _ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix2: str, region6: str, rng: random.Random) -> str:
    """A GB 32100 统一社会信用代码 with valid organisation-code and final check characters."""
    pool = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body8 = ("MA" if rng.random() < 0.7 else rng.choice("0123456789")) + "".join(rng.choice(pool) for _ in range(7))
    body8 = body8[:8]
    s17 = prefix2 + region6 + body8 + org_check(body8)
    return s17 + uscc_check(s17)


def uscc_check(s17: str) -> str:
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(s17, _USCC_W))
    return _USCC_CHARS[(31 - s % 31) % 31]


def uscc_valid(code: str) -> bool:
    return len(code) == 18 and all(c in _USCC_CHARS for c in code) and uscc_check(code[:17]) == code[17]


_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, _ID_W)) % 11]


def id_number(region6: str, birth: dt.date, seq3: int) -> str:
    s17 = f"{region6}{birth:%Y%m%d}{seq3:03d}"
    return s17 + id_check(s17)


def id_valid(code: str) -> bool:
    return len(code) == 18 and code[:17].isdigit() and id_check(code[:17]) == code[17]


# ---------------------------------------------------------------- amounts
_D = "零壹贰叁肆伍陆柒捌玖"


def daxie(n: float) -> str:
    """Upper-case RMB amount: 12345 -> 壹万贰仟叁佰肆拾伍元整."""
    fen_total = round(n * 100)
    yuan, rest = divmod(fen_total, 100)
    jiao, fen = divmod(rest, 10)
    units = ["", "拾", "佰", "仟"]

    def four(x: int) -> str:
        s, zero = "", False
        for i in range(3, -1, -1):
            d = x // 10 ** i % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += _D[d] + units[i]
        return s

    parts = []
    wan, ge = divmod(yuan, 10000)
    yi, wan = divmod(wan, 10000)
    if yi:
        parts.append(four(yi) + "亿")
    if wan:
        if yi and wan < 1000:
            parts.append("零")
        parts.append(four(wan) + "万")
    if ge:
        if (yi or wan) and ge < 1000:
            parts.append("零")
        parts.append(four(ge))
    s = "".join(parts) or "零"
    s += "元"
    if jiao == 0 and fen == 0:
        return s + "整"
    if jiao:
        s += _D[jiao] + "角"
    elif fen:
        s += "零"
    if fen:
        s += _D[fen] + "分"
    return s


def comma(n: float, dec: int = 2) -> str:
    return f"{n:,.{dec}f}"


# ---------------------------------------------------------------- dates
_CN = "〇一二三四五六七八九"


def cn_num(n: int) -> str:
    if n < 10:
        return "十" if n == 10 else _CN[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else _CN[t]) + "十" + (_CN[o] if o else "")


def d_cn(d: dt.date) -> str:
    """二〇一三年九月十三日"""
    return "".join(_CN[int(c)] for c in str(d.year)) + "年" + cn_num(d.month) + "月" + cn_num(d.day) + "日"


def d_std(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def d_pad(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def d_fw(d: dt.date) -> str:
    """全角数字 ２０２１年９月２８日"""
    fw = str.maketrans("0123456789", "０１２３４５６７８９")
    return d_std(d).translate(fw)


def d_dot(d: dt.date) -> str:
    return f"{d.year}.{d.month}.{d.day}"


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


# ---------------------------------------------------------------- calendar (国务院 holiday notices)
# Statutory days off and 调休 make-up working days for the periods this corpus relies on.
HOLIDAYS = {
    2013: (["2013-09-19", "2013-09-20", "2013-09-21"] + [f"2013-10-0{i}" for i in range(1, 8)],
           ["2013-09-22", "2013-09-29", "2013-10-12"]),
    2016: (["2016-05-02", "2016-06-09", "2016-06-10", "2016-06-11"], ["2016-06-12"]),
    2018: (["2018-06-18", "2018-09-24"] + [f"2018-10-0{i}" for i in range(1, 8)], ["2018-09-29", "2018-09-30"]),
    2021: (["2021-09-19", "2021-09-20", "2021-09-21"] + [f"2021-10-0{i}" for i in range(1, 8)],
           ["2021-09-18", "2021-09-26", "2021-10-09"]),
    2023: (["2023-09-29", "2023-09-30"] + [f"2023-10-0{i}" for i in range(1, 7)], ["2023-10-07", "2023-10-08"]),
    2024: (["2024-04-04", "2024-04-05", "2024-04-06", "2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04", "2024-05-05", "2024-06-10", "2024-09-15", "2024-09-16", "2024-09-17"] + [f"2024-10-0{i}" for i in range(1, 8)],
           ["2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12"]),
    2025: (["2025-10-0%d" % i for i in range(1, 9)], ["2025-09-28", "2025-10-11"]),
    2026: (["2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22", "2026-02-23"], ["2026-02-14", "2026-02-28"]),
}


def is_workday(d: dt.date) -> bool:
    off, on = HOLIDAYS.get(d.year, ([], []))
    s = d.isoformat()
    if s in on:
        return True
    if s in off:
        return False
    return d.weekday() < 5


def add_workdays(d: dt.date, n: int) -> dt.date:
    """The n-th working day after d (d itself not counted)."""
    x = d
    while n:
        x += dt.timedelta(days=1)
        if is_workday(x):
            n -= 1
    return x


def workdays_between(a: dt.date, b: dt.date) -> int:
    """Working days in (a, b]."""
    n, x = 0, a
    while x < b:
        x += dt.timedelta(days=1)
        n += is_workday(x)
    return n


# ---------------------------------------------------------------- text rendering
def doc_to_lines(doc: dict, style: str = "plain", width: int = 40) -> list[str]:
    """Render a document to plain-text lines. style: plain | bracket | colon."""
    out: list[str] = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "h":
            out.append(b[1].center(width, "\u3000").rstrip("\u3000") if style == "center" else b[1])
        elif k == "c":
            out.append(b[1])
        elif k == "p":
            out.append("\u3000\u3000" + b[1])
        elif k in ("l", "hand"):
            out.append(b[1])
        elif k == "r":
            out.append("\u3000" * 12 + b[1])
        elif k == "kv":
            for lab, val in b[1]:
                if style == "bracket":
                    out.append(f"【{lab}】{val}")
                elif style == "table":
                    out.append(f"| {lab} | {val} |")
                else:
                    out.append(f"{lab}：{val}")
        elif k == "grid":
            for row in [b[1]] + b[2]:
                out.append("  ".join(str(c) for c in row))
        elif k == "sp":
            out.append("")
    return out

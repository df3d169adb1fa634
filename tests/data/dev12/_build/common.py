"""Shared model and helpers for the dev12 corpus builders.

A case volume is a list of ``Doc`` objects; each ``Doc`` holds explicit ``Page``
objects made of simple blocks. Every renderer (text, docx, pdf, scan, ofd)
reads the same blocks, so pagination is decided here and nowhere else.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

try:  # working-day arithmetic (行政处罚法 第八十五条)
    import chinese_calendar as _cc
except ImportError:  # pragma: no cover - check.py reports it
    _cc = None

# ---------------------------------------------------------------- blocks
# A block is a small tuple: (kind, payload...). Kinds:
#   H  title (big, centred)        C  centred line        P  paragraph (indented)
#   L  plain line (wrapped)        R  right-aligned line  T  table
#   SEAL agency seal marker        IMG photo placeholder  GAP blank lines
#   SIG handwritten signature line: (label, name) - rendered like L, but the
#       scan renderer draws the name in a "hand" font.


def H(text):
    return ("H", text)


def C(text):
    return ("C", text)


def P(text):
    return ("P", text)


def L(text):
    return ("L", text)


def R(text):
    return ("R", text)


def T(rows, widths=None, kv=False, head=False):
    """Table. ``kv`` marks label/value pairs (label, value, label, value...)."""
    return ("T", rows, widths, kv, head)


def SEAL(agency):
    return ("SEAL", agency)


def IMG(caption, height=150):
    return ("IMG", caption, height)


def GAP(n=1):
    return ("GAP", n)


def SIG(label, name, tail=""):
    return ("SIG", label, name, tail)


@dataclass
class Page:
    blocks: list


@dataclass
class Doc:
    """One document of the volume."""
    toc: str                    # name as listed in the 卷内目录
    date: str | None            # ISO date shown in the 目录 (None = blank)
    pages: list                 # list[Page]
    numbered: bool = True       # cover / 目录 / 备考表 are not paginated
    fname: str | None = None    # file stem for the folder format
    first: int = 0              # filled by paginate(): first printed page number
    last: int = 0


def paginate(docs):
    """Assign printed page numbers (第N页) to numbered documents."""
    n = 0
    for d in docs:
        if d.numbered:
            d.first = n + 1
            n += len(d.pages)
            d.last = n
    return n


def page_label(d, i):
    return f"{d.first + i}" if d.numbered else None


# ---------------------------------------------------------------- dates
CN_DIGITS = "〇一二三四五六七八九"


def D(s):
    return _dt.date.fromisoformat(s)


def _cn_num(n):
    if n < 10:
        return "一二三四五六七八九"[n - 1] if n else "〇"
    if n < 20:
        return "十" + ("" if n == 10 else _cn_num(n - 10))
    t, u = divmod(n, 10)
    return "一二三四五六七八九"[t - 1] + "十" + ("" if u == 0 else "一二三四五六七八九"[u - 1])


def cn_date(iso):
    d = D(iso)
    y = "".join(CN_DIGITS[int(c)] for c in str(d.year))
    return f"{y}年{_cn_num(d.month)}月{_cn_num(d.day)}日"


def ar_date(iso):
    d = D(iso)
    return f"{d.year}年{d.month}月{d.day}日"


def dot_date(iso):
    d = D(iso)
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def cn_article(n):
    """Chinese article number: 94 -> 九十四, 112 -> 一百一十二."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 100:
        t, u = divmod(n, 10)
        return ("" if t == 1 else digits[t]) + "十" + ("" if u == 0 else digits[u])
    h, r = divmod(n, 100)
    if r == 0:
        return digits[h] + "百"
    if r < 10:
        return digits[h] + "百零" + digits[r]
    t, u = divmod(r, 10)
    return digits[h] + "百" + digits[t] + "十" + ("" if u == 0 else digits[u])


def is_workday(d):
    return _cc.is_workday(d)


def workdays_after(a, b):
    """Working days in (a, b]: the day of service does not count."""
    a, b = D(a), D(b)
    n, d = 0, a
    while d < b:
        d += _dt.timedelta(days=1)
        if is_workday(d):
            n += 1
    return n


def add_workdays(a, k):
    d = D(a)
    while k:
        d += _dt.timedelta(days=1)
        if is_workday(d):
            k -= 1
    return d.isoformat()


def days_between(a, b):
    return (D(b) - D(a)).days


# ---------------------------------------------------------------- money
_UP = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ["", "拾", "佰", "仟"]


def _four(n):
    s, zero = "", False
    for i in range(3, -1, -1):
        q = (n // 10 ** i) % 10
        if q == 0:
            zero = bool(s)
        else:
            if zero:
                s += "零"
                zero = False
            s += _UP[q] + _UNITS[i]
    return s


def upper_amount(yuan, suffix="元整"):
    """Integer yuan -> 大写, e.g. 74400 -> 柒万肆仟肆佰元整."""
    yuan = int(yuan)
    if yuan == 0:
        return "零" + suffix
    wan, rest = divmod(yuan, 10000)
    s = ""
    if wan:
        s += _four(wan) + "万"
        if rest and rest < 1000:
            s += "零"
    if rest:
        s += _four(rest)
    return s + suffix


def money(yuan):
    return f"{int(yuan):,}.00"


# ---------------------------------------------------------------- identifiers
_ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
_USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55


def org_code(body8):
    """GB 11714 organisation code: 8 chars + check character."""
    s = sum(_orgval(c) * w for c, w in zip(body8, _ORG_W))
    c = 11 - s % 11
    return body8 + ("X" if c == 10 else "0" if c == 11 else str(c))


def org_ok(code9):
    return len(code9) == 9 and org_code(code9[:8]) == code9


def uscc(prefix2, region6, body8):
    """GB 32100 unified social credit code built around a GB 11714 code."""
    core = prefix2 + region6 + org_code(body8)
    s = sum(_USCC_CH.index(c) * w for c, w in zip(core, _USCC_W))
    c = (31 - s % 31) % 31
    return core + _USCC_CH[c]


def uscc_ok(code):
    if len(code) != 18 or any(c not in _USCC_CH for c in code):
        return False
    s = sum(_USCC_CH.index(c) * w for c, w in zip(code[:17], _USCC_W))
    return _USCC_CH[(31 - s % 31) % 31] == code[17] and org_ok(code[8:17])


_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(region6, birth8, seq3):
    body = region6 + birth8 + seq3
    s = sum(int(c) * w for c, w in zip(body, _ID_W))
    return body + "10X98765432"[s % 11]


def id_ok(x):
    if len(x) != 18 or not x[:17].isdigit():
        return False
    s = sum(int(c) * w for c, w in zip(x[:17], _ID_W))
    return "10X98765432"[s % 11] == x[17]

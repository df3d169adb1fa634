"""Shared helpers for the heldout62 case volumes: identifiers, dates, amounts, page model."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import chinese_calendar as cc

# ---------------------------------------------------------------- identifiers
_ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def _org_val(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10


def org_check(body8: str) -> str:
    """GB 11714 check character for an 8-character organisation-code body."""
    s = sum(_org_val(c) * w for c, w in zip(body8, _ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix2: str, region6: str, body8: str) -> str:
    """Build an 18-character unified social credit code (GB 32100) with valid check chars."""
    base = prefix2 + region6 + body8 + org_check(body8)
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(base, _USCC_W))
    c = (31 - s % 31) % 31
    return base + _USCC_CHARS[c]


def uscc_ok(code: str) -> bool:
    if len(code) != 18 or any(c not in _USCC_CHARS for c in code):
        return False
    if org_check(code[8:16]) != code[16]:
        return False
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(code[:17], _USCC_W))
    return _USCC_CHARS[(31 - s % 31) % 31] == code[17]


def id_number(body17: str) -> str:
    """Citizen ID number (GB 11643) with its check digit."""
    s = sum(int(c) * w for c, w in zip(body17, _ID_W))
    return body17 + "10X98765432"[s % 11]


def id_ok(code: str) -> bool:
    return len(code) == 18 and code[:17].isdigit() and id_number(code[:17]) == code


# ---------------------------------------------------------------- dates
CN_DIGITS = "〇一二三四五六七八九"


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def cn_num(n: int) -> str:
    if n < 10:
        return "〇一二三四五六七八九"[n] if n else "〇"
    if n < 20:
        return "十" + ("" if n == 10 else CN_DIGITS[n - 10])
    return CN_DIGITS[n // 10] + "十" + ("" if n % 10 == 0 else CN_DIGITS[n % 10])


def date_ar(x: dt.date) -> str:
    return f"{x.year}年{x.month}月{x.day}日"


def date_cn(x: dt.date) -> str:
    y = "".join(CN_DIGITS[int(c)] for c in str(x.year))
    return f"{y}年{cn_num(x.month)}月{cn_num(x.day)}日"


def is_wd(x: dt.date) -> bool:
    return cc.is_workday(x)


def wd_add(start: dt.date, n: int) -> dt.date:
    """The n-th working day after start (start itself not counted)."""
    x = start
    while n:
        x += dt.timedelta(days=1)
        if is_wd(x):
            n -= 1
    return x


def wd_between(a: dt.date, b: dt.date) -> int:
    """Working days in (a, b]."""
    n, x = 0, a
    while x < b:
        x += dt.timedelta(days=1)
        if is_wd(x):
            n += 1
    return n


def period_end(start: dt.date, days: int) -> dt.date:
    """Calendar-day period counted from the day after start; a last day on a holiday moves to the next working day."""
    x = start + dt.timedelta(days=days)
    while not is_wd(x):
        x += dt.timedelta(days=1)
    return x


# ---------------------------------------------------------------- money
_UP = "零壹贰叁肆伍陆柒捌玖"


def _four(n: int) -> str:
    units = ["仟", "佰", "拾", ""]
    s, zero = "", False
    digits = f"{n:04d}"
    for i, ch in enumerate(digits):
        v = int(ch)
        if v == 0:
            zero = bool(s)
        else:
            if zero:
                s += "零"
                zero = False
            s += _UP[v] + units[i]
    return s


def rmb_upper(amount: float) -> str:
    """Chinese capital amount, e.g. 13503.6 -> 壹万叁仟伍佰零叁元陆角."""
    fen_total = round(amount * 100)
    yuan, rest = divmod(fen_total, 100)
    jiao, fen = divmod(rest, 10)
    parts = []
    wan, ge = divmod(yuan, 10000)
    yi, wan = divmod(wan, 10000)
    out = ""
    if yi:
        out += _four(yi) + "亿"
    if wan:
        if yi and wan < 1000:
            out += "零"
        out += _four(wan) + "万"
    if ge:
        if (yi or wan) and ge < 1000:
            out += "零"
        out += _four(ge)
    if not out:
        out = "零"
    out += "元"
    if jiao == 0 and fen == 0:
        return out + "整"
    if jiao:
        out += _UP[jiao] + "角"
    elif fen:
        out += "零"
    if fen:
        out += _UP[fen] + "分"
    return out


def money(amount: float) -> str:
    return f"{amount:,.2f}" if amount != int(amount) else f"{int(amount):,}"


# ---------------------------------------------------------------- page model
@dataclass
class Page:
    blocks: list = field(default_factory=list)


@dataclass
class Doc:
    title: str            # title as listed in the 卷内目录
    pages: list           # list[Page]
    numbered: bool = True
    date: str = ""        # ISO date for the 目录 column
    fname: str = ""       # file stem for the folder format


def page(*blocks) -> Page:
    return Page(list(blocks))


# block constructors -------------------------------------------------------
def T(text):            # centred title
    return ("title", text)


def S(text):            # centred sub-title / 文号
    return ("sub", text)


def P(text):            # paragraph
    return ("p", text)


def R(text):            # right-aligned line
    return ("right", text)


def KV(rows, widths=None):   # table; rows = list of tuples of cells
    return ("table", rows, widths)


def SEAL(text):         # seal marker
    return ("seal", text)


def GAP(n=1):
    return ("gap", n)


def IMG(caption):       # described photo frame
    return ("img", caption)

"""Shared helpers for the heldout74 corpus: check digits, calendars, amounts, dates, fonts."""
from __future__ import annotations

import datetime as dt
import functools
import subprocess

import chinese_calendar

# ---------------------------------------------------------------- check digits
CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100-2015 code set (no I O S V Z)
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def _org_val(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 55  # A=10 … Z=35 (GB 11714)


def org_check(body8: str) -> str:
    s = sum(_org_val(c) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def credit_check(body17: str) -> str:
    s = sum(CC_CHARS.index(c) * w for c, w in zip(body17, CC_W))
    c = (31 - s % 31) % 31
    return CC_CHARS[c]


def make_credit_code(reg: str, area6: str, org_body8: str) -> str:
    """reg = 登记管理部门码+机构类别码 (e.g. '91' 企业, '92' 个体工商户)."""
    org = org_body8 + org_check(org_body8)
    body = reg + area6 + org
    return body + credit_check(body)


def credit_ok(code: str) -> bool:
    if len(code) != 18 or any(c not in CC_CHARS for c in code):
        return False
    if credit_check(code[:17]) != code[17]:
        return False
    return org_check(code[8:16]) == code[16]


def id_check(body17: str) -> str:
    s = sum(int(c) * w for c, w in zip(body17, ID_W))
    return "10X98765432"[s % 11]


def make_id(area6: str, birth: str, seq3: str) -> str:
    body = area6 + birth + seq3
    return body + id_check(body)


def id_ok(num: str) -> bool:
    if len(num) != 18 or not num[:17].isdigit():
        return False
    try:
        dt.date(int(num[6:10]), int(num[10:12]), int(num[12:14]))
    except ValueError:
        return False
    return id_check(num[:17]) == num[17]


# ---------------------------------------------------------------- calendar
def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def is_workday(d: dt.date) -> bool:
    return chinese_calendar.is_workday(d)


def add_workdays(start: dt.date, n: int) -> dt.date:
    """The n-th working day after start (start itself not counted)."""
    d = start
    k = 0
    while k < n:
        d += dt.timedelta(days=1)
        if is_workday(d):
            k += 1
    return d


def workdays_between(a: dt.date, b: dt.date) -> int:
    """Working days in (a, b]."""
    n = 0
    d = a
    while d < b:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n += 1
    return n


def days_between(a: dt.date, b: dt.date) -> int:
    return (b - a).days


# ---------------------------------------------------------------- amounts
DIG = "零壹贰叁肆伍陆柒捌玖"


def _four(n: int) -> str:
    units = ["仟", "佰", "拾", ""]
    s = f"{n:04d}"
    out = ""
    zero = False
    for ch, u in zip(s, units):
        d = int(ch)
        if d == 0:
            zero = True
        else:
            if zero and out:
                out += "零"
            out += DIG[d] + u
            zero = False
    return out


def daxie(amount: float, zheng: str = "整") -> str:
    """人民币大写, e.g. 12000 -> 壹万贰仟元整."""
    cents = round(amount * 100)
    yuan, rest = divmod(cents, 100)
    jiao, fen = divmod(rest, 10)
    parts = []
    yi, r = divmod(yuan, 100000000)
    wan, ge = divmod(r, 10000)
    s = ""
    if yi:
        s += _four(yi) + "亿"
    if wan:
        if s and wan < 1000:
            s += "零"
        s += _four(wan) + "万"
    elif s and ge:
        s += "零"
    if ge:
        if s and ge < 1000 and not s.endswith("零"):
            s += "零"
        s += _four(ge)
    if not s:
        s = "零"
    s += "元"
    if jiao == 0 and fen == 0:
        return s + zheng
    if jiao:
        s += DIG[jiao] + "角"
    elif fen:
        s += "零"
    if fen:
        s += DIG[fen] + "分"
    parts.append(s)
    return s


def money(n: float, dec: bool = True) -> str:
    return f"{n:,.2f}" if dec else f"{n:,.0f}"


# ---------------------------------------------------------------- dates
CN_NUM = "〇一二三四五六七八九"


def _cn_small(n: int) -> str:
    if n < 10:
        return "一二三四五六七八九"[n - 1]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + "一二三四五六七八九"[n - 11]
    t, u = divmod(n, 10)
    return "一二三四五六七八九"[t - 1] + "十" + ("" if u == 0 else "一二三四五六七八九"[u - 1])


def d_cn(d: dt.date | str) -> str:
    """二〇二三年三月五日"""
    d = D(d) if isinstance(d, str) else d
    return "".join(CN_NUM[int(c)] for c in str(d.year)) + "年" + _cn_small(d.month) + "月" + _cn_small(d.day) + "日"


def d_ar(d: dt.date | str) -> str:
    """2023年3月5日"""
    d = D(d) if isinstance(d, str) else d
    return f"{d.year}年{d.month}月{d.day}日"


def d_ar0(d: dt.date | str) -> str:
    """2023年03月05日"""
    d = D(d) if isinstance(d, str) else d
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def d_dot(d: dt.date | str) -> str:
    d = D(d) if isinstance(d, str) else d
    return f"{d.year}.{d.month}.{d.day}"


def d_fw(d: dt.date | str) -> str:
    """２０２３年３月５日 (full-width digits)"""
    s = d_ar(d)
    return s.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def d_iso(d: dt.date | str) -> str:
    d = D(d) if isinstance(d, str) else d
    return d.isoformat()


# ---------------------------------------------------------------- fonts
@functools.lru_cache(maxsize=None)
def font_file(family: str) -> str:
    """Locate a font file through fontconfig (no hard-coded paths)."""
    out = subprocess.run(["fc-match", "-f", "%{file}", family], capture_output=True, text=True, check=True)
    return out.stdout.strip()


@functools.lru_cache(maxsize=None)
def font_index(family: str) -> int:
    out = subprocess.run(["fc-match", "-f", "%{index}", family], capture_output=True, text=True, check=True)
    try:
        return int(out.stdout.strip() or 0)
    except ValueError:
        return 0

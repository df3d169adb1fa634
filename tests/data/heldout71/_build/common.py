"""Shared helpers for the heldout71 builder: check digits, dates, amounts, working days."""
import datetime as _dt

import chinese_calendar as _cc

# ---------------------------------------------------------------- check digits
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def _cval(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 55


def org_code(body8):
    """GB 11714 organisation code: 8 chars + check char."""
    s = sum(_cval(c) * w for c, w in zip(body8, _ORG_W))
    c = 11 - s % 11
    return body8 + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(reg, kind, area6, org8):
    """GB 32100 unified social credit code from its parts (org8 gets its GB 11714 check)."""
    body = reg + kind + area6 + org_code(org8)
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(body, _USCC_W))
    c = (31 - s % 31) % 31
    return body + _USCC_CHARS[c]


def uscc_ok(code):
    if len(code) != 18 or any(c not in _USCC_CHARS for c in code):
        return False
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(code[:17], _USCC_W))
    return _USCC_CHARS[(31 - s % 31) % 31] == code[17] and org_code(code[8:16]) == code[8:17]


def id_number(area6, birth, seq3):
    """GB 11643 citizen id: area + YYYYMMDD + 3-digit sequence + check."""
    body = area6 + birth + seq3
    s = sum(int(c) * w for c, w in zip(body, _ID_W))
    return body + "10X98765432"[s % 11]


def id_ok(code):
    if len(code) != 18 or not code[:17].isdigit():
        return False
    s = sum(int(c) * w for c, w in zip(code[:17], _ID_W))
    return "10X98765432"[s % 11] == code[17]


def regno15(body14):
    """15-digit business registration number (GB/T 17710 MOD 11,10 check digit)."""
    p = 10
    for ch in body14:
        s = (p + int(ch)) % 10 or 10
        p = (2 * s) % 11
    return body14 + str((11 - p) % 10)


def regno15_ok(code):
    return len(code) == 15 and code.isdigit() and regno15(code[:14]) == code


# ---------------------------------------------------------------- dates
def D(s):
    return _dt.date.fromisoformat(s)


_CN = "〇一二三四五六七八九"


def _cn_small(n):
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n % 10] if n % 10 else "")
    return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")


def fmt_date(d, style="std"):
    """Render a date in one of the styles agencies use."""
    if isinstance(d, str):
        d = D(d)
    if style == "std":          # 2023年3月5日
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "pad":          # 2023年03月05日
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "cn":           # 二〇二三年三月五日
        return "".join(_CN[int(c)] for c in str(d.year)) + "年" + _cn_small(d.month) + "月" + _cn_small(d.day) + "日"
    if style == "cno":          # 二○二三年三月五日 (U+25CB circle, as typed on old systems)
        return fmt_date(d, "cn").replace("〇", "○")
    if style == "fw":           # ２０２３年３月５日
        return fmt_date(d, "std").translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if style == "dot":          # 2023.3.5
        return f"{d.year}.{d.month}.{d.day}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


def is_workday(d):
    return _cc.is_workday(d)


def workdays_after(d0, d1):
    """Working days in (d0, d1]: 0 when d1 == d0 (statutory holidays out, 调休 days in)."""
    d0, d1 = (D(d0) if isinstance(d0, str) else d0), (D(d1) if isinstance(d1, str) else d1)
    n, x = 0, d0
    while x < d1:
        x += _dt.timedelta(1)
        n += _cc.is_workday(x)
    return n


def add_workdays(d0, n):
    x = D(d0) if isinstance(d0, str) else d0
    while n:
        x += _dt.timedelta(1)
        n -= _cc.is_workday(x)
    return x


def days_between(d0, d1):
    return (D(d1) - D(d0)).days


# ---------------------------------------------------------------- money
_DIG = "零壹贰叁肆伍陆柒捌玖"


def rmb_upper(amount):
    """Chinese capital amount: 12000 -> 壹万贰仟元整; 3708.5 -> 叁仟柒佰零捌元伍角."""
    yuan = int(round(amount * 100)) // 100
    jiao = int(round(amount * 100)) // 10 % 10
    fen = int(round(amount * 100)) % 10

    def four(n):
        units = ["仟", "佰", "拾", ""]
        s, zero = "", False
        for i, u in enumerate(units):
            dgt = n // 10 ** (3 - i) % 10
            if dgt:
                if zero:
                    s += "零"
                s += _DIG[dgt] + u
                zero = False
            elif s:
                zero = True
        return s

    parts = []
    yi, wan, ge = yuan // 10 ** 8, yuan // 10 ** 4 % 10 ** 4, yuan % 10 ** 4
    out = ""
    if yi:
        out += four(yi) + "亿"
    if wan:
        if out and wan < 1000:
            out += "零"
        out += four(wan) + "万"
    elif out and ge:
        out += "零"
    if ge:
        if (yi or wan) and ge < 1000 and not out.endswith("零"):
            out += "零"
        out += four(ge)
    if not out:
        out = "零"
    out += "元"
    if jiao or fen:
        if jiao:
            out += _DIG[jiao] + "角"
        if fen:
            out += ("零" if not jiao else "") + _DIG[fen] + "分"
    else:
        out += "整"
    return out


def money(n, style="plain"):
    if style == "plain":
        return f"{n:g}" if isinstance(n, float) else str(n)
    if style == "comma":
        return f"{n:,}"
    if style == "comma2":
        return f"{n:,.2f}"
    if style == "dec2":
        return f"{n:.2f}"
    raise ValueError(style)

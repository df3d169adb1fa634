"""Shared helpers for the dev16 corpus generator and checker (writer 88)."""
import datetime as _dt

CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8):
    s = sum(int(c, 36) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def credit_code(reg2, region6, org8):
    """GB 32100: 2 registration chars + 6 region + 9 org code (GB 11714) + check char."""
    body = reg2 + region6 + org8 + org_check(org8)
    return body + cc_check(body)


def cc_check(body17):
    s = sum(CC_CHARS.index(c) * w for c, w in zip(body17, CC_W))
    c = 31 - s % 31
    return CC_CHARS[0 if c == 31 else c]


def cc_valid(code):
    if len(code) != 18 or any(c not in CC_CHARS for c in code):
        return False
    return cc_check(code[:17]) == code[17]


def id_check(body17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, ID_W)) % 11]


def id_number(body17):
    return body17 + id_check(body17)


def id_valid(code):
    return len(code) == 18 and code[:17].isdigit() and id_check(code[:17]) == code[17].upper()


CN_DIG = "〇一二三四五六七八九"


def cn_num(n):
    """1..31 in Chinese numerals as used in dates (十一, 二十三)."""
    if n < 10:
        return "〇一二三四五六七八九"[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIG[t]) + "十" + ("" if u == 0 else CN_DIG[u])


def cn_date(d):
    return "".join(CN_DIG[int(c)] for c in str(d.year)) + "年" + cn_num(d.month) + "月" + cn_num(d.day) + "日"


def ar_date(d):
    return f"{d.year}年{d.month}月{d.day}日"


def pad_date(d):
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def dot_date(d):
    return f"{d.year}.{d.month}.{d.day}"


def iso(d):
    return d.isoformat() if d else None


def D(s):
    return _dt.date.fromisoformat(s)


_UP = "零壹贰叁肆伍陆柒捌玖"


def rmb_upper(n):
    """Integer yuan to 大写, e.g. 120000 -> 壹拾贰万元整."""
    n = int(n)
    if n == 0:
        return "零元整"
    units = ["", "拾", "佰", "仟"]

    def four(x):
        s, zero = "", False
        for i in range(3, -1, -1):
            d = (x // 10 ** i) % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += _UP[d] + units[i]
        return s

    wan, rest = divmod(n, 10000)
    out = ""
    if wan:
        out += four(wan) + "万"
        if 0 < rest < 1000:
            out += "零"
    if rest:
        out += four(rest)
    return out + "元整"


def workdays_after(start, n):
    """Date of the n-th working day after `start` (start itself not counted)."""
    import chinese_calendar as cc
    d, k = start, 0
    while k < n:
        d += _dt.timedelta(days=1)
        if cc.is_workday(d):
            k += 1
    return d


def workdays_between(a, b):
    """Number of working days in (a, b]."""
    import chinese_calendar as cc
    d, k = a, 0
    while d < b:
        d += _dt.timedelta(days=1)
        if cc.is_workday(d):
            k += 1
    return k

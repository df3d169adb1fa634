# -*- coding: utf-8 -*-
"""Shared helpers: check digits, Chinese dates and amounts, working-day arithmetic."""
import datetime as _dt

CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
ORG_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def org_check(code8):
    s = sum(ORG_CHARS.index(c) * w for c, w in zip(code8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def credit_code(prefix2, region6, org8):
    """GB 32100: 2-char prefix + 6-digit region + 9-char org code (GB 11714) + check."""
    body = prefix2 + region6 + org8 + org_check(org8)
    s = sum(CC_CHARS.index(c) * w for c, w in zip(body, CC_W))
    c = (31 - s % 31) % 31
    return body + CC_CHARS[c]


def credit_ok(code):
    if len(code) != 18 or any(ch not in CC_CHARS for ch in code):
        return False
    s = sum(CC_CHARS.index(c) * w for c, w in zip(code[:17], CC_W))
    return CC_CHARS[(31 - s % 31) % 31] == code[17]


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(first17):
    s = sum(int(c) * w for c, w in zip(first17, ID_W))
    return first17 + "10X98765432"[s % 11]


def id_ok(num):
    if len(num) != 18 or not num[:17].isdigit():
        return False
    return id_number(num[:17]) == num


CN_DIG = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return "十" if n == 10 else CN_DIG[n]
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def cn_date(d, zero="〇"):
    y = "".join(CN_DIG[int(c)] for c in str(d.year)).replace("〇", zero)
    return f"{y}年{cn_num(d.month)}月{cn_num(d.day)}日"


def ar_date(d):
    return f"{d.year}年{d.month}月{d.day}日"


def dot_date(d):
    return f"{d.year}.{d.month}.{d.day}"


def D(s):
    return _dt.date.fromisoformat(s)


UP = "零壹贰叁肆伍陆柒捌玖"


def rmb_upper(n):
    """Integer yuan to capital form, e.g. 86400 -> 捌万陆仟肆佰元整."""
    n = int(n)
    if n == 0:
        return "零元整"
    units = ["", "拾", "佰", "仟"]
    def four(x):
        out, zero = "", False
        for i in range(3, -1, -1):
            d = (x // 10 ** i) % 10
            if d == 0:
                zero = bool(out)
            else:
                if zero:
                    out += "零"
                    zero = False
                out += UP[d] + units[i]
        return out
    wan, rest = divmod(n, 10000)
    s = ""
    if wan:
        s = four(wan) + "万"
        if rest and rest < 1000:
            s += "零"
    if rest:
        s += four(rest)
    return s + "元整"


def working_days_after(start, end):
    """Working days in (start, end], statutory holidays excluded, make-up workdays included."""
    import chinese_calendar as cc
    n, d = 0, start
    while d < end:
        d += _dt.timedelta(days=1)
        if cc.is_workday(d):
            n += 1
    return n


def add_working_days(start, k):
    import chinese_calendar as cc
    d, n = start, 0
    while n < k:
        d += _dt.timedelta(days=1)
        if cc.is_workday(d):
            n += 1
    return d

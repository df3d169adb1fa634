"""Shared helpers for the heldout10 builders: check characters, dates, amounts, working days."""
import datetime as dt

import chinese_calendar

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(body17):
    """Append the GB 32100 check character to a 17-character body."""
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_W))
    return body17 + USCC_CHARS[(31 - s % 31) % 31]


def uscc_ok(code):
    return len(code) == 18 and all(c in USCC_CHARS for c in code) and uscc(code[:17]) == code


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idno(body17):
    """Append the GB 11643 check digit."""
    s = sum(int(c) * w for c, w in zip(body17, ID_W))
    return body17 + "10X98765432"[s % 11]


def idno_ok(code):
    return len(code) == 18 and code[:17].isdigit() and idno(code[:17]) == code


def d(s):
    return dt.date.fromisoformat(s)


def is_workday(day):
    return chinese_calendar.is_workday(day)


def add_workdays(start, n):
    """The date n working days after start (start itself not counted)."""
    day = start
    while n:
        day += dt.timedelta(days=1)
        if is_workday(day):
            n -= 1
    return day


def workdays_between(a, b):
    """Working days after a up to and including b."""
    n, day = 0, a
    while day < b:
        day += dt.timedelta(days=1)
        if is_workday(day):
            n += 1
    return n


CN = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return "〇一二三四五六七八九"[n] if n else "〇"
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def cn_date(s):
    """2023-05-10 -> 二〇二三年五月十日"""
    x = d(s)
    return "".join(CN[int(c)] for c in str(x.year)) + "年" + cn_num(x.month) + "月" + cn_num(x.day) + "日"


def ar_date(s):
    x = d(s)
    return f"{x.year}年{x.month}月{x.day}日"


def dot_date(s):
    x = d(s)
    return f"{x.year}.{x.month}.{x.day}"


DIG = "零壹贰叁肆伍陆柒捌玖"


def daxie(n):
    """Integer yuan -> 人民币大写 (…元整)."""
    n = int(n)
    if n == 0:
        return "零元整"
    units = ["", "拾", "佰", "仟"]
    def four(x):
        out, zero = "", False
        for i in range(3, -1, -1):
            q = (x // 10 ** i) % 10
            if q:
                if zero:
                    out += "零"
                out += DIG[q] + units[i]
                zero = False
            elif out:
                zero = True
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

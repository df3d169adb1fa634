"""Shared helpers for the heldout29 builders: check characters, working days, volume assembly."""
import datetime as dt
import os

import chinese_calendar

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# GB 32100-2015 统一社会信用代码
_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(first17):
    s = sum(_CC.index(c) * w for c, w in zip(first17, _CW))
    return first17 + _CC[(31 - s % 31) % 31]


def credit_ok(code):
    return len(code) == 18 and credit_code(code[:17]) == code


# GB 11643-1999 公民身份号码
_IW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(first17):
    s = sum(int(c) * w for c, w in zip(first17, _IW))
    return first17 + "10X98765432"[s % 11]


def id_ok(num):
    return len(num) == 18 and id_number(num[:17]) == num


def d(s):
    return dt.date.fromisoformat(s)


def workdays_between(a, b):
    """Working days after a up to and including b (a<b)."""
    a, b = d(a) if isinstance(a, str) else a, d(b) if isinstance(b, str) else b
    n, x = 0, a
    while x < b:
        x += dt.timedelta(days=1)
        if chinese_calendar.is_workday(x):
            n += 1
    return n


def add_workdays(a, n):
    x = d(a) if isinstance(a, str) else a
    while n:
        x += dt.timedelta(days=1)
        if chinese_calendar.is_workday(x):
            n -= 1
    return x


CN_DIG = "〇一二三四五六七八九"


def cn_date(iso):
    y, m, dd = iso.split("-")
    def num(v):
        v = int(v)
        if v < 10:
            return "一二三四五六七八九"[v - 1]
        if v == 10:
            return "十"
        if v < 20:
            return "十" + "一二三四五六七八九"[v - 11]
        t, u = divmod(v, 10)
        return "一二三四五六七八九"[t - 1] + "十" + ("" if u == 0 else "一二三四五六七八九"[u - 1])
    return "".join(CN_DIG[int(c)] for c in y) + "年" + num(m) + "月" + num(dd) + "日"


def ar_date(iso):
    y, m, dd = iso.split("-")
    return f"{int(y)}年{int(m)}月{int(dd)}日"


def dot_date(iso):
    y, m, dd = iso.split("-")
    return f"{int(y)}.{int(m)}.{int(dd)}"


PB = "<<P>>"


def assemble(docs):
    """docs: list of dicts {title, date, no, body (str or callable(toc)->str)}.
    Returns (pages, toc) where toc rows are (seq, no, title, date, first, last)."""
    # first pass: count pages; the callable bodies (卷内目录) must keep a fixed page count
    counts = []
    for dd in docs:
        b = dd["body"]
        if callable(b):
            b = b([(i + 1, x.get("no", ""), x["title"], x.get("date", ""), 1, 1) for i, x in enumerate(docs)])
        counts.append(b.count(PB) + 1)
    toc, p = [], 1
    for i, (dd, c) in enumerate(zip(docs, counts)):
        toc.append((i + 1, dd.get("no", ""), dd["title"], dd.get("date", ""), p, p + c - 1))
        p += c
    pages = []
    for dd in docs:
        b = dd["body"]
        if callable(b):
            b = b(toc)
        pages.extend(x.strip("\n") for x in b.split(PB))
    return pages, toc

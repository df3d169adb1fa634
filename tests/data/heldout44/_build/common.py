"""Shared helpers for the heldout44 corpus builders (IDs, dates, volume assembly)."""
import datetime as _dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(body17):
    """Append the GB 32100 check character to a 17-character body."""
    s = sum(_CC.index(c) * w for c, w in zip(body17, _CW))
    return body17 + _CC[(31 - s % 31) % 31]


def credit_ok(code):
    return len(code) == 18 and credit_code(code[:17]) == code


def id_number(body17):
    """Append the GB 11643 check digit."""
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(body17, w))
    return body17 + "10X98765432"[s % 11]


def id_ok(n):
    return len(n) == 18 and id_number(n[:17]) == n


def d(s):
    return _dt.date.fromisoformat(s)


def cn(s):
    x = d(s)
    return f"{x.year}年{x.month}月{x.day}日"


_HZ = "〇一二三四五六七八九"


def cn_upper(s):
    x = d(s)
    y = "".join(_HZ[int(c)] for c in str(x.year))

    def n(v):
        if v < 10:
            return _HZ[v]
        if v == 10:
            return "十"
        if v < 20:
            return "十" + _HZ[v - 10]
        return _HZ[v // 10] + "十" + (_HZ[v % 10] if v % 10 else "")
    return f"{y}年{n(x.month)}月{n(x.day)}日"


def working_days_after(a, b):
    """Working days strictly after a up to and including b."""
    import chinese_calendar
    x, y = d(a), d(b)
    n = 0
    cur = x
    while cur < y:
        cur += _dt.timedelta(days=1)
        if chinese_calendar.is_workday(cur):
            n += 1
    return n


def add_working_days(a, k):
    import chinese_calendar
    cur = d(a)
    while k > 0:
        cur += _dt.timedelta(days=1)
        if chinese_calendar.is_workday(cur):
            k -= 1
    return cur.isoformat()


def paginate(docs):
    """docs: list of (title, [page texts]). Returns list of (title, first, last) 1-based,
    counting the 卷内目录 as page 1 (caller puts it first)."""
    out = []
    p = 2
    for title, pages in docs:
        out.append((title, p, p + len(pages) - 1))
        p += len(pages)
    return out, p - 1

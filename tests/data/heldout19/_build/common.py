"""Shared helpers for the heldout19 hand-written corpus (IDs, dates, volume assembly)."""
import datetime as _dt
import os

import chinese_calendar as _cc

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(body17):
    """Append the GB 32100 check character to 17 characters."""
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(body17, _USCC_W))
    return body17 + _USCC_CHARS[(31 - s % 31) % 31]


def uscc_ok(code):
    return len(code) == 18 and uscc(code[:17]) == code


_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idno(body17):
    s = sum(int(c) * w for c, w in zip(body17, _ID_W))
    return body17 + "10X98765432"[s % 11]


def idno_ok(code):
    return len(code) == 18 and idno(code[:17]) == code


def D(s):
    return _dt.date.fromisoformat(s)


def is_workday(d):
    return _cc.is_workday(d)


def workdays_after(start, end):
    """Number of working days after `start` up to and including `end`."""
    n, d = 0, start
    while d < end:
        d += _dt.timedelta(days=1)
        if is_workday(d):
            n += 1
    return n


def add_workdays(start, n):
    d = start
    while n:
        d += _dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d


_CN = "〇一二三四五六七八九"


def _cn_small(n):
    if n < 10:
        return _CN[n] if n else "〇"
    if n < 20:
        return "十" + (_CN[n % 10] if n % 10 else "")
    return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")


def cn_date(d):
    d = D(d) if isinstance(d, str) else d
    return "".join(_CN[int(c)] for c in str(d.year)) + "年" + _cn_small(d.month) + "月" + _cn_small(d.day) + "日"


def ar_date(d):
    d = D(d) if isinstance(d, str) else d
    return f"{d.year}年{d.month}月{d.day}日"


def dot_date(d):
    d = D(d) if isinstance(d, str) else d
    return f"{d.year}.{d.month}.{d.day}"


class Volume:
    """Ordered documents, each a list of page texts; page numbers assigned on assembly."""

    def __init__(self):
        self.docs = []  # (toc_title, doc_number, date_text, pages)

    def add(self, title, pages, number="", date=""):
        if isinstance(pages, str):
            pages = [pages]
        self.docs.append((title, number, date, [p.strip("\n") for p in pages]))

    def ranges(self, first=1):
        out, p = [], first
        for title, number, date, pages in self.docs:
            out.append((title, number, date, p, p + len(pages) - 1))
            p += len(pages)
        return out

    def total(self):
        return sum(len(d[3]) for d in self.docs)

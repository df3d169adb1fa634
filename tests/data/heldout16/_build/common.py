"""Shared helpers for the heldout16 hand-written cases (IDs, calendars, volume assembly)."""
import datetime as dt
import os

import chinese_calendar

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

_UCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_UCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def ucc(body17):
    """Append the GB 32100 check character to a 17-character body."""
    s = sum(_UCC.index(c) * w for c, w in zip(body17, _UCC_W))
    return body17 + _UCC[(31 - s % 31) % 31]


def ucc_ok(code):
    return len(code) == 18 and all(c in _UCC for c in code) and ucc(code[:17]) == code


_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idn(body17):
    """Append the GB 11643 check digit."""
    s = sum(int(c) * w for c, w in zip(body17, _ID_W))
    return body17 + "10X98765432"[s % 11]


def idn_ok(n):
    return len(n) == 18 and n[:17].isdigit() and idn(n[:17]) == n


def D(s):
    return dt.date.fromisoformat(s)


def is_wd(d):
    return chinese_calendar.is_workday(d)


def wd_between(a, b):
    """Working days after a up to and including b."""
    a, b = D(a) if isinstance(a, str) else a, D(b) if isinstance(b, str) else b
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


def add_wd(a, n):
    d = D(a) if isinstance(a, str) else a
    while n:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d.isoformat()


CN_DIG = "〇一二三四五六七八九"


def cn_date(s):
    """2023-05-18 -> 二〇二三年五月十八日"""
    d = D(s)
    y = "".join(CN_DIG[int(c)] for c in str(d.year))

    def num(n):
        if n < 10:
            return CN_DIG[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + CN_DIG[n - 10]
        return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")
    return f"{y}年{num(d.month)}月{num(d.day)}日"


def ar_date(s):
    d = D(s)
    return f"{d.year}年{d.month}月{d.day}日"


def dot_date(s):
    d = D(s)
    return f"{d.year}.{d.month}.{d.day}"


def paginate(docs, footer):
    """docs: list of (title, [page_text, ...]). Returns (pages, toc rows (title, first, last))."""
    pages, rows = [], []
    for title, ps in docs:
        first = len(pages) + 1
        pages.extend(ps)
        rows.append((title, first, len(pages)))
    total = len(pages)
    out = [p.rstrip("\n") + "\n\n" + footer(i + 1, total) + "\n" if footer else p for i, p in enumerate(pages)]
    return out, rows

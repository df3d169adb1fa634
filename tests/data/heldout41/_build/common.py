"""Shared helpers for the heldout41 corpus (writer 43). Hand-written case texts live in case_*.py."""
import datetime as _dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CCW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(first17):
    s = sum(_CC.index(c) * w for c, w in zip(first17, _CCW))
    return first17 + _CC[(31 - s % 31) % 31]


def id_number(first17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(first17, w))
    return first17 + "10X98765432"[s % 11]


def cc_ok(c):
    return len(c) == 18 and credit_code(c[:17]) == c


def id_ok(c):
    return len(c) == 18 and id_number(c[:17]) == c


def workdays_after(d0, d1):
    """number of working days from d0 (exclusive) to d1 (inclusive)."""
    import chinese_calendar as cc
    n, d = 0, d0
    while d < d1:
        d += _dt.timedelta(days=1)
        if cc.is_workday(d):
            n += 1
    return n


def paginate(docs, lines_per_page=38, toc=True, toc_override=None):
    """docs: list of (title, text). Returns list of pages (list of str) and toc rows.
    Every document starts on a new page. If toc, a 卷内目录 page is prepended and counted as page 1."""
    pages, rows = [], []
    start = 2 if toc else 1
    for title, text in docs:
        lines = text.strip("\n").split("\n")
        first = start + len(pages)
        for i in range(0, len(lines), lines_per_page):
            pages.append(lines[i:i + lines_per_page])
        rows.append((title, first, start + len(pages) - 1))
    return pages, rows

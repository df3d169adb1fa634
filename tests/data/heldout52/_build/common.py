"""Shared helpers for the heldout52 corpus: check characters, working days, paging."""
import datetime as dt
import os

import chinese_calendar

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(body17):
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(body17, _USCC_W))
    return body17 + _USCC_CHARS[(31 - s % 31) % 31]


def uscc_ok(code):
    return len(code) == 18 and uscc(code[:17]) == code


def idno(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(body17, w))
    return body17 + "10X98765432"[s % 11]


def idno_ok(code):
    return len(code) == 18 and idno(code[:17]) == code


def d(s):
    return dt.date.fromisoformat(s)


def workdays_after(start, end):
    """Number of working days after `start` up to and including `end`."""
    n, cur = 0, start
    while cur < end:
        cur += dt.timedelta(days=1)
        if chinese_calendar.is_workday(cur):
            n += 1
    return n


def add_workdays(start, k):
    cur = start
    while k:
        cur += dt.timedelta(days=1)
        if chinese_calendar.is_workday(cur):
            k -= 1
    return cur


def paginate(docs, lines_per_page=38):
    """docs: list of (title, text). Returns list of (title, [page_texts]) keeping docs on own pages."""
    out = []
    for title, text in docs:
        lines = text.strip("\n").split("\n")
        pages = [lines[i:i + lines_per_page] for i in range(0, len(lines), lines_per_page)] or [[""]]
        out.append((title, ["\n".join(p) for p in pages]))
    return out


def with_catalog(docs, catalog_builder, lines_per_page=38, shift=None):
    """Prepend a 卷内目录 whose page ranges match the paginated docs.

    shift: optional dict {doc_index: (dstart, dend)} to deliberately misstate ranges (ARCH-01)."""
    body = paginate(docs, lines_per_page)
    # catalog occupies page 1
    ranges, p = [], 2
    for title, pages in body:
        ranges.append((title, p, p + len(pages) - 1))
        p += len(pages)
    shown = []
    for i, (t, a, b) in enumerate(ranges):
        if shift and i in shift:
            a, b = a + shift[i][0], b + shift[i][1]
        shown.append((i + 1, t, a, b))
    cat = catalog_builder(shown, p - 1)
    return [("卷内目录", [cat])] + body, ranges


def flat_pages(volume):
    pages = []
    for title, ps in volume:
        pages.extend(ps)
    return pages

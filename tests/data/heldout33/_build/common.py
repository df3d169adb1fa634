"""Shared helpers for the heldout33 builders: check characters, working days, volume assembly."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import chinese_calendar

OUT = Path(__file__).resolve().parent.parent
SHARED = Path(__file__).resolve().parents[5] / "shared"  # ../shared relative to the repo root

_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(first17: str) -> str:
    """Append the GB 32100 check character to 17 characters."""
    s = sum(_CC.index(c) * w for c, w in zip(first17, _CC_W))
    return first17 + _CC[(31 - s % 31) % 31]


def credit_ok(code: str) -> bool:
    return len(code) == 18 and credit_code(code[:17]) == code


def id_number(first17: str) -> str:
    """Append the GB 11643 check digit to 17 digits."""
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(first17, w))
    return first17 + "10X98765432"[s % 11]


def id_ok(num: str) -> bool:
    return len(num) == 18 and id_number(num[:17]) == num


def workdays_between(a: dt.date, b: dt.date) -> int:
    """Working days after a up to and including b."""
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        if chinese_calendar.is_workday(d):
            n += 1
    return n


def add_workdays(a: dt.date, n: int) -> dt.date:
    d = a
    while n:
        d += dt.timedelta(days=1)
        if chinese_calendar.is_workday(d):
            n -= 1
    return d


def paginate(docs, lines_per_page=40):
    """docs: list of (title, text). Returns list of (title, [page texts]) split on explicit \\x0c or by length."""
    out = []
    for title, text in docs:
        pages = []
        for chunk in text.strip("\n").split("\x0c"):
            lines = chunk.strip("\n").split("\n")
            for i in range(0, len(lines), lines_per_page):
                pages.append("\n".join(lines[i:i + lines_per_page]))
        out.append((title, pages))
    return out


def page_ranges(paged, start=1):
    """(title, first, last) for each document, first page number = start."""
    res, p = [], start
    for title, pages in paged:
        res.append((title, p, p + len(pages) - 1))
        p += len(pages)
    return res


def render_txt(docs, footer, toc_title="卷 内 目 录", toc_shift=None):
    """Assemble a text volume: 卷内目录 (unnumbered) then numbered pages joined by form feeds.

    footer: callable (page, total) -> str or None.  toc_shift: {doc index: (d_first, d_last)} to
    falsify listed ranges on purpose (ARCH-01 cases only).
    """
    paged = paginate(docs)
    ranges = page_ranges(paged)
    total = ranges[-1][2]
    toc = [toc_title.center(30), "", "序号\t文件名称\t页号"]
    for i, (t, a, b) in enumerate(ranges, 1):
        if toc_shift and i in toc_shift:
            a, b = a + toc_shift[i][0], b + toc_shift[i][1]
        toc.append(f"{i}\t{t}\t{a}-{b}" if a != b else f"{i}\t{t}\t{a}")
    pages = ["\n".join(toc)]
    n = 0
    for t, ps in paged:
        for p in ps:
            n += 1
            f = footer(n, total)
            pages.append(p + ("\n\n" + f if f else ""))
    return pages, ranges

"""Shared helpers for the heldout32 builders: check characters, working days, output paths."""
import datetime as dt
from pathlib import Path

import chinese_calendar

OUT = Path(__file__).resolve().parent.parent

_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(body17: str) -> str:
    """Return the 18-char 统一社会信用代码 with its GB 32100 check character."""
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(body17, _USCC_W))
    return body17 + _USCC_CHARS[(31 - s % 31) % 31]


def uscc_ok(code: str) -> bool:
    return len(code) == 18 and uscc(code[:17]) == code


def idcard(body17: str) -> str:
    """Return the 18-digit 身份证号 with its GB 11643 check digit."""
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(body17, w))
    return body17 + "10X98765432"[s % 11]


def idcard_ok(code: str) -> bool:
    return len(code) == 18 and idcard(code[:17]) == code


def workdays_after(start: dt.date, end: dt.date) -> int:
    """Working days in (start, end]."""
    n, d = 0, start
    while d < end:
        d += dt.timedelta(days=1)
        if chinese_calendar.is_workday(d):
            n += 1
    return n


def add_workdays(start: dt.date, n: int) -> dt.date:
    d = start
    while n:
        d += dt.timedelta(days=1)
        if chinese_calendar.is_workday(d):
            n -= 1
    return d


CN_DIG = "〇一二三四五六七八九"


def cn_date(d: dt.date) -> str:
    """二〇二三年五月十日 style."""
    def num(n):
        if n < 10:
            return CN_DIG[n]
        t, u = divmod(n, 10)
        return ("" if t == 1 else CN_DIG[t]) + "十" + ("" if u == 0 else CN_DIG[u])
    return "".join(CN_DIG[int(c)] for c in str(d.year)) + "年" + num(d.month) + "月" + num(d.day) + "日"


def ar_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def assemble(docs, footer, toc_title="卷 内 目 录", toc_head=None):
    """docs: list of (title, [page texts]).  Returns list of page strings with a 卷内目录 first
    (unnumbered) and a footer on every numbered page; footer(n, total) -> str or ''."""
    total = sum(len(p) for _, p in docs)
    rows, pages, n = [], [], 0
    for i, (title, ps) in enumerate(docs, 1):
        first = n + 1
        for p in ps:
            n += 1
            f = footer(n, total)
            pages.append(p.rstrip("\n") + ("\n\n" + f if f else "") + "\n")
        rng = f"{first}" if first == n else f"{first}-{n}"
        rows.append((i, title, rng))
    return rows, pages

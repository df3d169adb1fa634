"""Shared helpers for the heldout50 corpus builders (IDs, working days, volume assembly)."""
import datetime as dt
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(base17):
    s = sum(_CC.index(c) * w for c, w in zip(base17, _CW))
    return base17 + _CC[(31 - s % 31) % 31]


def id_number(base17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(base17, w))
    return base17 + "10X98765432"[s % 11]


def check_credit(code):
    return len(code) == 18 and credit_code(code[:17]) == code


def check_id(num):
    return len(num) == 18 and id_number(num[:17]) == num


def workdays_after(d0, d1):
    """Working days from d0 (exclusive) to d1 (inclusive)."""
    import chinese_calendar as cc
    n, d = 0, d0
    while d < d1:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            n += 1
    return n


def add_workdays(d0, n):
    import chinese_calendar as cc
    d = d0
    while n:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            n -= 1
    return d


def paginate(docs, toc_title="卷 内 目 录", toc_extra=None, footer=lambda p, n: f"第{p}页 共{n}页",
             toc_override=None):
    """docs: list of (title, [page_text, ...]). Returns list of page strings, page 1 = 卷内目录."""
    total = 1 + sum(len(p) for _, p in docs)
    rows, page = [], 2
    for i, (title, pages) in enumerate(docs, 1):
        a, b = page, page + len(pages) - 1
        rows.append((i, title, f"{a}" if a == b else f"{a}-{b}"))
        page = b + 1
    if toc_override:
        rows = toc_override(rows)
    toc = [f"{toc_title:^30}", ""] + (toc_extra or []) + ["序号\t文件名称\t页号"]
    toc += [f"{i}\t{t}\t{r}" for i, t, r in rows]
    out = ["\n".join(toc)]
    for _, pages in docs:
        out.extend(pages)
    return [p.rstrip("\n") + ("\n\n" + footer(i + 1, total) if footer else "") for i, p in enumerate(out)]

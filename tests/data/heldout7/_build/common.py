"""Shared helpers for the heldout7 builders (writer 8). Hand-written texts live in the case modules."""
import datetime as _dt
import os
import chinese_calendar

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))

_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CCW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(body17):
    """GB 32100-2015: append the check character to 17 characters."""
    s = sum(_CC.index(c) * w for c, w in zip(body17, _CCW))
    return body17 + _CC[(31 - s % 31) % 31]


def credit_ok(code):
    return len(code) == 18 and credit_code(code[:17]) == code


_IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(body17):
    """GB 11643-1999 check digit."""
    s = sum(int(c) * w for c, w in zip(body17, _IDW))
    return body17 + "10X98765432"[s % 11]


def id_ok(n):
    return len(n) == 18 and id_number(n[:17]) == n


def d(s):
    return _dt.date.fromisoformat(s)


def workdays_after(start, end):
    """Working days counted after `start` up to and including `end`."""
    a, b = d(start), d(end)
    n, x = 0, a
    while x < b:
        x += _dt.timedelta(days=1)
        if chinese_calendar.is_workday(x):
            n += 1
    return n


def add_workdays(start, k):
    x = d(start)
    while k:
        x += _dt.timedelta(days=1)
        if chinese_calendar.is_workday(x):
            k -= 1
    return x.isoformat()


def paginate(docs, footer, toc_title="卷 内 目 录", toc_index=1, toc_override=None):
    """docs: list of (title, date_str, list_of_page_texts). A 卷内目录 is inserted at position
    toc_index (after the cover when toc_index=1) listing real page ranges (1 page)."""
    # compute numbering: cover and toc are unnumbered? -> we number every page including toc.
    pages_before = sum(len(p) for _, _, p in docs[:toc_index])
    start = pages_before + 2  # toc occupies one page
    rows, n = [], start
    for i, (title, date, pages) in enumerate(docs[toc_index:], 1):
        last = n + len(pages) - 1
        rng = f"{n}" if last == n else f"{n}-{last}"
        rows.append((i, title, date, rng))
        n = last + 1
    total = n - 1
    if toc_override:
        rows = toc_override(rows)
    toc = [toc_title.center(30), "", "序号\t文件材料名称\t日期\t页号"]
    for i, t, dt, rng in rows:
        toc.append(f"{i}\t{t}\t{dt}\t{rng}")
    toc += ["", "（本卷共%d页）" % total]
    allpages = []
    for _, _, p in docs[:toc_index]:
        allpages += p
    allpages.append("\n".join(toc))
    for _, _, p in docs[toc_index:]:
        allpages += p
    out = []
    for i, p in enumerate(allpages, 1):
        f = footer(i, total) if footer else ""
        out.append(p.rstrip("\n") + ("\n\n" + f if f else "") + "\n")
    return out, rows, total

"""Shared helpers for the heldout55 builders: ID check characters, working days, paging."""
import datetime as dt
import os

import chinese_calendar

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(body17):
    """Return the 18-char 统一社会信用代码 with the GB 32100 check character."""
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(body17, _USCC_W))
    return body17 + _USCC_CHARS[(31 - s % 31) % 31]


def uscc_ok(code):
    return len(code) == 18 and uscc(code[:17]) == code


_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idno(body17):
    """Return the 18-digit 身份证号 with the GB 11643 check digit."""
    s = sum(int(c) * w for c, w in zip(body17, _ID_W))
    return body17 + "10X98765432"[s % 11]


def idno_ok(code):
    return len(code) == 18 and idno(code[:17]) == code


def d(s):
    return dt.date.fromisoformat(s)


def workdays_after(start, end):
    """Working days counted after `start` up to and including `end`."""
    start, end = d(start), d(end)
    n, cur = 0, start
    while cur < end:
        cur += dt.timedelta(days=1)
        if chinese_calendar.is_workday(cur):
            n += 1
    return n


def add_workdays(start, k):
    cur = d(start)
    while k:
        cur += dt.timedelta(days=1)
        if chinese_calendar.is_workday(cur):
            k -= 1
    return cur.isoformat()


def cn_date(iso):
    """2023-05-10 -> 二〇二三年五月十日"""
    y, m, dd = iso.split("-")
    dig = "〇一二三四五六七八九"
    def num(n):
        n = int(n)
        if n < 10:
            return dig[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + dig[n - 10]
        return dig[n // 10] + "十" + (dig[n % 10] if n % 10 else "")
    return "".join(dig[int(c)] for c in y) + "年" + num(m) + "月" + num(dd) + "日"


def ar_date(iso):
    y, m, dd = iso.split("-")
    return f"{int(y)}年{int(m)}月{int(dd)}日"


def assemble(docs, toc_title="卷 内 目 录", footer=None, toc_override=None):
    """docs: list of (title, [page texts]). Returns list of page strings with a 卷内目录 first.
    footer(i, n) -> str appended to each page. Page numbers start after the TOC page (TOC is unnumbered)."""
    rows, p = [], 1
    for i, (title, pages) in enumerate(docs, 1):
        first, last = p, p + len(pages) - 1
        rows.append((i, title, first, last))
        p = last + 1
    total = p - 1
    if toc_override:
        rows = toc_override(rows)
    toc = [toc_title, "", "序号\t文件名称\t页次"]
    for i, t, a, b in rows:
        toc.append(f"{i}\t{t}\t{a}-{b}" if a != b else f"{i}\t{t}\t{a}")
    out = ["\n".join(toc)]
    n = 0
    for title, pages in docs:
        for pg in pages:
            n += 1
            out.append(pg.rstrip("\n") + ("\n\n" + footer(n, total) if footer else ""))
    return out

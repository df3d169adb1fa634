"""Shared helpers: ID check characters, working days, volume assembly."""
import datetime as dt
import os

import chinese_calendar

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(first17):
    """GB 32100: append check character to 17 leading characters."""
    s = sum(_CC.index(c) * w for c, w in zip(first17, _CW))
    return first17 + _CC[(31 - s % 31) % 31]


def id_number(first17):
    """GB 11643: append check digit."""
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(first17, w))
    return first17 + "10X98765432"[s % 11]


def d(s):
    return dt.date.fromisoformat(s)


def working_days_between(a, b):
    """Working days after a up to and including b."""
    a, b = d(a), d(b)
    n, x = 0, a
    while x < b:
        x += dt.timedelta(days=1)
        if chinese_calendar.is_workday(x):
            n += 1
    return n


def add_working_days(a, n):
    x = d(a)
    while n:
        x += dt.timedelta(days=1)
        if chinese_calendar.is_workday(x):
            n -= 1
    return x.isoformat()


CN_DIG = "〇一二三四五六七八九"


def cn_date(s):
    y, m, dd = d(s).year, d(s).month, d(s).day

    def num(n):
        if n < 10:
            return CN_DIG[n]
        t, u = divmod(n, 10)
        return ("" if t == 1 else CN_DIG[t]) + "十" + (CN_DIG[u] if u else "")
    return "".join(CN_DIG[int(c)] for c in str(y)) + "年" + num(m) + "月" + num(dd) + "日"


def ar_date(s):
    x = d(s)
    return f"{x.year}年{x.month}月{x.day}日"


def assemble(docs, toc_title="卷 内 目 录", footer=lambda p, n: f"第{p}页 共{n}页"):
    """docs: list of (title, [page_text,...]). Returns list of page strings
    with a 卷内目录 as page 1 whose ranges are computed from the real pages."""
    total = 1 + sum(len(p) for _, p in docs)
    rows, pno = [], 2
    for i, (title, pages) in enumerate(docs, 1):
        a, b = pno, pno + len(pages) - 1
        rows.append(f"{i:>2}\t{title}\t{a}-{b}" if a != b else f"{i:>2}\t{title}\t{a}")
        pno = b + 1
    toc = toc_title.center(30) + "\n\n序号\t文件题名\t页号\n" + "\n".join(rows) + "\n"
    out = [toc]
    for _, pages in docs:
        out.extend(pages)
    return [t.rstrip("\n") + "\n\n" + footer(i, total) + "\n" for i, t in enumerate(out, 1)]

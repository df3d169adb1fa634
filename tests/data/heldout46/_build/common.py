"""Shared helpers for the heldout46 builders (IDs, working days, volume assembly)."""
import datetime as dt
import os

import chinese_calendar

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(body17):
    """GB 32100: append the check character to 17 chars."""
    s = sum(_CC.index(c) * w for c, w in zip(body17, _CW))
    return body17 + _CC[(31 - s % 31) % 31]


def credit_ok(code):
    return len(code) == 18 and credit_code(code[:17]) == code


def id_number(body17):
    """GB 11643: append the check digit to 17 digits."""
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body17, w))
    return body17 + "10X98765432"[s % 11]


def id_ok(n):
    return len(n) == 18 and id_number(n[:17]) == n


def d(s):
    return dt.date.fromisoformat(s)


def workdays_after(start, end):
    """Working days counted from the day after start up to and including end."""
    n, x = 0, start
    while x < end:
        x += dt.timedelta(days=1)
        if chinese_calendar.is_workday(x):
            n += 1
    return n


def add_workdays(start, k):
    x = start
    while k:
        x += dt.timedelta(days=1)
        if chinese_calendar.is_workday(x):
            k -= 1
    return x


CN_DIG = "〇一二三四五六七八九"


def cn_date(s):
    x = d(s)
    y = "".join(CN_DIG[int(c)] for c in str(x.year))

    def n(v):
        if v < 10:
            return CN_DIG[v]
        if v == 10:
            return "十"
        if v < 20:
            return "十" + CN_DIG[v - 10]
        return CN_DIG[v // 10] + "十" + (CN_DIG[v % 10] if v % 10 else "")
    return f"{y}年{n(x.month)}月{n(x.day)}日"


def ar_date(s):
    x = d(s)
    return f"{x.year}年{x.month}月{x.day}日"


def dot_date(s):
    x = d(s)
    return f"{x.year}.{x.month}.{x.day}"


def paginate(docs, footer):
    """docs: list of (title, [page_text, ...]). Returns (pages, ranges) with ranges per title.
    footer(p, total) -> str or None."""
    flat = []
    ranges = []
    for title, pages in docs:
        a = len(flat) + 1
        flat.extend(pages)
        ranges.append((title, a, len(flat)))
    total = len(flat)
    out = []
    for i, p in enumerate(flat, 1):
        f = footer(i, total)
        out.append(p.rstrip("\n") + ("\n\n" + f if f else "") + "\n")
    return out, ranges


def toc_text(ranges, head="卷 内 目 录", fmt="tab"):
    lines = [" " * 16 + head, ""]
    if fmt == "tab":
        lines.append("序号\t文件名称\t页号")
        for i, (t, a, b) in enumerate(ranges, 1):
            lines.append(f"{i}\t{t}\t{a}-{b}" if a != b else f"{i}\t{t}\t{a}")
    else:
        lines.append("│序号│文件名称│页号│")
        for i, (t, a, b) in enumerate(ranges, 1):
            pg = f"{a}—{b}" if a != b else f"{a}"
            lines.append(f"│{i}│{t}│{pg}│")
    return "\n".join(lines) + "\n"


def with_toc(docs, footer, **kw):
    """Put a one-page 卷内目录 first, listing real page ranges (目录 itself is page 1)."""
    placeholder = [("卷内目录", ["x"])] + docs
    _, ranges = paginate(placeholder, footer)
    toc = toc_text(ranges, **kw)
    return paginate([("卷内目录", [toc])] + docs, footer)

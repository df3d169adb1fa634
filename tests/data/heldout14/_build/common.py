"""Shared helpers for the heldout14 corpus builders (IDs, working days, text volume assembly)."""
import datetime as dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CCW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(body17):
    """Append the GB 32100 check character to a 17-character body."""
    s = sum(_CC.index(c) * w for c, w in zip(body17, _CCW))
    return body17 + _CC[(31 - s % 31) % 31]


def credit_ok(code):
    return len(code) == 18 and credit_code(code[:17]) == code


_IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(body17):
    """Append the GB 11643 check digit."""
    s = sum(int(c) * w for c, w in zip(body17, _IDW))
    return body17 + "10X98765432"[s % 11]


def id_ok(n):
    return len(n) == 18 and id_number(n[:17]) == n


def D(s):
    return dt.date.fromisoformat(s)


def is_workday(d):
    import chinese_calendar
    return chinese_calendar.is_workday(d)


def add_workdays(start, n):
    """Date on which the n-th working day after `start` falls."""
    d = start
    while n > 0:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d


def workdays_between(a, b):
    """Working days after a up to and including b."""
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n += 1
    return n


CN_DIG = "〇一二三四五六七八九"


def cn_date(s):
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


def paginate(docs, lines_per_page=40):
    """docs: list of (title, text). Returns list of (title, [page_texts], first, last)."""
    out, p = [], 1
    for title, text in docs:
        lines = text.strip("\n").split("\n")
        pages = [lines[i:i + lines_per_page] for i in range(0, len(lines), lines_per_page)] or [[]]
        out.append((title, ["\n".join(pg) for pg in pages], p, p + len(pages) - 1))
        p += len(pages)
    return out


def toc_text(paged, heading="卷 内 目 录", shift=0, override=None):
    """Table of contents with real page ranges (shift: pages taken by the toc itself)."""
    rows = [heading.center(30), "", "序号\t文件名称\t页号"]
    for i, (title, _, a, b) in enumerate(paged, 1):
        rng = f"{a + shift}" if a == b else f"{a + shift}-{b + shift}"
        if override and i in override:
            rng = override[i]
        rows.append(f"{i}\t{title}\t{rng}")
    return "\n".join(rows)

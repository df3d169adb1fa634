"""Shared helpers for the heldout15 corpus builders (writer 17)."""
import datetime as dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CJK_TTC = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
SERIF_TTC = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"

_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CCW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(body17):
    s = sum(_CC.index(c) * w for c, w in zip(body17, _CCW))
    return body17 + _CC[(31 - s % 31) % 31]


def id_number(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(body17, w))
    return body17 + "10X98765432"[s % 11]


def workdays_between(a, b):
    """Working days after a up to and including b."""
    import chinese_calendar as cc
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            n += 1
    return n


def add_workdays(a, n):
    import chinese_calendar as cc
    d = a
    while n:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            n -= 1
    return d


def paginate(docs):
    """docs: list of (title, [pages text]). returns list of (title, first, last)."""
    out, p = [], 1
    for title, pages in docs:
        out.append((title, p, p + len(pages) - 1))
        p += len(pages)
    return out


def strip_marks(line):
    """Markup: '^C ' centred, '^R ' right, '^T a|b|c' table row, '^S' seal spot."""
    if line.startswith("^C ") or line.startswith("^R "):
        return line[3:]
    if line.startswith("^T "):
        return "\t".join(line[3:].split("|"))
    return line

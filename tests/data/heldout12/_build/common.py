"""Shared helpers for the heldout12 corpus builders (IDs, working days, page assembly)."""
import datetime as _dt
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

_UCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_UCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code(body8):
    """GB 11714 organisation code: 8 chars + check char."""
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body8]
    s = sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2]))
    c = 11 - s % 11
    return body8 + ("X" if c == 10 else "0" if c == 11 else str(c))


def credit_code(prefix8, org8):
    """GB 32100 统一社会信用代码: 登记部门+类别+区划(8) + 组织机构代码(9) + check."""
    body = prefix8 + org_code(org8)
    s = sum(_UCC.index(ch) * w for ch, w in zip(body, _UCC_W))
    c = (31 - s % 31) % 31
    return body + _UCC[c]


def credit_ok(code):
    if len(code) != 18 or any(ch not in _UCC for ch in code):
        return False
    s = sum(_UCC.index(ch) * w for ch, w in zip(code[:17], _UCC_W))
    return _UCC[(31 - s % 31) % 31] == code[17]


_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(body17):
    s = sum(int(c) * w for c, w in zip(body17, _ID_W))
    return body17 + "10X98765432"[s % 11]


def id_ok(n):
    return len(n) == 18 and id_number(n[:17]) == n


def workdays_between(d0, d1):
    """Working days after d0 up to and including d1 (d0 excluded)."""
    import chinese_calendar as cc
    n, d = 0, d0
    while d < d1:
        d += _dt.timedelta(days=1)
        if cc.is_workday(d):
            n += 1
    return n


def add_workdays(d0, n):
    import chinese_calendar as cc
    d = d0
    while n:
        d += _dt.timedelta(days=1)
        if cc.is_workday(d):
            n -= 1
    return d


CN_DIG = "〇一二三四五六七八九"


def cn_date(d, zero="〇"):
    y = "".join(CN_DIG[int(c)] for c in str(d.year)).replace("〇", zero)

    def num(n):
        if n < 10:
            return CN_DIG[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + CN_DIG[n % 10]
        return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")
    return f"{y}年{num(d.month)}月{num(d.day)}日"


def ymd(d):
    return f"{d.year}年{d.month}月{d.day}日"


def paginate(docs):
    """docs: list of (title, [page_text, ...]). Returns list of (title, first, last)."""
    out, p = [], 1
    for title, pages in docs:
        out.append((title, p, p + len(pages) - 1))
        p += len(pages)
    return out

"""Shared helpers for the heldout23 corpus builders (writer 25).

Documents are hand-written in a tiny markup, one string per page:
  @C text   centred title (large)        @c text  centred line
  @R text   right-aligned line            @T a|b|c table row (consecutive rows = one table)
  @W 2|5|2  relative column widths for the next table
  other lines: body text (wrapped by the renderer)
A volume = list of (目录名称, 日期字符串, [page, page, ...]).
"""
import datetime as _dt
import os

import chinese_calendar

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# ---------------------------------------------------------------- identifiers
_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(first17):
    """GB 32100-2015: append the check character to 17 characters."""
    assert len(first17) == 17
    s = sum(_CC.index(ch) * w for ch, w in zip(first17, _CW))
    c = 31 - s % 31
    return first17 + _CC[0 if c == 31 else c]


def credit_ok(code):
    return len(code) == 18 and all(ch in _CC for ch in code) and credit_code(code[:17]) == code


_IW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(first17):
    """GB 11643-1999: append the check digit."""
    assert len(first17) == 17
    s = sum(int(ch) * w for ch, w in zip(first17, _IW))
    return first17 + "10X98765432"[s % 11]


def id_ok(num):
    return len(num) == 18 and num[:17].isdigit() and id_number(num[:17]) == num


# ---------------------------------------------------------------- calendar
def D(s):
    return _dt.date.fromisoformat(s)


def workdays_after(start, end):
    """Number of working days in (start, end]."""
    start, end = D(start) if isinstance(start, str) else start, D(end) if isinstance(end, str) else end
    n, d = 0, start
    while d < end:
        d += _dt.timedelta(days=1)
        if chinese_calendar.is_workday(d):
            n += 1
    return n


def add_workdays(start, k):
    d = D(start) if isinstance(start, str) else start
    while k:
        d += _dt.timedelta(days=1)
        if chinese_calendar.is_workday(d):
            k -= 1
    return d


_CN = "〇一二三四五六七八九"


def cn_date(iso):
    d = D(iso)
    y = "".join(_CN[int(c)] for c in str(d.year))

    def num(n):
        if n < 10:
            return _CN[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + _CN[n - 10]
        return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")
    return f"{y}年{num(d.month)}月{num(d.day)}日"


def ar_date(iso):
    d = D(iso)
    return f"{d.year}年{d.month}月{d.day}日"


def dot_date(iso):
    d = D(iso)
    return f"{d.year}.{d.month}.{d.day}"


# ---------------------------------------------------------------- volume assembly
def paginate(docs):
    """docs: list of (name, date, pages). Returns list of (name, date, first, last)."""
    rows, n = [], 0
    for name, date, pages in docs:
        rows.append((name, date, n + 1, n + len(pages)))
        n += len(pages)
    return rows, n


def toc_rows(docs, bad=None):
    rows, total = paginate(docs)
    out = []
    for i, (name, date, a, b) in enumerate(rows, 1):
        pr = f"{a}" if a == b else f"{a}-{b}"
        if bad and i in bad:
            pr = bad[i]
        out.append((i, name, date, pr))
    return out, total


# ---------------------------------------------------------------- plain text rendering
def _w(s):
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)


def page_to_text(page, width=72, table="tab"):
    out = []
    lines = page.split("\n")
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("@W"):
            i += 1
            continue
        if ln.startswith("@T"):
            rows = []
            while i < len(lines) and lines[i].startswith(("@T", "@W")):
                if lines[i].startswith("@T"):
                    rows.append([c.strip() for c in lines[i][2:].strip().split("|")])
                i += 1
            out.extend(_table_text(rows, table))
            continue
        if ln.startswith("@C"):
            t = ln[2:].strip()
            out.append(" " * max(0, (width - _w(t)) // 2) + t)
        elif ln.startswith("@c"):
            t = ln[2:].strip()
            out.append(" " * max(0, (width - _w(t)) // 2) + t)
        elif ln.startswith("@R"):
            t = ln[2:].strip()
            out.append(" " * max(0, width - _w(t)) + t)
        else:
            out.append(ln)
        i += 1
    return "\n".join(out)


def _table_text(rows, style):
    if style == "tab":
        return ["\t".join(r) for r in rows]
    if style == "colon":
        res = []
        for r in rows:
            if len(r) == 2:
                res.append(f"{r[0]}：{r[1]}")
            else:
                res.append("  ".join(x for x in r if x))
        return res
    # box style: cells wrapped to at most 50 display columns
    def wrapc(c, lim=50):
        import re
        toks = [t for t in re.findall(r"[^\s、，；。]*[\s、，；。]*", c) if t]
        out, cur = [], ""
        for t in toks:
            if _w(cur + t) > lim and cur:
                out.append(cur.rstrip())
                cur = ""
            while _w(t) > lim:
                k = len(t)
                while _w(t[:k]) > lim:
                    k -= 1
                out.append(t[:k])
                t = t[k:]
            cur += t
        out.append(cur.rstrip())
        return out
    ncol = max(len(r) for r in rows)
    wr = [[wrapc(r[j]) if j < len(r) else [""] for j in range(ncol)] for r in rows]
    widths = [max(max(_w(x) for x in row[j]) for row in wr) for j in range(ncol)]

    def line(l, m, r_):
        return l + m.join("─" * (w + 2) for w in widths) + r_
    res = [line("┌", "┬", "┐")]
    for k, row in enumerate(wr):
        h = max(len(c) for c in row)
        for li in range(h):
            cells = []
            for j in range(ncol):
                c = row[j][li] if li < len(row[j]) else ""
                cells.append(" " + c + " " * (widths[j] - _w(c)) + " ")
            res.append("│" + "│".join(cells) + "│")
        res.append(line("├", "┼", "┤") if k < len(wr) - 1 else line("└", "┴", "┘"))
    return res

"""Shared helpers for the heldout22 corpus builders (writer 24).

A case is a list of documents; a document is (toc_title, [page, page, ...]);
a page is a list of line strings with light markup:
  "C:text"   centred line (titles)          "R:text"  right-aligned line
  "T:a|b|c"  one table row (cells)          "B:"      blank line
  anything else: ordinary paragraph text (wrapped by the renderers).
"""
import datetime as _dt
import os

import chinese_calendar

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# ---------------------------------------------------------------- identifiers
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(body17):
    assert len(body17) == 17
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(body17, _USCC_W))
    return body17 + _USCC_CHARS[(31 - s % 31) % 31]


def uscc_ok(code):
    return len(code) == 18 and uscc(code[:17]) == code


_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idno(body17):
    s = sum(int(c) * w for c, w in zip(body17, _ID_W))
    return body17 + "10X98765432"[s % 11]


def idno_ok(code):
    return len(code) == 18 and idno(code[:17]) == code


# ---------------------------------------------------------------- dates
def d(s):
    return _dt.date.fromisoformat(s)


def workdays_after(start, end):
    """Working days in (start, end] (行政处罚法 第八十五条)."""
    start, end = d(start) if isinstance(start, str) else start, d(end) if isinstance(end, str) else end
    n, x = 0, start
    while x < end:
        x += _dt.timedelta(days=1)
        if chinese_calendar.is_workday(x):
            n += 1
    return n


def add_workdays(start, n):
    x = d(start) if isinstance(start, str) else start
    while n:
        x += _dt.timedelta(days=1)
        if chinese_calendar.is_workday(x):
            n -= 1
    return x


_CN = "〇一二三四五六七八九"


def cn_date(s):
    x = d(s)
    y = "".join(_CN[int(c)] for c in str(x.year))

    def num(n):
        if n < 10:
            return _CN[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + _CN[n % 10]
        return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")
    return f"{y}年{num(x.month)}月{num(x.day)}日"


def ar_date(s):
    x = d(s)
    return f"{x.year}年{x.month}月{x.day}日"


def dot_date(s):
    x = d(s)
    return f"{x.year}.{x.month}.{x.day}"


# ---------------------------------------------------------------- volume assembly
def paginate(docs, toc_pages=1):
    """Return [(title, first, last)] with the 卷内目录 occupying pages 1..toc_pages."""
    out, p = [], toc_pages + 1
    for title, pages in docs:
        out.append((title, p, p + len(pages) - 1))
        p += len(pages)
    return out


def toc_page(rows, heading="卷 内 目 录", style="tab", override=None):
    """rows: [(title, first, last)]; override: {index: 'x-y'} to falsify ranges (ARCH-01)."""
    lines = [f"C:{heading}", "B:"]
    if style == "tab":
        lines.append("T:序号|文书名称|页号")
    else:
        lines.append("T:顺序号|题名|页次|备注")
    for i, (t, a, b) in enumerate(rows, 1):
        rng = (override or {}).get(i) or (f"{a}" if a == b else f"{a}-{b}")
        lines.append(f"T:{i}|{t}|{rng}" + ("" if style == "tab" else "|"))
    return lines


def plain(line):
    """Markup line -> plain text line (for .txt outputs)."""
    if line.startswith("C:"):
        t = line[2:]
        return " " * max(0, (36 - len(t))) + t
    if line.startswith("R:"):
        t = line[2:]
        return " " * max(0, (72 - 2 * len(t))) + t
    if line.startswith("B:"):
        return ""
    if line.startswith("T:"):
        return line[2:]
    return line


def write_txt(path, pages, footer=None, sep="\f\n", encoding="utf-8", table="tab"):
    chunks = []
    total = len(pages)
    for i, pg in enumerate(pages, 1):
        ls = []
        for ln in pg:
            if ln.startswith("T:"):
                cells = ln[2:].split("|")
                if table == "tab":
                    ls.append("\t".join(cells))
                elif table == "box":
                    ls.append("│" + "│".join(cells) + "│")
                else:  # kv
                    ls.append("：".join(cells) if len(cells) == 2 else "  ".join(cells))
            else:
                ls.append(plain(ln))
        if footer:
            ls.append("")
            ls.append(footer(i, total))
        chunks.append("\n".join(ls).rstrip() + "\n")
    data = sep.join(chunks)
    with open(path, "w", encoding=encoding, newline="\n") as f:
        f.write(data)
    return data


def fill(pages, ndoc, npage):
    return [[ln.replace("{NDOC}", str(ndoc)).replace("{NPAGE}", str(npage)) for ln in pg] for pg in pages]

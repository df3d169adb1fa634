"""Shared helpers for the heldout36 builders: IDs, working days, volume assembly, writers.

Page model: a document is (title, pages); a page is a list of lines. A line may start with a
layout mark: "@C " centred, "@R " right-aligned, "@T " table row (cells split by "\t").
"""
import datetime as dt
import os

import chinese_calendar

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# ---------------------------------------------------------------- IDs
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(first17):
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(first17, _USCC_W))
    return first17 + _USCC_CHARS[(31 - s % 31) % 31]


def uscc_ok(code):
    return len(code) == 18 and uscc(code[:17]) == code


_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idno(first17):
    s = sum(int(c) * w for c, w in zip(first17, _ID_W))
    return first17 + "10X98765432"[s % 11]


def idno_ok(code):
    return len(code) == 18 and idno(code[:17]) == code


# ---------------------------------------------------------------- days
def D(s):
    return dt.date.fromisoformat(s)


def is_wd(d):
    return chinese_calendar.is_workday(d)


def wd_after(start, end):
    """Working days counted after `start` up to and including `end`."""
    n, d = 0, start
    while d < end:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


def add_wd(start, n):
    d = start
    while n:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


CN_DIG = "〇一二三四五六七八九"


def cn_date(d):
    y = "".join(CN_DIG[int(c)] for c in str(d.year))

    def num(n):
        if n < 10:
            return "一二三四五六七八九"[n - 1]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + "一二三四五六七八九"[n - 11]
        t, u = divmod(n, 10)
        return "一二三四五六七八九"[t - 1] + "十" + ("" if u == 0 else "一二三四五六七八九"[u - 1])
    return f"{y}年{num(d.month)}月{num(d.day)}日"


def ar_date(d):
    return f"{d.year}年{d.month}月{d.day}日"


def dot_date(d):
    return f"{d.year}.{d.month}.{d.day}"


# ---------------------------------------------------------------- assembly
def assemble(docs, toc_title="卷 内 目 录", toc_style="tab", backup=None, toc_override=None):
    """docs: list of (title, date_str, pages). Returns list of (title, pages) with a 卷内目录 first
    (one page) and, if given, a 备考表 last. Page ranges are real unless toc_override maps a title
    index to a fake range (only for an intended ARCH-01)."""
    start = 2
    rows = []
    for i, (title, date_s, pages) in enumerate(docs):
        a, b = start, start + len(pages) - 1
        rng = f"{a}" if a == b else f"{a}-{b}"
        if toc_override and i in toc_override:
            rng = toc_override[i]
        rows.append((i + 1, title, date_s, rng))
        start = b + 1
    lines = ["@C " + toc_title, ""]
    if toc_style == "tab":
        lines.append("@T 序号\t文件名称\t日期\t页号")
        for r in rows:
            lines.append("@T " + "\t".join(str(x) for x in r))
    else:
        for r in rows:
            lines.append(f"{r[0]:>2}. {r[1]} …… {r[2]} …… 第{r[3]}页")
    if backup is not None:
        lines.append("@T " + "\t".join([str(len(rows) + 1), "备考表", "", str(start)]))
    out = [("卷内目录", [lines])] + [(t, p) for t, _, p in docs]
    if backup is not None:
        out.append(("备考表", [backup]))
    return out


def mark(line):
    for m in ("@C ", "@R ", "@T ", "@S "):
        if line.startswith(m):
            return m[1], line[3:]
    return None, line


# ---------------------------------------------------------------- plain text renderings
def _w(s):
    return sum(2 if ord(c) > 0x2E7F else 1 for c in s)


def text_page(lines, width=72, table="tab"):
    out = []
    i = 0
    while i < len(lines):
        k, s = mark(lines[i])
        if k == "C":
            out.append(" " * max(0, (width - _w(s)) // 2) + s)
        elif k == "R":
            out.append(" " * max(0, width - _w(s)) + s)
        elif k == "S":
            s = s or "（印章）"
            out.append(" " * max(0, width - _w(s)) + s)
        elif k == "T":
            block = []
            while i < len(lines) and lines[i].startswith("@T "):
                block.append(lines[i][3:].split("\t"))
                i += 1
            i -= 1
            if table == "tab":
                out += ["\t".join(r) for r in block]
            elif table == "box":
                out += ["│" + "│".join(r) + "│" for r in block]
            else:  # kv
                for r in block:
                    if len(r) == 2:
                        out.append(f"{r[0]}：{r[1]}")
                    else:
                        out.append("  ".join(r))
        else:
            out.append(s)
        i += 1
    return "\n".join(out)


def flat_pages(vol):
    pages = []
    for title, ps in vol:
        for p in ps:
            pages.append((title, p))
    return pages

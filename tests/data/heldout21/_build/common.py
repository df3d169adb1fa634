"""Shared helpers for the heldout21 corpus: IDs, working days, volume assembly, writers.

Markup used inside the hand-written page texts (one string per page):
  "## 标题"      centred title (bold/large in PDF/DOCX)
  "#C 文字"      centred normal line (agency name above a title, etc.)
  "@R 文字"      right-aligned line (文号, 落款, 日期)
  "T|a|b|c"      a row of a form table (consecutive rows form one table)
  other lines    body text
"""
import datetime as dt
import re
import os

import chinese_calendar

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# ---------------------------------------------------------------- IDs
_USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(base17):
    assert len(base17) == 17
    s = sum(_USCC.index(c) * w for c, w in zip(base17, _USCC_W))
    c = 31 - s % 31
    return base17 + _USCC[0 if c == 31 else c]


def uscc_ok(code):
    return len(code) == 18 and uscc(code[:17]) == code


_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idno(base17):
    s = sum(int(c) * w for c, w in zip(base17, _ID_W))
    return base17 + "10X98765432"[s % 11]


def idno_ok(code):
    return len(code) == 18 and idno(code[:17]) == code


# ---------------------------------------------------------------- dates
def D(s):
    return dt.date.fromisoformat(s)


def is_wd(d):
    return chinese_calendar.is_workday(d)


def wd_add(start, n):
    """the n-th working day after start (start itself not counted)."""
    d = start
    while n > 0:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def wd_between(a, b):
    """working days after a up to and including b."""
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


CN_DIG = "〇一二三四五六七八九"


def cn_date(d):
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


def zh_date(d):
    return f"{d.year}年{d.month}月{d.day}日"


# ---------------------------------------------------------------- volume
class Doc:
    def __init__(self, title, pages, toc_title=None, numbered=True):
        self.title = title
        self.toc_title = toc_title or title
        self.pages = pages if isinstance(pages, list) else [pages]
        self.numbered = numbered


def assemble(docs, toc_builder=None, backnote=None, toc_override=None):
    """Number the pages of docs (1..n), build the 卷内目录 from real page ranges.

    toc_builder(rows) -> page text; rows = [(seq, title, first, last)].
    toc_override: {seq: (first, last)} to deliberately misstate ranges (ARCH-01 cases).
    Returns list of (page_text, page_no or None) in volume order and total numbered pages.
    """
    rows, out, n = [], [], 0
    for d in docs:
        first = n + 1
        for p in d.pages:
            n += 1
            out.append((p, n))
        rows.append((len(rows) + 1, d.toc_title, first, n))
    total = n
    if toc_override:
        rows = [(s, t, *toc_override.get(s, (a, b))) for s, t, a, b in rows]
    vol = []
    if toc_builder:
        vol.append((toc_builder(rows, total), None))
    vol.extend(out)
    if backnote:
        vol.append((backnote(total), None))
    return vol, total, rows


# ---------------------------------------------------------------- plain text rendering
def _dispw(s):
    return sum(2 if ord(c) > 0x2e80 else 1 for c in s)


def text_page(src, width=72, table="tab"):
    lines, tbl = [], []

    def flush():
        if not tbl:
            return
        if table == "tab":
            lines.extend("\t".join(r) for r in tbl)
        elif table == "box":
            ncol = max(len(r) for r in tbl)
            ws = [max(_dispw(r[i]) if i < len(r) else 0 for r in tbl) + 2 for i in range(ncol)]
            room = width - ncol - 1
            while sum(ws) > room:
                k = ws.index(max(ws))
                ws[k] -= 1

            def wrap(t, w):
                out, cur = [], ""
                for ch in re.findall(r"[\x21-\x7e]+|.", t):
                    if _dispw(cur + ch) > w and cur:
                        out.append(cur)
                        cur = ""
                    cur += ch
                out.append(cur)
                return out

            def pad(s, w):
                return s + " " * (w - _dispw(s))
            lines.append("┌" + "┬".join("─" * w for w in ws) + "┐")
            for k, r in enumerate(tbl):
                cols = [wrap(r[i] if i < len(r) else "", ws[i] - 2) for i in range(ncol)]
                for j in range(max(len(c) for c in cols)):
                    lines.append("│" + "│".join(pad(" " + (c[j] if j < len(c) else ""), ws[i])
                                               for i, c in enumerate(cols)) + "│")
                lines.append(("├" + "┼".join("─" * w for w in ws) + "┤") if k < len(tbl) - 1
                             else ("└" + "┴".join("─" * w for w in ws) + "┘"))
        else:  # "kv": 项目：内容
            for r in tbl:
                cells = [c for c in r if c]
                if len(cells) == 2:
                    lines.append(f"{cells[0]}：{cells[1]}")
                else:
                    lines.append("  ".join(cells))
        tbl.clear()

    for ln in src.strip("\n").split("\n"):
        if ln.startswith("T|"):
            tbl.append(ln[2:].split("|"))
            continue
        flush()
        if ln.startswith("## "):
            t = ln[3:]
            lines.append(" " * max(0, (width - _dispw(t)) // 2) + t)
        elif ln.startswith("#C "):
            t = ln[3:]
            lines.append(" " * max(0, (width - _dispw(t)) // 2) + t)
        elif ln.startswith("@R "):
            t = ln[3:]
            lines.append(" " * max(0, width - _dispw(t)) + t)
        else:
            lines.append(ln)
    flush()
    return "\n".join(lines)


def render_text_volume(vol, total, footer, width=72, table="tab"):
    pages = []
    for src, no in vol:
        body = text_page(src, width, table)
        if no is not None and footer:
            f = footer(no, total)
            body += "\n\n" + " " * max(0, (width - _dispw(f)) // 2) + f
        pages.append(body)
    return pages

"""Plain-text rendering of pages: used for the UTF-8, GBK and folder volumes."""
from __future__ import annotations

import unicodedata

from common import B, plain


def dwidth(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in s)


def wrap_cell(s: str, width: int) -> list:
    """Split a cell into display lines no wider than ``width``."""
    import re
    out = []
    for para in s.split("\n"):
        line = ""
        # numbers, codes and dates like 2019年 stay on one line
        for tok in re.findall(r"[0-9A-Za-z.,:%\-/]+[年月日号元]?|.", para):
            if dwidth(line + tok) > width and line:
                out.append(line)
                line = tok
            else:
                line += tok
        out.append(line)
    return out or [""]


def pad(s: str, width: int) -> str:
    return s + " " * (width - dwidth(s))


def table_box(rows, widths, total=76):
    """Box-drawing table (┌─┬─┐) with wrapped cells."""
    ncol = max(len(r) for r in rows)
    if not widths:
        widths = [1] * ncol
    avail = total - (ncol + 1)
    cw = [max(4, int(avail * w / sum(widths))) for w in widths]
    out = ["┌" + "┬".join("─" * (w // 2) for w in cw) + "┐"]
    for i, row in enumerate(rows):
        row = list(row) + [""] * (ncol - len(row))
        cells = [wrap_cell(plain(str(x)), w - (w % 2)) for x, w in zip(row, cw)]
        h = max(len(x) for x in cells)
        for k in range(h):
            out.append("│" + "│".join(pad(x[k] if k < len(x) else "", w - (w % 2)) for x, w in zip(cells, cw)) + "│")
        out.append(("├" + "┼".join("─" * (w // 2) for w in cw) + "┤") if i < len(rows) - 1
                   else ("└" + "┴".join("─" * (w // 2) for w in cw) + "┘"))
    return out


def table_pipe(rows, widths=None):
    """Markdown-ish pipe table, no wrapping (as a web export would give)."""
    out = []
    for row in rows:
        out.append("| " + " | ".join(plain(str(x)).replace("\n", " ") for x in row) + " |")
    return out


def table_tab(rows, widths=None):
    """Cells separated by full-width spaces (typed forms copied to text)."""
    return ["　".join(plain(str(x)).replace("\n", " ") for x in row).rstrip("　") for row in rows]


def render_page(blocks, style="box", width=76) -> list:
    lines = []
    for b in blocks:
        if b.kind == "h1":
            t = plain(b.text)
            lines.append(" " * max(0, (width - dwidth(t)) // 2) + t)
        elif b.kind in ("h2", "c"):
            t = plain(b.text)
            lines.append(" " * max(0, (width - dwidth(t)) // 2) + t)
        elif b.kind == "p":
            lines.append(plain(b.text))
        elif b.kind == "r":
            t = plain(b.text)
            lines.append(" " * max(0, width - dwidth(t)) + t)
        elif b.kind == "gap":
            lines.extend([""] * int(b.size or 1))
        elif b.kind == "seal":
            t = "（印章）"
            lines.append(" " * max(0, width - dwidth(t) - 6) + t)
        elif b.kind == "hr":
            lines.append("─" * (width // 2) if style == "box" else "-" * width)
        elif b.kind == "table":
            fn = {"box": table_box, "pipe": table_pipe, "tab": table_tab}[style]
            if fn is table_box:
                lines.extend(table_box(b.rows, b.widths, width))
            else:
                lines.extend(fn(b.rows, b.widths))
        else:
            raise ValueError(b.kind)
    return lines


def render_pages(case, style="box", width=76, footer_fmt=None) -> list:
    """Return one string per physical page, footer included where numbered."""
    footer_fmt = footer_fmt or case.footer
    pages = []
    total = sum(len(x.pages) for x in case.docs if x.numbered)
    for doc in case.docs:
        for i, blocks in enumerate(doc.pages):
            lines = render_page(blocks, style, width)
            if doc.numbered:
                f = footer_fmt.format(n=doc.first + i, m=total)
                lines += ["", "", " " * max(0, (width - dwidth(f)) // 2) + f]
            pages.append("\n".join(lines).rstrip(" ") + "\n")
    return pages

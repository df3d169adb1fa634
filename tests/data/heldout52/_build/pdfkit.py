"""Text-layer PDF renderer (reportlab). Markup per line: "^" centred title, ">" right-aligned,
"§a|b|c" a table row drawn with lines, "~" page break inside a document; otherwise wrapped body text."""
import os

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "WQY"
FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
W, H = A4
M = 56  # margin


def _font():
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, FONT_PATH, subfontIndex=0))


def _wrap(text, width, size):
    out, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, FONT, size) > width:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return out


def layout(docs, size=10.5, lead=17):
    """Return list of pages; each page = list of draw ops; also doc -> (first, last) page (1-based)."""
    _font()
    pages, ranges = [], []
    for title, lines in docs:
        start = len(pages) + 1
        ops, y = [], H - M
        def newpage():
            nonlocal ops, y
            pages.append(ops)
            ops, y = [], H - M
        for ln in lines:
            if ln == "~":
                newpage(); continue
            if ln.startswith("§"):
                cells = ln[1:].split("|")
                n = len(cells)
                widths = [110] + [(W - 2 * M - 110) / (n - 1)] * (n - 1) if n > 1 else [W - 2 * M]
                wrapped = [_wrap(c, w - 8, size - 0.5) for c, w in zip(cells, widths)]
                h = max(len(x) for x in wrapped) * (lead - 2) + 6
                if y - h < M + 30:
                    newpage()
                x = M
                for c, w in zip(wrapped, widths):
                    ops.append(("rect", x, y - h, w, h))
                    for k, t in enumerate(c):
                        ops.append(("text", x + 4, y - 13 - k * (lead - 2), t, size - 0.5))
                    x += w
                y -= h
                continue
            if y < M + 40:
                newpage()
            if ln.startswith("^"):
                s = size + 5 if len(ln) < 24 else size + 2
                ops.append(("center", W / 2, y - s, ln[1:], s)); y -= s + 10
            elif ln.startswith(">"):
                ops.append(("right", W - M, y - size, ln[1:], size)); y -= lead
            else:
                for t in _wrap(ln, W - 2 * M, size):
                    if y < M + 40:
                        newpage()
                    ops.append(("text", M, y - size, t, size)); y -= lead
        pages.append(ops)
        ranges.append((title, start, len(pages)))
    return pages, ranges


def render(pages, path, footer):
    _font()
    c = canvas.Canvas(path, pagesize=A4)
    n = len(pages)
    for i, ops in enumerate(pages):
        for op in ops:
            if op[0] == "rect":
                c.setLineWidth(0.6); c.rect(op[1], op[2], op[3], op[4])
                continue
            c.setFont(FONT, op[4])
            if op[0] == "text":
                c.drawString(op[1], op[2], op[3])
            elif op[0] == "center":
                c.drawCentredString(op[1], op[2], op[3])
            elif op[0] == "right":
                c.drawRightString(op[1], op[2], op[3])
        if footer:
            c.setFont(FONT, 9)
            c.drawCentredString(W / 2, 30, footer(i + 1, n))
        c.showPage()
    c.save()


def build_volume(docs, catalog_lines, path, footer, shift=None):
    """Lay out body docs, prepend a one-page catalog built from real ranges (shifted where asked)."""
    pages, ranges = layout(docs)
    rows = []
    for i, (t, a, b) in enumerate(ranges):
        a, b = a + 1, b + 1
        if shift and i in shift:
            a, b = a + shift[i][0], b + shift[i][1]
        rows.append((i + 1, t, a, b))
    cat_pages, _ = layout([("卷内目录", catalog_lines(rows, len(pages) + 1))])
    render(cat_pages[:1] + pages, path, footer)
    return [(t, a + 1, b + 1) for t, a, b in ranges]

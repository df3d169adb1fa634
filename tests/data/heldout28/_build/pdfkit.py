"""A tiny reportlab layout for the text-layer PDF cases: centred titles, right-aligned lines, wrapped paragraphs,
ruled tables with wrapped cell text, page numbers. Layout is computed before drawing, so page ranges are known."""

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from common import find_font

FONT = "WQY"
_font = find_font("wqy-zenhei.ttc")
pdfmetrics.registerFont(TTFont(FONT, _font, subfontIndex=0))

W, H = A4
ML, MR, MT, MB = 64, 64, 70, 72
BODY = 11
LEAD = 18


def sw(t, size=BODY):
    return pdfmetrics.stringWidth(t, FONT, size)


def wrap(text, width, size=BODY):
    out = []
    for para in text.split("\n"):
        line = ""
        for ch in para:
            if sw(line + ch, size) > width:
                out.append(line)
                line = ch
            else:
                line += ch
        out.append(line)
    return out


def layout(blocks):
    """blocks -> list of pages, each a list of draw ops (kind, y, payload). A block never splits except paragraphs."""
    pages, ops, y = [], [], H - MT

    def need(h):
        nonlocal ops, y
        if y - h < MB:
            pages.append(ops)
            ops, y = [], H - MT

    for b in blocks:
        k = b[0]
        if k == "c":
            size = b[2] if len(b) > 2 else 18
            need(size + 14)
            y -= size + 6
            ops.append(("c", y, b[1], size))
            y -= 10
        elif k == "r":
            need(LEAD)
            y -= LEAD
            ops.append(("r", y, b[1], BODY))
            y -= 5
        elif k == "p":
            for ln in wrap(b[1], W - ML - MR):
                need(LEAD)
                y -= LEAD
                ops.append(("l", y, ln, BODY))
        elif k == "gap":
            y -= b[1]
        elif k == "t":
            rows, cw = b[1], b[2]
            scale = (W - ML - MR) / sum(cw)
            cw = [c * scale for c in cw]
            for row in rows:
                cells = row if len(row) == len(cw) else [row[0], *row[1:]]
                widths = cw if len(row) == len(cw) else [cw[0], sum(cw[1:])]
                lines = [wrap(t, w - 8, 10.5) for t, w in zip(cells, widths)]
                h = max(len(l) for l in lines) * 15 + 8
                need(h)
                ops.append(("row", y, (widths, lines, h), 10.5))
                y -= h
            y -= 6
    pages.append(ops)
    return pages


def render(path, doc_pages, footer):
    """doc_pages: list of pages (op lists); footer(n, total) -> str or None."""
    c = canvas.Canvas(str(path), pagesize=A4)
    total = len(doc_pages)
    for n, ops in enumerate(doc_pages, 1):
        for kind, y, payload, size in ops:
            c.setFont(FONT, size)
            if kind == "c":
                c.drawCentredString(W / 2, y, payload)
            elif kind == "r":
                c.drawRightString(W - MR, y, payload)
            elif kind == "l":
                c.drawString(ML, y, payload)
            elif kind == "row":
                widths, lines, h = payload
                x = ML
                for w, ls in zip(widths, lines):
                    c.rect(x, y - h, w, h)
                    for i, ln in enumerate(ls):
                        c.drawString(x + 4, y - 15 - i * 15 + 3, ln)
                    x += w
        f = footer(n, total)
        if f:
            c.setFont(FONT, 10)
            c.drawRightString(W - MR, 40, f) if f.isdigit() else c.drawCentredString(W / 2, 40, f)
        c.showPage()
    c.save()

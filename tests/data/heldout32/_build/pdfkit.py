"""Tiny reportlab renderer for the text-layer PDF cases: centred titles, right-aligned 文号/落款,
wrapped paragraphs, grid tables with text in cells, page numbers."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "WQY"
pdfmetrics.registerFont(TTFont(FONT, "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
W, H = A4
NOSTART = "，。、；：）」”！？"
L, R = 70, W - 70


def _wrap(text, size, width):
    lines = []
    for raw in text.split("\n"):
        cur = ""
        for ch in raw:
            if pdfmetrics.stringWidth(cur + ch, FONT, size) > width and ch not in NOSTART:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


def render(path, pages, footer):
    """pages: list of block lists; footer(n, total) -> str (drawn bottom-right) or ''."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setAuthor("")
    total = len(pages)
    for n, blocks in enumerate(pages, 1):
        y = H - 70
        for kind, x in blocks:
            if kind == "t":
                c.setFont(FONT, 17)
                c.drawCentredString(W / 2, y, x)
                y -= 30
            elif kind == "c":
                c.setFont(FONT, 13)
                c.drawCentredString(W / 2, y, x)
                y -= 24
            elif kind == "r":
                c.setFont(FONT, 11)
                c.drawRightString(R, y, x)
                y -= 18
            elif kind == "p":
                c.setFont(FONT, 11)
                for ln in _wrap(x, 11, R - L):
                    c.drawString(L, y, ln)
                    y -= 17
                y -= 3
            elif kind == "tab":
                rows, widths = x
                xs = [L]
                for w_ in widths:
                    xs.append(xs[-1] + w_ * (R - L))
                c.setFont(FONT, 10.5)
                for row in rows:
                    wrapped = [_wrap(v, 10.5, xs[i + 1] - xs[i] - 8) for i, v in enumerate(row)]
                    h = max(len(w_) for w_ in wrapped) * 15 + 8
                    c.line(L, y + 12, R, y + 12)
                    for i, wl in enumerate(wrapped):
                        yy = y
                        for ln in wl:
                            c.drawString(xs[i] + 4, yy, ln)
                            yy -= 15
                    for xv in xs:
                        c.line(xv, y + 12, xv, y + 12 - h)
                    y -= h
                c.line(L, y + 12, R, y + 12)
                y -= 14
            elif kind == "sp":
                y -= x
        f = footer(n, total)
        if f:
            c.setFont(FONT, 9)
            c.drawRightString(R, 40, f)
        c.showPage()
    c.save()

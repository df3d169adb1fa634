"""Tiny reportlab layout helper for the text-layer PDF cases: centred titles, right-aligned lines,
wrapped paragraphs, ruled tables with text in cells, and page footers."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "WQY"
_FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"  # system font, used only at build time
W, H = A4
ML, MR, MT, MB = 64, 64, 70, 70


def _reg():
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, _FONT_PATH, subfontIndex=0))


def wrap(text, width, size):
    lines = []
    for raw in text.split("\n"):
        cur = ""
        for ch in raw:
            if pdfmetrics.stringWidth(cur + ch, FONT, size) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


def render(path, pages, footer):
    """pages: list of lists of ops. ops: ("title", t) ("sub", t) ("right", t) ("para", t) ("table", rows, [w1,w2..])
    ("gap", pts). footer(i, n) -> str or None (i is 1-based over all pages)."""
    _reg()
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("案卷")
    n = len(pages)
    for i, ops in enumerate(pages, 1):
        y = H - MT
        for op in ops:
            kind = op[0]
            if kind == "title":
                c.setFont(FONT, 18)
                c.drawCentredString(W / 2, y, op[1])
                y -= 30
            elif kind == "sub":
                c.setFont(FONT, 13)
                c.drawCentredString(W / 2, y, op[1])
                y -= 24
            elif kind == "right":
                c.setFont(FONT, 11)
                c.drawRightString(W - MR, y, op[1])
                y -= 18
            elif kind == "gap":
                y -= op[1]
            elif kind == "para":
                c.setFont(FONT, 11)
                for ln in wrap(op[1], W - ML - MR, 11):
                    c.drawString(ML, y, ln)
                    y -= 17
            elif kind == "table":
                rows, widths = op[1], op[2]
                total = W - ML - MR
                widths = [w * total for w in widths]
                c.setFont(FONT, 10.5)
                for row in rows:
                    cells = [wrap(txt, widths[k] - 8, 10.5) for k, txt in enumerate(row)]
                    h = max(len(x) for x in cells) * 15 + 8
                    x = ML
                    for k, lines in enumerate(cells):
                        c.rect(x, y - h + 12, widths[k], h)
                        yy = y
                        for ln in lines:
                            c.drawString(x + 4, yy, ln)
                            yy -= 15
                        x += widths[k]
                    y -= h
                y -= 8
        f = footer(i, n)
        if f:
            c.setFont(FONT, 10)
            c.drawCentredString(W / 2, 36, f)
        c.showPage()
    c.save()

"""Tiny reportlab layout helper: lines starting with 'C|' centred, 'R|' right-aligned,
'T|a|b' a two-cell table row drawn with lines, anything else wrapped body text."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "WQY"
pdfmetrics.registerFont(TTFont(FONT, "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
W, H = A4
ML, MR, MT, MB = 72, 72, 72, 60


def _wrap(text, size, width):
    out, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, FONT, size) > width:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return out


def render(path, pages, footer):
    c = canvas.Canvas(path, pagesize=A4)
    total = len(pages)
    for n, lines in enumerate(pages, 1):
        y = H - MT
        for ln in lines:
            if ln.startswith("C|"):
                size = 16 if len(ln) < 24 else 12
                c.setFont(FONT, size)
                c.drawCentredString(W / 2, y, ln[2:])
                y -= size + 10
            elif ln.startswith("R|"):
                c.setFont(FONT, 11)
                c.drawRightString(W - MR, y, ln[2:])
                y -= 20
            elif ln.startswith("T|"):
                _, a, b = ln.split("|", 2)
                bl = _wrap(b, 10.5, W - MR - ML - 110 - 8)
                h = 16 * len(bl) + 6
                c.setFont(FONT, 10.5)
                c.rect(ML, y - h + 12, 110, h)
                c.rect(ML + 110, y - h + 12, W - MR - ML - 110, h)
                c.drawString(ML + 4, y - 2, a)
                for i, s in enumerate(bl):
                    c.drawString(ML + 114, y - 2 - 16 * i, s)
                y -= h
            else:
                c.setFont(FONT, 11)
                for s in _wrap(ln, 11, W - ML - MR):
                    c.drawString(ML, y, s)
                    y -= 18
            if y < MB:
                raise ValueError(f"page {n} overflows")
        c.setFont(FONT, 9)
        c.drawCentredString(W / 2, 30, footer(n, total))
        c.showPage()
    c.save()

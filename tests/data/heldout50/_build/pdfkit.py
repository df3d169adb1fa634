"""Tiny reportlab page renderer for the text-layer PDF cases.
Page = list of lines. Markup: '^C text' centred title, '^R text' right-aligned, '^T a\tb' table row (grid drawn),
anything else left-aligned and wrapped."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "WQY"
FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"


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


def render(path, pages, footer, title=""):
    _font()
    W, H = A4
    L, R, TOP = 62, W - 62, H - 70
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(title)
    n = len(pages)
    for pno, lines in enumerate(pages, 1):
        y = TOP
        i = 0
        while i < len(lines):
            ln = lines[i]
            if ln.startswith("^C "):
                c.setFont(FONT, 16)
                c.drawCentredString(W / 2, y, ln[3:])
                y -= 26
            elif ln.startswith("^R "):
                c.setFont(FONT, 11)
                c.drawRightString(R, y, ln[3:])
                y -= 18
            elif ln.startswith("^T "):
                rows = []
                while i < len(lines) and lines[i].startswith("^T "):
                    rows.append(lines[i][3:].split("\t"))
                    i += 1
                i -= 1
                ncol = max(len(r) for r in rows)
                widths = [110] + [(R - L - 110) / (ncol - 1)] * (ncol - 1) if ncol > 1 else [R - L]
                if ncol > 2:
                    widths = [(R - L) / ncol] * ncol
                c.setFont(FONT, 10)
                for r in rows:
                    cells = [_wrap(v, w - 8, 10) for v, w in zip(r + [""] * (ncol - len(r)), widths)]
                    h = 14 * max(len(x) for x in cells) + 8
                    x = L
                    for w, cl in zip(widths, cells):
                        c.rect(x, y - h + 12, w, h)
                        for k, t in enumerate(cl):
                            c.drawString(x + 4, y - k * 14, t)
                        x += w
                    y -= h
                y -= 8
            else:
                c.setFont(FONT, 11)
                for t in _wrap(ln, R - L, 11) if ln else [""]:
                    c.drawString(L, y, t)
                    y -= 17
            i += 1
        if footer:
            c.setFont(FONT, 9)
            c.drawCentredString(W / 2, 36, footer(pno, n))
        c.showPage()
    c.save()

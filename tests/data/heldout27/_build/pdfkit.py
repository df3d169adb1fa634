"""Tiny reportlab layout helper for the text-layer PDF cases."""
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import font_file

FONT = "WQY"
pdfmetrics.registerFont(TTFont(FONT, font_file("WenQuanYi Zen Hei"), subfontIndex=0))
W, H = A4
L, R = 60, W - 60


class Doc:
    def __init__(self, path, footer):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.footer = footer
        self.page = 0
        self.y = None

    def new(self):
        if self.page:
            self._foot(); self.c.showPage()
        self.page += 1
        self.y = H - 70

    def _foot(self):
        s = self.footer(self.page)
        if s:
            self.c.setFont(FONT, 9); self.c.drawCentredString(W / 2, 35, s)

    def center(self, s, size=16, gap=10):
        self.c.setFont(FONT, size); self.c.drawCentredString(W / 2, self.y, s); self.y -= size + gap

    def right(self, s, size=11):
        self.c.setFont(FONT, size); self.c.drawRightString(R, self.y, s); self.y -= size + 8

    def text(self, s, size=11, indent=0):
        self.c.setFont(FONT, size)
        width = R - L - indent
        line = ""
        for ch in s:
            if pdfmetrics.stringWidth(line + ch, FONT, size) > width:
                self.c.drawString(L + indent, self.y, line); self.y -= size + 6; line = ""
            line += ch
        if line:
            self.c.drawString(L + indent, self.y, line); self.y -= size + 6

    def table(self, rows, widths, size=10):
        """rows: list of cell lists; a row with one cell spans the whole width."""
        tot = R - L
        xs = [L]
        for w in widths:
            xs.append(xs[-1] + w * tot)
        self.c.setFont(FONT, size)
        for r in rows:
            cells = r if len(r) == len(widths) else [r[0]] + [" ".join(r[1:])]
            bounds = list(zip(xs[:-1], xs[1:])) if len(cells) == len(widths) else [(xs[0], xs[1]), (xs[1], xs[-1])]
            wrapped = []
            for (a, b), t in zip(bounds, cells):
                lines, line = [], ""
                for ch in t:
                    if pdfmetrics.stringWidth(line + ch, FONT, size) > b - a - 8:
                        lines.append(line); line = ""
                    line += ch
                lines.append(line); wrapped.append(lines)
            hgt = max(len(x) for x in wrapped) * (size + 4) + 8
            top = self.y + size + 2
            for (a, b), lines in zip(bounds, wrapped):
                self.c.rect(a, top - hgt, b - a, hgt)
                for k, ln in enumerate(lines):
                    self.c.drawString(a + 4, top - 4 - size - k * (size + 4), ln)
            self.y -= hgt
        self.y -= 10

    def save(self):
        self._foot(); self.c.save()

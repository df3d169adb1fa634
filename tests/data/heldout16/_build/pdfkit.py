"""Tiny layout engine for the text-layer PDF cases (reportlab, A4, real lines and cells)."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "WQY"
pdfmetrics.registerFont(TTFont(FONT, "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
PW, PH = A4
LM, RM, TM, BM = 72, 72, 70, 70
TW = PW - LM - RM


def wrap(text, size, width):
    out = []
    for para in text.split("\n"):
        line = ""
        for ch in para:
            if pdfmetrics.stringWidth(line + ch, FONT, size) > width:
                out.append(line)
                line = ch
            else:
                line += ch
        out.append(line)
    return out


class Layout:
    """Blocks: ("title", s) ("sub", s) ("center", s) ("right", s) ("para", s) ("plain", s)
    ("form", [(k, v)...]) ("grid", header, rows, colwidths) ("gap", pts)."""

    def __init__(self, size=11.5):
        self.size = size
        self.pages = []  # list of list of ops
        self.doc_ranges = []

    def _new(self):
        self.pages.append([])
        self.y = PH - TM

    def _need(self, h):
        if self.y - h < BM:
            self._new()

    def add_doc(self, name, blocks):
        self._new()
        first = len(self.pages)
        s = self.size
        lh = s * 1.65
        for kind, *a in blocks:
            if kind == "title":
                self._need(34)
                self.y -= 26
                self.pages[-1].append(("c", a[0], 17, self.y))
                self.y -= 12
            elif kind in ("sub", "center"):
                self._need(lh)
                self.y -= lh
                self.pages[-1].append(("c", a[0], 14 if kind == "sub" else s, self.y))
            elif kind == "right":
                self._need(lh)
                self.y -= lh
                self.pages[-1].append(("r", a[0], s, self.y))
            elif kind in ("para", "plain"):
                ind = 2 * s if kind == "para" else 0
                for j, para in enumerate(a[0].split("\n")):
                    lines = wrap("\u3000\u3000" * (kind == "para") + para, s, TW)
                    for ln in lines:
                        self._need(lh)
                        self.y -= lh
                        self.pages[-1].append(("l", ln, s, self.y, LM))
            elif kind == "gap":
                self.y -= a[0]
            elif kind == "form":
                self._grid(None, [list(r) for r in a[0]], [0.24, 0.76])
            elif kind == "grid":
                self._grid(a[0], a[1], a[2])
        self.doc_ranges.append((name, first, len(self.pages)))

    def _grid(self, header, rows, fr):
        s = self.size - 0.5
        lh = s * 1.5
        widths = [f * TW for f in fr]
        allrows = ([header] if header else []) + rows
        for r in allrows:
            cells = [wrap(str(v), s, w - 8) for v, w in zip(r, widths)]
            h = max(len(c) for c in cells) * lh + 8
            self._need(h)
            top = self.y
            x = LM
            ops = self.pages[-1]
            ops.append(("rect", LM, top - h, TW, h))
            for c, w in zip(cells, widths):
                ops.append(("vline", x, top, top - h))
                for k, ln in enumerate(c):
                    ops.append(("l", ln, s, top - 4 - (k + 1) * lh + 4, x + 4))
                x += w
            self.y = top - h

    def render(self, path, footer=None, hook=None):
        c = canvas.Canvas(path, pagesize=A4)
        c.setTitle("")
        n = len(self.pages)
        for i, ops in enumerate(self.pages, 1):
            for op in ops:
                if op[0] == "c":
                    c.setFont(FONT, op[2]); c.drawCentredString(PW / 2, op[3], op[1])
                elif op[0] == "r":
                    c.setFont(FONT, op[2]); c.drawRightString(PW - RM, op[3], op[1])
                elif op[0] == "l":
                    c.setFont(FONT, op[2]); c.drawString(op[4], op[3], op[1])
                elif op[0] == "rect":
                    c.setLineWidth(0.7); c.rect(op[1], op[2], op[3], op[4])
                elif op[0] == "vline":
                    c.setLineWidth(0.7); c.line(op[1], op[2], op[1], op[3])
            if hook:
                hook(c, i)
            if footer:
                c.setFont(FONT, 10)
                c.drawCentredString(PW / 2, 40, footer(i, n))
            c.showPage()
        c.save()

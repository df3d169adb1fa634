"""Tiny text-layer PDF layout for the heldout43 corpus (reportlab, WenQuanYi Zen Hei)."""
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4

FONT = "WQY"
pdfmetrics.registerFont(TTFont(FONT, "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
W, H = A4
LM, RM, TOP, BOT = 70, 70, 780, 70


def wrap(text, size, width):
    lines, cur = [], ""
    for ch in text:
        if ch == "\n":
            lines.append(cur); cur = ""; continue
        if pdfmetrics.stringWidth(cur + ch, FONT, size) > width:
            lines.append(cur); cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


class Layout:
    """Lays out documents; each document starts on a new page. Returns page ranges."""

    def __init__(self, path=None, footer=lambda n, t: f"第{n}页 共{t}页"):
        self.path, self.footer = path, footer
        self.ops = []  # list of pages; page = list of draw ops
        self.y = None

    def newpage(self):
        self.ops.append([]); self.y = TOP

    def need(self, h):
        if self.y - h < BOT:
            self.newpage()

    def op(self, *a):
        self.ops[-1].append(a)

    def doc(self, blocks):
        self.newpage()
        start = len(self.ops)
        for b in blocks:
            kind = b[0]
            if kind == "agency":
                self.need(22); self.op("c", b[1], 14, self.y); self.y -= 24
            elif kind == "title":
                self.need(30); self.op("c", b[1], 18, self.y); self.y -= 30
            elif kind == "num":
                self.need(20); self.op("r", b[1], 11, self.y); self.y -= 22
            elif kind == "right":
                self.need(18); self.op("r", b[1], 11, self.y); self.y -= 18
            elif kind == "p":
                for ln in wrap(b[1], 11, W - LM - RM):
                    self.need(17); self.op("l", ln, 11, self.y, LM); self.y -= 17
                self.y -= 3
            elif kind == "form":
                kw = 110
                for k, v in b[1]:
                    kl = wrap(k, 10.5, kw - 8); vl = wrap(v, 10.5, W - LM - RM - kw - 8)
                    h = 16 * max(len(kl), len(vl)) + 8
                    self.need(h)
                    self.op("box", LM, self.y - h + 12, W - LM - RM, h, kw)
                    for i, ln in enumerate(kl):
                        self.op("l", ln, 10.5, self.y - 2 - 16 * i, LM + 4)
                    for i, ln in enumerate(vl):
                        self.op("l", ln, 10.5, self.y - 2 - 16 * i, LM + kw + 4)
                    self.y -= h
                self.y -= 8
            elif kind == "space":
                self.y -= b[1]
        return start, len(self.ops)

    def save(self):
        c = canvas.Canvas(self.path, pagesize=A4)
        total = len(self.ops)
        for n, page in enumerate(self.ops, 1):
            for o in page:
                if o[0] in ("c", "r", "l"):
                    c.setFont(FONT, o[2])
                    if o[0] == "c":
                        c.drawCentredString(W / 2, o[3], o[1])
                    elif o[0] == "r":
                        c.drawRightString(W - RM, o[3], o[1])
                    else:
                        c.drawString(o[4], o[3], o[1])
                else:
                    _, x, y, w, h, kw = o
                    c.rect(x, y, w, h); c.line(x + kw, y, x + kw, y + h)
            f = self.footer(n, total)
            if f:
                c.setFont(FONT, 9); c.drawCentredString(W / 2, 40, f)
            c.showPage()
        c.save()


def build_volume(path, docs, toc_title, footer=None):
    """docs: list of (name, date, blocks). Two passes so the 卷内目录 shows real page ranges."""
    def run(ranges):
        lay = Layout(path, footer) if footer else Layout(path)
        rows = [("序号 文件名称", "日期 / 页号")]
        for i, (name, date, _) in enumerate(docs, 1):
            a, b = ranges[i - 1] if ranges else (0, 0)
            rows.append((f"{i}  {name}", f"{date}    {a}" + (f"-{b}" if b > a else "")))
        lay.doc([("title", "卷 内 目 录"), ("p", toc_title), ("form", rows)])
        out = [lay.doc(bl) for _, _, bl in docs]
        return lay, out
    _, r1 = run(None)
    lay, r2 = run(r1)
    assert r1 == r2
    lay.save()
    return r2

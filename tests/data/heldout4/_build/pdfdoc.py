"""Small reportlab renderer for the PDF cases: A4, STSong-Light, one 文书 per page run,
ruled tables, centred titles, footer page numbers, optional drawn red seal."""

from __future__ import annotations

import math

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

S = {
    "agency": ParagraphStyle("agency", fontName=FONT, fontSize=15, leading=22, alignment=TA_CENTER),
    "title": ParagraphStyle("title", fontName=FONT, fontSize=19, leading=28, alignment=TA_CENTER, spaceAfter=6),
    "right": ParagraphStyle("right", fontName=FONT, fontSize=11, leading=17, alignment=TA_RIGHT),
    "p": ParagraphStyle("p", fontName=FONT, fontSize=11, leading=18, firstLineIndent=22, wordWrap="CJK"),
    "pl": ParagraphStyle("pl", fontName=FONT, fontSize=11, leading=18, wordWrap="CJK"),
    "cell": ParagraphStyle("cell", fontName=FONT, fontSize=10, leading=14, wordWrap="CJK", alignment=TA_LEFT),
    "small": ParagraphStyle("small", fontName=FONT, fontSize=9, leading=13, wordWrap="CJK"),
}


class Mark(Flowable):
    """Zero-size flowable recording the page on which a document starts."""

    def __init__(self, key, sink):
        super().__init__()
        self.key, self.sink = key, sink
        self.width = self.height = 0

    def draw(self):
        self.sink[self.key] = self.canv.getPageNumber()


class Seal(Flowable):
    """A red round seal: ring, star, agency name on the upper arc, 专用章 text below."""

    def __init__(self, name, sub="", r=2.1 * cm):
        super().__init__()
        self.name, self.sub, self.r = name, sub, r
        self.width, self.height = 2 * r, 2 * r

    def wrap(self, aw, ah):
        self.dx = aw - 2 * self.r - 1.5 * cm
        return aw, 2 * self.r

    def draw(self):
        c, r = self.canv, self.r
        cx, cy = self.dx + r, r
        c.saveState()
        c.setStrokeColor(colors.red)
        c.setFillColor(colors.red)
        c.setLineWidth(2.2)
        c.circle(cx, cy, r - 2, stroke=1, fill=0)
        # star
        pts = []
        for i in range(10):
            ang = math.pi / 2 + i * math.pi / 5
            rr = r * 0.28 if i % 2 == 0 else r * 0.11
            pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
        p = c.beginPath()
        p.moveTo(*pts[0])
        for x, y in pts[1:]:
            p.lineTo(x, y)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        n = len(self.name)
        fs = min(12, (1.3 * math.pi * (r - 10)) / max(n, 1))
        c.setFont(FONT, fs)
        span = math.radians(220)
        start = math.pi / 2 + span / 2
        for i, ch in enumerate(self.name):
            a = start - span * (i + 0.5) / n
            x, y = cx + (r - 6 - fs) * math.cos(a), cy + (r - 6 - fs) * math.sin(a)
            c.saveState()
            c.translate(x, y)
            c.rotate(math.degrees(a) - 90)
            c.drawCentredString(0, 0, ch)
            c.restoreState()
        if self.sub:
            c.setFont(FONT, 8)
            c.drawCentredString(cx, cy - r * 0.55, self.sub)
        c.restoreState()


def table(rows, widths, spans=()):
    data = [[Paragraph(str(x).replace("\n", "<br/>"), S["cell"]) for x in row] for row in rows]
    t = Table(data, colWidths=[w * cm for w in widths])
    style = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for a, b in spans:
        style.append(("SPAN", a, b))
    t.setStyle(TableStyle(style))
    return t


def flow(blocks):
    out = []
    for b in blocks:
        kind = b[0]
        if kind in S:
            for line in b[1].split("\n"):
                out.append(Paragraph(line or "&nbsp;", S[kind]))
        elif kind == "table":
            out.append(table(*b[1:]))
        elif kind == "sp":
            out.append(Spacer(1, b[1] * cm))
        elif kind == "seal":
            out.append(Seal(*b[1:]))
        elif kind == "break":
            out.append(PageBreak())
    return out


def render(path, docs, toc_fn, footer_fn, tail=None):
    """docs: list of (toc_title, date_text, blocks). toc_fn(rows)->blocks with rows
    (n, title, date, first, last) in printed page numbers (目录 page unnumbered).
    Two passes so the 目录 shows real ranges. tail: unnumbered closing blocks (备考表)."""
    rows = [(i + 1, t, dt_, 0, 0) for i, (t, dt_, _) in enumerate(docs)]
    for _ in range(2):
        marks: dict = {}
        story = flow(toc_fn(rows)) + [PageBreak()]
        for i, (_, _, blocks) in enumerate(docs):
            story.append(Mark(i, marks))
            story += flow(blocks)
            story.append(PageBreak())
        story.append(Mark("tail", marks))
        story += flow(tail or [])
        state = {}

        def on_page(c, doc, state=state):
            n = c.getPageNumber()
            last = state.get("last", 10**6)
            if 1 < n < last:
                c.saveState()
                c.setFont(FONT, 9)
                c.drawCentredString(A4[0] / 2, 1.2 * cm, footer_fn(n - 1, state.get("total", 0)))
                c.restoreState()

        if "last" in getattr(render, "_state", {}):
            state.update(render._state)
        SimpleDocTemplate(
            str(path), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.2 * cm, topMargin=2.2 * cm,
            bottomMargin=2.2 * cm, title="行政处罚案卷", author="heldout4",
        ).build(story, onFirstPage=on_page, onLaterPages=on_page)
        starts = [marks[i] for i in range(len(docs))]
        ends = starts[1:] + [marks["tail"]]
        rows = [(i + 1, docs[i][0], docs[i][1], starts[i] - 1, ends[i] - 2) for i in range(len(docs))]
        render._state = {"last": marks["tail"], "total": marks["tail"] - 2}
    render._state = {}
    return rows

"""Small reportlab helpers for the text-layer PDF volumes (CID font STSong-Light, not embedded)."""
from __future__ import annotations

import io
from typing import Callable

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import (Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

rl_config.invariant = 1  # reproducible PDFs (fixed dates and IDs)
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

TITLE = ParagraphStyle("t", fontName=FONT, fontSize=17, leading=24, alignment=TA_CENTER, spaceAfter=4)
AGENCY = ParagraphStyle("a", fontName=FONT, fontSize=13, leading=18, alignment=TA_CENTER)
NUM = ParagraphStyle("n", fontName=FONT, fontSize=10.5, leading=15, alignment=TA_RIGHT, spaceAfter=6)
BODY = ParagraphStyle("b", fontName=FONT, fontSize=10.5, leading=17, wordWrap="CJK", firstLineIndent=21)
FLAT = ParagraphStyle("f", fontName=FONT, fontSize=10.5, leading=17, wordWrap="CJK")
CELL = ParagraphStyle("c", fontName=FONT, fontSize=9.5, leading=13.5, wordWrap="CJK")
CELLC = ParagraphStyle("cc", fontName=FONT, fontSize=9.5, leading=13.5, wordWrap="CJK", alignment=TA_CENTER)
RIGHT = ParagraphStyle("r", fontName=FONT, fontSize=10.5, leading=17, alignment=TA_RIGHT)
SMALL = ParagraphStyle("s", fontName=FONT, fontSize=8.5, leading=11, alignment=TA_LEFT)


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def P(text: str, style=BODY) -> Paragraph:
    return Paragraph(esc(text).replace("\n", "<br/>"), style)


def paras(text: str, style=BODY) -> list:
    """One Paragraph per non-empty line."""
    return [P(line.strip(), style) for line in text.strip("\n").split("\n") if line.strip()]


def head(agency: str, title: str, number: str = "") -> list:
    out = [P(agency, AGENCY), P(title, TITLE)]
    if number:
        out.append(P(number, NUM))
    else:
        out.append(Spacer(1, 6))
    return out


def grid(rows: list[list], widths: list[float], spans: list | None = None, heights=None) -> Table:
    """Ruled form table; str cells become wrapped Paragraphs."""
    data = [[P(c, CELL) if isinstance(c, str) else c for c in r] for r in rows]
    t = Table(data, colWidths=[w * mm for w in widths], rowHeights=heights)
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    for s in spans or []:
        style.append(("SPAN",) + tuple(s))
    t.setStyle(TableStyle(style))
    return t


class Seal(Flowable):
    """A red round seal drawn at the right; its text stays in the text layer."""

    def __init__(self, name: str, date: str, size: float = 34 * mm):
        super().__init__()
        self.name, self.date, self.size = name, date, size
        self.width, self.height = 160 * mm, self.size + 4

    def draw(self) -> None:
        c = self.canv
        x = self.width - self.size / 2 - 10 * mm
        yc = self.size / 2 + 2
        c.setStrokeColor(colors.red)
        c.setFillColor(colors.red)
        c.setLineWidth(2)
        c.circle(x, yc, self.size / 2, stroke=1, fill=0)
        c.setFont(FONT, 14)
        c.drawCentredString(x, yc - 5, "★")
        c.setFont(FONT, 7.5)
        c.drawCentredString(x, yc + 9, self.name)
        c.setFillColor(colors.black)
        c.setFont(FONT, 10.5)
        c.drawRightString(x - self.size / 2 - 4, yc + 4, self.name + "（印章）")
        c.drawRightString(x - self.size / 2 - 4, yc - 12, self.date)


def count_pages(flow: list, **kw) -> int:
    buf = io.BytesIO()
    n = [0]

    def cnt(canvas, doc):
        n[0] = max(n[0], canvas.getPageNumber())

    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm,
                            topMargin=kw.get("top", 22) * mm, bottomMargin=kw.get("bottom", 20) * mm)
    doc.build(list(flow), onFirstPage=cnt, onLaterPages=cnt)
    return n[0]


def build_volume(path, toc_fn: Callable[[list[tuple[int, int]]], list], docs: list[list],
                 decorate: Callable, title: str, top: float = 22, bottom: float = 20) -> list[tuple[int, int]]:
    """Build 目录 + documents, each document starting on a new page; returns page ranges per doc.

    toc_fn gets the page ranges and must return flowables that fit on one page.
    decorate(canvas, page_no, total) draws headers/footers.
    """
    ranges, p = [], 2
    for flow in docs:
        n = count_pages(flow, top=top, bottom=bottom)
        ranges.append((p, p + n - 1))
        p += n
    total = p - 1
    story = list(toc_fn(ranges))
    for flow in docs:
        story.append(PageBreak())
        story.extend(flow)

    def on_page(canvas, doc):
        canvas.saveState()
        decorate(canvas, canvas.getPageNumber(), total)
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm,
                            topMargin=top * mm, bottomMargin=bottom * mm, title=title, author="",
                            creator="", producer="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    # Verify the final page count matches the measured ranges.
    return ranges


def footer_center(text: str):
    def deco(canvas, n, total):
        canvas.setFont(FONT, 9)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, text.format(n=n, total=total))
    return deco


def wrap_line(line: str, width: float, size: float) -> list[str]:
    """Wrap one text line to a point width, keeping leading indentation on continuation lines."""
    if pdfmetrics.stringWidth(line, FONT, size) <= width:
        return [line]
    indent = len(line) - len(line.lstrip(" "))
    out, cur = [], ""
    for ch in line:
        if pdfmetrics.stringWidth(cur + ch, FONT, size) > width:
            out.append(cur)
            cur = " " * indent + ch
        else:
            cur += ch
    if cur.strip():
        out.append(cur)
    return out


def text_pdf(path, toc_fn, docs, decorate, size: float = 10.5, leading: float = 17,
             top: float = 28, bottom: float = 24, title: str = "") -> list[tuple[int, int]]:
    """Line-based PDF (like a case-system printout): docs are Doc objects whose pages are text.

    A logical page that overflows is continued on further physical pages. toc_fn(ranges) returns the
    目录 page text. Returns the physical page ranges of the documents.
    """
    from reportlab.pdfgen import canvas as _canvas

    width = A4[0] - 44 * mm
    per_page = int((A4[1] - (top + bottom) * mm) // leading)

    def physical(text: str) -> list[list[str]]:
        lines = []
        for raw in text.strip("\n").split("\n"):
            lines.extend(wrap_line(raw, width, size) if raw.strip() else [""])
        return [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]

    doc_pages = []
    for doc in docs:
        phys = []
        for p in doc.pages:
            phys.extend(physical(p))
        doc_pages.append(phys)
    ranges, p = [], 2
    for phys in doc_pages:
        ranges.append((p, p + len(phys) - 1))
        p += len(phys)
    total = p - 1
    toc_phys = physical(toc_fn(ranges, total))
    assert len(toc_phys) == 1, "目录 must fit on one page"
    all_pages = toc_phys + [pg for phys in doc_pages for pg in phys]
    c = _canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    for n, lines in enumerate(all_pages, 1):
        decorate(c, n, total)
        c.setFont(FONT, size)
        yy = A4[1] - top * mm
        for ln in lines:
            c.drawString(22 * mm, yy, ln.replace("{TOTAL_PAGES}", str(total)))
            yy -= leading
        c.showPage()
    c.save()
    return ranges

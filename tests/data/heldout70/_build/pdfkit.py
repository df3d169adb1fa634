"""Small reportlab renderer: a document is a list of blocks; a case is a list of documents."""
import io

from pypdf import PdfReader, PdfWriter
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle, KeepTogether)

from common import FONT_HEI, FONT_SONG, FONT_KAI, seal_image

_REG = set()


def register(kind):
    if kind in _REG:
        return
    if kind == "STSong-Light":
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    elif kind == "WQY":
        pdfmetrics.registerFont(TTFont("WQY", FONT_HEI, subfontIndex=0))
    elif kind == "UMing":
        pdfmetrics.registerFont(TTFont("UMing", FONT_SONG, subfontIndex=0))
    elif kind == "UKai":
        pdfmetrics.registerFont(TTFont("UKai", FONT_KAI, subfontIndex=0))
    _REG.add(kind)


class Seal(Flowable):
    """A seal image drawn over the preceding lines (negative height offset)."""

    def __init__(self, name, size=36 * mm, dx=0, dy=12 * mm, seed=0):
        super().__init__()
        self.name, self.size, self.dx, self.dy, self.seed = name, size, dx, dy, seed
        self.width, self.height = 0, 0

    def draw(self):
        img = seal_image(self.name, 220, seed=self.seed)
        buf = io.BytesIO()
        img.save(buf, "PNG")
        buf.seek(0)
        self.canv.drawImage(ImageReader(buf), self.dx, -self.dy + 0, self.size, self.size, mask="auto")


class Styles:
    def __init__(self, font, bold=None, size=11.5, lead=1.55):
        register(font)
        if bold:
            register(bold)
        b = bold or font
        self.font = font
        self.title = ParagraphStyle("t", fontName=b, fontSize=size + 6, leading=(size + 6) * 1.4,
                                    alignment=TA_CENTER, spaceAfter=4)
        self.sub = ParagraphStyle("s", fontName=font, fontSize=size, leading=size * 1.5,
                                  alignment=TA_CENTER, spaceAfter=6)
        self.p = ParagraphStyle("p", fontName=font, fontSize=size, leading=size * lead,
                                firstLineIndent=2 * size, alignment=TA_LEFT, wordWrap="CJK")
        self.pn = ParagraphStyle("pn", parent=self.p, firstLineIndent=0)
        self.r = ParagraphStyle("r", parent=self.p, alignment=TA_RIGHT, firstLineIndent=0)
        self.cell = ParagraphStyle("c", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.35,
                                   wordWrap="CJK")
        self.cellc = ParagraphStyle("cc", parent=self.cell, alignment=TA_CENTER)


def build_flow(doc, st):
    """doc: list of blocks -> flowables."""
    out = []
    for b in doc:
        k = b[0]
        if k == "title":
            out.append(Paragraph(b[1], st.title))
        elif k == "sub":
            out.append(Paragraph(b[1], st.sub))
        elif k == "p":
            out.append(Paragraph(b[1], st.p))
        elif k == "pn":
            out.append(Paragraph(b[1], st.pn))
        elif k == "r":
            out.append(Paragraph(b[1], st.r))
        elif k == "sp":
            out.append(Spacer(1, b[1] * mm))
        elif k == "seal":
            out.append(Seal(b[1], dx=b[2] * mm if len(b) > 2 else 105 * mm,
                            dy=b[3] * mm if len(b) > 3 else 30 * mm, seed=len(b[1])))
        elif k == "pb":
            out.append(PageBreak())
        elif k in ("kv", "grid"):
            rows, widths = b[1], b[2]
            data = [[Paragraph(str(c), st.cell) for c in r] for r in rows]
            t = Table(data, colWidths=[w * mm for w in widths])
            style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                     ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                     ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
            for sp in (b[3] if len(b) > 3 else []):
                style.append(("SPAN",) + sp)
            if k == "grid":
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)))
            t.setStyle(TableStyle(style))
            out.append(t)
        else:
            raise ValueError(k)
    return out


class _Mark(Flowable):
    """Zero-size flowable recording the physical page on which a document starts."""

    def __init__(self, idx, starts):
        super().__init__()
        self.idx, self.starts = idx, starts
        self.width = self.height = 0

    def draw(self):
        self.starts[self.idx] = self.canv.getPageNumber()


def _build_once(docs, st, margins, on_page):
    buf = io.BytesIO()
    tmpl = SimpleDocTemplate(buf, pagesize=A4, leftMargin=margins[0] * mm, rightMargin=margins[1] * mm,
                             topMargin=margins[2] * mm, bottomMargin=margins[3] * mm)
    starts = {}
    flow = []
    for i, doc in enumerate(docs):
        if i:
            flow.append(PageBreak())
        flow.append(_Mark(i, starts))
        flow.extend(build_flow(doc, st))
    tmpl.build(flow, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue(), starts


def render_docs(docs, st, header=None, footer=None, numbered=None, start=1, margins=(22, 20, 25, 22)):
    """Render all documents into one PDF, each starting on a fresh page. Pages of documents with
    numbered[i] True carry continuous printed page numbers from `start`.
    Returns (pdf bytes, list of (first, last) printed numbers or None per document)."""
    numbered = numbered or [True] * len(docs)
    raw, starts = _build_once(docs, st, margins, lambda c, d: None)
    npages = len(PdfReader(io.BytesIO(raw)).pages)
    bounds = [starts[i] for i in range(len(docs))] + [npages + 1]
    printed, ranges, cur = {}, [], start
    for i in range(len(docs)):
        n = bounds[i + 1] - bounds[i]
        if numbered[i]:
            for k in range(n):
                printed[bounds[i] + k] = cur + k
            ranges.append((cur, cur + n - 1))
            cur += n
        else:
            ranges.append(None)

    def on_page(canv, dd):
        canv.saveState()
        if header:
            header(canv, dd, st)
        pg = printed.get(canv.getPageNumber())
        if pg and footer:
            footer(canv, pg, st)
        canv.restoreState()
    pdf, starts2 = _build_once(docs, st, margins, on_page)
    assert starts2 == starts
    return pdf, ranges

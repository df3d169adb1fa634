"""Text-layer PDF rendering of the block model with reportlab (embedded TrueType
subset of WenQuanYi Zen Hei, seals as images, header/footer, page numbers)."""
import io

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

from common import FONT_WQY
from render_img import make_seal

_REG = False
_SEALS = {}


def reg():
    global _REG
    if not _REG:
        pdfmetrics.registerFont(TTFont("WQY", FONT_WQY, subfontIndex=0))
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        _REG = True


def styles(body=11, fontname="WQY"):
    reg()
    base = ParagraphStyle("b", fontName=fontname, fontSize=body, leading=body * 1.7, wordWrap="CJK")
    return {
        "title": ParagraphStyle("t", parent=base, fontSize=body * 1.6, leading=body * 2.3, alignment=TA_CENTER),
        "sub": ParagraphStyle("s", parent=base, alignment=TA_CENTER),
        "p": ParagraphStyle("p", parent=base, firstLineIndent=body * 2),
        "pl": base,
        "right": ParagraphStyle("r", parent=base, alignment=TA_RIGHT, rightIndent=body * 2),
        "cell": ParagraphStyle("c", parent=base, fontSize=body - 1, leading=(body - 1) * 1.55),
        "hand": ParagraphStyle("h", parent=base, textColor=colors.HexColor("#1f2a78")),
    }


class Seal(Flowable):
    """Draws a seal over the text above it without taking space."""

    def __init__(self, top, bottom="", size=40 * mm, dx=0, dy=0, seed=0):
        super().__init__()
        self.width = self.height = 0
        key = (top, bottom)
        if key not in _SEALS:
            im = make_seal(top, bottom, size=220, seed=len(_SEALS) + 7)
            b = io.BytesIO()
            im.save(b, "PNG", optimize=True)
            _SEALS[key] = b.getvalue()
        self.png = _SEALS[key]
        self.size, self.dx, self.dy = size, dx, dy

    def draw(self):
        x = self.dx
        self.canv.drawImage(ImageReader(io.BytesIO(self.png)), x, self.dy, width=self.size, height=self.size, mask="auto")


class Mark(Flowable):
    """Records the page on which a document starts (pass 1)."""

    def __init__(self, key, sink):
        super().__init__()
        self.width = self.height = 0
        self.key, self.sink = key, sink

    def draw(self):
        self.sink[self.key] = self.canv.getPageNumber()


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def flow(blocks, st, width, seed=0):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(Paragraph(esc(b[1]), st["title"]))
        elif k == "sub":
            out.append(Paragraph(esc(b[1]), st["sub"]))
        elif k in ("p", "pl", "right", "hand"):
            out.append(Paragraph(esc(b[1]), st[k]))
        elif k == "kv":
            rows = [[lab, val] for lab, val, _h in b[1]]
            out.append(_table(rows, [0.28, 0.72], st, width))
        elif k == "table":
            rows = [[c[1] if isinstance(c, tuple) else c for c in row] for row in b[1]]
            out.append(_table(rows, b[2], st, width))
        elif k == "sign":
            for lab, val, _h in b[1]:
                out.append(Paragraph(esc(f"{lab}：{val or '　' * 8}"), st["pl"]))
        elif k == "seal":
            out.append(Seal(b[1], b[2] if len(b) > 2 else "", dx=width - 62 * mm, dy=-14 * mm, seed=seed))
        elif k == "gap":
            out.append(Spacer(1, 6 * b[1] * mm))
        elif k == "rule":
            out.append(Spacer(1, 3 * mm))
        elif k == "page":
            out.append(PageBreak())
        elif k == "photo":
            out.append(Paragraph(esc("［照片］" + b[1]), st["pl"]))
    return out


def _table(rows, widths, st, width):
    ncol = max(len(r) for r in rows)
    data, spans = [], []
    for i, r in enumerate(rows):
        cells = [Paragraph(esc(c), st["cell"]) for c in r]
        if len(cells) < ncol:
            spans.append(("SPAN", (len(cells) - 1, i), (ncol - 1, i)))
            cells += [""] * (ncol - len(cells))
        data.append(cells)
    t = Table(data, colWidths=[w * width for w in widths])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")] + spans))
    return t


def build_pdf(path, make_parts, header=None, footer_number=True, body=11, unnumbered=0, tail=0,
              fontname="WQY"):
    """make_parts(spans) -> list of (key, blocks); spans is None on the first pass and
    {key: (first, last)} (numbered-page terms) on the second. Documents start on new
    pages; pages after the first `unnumbered` ones carry a number bottom right."""
    st = styles(body, fontname)
    W, H = A4
    margin = 25 * mm
    width = W - 2 * margin

    hold = {"total": 10 ** 6}

    def run(target, parts, sink):
        def on_page(c, doc):
            c.saveState()
            n = c.getPageNumber()
            if n > hold["total"] - tail:
                c.restoreState()
                return
            if header and n > unnumbered:
                c.setFont(fontname, 8)
                c.drawString(margin, H - 15 * mm, header)
                c.setLineWidth(0.4)
                c.line(margin, H - 16.5 * mm, W - margin, H - 16.5 * mm)
            if footer_number and n > unnumbered:
                c.setFont(fontname, 10)
                c.drawRightString(W - margin, 12 * mm, f"{n - unnumbered}")
            c.restoreState()

        doc = BaseDocTemplate(target, pagesize=A4, leftMargin=margin, rightMargin=margin,
                              topMargin=22 * mm, bottomMargin=22 * mm, invariant=1, pageCompression=1,
                              title="", author="", creator="")
        frame = Frame(margin, 22 * mm, width, H - 44 * mm, id="f")
        doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])
        story = []
        for i, (key, blocks) in enumerate(parts):
            if i:
                story.append(PageBreak())
            story.append(Mark(key, sink))
            story += flow(blocks, st, width, seed=i)
        doc.build(story)

    def spans_of(parts, starts, total):
        keys = [k for k, _ in parts]
        sp = {}
        for i, k in enumerate(keys):
            a = starts[k]
            b = (starts[keys[i + 1]] - 1) if i + 1 < len(keys) else total
            sp[k] = (a - unnumbered, b - unnumbered)
        return sp

    from pypdf import PdfReader
    parts = make_parts(None)
    starts, buf = {}, io.BytesIO()
    run(buf, parts, starts)
    total = len(PdfReader(io.BytesIO(buf.getvalue())).pages)
    hold["total"] = total
    spans = spans_of(parts, starts, total)
    parts = make_parts(spans)
    starts2 = {}
    run(str(path), parts, starts2)
    total2 = len(PdfReader(str(path)).pages)
    spans2 = spans_of(parts, starts2, total2)
    assert spans2 == spans, (spans, spans2)
    return spans2, total2

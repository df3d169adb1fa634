"""Text-layer PDF backend (reportlab) for the block model."""
import io
import random

from reportlab import rl_config
from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

from .common import font_path
from .model import Hand
from .raster import seal_image

rl_config.invariant = 1
_reg = set()


def reg(face):
    name = "F_" + face
    if name not in _reg:
        path, idx = font_path(face)
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=idx or 0))
        _reg.add(name)
    return name


def esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


class Marker(Flowable):
    """Zero-size flowable recording which document is on the page."""

    def __init__(self, state, di, numbered):
        super().__init__()
        self.state, self.di, self.numbered = state, di, numbered
        self.width = self.height = 0

    def draw(self):
        self.state["doc"] = self.di
        self.state["numbered"] = self.numbered


class SignSeal(Flowable):
    def __init__(self, lines, seal, font, size, width, seal_png=None):
        super().__init__()
        self.lines, self.seal, self.font, self.size = lines, seal, font, size
        self.width = width
        self.height = size * 1.8 * len(lines) + size
        self.seal_png = seal_png

    def draw(self):
        c = self.canv
        y = self.height - self.size * 1.6
        first_x = None
        for ln in self.lines:
            w = pdfmetrics.stringWidth(str(ln), self.font, self.size)
            x = self.width - 10 * mm - w
            c.setFont(self.font, self.size)
            c.drawString(x, y, str(ln))
            if first_x is None:
                first_x = x + w / 2
                first_y = y
            y -= self.size * 1.8
        if self.seal and self.seal_png is not None:
            d = 40 * mm
            c.drawImage(ImageReader(self.seal_png), first_x - d / 2, first_y - d / 2 + 2 * mm, d, d, mask="auto")


def build_pdf(docs, body="song", hand="kai", title="hei", size=11.5, header=None, footer_fmt="— {n} —",
              footer_pos="right", seed=1, meta=None, first_number=1):
    """Render documents into one PDF. Pages of docs with numbered=True get consecutive printed
    numbers starting at first_number; other pages carry no number.
    Returns (pdf_bytes, page_map) where page_map[i] = (doc_index, printed_number or None)."""
    rng = random.Random(seed)
    F, FH, FT = reg(body), reg(hand), reg(title)
    st_p = ParagraphStyle("p", fontName=F, fontSize=size, leading=size * 1.75, firstLineIndent=size * 2,
                          wordWrap="CJK", alignment=TA_LEFT)
    st_l = ParagraphStyle("l", parent=st_p, firstLineIndent=0)
    st_r = ParagraphStyle("r", parent=st_l, alignment=TA_RIGHT)
    st_h = ParagraphStyle("h", fontName=FT, fontSize=size * 1.6, leading=size * 2.4, alignment=TA_CENTER,
                          spaceAfter=size * 0.4)
    st_sub = ParagraphStyle("sub", parent=st_l, alignment=TA_CENTER, spaceAfter=size * 0.5)
    st_cell = ParagraphStyle("c", fontName=F, fontSize=size * 0.92, leading=size * 1.4, wordWrap="CJK")
    st_cellh = ParagraphStyle("ch", parent=st_cell, fontName=FH, textColor=Color(0.1, 0.15, 0.45))

    state = {"doc": 0, "numbered": False}
    page_map = []
    counter = [first_number]
    seals = {}

    def on_page_end(canv, doc_):
        n = None
        if state["numbered"]:
            n = counter[0]
            counter[0] += 1
            canv.setFont(F, 9)
            txt = footer_fmt.format(n=n)
            w = pdfmetrics.stringWidth(txt, F, 9)
            x = (A4[0] - w) / 2 if footer_pos == "center" else A4[0] - 20 * mm - w
            canv.drawString(x, 12 * mm, txt)
            if header:
                canv.setFont(F, 8.5)
                canv.drawString(25 * mm, A4[1] - 13 * mm, header)
                canv.setLineWidth(0.4)
                canv.line(25 * mm, A4[1] - 14.5 * mm, A4[0] - 20 * mm, A4[1] - 14.5 * mm)
        page_map.append((state["doc"], n))

    buf = io.BytesIO()
    tpl = BaseDocTemplate(buf, pagesize=A4, leftMargin=25 * mm, rightMargin=20 * mm, topMargin=24 * mm,
                          bottomMargin=22 * mm, title=(meta or {}).get("title", ""),
                          author=(meta or {}).get("author", ""), creator=(meta or {}).get("creator", ""),
                          subject="", keywords="", producer=(meta or {}).get("producer", "reportlab"))
    frame = Frame(tpl.leftMargin, tpl.bottomMargin, tpl.width, tpl.height, id="f")
    tpl.addPageTemplates([PageTemplate(id="p", frames=[frame], onPageEnd=on_page_end)])
    cw = tpl.width
    story = []
    for di, d in enumerate(docs):
        if di:
            story.append(PageBreak())
        story.append(Marker(state, di, d.get("numbered", True)))
        for b in d["blocks"]:
            k = b[0]
            if k == "h":
                story.append(Paragraph(esc(b[1]), st_h))
            elif k == "sub":
                story.append(Paragraph(esc(b[1]), st_sub))
            elif k in ("p", "l", "r"):
                st = {"p": st_p, "l": st_l, "r": st_r}[k]
                txt = esc(b[1])
                if isinstance(b[1], Hand):
                    txt = f'<font name="{FH}" color="#1a2a70">{txt}</font>'
                story.append(Paragraph(txt, st))
            elif k == "kv":
                for lab, val in b[1]:
                    v = esc(val)
                    if isinstance(val, Hand):
                        v = f'<font name="{FH}" color="#1a2a70"><u>{v}</u></font>'
                    story.append(Paragraph(f"{esc(lab)}：{v}", st_l))
            elif k == "table":
                rows, widths = b[1], b[2]
                opt = b[3] if len(b) > 3 else {}
                tot = sum(widths)
                sc, sch = st_cell, st_cellh
                if opt.get("scale"):
                    f = opt["scale"]
                    sc = ParagraphStyle("cs", parent=st_cell, fontSize=size * 0.92 * f, leading=size * 1.4 * f)
                    sch = ParagraphStyle("chs", parent=st_cellh, fontSize=size * 0.92 * f, leading=size * 1.4 * f)
                data = [[Paragraph(esc(c), sch if isinstance(c, Hand) else sc) for c in row]
                        for row in rows]
                t = Table(data, colWidths=[cw * w / tot for w in widths])
                spans = []
                for ri, row in enumerate(rows):
                    last = max([i for i, c in enumerate(row) if str(c) != "" or isinstance(c, Hand)] or [0])
                    if last < len(row) - 1 and all(type(c) is str and c == "" for c in row[last + 1:]):
                        spans.append(("SPAN", (last, ri), (len(row) - 1, ri)))
                t.setStyle(TableStyle(spans + [("GRID", (0, 0), (-1, -1), 0.5, black),
                                       ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 4),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 4)]))
                story.append(t)
                story.append(Spacer(1, 3 * mm))
            elif k == "sign":
                lines, seal = b[1], b[2]
                png = None
                if seal:
                    if seal not in seals:
                        im = seal_image(seal, "", 260, rng=rng, uneven=False).quantize(16).convert("RGBA")
                        bio = io.BytesIO()
                        im.save(bio, "PNG", optimize=True)
                        bio.seek(0)
                        seals[seal] = bio.getvalue()
                    png = io.BytesIO(seals[seal])
                story.append(SignSeal(lines, seal, F, size, cw, png))
            elif k == "gap":
                story.append(Spacer(1, b[1] * mm))
            elif k == "pb":
                story.append(PageBreak())
            elif k == "hr":
                t = Table([[""]], colWidths=[cw], rowHeights=[2])
                t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, black)]))
                story.append(t)
            elif k == "img":
                t = Table([[Paragraph(esc(f"（照片）{b[3]}"), st_cell)]], colWidths=[cw * 0.8],
                          rowHeights=[b[2] * mm])
                t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, black),
                                       ("BACKGROUND", (0, 0), (-1, -1), Color(0.85, 0.85, 0.85)),
                                       ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
                story.append(t)
            else:
                raise ValueError(k)
    tpl.build(story)
    return buf.getvalue(), page_map


def images_pdf(jpegs, size_px, dpi, meta=None):
    """Image-only PDF: one pre-encoded JPEG per A4 page (no text layer)."""
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    if meta:
        c.setTitle(meta.get("title", ""))
        c.setAuthor(meta.get("author", ""))
        c.setCreator(meta.get("creator", ""))
        c.setProducer(meta.get("producer", ""))
    for jp in jpegs:
        c.drawImage(ImageReader(io.BytesIO(jp)), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def set_pdf_date(pdf: bytes, stamp: str) -> bytes:
    """Replace reportlab's invariant date (same length, xref offsets unchanged).
    stamp like "20130702093000+08'00'"."""
    old = b"D:20000101000000+00'00'"
    new = ("D:" + stamp).encode("ascii")
    assert len(old) == len(new), stamp
    return pdf.replace(old, new)

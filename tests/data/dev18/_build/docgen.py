"""Small writers for text-layer PDF (reportlab) and DOCX (python-docx) documents."""
from __future__ import annotations

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import (Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
FONT = "STSong-Light"


def styles(base: float = 11):
    return {
        "title": ParagraphStyle("t", fontName=FONT, fontSize=base + 7, leading=(base + 7) * 1.5, alignment=TA_CENTER),
        "sub": ParagraphStyle("s", fontName=FONT, fontSize=base + 1, leading=(base + 1) * 1.6, alignment=TA_CENTER),
        "p": ParagraphStyle("p", fontName=FONT, fontSize=base, leading=base * 1.75, firstLineIndent=base * 2, wordWrap="CJK"),
        "np": ParagraphStyle("np", fontName=FONT, fontSize=base, leading=base * 1.75, wordWrap="CJK"),
        "right": ParagraphStyle("r", fontName=FONT, fontSize=base, leading=base * 1.75, alignment=TA_RIGHT),
        "cell": ParagraphStyle("c", fontName=FONT, fontSize=base - 1, leading=(base - 1) * 1.45, wordWrap="CJK"),
        "small": ParagraphStyle("sm", fontName=FONT, fontSize=base - 2, leading=(base - 2) * 1.5, wordWrap="CJK"),
    }


class Seal(Flowable):
    """A red (or grey) ring seal with the agency name, drawn right-aligned."""

    def __init__(self, name: str, color=colors.Color(0.85, 0.1, 0.1), r: float = 19 * mm, dx: float = 105 * mm):
        super().__init__()
        self.name, self.color, self.r, self.dx = name, color, r, dx
        self.width, self.height = 0, 4 * mm

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(self.color)
        c.setFillColor(self.color)
        c.setLineWidth(1.6)
        cx, cy = self.dx + self.r, -self.r * 0.35
        c.circle(cx, cy, self.r, stroke=1, fill=0)
        c.setFont(FONT, 13)
        c.drawCentredString(cx, cy - 4, "★")
        c.setFont(FONT, 7)
        import math
        n = len(self.name)
        for i, ch in enumerate(self.name):
            ang = math.radians(210 - i * (240 / max(n - 1, 1)))
            x = cx + (self.r - 9) * math.cos(ang)
            y = cy + (self.r - 9) * math.sin(ang)
            c.saveState()
            c.translate(x, y)
            c.rotate(math.degrees(ang) - 90)
            c.drawCentredString(0, -2, ch)
            c.restoreState()
        c.restoreState()


def blocks_to_flow(blocks, st):
    """blocks: list of (kind, payload). kinds: title, sub, p, np, right, gap, table, seal, pb."""
    out = []
    for kind, val in blocks:
        if kind == "pb":
            out.append(PageBreak())
        elif kind == "gap":
            out.append(Spacer(1, val * mm))
        elif kind == "seal":
            out.append(Seal(val))
        elif kind == "table":
            rows, widths = val["rows"], val["widths"]
            data = [[Paragraph(str(c), st["cell"]) for c in r] for r in rows]
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=0)
            ts = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                  ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            for sp in val.get("spans", []):
                ts.append(("SPAN",) + tuple(sp))
            t.setStyle(TableStyle(ts))
            out.append(t)
        elif kind == "flow":
            out.append(val)
        else:
            for line in val.split("\n"):
                out.append(Paragraph(line if line else "&nbsp;", st[kind]))
    return out


def simple_pdf(path, blocks, base=11, footer=None, margins=(22, 20, 22, 20)):
    """One document as a text-layer PDF. footer(page_no) -> str or None."""
    st = styles(base)
    def on_page(c, doc):
        if footer:
            c.saveState()
            c.setFont(FONT, 9)
            c.drawCentredString(A4[0] / 2, 12 * mm, footer(c.getPageNumber()))
            c.restoreState()
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=margins[0] * mm, rightMargin=margins[2] * mm,
                            topMargin=margins[1] * mm, bottomMargin=margins[3] * mm, title="", author="", creator="", producer="")
    doc.build(blocks_to_flow(blocks, st), onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- DOCX

def _set_run_font(run, size=12, bold=False, name="宋体"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def new_docx():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(25), Mm(22)
    stl = doc.styles["Normal"]
    stl.font.name = "宋体"
    stl.font.size = Pt(12)
    stl.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    core = doc.core_properties
    core.author = ""
    core.last_modified_by = ""
    core.comments = ""
    return doc


def add_field(run, instr: str):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._element.append(el)


def page_footer(doc, prefix="第 ", mid=" 页", total=False):
    for sec in doc.sections:
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(prefix); _set_run_font(r, 9)
        r = p.add_run(); _set_run_font(r, 9); add_field(r, "PAGE")
        r = p.add_run(mid); _set_run_font(r, 9)
        if total:
            r = p.add_run("，共 "); _set_run_font(r, 9)
            r = p.add_run(); _set_run_font(r, 9); add_field(r, "NUMPAGES")
            r = p.add_run(" 页"); _set_run_font(r, 9)


def para(doc, text="", size=12, bold=False, align="left", indent=False, space_after=2):
    p = doc.add_paragraph()
    p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                   "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.25
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        r = p.add_run(text)
        _set_run_font(r, size, bold)
    return p


def framed(doc, text, w_mm=60, x_mm=110, y_mm=None, size=11, border=True, anchor_v="text"):
    """A paragraph held in a Word frame (w:framePr): its value sits outside the body flow."""
    p = para(doc, text, size=size)
    ppr = p._element.get_or_add_pPr()
    fp = OxmlElement("w:framePr")
    fp.set(qn("w:w"), str(int(w_mm * 56.7)))
    fp.set(qn("w:hSpace"), "180")
    fp.set(qn("w:wrap"), "around")
    fp.set(qn("w:vAnchor"), anchor_v)
    fp.set(qn("w:hAnchor"), "margin")
    fp.set(qn("w:x"), str(int(x_mm * 56.7)))
    if y_mm is not None:
        fp.set(qn("w:y"), str(int(y_mm * 56.7)))
    ppr.insert(0, fp)
    if border:
        bd = OxmlElement("w:pBdr")
        for side in ("top", "left", "bottom", "right"):
            e = OxmlElement(f"w:{side}")
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "4"); e.set(qn("w:space"), "1"); e.set(qn("w:color"), "000000")
            bd.append(e)
        ppr.append(bd)
    return p


def textbox(doc, lines, w_mm=70, h_mm=18, size=11, left_mm=90):
    """A VML text box (w:pict/v:textbox) holding one or more lines, anchored in its own paragraph."""
    from lxml import etree
    p = para(doc)
    body = "".join(
        f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="{size*2}"/></w:rPr><w:t xml:space="preserve">{ln}</w:t></w:r></w:p>'
        for ln in lines)
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        f'<w:pict><v:shape id="tb{__import__("zlib").crc32("|".join(lines).encode()) % 100000}" type="#_x0000_t202" '
        f'style="position:relative;margin-left:{left_mm}mm;margin-top:0;width:{w_mm}mm;height:{h_mm}mm;z-index:1" '
        'strokecolor="#000000" strokeweight="0.5pt"><v:textbox inset="2mm,1mm,2mm,1mm">'
        f'<w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p._element.append(etree.fromstring(xml))
    return p


def page_break(doc):
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def docx_table(doc, rows, widths_mm, size=11):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, val in enumerate(r):
            cell = t.cell(i, j)
            cell.width = Mm(widths_mm[j])
            cell.text = ""
            run = cell.paragraphs[0].add_run(str(val))
            _set_run_font(run, size)
    return t


def red_seal_text(doc, name):
    p = para(doc, f"（{name}印章）", size=11, align="right")
    for r in p.runs:
        r.font.color.rgb = RGBColor(0xC0, 0x10, 0x10)
    return p


# ---------------------------------------------------------------- whole-case PDF with a 卷内目录

class Mark(Flowable):
    """Zero-size flowable that records the physical page it lands on."""

    def __init__(self, store, key):
        super().__init__()
        self.store, self.key = store, key
        self.width = self.height = 0

    def draw(self):
        self.store[self.key] = self.canv.getPageNumber()


def case_pdf(path, cover, toc, docs, footer, base=11, front_pages=2, margins=(22, 20, 22, 22)):
    """cover: blocks; toc(ranges)->blocks where ranges[i]=(first,last) numbered pages;
    docs: list of (title, blocks, newpage); footer(canvas, numbered_page) draws the page number.
    Numbered page = physical page - front_pages. Builds twice so the 目录 shows real ranges."""
    st = styles(base)
    ranges = [(0, 0)] * len(docs)
    for _ in range(3):
        store = {}
        flow = blocks_to_flow(cover, st) + [PageBreak()] + blocks_to_flow(toc(ranges), st)
        for i, (title, blocks, newpage) in enumerate(docs):
            if newpage:
                flow.append(PageBreak())
            from reportlab.platypus import KeepTogether
            inner = [Mark(store, ("s", i))] + blocks_to_flow(blocks, st) + [Mark(store, ("e", i))]
            flow += inner if newpage else [KeepTogether(inner)]

        def on_page(c, doc):
            n = c.getPageNumber() - front_pages
            if n >= 1:
                footer(c, n)
        doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=margins[0] * mm, rightMargin=margins[2] * mm,
                                topMargin=margins[1] * mm, bottomMargin=margins[3] * mm, title="", author="", creator="", producer="")
        doc.build(flow, onFirstPage=on_page, onLaterPages=on_page)
        new = [(store[("s", i)] - front_pages, store[("e", i)] - front_pages) for i in range(len(docs))]
        if new == ranges:
            break
        ranges = new
    return ranges

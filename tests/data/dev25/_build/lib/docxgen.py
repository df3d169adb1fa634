"""DOCX backend: one section per document (section break = new page), forms as tables."""
import datetime as dt
import io

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

from .common import rezip_fixed
from .model import Hand


def _font(run, name="仿宋_GB2312", size=None, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)
    if size:
        run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def _textbox(paragraph, text, w_mm=42, h_mm=42):
    """Anchor a VML text box (round, red outline) to a paragraph: used for the seal impression."""
    xml = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
        f'xmlns:o="urn:schemas-microsoft-com:office:office">'
        f'<w:pict><v:oval style="position:absolute;margin-left:-30mm;margin-top:-14mm;'
        f'width:{w_mm}mm;height:{h_mm}mm;z-index:-1" strokecolor="#D02020" strokeweight="2pt" filled="f">'
        f'<v:textbox><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
        f'<w:r><w:rPr><w:color w:val="D02020"/><w:sz w:val="18"/></w:rPr><w:t>{text}</w:t></w:r></w:p>'
        f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:color w:val="D02020"/><w:sz w:val="28"/></w:rPr>'
        f'<w:t>★</w:t></w:r></w:p></w:txbxContent></v:textbox></v:oval></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))


def build_docx(docs, core, body_font="仿宋_GB2312", title_font="方正小标宋简体", size=12, hand_font="楷体",
               footer_fmt="第 {PAGE} 页", header_text=None):
    d = Document()
    # base style
    normal = d.styles["Normal"]
    normal.font.name = body_font
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), body_font)
    normal.font.size = Pt(size)
    first = True
    for di, dd in enumerate(docs):
        if first:
            sec = d.sections[0]
            first = False
        else:
            sec = d.add_section(WD_SECTION.NEW_PAGE)
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.left_margin, sec.right_margin = Mm(28), Mm(26)
        sec.top_margin, sec.bottom_margin = Mm(30), Mm(25)
        # header/footer per section: unlink and write the document title
        sec.header.is_linked_to_previous = False
        sec.footer.is_linked_to_previous = False
        hp = sec.header.paragraphs[0]
        hp.text = ""
        r = hp.add_run(header_text or "")
        _font(r, body_font, 9)
        fp = sec.footer.paragraphs[0]
        fp.text = ""
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if dd.get("numbered", True):
            pre, post = footer_fmt.split("{PAGE}")
            r = fp.add_run(pre)
            _font(r, body_font, 9)
            fld = parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>')
            fp._p.append(fld)
            r = fp.add_run(post)
            _font(r, body_font, 9)
        for b in dd["blocks"]:
            k = b[0]
            if k in ("h", "sub"):
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(str(b[1]))
                if k == "h":
                    _font(r, title_font, 20, bold=False)
                else:
                    _font(r, body_font, size)
            elif k in ("p", "l", "r"):
                p = d.add_paragraph()
                if k == "p":
                    p.paragraph_format.first_line_indent = Pt(size * 2)
                if k == "r":
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.paragraph_format.line_spacing = Pt(size * 1.9)
                r = p.add_run(str(b[1]))
                if isinstance(b[1], Hand):
                    _font(r, hand_font, size, color=(0x1A, 0x2A, 0x70))
                else:
                    _font(r, body_font, size)
            elif k == "kv":
                for lab, val in b[1]:
                    p = d.add_paragraph()
                    r = p.add_run(f"{lab}：")
                    _font(r, body_font, size)
                    r = p.add_run(str(val))
                    if isinstance(val, Hand):
                        _font(r, hand_font, size, color=(0x1A, 0x2A, 0x70))
                        r.underline = True
                    else:
                        _font(r, body_font, size)
            elif k == "table":
                rows, widths = b[1], b[2]
                ncol = len(widths)
                t = d.add_table(rows=len(rows), cols=ncol)
                t.style = "Table Grid"
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                tot = sum(widths)
                for ri, row in enumerate(rows):
                    for ci in range(ncol):
                        cell = t.cell(ri, ci)
                        cell.width = Mm(156 * widths[ci] / tot)
                        val = row[ci] if ci < len(row) else ""
                        lines = str(val).split("\n")
                        cell.paragraphs[0].text = ""
                        for li, ln in enumerate(lines):
                            p = cell.paragraphs[0] if li == 0 else cell.add_paragraph()
                            r = p.add_run(ln)
                            if isinstance(val, Hand):
                                _font(r, hand_font, size - 1.5, color=(0x1A, 0x2A, 0x70))
                            else:
                                _font(r, body_font, size - 1.5)
                for ri, row in enumerate(rows):
                    row = list(row) + [""] * (ncol - len(row))
                    L = max([i for i, c in enumerate(row) if str(c) != "" or isinstance(c, Hand)] or [0])
                    if L < ncol - 1 and all(type(c) is str and c == "" for c in row[L + 1:]):
                        t.cell(ri, L).merge(t.cell(ri, ncol - 1))
                d.add_paragraph()
            elif k == "sign":
                lines, seal = b[1], b[2]
                d.add_paragraph()
                for i, ln in enumerate(lines):
                    p = d.add_paragraph()
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    r = p.add_run(str(ln))
                    _font(r, body_font, size)
                    if i == 0 and seal:
                        _textbox(p, seal)
                if seal:
                    p = d.add_paragraph()
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    r = p.add_run("（印章）")
                    _font(r, body_font, size - 2)
            elif k == "gap":
                d.add_paragraph()
            elif k == "pb":
                d.add_page_break()
            elif k == "hr":
                p = d.add_paragraph("—" * 24)
            elif k == "img":
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(f"（照片：{b[3]}）")
                _font(r, body_font, size - 1)
            else:
                raise ValueError(k)
    cp = d.core_properties
    cp.author = core.get("author", "")
    cp.last_modified_by = core.get("author", "")
    cp.title = core.get("title", "")
    cp.created = core.get("created", dt.datetime(2025, 1, 1))
    cp.modified = core.get("modified", dt.datetime(2025, 1, 1))
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return rezip_fixed(slim(buf.getvalue()), first="[Content_Types].xml")


def slim(data: bytes) -> bytes:
    """Drop template leftovers (thumbnail, stylesWithEffects, customXml) and their relationships."""
    import re
    import zipfile
    drop = {"docProps/thumbnail.jpeg", "word/stylesWithEffects.xml", "customXml/item1.xml",
            "customXml/itemProps1.xml", "customXml/_rels/item1.xml.rels"}
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in src.namelist():
            if n in drop:
                continue
            b = src.read(n)
            if n in ("_rels/.rels", "word/_rels/document.xml.rels"):
                t = b.decode("utf-8")
                t = re.sub(r'<Relationship [^>]*Target="[^"]*(thumbnail\.jpeg|stylesWithEffects\.xml|customXml/item1\.xml)"[^>]*/>', "", t)
                b = t.encode("utf-8")
            if n == "[Content_Types].xml":
                t = b.decode("utf-8")
                t = re.sub(r'<Override PartName="/(docProps/thumbnail\.jpeg|word/stylesWithEffects\.xml|customXml/itemProps1\.xml)"[^>]*/>', "", t)
                b = t.encode("utf-8")
            z.writestr(n, b)
    return out.getvalue()

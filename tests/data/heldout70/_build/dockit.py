"""python-docx helpers: paragraphs, tables, a VML text box, sections."""
import copy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Mm


def new_doc(font="宋体", size=12):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(26)
    sec.top_margin, sec.bottom_margin = Mm(30), Mm(25)
    return doc


def para(doc, text, align=None, bold=False, size=None, indent=True, font=None):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif indent:
        p.paragraph_format.first_line_indent = Pt(24)
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return p


def table(doc, rows, widths=None):
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            t.cell(i, j).text = str(c)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Mm(w)
    return t


def textbox(doc, text, width_mm=60, height_mm=22):
    """Anchored VML text box (as old Word files carry for seal notes / stamps)."""
    p = doc.add_paragraph()
    xml = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        f'<w:pict><v:shape id="tb{sum(map(ord, text)) % 9999}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:260pt;margin-top:-40pt;width:{width_mm * 2.835:.0f}pt;height:{height_mm * 2.835:.0f}pt;z-index:5" '
        f'strokecolor="#C00000" strokeweight="1.5pt"><v:textbox><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
        f'<w:r><w:rPr><w:color w:val="C00000"/></w:rPr><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(xml))
    return p


def new_section(doc, header_text=None):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    if header_text is not None:
        sec.header.is_linked_to_previous = False
        hp = sec.header.paragraphs[0] if sec.header.paragraphs else sec.header.add_paragraph()
        hp.text = header_text
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return sec


def page_break(doc):
    doc.add_page_break()


def docx_text(path):
    d = Document(path)
    out = []
    body = d.element.body
    for el in body.iter():
        if el.tag == qn("w:t") and el.text:
            out.append(el.text)
        elif el.tag in (qn("w:p"),):
            out.append("\n")
        elif el.tag == qn("w:tc"):
            out.append("\t")
    for s in d.sections:
        for p in s.header.paragraphs:
            out.append(p.text + "\n")
    return "".join(out)


def save_fixed(doc, path, when=(2020, 1, 1, 0, 0, 0)):
    """Save with fixed zip timestamps so rebuilding gives identical bytes."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())

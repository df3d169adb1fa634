"""DOCX rendering of the block model with python-docx: one section per document,
running header, PAGE field in the footer, form tables, seal pictures, an optional
VML text box."""
import io

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

from render_img import make_seal

_SEALS = {}


def _font(run, name="宋体", size=12, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if color:
        run.font.color.rgb = RGBColor(*color)


def _para(doc_or_cell, text, align=None, indent=False, size=12, bold=False, name="仿宋", color=None):
    p = doc_or_cell.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_after = Pt(2)
    _font(p.add_run(text), name=name, size=size, bold=bold, color=color)
    return p


def _page_field(paragraph):
    run = paragraph.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "separate")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = " PAGE "
        run._r.append(el)
    t = OxmlElement("w:t")
    t.text = "1"
    run._r.append(t)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def add_textbox(paragraph, text, width_pt=150, height_pt=40, left_pt=300, top_pt=0):
    """A floating VML text box (w:pict/v:shape/v:textbox) holding one line of text."""
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shape id="tb1" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:{left_pt}pt;margin-top:{top_pt}pt;width:{width_pt}pt;'
        f'height:{height_pt}pt;z-index:2" strokecolor="#c00000" strokeweight="1.5pt">'
        '<v:textbox><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r>'
        '<w:rPr><w:rFonts w:eastAsia="黑体"/><w:color w:val="C00000"/><w:sz w:val="21"/></w:rPr>'
        f'<w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    paragraph._p.append(etree.fromstring(xml))


def _seal_png(top, bottom):
    key = (top, bottom)
    if key not in _SEALS:
        im = make_seal(top, bottom, size=220, seed=len(_SEALS) + 11)
        b = io.BytesIO()
        im.save(b, "PNG", optimize=True)
        _SEALS[key] = b.getvalue()
    return _SEALS[key]


def _table(doc, rows, widths, total_cm=15.5):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        cells = t.rows[i].cells
        if len(r) < ncol:
            cells[len(r) - 1].merge(cells[ncol - 1])
        for j, c in enumerate(r):
            txt = c[1] if isinstance(c, tuple) else c
            cell = t.rows[i].cells[j]
            cell.text = ""
            lines = txt.split("\n")
            p = cell.paragraphs[0]
            _font(p.add_run(lines[0]), name="仿宋", size=11)
            for ln in lines[1:]:
                _font(cell.add_paragraph().add_run(ln), name="仿宋", size=11)
        for j, w in enumerate(widths[:ncol]):
            t.rows[i].cells[j].width = Cm(w * total_cm)
    doc.add_paragraph()
    return t


def build_docx(path, parts, header_text=None):
    """parts: list of (title, blocks); each starts a new section (new page)."""
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "仿宋"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋")
    first = True
    for title, blocks in parts:
        is_first = first
        if first:
            sec = doc.sections[0]
            first = False
        else:
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(2.6)
        sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.3)
        if header_text:
            sec.header.is_linked_to_previous = not is_first
            sec.footer.is_linked_to_previous = not is_first
            if is_first:
                hp = sec.header.paragraphs[0]
                hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                _font(hp.add_run(header_text), name="宋体", size=9)
                fp = sec.footer.paragraphs[0]
                fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                _font(fp.add_run("— "), size=10)
                _page_field(fp)
                _font(fp.add_run(" —"), size=10)
        for b in blocks:
            k = b[0]
            if k == "title":
                _para(doc, b[1], align="c", size=18, bold=True, name="宋体")
            elif k == "sub":
                _para(doc, b[1], align="c", size=12)
            elif k == "p":
                _para(doc, b[1], indent=True)
            elif k in ("pl", "hand"):
                _para(doc, b[1])
            elif k == "right":
                _para(doc, b[1], align="r")
            elif k == "table":
                _table(doc, b[1], b[2])
            elif k == "kv":
                _table(doc, [[lab, val] for lab, val, _h in b[1]], [0.28, 0.72])
            elif k == "sign":
                for lab, val, _h in b[1]:
                    _para(doc, f"{lab}：{val or ''}")
            elif k == "seal":
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.add_run().add_picture(io.BytesIO(_seal_png(b[1], b[2] if len(b) > 2 else "")),
                                        width=Cm(4.0))
            elif k == "gap":
                for _ in range(b[1]):
                    doc.add_paragraph()
            elif k == "textbox":
                add_textbox(doc.add_paragraph(), b[1])
            elif k == "photo":
                _para(doc, "［照片］" + b[1])
            elif k == "page":
                doc.add_page_break()
    # deterministic core properties
    cp = doc.core_properties
    import datetime as _dt
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = cp.modified = _dt.datetime(2022, 5, 16, 9, 0, 0)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the package with fixed timestamps so that builds are byte-identical
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(str(path), "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2022, 5, 16, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))

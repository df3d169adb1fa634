"""python-docx helpers: 宋体 text, Word tables for forms, explicit page breaks, PAGE field footer."""
from __future__ import annotations

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt


def _font(run, size: float = 10.5, bold: bool = False, name: str = "宋体") -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)


def new_document() -> Document:
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin = sec.bottom_margin = Cm(2.4)
    sec.left_margin = sec.right_margin = Cm(2.6)
    normal = doc.styles["Normal"]
    normal.font.name = "宋体"
    normal.font.size = Pt(10.5)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    # footer: centred PAGE field as “- n -”
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(p.add_run("- "), 9)
    run = p.add_run()
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)
    _font(run, 9)
    _font(p.add_run(" -"), 9)
    return doc


def para(doc, text: str = "", size: float = 10.5, bold: bool = False, align: str = "left",
         indent: bool = False, space_after: float = 2, font: str = "宋体"):
    p = doc.add_paragraph()
    p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                   "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.25
    if indent:
        pf.first_line_indent = Pt(21)
    if text:
        _font(p.add_run(text), size, bold, font)
    return p


def body(doc, text: str, indent: bool = True) -> None:
    for line in text.strip("\n").split("\n"):
        if line.strip():
            para(doc, line.strip(), indent=indent, align="justify")


def title(doc, agency: str, name: str, number: str = "") -> None:
    para(doc, agency, 15, True, "center", font="黑体", space_after=0)
    for part in name.split("\n"):
        para(doc, part, 18, True, "center", font="黑体", space_after=0)
    if number:
        para(doc, number, 10.5, False, "right", space_after=6)
    else:
        para(doc, "", space_after=4)


def table(doc, rows: list[list[str]], widths_cm: list[float], merges: list[tuple] | None = None, size=10):
    t = doc.add_table(rows=len(rows), cols=len(widths_cm))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.width = Cm(widths_cm[j])
            if val is None:
                continue
            cell.paragraphs[0].text = ""
            lines = val.split("\n")
            _font(cell.paragraphs[0].add_run(lines[0]), size)
            for extra in lines[1:]:
                _font(cell.add_paragraph().add_run(extra), size)
    for (r1, c1, r2, c2) in merges or []:
        t.cell(r1, c1).merge(t.cell(r2, c2))
    return t


def page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def picture(doc, path, width_cm: float) -> None:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run().add_picture(path if hasattr(path, "read") else str(path), width=Cm(width_cm))

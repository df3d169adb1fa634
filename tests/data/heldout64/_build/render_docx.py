"""DOCX rendering: one Word section per page, Word tables, page number in the footer."""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from common import SIG

FIXED = dt.datetime(2017, 7, 5, 9, 0, 0)


def _font(run, name="宋体", size=None, bold=False, italic=False):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic


def _runs(par, text, size=10.5, bold=False, name="宋体"):
    """Add text with {s:NAME} signatures set in 楷体."""
    pos = 0
    for m in SIG.finditer(text):
        if m.start() > pos:
            _font(par.add_run(text[pos:m.start()]), name, size, bold)
        _font(par.add_run(m.group(1)), "楷体", size + 1.5, False, True)
        pos = m.end()
    if pos < len(text):
        _font(par.add_run(text[pos:]), name, size, bold)


def _setup(section):
    section.page_height = Cm(29.7)
    section.page_width = Cm(21.0)
    section.top_margin = Cm(2.5)
    section.bottom_margin = Cm(2.2)
    section.left_margin = Cm(2.6)
    section.right_margin = Cm(2.4)
    section.footer_distance = Cm(1.2)


def _para(doc, text, align=None, size=10.5, bold=False, name="宋体", space_after=2):
    par = doc.add_paragraph()
    if align:
        par.alignment = align
    par.paragraph_format.space_after = Pt(space_after)
    par.paragraph_format.space_before = Pt(0)
    par.paragraph_format.line_spacing = 1.25
    _runs(par, text, size, bold, name)
    return par


def _table(doc, rows, widths):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    widths = widths or [1] * ncol
    total_cm = 15.8
    cms = [total_cm * w / sum(widths) for w in widths]
    for j, col in enumerate(t.columns):
        col.width = Cm(cms[j])
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(cms[j] * 567)))
    for i, row in enumerate(rows):
        for j in range(ncol):
            cell = t.cell(i, j)
            cell.width = Cm(cms[j])
            txt = str(row[j]) if j < len(row) else ""
            cell.paragraphs[0].text = ""
            lines = txt.split("\n")
            for k, ln in enumerate(lines):
                par = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                par.paragraph_format.space_after = Pt(0)
                par.paragraph_format.line_spacing = 1.15
                _runs(par, ln, 10, bold=(i == 0 and len(rows) > 1 and ncol > 2 and widths != [4, 14]))
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


def render(case, out_path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)
    first = True
    for d in case.docs:
        for i, blocks in enumerate(d.pages):
            if first:
                section = doc.sections[0]
                first = False
            else:
                section = doc.add_section(WD_SECTION.NEW_PAGE)
            _setup(section)
            section.footer.is_linked_to_previous = False
            fp = section.footer.paragraphs[0]
            fp.text = ""
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if d.numbered:
                _font(fp.add_run(case.footer.format(n=d.first + i)), "宋体", 10.5)
            for b in blocks:
                if b.kind == "h1":
                    _para(doc, b.text, WD_ALIGN_PARAGRAPH.CENTER, 16, True, "黑体", 4)
                elif b.kind == "h2":
                    _para(doc, b.text, WD_ALIGN_PARAGRAPH.CENTER, 14, True, "宋体", 4)
                elif b.kind == "c":
                    _para(doc, b.text, WD_ALIGN_PARAGRAPH.CENTER)
                elif b.kind == "p":
                    _para(doc, b.text, WD_ALIGN_PARAGRAPH.JUSTIFY)
                elif b.kind == "r":
                    _para(doc, b.text, WD_ALIGN_PARAGRAPH.RIGHT)
                elif b.kind == "seal":
                    _para(doc, "（印章）", WD_ALIGN_PARAGRAPH.RIGHT)
                elif b.kind == "gap":
                    for _ in range(int(b.size or 1)):
                        _para(doc, "")
                elif b.kind == "table":
                    _table(doc, b.rows, b.widths)
                else:
                    raise ValueError(b.kind)
    cp = doc.core_properties
    cp.author = case.agency
    cp.last_modified_by = case.agency
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = "行政处罚案卷"
    buf = io.BytesIO()
    doc.save(buf)
    # re-zip with fixed timestamps so the file is byte-stable between builds
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2017, 7, 5, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))

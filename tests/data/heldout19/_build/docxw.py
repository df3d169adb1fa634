"""Write page-markup (see render.py) into a .docx with real Word tables and page breaks."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt


def _font(run, size):
    run.font.size = Pt(size)
    run.font.name = "宋体"
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    return run


def write_docx(path, pages):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(12)
    first = True
    for text, footer in pages:
        if not first:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        first = False
        lines = text.strip("\n").split("\n")
        i = 0
        while i < len(lines):
            ln = lines[i]
            if ln.startswith("||"):
                rows = []
                while i < len(lines) and lines[i].startswith("||"):
                    rows.append(lines[i][2:].split("\t"))
                    i += 1
                ncol = max(len(r) for r in rows)
                t = doc.add_table(rows=len(rows), cols=ncol)
                t.style = "Table Grid"
                for r, row in enumerate(rows):
                    for c in range(ncol):
                        t.cell(r, c).text = row[c] if c < len(row) else ""
                    if len(row) < ncol:
                        t.cell(r, len(row) - 1).merge(t.cell(r, ncol - 1))
                        t.cell(r, len(row) - 1).text = row[-1]
                continue
            i += 1
            if not ln.strip():
                continue
            p = doc.add_paragraph()
            if ln.startswith("^^"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                _font(p.add_run(ln[2:]), 18).bold = True
            elif ln.startswith("^"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                _font(p.add_run(ln[1:]), 14)
            elif ln.startswith(">>"):
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                _font(p.add_run(ln[2:]), 12)
            else:
                p.paragraph_format.first_line_indent = Pt(24)
                _font(p.add_run(ln), 12)
        if footer:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(footer), 10.5)
    doc.save(path)

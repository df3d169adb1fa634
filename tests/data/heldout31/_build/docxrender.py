"""DOCX renderer (python-docx) for the common.Doc markup: real Word tables for '|' rows, page breaks between
pages, typed page number at the foot of numbered pages."""
from __future__ import annotations

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt


def _font(run, size=10.5, bold=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "宋体"
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def render(path, pages: list[tuple[str, int | None]], footer, seal_text: str) -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    st = doc.styles["Normal"]
    st.paragraph_format.space_after = Pt(2)
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for pi, (markup, num) in enumerate(pages):
        rows: list[list[str]] = []

        def flush():
            nonlocal rows
            if not rows:
                return
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = t.rows[i].cells
                if len(r) < ncol:
                    cells[len(r) - 1].merge(cells[ncol - 1])
                for j, v in enumerate(r):
                    cell = t.rows[i].cells[j]
                    cell.text = ""
                    _font(cell.paragraphs[0].add_run(v), 10.5)
            rows = []

        for ln in markup.split("\n"):
            if ln.startswith("|"):
                rows.append([s.strip() for s in ln.strip().strip("|").split("|")])
                continue
            flush()
            ln = ln.replace("{{SEAL}}", seal_text)
            if ln.startswith("@C "):
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                _font(p.add_run(ln[3:]), 18, True)
            elif ln.startswith("@R "):
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                _font(p.add_run(ln[3:]))
            else:
                p = doc.add_paragraph()
                _font(p.add_run(ln))
        flush()
        if num is not None and footer:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(footer(num)), 9)
        if pi < len(pages) - 1:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(str(path))

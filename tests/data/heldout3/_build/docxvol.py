"""Build a DOCX volume with python-docx: centred bold titles, 文号 right-aligned, real Word tables
for forms, a page break between documents and a page-number line at the foot of each page."""

from __future__ import annotations

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt

# A document is a list of blocks: ("org", s) agency line, ("title", s), ("no", s) 文号 right,
# ("p", s) body paragraph, ("right", s) right-aligned line (落款), ("table", rows),
# ("break",) page break inside a document.


def new_document() -> Document:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "宋体"
    style.font.size = Pt(12)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    return doc


def _para(doc, text: str, align=None, bold=False, size=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def add_blocks(doc, blocks: list[tuple]) -> None:
    for b in blocks:
        kind = b[0]
        if kind == "org":
            _para(doc, b[1], WD_ALIGN_PARAGRAPH.CENTER, True, 16)
        elif kind == "title":
            _para(doc, b[1], WD_ALIGN_PARAGRAPH.CENTER, True, 18)
        elif kind == "no":
            _para(doc, b[1], WD_ALIGN_PARAGRAPH.RIGHT)
        elif kind == "right":
            _para(doc, b[1], WD_ALIGN_PARAGRAPH.RIGHT)
        elif kind == "p":
            _para(doc, b[1])
        elif kind == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, r in enumerate(rows):
                cells = t.rows[i].cells
                if len(r) < ncol:  # a label followed by one wide cell
                    cells[len(r) - 1].merge(cells[ncol - 1])
                for j, val in enumerate(r):
                    cells[j].text = val
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)


def page_foot(doc, text: str) -> None:
    _para(doc, text, WD_ALIGN_PARAGRAPH.CENTER, size=9)


def build_volume(path, parts: list[tuple[str, list[list[tuple]]]], foot: str = "- {p} -",
                 unnumbered: int = 2, tail: list[list[tuple]] | None = None) -> dict[str, tuple[int, int]]:
    """parts: (title, pages) where pages is a list of block lists. The first `unnumbered` parts
    (cover, 卷内目录) carry no page number. Returns each numbered part's page range."""
    doc = new_document()
    ranges: dict[str, tuple[int, int]] = {}
    p = 1
    first_page = True
    for idx, (title, pages) in enumerate(parts):
        start = p
        for blocks in pages:
            if not first_page:
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            first_page = False
            add_blocks(doc, blocks)
            if idx >= unnumbered:
                if foot:
                    page_foot(doc, foot.format(p=p))
                p += 1
        if idx >= unnumbered:
            ranges[title] = (start, p - 1)
    for blocks in tail or []:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        add_blocks(doc, blocks)
    doc.save(str(path))
    return ranges


def count_pages(parts) -> dict[str, tuple[int, int]]:
    """Page ranges the numbered parts will get (parts after cover and 目录)."""
    ranges, p = {}, 1
    for title, pages in parts:
        ranges[title] = (p, p + len(pages) - 1)
        p += len(pages)
    return ranges

"""Word files: one .docx holding the whole case (page breaks between documents) or one per document.

Forms are real Word tables. Core properties and zip timestamps are fixed so a seed gives the same
bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from casecheck.generate.case import GenCase
from casecheck.generate.docmodel import Doc, to_ascii
from casecheck.generate.layout import Laid

FIXED = dt.datetime(2024, 1, 1, 0, 0, 0)


def _t(text: str, case: GenCase) -> str:
    return to_ascii(text) if case.style.ascii_punct else text


def _add_doc(document, doc: Doc, case: GenCase) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    heads = [b for b in doc.blocks if b.kind == "title"]
    for b in heads:
        p = document.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(_t(b.text, case))
        r.bold = True
        r.font.size = Pt(16)
    p = document.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(_t(doc.title, case))
    r.bold = True
    r.font.size = Pt(18)
    for b in doc.blocks:
        if b.kind == "title":
            continue
        if b.kind == "table":
            cols = max(len(row) for row in b.rows)
            table = document.add_table(rows=len(b.rows), cols=cols)
            table.style = "Table Grid"
            for i, row in enumerate(b.rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = _t(cell, case)
        elif b.kind == "right":
            p = document.add_paragraph(_t(b.text, case))
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif b.kind == "blank":
            document.add_paragraph("")
        else:
            document.add_paragraph(_t(b.text, case))


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed timestamps (python-docx stamps the current time)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def write_docx(laid: Laid, case: GenCase, path: Path, only: int | None = None) -> None:
    """The whole case (or document ``only``) as a .docx at ``path``."""
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    props = document.core_properties
    props.author = case.agency.name
    props.created = props.modified = props.last_printed = FIXED
    props.last_modified_by = ""
    props.revision = 1
    props.title = case.case_id
    docs = laid.docs if only is None else [laid.docs[only]]
    for i, doc in enumerate(docs):
        if i:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _add_doc(document, doc, case)
    buf = io.BytesIO()
    document.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))

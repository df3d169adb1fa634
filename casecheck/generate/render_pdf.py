"""Text-layer PDFs: one A4 page per laid-out page, the CJK font embedded (subset), fixed metadata.

``reportlab``'s ``invariant`` mode fixes the creation date and document id, so a seed gives the
same bytes.
"""

from __future__ import annotations

from pathlib import Path

from casecheck.generate.case import GenCase
from casecheck.generate.fonts import pdf_font
from casecheck.generate.layout import Laid, footer

PAGE_W, PAGE_H = 595.27, 841.89
LEFT, TOP, LEADING, SIZE = 62.0, 790.0, 17.5, 12.5


def line_kind(line: str) -> str:
    """``title`` (4-space indent), ``right`` (20-space indent) or ``body`` — as ``layout`` writes them."""
    if line.startswith(" " * 20):
        return "right"
    if line.startswith("    ") and line[4:5] != " ":
        return "title"
    return "body"


def write_pdf(laid: Laid, case: GenCase, path: Path) -> None:
    """Write ``laid`` as a text PDF to ``path``."""
    from reportlab.pdfgen import canvas

    font = pdf_font()
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
    c.setTitle(case.case_id)
    c.setAuthor(case.agency.name)
    c.setCreator("casecheck.generate")
    for page in laid.pages:
        y = TOP
        for line in page.lines:
            kind = line_kind(line)
            text = line.strip()
            if kind == "title":
                c.setFont(font, SIZE + 3)
                c.drawCentredString(PAGE_W / 2, y, text)
            elif kind == "right":
                c.setFont(font, SIZE)
                c.drawRightString(PAGE_W - LEFT, y, text)
            else:
                c.setFont(font, SIZE)
                c.drawString(LEFT, y, line)
            y -= LEADING
        if page.number is not None:
            c.setFont(font, 10)
            c.drawRightString(PAGE_W - LEFT, 40, footer(page.number, case))
        c.showPage()
    c.save()

"""Character positions on a PDF page, for checks where place matters (signature lines, seals).

pdfplumber is slower than pdfium but gives each character's box and font. Its pages cache
parsed layout objects, so each page is closed (flushing that cache) as soon as it is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pdfplumber

from casecheck.model import CaseError


@dataclass(frozen=True)
class CharBox:
    """One character and its box in PDF points, origin top-left (``top`` grows downwards)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    fontname: str
    size: float


def char_boxes(path: Path, page_number: int) -> list[CharBox]:
    """Characters of page ``page_number`` (1-based) of the PDF at ``path``, in content order.

    Raises ``CaseError`` (``corrupt_pdf``, ``encrypted_pdf``) instead of pdfplumber's errors, and
    ``ValueError`` for a page number out of range.
    """
    boxes: list[CharBox] = []
    try:
        with pdfplumber.open(path) as pdf:
            count = len(pdf.pages)
            if 1 <= page_number <= count:
                page = pdf.pages[page_number - 1]
                try:
                    boxes = [_box(c) for c in page.chars]
                finally:
                    page.close()
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        text = f"{type(exc).__name__} {exc}".lower()
        kind = "encrypted_pdf" if "password" in text else "corrupt_pdf"
        raise CaseError(kind, f"{path.name}: {type(exc).__name__}: {exc}") from exc
    if not 1 <= page_number <= count:
        raise ValueError(f"{path.name} has no page {page_number} (it has {count})")
    return boxes


def _box(c: dict) -> CharBox:
    return CharBox(
        c["text"],
        float(c["x0"]),
        float(c["top"]),
        float(c["x1"]),
        float(c["bottom"]),
        str(c.get("fontname", "")),
        float(c.get("size", 0.0)),
    )

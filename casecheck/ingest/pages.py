"""What every format reader returns: raw pages, before normalisation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from casecheck.model import OcrWords

if TYPE_CHECKING:  # a text-layer review never loads Pillow or the OCR module
    from PIL import Image

    from casecheck.ingest.ocr import OcrResult


@dataclass(frozen=True)
class RawPage:
    """Text of one page as a reader produced it, how it was obtained, and what went wrong."""

    raw: str
    method: str  # text | ocr | docx | ofd
    confidence: float | None = None
    warnings: tuple[str, ...] = ()
    imaged: bool = False  # examined as an image, so seal_box (or its absence) means something
    seal_box: tuple[int, int, int, int] | None = None
    words: OcrWords | None = None  # OCR pages: word boxes in the OCR image's pixels
    grey: bool = False  # an image without colour (a grey or black-and-white scan): no red seal shows
    picture: bool = False  # a text-layer page carrying a picture a signature may be in (pdf.py, docx.py)


# The OCR step a reader calls for a page image; ``None`` when OCR is switched off.
OcrFn = Callable[["Image.Image"], "OcrResult"]

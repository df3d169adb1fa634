"""Evidence boxes on page images: a marked span of a page → rectangles over the page's picture.

A text-layer page's raw text is pdfium's text range, so a span of the normalised page text maps
back to raw character indices (``Page.raw_span``) and from there to pdfium's character boxes; a
page the reader read by position (``casecheck.ingest.pdforder``) maps them through that order.
An OCR page's raw text is tesseract's post-processed text: the span is aligned with the OCR word
boxes (``casecheck.ingest.ocrwords``) and scaled from the OCR image's pixels to the displayed
page (PDF points for a scanned PDF page, the shown PNG's pixels for a photo). Boxes of one line
are merged into one rectangle. A span that cannot be placed gets no box; the overlay lists it
(``unplaced``) with the reason, so the page can say so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casecheck.ingest.ocrwords import align, scale_rect, span_boxes, word_rects
from casecheck.ingest.pdforder import reading_order

# (raw start, raw end, element id or "", link target, title)
Wanted = tuple[int, int, str, str, str]


@dataclass(frozen=True)
class Box:
    """A highlighted rectangle in SVG coordinates (PDF points, origin top left)."""

    x: float
    y: float
    width: float
    height: float
    id: str
    link: str
    title: str


@dataclass(frozen=True)
class Overlay:
    """A page's size (PDF points, or the shown image's pixels) and its boxes; the evidence that
    got no box as (link, title) pairs, and why."""

    width: float
    height: float
    boxes: tuple[Box, ...]
    unplaced: tuple[tuple[str, str], ...] = ()
    reason: str = ""


PAD = 1.5  # around each box, in overlay units
NO_WORDS = "此页的 OCR 结果缓存于旧版本，没有字词位置；清除 OCR 缓存后重新载入即可画框"
NOT_ALIGNED = "OCR 识别文字与字词位置对不上，无法可靠定位"


def ocr_overlay(page: Any, spans: Sequence[Wanted], size: tuple[float, float]) -> Overlay:
    """Boxes for the wanted raw spans of an OCR ``page`` (``model.Page``) shown at ``size``.

    The spans index ``page.raw``, the text the OCR words are aligned with. Without word boxes, or
    where a span does not align, the span is listed as unplaced rather than boxed.
    """
    width, height = size
    if page.words is None:
        return Overlay(round(width, 1), round(height, 1), (), _unplaced(spans), NO_WORDS)
    ocr = page.words
    mapping, rects = align(page.raw, ocr.words), word_rects(ocr.words)
    boxes: list[Box] = []
    missed: list[Wanted] = []
    for lo, hi, ident, link, title in spans:
        found = span_boxes(page.raw, ocr, lo, hi, mapping, rects)
        if found is None:
            missed.append((lo, hi, ident, link, title))
            continue
        for k, rect in enumerate(found):
            left, top, right, bottom = scale_rect(rect, (ocr.width, ocr.height), size)
            boxes.append(
                Box(
                    round(left - PAD, 1),
                    round(top - PAD, 1),
                    round(right - left + 2 * PAD, 1),
                    round(bottom - top + 2 * PAD, 1),
                    ident if k == 0 else "",
                    link,
                    title,
                )
            )
    return Overlay(
        round(width, 1), round(height, 1), tuple(boxes), _unplaced(missed), NOT_ALIGNED if missed else ""
    )


def _unplaced(spans: Sequence[Wanted]) -> tuple[tuple[str, str], ...]:
    """(link, title) of each span, once per link."""
    seen: dict[str, str] = {}
    for _lo, _hi, _ident, link, title in spans:
        seen.setdefault(link, title)
    return tuple(seen.items())


def _lines(chars: list[tuple[float, float, float, float]]) -> list[tuple[float, float, float, float]]:
    """Merge character boxes (left, bottom, right, top) that sit on one line."""
    out: list[list[float]] = []
    for left, bottom, right, top in chars:
        if right - left <= 0 or top - bottom <= 0:
            continue  # generated characters (line breaks) have no box
        size = top - bottom
        if out and abs(out[-1][1] - bottom) < size * 0.6 and left <= out[-1][2] + size:
            cur = out[-1]
            cur[0], cur[1], cur[2], cur[3] = (
                min(cur[0], left),
                min(cur[1], bottom),
                max(cur[2], right),
                max(cur[3], top),
            )
        else:
            out.append([left, bottom, right, top])
    return [(a, b, c, d) for a, b, c, d in out]


def _order(text: Any, record: Any) -> list[int] | None:
    """pdfium's character index of each character of the page's raw text, when the reader read
    the page by position (``casecheck.ingest.pdforder``: a form whose labels come first in the
    text layer); ``None`` when the raw text is pdfium's text range, index for index."""
    raw = getattr(record, "raw", None)
    if raw is None or raw == text.get_text_range():
        return None
    positional, index = reading_order(text.raw)
    return index if positional == raw else None


def overlays(path: Path, wanted: dict[int, list[Wanted]], pages: Sequence[Any] = ()) -> dict[int, Overlay]:
    """Boxes for the wanted raw spans of each page (1-based) of the PDF at ``path``.

    ``pages`` are the file's ``model.Page`` records: an OCR page is boxed from its OCR words,
    any other from pdfium's character boxes.
    """
    import pypdfium2 as pdfium

    out: dict[int, Overlay] = {}
    pdf = pdfium.PdfDocument(str(path))
    try:
        for number, spans in wanted.items():
            if not 1 <= number <= len(pdf):
                continue
            page = pdf[number - 1]
            width, height = page.get_size()
            record = pages[number - 1] if number <= len(pages) else None
            if record is not None and record.method == "ocr":
                page.close()
                out[number] = ocr_overlay(record, spans, (width, height))
                continue
            text = page.get_textpage()
            try:
                total = text.count_chars()
                order = _order(text, record)
                boxes = []
                for lo, hi, ident, link, title in spans:
                    if order is None:
                        indices = range(max(lo, 0), min(hi, total))
                    else:
                        indices = [k for k in order[max(lo, 0) : hi] if 0 <= k < total]
                    chars = [text.get_charbox(i) for i in indices]
                    for k, (left, bottom, right, top) in enumerate(_lines(chars)):
                        boxes.append(
                            Box(
                                round(left - PAD, 1),
                                round(height - top - PAD, 1),
                                round(right - left + 2 * PAD, 1),
                                round(top - bottom + 2 * PAD, 1),
                                ident if k == 0 else "",
                                link,
                                title,
                            )
                        )
            finally:
                text.close()
                page.close()
            out[number] = Overlay(round(width, 1), round(height, 1), tuple(boxes))
    finally:
        pdf.close()
    return out

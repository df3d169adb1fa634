"""Evidence boxes on PDF page images: a marked span of a text-layer page → rectangles in PDF points.

A text-layer page's raw text is pdfium's text range, so a span of the normalised page text maps
back to raw character indices (``Page.raw_span``) and from there to pdfium's character boxes.
Boxes of one line are merged into one rectangle. OCR pages have no such mapping and get none.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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
    """A page's size in points and its boxes."""

    width: float
    height: float
    boxes: tuple[Box, ...]


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


def overlays(path: Path, wanted: dict[int, list[Wanted]]) -> dict[int, Overlay]:
    """Boxes for the wanted raw spans of each page (1-based) of the PDF at ``path``."""
    import pypdfium2 as pdfium

    out: dict[int, Overlay] = {}
    pdf = pdfium.PdfDocument(str(path))
    try:
        for number, spans in wanted.items():
            if not 1 <= number <= len(pdf):
                continue
            page = pdf[number - 1]
            width, height = page.get_size()
            text = page.get_textpage()
            try:
                total = text.count_chars()
                boxes = []
                for lo, hi, ident, link, title in spans:
                    chars = [text.get_charbox(i) for i in range(max(lo, 0), min(hi, total))]
                    for k, (left, bottom, right, top) in enumerate(_lines(chars)):
                        pad = 1.5
                        boxes.append(
                            Box(
                                round(left - pad, 1),
                                round(height - top - pad, 1),
                                round(right - left + 2 * pad, 1),
                                round(top - bottom + 2 * pad, 1),
                                ident if k == 0 else "",
                                link,
                                title,
                            )
                        )
            finally:
                text.close()
            out[number] = Overlay(round(width, 1), round(height, 1), tuple(boxes))
    finally:
        pdf.close()
    return out

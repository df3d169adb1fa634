"""PDF files: text layer per page with pypdfium2, OCR for pages without a usable one.

A page goes to OCR when its text layer is (almost) empty, garbled (see ``quality``), or sparse
on a page that carries an image (a scan with a typed header). Pages are rendered at 300 dpi in
colour (seal detection needs it; OCR reads greyscale), less for oversized pages. Every page,
text page and document is closed promptly: pdfium memory is not managed by Python's collector.
"""

from __future__ import annotations

import ctypes
import functools
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from casecheck.ingest.pages import OcrFn, RawPage
from casecheck.ingest.quality import garbled_reason
from casecheck.ingest.seal_image import detect_red_seal, without_seal
from casecheck.model import CaseError

DPI = 300
SEAL_DPI = 72  # seals are large: a coarse colour render is enough to find one
MAX_RENDER_PIXELS = 40_000_000
MIN_TEXT_CHARS = 5  # fewer visible characters: no text layer (page numbers, stray marks)
SPARSE_TEXT_CHARS = 30  # fewer, on a page holding an image: a scan with a typed header


def open_pdf(path: Path) -> pdfium.PdfDocument:
    """Open ``path`` with pdfium (which tries the empty user password itself).

    Raises ``encrypted_pdf`` when a password is needed and ``corrupt_pdf`` otherwise.
    """
    try:
        return pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise CaseError("encrypted_pdf", f"{path.name}: the PDF is password-protected") from exc
        raise CaseError("corrupt_pdf", f"{path.name}: the PDF cannot be opened ({exc})") from exc


def _scale(page: pdfium.PdfPage, dpi: int) -> float:
    """Pixels per PDF unit for ``dpi``, less where the page would pass ``MAX_RENDER_PIXELS``."""
    w, h = page.get_size()
    scale = dpi / 72
    if w * h * scale * scale > MAX_RENDER_PIXELS:
        scale = (MAX_RENDER_PIXELS / max(w * h, 1.0)) ** 0.5
    return scale


def render_page(page: pdfium.PdfPage, dpi: int = DPI, grayscale: bool = True) -> Image.Image:
    """Render ``page`` at ``dpi``, scaled down past ``MAX_RENDER_PIXELS``."""
    bitmap = page.render(scale=_scale(page, dpi), grayscale=grayscale)
    try:
        return bitmap.to_pil().copy()  # copy: the PIL image must not share the bitmap's buffer
    finally:
        bitmap.close()


_RENDER = threading.local()  # per thread: the buffer the last OCR render drew into
_REUSE_BYTES = 64 * 2**20  # larger renders (oversized pages) get a buffer of their own


def _reused_bitmap(width: int, height: int, format: int, rev_byteorder: bool = False) -> pdfium.PdfBitmap:
    """A pdfium bitmap over this thread's render buffer, grown when too small.

    A fresh 35 MB buffer for every page cost more in page faults (~15 ms) than pdfium took to
    draw most scans; the buffer is overwritten by the next render, so nothing may keep a view.
    """
    need = width * height * 4
    buf = getattr(_RENDER, "buffer", None)
    if buf is None or len(buf) < need:
        buf = (ctypes.c_ubyte * need)()
        if need <= _REUSE_BYTES:
            _RENDER.buffer = buf
    return pdfium.PdfBitmap.new_native(width, height, format, rev_byteorder, buffer=buf, stride=width * 4)


def ocr_image_of(page: pdfium.PdfPage) -> tuple[Image.Image, tuple[int, int, int, int] | None]:
    """``page`` at ``DPI`` as OCR sees it (greyscale, a seal faded out), and the seal's box.

    One colour render in RGBX, which PIL wraps without a copy (RGB would be converted and then
    copied off the bitmap: ~60 ms a page). Seal detection reads the colour view; the greyscale
    image is a new one, so the shared buffer is free again when this returns. The pixels are
    exactly those of ``render_page(page, grayscale=False)`` followed by the same steps.
    """
    bitmap = page.render(
        scale=_scale(page, DPI), prefer_bgrx=True, rev_byteorder=True, bitmap_maker=_reused_bitmap
    )
    try:
        colour = bitmap.to_pil()  # RGBX over the bitmap's buffer
        _found, box = detect_red_seal(colour)
        return without_seal(colour, box), box
    finally:
        bitmap.close()


def _text_layer(page: pdfium.PdfPage) -> str:
    textpage = page.get_textpage()
    try:
        return textpage.get_text_range()
    finally:
        textpage.close()


def _has_image(page: pdfium.PdfPage, max_depth: int = 3) -> bool:
    """Whether the page (or a form XObject on it, ``max_depth`` levels down) holds an image.

    Raw pdfium calls: ``page.get_objects`` wraps every object of a text-heavy page in a Python
    object, which cost more than reading the text layer itself.
    """

    def walk(count: int, get: Callable[[int], Any], depth: int) -> bool:
        for i in range(count):
            obj = get(i)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                return True
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < max_depth:
                inner = functools.partial(pdfium_c.FPDFFormObj_GetObject, obj)
                if walk(pdfium_c.FPDFFormObj_CountObjects(obj), inner, depth + 1):
                    return True
        return False

    raw = page.raw
    return walk(pdfium_c.FPDFPage_CountObjects(raw), functools.partial(pdfium_c.FPDFPage_GetObject, raw), 1)


def ocr_reason(page: pdfium.PdfPage, text: str) -> str | None:
    """Why the text layer of ``page`` is not usable (so it needs OCR), or ``None``.

    A page with no objects at all is blank: there is nothing to OCR.
    """
    visible = len("".join(text.split()))  # characters that are not whitespace
    if visible < MIN_TEXT_CHARS:
        return "no text layer" if next(page.get_objects(max_depth=1), None) is not None else None
    if reason := garbled_reason(text):
        return f"garbled text layer ({reason})"
    if visible < SPARSE_TEXT_CHARS and _has_image(page):
        return "scanned page with a sparse text layer"
    return None


def _seal_on_text_page(page: pdfium.PdfPage) -> tuple[bool, tuple[int, int, int, int] | None]:
    """A text page that carries images may show a seal image: look at a small colour render."""
    if not _has_image(page):
        return False, None
    _found, box = detect_red_seal(render_page(page, dpi=SEAL_DPI, grayscale=False))
    return True, box


def _read_page(page: pdfium.PdfPage, number: int, ocr: OcrFn | None) -> RawPage:
    text = _text_layer(page)
    reason = ocr_reason(page, text)
    if reason is None:
        imaged, box = _seal_on_text_page(page)
        return RawPage(text, "text", imaged=imaged, seal_box=box)
    if ocr is None:
        return RawPage(text, "text", warnings=(f"page {number}: {reason}, OCR is off",))
    image, box = ocr_image_of(page)
    result = ocr(image)
    notes = tuple(f"page {number}: {w}" for w in (result.warning,) if w)
    if not result.text.strip() and text.strip():
        return RawPage(
            text,
            "text",
            warnings=(*notes, f"page {number}: {reason}, OCR found nothing"),
            imaged=True,
            seal_box=box,
        )
    words = result.words
    return RawPage(result.text, "ocr", result.confidence, notes, imaged=True, seal_box=box, words=words)


def read_pdf(path: Path, *, ocr: OcrFn | None, max_pages: int) -> list[RawPage]:
    """Text of every page of a PDF; raises ``too_large`` past ``max_pages`` pages."""
    pdf = open_pdf(path)
    try:
        count = len(pdf)
        if count > max_pages:
            raise CaseError("too_large", f"{path.name}: {count} pages (limit {max_pages})")
        if count == 0:
            raise CaseError("corrupt_pdf", f"{path.name}: the PDF has no pages")
        pages = []
        for i in range(count):
            try:
                page = pdf[i]
            except pdfium.PdfiumError as exc:
                raise CaseError("corrupt_pdf", f"{path.name}: page {i + 1} cannot be loaded ({exc})") from exc
            try:
                pages.append(_read_page(page, i + 1, ocr))
            except pdfium.PdfiumError as exc:
                raise CaseError("corrupt_pdf", f"{path.name}: page {i + 1} cannot be read ({exc})") from exc
            finally:
                page.close()
        return pages
    finally:
        pdf.close()

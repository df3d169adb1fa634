"""PDF files: text layer per page with pypdfium2, OCR for pages without a usable one.

A page goes to OCR when its text layer is (almost) empty, garbled (see ``quality``), or sparse
on a page that carries an image (a scan with a typed header). Pages are rendered at 300 dpi in
colour (seal detection needs it; OCR reads greyscale), less for oversized pages. Every page,
text page and document is closed promptly: pdfium memory is not managed by Python's collector.
"""

from __future__ import annotations

import codecs
import ctypes
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from casecheck.ingest.pages import OcrFn, RawPage
from casecheck.ingest.pdforder import reordered, restacked
from casecheck.ingest.quality import CharCounts, char_counts, char_counts_many, garbled_reason
from casecheck.ingest.seal_image import Box, detect_red_seal, seal_boxes, without_seals
from casecheck.ingest.seal_ring import ring_seal
from casecheck.model import CaseError

if TYPE_CHECKING:  # Pillow is loaded by pypdfium2 when a page is rendered, not for a text page
    from PIL import Image

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


def ocr_image_of(page: pdfium.PdfPage) -> tuple[Image.Image, Box | None]:
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
        box, blobs = seal_boxes(colour)
        return without_seals(colour, blobs), box
    finally:
        bitmap.close()


# Page handles: the per-page checks take a raw ``FPDF_PAGE`` or a ``PdfPage`` (ctypes passes
# the helper's handle through). A text page is read with raw calls only: the helpers' per-object
# bookkeeping (finalizers, weak references, parent tracking) cost more than pdfium's own work.
Handle = Any


@contextmanager
def _textpage(page: Handle) -> Iterator[Any]:
    """The page's raw text page, closed after use."""
    textpage = pdfium_c.FPDFText_LoadPage(page)
    if not textpage:
        raise pdfium.PdfiumError("Failed to load text page.")
    try:
        yield textpage
    finally:
        pdfium_c.FPDFText_ClosePage(textpage)


def _text_layer(page: Handle) -> tuple[str, bool]:
    """The page's text as ``page.get_textpage().get_text_range()`` gives it, or read by position
    where that lists a form's labels before its values (``pdforder``); whether it was."""
    with _textpage(page) as textpage:
        text = _text_range(textpage)
        better = reordered(textpage, text)
        return (better[0], True) if better else (text, False)


def _restack(pdf: pdfium.PdfDocument, index: int, look: _Look) -> _Look:
    """``look`` of a page in a file whose text layer lists labels first on another page: read
    by position where that puts the page right (``pdforder.restacked``)."""
    raw = pdfium_c.FPDF_LoadPage(pdf, index)
    if not raw:
        raise _LoadError()
    try:
        with _textpage(raw) as textpage:
            better = restacked(textpage, look.text)
    finally:
        pdfium_c.FPDF_ClosePage(raw)
    return replace(look, text=better[0]) if better else look


def _text_range(textpage: Any) -> str:
    """``PdfTextPage.get_text_range()`` (all characters, undecodable units dropped) on a raw text
    page: leading and trailing characters without a text index are left out of the range."""
    n = pdfium_c.FPDFText_CountChars(textpage)
    if n == -1:
        raise pdfium.PdfiumError("Failed to get character count.")
    index_of = pdfium_c.FPDFText_GetTextIndexFromCharIndex
    first, last = 0, n - 1
    while True:
        if first > last:
            return ""
        t_start = index_of(textpage, first)
        if t_start == -1:
            first += 1
            continue
        t_end = index_of(textpage, last)
        if t_end == -1:
            last -= 1
            continue
        break
    in_count = t_end + 2 - t_start  # including the NUL terminator
    buffer = (ctypes.c_ushort * in_count)()
    out_count = pdfium_c.FPDFText_GetText(textpage, first, last - first + 1, buffer)
    assert in_count >= out_count, f"Buffer too small: {in_count} vs {out_count}"  # as the helper
    return codecs.decode(memoryview(buffer)[: out_count - 1], "utf-16-le", errors="ignore")


def _native(fn: Any, restype: Any, *argtypes: Any) -> Any:
    """``fn`` of the loaded pdfium with plain ``void*``/``int`` types: no pointer objects are
    built per call (the object walk below makes two calls per object on the page).

    A ``PYFUNCTYPE``: the call keeps the GIL instead of releasing and taking it back around a
    getter that returns in nanoseconds (~12% of the walk's cost); pdfium is not thread-safe, so
    no other thread may be inside it meanwhile anyway."""
    return ctypes.PYFUNCTYPE(restype, *argtypes)(ctypes.cast(fn, ctypes.c_void_p).value)


_VOIDP, _INT = ctypes.c_void_p, ctypes.c_int
_PAGE_COUNT = _native(pdfium_c.FPDFPage_CountObjects, _INT, _VOIDP)
_PAGE_OBJECT = _native(pdfium_c.FPDFPage_GetObject, _VOIDP, _VOIDP, _INT)
_FORM_COUNT = _native(pdfium_c.FPDFFormObj_CountObjects, _INT, _VOIDP)
_FORM_OBJECT = _native(pdfium_c.FPDFFormObj_GetObject, _VOIDP, _VOIDP, ctypes.c_ulong)
_OBJECT_TYPE = _native(pdfium_c.FPDFPageObj_GetType, _INT, _VOIDP)
_IMAGE, _FORM = pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM


def _address(page: Handle) -> int | None:
    return ctypes.cast(getattr(page, "raw", page), ctypes.c_void_p).value


def _objects(raw: int | None) -> tuple[list[int | None], list[int]]:
    """The page's objects and their types, in page order (see ``_objects_of``)."""
    return _objects_of(raw, _PAGE_COUNT(raw))


def _objects_of(raw: int | None, n: int) -> tuple[list[int | None], list[int]]:
    """The ``n`` objects of the page at ``raw`` and their types, in page order.

    Both lists are built by ``map`` over the raw getters, so no Python bytecode runs per object:
    a text page holds ~60 objects (nearly all text), and the loop around the two pdfium calls
    per object cost almost as much as the calls. The callers then answer their question from the
    types (``in`` is a C scan) and look closer only at the few paths and forms.
    """
    objects = list(map(_PAGE_OBJECT, repeat(raw, n), range(n)))
    return objects, list(map(_OBJECT_TYPE, objects))


def _has_image(page: Handle, max_depth: int = 3) -> bool:
    """Whether the page (or a form XObject on it, ``max_depth`` levels down) holds an image.

    Raw pdfium calls: ``page.get_objects`` wraps every object of a text-heavy page in a Python
    object, which cost more than reading the text layer itself.
    """
    objects, kinds = _objects(_address(page))
    if _IMAGE in kinds:
        return True
    return _image_in_forms(objects, kinds, max_depth)


def _image_in_forms(objects: list[int | None], kinds: list[int], max_depth: int) -> bool:
    """Whether a form XObject among ``objects`` holds an image, ``max_depth`` levels down."""
    if _FORM not in kinds or max_depth <= 1:
        return False
    pairs = zip(objects, kinds, strict=True)
    return any(kind == _FORM and _form_has_image(obj, 2, max_depth) for obj, kind in pairs)


def _form_has_image(form: int | None, depth: int, max_depth: int) -> bool:
    for i in range(_FORM_COUNT(form)):
        obj = _FORM_OBJECT(form, i)
        kind = _OBJECT_TYPE(obj)
        if kind == _IMAGE:
            return True
        if kind == _FORM and depth < max_depth and _form_has_image(obj, depth + 1, max_depth):
            return True
    return False


_UINTP = ctypes.POINTER(ctypes.c_uint)
_STROKE_COLOUR = _native(pdfium_c.FPDFPageObj_GetStrokeColor, _INT, _VOIDP, _UINTP, _UINTP, _UINTP, _UINTP)
_FILL_COLOUR = _native(pdfium_c.FPDFPageObj_GetFillColor, _INT, _VOIDP, _UINTP, _UINTP, _UINTP, _UINTP)
_PATH = pdfium_c.FPDF_PAGEOBJ_PATH


class _Rgba:
    """Four reusable colour outputs for the colour getters (one set per walk, not per call)."""

    def __init__(self) -> None:
        self.r, self.g, self.b, self.a = (ctypes.c_uint() for _ in range(4))
        self.refs = tuple(ctypes.byref(v) for v in (self.r, self.g, self.b, self.a))

    def red(self, get_colour: Callable[..., int], obj: int | None) -> bool:
        """Whether ``get_colour`` (a stroke or fill colour getter) gives ``obj`` a seal red."""
        if not get_colour(obj, *self.refs):
            return False
        rv, gv, bv = self.r.value, self.g.value, self.b.value
        return (rv > 150 and gv < 100 and bv < 100) or (rv > 120 and rv - max(gv, bv) > 70)


def _has_red_ink(page: Handle) -> bool:
    """Whether a path on the page (not inside forms) is drawn in red: a seal made of vector
    shapes (a born-digital file) leaves no image to find.

    Only paths are looked at: a seal always has its ring, while red words alone are a 红头
    letterhead or a heading, not a seal. Text objects are most of a text page's objects, and
    two colour calls on each cost more than reading the page's text.
    """
    objects, kinds = _objects(_address(page))
    return _PATH in kinds and _red_path(objects, kinds)


def _red_path(objects: list[int | None], kinds: list[int]) -> bool:
    """Whether one of the path objects among ``objects`` is stroked or filled in a seal red."""
    colour = _Rgba()
    return any(
        kind == _PATH and (colour.red(_STROKE_COLOUR, obj) or colour.red(_FILL_COLOUR, obj))
        for obj, kind in zip(objects, kinds, strict=True)
    )


def _image_or_red_ink(page: Handle, max_depth: int = 3) -> bool:
    """``_has_image(page, max_depth) or _has_red_ink(page)`` in one walk over the page's objects
    (a page of text objects only, the usual one, is answered by two scans of its types)."""
    objects, kinds = _objects(_address(page))
    if _IMAGE in kinds:
        return True
    if _PATH in kinds and _red_path(objects, kinds):
        return True
    return _image_in_forms(objects, kinds, max_depth)


def _has_objects(page: Handle) -> bool:
    """Whether the page holds any object (``next(page.get_objects(max_depth=1))``)."""
    raw = _address(page)
    count = _PAGE_COUNT(raw)
    if count < 0:
        raise pdfium.PdfiumError("Failed to get number of pageobjects.")
    if count and not _PAGE_OBJECT(raw, 0):
        raise pdfium.PdfiumError("Failed to get pageobject.")
    return count > 0


def ocr_reason(page: Handle, text: str, imaged: Callable[[], bool] | None = None) -> str | None:
    """Why the text layer of ``page`` is not usable (so it needs OCR), or ``None``.

    A page with no objects at all is blank: there is nothing to OCR. ``imaged`` answers whether
    the page holds an image (default ``_has_image``).
    """
    return _reason(text, char_counts(text), lambda: _has_objects(page), imaged or (lambda: _has_image(page)))


def _reason(
    text: str, counts: CharCounts, has_objects: Callable[[], bool], imaged: Callable[[], bool]
) -> str | None:
    """``ocr_reason`` from the text's ``counts`` and the page's answers (asked only if needed)."""
    visible = counts.visible  # characters that are not whitespace
    if visible < MIN_TEXT_CHARS:
        return "no text layer" if has_objects() else None
    if reason := garbled_reason(text, counts):
        return f"garbled text layer ({reason})"
    if visible < SPARSE_TEXT_CHARS and imaged():
        return "scanned page with a sparse text layer"
    return None


def _seal_on_text_page(page: pdfium.PdfPage) -> tuple[bool, Box | None]:
    """A text page that carries images or red ink may show a seal: one small colour render is
    looked at. Whether the page was scanned in grey, and the seal's box: a red seal, or on a
    grey page its ring (``_seal_if_grey``) on the same render, made grey."""
    colour = render_page(page, dpi=SEAL_DPI, grayscale=False)
    _found, box = detect_red_seal(colour)
    return _seal_if_grey(page, box, lambda: colour.convert("L"))


def signature_picture(page: pdfium.PdfPage, sealed: bool) -> bool:
    """The page carries a picture a signature may be in: a scan of the whole page under its text
    layer, or — on a page without a red seal (an e-seal's page shows its signatures in text) — one
    shaped like a signature: wider than high, 1.5:1 to 4:1 (a barcode is wider), under half the
    page's width and a tenth of its height (not a square emblem or QR code, a photo or a banner)."""
    width, height = page.get_size()
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        w, h = right - left, top - bottom
        if w >= 0.8 * width and h >= 0.8 * height:
            return True
        if not sealed and h > 0 and 1.5 * h <= w < 4 * h and w < 0.5 * width and h < 0.1 * height:
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Look:
    """What one raw load of a page tells: its text layer and what its objects are.

    Taken for every page before any page is judged, so the characters of all pages are counted
    in one pass (``char_counts_many``); the object answers are taken while the page is loaded.
    """

    text: str
    count: int  # objects on the page (pdfium's count: -1 when it fails)
    first: bool  # the first object could be fetched (true when there is none)
    imaged: bool  # ``_has_image``: an image on the page or in a form on it
    red: bool  # ``_has_red_ink``, asked only when the page holds no image
    positional: bool = False  # the text was read by position (``pdforder``: labels listed first)

    def has_objects(self) -> bool:
        """``_has_objects`` of the page, from what was taken."""
        if self.count < 0:
            raise pdfium.PdfiumError("Failed to get number of pageobjects.")
        if self.count and not self.first:
            raise pdfium.PdfiumError("Failed to get pageobject.")
        return self.count > 0


def _look(pdf: pdfium.PdfDocument, index: int) -> _Look:
    """Page ``index`` (0-based) of ``pdf`` read with raw calls: its text and one object walk."""
    raw = pdfium_c.FPDF_LoadPage(pdf, index)
    if not raw:
        raise _LoadError()
    try:
        text, positional = _text_layer(raw)
        address = _address(raw)
        count = _PAGE_COUNT(address)
        objects, kinds = _objects_of(address, count)
        imaged = _IMAGE in kinds or _image_in_forms(objects, kinds, 3)
        red = not imaged and _PATH in kinds and _red_path(objects, kinds)
        return _Look(text, count, bool(objects[0]) if objects else True, imaged, red, positional)
    finally:
        pdfium_c.FPDF_ClosePage(raw)


def _judge_page(
    pdf: pdfium.PdfDocument, index: int, look: _Look, counts: CharCounts, ocr: OcrFn | None
) -> RawPage:
    """Page ``index`` from its ``look``: a usable text layer without image or red ink is the page;
    a page that must be rendered (a seal image or red ink on a text page, or OCR) is loaded again
    through the helper that renders it."""
    number = index + 1
    text = look.text
    reason = _reason(text, counts, look.has_objects, lambda: look.imaged)
    if reason is None and not (look.imaged or look.red):
        return RawPage(text, "text", imaged=False, seal_box=None)
    if reason is not None and ocr is None:
        return RawPage(text, "text", warnings=(f"page {number}: {reason}, OCR is off",))
    page = _load_helper(pdf, index)
    try:
        if reason is None:  # (a scan with the scanner's own text layer, in grey or in colour)
            grey, box = _seal_on_text_page(page)
            picture = signature_picture(page, sealed=box is not None)
            return RawPage(text, "text", imaged=True, seal_box=box, grey=grey, picture=picture)
        assert ocr is not None
        return _ocr_page(page, number, text, reason, ocr)
    finally:
        page.close()


class _LoadError(Exception):
    """pdfium could not load a page (its message, as the helper words it)."""

    def __str__(self) -> str:
        return "Failed to load page."


def _load_helper(pdf: pdfium.PdfDocument, index: int) -> pdfium.PdfPage:
    try:
        return pdf[index]
    except pdfium.PdfiumError as exc:
        raise _LoadError() from exc


# image colour spaces that hold no colour: a page scanned in grey cannot show a red seal
_GREY_SPACES = frozenset({pdfium_c.FPDF_COLORSPACE_DEVICEGRAY, pdfium_c.FPDF_COLORSPACE_CALGRAY})


def scanned_in_grey(page: pdfium.PdfPage) -> bool:
    """The page's images are all grey (or black and white): a red seal shows no colour on it."""
    metas = [o.get_metadata() for o in page.get_objects(filter=[_IMAGE], max_depth=3)]
    return bool(metas) and all(_grey(m.colorspace, m.bits_per_pixel) for m in metas)


def _seal_if_grey(page: pdfium.PdfPage, box: Box | None, image: Callable[[], Any]) -> tuple[bool, Box | None]:
    """Whether ``page`` was scanned in grey, and its seal: the red seal ``box`` when one was seen;
    on a grey page the seal's ring (``seal_ring``) on ``image()``, a greyscale render."""
    if box is not None or not scanned_in_grey(page):
        return False, box
    return True, ring_seal(image())


def _grey(space: int, bits: int) -> bool:
    """An image of colour space ``space`` at ``bits`` per pixel holds no colour: a grey space,
    black and white, or an ICC profile with one channel."""
    return space in _GREY_SPACES or bits == 1 or (space == pdfium_c.FPDF_COLORSPACE_ICCBASED and bits <= 8)


def _ocr_page(page: pdfium.PdfPage, number: int, text: str, reason: str, ocr: OcrFn) -> RawPage:
    image, box = ocr_image_of(page)
    grey, box = _seal_if_grey(page, box, lambda: image)
    result = ocr(image)
    notes = tuple(f"page {number}: {w}" for w in (result.warning,) if w)
    if not result.text.strip() and text.strip():
        return RawPage(
            text,
            "text",
            warnings=(*notes, f"page {number}: {reason}, OCR found nothing"),
            imaged=True,
            seal_box=box,
            grey=grey,
        )
    words = result.words
    return RawPage(result.text, "ocr", result.confidence, notes, True, box, words, grey)


def read_pdf(path: Path, *, ocr: OcrFn | None, max_pages: int) -> list[RawPage]:
    """Text of every page of a PDF; raises ``too_large`` past ``max_pages`` pages.

    Every page is looked at first (``_look``), then their characters are counted together and
    each page is judged in order (``_judge_page``): counting per page cost ~12 µs of numpy calls
    a page, in a worker ~35. A page that cannot be read is reported after the pages before it
    were judged (and OCR'd), as when each page was read and judged in turn.
    """
    pdf = open_pdf(path)
    try:
        count = len(pdf)
        if count > max_pages:
            raise CaseError("too_large", f"{path.name}: {count} pages (limit {max_pages})")
        if count == 0:
            raise CaseError("corrupt_pdf", f"{path.name}: the PDF has no pages")
        looks: list[_Look] = []
        failed: Exception | None = None
        for i in range(count):
            try:
                looks.append(_look(pdf, i))
            except Exception as exc:
                failed = exc
                break
        if any(look.positional for look in looks):
            looks = _restacked(path, pdf, looks)
        pages = []
        for i, (look, counts) in enumerate(
            zip(looks, char_counts_many([k.text for k in looks]), strict=True)
        ):
            try:
                pages.append(_judge_page(pdf, i, look, counts, ocr))
            except (_LoadError, pdfium.PdfiumError) as exc:
                raise _page_error(path, i, exc) from exc
        if isinstance(failed, _LoadError | pdfium.PdfiumError):
            raise _page_error(path, len(looks), failed) from failed
        if failed is not None:
            raise failed
        return pages
    finally:
        pdf.close()


def _restacked(path: Path, pdf: pdfium.PdfDocument, looks: list[_Look]) -> list[_Look]:
    """The looks of a file whose text layer lists labels first on some page, each other page
    read by position where that puts it right (``_restack``)."""
    out = []
    for i, look in enumerate(looks):
        try:
            out.append(look if look.positional else _restack(pdf, i, look))
        except (_LoadError, pdfium.PdfiumError) as exc:
            raise _page_error(path, i, exc) from exc
    return out


def _page_error(path: Path, index: int, exc: Exception) -> CaseError:
    """The ``CaseError`` a pdfium failure on page ``index`` (0-based) becomes."""
    if isinstance(exc, _LoadError):
        return CaseError("corrupt_pdf", f"{path.name}: page {index + 1} cannot be loaded ({exc})")
    return CaseError("corrupt_pdf", f"{path.name}: page {index + 1} cannot be read ({exc})")

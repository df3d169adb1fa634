"""Read one file of a case into pages of normalised text: the ingestion layer's entry point.

The format is sniffed from the content (a ``.pdf`` that is really a DOCX is read as DOCX, with a
warning). Every failure becomes a ``CaseError`` with a short ``kind``:

``not_found``, ``unreadable``, ``empty_file``, ``too_large``, ``unsupported_format``,
``zip_bomb``, ``corrupt_pdf``, ``encrypted_pdf``, ``decode_error``, ``ocr_unavailable``,
``no_text`` (pages need OCR but it is off), ``out_of_memory`` (past the batch worker's memory
limit).
"""

from __future__ import annotations

import functools
import hashlib
import os
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casecheck.ingest.cache import JsonCache, default_cache_dir
from casecheck.ingest.normalize import LazyOffsets, normalize_text
from casecheck.ingest.pages import OcrFn, RawPage
from casecheck.ingest.sniff import EXTENSION_KINDS, sniff
from casecheck.ingest.text import detect_and_decode, split_pages
from casecheck.model import CaseError, Page, SourceFile

if TYPE_CHECKING:
    from PIL import Image

    from casecheck.ingest.ocr import OcrResult

_CHUNK = 2**20


def _hash_key(path: Path, st: os.stat_result) -> tuple[str, int, int, int, int, int]:
    return (str(path), st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


_HASHED: dict[tuple[str, int, int, int, int, int], str] = {}  # the last files hashed
_HASHED_MAX = 512
# A file changed less than this long before it was hashed may change again within the same
# timestamp tick (times come from a coarse clock), unseen by its times: it is not remembered.
RACY_NS = 2_000_000_000


def read_bytes_sha256(path: Path) -> str:
    """Hex SHA-256 of the file's bytes, read in chunks.

    A batch hashes a case's files for its cache key and reads them a moment later: the digest
    is kept for the same file (path, device, inode, size, change and modification times in
    nanoseconds), so an unchanged file is not hashed twice; a file written since is hashed again.
    Files written in the last ``RACY_NS`` are never remembered (as git treats a "racily clean"
    file): a rewrite of the same size within one clock tick would keep every time the same.
    A remembered file is recognised by one ``stat`` (a case's file, its roster twice: three a
    case), not by opening it; a file read is keyed by what ``fstat`` says of the open file.
    """
    known = _HASHED.get(_hash_key(path, os.stat(path)))
    if known is not None:
        return known
    with path.open("rb") as fh:
        st = os.fstat(fh.fileno())
        key = _hash_key(path, st)
        known = _HASHED.get(key)
        if known is not None:
            return known
        settled = max(st.st_mtime_ns, st.st_ctime_ns) < time.time_ns() - RACY_NS
        digest = hashlib.sha256()
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    hexdigest = digest.hexdigest()
    if settled:
        if len(_HASHED) >= _HASHED_MAX:
            _HASHED.clear()
        _HASHED[key] = hexdigest
    return hexdigest


_OCR_RUNS = threading.local()


def ocr_runs() -> int:
    """How many images this thread has handed to OCR so far. A caller that notes it before and
    after reading a case knows whether the case's text depends on the OCR engine (the facts
    cache records the engine's version only for such cases, so a text-layer batch never asks
    tesseract for it)."""
    return getattr(_OCR_RUNS, "count", 0)


def ocr_image(image: Image.Image, **kwargs: Any) -> OcrResult:
    """``casecheck.ingest.ocr.ocr_image``, imported on first use: the OCR module, Pillow and the
    image pre-processing cost ~30 ms of CPU to import, which a text-layer batch never needs."""
    from casecheck.ingest.ocr import ocr_image as run

    return run(image, **kwargs)


def _counted_ocr(image: Image.Image, *, cache: JsonCache) -> OcrResult:
    _OCR_RUNS.count = ocr_runs() + 1
    return ocr_image(image, cache=cache)


def _check_size(path: Path, max_bytes: int) -> None:
    try:
        if not path.exists():
            raise CaseError("not_found", f"no such file: {path}")
        if not path.is_file():
            raise CaseError("unreadable", f"not a regular file: {path}")
        size = path.stat().st_size
    except OSError as exc:
        raise CaseError("unreadable", f"{path.name}: {exc.strerror or exc}") from exc
    if size == 0:
        raise CaseError("empty_file", f"{path.name}: the file is empty (0 bytes)")
    if size > max_bytes:
        raise CaseError("too_large", f"{path.name}: {size} bytes (limit {max_bytes})")


def _image_pages(path: Path, ocr: OcrFn | None, max_pages: int) -> list[RawPage]:
    from casecheck.ingest.images import fit_for_ocr, iter_frames
    from casecheck.ingest.photo import to_paper
    from casecheck.ingest.seal_image import colourless, seal_boxes, without_seals
    from casecheck.ingest.seal_ring import ring_seal

    frames = iter_frames(path, max_pages)
    if ocr is None:
        try:
            next(frames, None)  # a broken or oversized image is reported as such, not as no_text
        finally:
            frames.close()
        raise CaseError("no_text", f"{path.name}: an image holds no text without OCR, and OCR is off")
    pages = []
    for i, frame in enumerate(frames, start=1):
        grey = colourless(frame)  # a red seal shows no colour on it
        frame = to_paper(frame)  # a phone photo: the sheet alone, its perspective undone
        box, blobs = seal_boxes(frame)
        result = ocr(fit_for_ocr(without_seals(frame, blobs)))
        notes = (f"page {i}: {result.warning}",) if result.warning else ()
        words = result.words
        grey = grey and box is None
        if grey:  # a seal shows as a grey or black ring
            box = ring_seal(frame)
        pages.append(RawPage(result.text, "ocr", result.confidence, notes, True, box, words, grey))
    return pages


def _raw_pages(path: Path, kind: str, ocr: OcrFn | None, max_pages: int) -> tuple[list[RawPage], str | None]:
    """Dispatch to the format reader; returns the raw pages and the text encoding (text only)."""
    if kind == "text":
        text, encoding = detect_and_decode(path.read_bytes())
        return [RawPage(p, "text") for p in split_pages(text)], encoding
    if kind == "pdf":
        from casecheck.ingest.pdf import read_pdf

        return read_pdf(path, ocr=ocr, max_pages=max_pages), None
    if kind == "docx":
        from casecheck.ingest.docx import read_docx

        return read_docx(path), None
    if kind == "ofd":
        from casecheck.ingest.ofd import read_ofd

        return read_ofd(path, max_pages=max_pages), None
    return _image_pages(path, ocr, max_pages), None


def _page(number: int, raw: RawPage) -> Page:
    """The page of ``raw``: its normalised text, and the offset map computed only when asked for
    (``Page.raw_span``, the workbench): a review never maps spans back to the raw text."""
    join = raw.method != "docx"
    text = normalize_text(raw.raw, join_wraps=join)
    offsets = LazyOffsets(raw.raw, join)
    return Page(
        number, text, raw.raw, offsets, raw.method, raw.confidence,
        raw.imaged, raw.seal_box, raw.words, raw.grey, raw.picture,
    )  # fmt: skip


def read_file(
    path: Path,
    *,
    ocr: bool = True,
    cache_dir: Path | None = None,
    max_pages: int = 2000,
    max_bytes: int = 500 * 2**20,
) -> SourceFile:
    """Read ``path`` (PDF, image, DOCX, OFD or plain text) into a ``SourceFile``.

    ``ocr`` switches OCR of scans and images on; OCR results are cached in ``cache_dir``
    (default ``$CASECHECK_CACHE`` or ``~/.cache/casecheck/ocr``). Raises ``CaseError``.
    """
    path = Path(path)
    _check_size(path, max_bytes)
    ocr_fn: OcrFn | None = None
    if ocr:
        ocr_fn = functools.partial(_counted_ocr, cache=JsonCache(cache_dir or default_cache_dir()))
    try:
        kind = sniff(path)
        warnings = []
        expected = EXTENSION_KINDS.get(path.suffix.lower())
        if expected and expected != kind:
            warnings.append(
                f"{path.name}: named {path.suffix} but the content is {kind.upper()}; read as {kind}"
            )
        raw_pages, encoding = _raw_pages(path, kind, ocr_fn, max_pages)
        if len(raw_pages) > max_pages:
            raise CaseError("too_large", f"{path.name}: {len(raw_pages)} pages (limit {max_pages})")
        pages = tuple(_page(i, rp) for i, rp in enumerate(raw_pages, start=1))
        warnings.extend(w for rp in raw_pages for w in rp.warnings)
        if not any(p.text.strip() for p in pages):
            if not ocr and kind == "pdf":
                raise CaseError("no_text", f"{path.name}: no text layer, and OCR is off")
            warnings.append(f"{path.name}: no text found")
        sha = read_bytes_sha256(path)
    except CaseError:
        raise
    except MemoryError as exc:
        raise CaseError("out_of_memory", f"{path.name}: out of memory while reading") from exc
    except Exception as exc:  # the last line of defence: no library error escapes
        raise CaseError("unreadable", f"{path.name}: {type(exc).__name__}: {exc}") from exc
    return SourceFile(str(path), path.name, kind, sha, pages, tuple(warnings), encoding)

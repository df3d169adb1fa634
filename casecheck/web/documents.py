"""A case's documents for the case view: escaped page text with evidence marked, page images.

Every file the workbench serves is resolved inside the campaign's storage folder first
(``inside``): a relative path with ``..``, an absolute path or a symbolic link leading outside
is refused. Page text is escaped here (``markupsafe.escape``) and only the ``<mark>`` tags
this module writes are markup. PDF pages and images are rendered to PNG on demand
(pypdfium2 / Pillow) and cached in ``<storage>/pages``. Evidence is also boxed on the page
image: from pdfium's character boxes on text-layer PDF pages, from the OCR word boxes on scanned
PDF pages and photos (``pdfmarks``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from casecheck.web.pdfmarks import Overlay, Wanted, ocr_overlay, overlays

PAGE_WIDTH = 1000


def inside(root: Path, candidate: str | Path) -> Path | None:
    """``candidate`` (relative to ``root``, or absolute) resolved, if it lies within ``root``."""
    text = str(candidate)
    if not text or "\x00" in text:
        return None
    path = Path(text)
    if not path.is_absolute():
        if ".." in path.parts:
            return None
        path = root / path
    try:
        resolved = path.resolve(strict=True)
        base = root.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    return resolved if resolved.is_relative_to(base) else None


@dataclass(frozen=True)
class Span:
    """A highlighted stretch of a document's text: ``[start, end)``, its anchor id and title."""

    start: int
    end: int
    anchor: str
    title: str


@dataclass(frozen=True)
class PageView:
    """One page of a document: number in its file, highlighted HTML, image URL if it has one,
    and the evidence boxes over the image (PDF pages, scanned or not, and photos)."""

    number: int
    html: Markup
    image: str | None
    overlay: Overlay | None = None


@dataclass(frozen=True)
class DocView:
    """One document of a case, page by page."""

    ref: str
    title: str
    file: str
    pages: tuple[PageView, ...]


@lru_cache(maxsize=16)
def _load(source: str, stamp: float, cache_dir: str) -> Any:
    from casecheck.ingest.case import load_case

    return load_case(Path(source), ocr=True, cache_dir=Path(cache_dir))


def load(source: Path, storage: Path) -> Any:
    """The ingested case at ``source`` (memoised by path and modification time)."""
    return _load(str(source), source.stat().st_mtime, str(storage / "cache"))


def spans_for(doc: Any, findings: list[dict[str, Any]], added: list[dict[str, Any]]) -> list[Span]:
    """Evidence spans in ``doc``: by offsets when given, else by finding the quote."""
    out: list[Span] = []

    def place(ev: dict[str, Any], anchor: str, title: str) -> None:
        start, end, quote = ev.get("start"), ev.get("end"), ev.get("quote") or ""
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(doc.text)):
            pos = doc.text.find(quote) if len(quote) >= 2 else -1
            if pos < 0:
                return
            start, end = pos, pos + len(quote)
        out.append(Span(start, end, anchor, title))

    for i, f in enumerate(findings):
        for j, ev in enumerate(f.get("evidence") or []):
            if ev.get("document") == doc.ref:
                place(ev, f"ev-{i}-{j}", f"{f['code']} {f.get('message', '')}")
    for k, a in enumerate(added):
        if a.get("document") == doc.ref and a.get("quote"):
            place({"quote": a["quote"]}, f"add-{k}", f"{a['code']} {a.get('reason', '')}")
    return sorted(out, key=lambda s: (s.start, -s.end))


def highlight(text: str, spans: list[Span], offset: int = 0) -> Markup:
    """``text`` escaped, with each span (offsets relative to ``offset``) in a ``<mark>``.

    Overlapping spans are not nested: a later one that starts inside an earlier one keeps its
    anchor (an empty ``<span id>``) but is not marked again.
    """
    parts: list[str] = []
    pos = 0
    for s in spans:
        a, b = max(s.start - offset, 0), min(s.end - offset, len(text))
        if b <= 0 or a >= len(text):
            continue
        if a < pos:
            if s.start - offset >= 0:
                parts.append(f'<span id="{escape(s.anchor)}"></span>')
            continue
        parts.append(str(escape(text[pos:a])))
        anchor = f' id="{escape(s.anchor)}"' if s.start - offset >= 0 else ""
        parts.append(f'<mark{anchor} title="{escape(s.title)}">{escape(text[a:b])}</mark>')
        pos = b
    parts.append(str(escape(text[pos:])))
    return Markup("".join(parts))


def _link(anchor: str) -> str:
    """The finding an evidence anchor belongs to: ``ev-3-0`` → ``f-3``, ``add-1`` → ``add-item-1``."""
    if anchor.startswith("ev-"):
        return "f-" + anchor.split("-")[1]
    return "add-item-" + anchor.split("-", 1)[1]


def _raw_spans(page: Any, segment: str, seg_start: int, spans: list[Span]) -> list[Wanted]:
    """The spans that fall on a document's page segment, as raw spans of the source page
    (text-layer and OCR pages; a DOCX or OFD page has no image to box on)."""
    if page.method not in ("text", "ocr"):
        return []
    base = page.text.find(segment) if segment else -1
    out = []
    for s in spans:
        a, b = max(s.start, seg_start), min(s.end, seg_start + len(segment))
        if a >= b:
            continue
        if base >= 0:
            start = base + a - seg_start
        else:
            start = page.text.find(segment[a - seg_start : b - seg_start])
            if start < 0:
                continue
        lo, hi = page.raw_span(start, start + b - a)
        ident = f"img-{s.anchor}" if s.start >= seg_start else ""
        out.append((lo, hi, ident, _link(s.anchor), s.title))
    return out


def document_views(
    case: Any, findings: list[dict[str, Any]], added: list[dict[str, Any]], image_url: Any
) -> list[DocView]:
    """Every document of ``case`` page by page; ``image_url(file_index, page)`` names a page image
    for PDF and image files (``None`` for text-only files); PDF and image pages carry their
    evidence as boxes over the image too."""
    files = {sf.name: (i, sf) for i, sf in enumerate(case.files)}
    rows: list[tuple[Any, list[tuple[int, Markup, str | None, int | None]]]] = []
    wanted: dict[int, dict[int, list[Wanted]]] = {}
    for doc in case.documents:
        spans = spans_for(doc, findings, added)
        starts = [*doc.page_starts, len(doc.text) + 1]
        index, sf = files.get(doc.file, (None, None))
        pages = []
        for i, start in enumerate(doc.page_starts):
            end = max(start, starts[i + 1] - 1)
            number = doc.pages[0] + i
            img = image_url(index, number) if sf is not None and sf.kind in ("pdf", "image") else None
            if sf is not None and sf.kind in ("pdf", "image") and 1 <= number <= len(sf.pages):
                raw = _raw_spans(sf.pages[number - 1], doc.text[start:end], start, spans)
                if raw:
                    wanted.setdefault(index, {}).setdefault(number, []).extend(raw)
            pages.append((number, highlight(doc.text[start:end], spans, start), img, index))
        rows.append((doc, pages))
    boxes = {i: _file_overlays(case.files[i], pages) for i, pages in wanted.items()}
    return [
        DocView(
            doc.ref,
            doc.title or doc.doc_type,
            doc.file,
            tuple(
                PageView(n, html, img, boxes.get(i, {}).get(n) if i is not None else None)
                for n, html, img, i in pages
            ),
        )
        for doc, pages in rows
    ]


def shown_size(width: int, height: int) -> tuple[int, int]:
    """The size ``page_png`` shows an upright image of ``width``×``height`` at (never enlarged)."""
    scale = min(1.0, PAGE_WIDTH / max(width, 1), 2 * PAGE_WIDTH / max(height, 1))
    return max(1, round(width * scale)), max(1, round(height * scale))


def _file_overlays(sf: Any, wanted: dict[int, list[Wanted]]) -> dict[int, Overlay]:
    """Boxes for the wanted raw spans of each page of a PDF or image file.

    A photo's OCR image is the upright picture (maybe scaled down): the same picture as the PNG
    ``page_png`` shows, so the words scale to ``shown_size`` of the OCR image.
    """
    if sf.kind == "pdf":
        return overlays(Path(sf.path), wanted, sf.pages)
    out = {}
    for number, spans in wanted.items():
        page = sf.pages[number - 1]
        if page.method == "ocr":
            size = shown_size(page.words.width, page.words.height) if page.words else (PAGE_WIDTH, PAGE_WIDTH)
            out[number] = ocr_overlay(page, spans, size)
    return out


def page_png(source: Path, page: int, cache: Path) -> Path:
    """A PNG of ``page`` (1-based) of a PDF or an image file, rendered once into ``cache``."""
    # "upright": photos were once shown as stored (EXIF orientation ignored); not those PNGs again
    key = hashlib.sha256(f"{source}\0{source.stat().st_mtime_ns}\0{page}\0upright".encode()).hexdigest()[:24]
    out = cache / f"{key}.png"
    if out.is_file():
        return out
    cache.mkdir(parents=True, exist_ok=True)
    if source.suffix.lower() == ".pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(source))
        try:
            if not 1 <= page <= len(pdf):
                raise FileNotFoundError(f"no page {page}")
            pg = pdf[page - 1]
            scale = PAGE_WIDTH / max(pg.get_width(), 1.0)
            image = pg.render(scale=scale).to_pil()
        finally:
            pdf.close()
    else:
        from PIL import Image

        from casecheck.ingest.images import upright

        with Image.open(source) as im:
            try:
                im.seek(page - 1)  # a multi-page TIFF's frames are its pages
            except (EOFError, ValueError) as exc:
                raise FileNotFoundError(f"no page {page}") from exc
            # upright as OCR saw it (EXIF orientation applied), so the evidence boxes fit
            image = upright(im).convert("RGB")
            image.thumbnail((PAGE_WIDTH, PAGE_WIDTH * 2))
    tmp = out.with_suffix(".tmp")
    image.save(tmp, "PNG")
    tmp.replace(out)
    return out

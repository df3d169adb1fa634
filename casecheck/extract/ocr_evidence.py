"""How sure OCR was of the very characters a value was read from.

A document's mean OCR confidence says little about one figure on it: tesseract reads a page at 90
and the ``(1300`` a fine was taken from at 9. Each evidence span of a document read by OCR gets
``ocr_confidence``: the lowest confidence of the OCR words its characters were aligned with
(``casecheck.ingest.ocrwords.align``). The reviewer sees it beside the quote (the case report),
to know which quotes of a scan to check against the page.

The span is mapped from the document's text to its page's text (a document's text joins slices
of its pages' texts, whole lines each: ``ingest.segment``), from there to the page's raw OCR text
(``Page.raw_span``) and to the words. A span that cannot be mapped, or none of whose characters
align with a word, gets no confidence (``None``: the document's own confidence still applies).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from casecheck.ingest.ocrwords import align
from casecheck.model import Document, Page


class _PageWords:
    """One OCR page's alignment of its raw text with its words, made on first use."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self._mapping: list[tuple[int, int, int] | None] | None = None

    def confidence(self, start: int, end: int) -> float | None:
        """The lowest confidence of the words under ``page.text[start:end]``."""
        words = self.page.words
        if words is None or not words.words:
            return None
        if self._mapping is None:
            self._mapping = align(self.page.raw, words.words)
        lo, hi = self.page.raw_span(start, end)
        hit = {m[0] for m in self._mapping[max(lo, 0) : hi] if m is not None}
        return min(words.words[i].confidence for i in hit) if hit else None


def annotate(facts: dict[str, Any], doc: Document, source_pages: Sequence[Page]) -> None:
    """Add ``ocr_confidence`` to each evidence dict of ``facts`` that lies on an OCR page of ``doc``."""
    first, last = doc.pages
    pages = {p.number: _PageWords(p) for p in source_pages if first <= p.number <= last and p.method == "ocr"}
    if not pages:
        return
    for evidence in _evidence(facts):
        page = pages.get(evidence.get("page"))  # type: ignore[arg-type]
        start, end = evidence.get("start"), evidence.get("end")
        if page is None or not isinstance(start, int) or not isinstance(end, int) or end <= start:
            continue
        span = _page_span(doc, page.page, start, end)
        conf = page.confidence(*span) if span else None
        if conf is not None:
            evidence["ocr_confidence"] = round(conf, 1)


def _page_span(doc: Document, page: Page, start: int, end: int) -> tuple[int, int] | None:
    """``doc.text[start:end]`` as a span of ``page.text``, or ``None`` when it does not map."""
    k = page.number - doc.pages[0]
    if not 0 <= k < len(doc.page_starts):
        return None
    lo = doc.page_starts[k]
    hi = doc.page_starts[k + 1] - 1 if k + 1 < len(doc.page_starts) else len(doc.text)
    if not lo <= start < end <= hi:
        return None
    chunk = doc.text[lo:hi]
    at = page.text.find(chunk) if chunk else -1
    if at < 0:
        return None
    return at + start - lo, at + end - lo


def _evidence(node: Any) -> Iterator[dict[str, Any]]:
    """Every evidence dict inside ``node`` (facts nest them in values, lists and sub-dicts)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "evidence" and isinstance(value, dict):
                yield value
            else:
                yield from _evidence(value)
    elif isinstance(node, list):
        for item in node:
            yield from _evidence(item)

"""Plain records that flow one way through casecheck: ingest → extract → checks → score → report.

Everything here is a frozen dataclass (or a small mutable builder where noted) with ``to_dict``.
The dict form is the public API: it is the JSON output, the rule-fixture input and the report
input at once. Renderers and rules read records, never live parser objects.

Layering: this module imports nothing from casecheck, so every layer may import it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_ID = "casecheck/review@1"
# The contract's ``fields.dates`` keys, in the order the law expects the steps.
CONTRACT_DATES: tuple[str, ...] = (
    "violation",
    "filing",
    "notice",
    "notice_served",
    "decision",
    "decision_served",
    "payment",
    "closing",
)


@dataclass(frozen=True)
class Evidence:
    """Where a value or finding came from: document reference, 1-based page, span and quote.

    ``start``/``end`` are character offsets in the document's normalised text (``Document.text``);
    they are ``None`` for evidence that points at a whole document or page (e.g. a missing seal).
    ``ocr_confidence`` is, for a quote read by OCR, the lowest confidence (0–100) of the OCR words
    it was read from (``casecheck.extract.ocr_evidence``), else ``None`` and left out of the dict.
    """

    document: str | None
    page: int | None
    quote: str
    start: int | None = None
    end: int | None = None
    ocr_confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """Contract form: ``document``, ``page``, ``quote`` plus the optional span."""
        out: dict[str, Any] = {
            "document": self.document,
            "page": self.page,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
        }
        if self.ocr_confidence is not None:
            out["ocr_confidence"] = self.ocr_confidence
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        """Rebuild from ``to_dict`` output (used by rule fixtures and the cache)."""
        return cls(
            document=data.get("document"),
            page=data.get("page"),
            quote=data.get("quote", ""),
            start=data.get("start"),
            end=data.get("end"),
            ocr_confidence=data.get("ocr_confidence"),
        )


@dataclass(frozen=True, slots=True)
class OcrWord:
    """One word tesseract read: its text, box (pixels of the OCR image, origin top left),
    confidence (0–100) and the index of its line on the page (tesseract's block/paragraph/line)."""

    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float
    line: int


@dataclass(frozen=True)
class OcrWords:
    """The words of an OCR page in reading order and the size in pixels of the image OCR read.

    Internal to ingestion and the workbench (evidence boxes on scans): never in the JSON output.
    """

    width: int
    height: int
    words: tuple[OcrWord, ...]


@dataclass(frozen=True)
class Page:
    """One page of one source file, as text.

    ``text`` is normalised (see ``casecheck.ingest.normalize``); ``raw`` is what the reader
    produced; ``raw_offsets[i]`` is the offset in ``raw`` of ``text[i]``, so any span maps back
    (a tuple, or a sequence that computes it on first use: ingestion's ``LazyOffsets``).
    ``method`` says how the text was obtained: ``text`` (text layer / plain file), ``ocr``,
    ``docx`` or ``ofd``. ``confidence`` is the OCR mean confidence (0–100) or ``None``.
    ``imaged`` is true when the page was looked at as an image (a scan, a photo, a PDF page
    carrying images), so ``seal_box`` — a red round seal found on it, in pixels — is meaningful:
    an imaged page without a seal box shows no seal; a text page says nothing either way. ``grey``
    is true for an imaged page without colour (scanned in grey or black and white), where a seal
    shows no red: it shows none only if the volume was scanned in colour elsewhere (a scanner in
    auto-colour mode saves the pages without colour in grey). ``picture`` is true for a page read
    from its text layer that carries a picture a signature may be in (one shaped like a signature,
    or a scan of the whole page: a blank signature line there may be signed in the picture).
    ``words`` are the OCR word boxes of an OCR page (``None`` elsewhere, or when the OCR result
    was cached by a version that kept none); ``raw`` is their post-processed text.
    """

    number: int
    text: str
    raw: str
    raw_offsets: Sequence[int]
    method: str
    confidence: float | None = None
    imaged: bool = False
    seal_box: tuple[int, int, int, int] | None = None
    words: OcrWords | None = field(default=None, repr=False)
    grey: bool = False
    picture: bool = False

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``text`` back to ``raw``."""
        if not self.raw_offsets:
            return start, end
        lo = self.raw_offsets[min(start, len(self.raw_offsets) - 1)]
        hi = self.raw_offsets[min(max(end - 1, 0), len(self.raw_offsets) - 1)] + 1
        return lo, hi


@dataclass(frozen=True)
class SourceFile:
    """A file of a case after reading: its pages and what the reader noticed."""

    path: str
    name: str
    kind: str  # pdf | image | docx | ofd | text
    sha256: str
    pages: tuple[Page, ...]
    warnings: tuple[str, ...] = ()
    encoding: str | None = None


@dataclass(frozen=True)
class Document:
    """One logical document of a case (决定书, 送达回证 …) with its text and page map.

    ``text`` joins the document's page texts with ``\\n``; ``page_starts[i]`` is the offset in
    ``text`` where page ``pages[0] + i`` begins. ``imaged_pages`` are the page numbers that were
    examined as images and ``seal_pages`` those of them showing a red seal. ``ref`` names the
    document uniquely within the case (``询问笔录``, ``询问笔录(2)``) and is what evidence
    points at.
    """

    ref: str
    doc_type: str
    title: str | None
    file: str
    pages: tuple[int, int]
    text: str
    page_starts: tuple[int, ...]
    title_span: tuple[int, int] | None = None
    imaged_pages: tuple[int, ...] = ()
    seal_pages: tuple[int, ...] = ()
    grey_pages: tuple[int, ...] = ()

    def page_at(self, offset: int) -> int:
        """1-based page number (within ``file``) holding character ``offset`` of ``text``."""
        page = self.pages[0]
        for i, start in enumerate(self.page_starts):
            if offset >= start:
                page = self.pages[0] + i
            else:
                break
        return page

    def evidence(self, start: int, end: int, context: int = 0) -> Evidence:
        """Evidence for ``text[start:end]``, optionally widened by ``context`` characters."""
        lo = max(0, start - context)
        hi = min(len(self.text), end + context)
        return Evidence(self.ref, self.page_at(start), self.text[lo:hi], start, end)

    def whole(self) -> Evidence:
        """Evidence pointing at the document itself (its title line)."""
        if self.title_span:
            return self.evidence(*self.title_span)
        first_line = self.text.strip().split("\n", 1)[0][:60]
        return Evidence(self.ref, self.pages[0], first_line)


@dataclass(frozen=True)
class Case:
    """An ingested case: its files and the documents segmented from them."""

    case_id: str
    source: str
    files: tuple[SourceFile, ...]
    documents: tuple[Document, ...]
    warnings: tuple[str, ...] = ()

    def docs(self, doc_type: str) -> list[Document]:
        """All documents of one ``doc_type`` in file order."""
        return [d for d in self.documents if d.doc_type == doc_type]


@dataclass(frozen=True)
class Finding:
    """A defect a rule found, stamped by the engine with rule id, code, severity and points."""

    code: str
    rule: str
    category: str
    severity: str
    points: float
    message: str
    basis: str | None
    evidence: tuple[Evidence, ...]
    remediation: str | None = None
    waived: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        """Contract form of a finding."""
        out = {
            "code": self.code,
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "points": self.points,
            "message": self.message,
            "basis": self.basis,
            "evidence": [e.to_dict() for e in self.evidence],
            "remediation": self.remediation,
        }
        if self.waived is not None:
            out["waived"] = self.waived
        return out


@dataclass(frozen=True)
class Unreviewable:
    """A check that could not run (无法评查) and why. Never counted as passed."""

    rule: str
    code: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """Contract form."""
        return asdict(self)


@dataclass(frozen=True)
class ReviewError:
    """Why a case could not be reviewed: a short machine ``kind`` and a Chinese/English message."""

    kind: str
    message: str

    def to_dict(self) -> dict[str, str]:
        """Contract form."""
        return {"kind": self.kind, "message": self.message}


class CaseError(Exception):
    """A case-level failure that becomes an ``error`` record (never a crash of the batch)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(f"{kind}: {message}")
        self.kind = kind
        self.message = message

    def to_error(self) -> ReviewError:
        """The record form of this error."""
        return ReviewError(self.kind, self.message)


@dataclass
class ReviewRecord:
    """One review record (``casecheck/review@1``); ``to_dict`` is exactly the contract."""

    case_id: str
    source: str
    status: str = "reviewed"
    error: ReviewError | None = None
    documents: list[dict[str, Any]] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    unreviewable: list[Unreviewable] = field(default_factory=list)
    score: float | None = None
    grade: str | None = None
    profile: str = "default"
    risk: dict[str, Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The contract record; optional additions live under keys the schema allows."""
        out: dict[str, Any] = {
            "schema": SCHEMA_ID,
            "case_id": self.case_id,
            "source": self.source,
            "status": self.status,
            "error": self.error.to_dict() if self.error else None,
            "documents": self.documents,
            "fields": self.fields or empty_fields(),
            "findings": [f.to_dict() for f in self.findings if f.waived is None],
            "unreviewable": [u.to_dict() for u in self.unreviewable],
            "score": self.score,
            "grade": self.grade,
            "profile": self.profile,
            "risk": self.risk,
        }
        waived = [f.to_dict() for f in self.findings if f.waived is not None]
        if waived:
            out["waived_findings"] = waived
        out.update(self.extra)
        return out


def empty_fields() -> dict[str, Any]:
    """The contract's ``fields`` object with every value unknown (``null``/empty)."""
    return {
        "agency": None,
        "party": {"name": None, "kind": None, "credit_code": None, "id_number": None, "address": None},
        "officers": [],
        "dates": dict.fromkeys(CONTRACT_DATES),
        "penalty": {"kinds": [], "fine_yuan": None, "confiscation_yuan": None, "procedure": None},
        "citations": [],
    }

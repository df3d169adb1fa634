"""The library entry points the CLI, the batch runner and the workbench call.

``review_path`` runs one case through the whole flow (ingest → extract → checks → score) and
always returns a record: a case that cannot be reviewed becomes ``status: "error"`` with the
reason, never an exception that would stop a batch.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casecheck.model import CaseError, ReviewError, ReviewRecord

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReviewOptions:
    """What a review run needs besides the case path (resolved once per run, picklable)."""

    profile: str = "default"
    ocr: bool = True
    cache_dir: Path | None = None
    roster: Path | None = None
    waivers: Path | None = None
    model: str | None = "default"
    extra: dict[str, Any] = field(default_factory=dict)


def review_path(path: Path, options: ReviewOptions | None = None) -> ReviewRecord:
    """Review one case (a file or a folder) and return its record."""
    options = options or ReviewOptions()
    record = new_record(path, options)
    guarded(record, lambda: _review_into(record, path, options))
    return record


def new_record(path: Path, options: ReviewOptions) -> ReviewRecord:
    """An empty record for the case at ``path``."""
    from casecheck.ingest.case import case_id_for

    return ReviewRecord(case_id=case_id_for(path), source=str(path), profile=options.profile)


def guarded(record: ReviewRecord, work: Callable[[], object]) -> object:
    """Run ``work``; any failure turns ``record`` into an error record instead of raising.

    A bug must cost one case, not the batch: the trace goes to the log, the record says
    ``internal_error`` with the exception's name.
    """
    try:
        return work()
    except CaseError as exc:
        _fail(record, exc.to_error())
    except MemoryError:
        _fail(record, ReviewError("out_of_memory", "the case exhausted the memory limit"))
    except Exception as exc:
        log.error("internal error on %s:\n%s", record.source, traceback.format_exc())
        _fail(record, ReviewError("internal_error", f"{type(exc).__name__}: {exc}"))
    return None


def _fail(record: ReviewRecord, error: ReviewError) -> None:
    record.status = "error"
    record.error = error
    record.documents, record.fields, record.findings, record.unreviewable = [], {}, [], []
    record.score = record.grade = None
    record.risk = None


def _review_into(record: ReviewRecord, path: Path, options: ReviewOptions) -> None:
    from casecheck.extract.case import extract_case
    from casecheck.ingest.case import load_case

    case = load_case(path, ocr=options.ocr, cache_dir=options.cache_dir)
    fill_record(record, extract_case(case), list(case.warnings), options)


def fill_record(
    record: ReviewRecord, facts: dict[str, Any], warnings: list[str], options: ReviewOptions
) -> None:
    """Everything after extraction: contract fields, checks, score and risk (the part a cached
    re-run repeats)."""
    from casecheck.checks.engine import check_case
    from casecheck.extract.contract import contract_fields

    record.documents = document_entries(facts)
    record.fields = contract_fields(facts)
    outcome = check_case(facts, options)
    record.findings = list(outcome.findings)
    record.unreviewable = list(outcome.unreviewable)
    record.score, record.grade, record.profile = outcome.score, outcome.grade, outcome.profile
    if outcome.unmatched_waivers:
        record.extra["unmatched_waivers"] = outcome.unmatched_waivers
    if warnings:
        record.extra["warnings"] = list(warnings)
    record.risk = _risk(facts, record, options)


def document_entries(facts: dict[str, Any]) -> list[dict[str, Any]]:
    """The contract's ``documents[]`` from extracted document facts."""
    out = []
    for d in facts.get("documents", []):
        number = d.get("doc_number") or {}
        date = d.get("date") or {}
        out.append(
            {
                "doc_type": d["doc_type"],
                "title": d.get("title"),
                "file": d["file"],
                "pages": list(d["pages"]),
                "doc_number": number.get("value"),
                "date": date.get("value"),
                "ref": d["ref"],
            }
        )
    return out


def _risk(facts: dict[str, Any], record: ReviewRecord, options: ReviewOptions) -> dict[str, Any] | None:
    """The ML scorer's verdict, or None when no model is installed or scoring is off."""
    if not options.model:
        return None
    try:
        from casecheck.score.model import score_record
    except ImportError:
        return None
    return score_record(facts, record, options.model)

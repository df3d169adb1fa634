"""One case through the pipeline with the extraction cache: what a batch worker runs.

Same flow and same record as ``casecheck.api.review_path`` (ingest → extract → checks → score),
except that ingestion and extraction are skipped when the facts cache holds the case's facts.
Never raises: every failure becomes an error record.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from casecheck.api import ReviewOptions, fill_record, guarded, new_record, review_path
from casecheck.batch.cache import (
    FactsCache,
    RecordCache,
    case_key,
    engine_key,
    hash_case_files,
    ocr_engine,
    record_key,
)
from casecheck.model import CaseError

# refusals that may not hold next time: tesseract installed later, a file back in place or
# readable again, a memory limit raised (a case past one limit may fit under the next)
_NOT_CACHED = frozenset({"ocr_unavailable", "not_found", "unreadable", "out_of_memory"})


def review_case(
    path: Path, options: ReviewOptions, cache: FactsCache | None = None, records: RecordCache | None = None
) -> dict[str, Any]:
    """Review one case and return its record dict; ``cache=None`` is ``review_path`` itself.

    With ``records`` too, a finished record for the same facts and the same review fingerprint
    (code, rules, profile, roster, waivers, options) is returned as it was stored.
    """
    if cache is None:
        return review_path(path, options).to_dict()
    record = new_record(path, options)

    def work() -> dict[str, Any] | None:
        key, facts, warnings, fresh = _facts(path, options, cache, records)
        if facts is None:
            return warnings  # the cached record itself
        try:
            fill_record(record, facts, warnings, options)
        except BaseException:
            if fresh is not None:  # the facts are good whatever went wrong after them
                cache.put(*fresh)
            raise
        if records is None:
            if fresh is not None:
                cache.put(*fresh)
            return None
        out = record.to_dict()
        if fresh is not None:  # one file for both: see RecordCache.put_with_facts
            records.put_with_facts(record_key(key, str(path), options), out, cache, *fresh)
        else:
            records.put(record_key(key, str(path), options), out)
        return out

    done = guarded(record, work)
    return done if isinstance(done, dict) else record.to_dict()


def _facts(
    path: Path, options: ReviewOptions, cache: FactsCache, records: RecordCache | None
) -> tuple[str, dict[str, Any] | None, Any, tuple[str, dict[str, Any]] | None]:
    """``(record cache key, facts, ingestion warnings, fresh)``, from the cache or freshly
    extracted; ``(key, None, record, None)`` when the record cache already holds the finished
    record. ``fresh`` is ``(facts key, entry)`` for facts just extracted, for the caller to store
    (with the record when there is one: one file instead of two), else ``None``.

    A refusal by ingestion (``CaseError``: corrupt, encrypted, too large …) is cached too and
    raised again on a hit: the same bytes are refused the same way. Facts read through OCR are
    stored with the OCR engine's version and reused only under the same engine; their records
    are kept under the facts key salted with it (``engine_key``), so a text-layer case never
    asks tesseract for its version.
    """
    key = _case_key(path, options)
    done = _stored_record(records, key, path, options)
    if done is not None:
        return key, None, done, None
    hit = cache.get(key)
    if hit is not None:
        if isinstance(hit.get("error"), dict):
            raise CaseError(str(hit["error"]["kind"]), str(hit["error"]["message"]))
        engine = hit.get("ocr_engine")
        if isinstance(hit.get("facts"), dict) and (engine is None or engine == ocr_engine()):
            salted = engine_key(key, engine)
            done = _stored_record(records, salted, path, options) if salted != key else None
            if done is not None:
                return salted, None, done, None
            return salted, hit["facts"], list(hit.get("warnings") or []), None
    # ingestion and extraction are imported only now: a re-run served from the caches never loads them
    from casecheck.extract.case import extract_case
    from casecheck.ingest.case import load_case
    from casecheck.ingest.reader import ocr_runs

    before = ocr_runs()
    try:
        case = load_case(path, ocr=options.ocr, cache_dir=options.cache_dir)
    except CaseError as exc:
        if exc.kind not in _NOT_CACHED:
            cache.put(key, {"error": {"kind": exc.kind, "message": exc.message}})
        raise
    facts = extract_case(case)
    warnings = list(case.warnings)
    entry: dict[str, Any] = {"facts": facts, "warnings": warnings}
    if ocr_runs() != before:
        entry["ocr_engine"] = ocr_engine()
    return engine_key(key, entry.get("ocr_engine")), facts, warnings, (key, entry)


def _case_key(path: Path, options: ReviewOptions) -> str:
    """The facts key of the case at ``path`` (its files hashed)."""
    from casecheck.ingest.case import case_files, case_id_for

    return case_key(case_id_for(path), hash_case_files(case_files(path), path), options.ocr)


def has_stored_record(path: Path, options: ReviewOptions, records: RecordCache) -> bool:
    """Whether ``records`` holds the finished record of the case at ``path`` under these options
    (the record of a case read without OCR: a scanned case's record is keyed with its engine).
    Never raises: a case that cannot be keyed has no stored record."""
    try:
        return _stored_record(records, _case_key(path, options), path, options) is not None
    except Exception:
        return False


def _stored_record(
    records: RecordCache | None, key: str, path: Path, options: ReviewOptions
) -> dict[str, Any] | None:
    """The finished record stored for this case under ``key``, if any."""
    if records is None:
        return None
    done = records.get(record_key(key, str(path), options))
    return done if done is not None and done.get("source") == str(path) else None

"""One case through the pipeline with the extraction cache: what a batch worker runs.

Same flow and same record as ``casecheck.api.review_path`` (ingest → extract → checks → score),
except that ingestion and extraction are skipped when the facts cache holds the case's facts.
Never raises: every failure becomes an error record.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from casecheck.api import ReviewOptions, fill_record, guarded, new_record, review_path
from casecheck.batch.cache import FactsCache, RecordCache, case_key, hash_case_files, record_key
from casecheck.model import CaseError


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
        key, facts, warnings = _facts(path, options, cache, records)
        if facts is None:
            return warnings  # the cached record itself
        fill_record(record, facts, warnings, options)
        if records is None:
            return None
        out = record.to_dict()
        records.put(record_key(key, str(path), options), out)
        return out

    done = guarded(record, work)
    return done if isinstance(done, dict) else record.to_dict()


def _facts(
    path: Path, options: ReviewOptions, cache: FactsCache, records: RecordCache | None
) -> tuple[str, dict[str, Any] | None, Any]:
    """``(facts key, facts, ingestion warnings)``, from the cache or freshly extracted (and
    stored); ``(key, None, record)`` when the record cache already holds the finished record.

    A refusal by ingestion (``CaseError``: corrupt, encrypted, too large …) is cached too and
    raised again on a hit: the same bytes are refused the same way.
    """
    from casecheck.extract.case import extract_case
    from casecheck.ingest.case import case_files, case_id_for, load_case

    files = case_files(path)
    key = case_key(case_id_for(path), hash_case_files(files, path), options.ocr)
    if records is not None:
        done = records.get(record_key(key, str(path), options))
        if done is not None and done.get("source") == str(path):
            return key, None, done
    hit = cache.get(key)
    if hit is not None:
        if isinstance(hit.get("error"), dict):
            raise CaseError(str(hit["error"]["kind"]), str(hit["error"]["message"]))
        if isinstance(hit.get("facts"), dict):
            return key, hit["facts"], list(hit.get("warnings") or [])
    try:
        case = load_case(path, ocr=options.ocr, cache_dir=options.cache_dir)
    except CaseError as exc:
        if exc.kind not in ("ocr_unavailable", "not_found", "unreadable"):  # may be transient
            cache.put(key, {"error": {"kind": exc.kind, "message": exc.message}})
        raise
    facts = extract_case(case)
    warnings = list(case.warnings)
    cache.put(key, {"facts": facts, "warnings": warnings})
    return key, facts, warnings

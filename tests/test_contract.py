"""The contract copies shipped in the package match ../shared, and records validate."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from casecheck.model import ReviewError, ReviewRecord
from casecheck.resources import rules_dir


def schema() -> dict:
    return json.loads((rules_dir() / "contract" / "review.schema.json").read_text(encoding="utf-8"))


def test_shipped_contract_matches_shared(shared: Path) -> None:
    for name in ("defects.yaml", "review.schema.json"):
        shipped = (rules_dir() / "contract" / name).read_text(encoding="utf-8")
        assert shipped == (shared / "contract" / name).read_text(encoding="utf-8"), name


def test_error_record_validates() -> None:
    rec = ReviewRecord(case_id="x", source="x.pdf", status="error", error=ReviewError("corrupt_pdf", "bad"))
    jsonschema.validate(rec.to_dict(), schema())


def test_empty_reviewed_record_validates() -> None:
    jsonschema.validate(ReviewRecord(case_id="x", source="x.txt").to_dict(), schema())

"""Whole documents in other phrasings (``tests/extract/documents.yaml``): each row names facts by
dotted path into ``DocFacts`` (``party.name.value``, ``officers.0.name``) and their values."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from casecheck.extract.document import extract_document
from casecheck.model import Document

ROWS = yaml.safe_load((Path(__file__).parent / "extract" / "documents.yaml").read_text(encoding="utf-8"))


def at(obj: Any, path: str) -> Any:
    """The value at a dotted path; ``None`` when any step is missing."""
    for step in path.split("."):
        if isinstance(obj, list):
            obj = obj[int(step)] if step.isdigit() and int(step) < len(obj) else None
        elif isinstance(obj, dict):
            obj = obj.get(step)
        else:
            return None
    return obj


@pytest.mark.parametrize("row", ROWS, ids=[r["name"] for r in ROWS])
def test_document(row: dict[str, Any]) -> None:
    doc = Document(row["doc_type"], row["doc_type"], None, "f.txt", (1, 1), row["text"], (0,))
    facts = extract_document(doc)
    for path, want in row["want"].items():
        if path == "officers":
            assert [[o["name"], o["certificate"]] for o in facts["officers"]] == want
        else:
            assert at(facts, path) == want, path

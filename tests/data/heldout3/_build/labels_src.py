"""Collect each case module's LABEL and write labels.jsonl (one JSON object per case)."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

CASES = ["case_a1", "case_a2", "case_a3", "case_a4", "case_a5", "case_a6", "case_a7", "case_a8"]


def labels() -> list[dict]:
    return [importlib.import_module(name).LABEL for name in CASES]


def write_labels(path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for lab in labels():
            lab = dict(lab, codes=sorted(lab["codes"]))
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")

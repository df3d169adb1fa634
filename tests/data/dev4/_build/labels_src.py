"""Write tests/data/dev4/labels.jsonl from the LABEL of every case module."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import CASES  # noqa: E402


def labels() -> list[dict]:
    out = []
    for name in CASES:
        lab = dict(importlib.import_module(name).LABEL)
        lab["codes"] = sorted(lab["codes"])
        out.append(lab)
    return out


if __name__ == "__main__":
    path = HERE.parent / "labels.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for lab in labels():
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("wrote", path)

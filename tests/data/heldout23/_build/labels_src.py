"""Writes ../labels.jsonl from the LABEL dict of each case module (run from this folder)."""
import importlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT  # noqa: E402

CASES = [f"case{i:02d}" for i in range(1, 8)]


def labels():
    out = []
    for m in CASES:
        lab = dict(importlib.import_module(m).LABEL)
        lab["codes"] = sorted(lab["codes"])
        out.append(lab)
    return out


if __name__ == "__main__":
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels():
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("wrote", len(CASES), "labels")

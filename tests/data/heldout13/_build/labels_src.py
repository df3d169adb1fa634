"""Writes ../labels.jsonl from the LABEL dict of each case module."""
import importlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT  # noqa: E402

CASES = ["case01", "case02", "case03", "case04", "case05", "case06", "case07"]


def labels():
    out = []
    for m in CASES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            continue
        lab = {k: v for k, v in mod.LABEL.items() if k != "checks"}
        lab["codes"] = sorted(lab["codes"])
        out.append((mod, lab))
    return out


if __name__ == "__main__":
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for _, lab in labels():
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")

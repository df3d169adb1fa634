"""Writes ../labels.jsonl from the LABEL dict of every case module (and rebuilds the cases)."""
import importlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT  # noqa: E402

CASES = ["case01", "case02", "case03", "case04", "case05", "case06", "case07"]


def main(build=True):
    rows = []
    for m in CASES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            continue
        if build:
            mod.build()
        lab = dict(mod.LABEL)
        lab["codes"] = sorted(lab["codes"])
        rows.append(lab)
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "labels")


if __name__ == "__main__":
    main("--no-build" not in sys.argv)

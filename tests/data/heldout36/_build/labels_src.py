"""Builds every case and writes ../labels.jsonl from each case module's LABEL."""
import importlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT  # noqa: E402

CASES = [f"case{i}" for i in range(1, 8)]


def main(build=True):
    labels = []
    for name in CASES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        if build:
            mod.build()
        lab = dict(mod.LABEL)
        lab["codes"] = sorted(lab["codes"])
        labels.append(lab)
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(len(labels), "cases")


if __name__ == "__main__":
    main(build="--no-build" not in sys.argv)

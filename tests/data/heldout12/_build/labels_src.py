"""Writes ../labels.jsonl from the LABEL dict of every case module."""
import importlib
import json
import os

from common import OUT

CASES = ["case01_chengguan", "case02_fire", "case03_transport", "case04_dust",
         "case05_tax", "case06_price", "case07_permit"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    for name in CASES:
        if not os.path.exists(os.path.join(here, name + ".py")):
            continue
        rows.append(importlib.import_module(name).LABEL)
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "labels")


if __name__ == "__main__":
    main()

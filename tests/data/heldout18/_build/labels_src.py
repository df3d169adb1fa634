"""Writes ../labels.jsonl from the LABEL dict of every case module, then (re)builds the cases."""
import importlib
import json
import sys

from common import OUT

CASES = ["case01_stats", "case02_gas", "case03_medins", "case04_sports", "case05_fishery",
         "case06_price", "case07_safety"]


def available():
    mods = []
    for name in CASES:
        try:
            mods.append(importlib.import_module(name))
        except ModuleNotFoundError as e:
            if e.name != name:
                raise
    return mods


if __name__ == "__main__":
    mods = available()
    if "--build" in sys.argv:
        for m in mods:
            m.build()
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for m in mods:
            f.write(json.dumps(m.LABEL, ensure_ascii=False) + "\n")
    print("labels:", [m.CASE_ID for m in mods])

"""Writes ../labels.jsonl from the LABEL dict of every case module."""
import importlib
import json
import os

from common import OUT

CASES = ["case_a", "case_b", "case_c", "case_d", "case_e", "case_f", "case_g"]


def load():
    mods = []
    for c in CASES:
        try:
            mods.append(importlib.import_module(c))
        except ModuleNotFoundError:
            pass
    return mods


if __name__ == "__main__":
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for m in load():
            lab = {k: v for k, v in m.LABEL.items() if not k.startswith("_")}
            lab["codes"] = sorted(lab["codes"])
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")

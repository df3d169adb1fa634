"""Build every case of the heldout8 corpus and write ../labels.jsonl (run: python labels_src.py)."""
from __future__ import annotations

import importlib
import json

from common import OUT

CASES = ["case_a", "case_b", "case_c", "case_d", "case_e", "case_f", "case_g"]


def main() -> None:
    labels = []
    for name in CASES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        lab = mod.build()
        lab["codes"] = sorted(lab["codes"])
        labels.append(lab)
    labels.sort(key=lambda x: x["case_id"])
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"{len(labels)} cases written")


if __name__ == "__main__":
    main()

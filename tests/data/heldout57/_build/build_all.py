"""Regenerate every case of the heldout57 corpus plus labels.jsonl.

Run: python tests/data/heldout57/_build/build_all.py   (paths are relative to this file)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import ROOT  # noqa: E402
import render  # noqa: E402

import case01, case02, case03, case04, case05, case06, case07  # noqa: E402,E401

CASES = [case01, case02, case03, case04, case05, case06, case07]


def main(only=None):
    labels = []
    for mod in CASES:
        if only and mod.CASE_ID not in only:
            continue
        pagemap = mod.build(ROOT)
        lab = dict(mod.LABEL)
        lab["notes"] = mod.notes(pagemap)
        labels.append(lab)
        print(mod.CASE_ID, "built;", pagemap)
    if not only:
        with open(ROOT / "labels.jsonl", "w", encoding="utf-8") as fh:
            for lab in labels:
                fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
        print("labels.jsonl written")


if __name__ == "__main__":
    main(sys.argv[1:] or None)

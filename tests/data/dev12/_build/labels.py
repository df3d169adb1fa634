"""Write ../labels.jsonl from the case modules (one JSON object per case)."""
from __future__ import annotations

import importlib
import json
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from build import CASES  # noqa: E402

ENCODING = {"gbk": "gbk", "utf-8": "utf-8", "folder": "folder", "docx": "docx", "pdf-ruled": "pdf-text",
            "pdf-prose": "pdf-text", "pdf-image": "pdf-image", "ofd": "ofd"}


def record(mod):
    m = mod.META
    return {
        "case_id": m["case_id"],
        "codes": sorted(m["codes"]),
        "encoding": ENCODING[m["format"]],
        "notes": m["notes"],
        "fields": mod.fields(),
    }


def main():
    out = os.path.join(os.path.dirname(HERE), "labels.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for name in CASES:
            f.write(json.dumps(record(importlib.import_module(name)), ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} labels")


if __name__ == "__main__":
    main()

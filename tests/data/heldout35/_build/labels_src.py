"""Write ../labels.jsonl from the LABEL dict of each case module (one JSON object per case)."""
import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
CASES = ["case_a", "case_b", "case_c", "case_d", "case_e", "case_f", "case_g"]


def main() -> None:
    rows = []
    for name in CASES:
        lab = dict(importlib.import_module(name).LABEL)
        lab["codes"] = sorted(lab["codes"])
        rows.append(lab)
    with open(HERE.parent / "labels.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

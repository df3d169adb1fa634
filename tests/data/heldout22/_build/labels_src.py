"""Write ../labels.jsonl from the LABEL dict of every case module (run with the project venv)."""
import importlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT  # noqa: E402

CASES = ["case_a", "case_b", "case_c", "case_d", "case_e", "case_f", "case_g"]


def main():
    rows = []
    for m in CASES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            continue
        lab = dict(mod.LABEL)
        lab["codes"] = sorted(lab["codes"])
        rows.append(lab)
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "labels")


if __name__ == "__main__":
    main()

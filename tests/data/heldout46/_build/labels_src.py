"""Build every case and write labels.jsonl (run from any directory)."""
import importlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT  # noqa: E402

CASES = ["case_a", "case_b", "case_c", "case_d", "case_e", "case_f", "case_g"]


def main():
    rows = []
    for name in CASES:
        if not os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), name + ".py")):
            continue
        m = importlib.import_module(name)
        m.build()
        rows.append(m.LABEL)
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            r = dict(r, codes=sorted(r["codes"]))
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "cases")


if __name__ == "__main__":
    main()

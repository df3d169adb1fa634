"""Build every dev8 case and labels.jsonl. Run from anywhere: python3 _build/build.py"""
import importlib
import json
import os
import sys

sys.dont_write_bytecode = True

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT  # noqa: E402

CASES = [f"case0{i}" for i in range(1, 9)]


def main(only=None):
    labels = []
    for name in CASES:
        if only and name not in only:
            continue
        mod = importlib.import_module(name)
        case = mod.build()
        mod.write(case)
        labels.append(case.label)
        print(case.case_id, "pages", case.total_pages, file=sys.stderr)
    if not only:
        with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
            for lab in labels:
                f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:] or None)

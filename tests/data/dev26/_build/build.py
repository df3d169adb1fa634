"""Build the dev26 corpus deterministically: every case and labels.jsonl.

Run:  python _build/build.py          (from tests/data/dev26, or anywhere)
"""
import importlib
import json
import os
import random
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1

CASES = ["c01", "c02", "c03", "c04", "c05", "c06", "c07", "c08"]


def main(only=None):
    random.seed(114)
    labels, checks = [], []
    for name in CASES:
        if only and name not in only:
            continue
        mod = importlib.import_module(name)
        label, check = mod.build(OUT)
        labels.append(label)
        check["case_id"] = label["case_id"]
        checks.append(check)
        print("built", label["case_id"], label["codes"])
    if not only:
        with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
            for lb in labels:
                fh.write(json.dumps(lb, ensure_ascii=False) + "\n")
        with open(os.path.join(HERE, "expect.json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump(checks, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:] or None)

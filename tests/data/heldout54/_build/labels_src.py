"""Writes ../labels.jsonl from the LABEL dict of each case module."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import case1, case2, case3, case4, case5, case6, case7  # noqa: E402
from common import OUT  # noqa: E402

CASES = [case1, case2, case3, case4, case5, case6, case7]


def main(build=False):
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for m in CASES:
            if build:
                m.build()
            lab = dict(m.LABEL)
            lab["codes"] = sorted(lab["codes"])
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(build="--build" in sys.argv)

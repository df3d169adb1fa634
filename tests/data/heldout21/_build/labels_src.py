"""Write ../labels.jsonl from the LABEL dict of every case module (and rebuild nothing)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import case_a, case_b, case_c, case_d, case_e, case_f, case_g  # noqa: E402
from common import OUT  # noqa: E402

CASES = [case_a, case_b, case_c, case_d, case_e, case_f, case_g]


def main():
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for m in CASES:
            lab = dict(m.LABEL)
            lab["codes"] = sorted(lab["codes"])
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

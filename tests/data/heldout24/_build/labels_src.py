"""Writes ../labels.jsonl from the LABEL dict of each case module (and can rebuild every case)."""
import json
import os
import sys

import case_a, case_b, case_c, case_d, case_e, case_f, case_g
from common import OUT

CASES = [case_a, case_b, case_c, case_d, case_e, case_f, case_g]

if __name__ == "__main__":
    if "--build" in sys.argv:
        for m in CASES:
            m.build()
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for m in CASES:
            lab = dict(m.LABEL)
            lab["codes"] = sorted(lab["codes"])
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("wrote", len(CASES), "labels")

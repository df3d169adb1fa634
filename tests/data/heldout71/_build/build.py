"""Build every heldout71 case and labels.jsonl deterministically.  Usage: python3 _build/build.py"""
import json
import os
import random
import sys

sys.dont_write_bytecode = True

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import case_jg  # noqa: E402
import case_jt  # noqa: E402
import case_wl  # noqa: E402
import case_zr  # noqa: E402
import case_st  # noqa: E402
import case_sw  # noqa: E402
import case_yj  # noqa: E402
import case_zj  # noqa: E402

CASES = [case_yj, case_st, case_jt, case_zr, case_wl, case_jg, case_zj, case_sw]


def main():
    random.seed(71103)
    np.random.seed(71103)
    labels, checks = [], {}
    for mod in CASES:
        lab = mod.build(OUT)
        checks[lab["case_id"]] = lab.pop("_check")
        labels.append(lab)
    labels.sort(key=lambda x: x["case_id"])
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "expect.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(checks, f, ensure_ascii=False, indent=1, sort_keys=True)
    print("built", len(labels), "cases")


if __name__ == "__main__":
    main()

"""Build every heldout70 case and labels.jsonl deterministically. Run: python3 _build/build.py"""
import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1

import case_a, case_b, case_c, case_d, case_e, case_f, case_gh  # noqa: E402
from common import OUT  # noqa: E402


def main():
    labels = []
    for fn in (case_a.build, case_b.build, case_c.build, case_d.build, case_e.build, case_f.build,
               case_gh.build_g, case_gh.build_h):
        label, meta = fn()
        labels.append(label)
        print(label["case_id"], meta.get("format"), label["codes"])
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

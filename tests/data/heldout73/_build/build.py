"""Build every heldout73 case and labels.jsonl (deterministic: fixed seeds).

Run from anywhere:  python3 _build/build.py
"""
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

import case_a  # noqa: E402
import case_bc  # noqa: E402
import case_de  # noqa: E402
import case_fgh  # noqa: E402

CASES = [
    (case_a.build, case_a.LABEL),
    (case_bc.build_b, case_bc.B_LABEL),
    (case_bc.build_c, case_bc.C_LABEL),
    (case_de.build_d, case_de.D_LABEL),
    (case_de.build_e, case_de.E_LABEL),
    (case_fgh.build_f, case_fgh.F_LABEL),
    (case_fgh.build_g, case_fgh.G_LABEL),
    (case_fgh.build_h, case_fgh.H_LABEL),
]


def main():
    random.seed(73108)
    for _, lab in CASES:
        for ext in ("", ".pdf", ".docx", ".txt"):
            p = os.path.join(ROOT, lab["case_id"] + ext)
            if os.path.isdir(p):
                shutil.rmtree(p)
            elif os.path.exists(p):
                os.remove(p)
    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for build, lab in CASES:
            build(ROOT)
            rec = {k: lab[k] for k in ("case_id", "codes", "encoding", "notes", "fields")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            print("built", lab["case_id"])


if __name__ == "__main__":
    main()

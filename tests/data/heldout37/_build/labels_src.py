"""Write ../labels.jsonl from the LABEL dict of each case module (hand-written labels live next to the case text)."""
from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

CASES = ["case1_kp_land", "case2_dx_dust", "case3_wlt_netbar", "case4_sy_planning",
         "case5_pc_permit", "case6_tn_hazwaste", "case7_lt_transport"]
PUBLIC = ("case_id", "codes", "notes", "encoding", "fields")


def labels() -> list[dict]:
    out = []
    for name in CASES:
        mod = __import__(name)
        lab = dict(mod.LABEL)
        lab["codes"] = sorted(lab["codes"])
        rec = {k: lab[k] for k in PUBLIC}
        rec["format"] = lab["format"]
        out.append(rec)
    return out


def main() -> None:
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "labels.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for rec in labels():
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", path)


if __name__ == "__main__":
    main()

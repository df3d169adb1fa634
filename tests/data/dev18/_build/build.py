"""Build the dev18 corpus: python3 build.py (writes next to this folder, then labels.jsonl)."""
import importlib
import json
import sys

from common import OUT

MODULES = ["c1_jiangsu_price", "c2_zhejiang_waste", "c3_hunan_repair", "c4_jiangxi_forest",
           "c5_henan_labour", "c6_sichuan_medins", "c7_ningxia_quake", "c8_guangdong_card"]


def main(only=None):
    labels, checks = [], {}
    for m in MODULES:
        if only and m not in only:
            continue
        mod = importlib.import_module(m)
        lab = mod.build()
        checks[lab["case_id"]] = {k: lab.pop(k) for k in list(lab) if k.startswith("_")}
        labels.append(lab)
        print("built", lab["case_id"])
    if not only:
        with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
            for lab in labels:
                f.write(json.dumps(lab, ensure_ascii=False) + "\n")
        with open(OUT / "_build" / "expect.json", "w", encoding="utf-8") as f:
            json.dump(checks, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:] or None)

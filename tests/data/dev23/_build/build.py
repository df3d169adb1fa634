"""Build every dev23 case and labels.jsonl deterministically: python3 _build/build.py"""
import importlib
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

CASES = ["c01_hrss", "c02_tax", "c03_samr", "c04_fire", "c05_msa", "c06_housing", "c07_eco", "c08_culture"]


def main(only=None):
    random.seed(106)
    labels = []
    for name in CASES:
        path = os.path.join(common.HERE, name + ".py")
        if not os.path.exists(path):
            continue
        if only and name not in only:
            continue
        lab = importlib.import_module(name).build()
        labels.append({k: v for k, v in lab.items() if not k.startswith("_")})
        print("built", lab["case_id"])
    if not only:
        with open(os.path.join(common.OUT, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
            for lab in labels:
                fh.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:] or None)

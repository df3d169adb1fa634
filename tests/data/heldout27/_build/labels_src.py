"""Write labels.jsonl from the LABEL dict of every case module."""
import importlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT

CASES = sorted(f[:-3] for f in os.listdir(os.path.dirname(os.path.abspath(__file__)))
               if f.startswith("case") and f.endswith(".py"))


def load():
    mods = []
    for c in CASES:
        mods.append(importlib.import_module(c))
    return mods


if __name__ == "__main__":
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for m in load():
            lab = {k: v for k, v in m.LABEL.items() if not k.startswith("_")}
            lab["codes"] = sorted(lab["codes"])
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")

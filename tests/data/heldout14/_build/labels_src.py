"""Write ../labels.jsonl from the LABEL of every case module (and rebuild the cases)."""
import importlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT

MODULES = ["c01_food", "c02_safety", "c03_dust", "c04_fire", "c05_price", "c06_tax", "c07_plan"]


def main(build=False):
    rows = []
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            continue
        if build:
            mod.build()
        lab = dict(mod.LABEL)
        lab["codes"] = sorted(lab["codes"])
        rows.append(lab)
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "cases")


if __name__ == "__main__":
    main("--build" in sys.argv)

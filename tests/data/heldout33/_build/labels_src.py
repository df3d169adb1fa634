"""Write ../labels.jsonl from the LABEL dict of each case module (and rebuild every case)."""
import importlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT  # noqa: E402

CASES = ["case1_seed", "case2_forest", "case3_agriprod", "case4_water", "case5_pesticide",
         "case6_fishery", "case7_onspot"]


def modules():
    for name in CASES:
        try:
            yield importlib.import_module(name)
        except ModuleNotFoundError:
            continue


def main():
    rows = []
    for m in modules():
        if "--build" in sys.argv:
            m.build()
        label = dict(m.LABEL)
        label["codes"] = sorted(label["codes"])
        rows.append(label)
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} labels written")


if __name__ == "__main__":
    main()

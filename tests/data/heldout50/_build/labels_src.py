"""Builds every case and writes ../labels.jsonl from the LABEL dict in each case module."""
import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from common import OUT  # noqa: E402

MODS = sorted(p.stem for p in HERE.glob("case*.py"))

if __name__ == "__main__":
    rows = []
    for m in MODS:
        mod = importlib.import_module(m)
        if "--no-build" not in sys.argv:
            mod.build()
        rows.append(mod.LABEL)
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "labels")

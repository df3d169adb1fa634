"""Write labels.jsonl from the LABEL dict of every case module."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import lib  # noqa: E402
import case01, case02, case03, case04, case05, case06, case07  # noqa: E401,E402

with open(lib.OUT / "labels.jsonl", "w", encoding="utf-8") as fh:
    for c in (case01, case02, case03, case04, case05, case06, case07):
        lab = dict(c.LABEL)
        lab["codes"] = sorted(lab["codes"])
        fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
print("labels.jsonl written")

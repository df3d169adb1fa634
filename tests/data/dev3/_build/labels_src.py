"""Write tests/data/dev3/labels.jsonl from the LABEL of each case module."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cases import load  # noqa: E402
from common import OUT  # noqa: E402

KEYS = ("case_id", "codes", "notes", "encoding", "fields")


def records() -> list[dict]:
    out = []
    for mod in load():
        lab = {k: mod.LABEL[k] for k in KEYS}
        lab["codes"] = sorted(lab["codes"])
        out.append(lab)
    return out


if __name__ == "__main__":
    lines = [json.dumps(r, ensure_ascii=False) for r in records()]
    (OUT / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} labels")

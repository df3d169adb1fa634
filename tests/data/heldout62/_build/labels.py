"""Write ../labels.jsonl from the case modules (one JSON object per case, keys in contract order)."""
from __future__ import annotations

import sys
sys.dont_write_bytecode = True

import importlib
import json
from pathlib import Path

from build import CASES

HERE = Path(__file__).resolve().parent


def main():
    lines = []
    for m in CASES:
        case = importlib.import_module(m).make()
        lab = case["label"]
        f = lab["fields"]
        rec = {
            "case_id": case["id"],
            "codes": sorted(lab["codes"]),
            "encoding": lab["encoding"],
            "notes": lab["notes"],
            "fields": {
                "agency": f["agency"],
                "party": {k: f["party"][k] for k in ("name", "kind", "credit_code", "id_number")},
                "penalty": {k: f["penalty"][k] for k in ("fine_yuan", "procedure")},
                "dates": {k: f["dates"][k] for k in ("filing", "notice", "decision", "decision_served")},
                "citations": [{k: c[k] for k in ("law", "article", "paragraph", "item", "role")} for c in f["citations"]],
            },
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    (HERE.parent / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} labels")


if __name__ == "__main__":
    main()

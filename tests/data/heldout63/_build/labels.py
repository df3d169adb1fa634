"""Write ../labels.jsonl from the LABEL dicts of the seven case modules."""
from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build import CASES  # noqa: E402

ENC = {"folder": "folder", "gbk": "gbk", "utf-8": "utf-8", "docx": "docx", "pdf-text": "pdf-text", "pdf-image": "pdf-image"}


def main():
    lines = []
    for name in CASES:
        mod = importlib.import_module(name)
        case = mod.build()
        lab = mod.LABEL
        rec = {"case_id": case["case_id"], "codes": sorted(lab["codes"]), "encoding": ENC[case["fmt"]],
               "notes": lab["notes"], "fields": lab["fields"]}
        lines.append(json.dumps(rec, ensure_ascii=False))
    (HERE.parent / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} labels")


if __name__ == "__main__":
    main()

"""Write ../labels.jsonl from the LABEL dict of each case module (python labels_src.py)."""
import importlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import ALL  # noqa: E402
from common import OUT  # noqa: E402

FORMATS = {"pdf": "text-layer PDF", "scan": "scanned PDF", "docx": "DOCX", "folder": "folder of UTF-8 txt",
           "txt": "plain text"}


def main():
    rows = []
    for name in ALL:
        m = importlib.import_module(name)
        lab = dict(m.LABEL)
        lab["codes"] = sorted(lab["codes"])
        lab["notes"] = f"［{FORMATS[m.FORMAT]}］" + lab["notes"]
        rows.append({k: lab[k] for k in ("case_id", "codes", "notes", "encoding", "fields")})
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} labels")


if __name__ == "__main__":
    main()

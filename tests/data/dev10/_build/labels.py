"""Write ../labels.jsonl from the LABEL dict of every case module (keys in the contract order)."""
import json
import os
import sys

sys.dont_write_bytecode = True  # keep __pycache__ (which records absolute paths) out of the corpus

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import load  # noqa: E402
from common import OUT  # noqa: E402


def main():
    lines = []
    for mod in load():
        case = mod.build()
        lab = mod.LABEL
        rec = {"case_id": case.case_id, "codes": sorted(lab["codes"]), "encoding": lab["encoding"],
               "notes": lab["notes"], "fields": lab["fields"]}
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"labels.jsonl: {len(lines)} cases")


if __name__ == "__main__":
    main()

"""Write ../labels.jsonl: one JSON object per case, keys in the agreed order.

    python3 labels.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import build  # noqa: E402

ENCODING = {"folder": "folder", "gbk": "gbk", "utf8": "utf-8", "utf8box": "utf-8", "docx": "docx",
            "pdf-table": "pdf-text", "pdf-prose": "pdf-text", "pdf-image": "pdf-image"}


def records():
    out = []
    for case in build.load_cases():
        lab = case.label
        f = lab["fields"]
        rec = {
            "case_id": case.case_id,
            "codes": sorted(lab["codes"]),
            "encoding": ENCODING[case.fmt],
            "notes": lab["notes"],
            "fields": {
                "agency": f["agency"],
                "party": {k: f["party"][k] for k in ("name", "kind", "credit_code", "id_number")},
                "penalty": {"fine_yuan": f["penalty"]["fine_yuan"], "procedure": f["penalty"]["procedure"]},
                "dates": {k: f["dates"][k] for k in ("filing", "notice", "decision", "decision_served")},
                "citations": [{k: c[k] for k in ("law", "article", "paragraph", "item", "role")}
                              for c in f["citations"]],
            },
        }
        out.append(rec)
    return out


def main():
    path = os.path.join(OUT, "labels.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for rec in records():
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", os.path.relpath(path, OUT), "with", len(records()), "records")


if __name__ == "__main__":
    main()

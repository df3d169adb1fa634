#!/usr/bin/env python3
"""Build decisions12: writes the 24 .txt files and labels.jsonl next to this _build folder.

Run:  python3 _build/build.py      (from the decisions12 folder, or from anywhere)
Texts and labels live in docs_a.py / docs_b.py; helpers (check digits, amounts) in common.py.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import docs_a  # noqa: E402
import docs_b  # noqa: E402

KEYS = ["file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles",
        "fine_yuan", "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness",
        "notes", "defects_observed"]
EXTRA_ORDER = ["related_doc_numbers", "procedure"]


def header(doc):
    return ("source: invented for decisions12 (writer 78); imitates: " + doc["form"] + "\n"
            "domain: " + doc["domain"] + "\n"
            "doc_type: " + doc["label"]["doc_type"] + "\n"
            "---\n")


def label_record(doc):
    lab = dict(doc["label"])
    rec = {"file": doc["file"]}
    for k in KEYS[1:]:
        rec[k] = lab.pop(k)
    for k in EXTRA_ORDER:
        if k in lab:
            rec[k] = lab.pop(k)
    for k in sorted(lab):
        rec[k] = lab[k]
    return rec


def main():
    docs = docs_a.DOCS + docs_b.DOCS
    lines = []
    for doc in docs:
        with open(os.path.join(OUT, doc["file"]), "w", encoding="utf-8", newline="\n") as f:
            f.write(header(doc) + doc["text"])
        lines.append(json.dumps(label_record(doc), ensure_ascii=False))
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d files and labels.jsonl to %s" % (len(docs), os.path.basename(OUT)))


if __name__ == "__main__":
    main()

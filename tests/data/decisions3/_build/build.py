"""Write the decisions3 corpus: the .txt documents and labels.jsonl, from the hand-written modules.

Run from anywhere:  python tests/data/decisions3/_build/build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import SOURCE  # noqa: E402
import docs_a  # noqa: E402

MODULES = [docs_a]
for name in ("docs_b", "docs_c"):
    try:
        MODULES.append(__import__(name))
    except ImportError:
        pass

KEY_ORDER = ["file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles",
             "fine_yuan", "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness",
             "notes", "defects_observed"]


def main():
    out = os.path.dirname(HERE)
    docs = [d for m in MODULES for d in m.DOCS]
    labels = []
    for d in docs:
        text = d["text"].strip("\n") + "\n"
        header = f"source: {SOURCE}\ndomain: {d['domain']}\ndoc_type: {d['doc_type']}\n---\n"
        with open(os.path.join(out, d["file"]), "w", encoding="utf-8") as f:
            f.write(header + text)
        lab = dict(d["label"])
        lab["file"] = d["file"]
        lab.setdefault("doc_type", d["doc_type"])
        ordered = {k: lab.pop(k) for k in KEY_ORDER}
        ordered.update(lab)  # optional keys (procedure, related_doc_numbers, refund_yuan) last
        labels.append(ordered)
    labels.sort(key=lambda x: x["file"])
    with open(os.path.join(out, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print(f"wrote {len(labels)} documents to {out}")


if __name__ == "__main__":
    main()

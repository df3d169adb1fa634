"""Write the decisions6 documents and labels.jsonl from the hand-written modules.

Run from anywhere: python tests/data/decisions6/_build/build.py
"""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import SOURCE  # noqa: E402

MODULES = ["docs_a", "docs_b", "docs_c"]
KEY_ORDER = ["file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles",
             "fine_yuan", "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness",
             "notes", "defects_observed"]


def main():
    docs = []
    for name in MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        docs.extend(mod.DOCS)
    seen = set()
    lines = []
    for d in docs:
        assert d["file"] not in seen, d["file"]
        seen.add(d["file"])
        header = "source: %s\ndomain: %s\ndoc_type: %s\n---\n" % (SOURCE, d["domain"], d["doc_type"])
        with open(os.path.join(OUT, d["file"]), "w", encoding="utf-8", newline="\n") as f:
            f.write(header + d["text"])
        lab = dict(d["label"])
        lab["file"] = d["file"]
        ordered = {k: lab[k] for k in KEY_ORDER}
        for k, v in lab.items():
            if k not in ordered:
                ordered[k] = v
        lines.append(json.dumps(ordered, ensure_ascii=False))
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d documents" % len(lines))


if __name__ == "__main__":
    main()

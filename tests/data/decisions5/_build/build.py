"""Write the decisions5 documents and labels.jsonl from the hand-written modules.

Run from anywhere: python tests/data/decisions5/_build/build.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import header  # noqa: E402

MODULES = ["docs1", "docs2", "docs3"]


def main():
    out = os.path.dirname(HERE)
    docs = []
    for name in MODULES:
        try:
            mod = __import__(name)
        except ModuleNotFoundError:
            continue
        docs.extend(mod.DOCS)
    docs.sort(key=lambda d: d["file"])
    with open(os.path.join(out, "labels.jsonl"), "w", encoding="utf-8") as lf:
        for d in docs:
            assert d["label"]["file"] == d["file"]
            with open(os.path.join(out, d["file"]), "w", encoding="utf-8") as f:
                f.write(header(d["domain"], d["doc_type"]) + d["text"])
            lf.write(json.dumps(d["label"], ensure_ascii=False) + "\n")
    print("wrote %d documents" % len(docs))


if __name__ == "__main__":
    main()

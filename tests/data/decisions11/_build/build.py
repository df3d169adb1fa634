"""Build decisions11: write the 24 .txt files and labels.jsonl next to this folder's parent.

Usage: python build.py   (paths are relative to this script)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import docs_a  # noqa: E402
import docs_b  # noqa: E402


def main():
    docs = docs_a.DOCS + docs_b.DOCS
    docs.sort(key=lambda d: d["file"])
    for d in docs:
        with open(os.path.join(OUT, d["file"]), "w", encoding="utf-8", newline="\n") as f:
            f.write(d["content"])
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            f.write(json.dumps(d["label"], ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents and labels.jsonl")


if __name__ == "__main__":
    main()

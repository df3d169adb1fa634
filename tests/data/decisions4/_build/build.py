"""Write the decisions4 corpus: one .txt per document plus labels.jsonl.

Run from anywhere:  python tests/data/decisions4/_build/build.py
The texts and labels are hand-written in the batch*.py modules next to this file.
"""
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

from common import SOURCE  # noqa: E402

BATCHES = ["batch1", "batch2", "batch3", "batch4"]


def all_docs():
    docs = []
    for name in BATCHES:
        if (HERE / f"{name}.py").exists():
            docs.extend(importlib.import_module(name).DOCS)
    return sorted(docs, key=lambda d: d["file"])


def main():
    docs = all_docs()
    files = [d["file"] for d in docs]
    assert len(files) == len(set(files)), "duplicate file names"
    for old in OUT.glob("*.txt"):
        if old.name not in files:
            old.unlink()
    for d in docs:
        header = f"source: {SOURCE}\ndomain: {d['domain']}\ndoc_type: {d['doc_type']}\n---\n"
        (OUT / d["file"]).write_text(header + d["text"].lstrip("\n"), encoding="utf-8")
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d["label"], ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents")


if __name__ == "__main__":
    main()

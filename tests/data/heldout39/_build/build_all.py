"""Rebuild every case file of the heldout39 corpus, then labels.jsonl.
Run from anywhere:  python tests/data/heldout39/_build/build_all.py"""
import importlib
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

CASES = ["case01", "case02", "case03", "case04", "case05", "case06", "case07"]

if __name__ == "__main__":
    for m in CASES:
        path, entries = importlib.import_module(m).build()
        print(os.path.basename(path), len(entries), "documents")
    import labels_src
    labels_src.main()

"""Rebuild every case of the corpus and labels.jsonl: .venv/bin/python tests/data/heldout22/_build/build_all.py"""
import importlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import labels_src  # noqa: E402

if __name__ == "__main__":
    for m in labels_src.CASES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            continue
        print(m, mod.build())
    labels_src.main()

"""Rebuild every case file and labels.jsonl:  python tests/data/heldout21/_build/build_all.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import labels_src  # noqa: E402

for m in labels_src.CASES:
    m.build()
labels_src.main()

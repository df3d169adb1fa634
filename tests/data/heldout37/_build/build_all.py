"""Rebuild every case file of the corpus, then labels.jsonl."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import labels_src  # noqa: E402

for name in labels_src.CASES:
    __import__(name).build()
    print("built", name)
labels_src.main()

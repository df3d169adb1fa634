"""Rebuild every case and labels.jsonl."""
import importlib

import labels_src

for m in labels_src.CASES:
    importlib.import_module(m).build()
labels_src.main()

"""Rebuild every case volume and labels.jsonl."""
import importlib, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
for p in sorted(glob.glob(os.path.join(HERE, "case[0-9][0-9].py"))):
    importlib.import_module(os.path.basename(p)[:-3]).build()
import labels_src  # noqa

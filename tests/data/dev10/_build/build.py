"""Render every case volume of dev10 and write _build/manifest.json.

Usage: python build.py            (from anywhere; paths are relative to this file)
"""
import os
import sys

sys.dont_write_bytecode = True  # keep __pycache__ (which records absolute paths) out of the corpus

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import random  # noqa: E402

from cases import load  # noqa: E402
from common import HERE, dump_json, manifest_entry, render  # noqa: E402

random.seed(72)


def main():
    manifest = []
    for mod in load(sys.argv[1:] or None):
        case = mod.build()
        n = render(case)
        m = manifest_entry(case)
        assert m["pages"] == n, (case.case_id, n, m["pages"])
        manifest.append(m)
        print(f"{case.case_id:32s} {case.fmt:10s} {n:3d} pages")
    dump_json(manifest, os.path.join(HERE, "manifest.json"))


if __name__ == "__main__":
    main()

"""Build the dev12 corpus: eight case volumes in eight formats.

Run from anywhere:  python3 tests/data/dev12/_build/build.py
Outputs go to the folder above this script; a manifest of the pagination goes
to _build/manifest.json for check.py.
"""
from __future__ import annotations

import importlib
import json
import os
import shutil
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import paginate  # noqa: E402
import renderers as RD  # noqa: E402

CASES = ["case01", "case02", "case03", "case04", "case05", "case06", "case07", "case08"]
SEED = 1207

EXT = {"gbk": ".txt", "utf-8": ".txt", "folder": "", "docx": ".docx", "pdf-ruled": ".pdf",
       "pdf-prose": ".pdf", "pdf-image": ".pdf", "ofd": ".ofd"}


def build_case(name):
    mod = importlib.import_module(name)
    docs = mod.docs()
    paginate(docs)
    for d in docs:
        if hasattr(d, "make"):
            d.make(docs)
    meta = mod.META
    fmt = meta["format"]
    target = os.path.join(OUT, meta["case_id"] + EXT[fmt])
    if os.path.isdir(target):
        shutil.rmtree(target)
    elif os.path.exists(target):
        os.remove(target)
    style = dict(mod.STYLE)
    if fmt == "gbk":
        RD.render_text(docs, target, "gbk", style)
    elif fmt == "utf-8":
        RD.render_text(docs, target, "utf-8", style)
    elif fmt == "folder":
        RD.render_folder(docs, target, style)
    elif fmt == "docx":
        RD.render_docx(docs, target, style)
    elif fmt == "pdf-ruled":
        RD.render_pdf(docs, target, style, prose=False)
    elif fmt == "pdf-prose":
        RD.render_pdf(docs, target, style, prose=True)
    elif fmt == "pdf-image":
        RD.render_scan(docs, target, style, SEED)
    elif fmt == "ofd":
        RD.render_ofd(docs, target, style)
    man = {
        "case_id": meta["case_id"],
        "format": fmt,
        "output": os.path.basename(target),
        "docs": [{"toc": d.toc, "date": d.date, "numbered": d.numbered, "first": d.first, "last": d.last,
                  "pages": len(d.pages), "fname": d.fname} for d in docs],
        "toc_rows": next((getattr(d, "rows", None) for d in docs if hasattr(d, "rows")), None),
        "physical_pages": sum(len(d.pages) for d in docs),
    }
    return man


def main(argv):
    names = argv or CASES
    manifest_path = os.path.join(HERE, "manifest.json")
    manifest = {}
    if os.path.exists(manifest_path):
        with open(manifest_path, encoding="utf-8") as f:
            manifest = json.load(f)
    for n in names:
        m = build_case(n)
        manifest[n] = m
        print(f"{n}: {m['output']} ({m['physical_pages']} pages)")
    with open(manifest_path, "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == "__main__":
    main(sys.argv[1:])

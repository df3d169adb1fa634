"""Build the dev20 corpus: every case and labels.jsonl, deterministically.

Run with a Python that has reportlab, pillow, numpy, python-docx, pypdf and chinese_calendar:
    python3 _build/build.py
"""
from __future__ import annotations

import json
import sys as _s
_s.dont_write_bytecode = True
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

from lib import *  # noqa: E402

MEASURE = register_fonts()


def subst(docs, **kw):
    """Replace {NP}/{ND}… placeholders in every text block."""
    def fix(x):
        if isinstance(x, str):
            for k, v in kw.items():
                x = x.replace("{" + k + "}", str(v))
            return x
        if isinstance(x, tuple):
            return tuple(fix(y) for y in x)
        if isinstance(x, list):
            return [fix(y) for y in x]
        return x
    for d in docs:
        d["blocks"] = fix(d["blocks"])


def toc_rows(docs, ranges, fmt=lambda a, b: f"{a}-{b}" if a != b else f"{a}", skip=()):
    rows, n = [], 0
    for d, r in zip(docs, ranges):
        if r is None or d["title"] in skip:
            continue
        n += 1
        rows.append([str(n), d["title"], d.get("toc_date", d.get("date", "")), fmt(*r)])
    return rows


def layout_case(docs, layout, toc_builder, np_fix=True):
    """Two passes: paginate with an empty 目录, build it, paginate again (目录 is unnumbered)."""
    pages, ranges = paginate(docs, layout)
    toc_builder(docs, ranges)
    pages, ranges = paginate(docs, layout)
    nd = sum(1 for r in ranges if r)
    np_ = max(r[1] for r in ranges if r)
    subst(docs, NP=np_, ND=nd)
    pages, ranges = paginate(docs, layout)
    return pages, ranges


def main():
    import c1, c2, c3, c4, c5, c6, c7, c8
    labels = []
    for mod in (c1, c2, c3, c4, c5, c6, c7, c8):
        target = OUT / mod.CID
        for p in (target, target.with_suffix(".pdf"), target.with_suffix(".docx"), target.with_suffix(".txt")):
            if p.is_dir():
                shutil.rmtree(p)
            elif p.exists():
                p.unlink()
        lab = mod.build(OUT, MEASURE)
        labels.append({k: v for k, v in lab.items() if not k.startswith("_")})
        print("built", mod.CID, file=sys.stderr)
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

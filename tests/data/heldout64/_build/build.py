"""Build the seven heldout64 case volumes into tests/data/heldout64/.

Usage: python3 tests/data/heldout64/_build/build.py
Paths are resolved relative to this file; the random seed is fixed.
"""
from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # compiled caches would record absolute paths
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import ROOT, plain  # noqa: E402
import render_text  # noqa: E402

SEED = 6464

CASES = ["case_a", "case_b", "case_c", "case_d", "case_e", "case_f", "case_g"]


def load_cases(names=None):
    import importlib
    out = []
    for name in names or CASES:
        mod = importlib.import_module(name)
        out.append(mod.build())
    return out


def write_case(case):
    """Render one case into ROOT; returns the output path and a page manifest."""
    pages_manifest = []
    for doc in case.docs:
        for i in range(len(doc.pages)):
            pages_manifest.append(dict(doc=doc.title, printed=(doc.first + i) if doc.numbered else None,
                                       fname=doc.fname))
    if case.fmt == "docx":
        import render_docx
        out = ROOT / f"{case.case_id}.docx"
        render_docx.render(case, out)
    elif case.fmt == "gbk":
        out = ROOT / f"{case.case_id}.txt"
        pages = render_text.render_pages(case, style="box", width=78)
        out.write_bytes("\f".join(pages).replace("\n", "\r\n").encode("gbk"))
    elif case.fmt == "utf8":
        out = ROOT / f"{case.case_id}.txt"
        pages = render_text.render_pages(case, style="tab", width=72)
        out.write_text("\f".join(pages), encoding="utf-8")
    elif case.fmt == "folder":
        out = ROOT / case.case_id
        if out.exists():
            shutil.rmtree(out)
        out.mkdir()
        all_pages = render_text.render_pages(case, style="pipe", width=72)
        k = 0
        for doc in case.docs:
            n = len(doc.pages)
            (out / f"{doc.fname}.txt").write_text("\f".join(all_pages[k:k + n]), encoding="utf-8")
            k += n
    elif case.fmt in ("pdf-table", "pdf-prose"):
        import render_pdf
        out = ROOT / f"{case.case_id}.pdf"
        render_pdf.render(case, out, prose=(case.fmt == "pdf-prose"))
    elif case.fmt == "pdf-image":
        import render_scan
        out = ROOT / f"{case.case_id}.pdf"
        render_scan.render(case, out, seed=SEED)
    else:
        raise ValueError(case.fmt)
    return out, pages_manifest


def main(argv=None):
    argv = argv if argv is not None else sys.argv[1:]
    random.seed(SEED)
    cases = load_cases(argv or None)
    manifest = {}
    mpath = HERE / "manifest.json"
    if mpath.exists() and argv:
        manifest = json.loads(mpath.read_text(encoding="utf-8"))
    for case in cases:
        out, pages = write_case(case)
        manifest[case.case_id] = dict(
            path=out.name, fmt=case.fmt, pages=pages,
            docs=[dict(title=d.title, first=d.first, last=d.last, numbered=d.numbered, fname=d.fname,
                       pages=len(d.pages)) for d in case.docs],
            toc_rendered=getattr(case, "toc_rendered", []),
            checks=case.checks, label=case.label)
        print(f"built {out.relative_to(ROOT.parent.parent.parent)} ({len(pages)} pages)")
    mpath.write_text(json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main()

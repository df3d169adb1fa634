"""Build the seven heldout62 case volumes next to this folder. Run: python _build/build.py"""
from __future__ import annotations

import sys
sys.dont_write_bytecode = True

import importlib
import json
import shutil
from pathlib import Path

import render
from common import Doc, Page, T, KV, P, date_ar, date_cn, d

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
CASES = ["case01_forestry", "case02_water", "case03_labour", "case04_cosmetics",
         "case05_specialequip", "case06_surveying", "case07_publichealth"]
EXT = {"utf8": ".txt", "gbk": ".txt", "folder": "", "docx": ".docx", "pdf-table": ".pdf",
       "pdf-prose": ".pdf", "pdf-image": ".pdf"}
SEED = 6271


def number(docs):
    n = 1
    for doc in docs:
        if doc.numbered:
            doc.page_no = list(range(n, n + len(doc.pages)))
            n += len(doc.pages)
        else:
            doc.page_no = [None] * len(doc.pages)
    return n - 1


def toc_doc(case, docs):
    entries = []
    seq = 0
    for doc in docs:
        if not doc.numbered:
            continue
        seq += 1
        a, b = doc.page_no[0], doc.page_no[-1]
        entries.append([seq, doc.title, doc.date, a, b])
    mut = case.get("toc_mutate")
    if mut:
        mut(entries)
    fmt = date_cn if case.get("toc_date") == "cn" else date_ar
    rows = [("序号", "文件材料题名", "日期", "页号")]
    for seq, title, dte, a, b in entries:
        rng = f"{a}" if a == b else f"{a}-{b}"
        rows.append((str(seq), title, fmt(d(dte)) if dte else "", rng))
    rows.append(("", "备考表", "", ""))
    pg = Page([T(case.get("toc_title", "卷内目录")), KV(rows, [0.08, 0.54, 0.22, 0.16])])
    doc = Doc("卷内目录", [pg], numbered=False, fname="卷内目录")
    doc.page_no = [None]
    return doc, entries


def fill_tokens(docs, ndocs, npages):
    for doc in docs:
        for pg in doc.pages:
            pg.blocks = [tuple(x.replace("{NDOCS}", str(ndocs)).replace("{NPAGES}", str(npages))
                               if isinstance(x, str) else x for x in b) for b in pg.blocks]


def build_one(modname):
    mod = importlib.import_module(modname)
    case = mod.make()
    docs = case["docs"]
    for doc in docs:                      # page-by-page signatures on all but the last page of a record
        sig = case.get("sigs", {}).get(doc.title)
        if sig:
            for pg in doc.pages[:-1]:
                pg.blocks.append(("p", sig))
    npages = number(docs)
    fill_tokens(docs, sum(1 for x in docs if x.numbered), npages)
    toc, entries = toc_doc(case, docs)
    docs = [toc] + docs
    fmt, cid = case["fmt"], case["id"]
    target = OUT / (cid + EXT[fmt])
    if target.is_dir():
        shutil.rmtree(target)
    style = case.get("style", "colon")
    if fmt == "utf8":
        render.render_txt(docs, target, "utf-8", style)
    elif fmt == "gbk":
        render.render_txt(docs, target, "gbk", style)
    elif fmt == "folder":
        render.render_folder(docs, target, style)
    elif fmt == "docx":
        render.render_docx(docs, target, case.get("meta_title", ""))
    elif fmt in ("pdf-table", "pdf-prose"):
        render.render_pdf(docs, target, "table" if fmt == "pdf-table" else "prose", case.get("meta_title", ""))
    elif fmt == "pdf-image":
        render.render_scan(docs, target, SEED)
    manifest = dict(
        id=cid, fmt=fmt, file=target.name, style=style,
        physical_pages=sum(len(x.pages) for x in docs), numbered_pages=npages,
        docs=[dict(title=x.title, first_line=_first_text(x), pages=len(x.pages),
                   page_no=x.page_no, numbered=x.numbered, fname=x.fname) for x in docs],
        toc=[dict(seq=e[0], title=e[1], start=e[3], end=e[4]) for e in entries],
        toc_planted_mismatch=case.get("toc_planted", []),
        checks=[[name, bool(ok)] for name, ok in case["checks"]],
    )
    bad = [name for name, ok in case["checks"] if not ok]
    if bad:
        raise SystemExit(f"{cid}: day-count/arithmetic assertions failed: {bad}")
    return case, manifest


def _first_text(doc):
    for b in doc.pages[0].blocks:
        if b[0] in ("title", "sub", "p"):
            return b[1]
    return ""


def main():
    manifests = []
    for m in CASES:
        if not (HERE / f"{m}.py").exists():
            continue
        case, man = build_one(m)
        manifests.append(man)
        print(f"built {man['file']}: {man['physical_pages']} pages")
    (HERE / "manifest.json").write_text(json.dumps(manifests, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

"""Build the heldout74 corpus: every case file and labels.jsonl, deterministically.

Run from anywhere:  python3 _build/build.py
"""
from __future__ import annotations

import importlib
import io
import json
import random
import shutil
import sys
from pathlib import Path

sys.dont_write_bytecode = True

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

from layout import Doc, Style, doc_archive_range, layout_case  # noqa: E402
import render  # noqa: E402
import docxr  # noqa: E402

CASES = ["c01", "c02", "c03", "c04", "c05", "c06", "c07", "c08"]


def toc_entries(docs, ranges, arch):
    out = []
    for i, d in enumerate(docs):
        if not d.numbered:
            continue
        out.append((d, doc_archive_range(ranges, arch, i)))
    return out


def laid_out(case, measure):
    """Lay out twice so the 卷内目录 can carry the real page ranges."""
    docs = case["docs"]
    style = case["style"]
    toc = case.get("toc")
    pages, page_doc, ranges, arch = layout_case(docs, style, measure)
    if toc:
        ti = next(i for i, d in enumerate(docs) if d.key == toc[0])
        docs[ti].markup = toc[1](toc_entries(docs, ranges, arch), sum(1 for a in arch if a))
        pages, page_doc, ranges, arch = layout_case(docs, style, measure)
        docs[ti].markup = toc[1](toc_entries(docs, ranges, arch), sum(1 for a in arch if a))
        pages, page_doc, ranges, arch = layout_case(docs, style, measure)
    case["_ranges"] = {docs[i].key: doc_archive_range(ranges, arch, i) for i in range(len(docs))}
    case["_npages"] = len(pages)
    return pages, page_doc, ranges, arch


def build_case(case):
    cid = case["id"]
    kind = case["kind"]
    render.ALIAS.clear()
    render.ALIAS.update(case.get("font_map", {}))
    style = case["style"]
    target_file = None
    if kind == "pdf_text":
        pages, *_ = laid_out(case, render.rl_measure)
        target_file = OUT / f"{cid}.pdf"
        render.render_pdf(pages, style, target_file, title=case.get("pdf_title", ""), seal_seed=case["seed"], photo_seed=case["seed"])
    elif kind == "pdf_scan":
        pages, *_ = laid_out(case, render.pil_measure)
        imgs = []
        rnd = random.Random(case["seed"])
        for i, items in enumerate(pages):
            im = render.render_page_image(items, style, case.get("px_per_mm", 5.6), seed=case["seed"] * 100 + i,
                                          seal_color=case.get("seal_color", (205, 35, 40)))
            grey = case.get("grey", True)
            if grey:
                im = im.convert("L")
            im = render.scan_effect(im, case["seed"] * 100 + i, rnd.uniform(-1.1, 1.1), grey=grey)
            imgs.append(im)
        target_file = OUT / f"{cid}.pdf"
        render.images_to_pdf(imgs, target_file, quality=case.get("jpeg_q", 50))
    elif kind == "photos":
        pages, *_ = laid_out(case, render.pil_measure)
        folder = OUT / cid
        folder.mkdir()
        names = case["photo_names"](len(pages))
        for i, items in enumerate(pages):
            im = render.render_page_image(items, style, case.get("px_per_mm", 5.2), seed=case["seed"] * 100 + i)
            ph = render.photo_effect(im, case["seed"] * 100 + i, case.get("photo_long", 1400))
            ph.save(folder / names[i], "JPEG", quality=case.get("jpeg_q", 62), optimize=True)
        target_file = folder
    elif kind == "folder":
        folder = OUT / cid
        folder.mkdir()
        for d in case["docs"]:
            fmt = d.fmt
            name = case["file_names"][d.key]
            if fmt == "pdf":
                sub = {"docs": [d], "style": case["style"]}
                pages, *_ = laid_out(sub, render.rl_measure)
                render.render_pdf(pages, style, folder / name, title=d.title, seal_seed=case["seed"], photo_seed=case["seed"])
            elif fmt == "docx":
                docxr.write_docx([d], folder / name, case.get("docx_opts", {}))
            elif fmt == "txt":
                txt = render.render_text([d])
                (folder / name).write_bytes(txt.replace("\n", "\r\n").encode(case.get("txt_enc", "utf-8")))
        target_file = folder
    elif kind == "docx":
        target_file = OUT / f"{cid}.docx"
        docxr.write_docx(case["docs"], target_file, case.get("docx_opts", {}))
    elif kind == "txt":
        txt = case["text_builder"](case["docs"]) if case.get("text_builder") else render.render_text(case["docs"], sep=case.get("txt_sep", "\n\n"))
        nl = case.get("newline", "\n")
        target_file = OUT / f"{cid}.txt"
        target_file.write_bytes(txt.replace("\n", nl).encode(case["encoding"]))
    elif kind == "ofd":
        pages, *_ = laid_out(case, render.approx_measure)
        target_file = OUT / f"{cid}.ofd"
        render.render_ofd(pages, style, target_file, case.get("pdf_title", cid), case["ofd_docid"], case["ofd_created"], seal_seed=case["seed"])
    else:
        raise ValueError(kind)
    return target_file


def main():
    for p in OUT.iterdir():
        if p.name in ("_build", "README.md"):
            continue
        if p.is_dir():
            shutil.rmtree(p)
        else:
            p.unlink()
    labels = []
    meta = {}
    for name in CASES:
        mod = importlib.import_module(f"cases.{name}")
        case = mod.make()
        build_case(case)
        labels.append(case["label"])
        meta[case["id"]] = {"ranges": case.get("_ranges"), "npages": case.get("_npages")}
        print(f"built {case['id']} ({case['kind']})")
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    with open(HERE / "layout_meta.json", "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()

"""Build the eight dev11 case volumes. Run: python build.py (paths are relative to this file)."""
import importlib
import json
import os
import random
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import render

CASES = ["case1", "case2", "case3", "case4", "case5", "case6", "case7", "case8"]


def build_one(modname):
    random.seed(75)
    m = importlib.import_module(modname)
    c = m.build()
    docs = c["docs"]
    ranges, last = lib.paginate(docs)
    toc, rows = lib.toc_doc(docs, ranges, None, override=c.get("toc_override"), header=c.get("toc_header"),
                            title=c.get("toc_title", "卷内目录"))
    fmt = c["fmt"]
    cid = c["case_id"]
    footer = c.get("footer", "第{n}页")
    style = c.get("style", "kv")
    if fmt == "docx":
        path = os.path.join(lib.OUT, cid + ".docx"); render.render_docx(toc, docs, path, footer)
    elif fmt == "pdf-table":
        path = os.path.join(lib.OUT, cid + ".pdf"); render.render_pdf(toc, docs, path, "table", footer)
    elif fmt == "pdf-prose":
        path = os.path.join(lib.OUT, cid + ".pdf"); render.render_pdf(toc, docs, path, "prose", footer)
    elif fmt == "pdf-image":
        path = os.path.join(lib.OUT, cid + ".pdf"); render.render_scan(toc, docs, path, 75, footer)
    elif fmt == "folder":
        path = os.path.join(lib.OUT, cid); render.render_folder(toc, docs, path, style, footer)
    else:
        path = os.path.join(lib.OUT, cid + ".txt")
        render.render_txt(toc, docs, path, c.get("encoding", "utf-8"), style, footer)
    manifest = dict(case_id=cid, fmt=fmt, path=os.path.basename(path), pages=last,
                    docs=[dict(title=d.title, heads=[b[1] for b in d.pages[0] if b[0] == 'h'], kind=d.kind, toc_title=d.toc_title, first=a, last=b, npages=len(d.pages))
                          for d, (a, b) in zip(docs, ranges)],
                    toc_rows=rows[1:], footer=footer, encoding=c.get("encoding"))
    return manifest


def main():
    mans = [build_one(m) for m in CASES if os.path.exists(os.path.join(lib.HERE, m + ".py"))]
    with open(os.path.join(lib.HERE, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(mans, f, ensure_ascii=False, indent=1)
    for m in mans:
        print(m["case_id"], m["fmt"], m["pages"], "pages")


if __name__ == "__main__":
    main()

# -*- coding: utf-8 -*-
"""Build the heldout65 corpus. Run from anywhere: python3 _build/build.py
Writes the case files, labels.jsonl and _build/manifest.json next to this folder."""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import paginate, render_text  # noqa: E402
import renderers as R  # noqa: E402
from cases_a import case_jilin, case_chongqing, case_gansu, case_guizhou  # noqa: E402
from cases_b import case_shaanxi, case_ningxia, case_guangxi, case_fujian  # noqa: E402

CASES = [case_fujian, case_chongqing, case_gansu, case_guizhou, case_shaanxi, case_jilin, case_ningxia, case_guangxi]


def out(name):
    return os.path.join(ROOT, name)


def clean(path):
    if os.path.isdir(path):
        shutil.rmtree(path)
    elif os.path.exists(path):
        os.remove(path)


def build_one(c):
    cid, fmt, docs = c["case_id"], c["format"], c["docs"]
    pages, _ = paginate(docs)
    files = []
    if fmt == "pdf-table":
        p = out(cid + ".pdf"); clean(p)
        R.write_pdf(p, docs, font="STSong-Light")
        files = [cid + ".pdf"]
    elif fmt == "pdf-header":
        p = out(cid + ".pdf"); clean(p)
        R.write_pdf(p, docs, font="STSong-Light", header=c["header"], footer_left=c["footer_left"], qa_columns=True,
                    footer_fmt="第 {n} 页")
        files = [cid + ".pdf"]
    elif fmt == "docx":
        p = out(cid + ".docx"); clean(p)
        R.write_docx(p, docs)
        files = [cid + ".docx"]
    elif fmt == "txt-gb18030":
        p = out(cid + ".txt"); clean(p)
        txt = render_text(docs, footer_fmt="－{n}－", sep="\f")
        with open(p, "wb") as f:
            f.write(txt.encode("gb18030"))
        files = [cid + ".txt"]
    elif fmt == "txt-crlf":
        p = out(cid + ".txt"); clean(p)
        txt = render_text(docs, footer_fmt="第{n}页", fullwidth=True,
                          sep="\u3000" * 6 + "－－－－－－－－－－　分页　－－－－－－－－－－", newline="\r\n")
        with open(p, "wb") as f:
            f.write(txt.encode("utf-8"))
        files = [cid + ".txt"]
    elif fmt == "scan-pdf":
        p = out(cid + ".pdf"); clean(p)
        R.write_scan_pdf(p, docs, dpi=200, seed=41, hand_names=c.get("hand_names", ()), quality=30)
        files = [cid + ".pdf"]
    elif fmt == "jpg":
        d = out(cid); clean(d)
        names = R.write_jpg_folder(d, docs, dpi=100, seed=7, hand_names=c.get("hand_names", ()), quality=50)
        files = [cid + "/" + n for n in names]
    elif fmt == "folder":
        d = out(cid); clean(d)
        os.makedirs(d)
        for di, doc in enumerate(docs):
            pl = [t for t in pages if t[0] == di]
            name = doc["file"] + "." + doc["ext"]
            if doc["ext"] == "pdf":
                R.write_pdf(os.path.join(d, name), docs, font="STSong-Light", page_list=pl)
            else:
                R.write_docx(os.path.join(d, name), docs, page_list=pl, footer_fmt="第{n}页", font="仿宋")
            files.append(cid + "/" + name)
    else:
        raise ValueError(fmt)
    # manifest entry: what the checker can compare the outputs with
    numbered = [n for _, _, n in pages]
    per_file = {}
    if fmt == "folder":
        for di, doc in enumerate(docs):
            per_file[cid + "/" + doc["file"] + "." + doc["ext"]] = len(doc["pages"])
    return {"case_id": cid, "format": fmt, "files": files, "pages_total": len(pages),
            "numbered_max": max(x for x in numbered if x is not None),
            "page_numbers": numbered, "pages_per_file": per_file,
            "doc_titles": [[d["title"], len(d["pages"]), d.get("numbered", True)] for d in docs],
            "checks": c["checks"]}


def main():
    manifest, labels = [], []
    for fn in CASES:
        c = fn()
        manifest.append(build_one(c))
        labels.append(c["label"])
        print("built", c["case_id"], c["format"])
    with open(out("labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()

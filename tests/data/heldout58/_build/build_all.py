"""Regenerate every file of the heldout58 corpus from the case modules in this folder.

Run with any Python that has python-docx, reportlab and chinese_calendar:
    python tests/data/heldout58/_build/build_all.py
Paths are resolved relative to this file.
"""
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import case01, case02, case03, case04, case05, case06  # noqa: E402
from common import OUT, write_docx, write_folder, write_pdf, write_txt  # noqa: E402

CASES = [
    ("h58_01", case01, "utf-8", ".txt"),
    ("h58_02", case02, "gbk", ".txt"),
    ("h58_03", case03, "docx", ".docx"),
    ("h58_04", case04, "pdf", ".pdf"),   # ruled forms
    ("h58_05", case05, "pdf", ".pdf"),   # prose
    ("h58_06", case06, "folder", ""),
]
CODES = {"h58_01": ["EVID-03", "SERV-03"], "h58_02": [], "h58_03": ["PROC-05", "SUBJ-02"],
         "h58_04": ["DOC-02", "LAW-02"], "h58_05": ["ARCH-01", "SERV-01"], "h58_06": []}


def fill(docs):
    total = sum(len(d.pages) for d in docs)
    for d in docs:
        for page in d.pages:
            for i, (k, v) in enumerate(page):
                if isinstance(v, str) and "{" in v:
                    page[i] = (k, v.replace("{TOTAL}", str(total)).replace("{NFILES}", str(len(docs))))
                elif k == "kv":
                    page[i] = (k, [(a, b.replace("{TOTAL}", str(total))) for a, b in v])
    return docs


def main():
    labels = []
    for cid, mod, enc, ext in CASES:
        docs, fields, notes, _ = mod.build()
        docs = fill(docs)
        path = os.path.join(OUT, cid + ext)
        if enc in ("utf-8", "gbk"):
            write_txt(path, docs, enc)
        elif enc == "docx":
            write_docx(path, docs)
        elif enc == "pdf":
            write_pdf(path, docs, ruled=(cid == "h58_04"))
        else:
            if os.path.isdir(path):
                shutil.rmtree(path)
            write_folder(path, docs)
        labels.append({"case_id": cid, "codes": sorted(CODES[cid]), "encoding": enc, "notes": notes,
                       "fields": fields})
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("built", len(labels), "cases")


if __name__ == "__main__":
    main()

"""Writes ../labels.jsonl from the LABEL dict of every case module."""
import importlib
import json
import os

from common import OUT

MODULES = ["case1_folder", "case2_gbk", "case3_pdf_simple", "case4_pdf_dust", "case5_ff", "case6_docx", "case7_scan"]


def main():
    rows = []
    for m in MODULES:
        if not os.path.exists(os.path.join(os.path.dirname(__file__), m + ".py")):
            continue
        lab = dict(importlib.import_module(m).LABEL)
        lab["codes"] = sorted(lab["codes"])
        rows.append(lab)
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({k: r[k] for k in ("case_id", "codes", "notes", "encoding", "fields")},
                                ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

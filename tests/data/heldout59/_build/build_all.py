"""Build every case of the heldout59 corpus and labels.jsonl.

Run:  python3 _build/build_all.py      (from anywhere; paths are relative to this file)
Needs: python-docx, reportlab, chinese_calendar.
"""
from __future__ import annotations

import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import OUT, render_text, render_docx, render_pdf, write_folder  # noqa: E402
import case_01, case_02, case_03, case_04, case_05, case_06, case_07  # noqa: E402,E401

# case module, file name, how it is rendered
PLAN = [
    (case_01, "h59_01.txt", "txt_ff_utf8"),
    (case_02, "h59_02.txt", "txt_gb18030"),
    (case_03, "h59_03.docx", "docx"),
    (case_04, "h59_04.pdf", "pdf_table"),
    (case_05, "h59_05.pdf", "pdf_prose"),
    (case_06, "h59_06.txt", "txt_gbk_crlf"),
    (case_07, "h59_07", "folder"),
]

FORMAT_NOTE = {
    "txt_ff_utf8": "UTF-8 文本，分页符 \\f",
    "txt_gb18030": "GB18030 文本，分隔线分页",
    "docx": "DOCX（Word 表格）",
    "pdf_table": "PDF 文本层，带框线表格",
    "pdf_prose": "PDF 文本层，连续行文",
    "txt_gbk_crlf": "GBK 文本，CRLF 换行，分隔线分页",
    "folder": "文件夹，一文书一文件（UTF-8）",
}


def build(verbose: bool = True) -> list:
    labels = []
    for mod, name, how in PLAN:
        case = mod.build()
        path = os.path.join(OUT, name)
        if how == "txt_ff_utf8":
            with open(path, "w", encoding="utf-8", newline="") as fh:
                fh.write(render_text(case, "\f"))
        elif how == "txt_gb18030":
            text = render_text(case, page_sep="＝" * 30)
            with open(path, "wb") as fh:
                fh.write(text.encode("gb18030"))
        elif how == "txt_gbk_crlf":
            text = render_text(case, page_sep="-" * 60, newline="\r\n")
            with open(path, "wb") as fh:
                fh.write(text.encode("gbk"))
        elif how == "docx":
            render_docx(case, path)
        elif how == "pdf_table":
            render_pdf(case, path, mode="table")
        elif how == "pdf_prose":
            render_pdf(case, path, mode="prose")
        elif how == "folder":
            write_folder(case, path)
        lab = dict(case.meta["labels"])
        rec = {"case_id": case.case_id, "codes": lab["codes"], "encoding": lab["encoding"],
               "notes": lab["notes"], "fields": lab["fields"]}
        labels.append(rec)
        if verbose:
            print(f"built {name:12s} {how:13s} codes={lab['codes']}")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return labels


if __name__ == "__main__":
    build()

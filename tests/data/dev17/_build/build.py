# -*- coding: utf-8 -*-
"""Build the dev17 corpus: python3 build.py  (run from anywhere; writes into the parent folder)."""
import json
import os
import shutil
import sys
sys.dont_write_bytecode = True
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import renderers as R
from cases_a import case01, case02
from cases_b import case03, case04
from cases_c import case05, case06, case07, case08

FORMATS = {
    "d17-01-weihuapin": ("pdf", "ruled-table PDF, label/value cells written column by column"),
    "d17-02-guanggao": ("docx", "DOCX, values in content controls, agency in header"),
    "d17-03-zhiyeweisheng": ("txt", "GBK text, page footers 第 N 页 共 M 页"),
    "d17-04-kuangchan": ("pdf", "scanned PDF, 1-bit 300 dpi, some pages rotated"),
    "d17-05-hedao": (None, "folder, one text-layer PDF per document"),
    "d17-06-chuzuche": (None, "folder of colour JPG desk photos (简易程序)"),
    "d17-07-yulechangsuo": ("txt", "UTF-8 text, several documents per page"),
    "d17-08-zaosheng": ("pdf", "text-layer PDF printed 2-up landscape"),
}


def truth_text(case):
    lines = []
    for d in case["docs"]:
        lines.append("【" + d["t"] + "】")
        for it in d["rows"]:
            lines.append(f"{it[1]}：{it[2]}" if it[0] == "kv" else it[1])
    return "\n".join(lines) + "\n"


def main():
    tmp = tempfile.mkdtemp(prefix="dev17-")
    cases = [case01(), case02(), case03(), case04(), case05(), case06(), case07(), case08()]
    truth_dir = os.path.join(HERE, "truth")
    os.makedirs(truth_dir, exist_ok=True)
    labels = []
    for cs in cases:
        cid = cs["id"]
        ext = FORMATS[cid][0]
        target = os.path.join(OUT, cid + ("." + ext if ext else ""))
        if os.path.isdir(target):
            shutil.rmtree(target)
        elif os.path.exists(target):
            os.remove(target)
        if cid.startswith("d17-01"):
            R.render_table_pdf(cs, target)
        elif cid.startswith("d17-02"):
            R.render_docx(cs, target)
        elif cid.startswith("d17-03"):
            R.render_gbk_paged(cs, target)
        elif cid.startswith("d17-04"):
            R.render_scan_pdf(cs, target)
        elif cid.startswith("d17-05"):
            R.render_folder_pdfs(cs, target)
        elif cid.startswith("d17-06"):
            R.render_photos(cs, target)
        elif cid.startswith("d17-07"):
            R.render_utf8_packed(cs, target)
        elif cid.startswith("d17-08"):
            R.render_2up_pdf(cs, target, tmp)
        with open(os.path.join(truth_dir, cid + ".txt"), "w", encoding="utf-8") as fh:
            fh.write(truth_text(cs))
        lab = {"case_id": cid}
        lab.update(cs["label"])
        labels.append(lab)
        print("built", cid)
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "checks.json"), "w", encoding="utf-8") as fh:
        json.dump({cs["id"]: cs.get("check", {}) for cs in cases}, fh, ensure_ascii=False, indent=1)
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Build the dev19 corpus: every case and labels.jsonl, deterministically.

Run from anywhere:  python _build/build.py
Needs: reportlab, python-docx, pillow, numpy, pypdf, chinese_calendar; CJK fonts Noto Serif/Sans CJK,
AR PL UMing/UKai/KaitiM GB, WenQuanYi Zen Hei (found with fc-match).
"""
from __future__ import annotations

import importlib
import json
import os
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

CASES = ["c1_ningjin", "c2_dongguan", "c3_xuzhou", "c4_wujin", "c5_liuyang", "c6_putuo",
         "c7_xinfeng", "c8_shouguang"]


def main(only=None):
    labels = []
    for name in CASES:
        if only and name not in only:
            continue
        mod = importlib.import_module("cases." + name)
        case, label, ranges = mod.build()
        renderer = importlib.import_module("fmt_" + case.fmt.split("-")[0])
        renderer.write(case, ranges, OUT, mod)
        labels.append(label)
        print(f"built {case.case_id} ({case.fmt})")
    if not only:
        with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
            for lab in labels:
                fh.write(json.dumps(lab, ensure_ascii=False) + "\n")


def clean_target(path):
    if os.path.isdir(path):
        shutil.rmtree(path)
    elif os.path.exists(path):
        os.remove(path)


if __name__ == "__main__":
    main(sys.argv[1:] or None)

"""Build the dev25 corpus (writer 111): every case file and labels.jsonl, deterministically.

Run with a Python that has reportlab, python-docx, pillow, pypdf, numpy, chinese_calendar:
    python _build/build.py
"""
import importlib
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

CASES = ["c01", "c02", "c03", "c04", "c05", "c06", "c07", "c08"]


def main(only=None):
    labels, checks = [], {}
    for name in CASES:
        if only and name not in only:
            continue
        mod = importlib.import_module(f"cases.{name}")
        # remove previous output of this case
        for ext in ("", ".pdf", ".txt", ".ofd", ".docx"):
            p = os.path.join(OUT, mod.CASE_ID + ext)
            if os.path.isdir(p):
                shutil.rmtree(p)
            elif os.path.exists(p):
                os.remove(p)
        label, chk = mod.build(OUT)
        labels.append(label)
        checks[mod.CASE_ID] = chk
        print("built", mod.CASE_ID)
    if only:
        return
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "derived.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(checks, f, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == "__main__":
    main(sys.argv[1:] or None)

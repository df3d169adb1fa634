"""Writes ../labels.jsonl from the LABEL dict kept next to each case's text (one JSON object per case)."""
import importlib
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CASES = ["case01", "case02", "case03", "case04", "case05", "case06", "case07"]


def labels():
    out = []
    for m in CASES:
        lab = dict(importlib.import_module(m).LABEL)
        lab["codes"] = sorted(lab["codes"])
        out.append(lab)
    return out


def main():
    path = os.path.join(os.path.dirname(HERE), "labels.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for lab in labels():
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("wrote", path)


if __name__ == "__main__":
    main()

"""Write ../labels.jsonl from the LABEL dict of every case module (run from _build/)."""

from __future__ import annotations

import importlib
import json

from common import OUT

CASES = ["case_b01", "case_b02", "case_b03", "case_b04", "case_b05", "case_b06", "case_b07", "case_b08"]


def load():
    mods = []
    for name in CASES:
        try:
            mods.append(importlib.import_module(name))
        except ModuleNotFoundError:
            continue
    return mods


def main() -> None:
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for m in load():
            lab = dict(m.LABEL)
            lab["codes"] = sorted(lab["codes"])
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

"""Regenerate the whole dev7 corpus: the eight case files, labels.jsonl and README.md.

Run with the project's Python (python-docx, reportlab, Pillow, chinese_calendar):
    python tests/data/dev7/_build/build_all.py
Paths are found relative to this file.
"""
from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "cases"))

from common import OUT  # noqa: E402
import readme  # noqa: E402

CASES = [f"c0{i}" for i in range(1, 9)]


def main(only: list[str] | None = None) -> None:
    labels = []
    for name in CASES:
        if only and name not in only:
            continue
        mod = importlib.import_module(name)
        labels.append(mod.build())
    if only:
        return
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as fh:
        for lab in labels:
            public = {k: v for k, v in lab.items() if not k.startswith("_")}
            fh.write(json.dumps(public, ensure_ascii=False) + "\n")
    (OUT / "README.md").write_text(readme.render(labels), encoding="utf-8")
    print(f"built {len(labels)} cases into {OUT.name}/")


if __name__ == "__main__":
    main(sys.argv[1:] or None)

"""Write ../labels.jsonl from the LABEL dict of every caseNN module."""
from __future__ import annotations

import importlib
import json

from common import HERE, OUT


def case_modules() -> list:
    return [importlib.import_module(p.stem) for p in sorted(HERE.glob("case[0-9][0-9].py"))]


def main() -> None:
    lines = []
    for m in case_modules():
        lab = dict(m.LABEL)
        lab["codes"] = sorted(lab["codes"])
        lines.append(json.dumps(lab, ensure_ascii=False))
    (OUT / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

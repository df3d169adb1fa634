"""Write ../labels.jsonl from the case modules (one JSON object per case, keys in the agreed order).

Usage: python labels.py   (after build.py; page numbers in the notes come from the same pagination)
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

from build import CASES  # noqa: E402
from common import range_text  # noqa: E402


def page_refs(v) -> dict[str, str]:
    """Placeholders the notes may use: {key}, {key2} (n-th page of a document), {toc_key} (目录 range)."""
    refs: dict[str, str] = {}
    for d in v.docs:
        refs[d.key] = str(d.first)
        for i in range(len(d.pages)):
            refs[f"{d.key}{i + 1}"] = str(d.first + i)
        refs[f"toc_{d.key}"] = range_text(*v.toc_range(d))
    return refs


def iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def record(mod) -> dict:
    v, m = mod.build()
    return {
        "case_id": m["case_id"],
        "codes": sorted(m["codes"]),
        "encoding": m["encoding"],
        "notes": m["notes"].format(**page_refs(v)),
        "fields": {
            "agency": m["agency"],
            "party": {
                "name": m["party"]["name"],
                "kind": m["party"]["kind"],
                "credit_code": m["party"]["credit_code"],
                "id_number": m["party"]["id_number"],
            },
            "penalty": {"fine_yuan": m["fine"], "procedure": m["procedure"]},
            "dates": {k: iso(m["dates"][k]) for k in ("filing", "notice", "decision", "decision_served")},
            "citations": [
                {k: c[k] for k in ("law", "article", "paragraph", "item", "role")} for c in m["citations"]
            ],
        },
    }


def main() -> None:
    lines = [json.dumps(record(importlib.import_module(n)), ensure_ascii=False) for n in CASES]
    (OUT / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} labels")


if __name__ == "__main__":
    main()

"""Write the decisions2 corpus: one .txt per document and labels.jsonl, from the hand-written modules.

Run from anywhere: ``python tests/data/decisions2/_build/build.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import SOURCE  # noqa: E402

MODULES = ("docs_a", "docs_b", "docs_c")
KEY_ORDER = (
    "file",
    "doc_type",
    "agency",
    "doc_number",
    "party",
    "credit_code",
    "cited_articles",
    "fine_yuan",
    "confiscation_yuan",
    "dates",
    "remedy_days",
    "discretion",
    "completeness",
    "notes",
    "defects_observed",
)


def load_docs() -> list[dict]:
    """Collect the DOCS lists of every module that exists, in file order."""
    docs: list[dict] = []
    for name in MODULES:
        if (HERE / f"{name}.py").exists():
            docs.extend(__import__(name).DOCS)
    return sorted(docs, key=lambda d: d["file"])


def render(doc: dict) -> str:
    """The file text: the dev-set header block, then the body."""
    header = f"source: {SOURCE}\ndomain: {doc['domain']}\ndoc_type: {doc['doc_type']}\n---\n"
    return header + doc["body"]


def label_record(doc: dict) -> dict:
    """The label line: the dev-set keys in the dev-set order, then any optional extras."""
    rec = {"file": doc["file"], "doc_type": doc["doc_type"], **doc["label"]}
    ordered = {k: rec[k] for k in KEY_ORDER}
    ordered.update({k: v for k, v in rec.items() if k not in ordered})
    return ordered


def main() -> None:
    out = HERE.parent
    docs = load_docs()
    for doc in docs:
        (out / doc["file"]).write_text(render(doc), encoding="utf-8")
    lines = [json.dumps(label_record(d), ensure_ascii=False) for d in docs]
    (out / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(docs)} documents and labels.jsonl to {out}")


if __name__ == "__main__":
    main()

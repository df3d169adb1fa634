"""Write the decisions7 texts and labels.jsonl from the modules that hold them.

Usage (from anywhere):  python tests/data/decisions7/_build/build.py

The documents live in docs_a.py … docs_d.py as dicts with `file`, `domain`, `doc_type`, `source`,
`body` and `label`. Each text file gets the dev-set header (`source:`, `domain:`, `doc_type:`,
`---`) followed by the body; labels.jsonl gets one JSON object per file, in file order, with the
dev-set's key order. Paths are resolved relative to this file, so the script runs from any
working directory.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # keep the corpus folder free of __pycache__

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
MODULES = ("docs_a", "docs_b", "docs_c", "docs_d")

# Key order of the dev-set labels; optional keys follow in this order when present.
KEY_ORDER = (
    "file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles",
    "fine_yuan", "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness",
    "notes", "defects_observed", "related_doc_numbers", "procedure", "refund_yuan",
)


def load_docs() -> list[dict]:
    """Import every document module and return the documents sorted by file name."""
    sys.path.insert(0, str(HERE))
    try:
        docs = []
        for name in MODULES:
            module = __import__(name)
            docs.extend(module.DOCS)
    finally:
        sys.path.pop(0)
    return sorted(docs, key=lambda d: d["file"])


def render_text(doc: dict) -> str:
    """The text file content: the four header lines, then the body."""
    header = f"source: {doc['source']}\ndomain: {doc['domain']}\ndoc_type: {doc['doc_type']}\n---\n"
    return header + doc["body"]


def render_label(doc: dict) -> str:
    """One labels.jsonl line for the document, keys in dev-set order."""
    label = doc["label"]
    unknown = set(label) - set(KEY_ORDER)
    if unknown:
        raise ValueError(f"{doc['file']}: label keys not in the dev-set schema: {sorted(unknown)}")
    ordered = {key: label[key] for key in KEY_ORDER if key in label}
    return json.dumps(ordered, ensure_ascii=False)


def render_all() -> dict[str, str]:
    """Map of output file name to content, labels.jsonl included."""
    docs = load_docs()
    outputs = {doc["file"]: render_text(doc) for doc in docs}
    outputs["labels.jsonl"] = "".join(render_label(doc) + "\n" for doc in docs)
    return outputs


def main() -> int:
    """Write every output file next to the _build folder."""
    outputs = render_all()
    for name, content in outputs.items():
        (OUT / name).write_text(content, encoding="utf-8", newline="\n")
    print(f"wrote {len(outputs) - 1} documents and labels.jsonl to {OUT.name}/", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

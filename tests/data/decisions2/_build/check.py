"""Re-verify the decisions2 corpus: schema equal to the dev-set's, strings verbatim, credit codes valid.

Run: ``python tests/data/decisions2/_build/check.py`` (exit status 1 on any problem).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import SOURCE, uscc_valid  # noqa: E402

CORPUS = HERE.parent
DEVSET = HERE.parents[3].parent / "shared" / "dev-set" / "labels.jsonl"
# Keys every dev-set label has, and the optional ones some dev-set labels add.
REQUIRED = {
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
}
OPTIONAL = {"related_doc_numbers", "procedure", "refund_yuan"}
CITE_KEYS = {"law", "article", "paragraph", "item", "role"}
CITE_OPTIONAL = {"note"}
ROLES = {"violated", "penalty", "other", "discretion"}
DATE_CORE = {"filing", "notice", "decision", "service"}
DATE_EXTRA = {"investigation", "inquiry", "violation", "inspection", "complaint"}
COMPLETENESS = {"complete", "near_complete", "truncated", "partial_tail", "body_only", "template"}
DISCRETION = {None, "从轻", "减轻", "一般", "从重", "首违不罚", "不予处罚"}
# Codes printed wrong on purpose (the label records what is printed; defects_observed says so).
INTENTIONALLY_INVALID = {"91210211MA0Y4PG50X"}
# An 18-character code printed after a 信用代码 label (other 18-digit numbers, e.g. 报关单号, are not codes).
CODE_IN_TEXT = re.compile(r"信用代码[^0-9A-Z]{0,20}([0-9A-Z]{18})(?![0-9A-Z])")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def squash(text: str) -> str:
    """Whitespace normalisation: drop every whitespace character."""
    return re.sub(r"\s+", "", text)


def devset_keys() -> tuple[set[str], set[str], set[str]] | None:
    """Keys every dev-set label has, keys some have, and the dev-set date keys; None if absent."""
    if not DEVSET.exists():
        return None
    recs = [json.loads(line) for line in DEVSET.read_text(encoding="utf-8").splitlines() if line.strip()]
    every = set.intersection(*(set(r) for r in recs))
    some = set.union(*(set(r) for r in recs)) - every
    date_keys = set.union(*(set(r["dates"]) for r in recs))
    return every, some, date_keys


def check_label(rec: dict, text: str, errors: list[str]) -> None:
    """Append every problem of one label (against its document text) to errors."""
    name = rec.get("file", "?")
    keys = set(rec)
    if not keys >= REQUIRED:
        errors.append(f"{name}: missing keys {sorted(REQUIRED - keys)}")
    if keys - REQUIRED - OPTIONAL:
        errors.append(f"{name}: unknown keys {sorted(keys - REQUIRED - OPTIONAL)}")
    if not keys >= REQUIRED:
        return
    header, _, body = text.partition("---\n")
    domain = name.split("_", 1)[1].removesuffix(".txt")
    want = f"source: {SOURCE}\ndomain: {domain}\ndoc_type: {rec['doc_type']}\n"
    if header != want:
        errors.append(f"{name}: header differs from the dev-set form: {header!r}")
    flat = squash(body)
    strings = [
        ("party", rec["party"]),
        ("doc_number", rec["doc_number"]),
        ("credit_code", rec["credit_code"]),
        ("agency", rec["agency"]),
    ]
    strings += [("related_doc_numbers", s) for s in rec.get("related_doc_numbers", [])]
    for key, value in strings:
        if value is not None and squash(value) not in flat:
            errors.append(f"{name}: {key} {value!r} not found verbatim in the document")
    code = rec["credit_code"]
    if code is not None and not uscc_valid(code) and code not in INTENTIONALLY_INVALID:
        errors.append(f"{name}: credit_code {code} fails the GB 32100 check")
    for found in CODE_IN_TEXT.findall(body):
        if not uscc_valid(found) and found not in INTENTIONALLY_INVALID:
            errors.append(f"{name}: code {found} in the text fails the GB 32100 check")
    for cite in rec["cited_articles"]:
        ck = set(cite)
        if not ck >= CITE_KEYS or ck - CITE_KEYS - CITE_OPTIONAL:
            errors.append(f"{name}: citation keys {sorted(ck)}")
        if not (cite["law"].startswith("《") and "》" in cite["law"]):
            errors.append(f"{name}: law without 书名号: {cite['law']}")
        if cite["role"] not in ROLES:
            errors.append(f"{name}: role {cite['role']}")
        for k in ("article", "paragraph", "item"):
            if cite[k] is not None and not isinstance(cite[k], int):
                errors.append(f"{name}: {k} not an integer: {cite[k]!r}")
    dkeys = set(rec["dates"])
    if not dkeys >= DATE_CORE or dkeys - DATE_CORE - DATE_EXTRA:
        errors.append(f"{name}: date keys {sorted(dkeys)}")
    for k, v in rec["dates"].items():
        if v is not None and not ISO.match(v):
            errors.append(f"{name}: date {k}={v!r} not ISO")
    for k in ("fine_yuan", "confiscation_yuan"):
        v = rec[k]
        if v is not None and (not isinstance(v, (int, float)) or v < 0):
            errors.append(f"{name}: {k}={v!r}")
    remedy = rec["remedy_days"]
    if remedy is not None and set(remedy) != {"review", "litigation"}:
        errors.append(f"{name}: remedy_days keys {sorted(remedy)}")
    if rec["discretion"] not in DISCRETION:
        errors.append(f"{name}: discretion {rec['discretion']!r}")
    if rec["completeness"] not in COMPLETENESS:
        errors.append(f"{name}: completeness {rec['completeness']!r}")
    if not isinstance(rec["notes"], str) or not rec["notes"]:
        errors.append(f"{name}: notes empty")


def main() -> int:
    errors: list[str] = []
    found = devset_keys()
    if found is not None:
        every, some, date_keys = found
        if every != REQUIRED:
            errors.append(f"REQUIRED differs from the dev-set's keys: {sorted(every ^ REQUIRED)}")
        if not some >= OPTIONAL:
            errors.append(f"OPTIONAL keys not used by the dev-set: {sorted(OPTIONAL - some)}")
        if not date_keys >= (DATE_CORE | DATE_EXTRA):
            errors.append(
                f"date keys not used by the dev-set: {sorted((DATE_CORE | DATE_EXTRA) - date_keys)}"
            )
    else:
        print(f"note: {DEVSET} not found; checked against the built-in key list only")
    lines = (CORPUS / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    labels = [json.loads(line) for line in lines if line.strip()]
    txts = sorted(p.name for p in CORPUS.glob("*.txt"))
    if sorted(r["file"] for r in labels) != txts:
        errors.append("labels.jsonl and the .txt files do not match one to one")
    for rec in labels:
        path = CORPUS / rec["file"]
        if path.exists():
            check_label(rec, path.read_text(encoding="utf-8"), errors)
    size = sum(p.stat().st_size for p in CORPUS.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    if size > 400_000:
        errors.append(f"corpus is {size} bytes (> 400 KB)")
    for e in errors:
        print("ERROR", e)
    print(f"{len(labels)} labels, {len(txts)} documents, {size} bytes, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

"""Re-verify the decisions3 corpus: header, label keys, credit-code check characters, and that
every string label (party, doc_number, credit_code, related_doc_numbers) occurs in its document.

Run:  python tests/data/decisions3/_build/check.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import SOURCE, uscc_valid  # noqa: E402

# the keys every dev-set label has, and the optional ones some dev-set labels add
REQUIRED = {"file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles",
            "fine_yuan", "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness",
            "notes", "defects_observed"}
OPTIONAL = {"related_doc_numbers", "procedure", "refund_yuan"}
CITE_KEYS = {"law", "article", "paragraph", "item", "role"}
DATE_KEYS = {"filing", "notice", "decision", "service"}
ROLES = {"violated", "penalty", "other", "discretion"}
COMPLETENESS = {"complete", "near_complete", "truncated", "partial_tail", "body_only", "template"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WS = re.compile(r"[\s\u3000]+")


def norm(s):
    return WS.sub("", s)


def main():
    root = os.path.dirname(HERE)
    errors = []
    n_codes = [0]
    labels = [json.loads(l) for l in open(os.path.join(root, "labels.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(root) if f.endswith(".txt"))
    if sorted(l["file"] for l in labels) != files:
        errors.append("label files != .txt files")
    for lab in labels:
        fn = lab["file"]
        e = lambda m: errors.append(f"{fn}: {m}")  # noqa: E731
        keys = set(lab)
        if not REQUIRED <= keys or keys - REQUIRED - OPTIONAL:
            e(f"keys: missing {REQUIRED - keys}, extra {keys - REQUIRED - OPTIONAL}")
        raw = open(os.path.join(root, fn), encoding="utf-8").read()
        head, sep, body = raw.partition("\n---\n")
        hl = head.split("\n")
        if not sep or len(hl) != 3 or hl[0] != f"source: {SOURCE}" or not hl[1].startswith("domain: ") \
                or hl[2] != f"doc_type: {lab['doc_type']}":
            e("bad header")
        if not re.match(r"^\d{3}_", fn) or hl[1][8:] != fn[4:-4]:
            e("file name / domain mismatch")
        nb = norm(body)
        for k in ("party", "doc_number", "credit_code", "agency"):
            v = lab[k]
            if v is not None and norm(v) not in nb:
                e(f"{k} {v!r} not in text")
        for v in lab.get("related_doc_numbers", []):
            if norm(v) not in nb:
                e(f"related {v!r} not in text")
        if lab["credit_code"] is not None and not uscc_valid(lab["credit_code"]):
            e(f"credit code {lab['credit_code']} fails GB 32100")
        for m in re.finditer(r"(?:统一)?社会信用代码(?:[(（][^)）]*[)）])?[:：\s]\s*([0-9A-Z]{18})", body):
            n_codes[0] += 1
            if not uscc_valid(m.group(1)):
                e(f"credit code in text {m.group(1)} fails GB 32100")
        for c in lab["cited_articles"]:
            if not CITE_KEYS <= set(c) or set(c) - CITE_KEYS - {"note"}:
                e(f"citation keys {sorted(c)}")
            if c["role"] not in ROLES:
                e(f"role {c['role']}")
            if not (c["law"].startswith("《") and "》" in c["law"]):
                e(f"law without 书名号 {c['law']}")
        if not DATE_KEYS <= set(lab["dates"]):
            e("dates keys")
        for k, v in lab["dates"].items():
            if v is not None and not ISO.match(v):
                e(f"date {k}={v} not ISO")
        if lab["completeness"] not in COMPLETENESS:
            e("completeness")
        for k in ("fine_yuan", "confiscation_yuan"):
            if lab[k] is not None and not isinstance(lab[k], (int, float)):
                e(f"{k} not a number")
    print(f"{len(labels)} labels, {len(files)} files, {n_codes[0]} printed credit codes checked, {len(errors)} errors")
    for x in errors:
        print("  " + x)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

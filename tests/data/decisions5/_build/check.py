"""Re-verify the decisions5 corpus: credit-code check characters, verbatim label strings, schema keys.

Run from anywhere: python tests/data/decisions5/_build/check.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import KEYS, USCC_CHARS, org_check, uscc_check  # noqa: E402

CORPUS = os.path.dirname(HERE)
# Keys the dev-set uses (required ones in common.KEYS); these optional ones also occur there.
OPTIONAL = {"related_doc_numbers", "procedure", "refund_yuan"}
DATE_KEYS = {"filing", "notice", "decision", "service"}
ART_KEYS = {"law", "article", "paragraph", "item", "role"}
ROLES = {"violated", "penalty", "discretion", "other"}
COMPLETENESS = {"complete", "near_complete", "truncated", "partial_tail", "body_only", "template"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def norm(s):
    return re.sub(r"\s+", "", s)


def devset_keys():
    """Keys of the shared dev-set labels, when the shared folder sits next to the repo."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(CORPUS)))
    path = os.path.join(os.path.dirname(root), "shared", "dev-set", "labels.jsonl")
    if not os.path.exists(path):
        return None
    keys = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            k = set(json.loads(line))
            keys = k if keys is None else keys & k
    return keys


def main():
    errors = []
    labels = [json.loads(l) for l in open(os.path.join(CORPUS, "labels.jsonl"), encoding="utf-8")]
    files = sorted(f for f in os.listdir(CORPUS) if f.endswith(".txt"))
    if sorted(l["file"] for l in labels) != files:
        errors.append("labels.jsonl files differ from the .txt files")
    common = devset_keys()
    if common is not None and common != set(KEYS):
        errors.append("dev-set common keys differ: %s" % sorted(common ^ set(KEYS)))
    for lab in labels:
        name = lab["file"]
        if list(lab)[:len(KEYS)] != KEYS or not set(lab) - set(KEYS) <= OPTIONAL:
            errors.append("%s: keys %s" % (name, list(lab)))
        text = open(os.path.join(CORPUS, name), encoding="utf-8").read()
        head, _, body = text.partition("\n---\n")
        if not head.startswith("source: written for casecheck decisions5"):
            errors.append("%s: header" % name)
        if "doc_type: %s\n" % lab["doc_type"] not in head + "\n":
            errors.append("%s: header doc_type differs from label" % name)
        nbody = norm(body)
        for key in ("party", "doc_number", "credit_code", "agency"):
            v = lab[key]
            if v is not None and norm(v) not in nbody and key != "agency":
                errors.append("%s: %s %r not in text" % (name, key, v))
        for v in lab.get("related_doc_numbers", []):
            if norm(v) not in nbody:
                errors.append("%s: related %r not in text" % (name, v))
        code = lab["credit_code"]
        if code is not None:
            if len(code) != 18 or any(c not in USCC_CHARS for c in code):
                errors.append("%s: credit code shape %s" % (name, code))
            elif uscc_check(code[:17]) != code[17]:
                errors.append("%s: credit code check %s" % (name, code))
            elif org_check(code[8:16]) != code[16]:
                errors.append("%s: organisation code check %s" % (name, code))
        for a in lab["cited_articles"]:
            if not ART_KEYS <= set(a) or a["role"] not in ROLES or not (a["law"].startswith("《") and a["law"].endswith("》")):
                errors.append("%s: citation %r" % (name, a))
        d = lab["dates"]
        if not DATE_KEYS <= set(d):
            errors.append("%s: dates keys" % name)
        for k, v in d.items():
            if v is not None and not ISO.match(v):
                errors.append("%s: date %s=%r" % (name, k, v))
        if lab["completeness"] not in COMPLETENESS:
            errors.append("%s: completeness" % name)
        rd = lab["remedy_days"]
        if rd is not None and set(rd) != {"review", "litigation"}:
            errors.append("%s: remedy_days" % name)
        if not isinstance(lab["defects_observed"], list) or not lab["notes"]:
            errors.append("%s: notes/defects" % name)
    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(CORPUS) for f in fs)
    for e in errors:
        print("ERROR", e)
    print("%d documents, %d errors, %.0f KB" % (len(labels), len(errors), size / 1024))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

"""Re-verify the decisions6 corpus: label keys, credit-code check characters, verbatim strings.

Run: python tests/data/decisions6/_build/check.py   (exit status 1 on any problem)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from codes import uscc_ok, org_ok, regno_ok  # noqa: E402

# Keys every dev-set label has, and the optional extra keys some dev-set labels carry.
BASE_KEYS = ["file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles",
             "fine_yuan", "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness",
             "notes", "defects_observed"]
EXTRA_KEYS = {"related_doc_numbers", "procedure", "refund_yuan"}
CITE_KEYS = ["law", "article", "paragraph", "item", "role"]
CITE_EXTRA = {"note"}
DATE_KEYS = ["filing", "notice", "decision", "service"]
ROLES = {"violated", "penalty", "other", "discretion"}
COMPLETENESS = {"complete", "near_complete", "truncated", "partial_tail", "body_only", "template"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def norm(s):
    return re.sub(r"\s+", "", s)


def main():
    problems = []
    labels = [json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8") if l.strip()]
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".txt"))
    if sorted(l["file"] for l in labels) != files:
        problems.append("labels.jsonl files != .txt files in folder")
    for lab in labels:
        fn = lab["file"]
        p = lambda msg: problems.append("%s: %s" % (fn, msg))  # noqa: E731
        keys = list(lab.keys())
        if keys[:len(BASE_KEYS)] != BASE_KEYS:
            p("base keys differ from dev-set: %s" % keys)
        for k in keys[len(BASE_KEYS):]:
            if k not in EXTRA_KEYS:
                p("unknown extra key %s" % k)
        path = os.path.join(OUT, fn)
        if not os.path.exists(path):
            p("missing file")
            continue
        raw = open(path, encoding="utf-8").read()
        head, sep, body = raw.partition("\n---\n")
        hl = head.split("\n")
        if not sep or len(hl) != 3 or not hl[0].startswith("source: ") or not hl[1].startswith("domain: ") \
                or not hl[2].startswith("doc_type: "):
            p("bad header")
        if hl[2][len("doc_type: "):] != lab["doc_type"]:
            p("doc_type differs from header")
        if not re.match(r"^\d{3}_.+\.txt$", fn) or fn.split("_", 1)[1][:-4] != hl[1][len("domain: "):]:
            p("file name / domain mismatch")
        nb = norm(body)
        for k in ("agency", "doc_number", "party", "credit_code"):
            v = lab[k]
            if v is not None and norm(v) not in nb:
                p("%s %r not verbatim in document" % (k, v))
        for rd in lab.get("related_doc_numbers", []):
            if norm(rd) not in nb:
                p("related doc number %r not in document" % rd)
        cc = lab["credit_code"]
        if cc is not None:
            if len(cc) == 18:
                if not uscc_ok(cc):
                    p("credit code %s fails GB 32100 check" % cc)
                if not org_ok(cc[8:17]):
                    p("credit code %s: organisation code part fails GB 11714 check" % cc)
            elif len(cc) == 15:
                if not regno_ok(cc):
                    p("registration number %s fails MOD 11,10 check" % cc)
            else:
                p("credit code of odd length")
        # every 18-character code printed in the text should be valid too
        for m in re.findall(r"(?<![0-9A-Z])[0-9][0-9A-Z]{17}(?![0-9A-Z])", body):
            if re.match(r"^(9[123]|1[12]|5[123])", m) and not uscc_ok(m):
                p("printed code %s fails check" % m)
        for m in re.findall(r"注册号[:：]?\s*\|?(\d{15})(?!\d)", body) + re.findall(r"\|(\d{15})\|", body):
            if not regno_ok(m):
                p("printed registration number %s fails check" % m)
        for m in re.findall(r"纳税人识别号[:：]\s*(\d{6}[0-9A-Z]{9})(?![0-9A-Z])", body):
            if not org_ok(m[6:]):
                p("printed taxpayer number %s: organisation code fails check" % m)
        for c in lab["cited_articles"]:
            if list(c.keys())[:5] != CITE_KEYS or any(k not in CITE_EXTRA for k in list(c.keys())[5:]):
                p("citation keys %s" % list(c.keys()))
            if not (c["law"].startswith("《") and "》" in c["law"]):
                p("law without 书名号: %s" % c["law"])
            if c["role"] not in ROLES:
                p("role %s" % c["role"])
            for k in ("article", "paragraph", "item"):
                if c[k] is not None and not isinstance(c[k], int):
                    p("citation %s not int" % k)
        d = lab["dates"]
        if list(d.keys())[:4] != DATE_KEYS:
            p("date keys %s" % list(d.keys()))
        for k, v in d.items():
            if v is not None and not ISO.match(v):
                p("date %s=%r not ISO" % (k, v))
        if lab["completeness"] not in COMPLETENESS:
            p("completeness %s" % lab["completeness"])
        for k in ("fine_yuan", "confiscation_yuan"):
            if lab[k] is not None and not isinstance(lab[k], (int, float)):
                p("%s not a number" % k)
        rd = lab["remedy_days"]
        if rd is not None and set(rd) != {"review", "litigation"}:
            p("remedy_days keys")
        if not isinstance(lab["defects_observed"], list) or not lab["notes"]:
            p("notes/defects_observed")
    total = sum(os.path.getsize(os.path.join(OUT, f)) for f in os.listdir(OUT) if os.path.isfile(os.path.join(OUT, f)))
    print("%d labels, %d documents, folder files %d bytes" % (len(labels), len(files), total))
    for pr in problems:
        print("PROBLEM", pr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

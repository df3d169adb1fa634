"""Re-verify the written corpus.

- every .txt has the header and a label, every label a .txt;
- the label keys are the dev-set's (the keys every dev-set label has, plus only optional keys the
  dev-set also uses), and so are the keys of `dates` and of each cited article;
- every credit code is valid under GB 32100, unless the label's defects_observed says it is not;
- every string label value (party, doc_number, credit_code, agency where the text names it, related
  doc numbers) occurs verbatim in its document after whitespace normalisation.

Run: python tests/data/decisions4/_build/check.py
"""
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))
from common import CHARS, check_char  # noqa: E402

REQUIRED = ["file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles",
            "fine_yuan", "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness",
            "notes", "defects_observed"]
OPTIONAL = {"related_doc_numbers", "procedure", "refund_yuan"}
CITE_REQUIRED = ["law", "article", "paragraph", "item", "role"]
CITE_OPTIONAL = {"note"}
DATE_REQUIRED = ["filing", "notice", "decision", "service"]
ROLES = {"violated", "penalty", "other", "discretion"}
COMPLETENESS = {"complete", "near_complete", "truncated", "partial_tail", "body_only", "template"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def norm(s):
    return re.sub(r"\s+", "", s)


def main():
    errors = []
    labels = [json.loads(line) for line in open(OUT / "labels.jsonl", encoding="utf-8")]
    txts = {p.name for p in OUT.glob("*.txt")}
    names = [lab["file"] for lab in labels]
    if set(names) != txts or len(names) != len(set(names)):
        errors.append(f"labels vs files differ: {sorted(set(names) ^ txts)}")
    for lab in labels:
        f = lab["file"]
        raw = (OUT / f).read_text(encoding="utf-8")
        head, sep, body = raw.partition("---\n")
        hl = head.splitlines()
        if not sep or len(hl) != 3 or not hl[0].startswith("source: ") or not hl[1].startswith("domain: ") \
                or hl[2] != f"doc_type: {lab['doc_type']}":
            errors.append(f"{f}: bad header")
        if not re.match(r"^\d{3}_.+\.txt$", f) or f.split("_", 1)[1][:-4] != hl[1][8:]:
            errors.append(f"{f}: name does not match domain")
        keys = list(lab)
        missing = [k for k in REQUIRED if k not in keys]
        extra = [k for k in keys if k not in REQUIRED and k not in OPTIONAL]
        if missing or extra:
            errors.append(f"{f}: keys missing {missing} extra {extra}")
        for c in lab["cited_articles"]:
            if [k for k in CITE_REQUIRED if k not in c] or [k for k in c if k not in CITE_REQUIRED and k not in CITE_OPTIONAL]:
                errors.append(f"{f}: citation keys {list(c)}")
            if c["role"] not in ROLES:
                errors.append(f"{f}: role {c['role']}")
            if not (c["law"].startswith("《") and ("》" in c["law"])):
                errors.append(f"{f}: law without 书名号 {c['law']}")
            for k in ("article", "paragraph", "item"):
                if c[k] is not None and not isinstance(c[k], int):
                    errors.append(f"{f}: {k} not int: {c[k]}")
        if [k for k in DATE_REQUIRED if k not in lab["dates"]]:
            errors.append(f"{f}: date keys {list(lab['dates'])}")
        for k, v in lab["dates"].items():
            if v is not None and not ISO.match(v):
                errors.append(f"{f}: date {k}={v}")
        if lab["completeness"] not in COMPLETENESS:
            errors.append(f"{f}: completeness {lab['completeness']}")
        for k in ("fine_yuan", "confiscation_yuan"):
            if lab[k] is not None and not isinstance(lab[k], (int, float)):
                errors.append(f"{f}: {k} not a number")
        rd = lab["remedy_days"]
        if rd is not None and set(rd) - {"review", "litigation"}:
            errors.append(f"{f}: remedy_days keys {list(rd)}")
        nb = norm(body)
        strings = [lab["party"], lab["doc_number"], lab["credit_code"], lab["agency"]]
        strings += lab.get("related_doc_numbers", [])
        for s in strings:
            if s is not None and norm(s) not in nb:
                errors.append(f"{f}: not in text: {s!r}")
        code = lab["credit_code"]
        if code is not None:
            flagged = any("校验" in d for d in lab["defects_observed"])
            ok = len(code) == 18 and all(ch in CHARS for ch in code) and check_char(code[:17]) == code[17]
            if ok == flagged:
                errors.append(f"{f}: credit code {code} valid={ok} but flagged={flagged}")
        if not re.search(r"[\u4e00-\u9fff]", lab["notes"]):
            errors.append(f"{f}: notes not in Chinese")
    size = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file())
    if size > 400_000:
        errors.append(f"folder is {size} bytes")
    for e in errors:
        print("ERROR", e)
    print(f"{len(labels)} labels checked, {len(errors)} errors, folder {size} bytes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

"""Build the decisions17 corpus: writes the 24 .txt files and labels.jsonl one folder up.

Usage (from any directory):  python3 _build/build.py
Everything is invented; codes are generated here with valid check digits.
"""
import sys
sys.dont_write_bytecode = True
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from codes import make_uscc, org_check, regno_check  # noqa: E402
import cases_a  # noqa: E402
import cases_b  # noqa: F401,E402

KEY_ORDER = ["file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles",
             "fine_yuan", "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness",
             "notes", "defects_observed"]


def render_codes(spec):
    out = {}
    for key, val in spec.items():
        if key in ("CC", "CC2"):
            out[key] = make_uscc(*val)
        elif key == "REG":
            region6, seq8 = val
            body = region6 + seq8
            out[key] = body + regno_check(body)
        elif key == "ORG":
            out[key] = val + "-" + org_check(val)
        else:
            raise ValueError(key)
    return out


def subst(obj, codes):
    if isinstance(obj, str):
        for k, v in codes.items():
            obj = obj.replace("@" + k + "@", v)
        return obj
    if isinstance(obj, list):
        return [subst(x, codes) for x in obj]
    if isinstance(obj, dict):
        return {k: subst(v, codes) for k, v in obj.items()}
    return obj


def main():
    cases = sorted(cases_a.CASES, key=lambda c: c["file"])
    assert len(cases) == 24, len(cases)
    names = [c["file"] for c in cases]
    assert len(set(names)) == len(names)
    rows = []
    for c in cases:
        codes = render_codes(c.get("codes", {}))
        text = subst(c["text"], codes)
        assert "@" not in text, c["file"]
        label = subst(copy.deepcopy(c["label"]), codes)
        assert label["doc_type"] == c["doc_type"], c["file"]
        header = "source: {}\ndomain: {}\ndoc_type: {}\n---\n".format(c["source"], c["domain"], c["doc_type"])
        with open(os.path.join(OUT, c["file"]), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(header + text.lstrip("\n"))
        label["file"] = c["file"]
        rows.append({k: label[k] for k in KEY_ORDER})
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote {} files and labels.jsonl".format(len(rows)))


if __name__ == "__main__":
    main()

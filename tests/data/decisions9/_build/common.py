"""Shared helpers for the decisions9 corpus: check digits and file writing."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_val(c):
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10


def org_code(body8):
    """GB 11714 organisation code: 8 chars + check char."""
    s = sum(_org_val(c) * w for c, w in zip(body8, _ORG_W))
    c = 11 - s % 11
    return body8 + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(prefix2, region6, body8):
    """GB 32100 unified social credit code with valid GB 11714 and GB 32100 check chars."""
    s17 = prefix2 + region6 + org_code(body8)
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(s17, _USCC_W))
    c = 31 - total % 31
    return s17 + _USCC_CHARS[0 if c == 31 else c]


def src(form):
    return ("invented imitation (writer 67, casecheck decisions9) of " + form +
            "; not a real publication — parties, people, numbers and facts are made up")


KEYS = ["file", "doc_type", "agency", "doc_number", "party", "credit_code", "cited_articles",
        "fine_yuan", "confiscation_yuan", "dates", "remedy_days", "discretion", "completeness",
        "notes", "defects_observed"]


def art(law, article, paragraph=None, item=None, role="violated", note=None):
    d = {"law": law, "article": article, "paragraph": paragraph, "item": item, "role": role}
    if note:
        d["note"] = note
    return d


def dates(filing=None, notice=None, decision=None, service=None, **extra):
    d = {"filing": filing, "notice": notice, "decision": decision, "service": service}
    d.update(extra)
    return d


def emit(docs):
    lines = []
    for d in docs:
        text = d["text"].strip("\n") + "\n"
        head = "source: %s\ndomain: %s\ndoc_type: %s\n---\n" % (d["source"], d["domain"], d["label"]["doc_type"])
        with open(os.path.join(OUT, d["label"]["file"]), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(head + text)
        lab = d["label"]
        row = {k: lab[k] for k in KEYS}
        for k in lab:
            if k not in row:
                row[k] = lab[k]
        lines.append(json.dumps(row, ensure_ascii=False))
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

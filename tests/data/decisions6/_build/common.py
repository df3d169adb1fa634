"""Shared helpers for the decisions6 build modules."""


def C(law, article, paragraph=None, item=None, role="violated", note=None):
    d = {"law": law, "article": article, "paragraph": paragraph, "item": item, "role": role}
    if note:
        d["note"] = note
    return d


def D(filing=None, notice=None, decision=None, service=None, **extra):
    d = {"filing": filing, "notice": notice, "decision": decision, "service": service}
    d.update(extra)
    return d


R60_6M = {"review": 60, "litigation": "6m"}

SOURCE = "written for casecheck decisions6 (not a real publication)"

YZF = "《中华人民共和国邮政法》"
XZCFF = "《中华人民共和国行政处罚法》"

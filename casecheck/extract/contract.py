"""CaseFacts → the contract's ``fields`` object and ``documents[]`` rows (``review.schema.json``)."""

from __future__ import annotations

from typing import Any

from casecheck.facts import CaseFacts
from casecheck.model import CONTRACT_DATES, empty_fields


def _v(fact: Any) -> Any:
    return fact.get("value") if isinstance(fact, dict) else None


def contract_fields(facts: CaseFacts) -> dict[str, Any]:
    """The ``fields`` object of a review record; unknown values are ``null``."""
    out = empty_fields()
    out["agency"] = _v(facts.get("agency"))
    party = facts.get("party") or {}
    for k in ("name", "kind", "credit_code", "id_number", "address"):
        out["party"][k] = _v(party.get(k))
    out["officers"] = [
        {"name": o["name"], "certificate": o.get("certificate")} for o in facts.get("officers", [])
    ]
    timeline = facts.get("timeline") or {}
    for k in CONTRACT_DATES:
        out["dates"][k] = _v(timeline.get(k))
    pen = facts.get("penalty") or {}
    procedure = facts.get("procedure")
    out["penalty"] = {
        "kinds": list(pen.get("kinds") or []),
        # a 不予处罚 decision imposes no fine: 0, where null would mean "not found"
        "fine_yuan": 0 if procedure == "不予处罚" and pen.get("fine") is None else _v(pen.get("fine")),
        "confiscation_yuan": _v(pen.get("confiscation")),
        # the contract knows 普通/简易 only: a 不予处罚 case runs the 普通 procedure
        "procedure": "普通" if procedure == "不予处罚" else procedure,
    }
    out["citations"] = [
        {
            "law": c["law"],
            "article": c.get("article"),
            "paragraph": c.get("paragraph"),
            "item": c.get("item"),
            "role": c.get("role", "other"),
            "document": (c.get("evidence") or {}).get("document"),
            "page": (c.get("evidence") or {}).get("page"),
            "quote": (c.get("evidence") or {}).get("quote", ""),
        }
        for c in facts.get("citations", [])
    ]
    return out


def contract_documents(facts: CaseFacts) -> list[dict[str, Any]]:
    """The ``documents[]`` rows of a review record: type, title, file, pages, 文号 and 落款 date."""
    return [
        {
            "doc_type": d["doc_type"],
            "title": d.get("title"),
            "file": d.get("file"),
            "pages": list(d.get("pages") or []),
            "doc_number": _v(d.get("doc_number")),
            "date": _v(d.get("date")),
        }
        for d in facts.get("documents", [])
    ]

"""Who the party is across a file's documents: the values each document gives for a party field,
the people acting for the party, a 个体工商户's 字号/经营者 pairs and the numbers 笔录 give for them
(``field_consistent``, DOC-06)."""

from __future__ import annotations

import re
from typing import Any

from casecheck.checks.util import all_docs, docs, value

_SPACES = re.compile(r"\s+")
LIST_SPLIT = re.compile(r"[、，,]|及|和")


def norm(field: str, v: str) -> str:
    v = _SPACES.sub("", v).replace("（", "(").replace("）", ")")
    return v.upper() if field != "name" else v


def seen(facts: dict[str, Any], field: str, types: list[str] | None) -> list[tuple[dict[str, Any], Any, str]]:
    out = []
    for doc in docs(facts, *types) if types else all_docs(facts):
        fact = (doc.get("party") or {}).get(field)
        v = value(fact)
        if isinstance(v, str) and v.strip() and "*" not in v and "XXXX" not in v.upper():
            out.append((doc, fact, norm(field, v)))
    return out


def parties(facts: dict[str, Any]) -> list[dict[str, Any]]:
    """The case's party and each document's, as the extractor gives them."""
    return [facts.get("party") or {}, *((d.get("party") or {}) for d in all_docs(facts))]


def representatives(facts: dict[str, Any]) -> set[str]:
    """Names of the people who act for the party (法定代表人/负责人), as any document gives them."""
    reps = (value(p.get("legal_rep")) for p in parties(facts))
    return {norm("name", r) for r in reps if isinstance(r, str) and r.strip()}


def trade_names(facts: dict[str, Any]) -> set[frozenset[str]]:
    """A 个体工商户 (credit code 92…: a natural person under a 字号) is named by its 字号 or by its
    经营者: the pairs of the two names the documents give (字号 as the name, 经营者 as legal_rep)."""
    # only where the code is given with them: one 字号 per 经营者 (兴隆五金店 is no alias of 兴旺日杂店)
    coded = [p for p in parties(facts) if str(value(p.get("credit_code")) or "").startswith("92")]
    pairs = ((value(p.get("name")), value(p.get("legal_rep"))) for p in coded)
    return {
        frozenset((norm("name", n), norm("name", r)))
        for n, r in pairs
        if isinstance(n, str) and isinstance(r, str)
    }


def party_interviewed(facts: dict[str, Any], reps: set[str]) -> list[tuple[dict[str, Any], Any, str]]:
    """The 身份证号 a 笔录 gives for the person questioned when that person is the party or acts
    for it (a 个体工商户's 经营者, whose number is the party's)."""
    names = reps | {s[2] for s in seen(facts, "name", None)}
    out = []
    for doc in all_docs(facts):
        who = doc.get("interviewee") or {}
        name, number = value(who.get("name")), value(who.get("id_number"))
        if not (isinstance(name, str) and norm("name", name) in names and isinstance(number, str)):
            continue
        if "*" not in number and "XXXX" not in number.upper():
            out.append((doc, who["id_number"], norm("id_number", number)))
    return out

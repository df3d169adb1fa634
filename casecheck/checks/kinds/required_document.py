"""required_document — documents the profile requires for the procedure type are in the file.

Options:
  documents: doc types that must be present; an entry may name an alias group.
  aliases: alias → doc types any of which satisfies it (调查取证笔录 → 现场检查笔录/询问笔录).
  exclude: doc types left to more specific rules (e.g. 事先告知书 is PROC-01's).
  decision_types: the decision whose presence makes the requirement apply.
  waivable: document → marker that makes it unnecessary (a written waiver of 陈述申辩).

Example: a 普通程序 file with a 行政处罚决定书 but no 调查终结报告 yields one hit
``{"document": "调查终结报告"}`` pointing at the decision.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import (
    Context,
    Hit,
    Opt,
    Unknown,
    all_docs,
    any_marker,
    doc_evidence,
    docs,
)

ID = "required_document"
OPTIONS = {
    "documents": Opt(list),
    "aliases": Opt(dict, {"调查取证笔录": ["现场检查笔录", "询问笔录"]}),
    "exclude": Opt(list, []),
    "decision_types": Opt(list, ["行政处罚决定书"]),
    "waivable": Opt(dict, {"行政处罚事先告知书": "statement_waived"}),
}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per required document that is absent."""
    decisions = docs(facts, *opts["decision_types"])
    if not decisions:  # no decision read: whether one should exist is not ours to guess
        return
    present = {d.get("doc_type") for d in all_docs(facts)}
    anchor = (doc_evidence(decisions[0]),)
    for name in opts["documents"]:
        if name in opts["exclude"]:
            continue
        accepted = set(opts["aliases"].get(name, [name]))
        waiver = opts["waivable"].get(name)
        if waiver and any_marker(facts, waiver):
            continue
        if not accepted & present:
            yield Hit({"document": name}, anchor)

"""discretion_reason — the decision or the 调查终结报告 says why the fine sits where it does (DISC-01).

Options:
  types: documents where the discretion reasoning may stand.
  decision_types: decisions that must be reasoned.

A stated level (从轻/一般/从重/减轻) or a stated reason satisfies the rule.

Example: a decision fining 20000 with ``discretion: null`` and a report without one → one hit.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import Context, Hit, Opt, Unknown, amount, doc_evidence, docs

ID = "discretion_reason"
OPTIONS = {
    "types": Opt(list, ["行政处罚决定书", "调查终结报告"]),
    "decision_types": Opt(list, ["行政处罚决定书"]),
}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit when no document gives a discretion level or reason."""
    decisions = docs(facts, *opts["decision_types"])
    if not decisions:
        return
    fine, _ = amount(decisions[0].get("penalty") or {}, "fine")
    if not fine:
        return
    for doc in docs(facts, *opts["types"]):
        disc = doc.get("discretion") or {}
        if disc.get("level") or disc.get("reason"):
            return
    yield Hit({"document": decisions[0].get("ref")}, (doc_evidence(decisions[0]),))

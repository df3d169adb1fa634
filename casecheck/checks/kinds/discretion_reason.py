"""discretion_reason — the decision or the 调查终结报告 says why the fine sits where it does (DISC-01).

Options:
  types: documents where the discretion reasoning may stand.
  decision_types: decisions that must be reasoned.
  extremes: also require stated grounds (a reason, not only a level) for a fine at the statutory
    maximum or minimum of the cited penalty provision (顶格/最低额), as the law catalog gives it
    (for a fine set per unit, the rate's bounds times the count the decision states).

A stated level (从轻/一般/从重/减轻) or a stated reason satisfies the rule otherwise.

Example: a decision fining 20000 with ``discretion: null`` and a report without one →
``{"detail": "未说明罚款数额的裁量情节（从轻、一般、从重或减轻）和理由"}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casecheck.checks.ranges import per_measure
from casecheck.checks.util import (
    Context,
    Hit,
    Opt,
    Unknown,
    amount,
    decision,
    doc_evidence,
    docs,
    event,
    iter_citations,
    party_kind,
    yuan,
)

ID = "discretion_reason"
OPTIONS = {
    "types": Opt(list, ["行政处罚决定书", "调查终结报告"]),
    "decision_types": Opt(list, ["行政处罚决定书"]),
    "extremes": Opt(bool, True),
}


def _extreme(facts: dict[str, Any], fine: float) -> str | None:
    """``最高额``/``最低额`` when the fine equals a bound of a cited penalty provision."""
    day = event(facts, "decision")[0]
    if day is None:
        return None
    from casecheck.laws import catalog

    count = ((decision(facts) or {}).get("penalty") or {}).get("fine_count") or {}
    for c in iter_citations(facts, ("penalty",)):
        title = catalog.resolve_title(c.get("law") or "") if c.get("article") else None
        r = (
            catalog.penalty_range(
                title, day, c["article"], c.get("paragraph"), c.get("item"), party_kind(facts)
            )
            if title
            else None
        )
        if r is not None and r.confidence == "low":  # 每人…的标准: the rate times the decision's count
            r = per_measure(r, None, count, title, day)[0]
        if r is None or r.confidence == "low" or set(r.flags) - {"from_paragraph", "per_unit"}:
            continue
        if r.max_yuan is not None and abs(fine - r.max_yuan) < 0.005:
            return f"法定最高额 {yuan(fine)} 元"
        if r.min_yuan and abs(fine - r.min_yuan) < 0.005:
            return f"法定最低额 {yuan(fine)} 元"
    return None


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit when no document gives a discretion level or reason (or, at an extreme, a reason)."""
    decisions = docs(facts, *opts["decision_types"])
    if not decisions:
        return
    fine, _ = amount(decisions[0].get("penalty") or {}, "fine")
    if not fine:
        return
    stated = [doc.get("discretion") or {} for doc in docs(facts, *opts["types"])]
    where = (doc_evidence(decisions[0]),)
    if not any(d.get("level") or d.get("reason") for d in stated):
        yield Hit({"detail": "未说明罚款数额的裁量情节（从轻、一般、从重或减轻）和理由"}, where)
    elif opts["extremes"] and not any(d.get("reason") for d in stated):
        extreme = _extreme(facts, fine)
        if extreme:
            yield Hit({"detail": f"罚款为{extreme}，未说明适用的理由"}, where)

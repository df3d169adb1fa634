"""late_fine — 加处罚款 stays within 3% of the fine per overdue day and within the fine (EXEC-02).

Options:
  daily_rate: the daily rate (行政处罚法 第七十二条: 0.03).
  pay_days: days allowed to pay from service of the decision (第六十七条: 15).

The per-day cap needs the decision's service date and the payment date; without them only the
cap at the fine itself is checked.

Example: fine 1000, 加处罚款 1200 → ``{"detail": "加处罚款 1,200 元超过罚款数额 1,000 元"}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from casecheck.checks.util import (
    Context,
    Hit,
    Opt,
    Unknown,
    all_docs,
    amount,
    amounts,
    decision,
    event,
    evs,
    yuan,
)

ID = "late_fine"
OPTIONS = {"daily_rate": Opt(float, 0.03), "pay_days": Opt(int, 15)}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per 加处罚款 above either cap."""
    fine, e_fine = amount((decision(facts) or {}).get("penalty") or {}, "fine")
    lates = [
        a for d in all_docs(facts) for a in amounts(d, "late_fine") if isinstance(a.get("value"), int | float)
    ]
    if not lates:
        return
    if not fine:
        yield Unknown("罚款金额无法识别，无法核对加处罚款")
        return
    late = max(lates, key=lambda a: a["value"])
    if late["value"] > fine + 0.005:
        detail = f"加处罚款 {yuan(late['value'])} 元超过罚款数额 {yuan(fine)} 元"
        yield Hit({"detail": detail}, evs(late.get("evidence"), e_fine))
        return
    served, paid = event(facts, "decision_served")[0], event(facts, "payment")[0]
    if served and paid:
        overdue = max(0, (paid - (served + timedelta(days=opts["pay_days"]))).days)
        cap = fine * opts["daily_rate"] * overdue
        if late["value"] > cap + 0.5:
            detail = f"逾期 {overdue} 日，加处罚款最多 {yuan(cap)} 元，实为 {yuan(late['value'])} 元"
            yield Hit({"detail": detail}, evs(late.get("evidence")))

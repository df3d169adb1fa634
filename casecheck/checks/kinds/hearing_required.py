"""hearing_required — a penalty in a hearing class is preceded by a notice of the hearing right.

Options:
  thresholds: 较大数额 by party kind (``{个人: 10000, 单位: 100000}``), fine or confiscation at or
    above it is a hearing class (行政处罚法 第六十三条).
  agency_thresholds: agency-name word → thresholds for that agency's files (公安, 税务: 2000/10000).
  kinds: penalty kinds that are always a hearing class (吊销许可证件, 责令停产停业 …).

The proposed penalty of the 事先告知书 is used when known (that is when the right must be told),
else the decision's. With the party kind unknown and the amount between the two thresholds the
check is 无法评查. No notice in the file → PROC-01's matter, not this rule's.

Example: fine 20000, party 个人, threshold 10000, notice without ``hearing_right`` → one hit.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import (
    Context,
    Hit,
    Opt,
    Unknown,
    agency_name,
    amount,
    any_marker,
    decision,
    doc_evidence,
    docs,
    party_kind,
    penalty,
    value,
    yuan,
)

ID = "hearing_required"
OPTIONS = {
    "thresholds": Opt(dict),
    "agency_thresholds": Opt(dict, {}),
    "kinds": Opt(
        list, ["吊销许可证件", "吊销营业执照", "责令停产停业", "责令关闭", "限制从业", "降低资质等级"]
    ),
}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit when the hearing class holds and no notice tells of the hearing right."""
    notices = docs(facts, "行政处罚事先告知书")
    if not notices or decision(facts) is None or docs(facts, "听证告知书"):
        return
    if any(value(n.get("hearing_right")) for n in notices):
        return
    if any_marker(facts, "hearing_requested") or any_marker(facts, "hearing_held"):
        return
    proposed = notices[-1].get("penalty") or {}
    pen = proposed if amount(proposed, "fine")[0] is not None else penalty(facts)
    kinds = set(pen.get("kinds") or []) | set(penalty(facts).get("kinds") or [])
    heavy = sorted(k for k in kinds if any(k.startswith(h) or h in k for h in opts["kinds"]))
    money = max((amount(pen, k)[0] or 0.0) for k in ("fine", "confiscation"))
    reason = None
    if heavy:
        reason = f"处罚种类为{'、'.join(heavy)}"
    elif money > 0:
        pk = party_kind(facts)
        agency = agency_name(facts)
        limits = next((v for w, v in opts["agency_thresholds"].items() if w in agency), opts["thresholds"])
        if pk in limits:
            if money >= limits[pk]:
                reason = f"{pk}罚没金额 {yuan(money)} 元达到较大数额 {yuan(limits[pk])} 元"
        elif money >= max(limits.values()):
            reason = f"罚没金额 {yuan(money)} 元达到较大数额"
        elif money >= min(limits.values()):
            yield Unknown("当事人类型不明，无法判断罚款是否达到听证标准")
    if reason:
        yield Hit({"reason": reason, "document": notices[-1].get("ref")}, (doc_evidence(notices[-1]),))

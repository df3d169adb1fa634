"""payment — a closed case with a fine holds a payment voucher for the right amount (EXEC-01).

Options:
  tolerance: yuan of rounding accepted.

The expected amount is the fine, plus the confiscated 违法所得 and any 加处罚款 when the voucher
covers them. Several vouchers (分期缴纳)
are summed. A voucher whose amount could not be read is 无法评查.

Example: fine 5000, 结案审批表 present, no 缴款凭证 → ``{"detail": "已结案但无罚款缴纳凭证"}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import (
    Context,
    Hit,
    Opt,
    Unknown,
    amount,
    amounts,
    decision,
    doc_evidence,
    docs,
    event,
    evs,
    largest_amount,
    yuan,
)

ID = "payment"
OPTIONS = {"tolerance": Opt((int, float), 0.01)}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit for a missing voucher or a voucher amount that differs from what was due."""
    dec = decision(facts)
    fine, e_fine = amount((dec or {}).get("penalty") or {}, "fine")
    closing = docs(facts, "结案审批表")
    if dec is None or not fine or not (closing or event(facts, "closing")[0]):
        return
    vouchers = docs(facts, "缴款凭证")
    if not vouchers:
        where = (doc_evidence(closing[0]),) if closing else ()
        yield Hit({"detail": "已结案但案卷无罚款缴纳凭证", "fine": yuan(fine)}, where)
        return
    paid = []
    for v in vouchers:  # a voucher often states its amount twice (大写/小写): one value per voucher
        found = [
            a for a in amounts(v, "payment") or amounts(v, "fine") if isinstance(a.get("value"), int | float)
        ]
        if found:
            paid.append(max(found, key=lambda a: a["value"]))
    if not paid:
        yield Unknown("缴款凭证金额无法识别")
        return
    late = largest_amount(facts, "late_fine") or 0.0
    total = sum(a["value"] for a in paid)
    conf = amount((dec or {}).get("penalty") or {}, "confiscation")[0] or 0.0
    due = fine + conf + late
    # the voucher may or may not include the confiscated gain and the 加处罚款
    accepted = {fine, fine + conf, fine + late, due}
    if all(abs(total - a) > opts["tolerance"] for a in accepted):
        detail = f"缴款凭证金额 {yuan(total)} 元与应缴 {yuan(due)} 元不符"
        yield Hit({"detail": detail, "fine": yuan(fine)}, evs(paid[0].get("evidence"), e_fine))

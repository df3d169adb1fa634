"""payment — a closed case with a fine holds a payment voucher for the right amount (EXEC-01).

Options:
  tolerance: yuan of rounding accepted.
  catalog_keywords: words of a 卷内目录 row that lists a voucher.
  statement_types: documents that only *say* the fine was paid (结案审批表: "罚款已缴清"), never a voucher.

A voucher may sit inside another document (its page merged into a neighbour, or copied into a
receipt): with no 缴款凭证 of its own, the file holds one when another document (not a statement)
gives a 缴款 date, or the 卷内目录 places a voucher inside it, and it states the amount due; so does
a document citing the voucher by number for that amount (an electronic 缴款书's 票号). A 目录 row
placed inside a document that states no such amount is 无法评查.

The expected amount is the fine, plus the confiscated 违法所得, 收缴 money or 加处罚款 it covers.
Several vouchers (分期缴纳; 双罚: every decision's fine) and a slip's listed items are summed. A
voucher whose amount could not be read is 无法评查. One that itemises a 加处罚款 (its size is
EXEC-02's) is the fine plus that 加处罚款; its 罚款 line must be the fine.

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
    catalog_rows,
    decision,
    disputed_fine,
    doc_evidence,
    docs,
    event,
    evs,
    has_marker,
    largest_amount,
    swallowed_by,
    yuan,
)
from casecheck.checks.vouchers import (
    cited_voucher,
    embedded_voucher,
    itemised_totals,
    proofs_of_payment,
    running_totals,
    slip_totals,
    titled_vouchers,
    unpaid_party,
    voucher_payments,
)

ID = "payment"
OPTIONS = {
    "tolerance": Opt((int, float), 0.01),
    "catalog_keywords": Opt(list, ["缴款", "缴纳凭证", "缴费", "票据", "收据", "回单", "罚没款凭证"]),
    "statement_types": Opt(
        list,
        [
            "结案审批表", "行政处罚决定书", "当场行政处罚决定书", "行政处罚事先告知书", "听证告知书",
            "行政处罚决定审批表", "调查终结报告", "法制审核意见书", "集体讨论记录", "卷内目录", "备考表",
        ],
    ),
}  # fmt: skip


def _top(doc: dict[str, Any], kind: str) -> float:
    return max([a["value"] for a in amounts(doc, kind) if isinstance(a.get("value"), int | float)] or [0.0])


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit for a missing voucher or a voucher amount that differs from what was due."""
    dec = decision(facts)
    fine, e_fine = amount((dec or {}).get("penalty") or {}, "fine")
    closing = docs(facts, "结案审批表")
    if dec is None or not fine or not (closing or event(facts, "closing")[0]):
        return
    vouchers = docs(facts, "缴款凭证") or titled_vouchers(facts, opts["catalog_keywords"])
    if not vouchers:
        conf = amount((dec or {}).get("penalty") or {}, "confiscation")[0] or 0.0
        late = largest_amount(facts, "late_fine") or 0.0
        hosts = [
            (row, host)
            for row in catalog_rows(facts, opts["catalog_keywords"])
            if (host := swallowed_by(facts, row))
        ]
        due = {fine, fine + conf, fine + late, fine + conf + late}
        held = embedded_voucher(facts, due, [h for _, h in hosts], opts["statement_types"], opts["tolerance"])
        if held or cited_voucher(facts, due, opts["tolerance"]):
            return  # the voucher is in the file (inside another document), or cited by its number
        if hosts:
            row, host = hosts[0]
            yield Unknown(
                f"卷内目录列有“{row.get('title')}”（第{row['pages'][0]}页），该页并入了{host.get('ref')}，"
                "未能识别为单独的缴款凭证，无法核对"
            )
            return
        where = (doc_evidence(closing[0]),) if closing else ()
        yield Hit({"detail": "已结案但案卷无罚款缴纳凭证", "fine": yuan(fine)}, where)
        return
    vouchers = proofs_of_payment(vouchers)
    paid, others = voucher_payments(vouchers)
    if not paid:
        yield Unknown("缴款凭证金额无法识别")
        return
    late = largest_amount(facts, "late_fine") or 0.0
    total = sum(a["value"] for a in paid)
    conf = amount((dec or {}).get("penalty") or {}, "confiscation")[0] or 0.0
    due = fine + conf + late
    # the voucher may or may not include the confiscated gain and the 加处罚款
    seized = _top(dec or {}, "seized")  # 收缴赌资: a police slip collects it with the fine
    accepted = {fine, fine + conf, fine + late, due, fine + seized, due + seized}
    # 罚款：2500.00 加处罚款：3000.00 合计：5500.00: a voucher itemising the 加处罚款 it collected
    itemised = [(_top(v, "fine"), late) for v in vouchers if (late := _top(v, "late_fine"))]
    part, v_late = sum(f for f, _ in itemised), sum(lt for _, lt in itemised)
    if part and all(abs(p - fine) > opts["tolerance"] for p in (part, part - conf)):
        detail = f"缴款凭证所列罚款 {yuan(part)} 元与决定罚款 {yuan(fine)} 元不符"
        yield Hit({"detail": detail, "fine": yuan(fine)}, evs(paid[0].get("evidence"), e_fine))
        return
    decisions = docs(facts, "行政处罚决定书")  # 双罚: the unit's and the manager's fines, a slip each
    dual = len(decisions) > 1 or any(has_marker(d, "manager_liability") for d in decisions)
    both = sum(sum({a["value"] for a in amounts(d, "fine")}) for d in decisions) if dual else fine
    accepted |= {fine + v_late, fine + conf + v_late, both, both + conf}
    accepted |= {v + x for v in disputed_fine(dec or {}) for x in (0.0, conf, late)}  # 大写/小写 differ
    tol = opts["tolerance"]
    # 分期缴纳 (a slip's running 合计, or several slips in one document); a slip's items
    sums = running_totals(paid, others, total, tol) + slip_totals(vouchers) + itemised_totals(others, total)
    if all(abs(v - a) > tol for a in accepted for v in (total, *sums)):
        detail = f"缴款凭证金额 {yuan(total)} 元与应缴 {yuan(due)} 元不符"
        yield Hit({"detail": detail, "fine": yuan(fine)}, evs(paid[0].get("evidence"), e_fine))
    elif (unpaid := unpaid_party(decisions, total, conf + late, tol)) is not None:
        detail = f"双罚案件仅见缴款 {yuan(total)} 元，未见{unpaid[0]}罚款 {yuan(unpaid[1])} 元的缴款凭证"
        yield Hit({"detail": detail, "fine": yuan(fine)}, evs(paid[0].get("evidence"), unpaid[2]))

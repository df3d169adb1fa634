"""What a file's 缴款凭证 say was paid (EXEC-01): one value per slip, and instalment totals."""

from __future__ import annotations

import re
from typing import Any

from casecheck.checks.util import all_docs, amount, amounts, value

# amounts that are no payment (an evidence table's column total neither)
NOT_PAID = ("range", "rate", "proposed_fine", "area", "late_fine", "column_sum")
CLOSING_TYPES = ("结案审批表", "备考表")  # where a case records how it ended


def embedded_voucher(
    facts: dict[str, Any],
    due: set[float],
    hosts: list[dict[str, Any]],
    statements: list[str],
    tolerance: float,
) -> dict[str, Any] | None:
    """An amount due stated by a document that holds a voucher merged into it: one the 目录 places
    a voucher inside, or one that gives a 缴款 date (never a statement such as the 结案审批表)."""
    for doc in all_docs(facts):
        if doc.get("doc_type") in statements:
            continue
        if not (any(doc is h for h in hosts) or (doc.get("dates") or {}).get("payment")):
            continue
        for a in doc.get("amounts") or []:
            v = a.get("value")
            paid = a.get("kind") not in NOT_PAID and isinstance(v, int | float)
            if paid and any(abs(v - d) <= tolerance for d in due):
                return a
    return None


def voucher_payments(vouchers: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[set[float]]]:
    """Each slip's payment (its largest amount: a slip often states it twice, 大写/小写) and the
    slip's other values."""
    paid: list[dict[str, Any]] = []
    others: list[set[float]] = []
    for v in vouchers:
        found = _slip_amounts(v)
        if found:
            paid.append(max(found, key=lambda a: a["value"]))
            others.append({a["value"] for a in found} - {paid[-1]["value"]})
    return paid, others


def _slip_amounts(voucher: dict[str, Any]) -> list[dict[str, Any]]:
    """The amounts a voucher states as paid (its 罚款 lines when it names no payment as such)."""
    return [
        a
        for a in amounts(voucher, "payment") or amounts(voucher, "fine")
        if isinstance(a.get("value"), int | float)
    ]


def slip_totals(vouchers: list[dict[str, Any]]) -> list[float]:
    """The total paid when a voucher document holds several slips (``_slips``: 分期缴纳, two
    instalments of 叁万元整 on one page), each counted once; empty when none does. A candidate total,
    like ``running_totals``."""
    total, several = 0.0, False
    for v in vouchers:
        found = _slip_amounts(v)
        slips = _slips(found)
        if slips:
            several = True
            total += sum(a["value"] for a in slips)
        else:
            total += max((a["value"] for a in found), default=0.0)
    return [total] if several else []


def _slips(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The slips of a document holding several, each stating its amount in words and figures
    (电子缴款凭证（两期）: 叁万元整 30000.00 … 叁万元整 30000.00): the amounts in words, when every
    one of them is followed by its figures before the next. One slip (or a slip without words)
    gives none: its amount is the largest value (see ``voucher_payments``); so does a slip that
    states its total again (缴款金额：叁万元整 … 合计金额：叁万元整: a total word before it)."""
    ordered = sorted(
        (a for a in found if not a.get("stated_total")),
        key=lambda a: (a.get("evidence") or {}).get("start") or 0,
    )
    upper = [i for i, a in enumerate(ordered) if a.get("form") == "upper"]
    if len(upper) < 2:
        return []
    bounds = [*upper[1:], len(ordered)]
    for i, end in zip(upper, bounds, strict=True):
        value = ordered[i]["value"]
        twins = [a for a in ordered[i + 1 : end] if a.get("form") == "lower"]
        if not any(abs(a["value"] - value) < 0.005 for a in twins):
            return []
    return [ordered[i] for i in upper]


def running_totals(
    paid: list[dict[str, Any]], others: list[set[float]], total: float, tol: float
) -> list[float]:
    """Slips whose largest value is the 合计 of all instalments (分期缴纳: 18000; 17000, 合计35000):
    another value on the slip and the other slips' payments add up to it."""
    return [
        p["value"]
        for i, p in enumerate(paid)
        if any(abs(o + (total - p["value"]) - p["value"]) <= tol for o in others[i])
    ]


def itemised_totals(others: list[set[float]], total: float) -> list[float]:
    """The payments when a slip itemises what it collected (罚款 500.00 / 收缴赌资 2200.00) instead of
    stating a total: its other values are paid too."""
    return [total + sum(o) for o in others if o]


_DEMAND = re.compile(r"通知|催|告知")  # 缴款通知书 / 催缴: what is owed, no proof of payment
# 收费票据统计表 / 收据存根 / 发票明细: the party's own receipts gathered as evidence, no fine paid
_TALLY = re.compile(r"统计|明细|清单|汇总|台账|存根")


def proofs_of_payment(vouchers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``vouchers`` without the demands among them (罚款缴纳通知书 beside the 电子缴款凭证 it was paid
    by: the notice states what is owed, the slip what was paid); all of them when every one is a
    notice (a 缴款通知书 the bank stamps 收讫 is the proof)."""
    proofs = [v for v in vouchers if not _DEMAND.search(str(v.get("title") or ""))]
    return proofs or vouchers


def titled_vouchers(facts: dict[str, Any], keywords: list[str]) -> list[dict[str, Any]]:
    """Documents of another type whose title names the voucher they hold (缴款凭证与结案报告: the
    slip and the closing form on one page, read as one document)."""
    return [
        d
        for d in all_docs(facts)
        if d.get("doc_type") != "缴款凭证"
        and any(k in str(d.get("title") or "") for k in keywords)
        and not _DEMAND.search(str(d.get("title") or ""))
        and not _TALLY.search(str(d.get("title") or ""))
    ]


def cited_voucher(facts: dict[str, Any], due: set[float], tolerance: float) -> bool:
    """A closing form that cites the voucher by its number (``voucher_cited``: an electronic 缴款书's
    票号) for an amount due: the payment is on record though no slip is filed. The amount is what the
    form says was paid (its 缴纳 amounts) when it says so, else a restated amount."""
    for doc in all_docs(facts):
        if doc.get("doc_type") not in CLOSING_TYPES or not (doc.get("markers") or {}).get("voucher_cited"):
            continue
        paid = [a["value"] for a in amounts(doc, "payment") if isinstance(a.get("value"), int | float)]
        stated = [
            a["value"]
            for a in amounts(doc)
            if a.get("kind") not in NOT_PAID and isinstance(a.get("value"), int | float)
        ]
        values = (sum(paid), max(paid)) if paid else stated  # what it says was paid, else what it restates
        if any(abs(v - d) <= tolerance for v in values for d in due):
            return True
    return False


_LEGAL_FORM = re.compile(r"有限|责任|股份|公司")


def unpaid_party(
    decisions: list[dict[str, Any]], total: float, extra: float, tol: float
) -> tuple[str, float, Any] | None:
    """双罚 in decisions of their own (the unit's, its manager's), each with a fine: the party whose
    fine the vouchers leave out when they pay exactly the other decisions' fines (with or without
    ``extra``, the confiscation and 加处罚款), else ``None``."""
    fined = []
    for d in decisions:
        f, e = amount(d.get("penalty") or {}, "fine")
        name = value((d.get("party") or {}).get("name"))
        if f and name:
            fined.append((name, f, e))
    cores = [_LEGAL_FORM.sub("", n) for n, _, _ in fined]
    if len(fined) < 2 or any(a in b for i, a in enumerate(cores) for j, b in enumerate(cores) if i != j):
        # one party's decision re-issued (某某商贸有限公司 / 某某商贸公司: its name read two ways), or a
        # party unread: no 双罚 to tell apart
        return None
    everyone = sum(f for _, f, _ in fined)
    for name, f, e in fined:
        rest = everyone - f
        if any(abs(total - (rest + x)) <= tol for x in (0.0, extra)) and abs(total - everyone) > tol:
            return name, f, e
    return None

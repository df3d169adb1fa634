"""A 送达回证 copied from an earlier one and not changed (套用前一份回证): SERV-03, not a missing receipt.

A file whose decision is followed by a receipt naming the 告知书 (its title, its 文号) that an
earlier receipt already served: the agency reused the earlier form for the decision and did not
change what it names. The decision has a receipt, one that names the wrong document
(``service_match`` reports it), not none (``service_receipt`` stays silent).

Example: 告知书, 送达回证 (告知书 …罚告〔2021〕9号), 决定书, 送达回证 (告知书 …罚告〔2021〕9号) → the
second receipt is the decision's, copied.

``receipt_filed_after`` finds the receipt filed right after a document by the same order (a
receipt whose 送达文书 OCR could not read is taken to be the decision's when so filed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from casecheck.checks.util import all_docs, to_date
from casecheck.extract.fields.served import served_entries

Names = Callable[[dict[str, Any], dict[str, Any]], bool]  # (served entry, document) → names it
SERVED_TYPES = ("行政处罚决定书", "行政处罚事先告知书", "听证告知书", "听证通知书", "不予行政处罚决定书")


def copied_receipt(facts: dict[str, Any], doc: dict[str, Any], names: Names) -> dict[str, Any] | None:
    """The receipt after ``doc`` (before the next document a receipt serves) that names only a
    document an earlier receipt already names, dated no earlier than ``doc``; else ``None``."""
    order = all_docs(facts)
    at = next((i for i, d in enumerate(order) if d is doc), None)
    if at is None:
        return None
    after = None
    for d in order[at + 1 :]:
        if d.get("doc_type") in SERVED_TYPES:
            return None
        if d.get("doc_type") == "送达回证":
            after = d
            break
    if after is None:
        return None
    entries = [e for _r, e in served_entries([after])]
    served = [d for d in order if d.get("doc_type") in SERVED_TYPES and d is not doc]
    named = [d for d in served if any(names(e, d) for e in entries)]
    if not entries or not named or any(names(e, doc) for e in entries):
        return None
    earlier = [r for r in order[:at] if r.get("doc_type") == "送达回证"]
    if not any(names(e, d) for d in named for _r, e in served_entries(earlier)):
        return None
    signed, made = to_date(after.get("date")), to_date(doc.get("date"))
    return after if signed is None or made is None or signed >= made else None


def receipt_filed_after(
    facts: dict[str, Any], doc: dict[str, Any], receipts: list[dict[str, Any]]
) -> dict[str, Any] | None:
    """The first of ``receipts`` among the receipts filed right after ``doc`` (a file keeps a
    document's receipt next to it: 决定书, its 送达回证, then the 催告书 …) that is not dated before
    ``doc`` was made (a receipt signed before the decision was served with something else)."""
    order = all_docs(facts)
    at = next((i for i, d in enumerate(order) if d is doc), None)
    if at is None:
        return None
    for d in order[at + 1 :]:
        if d.get("continues"):
            continue  # a later page of the document itself
        if d.get("doc_type") != "送达回证":
            return None
        if any(d is r for r in receipts) and not dated_before(doc, d):
            return d
    return None


def dated_before(doc: dict[str, Any], receipt: dict[str, Any]) -> bool:
    """``receipt`` is dated before ``doc`` was made: it cannot be ``doc``'s receipt."""
    made = to_date(doc.get("date"))
    signed = to_date((receipt.get("served") or {}).get("date")) or to_date(receipt.get("date"))
    return made is not None and signed is not None and signed < made

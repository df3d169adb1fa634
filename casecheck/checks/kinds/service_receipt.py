"""service_receipt — each served document has a complete 送达回证 (SERV-02).

Options:
  served_types: documents whose receipts are checked for completeness.
  missing_types: documents for which a missing receipt is itself a hit (a 告知书 is often signed
    for on its own 回执联, so by default only the decision).
  require: receipt elements checked: ``signature`` (recipient's, unless 留置送达 with a witness or a
    photo/video record, or 邮寄/公告/电子送达), ``date`` (收到日期), ``method`` (送达方式; not on a
    stub printed under the document and signed there by the recipient: it was handed over).
  spot_marker_ok: a decision handed over on the spot and signed for on the decision itself
    (``on_spot_service`` marker) needs no separate receipt.

A receipt serves a document when its 文号 or its title matches it; a receipt that names nothing
(its 送达文书 unread) is taken to serve the decision when it is the only receipt, or the first filed
after the decision; when none such is, the decision's receipt is 无法评查, not missing. A missing
signature is a hit only when the recipient's signature line was read and is empty; a line not
read at all is 无法评查.

Example: a decision and no 送达回证 → ``{"document": "行政处罚决定书", "detail": "无送达回证"}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casecheck.checks.receipts import copied_receipt, dated_before, receipt_filed_after
from casecheck.checks.util import (
    IMAGE_SIGNATURE,
    Context,
    Evidence,
    Hit,
    Opt,
    Unknown,
    doc_evidence,
    docs,
    ev,
    evs,
    has_marker,
    norm_title,
    on_image_page,
    to_date,
    value,
)
from casecheck.extract.fields.served import served_entries

ID = "service_receipt"
OPTIONS = {
    "served_types": Opt(list, ["行政处罚决定书"]),
    "missing_types": Opt(list, ["行政处罚决定书"]),
    "require": Opt(list, ["signature", "date", "method"]),
    "spot_marker_ok": Opt(bool, True),
}
NO_SIGNATURE_NEEDED = ("邮寄送达", "公告送达", "电子送达")


def names(served: dict[str, Any], doc: dict[str, Any]) -> bool:
    """Whether a receipt's served entry (its block, or one of its rows) names ``doc`` by 文号 or
    by title."""
    number = norm_title(value(doc.get("doc_number")))
    if number and norm_title(served.get("doc_number")) == number:
        return True
    title = norm_title(served.get("title"))
    return bool(title) and (
        doc.get("doc_type") in title or (bool(doc.get("title")) and norm_title(doc["title"]) in title)
    )


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per served document without a receipt, one per missing receipt element."""
    receipts = docs(facts, "送达回证")
    entries = served_entries(receipts)
    for doc in docs(facts, *opts["served_types"]):
        mine = [(r, e) for r, e in entries if names(e, doc)]
        anonymous = [
            r
            for r in receipts
            if not norm_title((r.get("served") or {}).get("title"))
            and not norm_title((r.get("served") or {}).get("doc_number"))
        ]
        if not mine and anonymous and doc.get("doc_type") in ("行政处罚决定书",):
            if len(receipts) == 1:  # the file's only receipt, unless signed before the decision
                after = None if dated_before(doc, anonymous[0]) else anonymous[0]
            else:
                after = receipt_filed_after(facts, doc, anonymous)
            mine = [(after, after.get("served") or {})] if after else []
        if not mine:
            if doc.get("doc_type") not in opts["missing_types"] or copied_receipt(facts, doc, names):
                continue  # (a receipt copied from the 告知书's and not changed is SERV-03's)
            if any(not dated_before(doc, r) for r in anonymous):
                yield Unknown(
                    f"{doc.get('ref')} 未见载明其文号或名称的送达回证；"
                    f"{'、'.join(str(r.get('ref')) for r in anonymous)} 所送文书无法识别，须人工核对"
                )
                continue
            if not (opts["spot_marker_ok"] and has_marker(doc, "on_spot_service")):
                yield Hit(
                    {"document": doc.get("ref"), "detail": f"{doc.get('ref')} 无送达回证"},
                    (doc_evidence(doc),),
                )
            continue
        r, served = mine[0]
        where = (doc_evidence(r),)
        method = served.get("method")
        row = bool((r.get("served") or {}).get("rows"))  # a row of a receipt for several documents
        if "signature" in opts["require"] and served.get("recipient_signed") is False:
            left_ok = method == "留置送达" and (served.get("witness") or has_marker(r, "left_service_record"))
            lines = [s for s in r.get("signatures") or [] if s.get("role") == "recipient"]
            if left_ok or method in NO_SIGNATURE_NEEDED:
                pass
            elif row:  # the row's own signature cell is empty
                where = evs(served.get("evidence")) or where
                yield _unsigned(r, where)
            elif not lines:  # the signature line itself was not read: an empty line is not proven
                yield Unknown(f"{r.get('ref')} 未识别到受送达人签名栏，无法核对签收")
            elif not any(s.get("filled") for s in lines):
                yield _unsigned(r, (ev(lines[0].get("evidence")) or doc_evidence(r),))
        if (
            "date" in opts["require"]
            and to_date(served.get("date")) is None
            and to_date(r.get("date")) is None
        ):
            yield Hit({"document": r.get("ref"), "detail": "送达回证无收到日期"}, where)
        # (a stub the recipient signed on the document itself was handed over: no method to name)
        handed = served.get("stub") and served.get("recipient_signed")
        if "method" in opts["require"] and not method and not handed:
            yield Hit({"document": r.get("ref"), "detail": "送达回证未载明送达方式"}, where)


def _unsigned(receipt: dict[str, Any], where: tuple[Evidence, ...]) -> Hit | Unknown:
    """The receipt's empty recipient signature: a finding, or 无法评查 on a page with an image."""
    if on_image_page(receipt, where[0] if where else None):
        return Unknown(IMAGE_SIGNATURE.format(document=receipt.get("ref"), role="受送达人"))
    return Hit({"document": receipt.get("ref"), "detail": "送达回证无受送达人签名或盖章"}, where)

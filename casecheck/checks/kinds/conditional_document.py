"""conditional_document — a document the case's circumstances call for is in the file.

Used for 事先告知 (always, unless waived: PROC-01), 法制审核 (PROC-06) and 集体讨论 (PROC-07).

Options:
  documents: doc types any of which satisfies the requirement.
  always: the requirement holds for every decision of ``decision_types``.
  fine_at_least: a fine at or above this amount triggers it (``null`` = not an amount trigger).
  when_markers / when_documents: markers or documents (听证笔录, hearing_held) that trigger it.
  unless_markers: markers that excuse it (``statement_waived``).
  decision_types: decision doc types that make the rule apply.
  catalog_keywords: words in a 卷内目录 row that show the document is in the file even when it
    was not segmented as its own document (法制审核, 集体讨论 …).

A fine whose amount could not be read, when only the amount could trigger, is 无法评查.

Example: fine 120000 ≥ 100000 and no 集体讨论记录 → ``{"document": "集体讨论记录", "reason": …}``.
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
    any_marker,
    doc_evidence,
    docs,
    penalty,
    yuan,
)

ID = "conditional_document"
OPTIONS = {
    "documents": Opt(list),
    "always": Opt(bool, False),
    "fine_at_least": Opt((int, float, type(None)), None),
    "when_markers": Opt(list, []),
    "when_documents": Opt(list, []),
    "unless_markers": Opt(list, []),
    "decision_types": Opt(list, ["行政处罚决定书"]),
    "catalog_keywords": Opt(list, []),
}


def _reason(facts: dict[str, Any], opts: dict[str, Any]) -> str | Unknown | None:
    if opts["always"]:
        return "作出行政处罚决定"
    for m in opts["when_markers"]:
        if any_marker(facts, m):
            return "案件举行了听证" if m.startswith("hearing") else f"案卷记载{m}"
    for t in opts["when_documents"]:
        if docs(facts, t):
            return f"案卷有{t}"
    if opts["fine_at_least"] is not None:
        pen = penalty(facts)
        fine = amount(pen, "fine")[0]
        if fine is None:
            if "罚款" in (pen.get("kinds") or []):
                return Unknown("罚款金额无法识别，无法判断是否达到标准")
            return None
        if fine >= opts["fine_at_least"]:
            return f"罚款 {yuan(fine)} 元达到 {yuan(opts['fine_at_least'])} 元"
    return None


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit when the trigger holds and none of ``documents`` is in the file."""
    decisions = docs(facts, *opts["decision_types"])
    if not decisions or docs(facts, *opts["documents"]):
        return
    rows = [str(r.get("title") or "") for d in docs(facts, "卷内目录") for r in d.get("catalog") or []]
    if any(k in row for k in opts["catalog_keywords"] for row in rows):
        return
    if any(any_marker(facts, m) for m in opts["unless_markers"]):
        return
    reason = _reason(facts, opts)
    if isinstance(reason, Unknown):
        yield reason
    elif reason:
        yield Hit({"document": "/".join(opts["documents"]), "reason": reason}, (doc_evidence(decisions[0]),))

"""conditional_document — a document the case's circumstances call for is in the file: 事先告知
(always, unless waived: PROC-01), 法制审核 (PROC-06) and 集体讨论 (PROC-07).

Options:
  documents: doc types any of which satisfies the requirement.
  always: the requirement holds for every decision of ``decision_types``.
  fine_at_least: a fine at or above this amount triggers it (``null`` = not an amount trigger).
  when_markers / when_documents / unless_markers: markers or documents that trigger it (听证笔录,
    hearing_held, discussion_required) or excuse it (``statement_waived``).
  decision_types: decision doc types that make the rule apply.
  catalog_keywords: words in a 卷内目录 row that show the document is in the file even when it was
    not segmented (法制审核, 集体讨论 …). A combined 法制审核及集体讨论审批表 counts as both.
  opinion_marker / opinion_in: a document of ``opinion_in`` with ``opinion_marker`` is one of ``documents``.
  in_force_from: the day the requirement took effect (ISO date): a decision made before it is
    无法评查, not judged by it (法制审核: 2021 第五十八条, from 2021-07-15; the 2017 text's 第三十八条第三款
    审核 is another requirement); an undated decision after a step dated since then is held to it.
  by_decision: the document counts only when dated on or before the decision (法制审核, 集体讨论
    precede it: 行政处罚法 第五十七条、第五十八条); one held only after it is as good as none. An
    undated document or decision still counts (PROC-04 judges the order when the dates are there).

A fine whose amount could not be read, when only the amount could trigger, is 无法评查. Example:
fine 120000 ≥ 100000 and no 集体讨论记录 → ``{"document": "集体讨论记录", "reason": …,
"missing": "案卷无集体讨论记录"}``; a 集体讨论记录 dated after the decision →
``{"missing": "卷内集体讨论记录（2024-07-19）晚于处罚决定（2024-07-16）"}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from casecheck.checks.util import (
    Context,
    Hit,
    Opt,
    Unknown,
    all_docs,
    amount,
    any_marker,
    doc_date,
    doc_evidence,
    docs,
    event,
    evs,
    has_marker,
    penalty,
    yuan,
)
from casecheck.facts import MARKERS

ID = "conditional_document"
COMBINED = re.compile(r"^\W?法制审[核查](?:意见)?[及和与、]集体(?:讨论|审议)(?!.*(?:申请|提请|送审|通知))")
OPTIONS = {
    "documents": Opt(list),
    "always": Opt(bool, False),
    "fine_at_least": Opt((int, float, type(None)), None),
    "when_markers": Opt(list, []),
    "when_documents": Opt(list, []),
    "unless_markers": Opt(list, []),
    "decision_types": Opt(list, ["行政处罚决定书"]),
    "catalog_keywords": Opt(list, []),
    "by_decision": Opt(bool, False),
    "opinion_marker": Opt((str, type(None)), None),
    "opinion_in": Opt(list, []),
    "in_force_from": Opt((str, type(None)), None),
}


_BEFORE_DECISION = ("violation", "filing", "notice", "notice_served", "hearing")


def _reason(facts: dict[str, Any], opts: dict[str, Any]) -> str | Unknown | None:
    if opts["always"]:
        return "作出行政处罚决定"
    for m in opts["when_markers"]:
        if any_marker(facts, m):
            return "案件举行了听证" if m.startswith("hearing") else f"案卷载明{MARKERS.get(m, m)}"
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


def _late(
    present: list[dict[str, Any]], decision_doc: dict[str, Any], facts: dict[str, Any]
) -> tuple[str, tuple[Any, ...]] | None:
    """``(missing, evidence)`` when every present document is dated after the decision."""
    decided, e_dec = event(facts, "decision")
    if decided is None:
        decided, e_dec = doc_date(decision_doc)
    dated = [(doc_date(d), d) for d in present]
    if decided is None or any(day is None or day <= decided for (day, _), _d in dated):
        return None
    (day, e_doc), doc = min(dated, key=lambda t: t[0][0])
    missing = f"卷内{doc.get('doc_type')}（{day.isoformat()}）晚于处罚决定（{decided.isoformat()}）"
    return missing, evs(e_doc, e_dec)


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit when the trigger holds and none of ``documents`` is in the file (in time)."""
    decisions = docs(facts, *opts["decision_types"])
    both = [d for d in all_docs(facts) if COMBINED.search(str(d.get("title") or ""))]
    present = docs(facts, *opts["documents"]) + [d for d in both if d["doc_type"] not in opts["documents"]]
    if opts["opinion_marker"]:
        present += [d for d in docs(facts, *opts["opinion_in"]) if has_marker(d, opts["opinion_marker"])]
    if not decisions:
        return
    late = _late(present, decisions[0], facts) if present and opts["by_decision"] else None
    if present and late is None:
        return
    rows = [str(r.get("title") or "") for d in docs(facts, "卷内目录") for r in d.get("catalog") or []]
    if not present and any(k in row for k in opts["catalog_keywords"] for row in rows):
        return
    if any(any_marker(facts, m) for m in opts["unless_markers"]):
        return
    reason = _reason(facts, opts)
    if reason and opts["in_force_from"]:
        since = date.fromisoformat(opts["in_force_from"])
        decided = event(facts, "decision")[0] or doc_date(decisions[0])[0]  # else: after its steps
        earlier = [d for k in _BEFORE_DECISION if (d := event(facts, k)[0])]
        if decided is None and not (earlier and max(earlier) >= since):
            reason = Unknown(f"缺少处罚决定日期，无法判断是否适用（{opts['in_force_from']} 起施行的要求）")
        elif decided is not None and decided < since:
            reason = Unknown(f"处罚决定作出于{decided}，早于该要求施行之日（{since}），不按该要求判断")
    if isinstance(reason, Unknown):
        yield reason
    elif reason:
        missing, where = late or (f"案卷无{'/'.join(opts['documents'])}", (doc_evidence(decisions[0]),))
        yield Hit({"document": "/".join(opts["documents"]), "reason": reason, "missing": missing}, where)

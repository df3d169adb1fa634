"""publication — a decision the profile requires to be published was published in time (PROC-12).

Options:
  required: whether the profile requires publication at all.
  working_days: deadline after the decision, in working days.
  decision_types: decisions that must be published.
  record_types: documents that prove publication (公示记录).
  promise_types: documents whose ``publication`` marker proves nothing ("本决定将予公示" is a
    promise, not a record); the marker elsewhere (a 结案报告, the 卷内目录 listing the record, a
    record merged into a neighbouring document) counts, though without a date to check — unless
    that document is dated before the decision (a 笔录's 公示价目表 is the violation, not a record).

A publication record without a date, or dates outside the holiday calendar, is 无法评查.

Example: decision 2024-03-01, 公示记录 dated 2024-05-06, 20 working days → one hit.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import (
    Context,
    Hit,
    Opt,
    Unknown,
    all_docs,
    doc_date,
    doc_evidence,
    docs,
    evs,
    has_marker,
)

ID = "publication"
OPTIONS = {
    "required": Opt(bool),
    "working_days": Opt(int),
    "decision_types": Opt(list, ["行政处罚决定书"]),
    "record_types": Opt(list, ["公示记录"]),
    "promise_types": Opt(list, ["行政处罚决定书", "行政处罚事先告知书", "听证告知书", "当场行政处罚决定书"]),
}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit when there is no publication record, or it is dated after the deadline."""
    decisions = docs(facts, *opts["decision_types"])
    if not opts["required"] or not decisions:
        return
    records = docs(facts, *opts["record_types"])
    if not records:
        decided = doc_date(decisions[0])[0]
        # a document dated before the decision cannot record its publication (公示价目表 in a 笔录)
        others = [
            d
            for d in all_docs(facts)
            if d.get("doc_type") not in opts["promise_types"]
            and not (decided and doc_date(d)[0] and doc_date(d)[0] < decided)
        ]
        if not any(has_marker(d, "publication") for d in others):
            yield Hit({"detail": "案卷无处罚信息公示记录"}, (doc_evidence(decisions[0]),))
        return
    decided, e1 = doc_date(decisions[0])
    published, e2 = min((doc_date(r) for r in records), key=lambda t: (t[0] is None, t[0]))
    if decided is None or published is None:
        yield Unknown("决定书或公示记录无日期，无法核对公示期限")
        return
    try:
        from casecheck.laws.calendar import OutsideCalendar, add_working_days
    except ImportError:
        yield Unknown("工作日历不可用")
        return
    try:
        due = add_working_days(decided, opts["working_days"])
    except OutsideCalendar:
        yield Unknown(f"{decided.isoformat()} 超出节假日历覆盖范围，无法计算公示期限")
        return
    if published > due:
        limit = f"决定后 {opts['working_days']} 个工作日"
        detail = f"公示日期 {published.isoformat()} 晚于期限 {due.isoformat()}（{limit}）"
        yield Hit({"detail": detail}, evs(e2, e1))

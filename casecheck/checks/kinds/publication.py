"""publication — a decision that must be published was published in time (PROC-12).

行政处罚法 第四十八条 requires publication only of decisions 具有一定社会影响 (which no file states),
so whether a decision must be published is the profile's: binding ``rules`` (the 市场监管 公示规定
for market regulators' 普通程序 decisions), or ``required`` for every decision (a sector/province).

Options:
  required / working_days: every decision must be published, within these working days.
  rules: ``{basis, agencies, since, until?, working_days?, exempt_kinds?}`` each: a decision by an
    agency whose name contains one of ``agencies``, dated in ``[since, until]``, is published within
    ``working_days`` (none: only a record is required) unless all its penalties are ``exempt_kinds``
    (仅警告: 公示规定 第二条). A decision no rule covers passes; with no record, an unread agency or
    decision date is 无法评查, and so is an undated record or a date outside the holiday calendar.
  decision_types / record_types: decisions to publish; documents proving publication (公示记录).
  missing_record: ``finding`` (the standard wants the record in the 案卷) or ``unknown`` (无法评查: a
    reviewer checks the 公示系统 itself).
  promise_types: documents whose ``publication`` marker is a promise ("本决定将予公示"); elsewhere
    (结案报告, 卷内目录) it counts undated, unless that document predates the decision (公示价目表).

Example: 某市市场监督管理局, decision 2024-03-01, 公示记录 of 2024-05-06 (20 working days) → one hit.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
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
    to_date,
    value,
)

ID = "publication"
OPTIONS = {
    "required": Opt(bool),
    "working_days": Opt(int),
    "rules": Opt(list, []),
    "decision_types": Opt(list, ["行政处罚决定书"]),
    "record_types": Opt(list, ["公示记录"]),
    "missing_record": Opt(str, "finding"),
    "promise_types": Opt(list, ["行政处罚决定书", "行政处罚事先告知书", "听证告知书", "当场行政处罚决定书"]),
}


def _agency(facts: dict[str, Any], decision: dict[str, Any]) -> str:
    """The deciding agency's name: the case's agency, else the decision's issuer ('' if unread)."""
    for fact in (facts.get("agency"), decision.get("agency"), decision.get("issuer")):
        name = value(fact)
        if isinstance(name, str) and name.strip():
            return name
    return ""


def _covers(rule: dict[str, Any], agency: str, decided: date, kinds: list[str]) -> bool:
    """Whether a binding publication rule covers this decision."""
    if not any(a in agency for a in rule.get("agencies") or []):
        return False
    since, until = to_date(str(rule.get("since") or "")), to_date(str(rule.get("until") or ""))
    if (since and decided < since) or (until and decided > until):
        return False
    exempt = rule.get("exempt_kinds") or []
    return not (kinds and exempt and all(k in exempt for k in kinds))


def requirement(
    facts: dict[str, Any], decision: dict[str, Any], opts: dict[str, Any]
) -> tuple[bool | None, int | None, str]:
    """(required?, working-day deadline or None, why unknown): ``None`` when it cannot be told."""
    if opts["required"]:
        return True, opts["working_days"], ""
    if not opts["rules"]:
        return False, None, ""
    agency = _agency(facts, decision)
    decided = doc_date(decision)[0]
    if not agency or decided is None:
        what = "作出决定的行政机关" if not agency else "决定日期"
        return None, None, f"未识别{what}，无法判断本决定是否属于须公示的处罚信息"
    kinds = [k for k in (facts.get("penalty") or {}).get("kinds") or [] if isinstance(k, str)]
    for rule in opts["rules"]:
        if isinstance(rule, dict) and _covers(rule, agency, decided, kinds):
            days = rule.get("working_days")
            return True, int(days) if days is not None else None, ""
    return False, None, ""


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit when a required publication has no record, or its record is dated after the deadline."""
    decisions = docs(facts, *opts["decision_types"])
    if not decisions:
        return
    required, days, why = requirement(facts, decisions[0], opts)
    if required is False:
        return
    records = docs(facts, *opts["record_types"])
    if not records:
        decided = doc_date(decisions[0])[0]
        # a document dated before the decision cannot record its publication (公示价目表 in a 笔录)
        late = [d for d in all_docs(facts) if not (decided and doc_date(d)[0] and doc_date(d)[0] < decided)]
        if any(has_marker(d, "publication") for d in late if d.get("doc_type") not in opts["promise_types"]):
            return
        if required is None or opts["missing_record"] == "unknown":
            yield Unknown(
                "案卷无处罚信息公示记录，" + (f"且{why}" if why else "是否按期公示需在公示系统中核查")
            )
        else:
            yield Hit({"detail": "案卷无处罚信息公示记录"}, (doc_evidence(decisions[0]),))
        return
    if required is None or days is None:
        return  # a record is there; no binding deadline is known to check it against
    decided, e1 = doc_date(decisions[0])
    published, e2 = min((doc_date(r) for r in records), key=lambda t: (t[0] is None, t[0]))
    if decided is None or published is None:
        yield Unknown("决定书或公示记录无日期，无法核对公示期限")
        return
    try:
        from casecheck.laws.calendar import OutsideCalendar, add_working_days

        due = add_working_days(decided, days)
    except ImportError:
        yield Unknown("工作日历不可用")
        return
    except OutsideCalendar:
        yield Unknown(f"{decided.isoformat()} 超出节假日历覆盖范围，无法计算公示期限")
        return
    if published > due:
        detail = f"公示日期 {published.isoformat()} 晚于期限 {due.isoformat()}（决定后 {days} 个工作日）"
        yield Hit({"detail": detail}, evs(e2, e1))

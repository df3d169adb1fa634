"""The case timeline: a date for each ``casecheck.facts.TIMELINE_EVENTS`` entry, with its rule.

Dates come from the document that should carry them (立案审批表 → filing, 决定书 落款 → decision,
its 送达回证 → decision_served …) and otherwise from an event date another document states
(``2024年3月1日我局立案调查``); a violation date falls back to the end of a continuing violation
whose start the text gives only to the month, then to the day the violation was found.
"""

from __future__ import annotations

import re
from typing import Any

from casecheck.extract.fields.dates import find_dates
from casecheck.extract.fields.served import served_entries
from casecheck.facts import DocFacts

DECISIONS = ("行政处罚决定书", "当场行政处罚决定书", "不予行政处罚决定书")
NOTICES = ("行政处罚事先告知书", "听证告知书")
# a decision that undoes a penalty decision (撤销): it imposes nothing
REVOCATION = "撤销行政处罚决定书"
RECORDS = ("询问笔录", "现场检查笔录")
# document dates that are no step of the timeline: a month-level violation time (violation_month)
# or the day an omission began (violation_since) would misdate the limitation and the law version
SKIPPED_EVENTS = (
    "start",
    "end",
    "served",
    "complaint",
    "discovered",
    "violation_end",
    "violation_month",
    "violation_since",
)
# event → document types whose 落款 (or record start) is that event's date
DOC_EVENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("filing", ("立案审批表",)),
    ("investigation_end", ("调查终结报告",)),
    ("notice", NOTICES),
    ("statement", ("陈述申辩笔录",)),
    ("hearing", ("听证笔录",)),
    ("legal_review", ("法制审核意见书",)),
    ("collective_discussion", ("集体讨论记录",)),
    ("decision_approval", ("行政处罚决定审批表",)),
    ("decision", DECISIONS),
    ("decision", (REVOCATION,)),  # a file holding only the decision that undoes the penalty
    ("payment", ("缴款凭证",)),
    ("closing", ("结案审批表",)),
)


def _doc_date(d: DocFacts) -> dict[str, Any] | None:
    """The document's own date: its 落款, else the start of the record."""
    return d.get("date") or (d.get("dates") or {}).get("start")


def build_timeline(docs: list[DocFacts]) -> dict[str, Any]:
    """Timeline event → ``{"value", "evidence", "rule"}`` for the events the file dates."""
    tl: dict[str, Any] = {}

    def put(event: str, fact: dict[str, Any] | None, rule: str) -> None:
        """Place ``fact`` as ``event`` unless an earlier rule already did."""
        if fact and event not in tl:
            tl[event] = {"value": str(fact["value"])[:10], "evidence": fact.get("evidence"), "rule": rule}

    placed: set[str] = set()  # the 文号 of the notice and the decision that dated their events
    for event, types in DOC_EVENTS:
        candidates = [d for d in docs if d["doc_type"] in types]
        if event == "decision":
            candidates = sorted(candidates, key=decision_rank)
        for d in candidates:
            own = (d.get("dates") or {}).get(event) if event == "payment" else None
            # a voucher's 缴款日期 is the payment date even when other dates follow it
            if event in ("notice", "decision") and event not in tl and _doc_date(d) and d.get("doc_number"):
                placed.add(_norm(d["doc_number"]["value"]))
            put(event, own or _doc_date(d), f"{d['doc_type']}{'所载缴款日期' if own else '落款'}")
    records = [(_doc_date(d), d) for d in docs if d["doc_type"] in RECORDS and _doc_date(d)]
    if records:
        first = min(records, key=lambda r: str(r[0]["value"]))
        put("investigation", first[0], f"最早的{first[1]['doc_type']}")
    numbers = {
        _norm(d["doc_number"]["value"]): d["doc_type"]
        for d in docs
        # outward documents only: forms and receipts quote other documents' numbers
        if d.get("doc_number") and d["doc_type"].endswith("书")
    }
    entries = served_entries([d for d in docs if d["doc_type"] == "送达回证" and d.get("served")])
    # 双罚: a receipt row each for the unit's and the manager's decision — the row of the decision
    # (or notice) that dated its event first
    if sum(d["doc_type"] in DECISIONS for d in docs) > 1 or sum(d["doc_type"] in NOTICES for d in docs) > 1:
        entries.sort(key=lambda e: _norm(e[1].get("doc_number")) not in placed)
    for d, served in entries:
        # the 文号 names the served document more surely than its title (SERV-03 checks the title)
        target = numbers.get(_norm(served.get("doc_number"))) if served.get("doc_number") else None
        fact = served.get("date") or d.get("date")
        # when 文号 and title disagree, the one whose event is still open wins
        events = [_served_event(t) for t in (target, served.get("title"))]
        open_events = [e for e in events if e and e not in tl]
        if open_events:
            put(
                open_events[0],
                fact,
                f"送达回证({'告知书' if open_events[0] == 'notice_served' else '决定书'})",
            )
    for d in docs:
        # 当场处罚: handed over on the spot when the party signed it (or it says 当场交付)
        sig = any(s["role"] == "party" and s["filled"] for s in d.get("signatures") or [])
        if d["doc_type"] == "当场行政处罚决定书" and (sig or "on_spot_service" in (d.get("markers") or {})):
            put("decision_served", d.get("date"), "当场交付(被处罚人签收)")
            if d.get("date") is None and (signed := _party_signed_on(d)):
                # the 落款 date unread (a seal over it on a scan): made and handed over at one time
                put("decision", signed, "当场行政处罚决定书当事人签收日期")
                put("decision_served", signed, "当场交付(被处罚人签收)")
    ordered = sorted(docs, key=lambda d: d["doc_type"] not in DECISIONS)
    for d in ordered:
        for event, fact in (d.get("dates") or {}).items():
            if event in SKIPPED_EVENTS:
                continue
            put(event, fact, f"{d['doc_type']}所述{event}日期")
    ends = [(d["dates"]["violation_end"], d) for d in ordered if (d.get("dates") or {}).get("violation_end")]
    if ends:
        # 2023年4月至2024年4月16日，你单位未设置…: a continuing act is dated by its end
        # (行政处罚法 第三十六条)
        put("violation", ends[0][0], f"{ends[0][1]['doc_type']}所述违法行为持续至之日")
    found = [(d["dates"]["discovered"], d) for d in docs if (d.get("dates") or {}).get("discovered")]
    if found:
        fact, d = min(found, key=lambda fd: str(fd[0]["value"]))
        put("violation", fact, f"{d['doc_type']}所述发现违法行为之日")
    return tl


# 责令改正违法行为决定书, 查封扣押决定书: decisions, but not the penalty decision
# decisions a receipt may serve that are no penalty: 责令改正, 查封扣押, 现场处理措施 (安全生产法
# 第六十五条), 封存, 暂扣, 复议, 不予立案
_OTHER_DECISION = re.compile(
    r"责令|改正|整改|查封|扣押|强制|先行登记|处理措施|现场处理|封存|暂扣|复议|不予立案"
)
_DECISION = re.compile(r"决定书")


def _served_event(title: str | None) -> str | None:
    if not title:
        return None
    if "告知书" in title:
        return "notice_served"
    # 行政处罚决定书、责令改正通知书: the penalty decision served with another document
    penalty = any(
        not _OTHER_DECISION.search(title[max(0, m.start() - 8) : m.start()])
        for m in _DECISION.finditer(title)
    )
    return "decision_served" if penalty else None


def _norm(s: str | None) -> str:
    return "".join(str(s or "").split())


def _party_signed_on(d: DocFacts) -> dict[str, Any] | None:
    """The date the party wrote in its signature row (当事人签收：黄某 2024年4月13日), as a fact."""
    for s in d.get("signatures") or []:
        quote = str((s.get("evidence") or {}).get("quote") or "")
        if s["role"] == "party" and s["filled"] and (hits := find_dates(quote)):
            return {"value": hits[0].iso, "evidence": s["evidence"]}
    return None


def decision_rank(d: DocFacts) -> tuple[int, int]:
    """Sort key putting the real decision first: it has a 文号, a remedy clause and a penalty."""
    pen = d.get("penalty") or {}
    score = bool(d.get("doc_number")) + bool(d.get("remedy")) + bool(pen.get("fine") or pen.get("kinds"))
    return (-score, 0)

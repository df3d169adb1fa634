"""Case-level facts: per-document facts, a merged view (decision first) and the timeline.

The timeline assigns a date to each ``casecheck.facts.TIMELINE_EVENTS`` entry from the document
that should carry it (立案审批表 → filing, 决定书 落款 → decision, its 送达回证 → decision_served …)
and otherwise from an event date another document states (``2024年3月1日我局立案调查``). Each
entry records the ``rule`` that produced it.
"""

from __future__ import annotations

import re
from typing import Any

from casecheck.extract.document import extract_document
from casecheck.facts import CaseFacts, DocFacts
from casecheck.model import Case, Document

DECISIONS = ("行政处罚决定书", "当场行政处罚决定书", "不予行政处罚决定书")
NOTICES = ("行政处罚事先告知书", "听证告知书")
RECORDS = ("询问笔录", "现场检查笔录")
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
    ("payment", ("缴款凭证",)),
    ("closing", ("结案审批表",)),
)


def _doc_date(d: DocFacts) -> dict[str, Any] | None:
    return d.get("date") or (d.get("dates") or {}).get("start")


def _timeline(docs: list[DocFacts]) -> dict[str, Any]:
    tl: dict[str, Any] = {}

    def put(event: str, fact: dict[str, Any] | None, rule: str) -> None:
        if fact and event not in tl:
            tl[event] = {"value": str(fact["value"])[:10], "evidence": fact.get("evidence"), "rule": rule}

    for event, types in DOC_EVENTS:
        candidates = [d for d in docs if d["doc_type"] in types]
        if event == "decision":
            candidates = sorted(candidates, key=_decision_rank)
        for d in candidates:
            own = (d.get("dates") or {}).get(event) if event == "payment" else None
            # a voucher's 缴款日期 is the payment date even when other dates follow it
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
    for d in docs:
        if d["doc_type"] != "送达回证" or not d.get("served"):
            continue
        served = d["served"]
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
    ordered = sorted(docs, key=lambda d: d["doc_type"] not in DECISIONS)
    for d in ordered:
        for event, fact in (d.get("dates") or {}).items():
            if event in ("start", "end", "served", "complaint", "discovered", "violation_end"):
                continue
            put(event, fact, f"{d['doc_type']}所述{event}日期")
    found = [(d["dates"]["discovered"], d) for d in docs if (d.get("dates") or {}).get("discovered")]
    if found:
        fact, d = min(found, key=lambda fd: str(fd[0]["value"]))
        put("violation", fact, f"{d['doc_type']}所述发现违法行为之日")
    return tl


def _served_event(title: str | None) -> str | None:
    if not title:
        return None
    return "notice_served" if "告知书" in title else "decision_served" if "决定书" in title else None


SUMMARY_TITLE = re.compile(
    r"当场(?:行政)?处罚决定书|决定书\s*[(（]\s*简易程序\s*[)）]|简易程序(?:行政)?处罚决定书"
)


def _looks_summary(doc: Document) -> bool:
    """A document typed 其他 or 行政处罚决定书 whose title says 当场/简易程序 (segmentation missed it)."""
    return doc.doc_type in ("其他", "行政处罚决定书") and bool(SUMMARY_TITLE.search(doc.text[:120]))


def _norm(s: str | None) -> str:
    return "".join(str(s or "").split())


def _decision_rank(d: DocFacts) -> tuple[int, int]:
    """Sort key putting the real decision first: it has a 文号, a remedy clause and a penalty."""
    pen = d.get("penalty") or {}
    score = bool(d.get("doc_number")) + bool(d.get("remedy")) + bool(pen.get("fine") or pen.get("kinds"))
    return (-score, 0)


def _merge_officers(docs: list[DocFacts]) -> list[dict[str, Any]]:
    """Officers across documents, one per name; a certificate seen anywhere is kept.

    Someone named only as 记录人 without a certificate (a clerk at a hearing) is left out, and so
    is a name never given a certificate when others were: the case's officers are the certified.
    """
    merged: dict[str, dict[str, Any]] = {}
    for d in docs:
        for o in d.get("officers", []):
            old = merged.get(o["name"])
            if old is None:
                merged[o["name"]] = dict(o)
            else:
                old["certificate"] = old.get("certificate") or o.get("certificate")
                if o.get("role") == "officer":
                    old["role"] = "officer"
    out = [o for o in merged.values() if o.get("certificate") or o.get("role") != "recorder"]
    if sum(1 for o in out if o.get("certificate")) >= 2:
        out = [o for o in out if o.get("certificate")]
    return out


def _adopt_interviewee(docs: list[DocFacts], party: dict[str, Any]) -> None:
    """A 笔录 questioning the party (a 个人) by name gives that document the party's name and ID."""
    name = (party.get("name") or {}).get("value")
    if not name or (party.get("kind") or {}).get("value") != "个人":
        return
    for d in docs:
        who = d.get("interviewee") or {}
        if (who.get("name") or {}).get("value") == name and not (d.get("party") or {}).get("name"):
            d["party"] = {**(d.get("party") or {}), "name": who["name"], "id_number": who.get("id_number")}


def _merge_party(docs: list[DocFacts]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for d in docs:
        for k, v in (d.get("party") or {}).items():
            if v is not None and out.get(k) is None:
                out[k] = v
    if out.get("kind") and out["kind"]["value"] == "单位" and out.get("id_number"):
        # a 单位 has no 身份证号: what was found belongs to a person named in some record
        out["legal_rep_id"] = out.pop("id_number")
    return out


def _first(docs: list[DocFacts], key: str) -> Any:
    return next((d[key] for d in docs if d.get(key)), None)  # type: ignore[literal-required]


def extract_case(case: Case) -> CaseFacts:
    """Facts of every document of ``case`` plus the merged case view and timeline."""
    docs = [extract_document(doc) for doc in case.documents]
    types = {d["doc_type"] for d in docs}
    summary = "当场行政处罚决定书" in types or any(_looks_summary(doc) for doc in case.documents)
    procedure = "简易" if summary else "不予处罚" if "不予行政处罚决定书" in types else "普通"
    # decision first, then notices, then everything else, in file order
    rank = {t: i for i, t in enumerate((*DECISIONS, *NOTICES))}
    ordered = sorted(
        docs,
        key=lambda d: (
            rank.get(d["doc_type"], len(rank)),
            _decision_rank(d) if d["doc_type"] in DECISIONS else 0,
        ),
    )
    officers = _merge_officers(docs)
    penalty: dict[str, Any] = {"kinds": [], "fine": None, "confiscation": None}
    for d in ordered:
        p = d.get("penalty") or {}
        for k in ("fine", "confiscation"):
            if penalty[k] is None and p.get(k):
                penalty[k] = p[k]
        if not penalty["kinds"] and p.get("kinds"):
            penalty["kinds"] = list(p["kinds"])
    cite_src = next((d for d in ordered if d.get("citations")), None)
    party = _merge_party(ordered)
    _adopt_interviewee(docs, party)
    return {
        "case_id": case.case_id,
        "procedure": procedure,
        "documents": docs,
        "timeline": _timeline(docs),
        "agency": _first(ordered, "agency"),
        "party": party,
        "officers": officers,
        "penalty": penalty,
        "citations": list(cite_src["citations"]) if cite_src else [],
        "page_count": sum(d.get("page_count", 0) for d in docs),
    }

"""Case-level facts: per-document facts, a merged view (decision first) and the timeline.

The timeline assigns a date to each ``casecheck.facts.TIMELINE_EVENTS`` entry from the document
that should carry it (立案审批表 → filing, 决定书 落款 → decision, its 送达回证 → decision_served …)
and otherwise from an event date another document states (``2024年3月1日我局立案调查``). Each
entry records the ``rule`` that produced it.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from casecheck.extract.continued import fold_continuations
from casecheck.extract.document import extract_document
from casecheck.extract.fields import closing
from casecheck.extract.fields.served import stub_receipt
from casecheck.extract.patterns import fast_compile
from casecheck.extract.timeline import DECISIONS, NOTICES, REVOCATION, build_timeline, decision_rank
from casecheck.facts import CaseFacts, DocFacts
from casecheck.ingest.text import numbered_in_order
from casecheck.model import Case, Document

SUMMARY_TITLE = re.compile(
    r"当场(?:行政)?处罚决定书|决定书\s*[(（]\s*(?:适用)?(?:简易(?:程序)?|当场(?:处罚)?)\s*[)）]"
    r"|简易程序(?:行政)?处罚决定书"
)

_SPACE = re.compile(r"\s+")


def _looks_summary(doc: Document) -> bool:
    """A document typed 其他 or 行政处罚决定书 whose title says 当场/简易程序 (segmentation missed it).

    Titles are often letter-spaced (``行 政 处 罚 决 定 书`` / ``（简　易）``), so the head is read
    with its whitespace removed."""
    if doc.doc_type not in ("其他", "行政处罚决定书"):
        return False
    return bool(SUMMARY_TITLE.search(_SPACE.sub("", doc.text[:120])))


def _ordinary_decided_later(docs: list[DocFacts], sources: tuple[Document, ...]) -> bool:
    """A 普通 decision dated after every 当场/简易 decision of the file: the case's own decision."""

    def day(d: DocFacts) -> str:
        return str((d.get("date") or {}).get("value") or "")[:10]

    summary_days, ordinary_days = [], []
    for d, doc in zip(docs, sources, strict=True):
        if d["doc_type"] == "当场行政处罚决定书" or _looks_summary(doc):
            summary_days.append(day(d))
        elif d["doc_type"] == "行政处罚决定书":
            ordinary_days.append(day(d))
    if not summary_days or not ordinary_days or not all(summary_days) or not all(ordinary_days):
        return False  # an undated decision: which came last is unknown
    return min(ordinary_days) > max(summary_days)


def _summary_served(docs: list[DocFacts], sources: list[Document], timeline: dict[str, Any]) -> None:
    """A 简易程序 decision typed 行政处罚决定书 (titled 决定书（简易）) handed over on the spot — the
    party signed it or it says 当场交付 — is served on its date, as a 当场行政处罚决定书 is."""
    if "decision_served" in timeline:
        return
    for d, doc in zip(docs, sources, strict=True):
        signed = any(s["role"] == "party" and s["filled"] for s in d.get("signatures") or [])
        spot = "on_spot_service" in (d.get("markers") or {})
        if _looks_summary(doc) and (signed or spot) and d.get("date"):
            fact = d["date"]
            timeline["decision_served"] = {
                "value": str(fact["value"])[:10],
                "evidence": fact.get("evidence"),
                "rule": "当场交付(简易程序决定书)",
            }
            return


# Units that act in their own name by law (so they are the agency, not an internal unit).
# (交通警察支队南岗大队: a 大队 under the 支队 acts in its own name too)
AUTHORIZED_UNIT = fast_compile(
    r"(?:交通警察|交警|消防救援|森林公安)(?:支队[^局队]{1,8})?(?:支队|大队)$|派出所$|税务所$|海关.*$"
)
PARENT_END = re.compile(r"人民政府|委员会|执法局|分局|局|厅")


def _parent_agency(fact: dict[str, Any] | None) -> dict[str, Any] | None:
    """The administrative agency when a decision names one of its internal units
    (某某局执法稽查大队 → 某某局); the unit itself stays the document's ``issuer``."""
    if not fact:
        return fact
    name = str(fact["value"])
    if not closing.INTERNAL_UNIT.search(name) or AUTHORIZED_UNIT.search(name):
        return fact
    ends = [m.end() for m in PARENT_END.finditer(name) if m.end() < len(name)]
    if not ends:
        return fact
    cut = max(ends)
    ev = dict(fact.get("evidence") or {})
    if ev.get("start") is not None:
        ev["end"] = ev["start"] + cut
        ev["quote"] = name[:cut]
    return {**fact, "value": name[:cut], "evidence": ev, "form": "parent_of_unit"}


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
    return _one_name_per_certificate(out, docs)


def _one_name_per_certificate(officers: list[dict[str, Any]], docs: list[DocFacts]) -> list[dict[str, Any]]:
    """One officer per certificate: the name written most often with it (OCR misreads a name
    in one record: 曾静勇 / 兽静勇 with the same 执法证号)."""
    counts: dict[tuple[str, str], int] = {}
    for d in docs:
        for o in d.get("officers", []):
            if o.get("certificate"):
                counts[(o["certificate"], o["name"])] = counts.get((o["certificate"], o["name"]), 0) + 1
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for o in officers:
        cert = o.get("certificate")
        if not cert:
            out.append(o)
            continue
        if cert in seen:
            continue
        seen.add(cert)
        best = max((n for c, n in counts if c == cert), key=lambda n: counts[(cert, n)])
        out.append(next(x for x in officers if x["name"] == best and x.get("certificate") == cert))
    return out


def _adopt_interviewee(docs: list[DocFacts], party: dict[str, Any]) -> None:
    """A 笔录 questioning the party (a 个人) by name gives that document the party's name and ID."""
    name = (party.get("name") or {}).get("value")
    if not name or (party.get("kind") or {}).get("value") != "个人":
        return
    operator = (party.get("legal_rep") or {}).get("value")
    for d in docs:
        who = d.get("interviewee") or {}
        said = (who.get("name") or {}).get("value")
        if said == name and not (d.get("party") or {}).get("name"):
            d["party"] = {**(d.get("party") or {}), "name": who["name"], "id_number": who.get("id_number")}
        elif said and said == operator and who.get("id_number") and not party.get("id_number"):
            # a 个体工商户 under its 字号: the 笔录 of its 经营者 gives the party's 身份证号
            party["id_number"] = who["id_number"]


def _merge_party(docs: list[DocFacts]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    source: DocFacts | None = None  # the document the name came from
    for d in docs:
        for k, v in (d.get("party") or {}).items():
            if v is not None and out.get(k) is None:
                out[k] = v
                source = d if k == "name" else source
    if source is not None and source.get("ocr"):
        out["name"] = _ocr_name_read_again(out["name"], [d for d in docs if d is not source])
    if out.get("kind") and out["kind"]["value"] == "单位" and out.get("id_number"):
        # a 单位 has no 身份证号: what was found belongs to a person named in some record
        out["legal_rep_id"] = out.pop("id_number")
    return out


def _ocr_name_read_again(name: dict[str, Any], others: list[DocFacts]) -> dict[str, Any]:
    """A party name read by OCR with one character wrong (标永富 for 覃永富 on a scanned decision) is
    the name two or more other documents agree on, one character apart, when more documents give
    it than give the name as read (this one included); else as read."""
    facts = [n for d in others if (n := (d.get("party") or {}).get("name"))]
    counts = Counter(str(f["value"]) for f in facts)
    read = str(name["value"])
    best, n = counts.most_common(1)[0] if counts else (read, 0)
    one_off = len(best) == len(read) and sum(a != b for a, b in zip(best, read, strict=True)) == 1
    ahead = n >= 2 and n > counts[read] + 1 and list(counts.values()).count(n) == 1  # no tie
    return next(f for f in facts if f["value"] == best) if ahead and one_off else name


def _first(docs: list[DocFacts], key: str) -> Any:
    return next((d[key] for d in docs if d.get(key)), None)  # type: ignore[literal-required]


def _settle_words_apart(docs: list[DocFacts]) -> None:
    """A decision's fine whose words and figures disagree (``words``: the figures were taken) is the
    value the case's other documents state, when they state the words' value and never the
    figures' (the 告知书, the 集体讨论 and the 结案审批表 say 21,630 of a decision's
    贰万壹仟陆佰叁拾元整（￥2163.00）); DOC-07 reports the pair either way. Only the decision's: a
    notice's own pair is no fine imposed (DOC-07 compares it with the decision as read)."""
    for d in docs:
        fine = (d.get("penalty") or {}).get("fine") if d["doc_type"] in DECISIONS else None
        if not fine or fine.get("words") is None:
            continue
        said = _other_fines(docs, d)
        if round(fine["words"], 2) in said and round(fine["value"], 2) not in said:
            fine["value"] = fine["words"]


def _other_fines(docs: list[DocFacts], d: DocFacts) -> set[float]:
    """The fines the case's documents other than ``d`` state."""
    fines = [(x.get("penalty") or {}).get("fine") for x in docs if x is not d]
    return {round(f["value"], 2) for f in fines if f}


def _settle_noted(docs: list[DocFacts]) -> None:
    """A fine read only from bare figures after garbled words (罚款人民币起什元 (2000)), or a
    decision's on OCR text only from figures (罚款人民币过万过什参佰元整 (1300元): the words
    unreadable), stands when no other document states a fine or one states the same; when the
    others state fines and never this one, OCR misread the figures too (伍万元整《¥80,000) read
    880,000; 11300 read 1300) and the document's fine is left unread."""
    doubtful = []
    for d in docs:
        fine = (d.get("penalty") or {}).get("fine")
        figures = bool(fine and fine.get("figures_only") and d.get("ocr") and d["doc_type"] in DECISIONS)
        if not fine or not (fine.get("noted") or figures):
            continue
        # a notice's proposed fine is no contradiction (a decision may lawfully lower it) unless the
        # decision's own words for the amount were garbled beside its figures
        keep = not figures or bool(fine.get("words_unread"))
        said = _other_fines([x for x in docs if keep or x["doc_type"] not in NOTICES], d)
        if said and round(fine["value"], 2) not in said:
            doubtful.append(d)
    for d in doubtful:  # judged on what every document read, before any is left unread
        d["penalty"]["fine"] = None


def _stubs_under(docs: list[DocFacts], sources: list[Document]) -> None:
    """A receipt stub printed under a document (…2022年1月24日⏎送达回执：受送达人 白宝山（签名）
    2022年1月25日 送达方式：直接送达) serves that document: its type and 文号 become the stub's served
    title and 文号 where the stub names none."""
    for i in range(1, len(docs)):
        served, doc, above = docs[i].get("served"), sources[i], sources[i - 1]
        if not served or served.get("title") or served.get("doc_number"):
            continue
        if not stub_receipt(doc.text) or above.file != doc.file:
            continue
        if above.pages[1] != doc.pages[0] or docs[i - 1]["doc_type"] == "送达回证":
            continue
        served["title"] = docs[i - 1]["doc_type"]
        number = docs[i - 1].get("doc_number")
        served["doc_number"] = number["value"] if number else None
        served["under"] = docs[i - 1]["ref"]


def extract_case(case: Case) -> CaseFacts:
    """Facts of every document of ``case`` plus the merged case view and timeline."""
    pages = {f.name: f.pages for f in case.files}
    docs = [extract_document(doc, pages.get(doc.file)) for doc in case.documents]
    # a DOCX's pages are fixed when it prints its own page numbers: read once per file
    printed = {f.name: numbered_in_order([p.text for p in f.pages]) for f in case.files if f.kind == "docx"}
    for d, doc in zip(docs, case.documents, strict=True):
        d["pages_printed"] = printed.get(doc.file)
    fold_continuations(docs, case.documents)  # a decision photographed a page a file
    _stubs_under(docs, case.documents)
    types = {d["doc_type"] for d in docs}
    summary = "当场行政处罚决定书" in types or any(_looks_summary(doc) for doc in case.documents)
    if summary and _ordinary_decided_later(docs, case.documents):
        summary = False  # an earlier 当场 decision filed as evidence (前次处罚): the case's is 普通
    procedure = "简易" if summary else "不予处罚" if "不予行政处罚决定书" in types else "普通"
    # decision first, then notices, then everything else, in file order
    rank = {t: i for i, t in enumerate((*DECISIONS, *NOTICES))}
    ordered = sorted(
        docs,
        key=lambda d: (
            rank.get(d["doc_type"], len(rank)),
            decision_rank(d) if d["doc_type"] in DECISIONS else 0,
        ),
    )
    officers = _merge_officers(docs)
    _settle_words_apart(docs)
    _settle_noted(docs)
    penalty: dict[str, Any] = {"kinds": [], "fine": None, "confiscation": None}
    for d in ordered:
        # a 撤销 decision retells the penalty it undoes: no penalty of the case
        p = (d.get("penalty") or {}) if d["doc_type"] != REVOCATION else {}
        for k in ("fine", "confiscation"):
            if penalty[k] is None and p.get(k):
                penalty[k] = p[k]
        if not penalty["kinds"] and p.get("kinds"):
            penalty["kinds"] = list(p["kinds"])
    cite_src = next((d for d in ordered if d.get("citations")), None)
    party = _merge_party(ordered)
    _adopt_interviewee(docs, party)
    timeline = build_timeline(docs)
    if summary:
        _summary_served(docs, case.documents, timeline)
    return {
        "case_id": case.case_id,
        "procedure": procedure,
        "documents": docs,
        "timeline": timeline,
        "agency": _parent_agency(_first(ordered, "agency")),
        "party": party,
        "officers": officers,
        "penalty": penalty,
        "citations": list(cite_src["citations"]) if cite_src else [],
        "page_count": sum(d.get("page_count", 0) for d in docs),
    }

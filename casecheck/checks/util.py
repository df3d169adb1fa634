"""Tiny helpers shared by the check kinds: what a kind yields, and how it reads facts.

A kind yields :class:`Hit` (a raw finding: message variables and evidence) or :class:`Unknown`
(无法评查: the input the check needs is missing). The engine stamps rule id, code, severity and
points; kinds never see them. Everything here reads the facts schema (``casecheck.facts``) only.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from casecheck.checks.catalog_pages import common_shift
from casecheck.model import Evidence

REQUIRED = object()

DECISION_TYPES = ("行政处罚决定书", "当场行政处罚决定书")
NOTICE_TYPES = ("行政处罚事先告知书", "听证告知书")
INVESTIGATION_TYPES = ("现场检查笔录", "询问笔录")

# Where a timeline event can be read from when the timeline does not hold it (first dated doc).
EVENT_DOCS: dict[str, tuple[str, ...]] = {
    "filing": ("立案审批表",),
    "investigation_end": ("调查终结报告",),
    "notice": NOTICE_TYPES,
    "statement": ("陈述申辩笔录",),
    "hearing": ("听证笔录",),
    "legal_review": ("法制审核意见书",),
    "collective_discussion": ("集体讨论记录",),
    "decision_approval": ("行政处罚决定审批表",),
    "decision": DECISION_TYPES,
    "payment": ("缴款凭证",),
    "closing": ("结案审批表",),
}

EVENT_NAMES: dict[str, str] = {
    "violation": "违法行为",
    "filing": "立案",
    "investigation": "调查取证",
    "investigation_end": "调查终结",
    "notice": "事先告知",
    "notice_served": "告知书送达",
    "statement": "陈述申辩",
    "hearing": "听证",
    "legal_review": "法制审核",
    "collective_discussion": "集体讨论",
    "decision_approval": "决定审批",
    "decision": "处罚决定",
    "decision_served": "决定书送达",
    "payment": "缴款",
    "closing": "结案",
}


@dataclass(frozen=True)
class Opt:
    """One kind option: its Python type(s), default (``REQUIRED`` if none) and allowed values."""

    type: type | tuple[type, ...]
    default: Any = REQUIRED
    choices: tuple[Any, ...] | None = None


@dataclass(frozen=True)
class Hit:
    """A raw finding: variables for the rule's message template and the evidence."""

    vars: dict[str, Any] = field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Unknown:
    """无法评查: the check lacks its input (the reason is shown to the reviewer)."""

    reason: str


@dataclass
class Context:
    """What a kind may consult besides the facts: profile parameters and the roster."""

    params: dict[str, Any] = field(default_factory=dict)
    roster: Any = None
    case_id: str | None = None


def on_image_page(doc: dict[str, Any], where: Evidence | None) -> bool:
    """``where`` lies on a page of ``doc`` read from a text layer that carries a picture a signature
    may be in (``DocFacts.image_pages``): a blank signature line there may be signed in it."""
    return where is not None and where.page in (doc.get("image_pages") or ())


IMAGE_SIGNATURE = (
    "{document} 的{role}签名栏在文字中空白，但该页含图像（签名可能以图片形式签署），须人工查看原件"
)


def ev(data: dict[str, Any] | None) -> Evidence | None:
    """Evidence from an ``EvidenceDict`` (``None`` stays ``None``)."""
    if not data:
        return None
    return Evidence.from_dict(data)


def evs(*items: dict[str, Any] | Evidence | None) -> tuple[Evidence, ...]:
    """A tuple of the evidence items that exist, without duplicates."""
    out: list[Evidence] = []
    for item in items:
        e = item if isinstance(item, Evidence) else ev(item)
        if e is not None and e not in out:
            out.append(e)
    return tuple(out)


def doc_evidence(doc: dict[str, Any]) -> Evidence:
    """Evidence pointing at a whole document (its title), for 'missing something' findings."""
    pages = doc.get("pages") or [None]
    return Evidence(doc.get("ref"), pages[0], doc.get("title") or doc.get("doc_type") or "")


def value(fact: Any) -> Any:
    """The ``value`` of a Fact (or the thing itself when it is a plain value)."""
    if isinstance(fact, dict) and "value" in fact:
        return fact["value"]
    return fact


def fact_ev(fact: Any) -> dict[str, Any] | None:
    """The evidence dict of a Fact, if any."""
    return fact.get("evidence") if isinstance(fact, dict) else None


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_TITLE_NOISE = re.compile(r"[\s《》|｜\u2500-\u257f]")


def to_date(v: Any) -> date | None:
    """An ISO date (or datetime) string, or a date Fact, as a ``date``; ``None`` if not one."""
    v = value(v)
    if isinstance(v, date):
        return v
    if isinstance(v, str):
        return _iso_date(v)
    return None


@functools.lru_cache(maxsize=4096)
def _iso_date(v: str) -> date | None:
    """``to_date`` of a string, remembered: the rules of a case read the same ~40 dates ~85
    times (dates are immutable, so one object may serve every caller)."""
    if _ISO_DATE.match(v):
        try:
            return date.fromisoformat(v[:10])
        except ValueError:
            return None
    return None


def all_docs(facts: dict[str, Any]) -> list[dict[str, Any]]:
    """Every document of the case in file order."""
    return list(facts.get("documents") or [])


class _CaseMemo(threading.local):
    """Answers of ``docs`` for the case whose rules are running (``reading``), per thread."""

    facts: Any = None
    docs: dict[tuple[str, ...], tuple[dict[str, Any], ...]]


_MEMO = _CaseMemo()


@contextmanager
def reading(facts: dict[str, Any]) -> Iterator[None]:
    """While the rules of one case run: ``docs`` answers each question about ``facts`` once.

    A case's ~44 rules ask ~76 times for documents by type (the decision, the notices …), each a
    walk over every document; the kinds only read the facts, so the answers stay valid until
    the block ends (then nothing is kept: a later call reads the facts afresh)."""
    outer = (_MEMO.facts, getattr(_MEMO, "docs", None))
    _MEMO.facts, _MEMO.docs = facts, {}
    try:
        yield
    finally:
        _MEMO.facts, _MEMO.docs = outer


def docs(facts: dict[str, Any], *types: str) -> list[dict[str, Any]]:
    """Documents of the given types in file order (none when no type is given).

    An untitled decision beside a titled one is a segmentation fragment (a page quoting the
    decision), not a second decision, and is left out.
    """
    memo = _MEMO
    if memo.facts is facts:
        known = memo.docs.get(types)
        if known is None:
            known = memo.docs[types] = tuple(_docs(facts, types))
        return list(known)
    return _docs(facts, types)


def _docs(facts: dict[str, Any], types: tuple[str, ...]) -> list[dict[str, Any]]:
    # a continuation (``continues``: a later page filed apart) is read as part of the document before
    found = [d for d in facts.get("documents") or () if d.get("doc_type") in types and not d.get("continues")]
    titled = {d.get("doc_type") for d in found if d.get("title")}
    return [
        d
        for d in found
        if d.get("title") or d.get("doc_type") not in titled or d.get("doc_type") not in DECISION_TYPES
    ]


def doc_date(doc: dict[str, Any]) -> tuple[date | None, dict[str, Any] | None]:
    """A document's 落款日期 and its evidence."""
    f = doc.get("date")
    return to_date(f), fact_ev(f)


def event(facts: dict[str, Any], name: str) -> tuple[date | None, dict[str, Any] | None]:
    """The date of a timeline event and its evidence: the timeline first, then the documents."""
    f = (facts.get("timeline") or {}).get(name)
    d = to_date(f)
    if d is not None:
        e = fact_ev(f)
        if e is None:  # point at the document the event comes from, when there is one
            found = docs(facts, *EVENT_DOCS.get(name, ()))
            e = (fact_ev(found[0].get("date")) or doc_evidence(found[0]).to_dict()) if found else None
        return d, e
    for doc in docs(facts, *EVENT_DOCS.get(name, ())):
        d, e = doc_date(doc)
        if d is not None:
            return d, e or doc_evidence(doc).to_dict()
    return None, None


def decision(facts: dict[str, Any]) -> dict[str, Any] | None:
    """The penalty decision (普通 or 当场) document, if the file holds one."""
    found = docs(facts, *DECISION_TYPES)
    return found[0] if found else None


def notice_of(dec: dict[str, Any], notices: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The notice that proposed ``dec``'s penalty: the latest dated on or before the decision (a
    lawful re-notice counts), among those addressed to the decision's party when the names tell
    (双罚: the unit and its manager get a notice each, often of one date)."""
    if not notices:
        return None
    decided = doc_date(dec)[0]
    before = [n for n in notices if decided is None or (doc_date(n)[0] or decided) <= decided] or notices
    name = value((dec.get("party") or {}).get("name"))
    same = [n for n in before if name and value((n.get("party") or {}).get("name")) == name]
    return (same or before)[-1]


def procedure(facts: dict[str, Any]) -> str | None:
    """普通/简易/不予处罚: as extracted, else from which decision document the file holds."""
    if facts.get("procedure"):
        return facts["procedure"]
    if docs(facts, "当场行政处罚决定书"):
        return "简易"
    if docs(facts, "行政处罚决定书"):
        return "普通"
    if docs(facts, "不予行政处罚决定书"):
        return "不予处罚"
    return None


def penalty(facts: dict[str, Any]) -> dict[str, Any]:
    """The imposed penalty: the decision document's, else the case-level one."""
    dec = decision(facts)
    if dec and dec.get("penalty"):
        return dec["penalty"]
    return facts.get("penalty") or {}


def amount(p: dict[str, Any], key: str) -> tuple[float | None, dict[str, Any] | None]:
    """``fine``/``confiscation`` of a penalty dict as (yuan, evidence); accepts ``fine_yuan`` too."""
    f = p.get(key)
    if f is None:
        f = p.get(f"{key}_yuan")
    v = value(f)
    return (float(v) if isinstance(v, int | float) else None), fact_ev(f)


def agency_name(facts: dict[str, Any]) -> str:
    """The case's agency as read (``""`` when it was not): rules match words of it (公安, 市场监督管理)."""
    return str(value(facts.get("agency")) or "")


def amounts(doc: dict[str, Any], *kinds: str) -> list[dict[str, Any]]:
    """The document's amounts of the given kinds."""
    return [a for a in doc.get("amounts") or [] if not kinds or a.get("kind") in kinds]


def disputed_fine(doc: dict[str, Any]) -> set[float]:
    """Both values of a fine whose words and figures disagree (人民币陆万元整（¥65,000.00）): the
    document's fines are one 大写 and one 小写 of two values. DOC-07 reports the pair; which one was
    meant cannot be told, so a check comparing the fine with another document accepts either.
    Empty when the document states its fine one way."""
    fines = [a for a in amounts(doc, "fine") if isinstance(a.get("value"), int | float)]
    values = {round(float(a["value"]), 2) for a in fines}
    forms = {a.get("form") for a in fines}
    return values if len(values) == 2 and {"upper", "lower"} <= forms else set()


def largest_amount(facts: dict[str, Any], kind: str) -> float | None:
    """The largest amount of ``kind`` any document states (``None`` if none does)."""
    vals = [
        a["value"]
        for d in all_docs(facts)
        for a in amounts(d, kind)
        if isinstance(a.get("value"), int | float)
    ]
    return float(max(vals)) if vals else None


def party_kind(facts: dict[str, Any]) -> str | None:
    """个人/单位: as extracted, else inferred from a credit code (单位; 个人 for a 个体工商户's 92…) or an
    ID number (个人)."""
    party = facts.get("party") or {}
    kind = value(party.get("kind"))
    if kind in ("个人", "单位"):
        return kind
    code = str(value(party.get("credit_code")) or "")
    if code:  # GB 32100 registry 9, kind 2: a 个体工商户, a natural person under its 字号
        return "个人" if code.startswith("92") else "单位"
    if value(party.get("id_number")):
        return "个人"
    return None


def notice_record(doc: dict[str, Any]) -> bool:
    """A notice made as a record (``行政处罚告知笔录``: read to the party and signed by 告知人 and
    被告知人, as police forms do): no outward letter, so it takes no 文号 or seal and is dated by its
    告知时间. ``…告知笔录（书）`` is a letter."""
    return doc.get("doc_type") in NOTICE_TYPES and norm_title(doc.get("title")).endswith("笔录")


def has_marker(doc: dict[str, Any], name: str) -> dict[str, Any] | None:
    """The marker Fact if the document's text holds it (``None`` otherwise)."""
    m = (doc.get("markers") or {}).get(name)
    if m is None or value(m) is False:
        return None
    return m if isinstance(m, dict) else {"value": True}


def any_marker(facts: dict[str, Any], name: str, *types: str) -> dict[str, Any] | None:
    """The first document (of ``types``, or any) holding marker ``name``."""
    for doc in docs(facts, *types) if types else all_docs(facts):
        if has_marker(doc, name):
            return doc
    return None


def yuan(v: float | None) -> str:
    """An amount for a message: ``5000`` rather than ``5000.0``."""
    if v is None:
        return "?"
    return f"{v:,.2f}".rstrip("0").rstrip(".") if v % 1 else f"{int(v):,}"


def iter_citations(facts: dict[str, Any], roles: tuple[str, ...] = ()) -> Iterator[dict[str, Any]]:
    """Citations of the decision (else the case-level list), optionally only some roles."""
    dec = decision(facts)
    cites = (dec or {}).get("citations")
    if cites is None:
        cites = facts.get("citations") or []
    for c in cites:
        if not roles or c.get("role") in roles:
            yield c


def cite_text(c: dict[str, Any]) -> str:
    """《法》第N条第M款第(K)项 for a message."""
    out = f"《{c.get('law') or c.get('title_raw') or '?'}》"
    if c.get("article"):
        out += f"第{c['article']}条"
        if c.get("sub"):
            out += f"之{c['sub']}"
    if c.get("paragraph"):
        out += f"第{c['paragraph']}款"
    if c.get("item"):
        out += f"第({c['item']})项"
    return out


def fallback_evidence(facts: dict[str, Any], hit_vars: dict[str, Any]) -> tuple[Evidence, ...]:
    """Evidence for a hit whose facts carried none: the document the hit names, else the decision."""
    named = str(hit_vars.get("document") or "")
    for doc in all_docs(facts):
        if doc.get("ref") and doc.get("ref") == named:
            return (doc_evidence(doc),)
    dec = decision(facts)
    return (doc_evidence(dec),) if dec else ()


def ocr_documents(facts: dict[str, Any], evidence: tuple[Evidence, ...], whole: bool = True) -> list[str]:
    """Refs of the evidence's documents whose text came from OCR (``DocFacts.ocr`` truthy).

    With ``whole`` False (a finding that rests on what the evidence quotes, not on something
    missing from the whole document), a document counts only where some of its evidence stands on
    a page read by OCR, or points at no quoted span (the document as a whole): a date quoted from a
    text-layer page of a document whose last page is a scan was not read by OCR."""
    pages: dict[str, list[int | None]] = {}
    for e in evidence:
        if e.document:  # a quote's page; evidence pointing at the whole document stands for all
            pages.setdefault(e.document, []).append(e.page if e.start is not None else None)
    out = []
    for d in all_docs(facts):
        ref, ocr = d.get("ref"), d.get("ocr")
        if ref not in pages or not ocr:
            continue
        scanned = set(ocr.get("pages") or ())
        if whole or not scanned or any(p is None or p in scanned for p in pages[ref]):
            out.append(str(ref))
    return sorted(out)


def norm_title(s: Any) -> str:
    """A title or 文号 for comparison: no spaces, 书名号 or table borders (│ ┃ | ｜), ASCII parentheses."""
    return _TITLE_NOISE.sub("", str(s or "")).replace("（", "(").replace("）", ")")


def volume_pages(documents: list[dict[str, Any]]) -> dict[int, int]:
    """First page of each document (by ``id``) in the assembled volume: files follow one another
    in the order they first appear, each as long as its last page (a case folder's files)."""
    length: dict[str, int] = {}
    for d in documents:
        if d.get("pages"):
            length[str(d.get("file"))] = max(length.get(str(d.get("file")), 0), d["pages"][-1])
    offset, start = 0, {}
    for f, n in length.items():
        start[f], offset = offset, offset + n
    return {id(d): start[str(d.get("file"))] + d["pages"][0] for d in documents if d.get("pages")}


def catalog_rows(facts: dict[str, Any], words: list[str]) -> list[dict[str, Any]]:
    """The 卷内目录 rows whose title holds one of ``words``."""
    return [
        row
        for cat in docs(facts, "卷内目录")
        for row in cat.get("catalog") or []
        if any(w in str(row.get("title") or "") for w in words)
    ]


def swallowed_by(facts: dict[str, Any], row: dict[str, Any]) -> dict[str, Any] | None:
    """The document whose page run holds a 卷内目录 row's first page past its own first page.

    A title the segmenter did not recognise (关于…的调查报告, 某省非税收入电子票据) leaves its page to
    the document before it: the 目录 then places a document inside another one. The 目录's numbering
    is tied to the file's pages by the shift most rows agree on (``catalog_pages.common_shift``; cover
    and 目录 are not numbered); ``None`` when no shift is clear or the page starts a document of its
    own (then the listed document is simply not there). A row naming several documents
    (``送达回证、缴款凭证``) places the later ones inside the first when that one starts on the row's page.
    """
    documents = [d for d in all_docs(facts) if d.get("doc_type") not in ("卷内目录", "备考表")]
    volume = volume_pages(documents)
    pairs = []
    for cat in docs(facts, "卷内目录"):
        for r in cat.get("catalog") or []:
            title = norm_title(r.get("title"))
            match = [
                d
                for d in documents
                if id(d) in volume and title in (norm_title(d.get("title")), d.get("doc_type"))
            ]
            if r.get("pages") and len(match) == 1:
                pairs.append((r, match[0]))
    if not pairs or not row.get("pages"):
        return None
    shift = common_shift(pairs, volume)
    if shift is None:
        return None
    page = row["pages"][0] + shift
    # 送达回证、缴款凭证 on one page: the document the row names first may hold the others on its own
    # first page
    parts = re.split(r"[、，,及和]", str(row.get("title") or ""))
    for d in documents:
        first = volume.get(id(d))
        if first is None or not page <= first + d["pages"][-1] - d["pages"][0]:
            continue
        named_first = (
            len(parts) > 1
            and row["pages"][0] == row["pages"][-1]  # one page, where the first one named starts
            and norm_title(parts[0]) in (norm_title(d.get("title")), d.get("doc_type"))
        )
        if first < page or (first == page and named_first):
            return d
    return None

"""A document that runs on into the next file of a case folder: a decision photographed a page a
file (``…决定书_第1页.jpg``, ``…决定书_第2页.jpg``), a record scanned into one file a page.

The second file opens with no title, so segmentation makes it a document of its own (``其他``),
and the first part seems to lack the 落款, seal and remedy clause that stand on that page. The
continuation keeps its own entry, so its evidence points at its own file and page as the contract
wants; the first part takes from it what it lacks, and the continuation is marked ``continues``
with the first part's ref (rules leave it out: ``casecheck.checks.util.docs``).

A file whose title says it is a later page of the document before it (``询问笔录（续）``,
``（第2页 共4页）``) continues it unless it opens a record of its own. An untitled file continues
the document before it when it does not open a record of its own (时间/地点/被询问人 …: a second
询问笔录), and either its name says it is a later page of that very document
(``行政处罚决定书_第2页``, ``询问笔录（续）``: a page number alone, ``IMG_12`` or ``扫描件 (3)``,
says nothing), or the part before is a decision or notice without its 落款 and this file brings
that 落款 (a date under the same agency's name), or is the next page of the volume by the numbers
printed on both (12, 13) and brings the part the first lacks (a decision's remedy clause or fine,
a notice's 陈述申辩 period or proposed fine), or — after a decision without its remedy clause —
holds that clause in the decision's own words (如不服本决定…, 收到本决定书之日起…: a photographed last
page whose 落款 OCR lost under the seal). A later file's date or seal is no evidence that a
document was dated or sealed (an undated decision stays undated).

The continuation's lists (amounts, citations, signatures, officers), and the penalty parts the first
part takes from it, move from the continuation to the first part, so nothing is counted twice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any

from casecheck.extract.timeline import DECISIONS, NOTICES
from casecheck.facts import DocFacts
from casecheck.ingest.doctypes import OTHER, classify_title
from casecheck.ingest.pageorder import printed_number
from casecheck.ingest.segment import name_title
from casecheck.model import Document

# documents that are no part of another: a continuation never follows them
_WHOLE = frozenset({OTHER, "证据材料", "卷内目录", "卷宗封面", "备考表"})
# ``第2页`` / ``（续）`` / ``续页`` (the first page has none or 1); not a bare 续 (审批手续), and not
# ``_2`` / ``(2)``, which number a second document as often as a second page (询问笔录_2)
_LATER_PAGE = re.compile(r"第\s*(?:[2-9]|[1-9]\d|[二三四五六七八九十])\s*页|[（(]续页?[)）]$|续页$")
# a record's own head: a second 询问笔录 filed as 询问笔录_第2页 opens with its time, place and people
_FRESH_RECORD = re.compile(
    r"^\s*(?:询问|检查|勘验)?(?:时间|地点)\s*[:：]|^\s*(?:被询问人|询问人|当事人)\s*[:：]", re.M
)
# a title's note that it heads a later page: 询问笔录（续）, （续页）, （第2页 共4页）
_LATER_TITLE = re.compile(
    r"[（(](?:续页?|第(?:[2-9]|[1-9]\d|[二三四五六七八九十]+)页(?:[/，,]?共\S{1,3}页)?)[)）]$"
)
_OWN_REMEDY = re.compile(r"如(?:对)?不服本(?:处罚)?决定|收到本(?:处罚)?决定书之日起")
_RECORD_HEAD = 200  # characters of a file's start a fresh record head is looked for in
_ENDED = (*DECISIONS, *NOTICES)  # documents that end in a 落款 (agency, date, seal)
_SCALARS = (
    "date", "issuer", "agency", "doc_number", "remedy", "payment_terms", "statement_days",
    "hearing_right", "discretion", "served",
)  # fmt: skip
_LISTS = ("signatures", "officers", "amounts", "citations")
_PENALTY = ("fine", "confiscation", "proposed_fine")


def fold_continuations(docs: list[DocFacts], documents: Sequence[Document]) -> None:
    """Mark each continuation in ``docs`` (the facts of ``documents``, in order) and fold it into
    the document it continues (a chain of pages into the first)."""
    head = 0
    for i in range(1, len(documents)):
        if _continues(documents[head], documents[i - 1], documents[i], docs[head], docs[i]):
            _fold(docs[head], docs[i])
            docs[i]["continues"] = docs[head]["ref"]
        else:
            head = i


def _continues(head: Document, prev: Document, doc: Document, first: DocFacts, this: DocFacts) -> bool:
    """``doc`` (facts ``this``), right after ``prev`` in the case, continues ``head`` (facts
    ``first``): ``prev`` itself or the last page of a chain that continues it."""
    if doc.file == prev.file or head.title is None or head.doc_type in _WHOLE:
        return False
    if doc.doc_type not in (OTHER, head.doc_type) or _FRESH_RECORD.search(doc.text[:_RECORD_HEAD]):
        return False
    if doc.title is not None:  # only a title that says it is a later page: 询问笔录（续）
        return bool(_LATER_TITLE.search(_compact(doc.title)))
    if _later_page_of(doc.file, head.doc_type):
        return True
    if head.doc_type not in _ENDED or first.get("date") is not None:
        return False
    nxt = _next_printed_page(prev, doc)
    if _same_closing(first, this) or (nxt is True and _brings_tail(head, first, this)):
        return True
    # 如不服本决定，可以在收到本决定书之日起…: a decision's own remedy clause, however badly OCR read
    # the rest of the page (a seal over the 落款), on an untitled page after a decision that lacks it
    # (unless the numbers printed on both say a page lies between: 9, then 12)
    own = head.doc_type in DECISIONS and first.get("remedy") is None and bool(_OWN_REMEDY.search(doc.text))
    return own and nxt is not False


def _later_page_of(file: str, doc_type: str) -> bool:
    """The file's name says it is a later page (``第2页``, ``（续）``) of a document of ``doc_type``."""
    stem = PurePath(file).stem.strip()
    m = _LATER_PAGE.search(stem)
    if not m:
        return False
    named = classify_title(name_title(stem[: m.start()]))
    return named is not None and named[0] == doc_type


def _same_closing(first: DocFacts, this: DocFacts) -> bool:
    """``this`` brings a 落款 of ``first``'s agency: a closing date under an issuer whose name is
    the agency ``first`` names (over its title or in its own text)."""
    issuer = (this.get("issuer") or {}).get("value")
    agency = (first.get("agency") or first.get("issuer") or {}).get("value")
    if this.get("date") is None or not issuer or not agency:
        return False
    a, b = _compact(str(issuer)), _compact(str(agency))
    return a == b or (min(len(a), len(b)) >= 4 and (a in b or b in a))


# the archive's page number a page ends on: 12 / 第12页 / - 12 - / 第12页 共30页
def _next_printed_page(prev: Document, doc: Document) -> bool | None:
    """``doc`` is one page whose printed number is one up from that of ``prev``'s last page (photos
    of a numbered volume: 12, 13); ``None`` when either page prints no number."""
    if doc.pages[0] != doc.pages[1]:
        return False
    last = prev.text[prev.page_starts[-1] :] if prev.page_starts else prev.text
    a, b = printed_number(last), printed_number(doc.text)
    return None if a is None or b is None else b == a + 1


def _brings_tail(head: Document, first: DocFacts, this: DocFacts) -> bool:
    """``this`` holds the part of ``head``'s kind that ``first`` lacks: a decision's remedy clause
    or its fine (本局决定：…罚款人民币陆万元整: the penalty on the next page), a notice's 陈述申辩/听证
    period or its proposed fine."""
    if head.doc_type in DECISIONS:
        if first.get("remedy") is None and this.get("remedy") is not None:
            return True
        return _penalty(first, "fine") is None and _penalty(this, "fine") is not None
    if first.get("statement_days") is None and this.get("statement_days") is not None:
        return True
    return _penalty(first, "proposed_fine") is None and _penalty(this, "proposed_fine") is not None


def _penalty(facts: DocFacts, key: str) -> Any:
    return (facts.get("penalty") or {}).get(key)


def _compact(name: str) -> str:
    return re.sub(r"\s+", "", name)


def _fold(first: DocFacts, more: DocFacts) -> None:
    """What ``first`` lacks, taken from its continuation ``more``."""
    f: dict[str, Any] = first  # type: ignore[assignment]
    m: dict[str, Any] = more  # type: ignore[assignment]
    for key in _SCALARS:
        if f.get(key) is None and m.get(key) is not None:
            f[key] = m[key]
    for key in _LISTS:  # moved, not copied: a sum or a comparison over the case counts them once
        f[key] = [*(f.get(key) or []), *(m.get(key) or [])]
        m[key] = []
    for key in ("dates", "markers"):
        f[key] = {**(m.get(key) or {}), **(f.get(key) or {})}
    f["seal"] = _seal(f.get("seal") or {}, m.get("seal") or {})
    party = f.get("party") or {}
    if party.get("name") is None and (m.get("party") or {}).get("name") is not None:
        f["party"] = m["party"]
    penalty, extra = f.get("penalty") or {}, m.get("penalty") or {}
    for key in _PENALTY:
        if penalty.get(key) is None and extra.get(key) is not None:
            penalty[key], extra[key] = extra[key], None
    kinds = penalty.get("kinds") or []
    penalty["kinds"] = [*kinds, *(k for k in extra.get("kinds") or [] if k not in kinds)]
    f["penalty"] = penalty


def _seal(first: dict[str, Any], more: dict[str, Any]) -> dict[str, Any]:
    """The seal of a document in two parts: the first part's if it shows one, else the
    continuation's; none shown, ``image`` is False when either part was looked at as an image."""
    if first.get("marker") or first.get("image"):
        return first
    if more.get("marker") or more.get("image"):
        return more
    looked = first.get("image") is False or more.get("image") is False
    return {**first, "image": False if looked else first.get("image")}

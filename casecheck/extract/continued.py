"""A document that runs on into the next file of a case folder: a decision photographed a page a
file (``…决定书_第1页.jpg``, ``…决定书_第2页.jpg``), a record scanned into one file a page.

The second file opens with no title, so segmentation makes it a document of its own (``其他``),
and the first part seems to lack the 落款, seal and remedy clause that stand on that page. The
continuation keeps its own entry, so its evidence points at its own file and page as the contract
wants; the first part takes from it what it lacks, and the continuation is marked ``continues``
with the first part's ref (rules leave it out: ``casecheck.checks.util.docs``).

A file continues the document before it when both are parts of one folder's sequence, it has no
title of its own, and either its name says it is a later page (``第2页``, ``（续）``, ``_2``) of
no other document, or the part before is a decision or notice without its 落款 and this file
brings one (a date, or a seal).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any

from casecheck.extract.timeline import DECISIONS, NOTICES
from casecheck.facts import DocFacts
from casecheck.ingest.doctypes import OTHER, classify_title
from casecheck.model import Document

# documents that are no part of another: a continuation never follows them
_WHOLE = frozenset({OTHER, "证据材料", "卷内目录", "卷宗封面", "备考表"})
# ``第2页`` / ``（续）`` / ``续页`` / a trailing ``_2``, ``-2`` or ``(2)`` (the first page has none or 1);
# not a bare 续 (审批手续)
_LATER_PAGE = re.compile(
    r"第\s*(?:[2-9]|[1-9]\d|[二三四五六七八九十])\s*页|[（(]续页?[)）]$|续页$|[-_－]\s*(?:[2-9]|[1-9]\d)$"
    r"|[（(]\s*[2-9]\s*[)）]$"
)
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
    if doc.file == prev.file or doc.title is not None or head.title is None or head.doc_type in _WHOLE:
        return False
    if doc.doc_type not in (OTHER, head.doc_type):
        return False
    if _later_page_of(doc.file, head.doc_type):
        return True
    brings_end = this.get("date") is not None or _sealed(this)
    return head.doc_type in _ENDED and first.get("date") is None and brings_end


def _later_page_of(file: str, doc_type: str) -> bool:
    """The file's name says it is a later page (``第2页``), of ``doc_type`` or of nothing named."""
    stem = PurePath(file).stem.strip()
    m = _LATER_PAGE.search(stem)
    if not m:
        return False
    named = classify_title(re.sub(r"^[\d_\-\s.、]+", "", stem[: m.start()]).strip("_-－ "))
    return named is None or named[0] == doc_type


def _sealed(facts: DocFacts) -> bool:
    seal = facts.get("seal") or {}
    return bool(seal.get("marker") or seal.get("image"))


def _fold(first: DocFacts, more: DocFacts) -> None:
    """What ``first`` lacks, taken from its continuation ``more``."""
    f: dict[str, Any] = first  # type: ignore[assignment]
    m: dict[str, Any] = more  # type: ignore[assignment]
    for key in _SCALARS:
        if f.get(key) is None and m.get(key) is not None:
            f[key] = m[key]
    for key in _LISTS:
        f[key] = [*(f.get(key) or []), *(m.get(key) or [])]
    for key in ("dates", "markers"):
        f[key] = {**(m.get(key) or {}), **(f.get(key) or {})}
    f["seal"] = _seal(f.get("seal") or {}, m.get("seal") or {})
    party = f.get("party") or {}
    if party.get("name") is None and (m.get("party") or {}).get("name") is not None:
        f["party"] = m["party"]
    penalty, extra = f.get("penalty") or {}, m.get("penalty") or {}
    for key in _PENALTY:
        if penalty.get(key) is None and extra.get(key) is not None:
            penalty[key] = extra[key]
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

"""catalog_match — the 卷内目录 gives the right first page for the documents in the file (ARCH-01).

Rows are paired with documents by title (or doc type), in order within one title; a row that lists
several documents (``听证申请书及听证通知书``) by the first it names. Each row's first page must sit
at the common shift between the catalog's own numbering and the file's pages
(``casecheck.checks.catalog_pages``); rows off it alike one after another (a document left out of
the 目录 moves all that follow) are one hit. A row
whose document cannot be told apart (no document matches, or the number of rows and documents of
that title differ) proves nothing and is skipped. In a case folder (one file per document) the
files are taken to follow one another in the volume, in order.

Options:
  min_rows: the least number of matched rows needed to trust the common shift.
  unpaged: file suffixes without fixed pagination (a DOCX's pages depend on who renders it), whose
    documents are not compared by page (无法评查 when that leaves too few rows), unless the file
    prints its own page numbers in order at the foot of every page (``pages_printed``).

A row that states a range (5-6) must not stop short of its document's last page, unless another
row starts on the pages it leaves out (the document read may have swallowed an unlisted one).

Example: rows 立案审批表 p.1, 询问笔录 p.2, 决定书 p.5 against documents on file pages 3, 4, 8 →
``{"detail": "卷内目录“行政处罚决定书”起始页码 5，实为 6"}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from casecheck.checks.catalog_pages import common_shift, misplaced_runs, run_detail
from casecheck.checks.util import Context, Hit, Opt, Unknown, all_docs, docs, evs, volume_pages

ID = "catalog_match"
OPTIONS = {"min_rows": Opt(int, 3), "unpaged": Opt(list, [".docx", ".doc", ".wps"])}
SKIP = ("卷内目录", "备考表")
GENERIC = ("证据材料", "其他")
_NOISE = re.compile(r"[\s《》（）()、\-—]")
_NOTE = re.compile(r"[（(][^（）()]*[）)]")


def _norm(s: Any) -> str:
    return _NOISE.sub("", str(s or ""))


# A row listing several documents (听证申请书及听证通知书, 询问笔录、现场照片) starts at its first one.
_JOINED = re.compile(r"(?<=..)(?:以及|及|与|和|暨|、)(?=..)")


def _lead(title: str) -> str:
    """The first document a catalog row title names (the whole title when it names one); a
    separator inside a note (证据材料（照片、视频）) names no second document."""
    for m in _JOINED.finditer(title):
        before = title[: m.start()]
        if before.count("（") + before.count("(") == before.count("）") + before.count(")"):
            return before
    return title


def _matches(row: str, doc: dict[str, Any], title: str | None = None, plain: str | None = None) -> bool:
    """Does catalog row title ``row`` name ``doc`` (``title``: its ``_norm``'d title, if known)?
    ``plain`` is the row without its bracketed notes: a document named inside a note
    (证据材料（…询问笔录摘录）) is not the row's."""
    title = _norm(doc.get("title")) if title is None else title
    kind = doc.get("doc_type") or ""
    if kind in GENERIC:  # 证据材料 covers many documents: only its own title identifies it
        return bool(row) and bool(title) and row == title
    bare = row if plain is None else plain
    return bool(row) and (row == title or kind in bare or (bool(title) and (title in bare or row in title)))


def _pairs(
    rows: list[dict[str, Any]], others: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Rows paired with documents: rows of one title take that title's documents in order, but
    only when the counts agree (a dropped row or a merged document makes the pairing a guess).
    Documents whose title is the row's exactly are tried first: of two 询问笔录 titled 询问笔录 and
    询问调查笔录 (or 调查询问笔录 and 询问调查笔录), each row names its own."""
    groups: dict[str, list[dict[str, Any]]] = {}
    plain: dict[str, str] = {}  # the title without its notes, for the document types it names
    for row in rows:
        key = _norm(_lead(str(row.get("title") or "")))  # split at 、 before _norm drops it
        groups.setdefault(key, []).append(row)
        plain.setdefault(key, _norm(_lead(_NOTE.sub("", str(row.get("title") or "")))))
    out = []
    normed = [(d, _norm(d.get("title"))) for d in others]  # once per document, not per row title
    for title, grouped in groups.items():
        found = [d for d, t in normed if title and t == title]  # titled exactly as the row, first
        if len(found) != len(grouped):
            found = [d for d, t in normed if _matches(title, d, t, plain[title])]
        if len(found) == len(grouped):
            out.extend(zip(grouped, found, strict=True))
    return out


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per run of catalog rows whose first pages depart alike from the common shift."""
    volume = volume_pages(all_docs(facts))
    unpaged = tuple(opts["unpaged"])
    for cat in docs(facts, "卷内目录"):
        others = [d for d in all_docs(facts) if d is not cat and d.get("doc_type") not in SKIP]
        paired = [
            (r, d) for r, d in _pairs(cat.get("catalog") or [], others) if r.get("pages") and id(d) in volume
        ]
        pairs = [(r, d) for r, d in paired if d.get("pages_printed") or not _unpaged(d, unpaged)]
        if len(pairs) < opts["min_rows"]:
            if len(paired) >= opts["min_rows"]:  # the rows are there, the pages are not fixed
                yield Unknown("卷内目录所列文书无固定分页（DOCX 等），无法核对页码")
            continue
        shift = common_shift(pairs, volume)
        if shift is None:
            continue  # no clear common shift: the numbering itself is unreadable
        starts = {r["pages"][0] for r in cat.get("catalog") or [] if r.get("pages")}
        for run in misplaced_runs(pairs, volume, shift):  # one hit for a row left out before a run
            yield Hit({"detail": run_detail(run, volume, shift)}, evs(*(r.get("evidence") for r, _ in run)))
        for r, d in pairs:
            if (
                volume[id(d)] - r["pages"][0] == shift
                and (end := _short_end(r, d, volume[id(d)] - shift, starts)) is not None
            ):
                lo, hi = r["pages"][0], r["pages"][-1]
                detail = f"卷内目录“{r.get('title')}”页码 {lo}-{hi}，实为 {lo}-{end}"
                yield Hit({"detail": detail}, evs(r.get("evidence")))


def _unpaged(doc: dict[str, Any], suffixes: tuple[str, ...]) -> bool:
    return str(doc.get("file") or "").lower().endswith(suffixes)


def _short_end(row: dict[str, Any], doc: dict[str, Any], first: int, starts: set[int]) -> int | None:
    """The document's real last page when the row states a range that stops short of it and no
    other row claims the pages left out (询问笔录 5-6 for a record on pages 5-7, next row at 8);
    ``None`` otherwise (a row giving only its first page says nothing of the last)."""
    lo, hi = row["pages"][0], row["pages"][-1]
    span = (doc.get("pages") or [0, 0])[-1] - (doc.get("pages") or [0, 0])[0]
    end = first + span
    if hi <= lo or hi >= end or any(hi < p <= end for p in starts):
        return None
    return end

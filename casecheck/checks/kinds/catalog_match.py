"""catalog_match — the 卷内目录 gives the right first page for the documents in the file (ARCH-01).

Rows are matched to documents in file order, by title (or doc type); each row's first page must
sit at the common shift between the catalog's own numbering and the file's pages (cover and 目录
are not numbered). A row whose document could not be told apart (a row no document matches, or
several documents merged by segmentation) proves nothing and is skipped; documents in another
file than the 目录's are not compared.

Options:
  min_rows: the least number of matched rows needed to trust the common shift.

Example: rows 立案审批表 p.1, 询问笔录 p.2, 决定书 p.5 against documents on file pages 3, 4, 8 →
``{"detail": "卷内目录“行政处罚决定书”起始页码 5，实为 6"}``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import Context, Hit, Opt, Unknown, all_docs, docs, evs

ID = "catalog_match"
OPTIONS = {"min_rows": Opt(int, 3)}
SKIP = ("卷内目录", "备考表")


def _norm(s: Any) -> str:
    return re.sub(r"[\s《》（）()、\-—]", "", str(s or ""))


def _matches(row: str, doc: dict[str, Any]) -> bool:
    title, kind = _norm(doc.get("title")), doc.get("doc_type") or ""
    return bool(row) and (row == title or kind in row or (bool(title) and (title in row or row in title)))


def _pairs(
    rows: list[dict[str, Any]], others: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Rows matched to documents in order: each row takes the next matching document."""
    out, pos = [], 0
    for row in rows:
        title = _norm(row.get("title"))
        hit = next((i for i in range(pos, len(others)) if _matches(title, others[i])), None)
        if hit is not None:
            out.append((row, others[hit]))
            pos = hit + 1
    return out


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per catalog row whose first page departs from the common shift."""
    for cat in docs(facts, "卷内目录"):
        others = [d for d in all_docs(facts) if d is not cat and d.get("doc_type") not in SKIP]
        pairs = [
            (r, d)
            for r, d in _pairs(cat.get("catalog") or [], others)
            if r.get("pages") and d.get("pages") and d.get("file") == cat.get("file")
        ]
        if len(pairs) < opts["min_rows"]:
            continue
        shift, n = Counter(d["pages"][0] - r["pages"][0] for r, d in pairs).most_common(1)[0]
        if n * 2 <= len(pairs):
            continue  # no clear common shift: the numbering itself is unreadable
        for r, d in pairs:
            if d["pages"][0] - r["pages"][0] != shift:
                detail = f"卷内目录“{r.get('title')}”起始页码 {r['pages'][0]}，实为 {d['pages'][0] - shift}"
                yield Hit({"detail": detail}, evs(r.get("evidence")))

"""catalog_match — the 卷内目录 lists the documents and pages actually in the file (ARCH-01).

Options:
  page_check: also compare page ranges (after the constant shift between the catalog's own
    numbering and the file's pages: cover and 目录 are not numbered).

Rows are matched to documents in order, by title (or doc type). A row matching no document is a
hit; so is a matched row whose page range departs from the common shift or from the document's
length. Documents in other files than the 目录's are not compared by page.

Example: 目录 row ``{"title": "听证笔录", "pages": [30, 32]}`` and no 听证笔录 → one hit.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import Context, Hit, Opt, Unknown, all_docs, docs, evs

ID = "catalog_match"
OPTIONS = {"page_check": Opt(bool, True)}


def _norm(s: Any) -> str:
    return re.sub(r"[\s《》（）()、\-—]", "", str(s or ""))


def _matches(row: str, doc: dict[str, Any]) -> bool:
    title, kind = _norm(doc.get("title")), doc.get("doc_type") or ""
    return bool(row) and (row == title or kind in row or (bool(title) and (title in row or row in title)))


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per catalog row without a document or with wrong pages."""
    for cat in docs(facts, "卷内目录"):
        rows = cat.get("catalog") or []
        others = [
            d for d in all_docs(facts) if d is not cat and d.get("doc_type") not in ("卷内目录", "备考表")
        ]
        used: set[int] = set()
        pairs = []
        for row in rows:
            title = _norm(row.get("title"))
            doc = next((d for i, d in enumerate(others) if i not in used and _matches(title, d)), None)
            if doc is None:
                yield Hit(
                    {"detail": f"卷内目录所列“{row.get('title')}”在案卷中未找到"}, evs(row.get("evidence"))
                )
                continue
            used.add(others.index(doc))
            pairs.append((row, doc))
        paged = [
            (r, d) for r, d in pairs if r.get("pages") and d.get("pages") and d.get("file") == cat.get("file")
        ]
        if not opts["page_check"] or not paged:
            continue
        shift = Counter(d["pages"][0] - r["pages"][0] for r, d in paged).most_common(1)[0][0]
        for r, d in paged:
            r_len, d_len = r["pages"][-1] - r["pages"][0], d["pages"][-1] - d["pages"][0]
            if d["pages"][0] - r["pages"][0] != shift or r_len != d_len:
                first, last = d["pages"][0] - shift, d["pages"][-1] - shift
                detail = (
                    f"卷内目录“{r.get('title')}”页码 {r['pages'][0]}-{r['pages'][-1]}，实为 {first}-{last}"
                )
                yield Hit({"detail": detail}, evs(r.get("evidence")))

"""doc_number — outward documents carry a well-formed, unique 文号 (DOC-03).

Options:
  types: doc types that take a number.
  pattern: the form of a 文号 (机关代字〔年份〕序号号); OCR'd brackets ([] () 【】) are accepted.

A number fact's own ``valid`` wins over the pattern.

Example: a 行政处罚决定书 without ``doc_number`` → ``{"document": …, "detail": "缺少文号"}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import Context, Hit, Opt, Unknown, doc_evidence, docs, evs, fact_ev, value

ID = "doc_number"
OPTIONS = {
    "types": Opt(list, ["行政处罚决定书", "行政处罚事先告知书", "听证告知书"]),
    "pattern": Opt(str, r"^\S*[^\s〔\[（(【［]+[〔\[（(【［](19|20)\d{2}[〕\]）)】］]第?\d+号$"),
}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per missing or malformed number, one per number shared by two documents."""
    pattern = re.compile(opts["pattern"])
    holders: dict[str, list[tuple[dict[str, Any], Any]]] = {}
    for doc in docs(facts, *opts["types"]):
        fact = doc.get("doc_number")
        number = re.sub(r"\s+", "", str(value(fact) or ""))
        where = evs(fact_ev(fact)) or (doc_evidence(doc),)
        if not number:
            yield Hit({"document": doc.get("ref"), "number": "", "detail": "缺少文号"}, where)
            continue
        valid = fact.get("valid") if isinstance(fact, dict) else None
        if valid is False or (valid is None and not pattern.match(number)):
            yield Hit(
                {"document": doc.get("ref"), "number": number, "detail": f"文号“{number}”格式不规范"}, where
            )
        holders.setdefault(number, []).append((doc, fact))
    for number, held in holders.items():
        if len(held) > 1:
            refs = "、".join(d.get("ref") or "?" for d, _ in held)
            yield Hit(
                {"document": refs, "number": number, "detail": f"{refs} 共用文号“{number}”"},
                evs(*(fact_ev(f) for _, f in held)),
            )

"""doc_number — outward documents carry a well-formed, unique 文号 (DOC-03).

Options:
  types: doc types that take a number.
  pattern: the shape of a 文号 (机关代字〔年份〕序号号, whatever its year's brackets: [] () 【】 are
    judged by ``blocking``).
  form_pattern: the printed serial of a pre-numbered form (当场处罚决定书 ``No.0012345678``,
    ``编号：3301061902417356``: 行政处罚法 第五十二条 asks for a numbered form, not a 〔年份〕 文号).
  form_types: the pre-numbered forms whose serial ``form_pattern`` accepts.
  blocking: the extractor's ``issues`` that make a number malformed; ``bracket``: the year in
    [] or () instead of the 六角括号 〔〕 the 公文格式 (GB/T 9704) requires. On OCR text the rule is
    ``exact``, so a 〔 read as [ is 无法评查 below the profile's confidence, never a finding.

Without ``issues`` from the extractor, the number is judged by the patterns. A notice made as a
record (``行政处罚告知笔录``) needs no number.

Example: a 行政处罚决定书 without ``doc_number`` → ``{"document": …, "detail": "缺少文号"}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import (
    Context,
    Hit,
    Opt,
    Unknown,
    doc_evidence,
    docs,
    evs,
    fact_ev,
    notice_record,
    value,
)

ID = "doc_number"
OPTIONS = {
    "types": Opt(list, ["行政处罚决定书", "行政处罚事先告知书", "听证告知书", "当场行政处罚决定书"]),
    # a sub-office's code may head the 序号: 莞环罚〔2024〕虎0063号
    "pattern": Opt(
        str, r"^\S*[^\s〔\[（(【［]+[〔\[（(【［](19|20)\d{2}[〕\]）)】］]第?[\u4e00-\u9fa5]{0,3}\d+号$"
    ),
    "form_pattern": Opt(str, r"^(?:No\.?\s*)?[A-Z]{0,3}\d{6,}$"),
    "form_types": Opt(list, ["当场行政处罚决定书"]),
    "blocking": Opt(list, ["blank", "missing_bracket", "missing_hao", "seq_not_numeric", "bracket"]),
}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per missing or malformed number, one per number shared by two documents."""
    pattern = re.compile(opts["pattern"])
    holders: dict[str, list[tuple[dict[str, Any], Any]]] = {}
    for doc in docs(facts, *opts["types"]):
        fact = doc.get("doc_number")
        number = re.sub(r"\s+", "", str(value(fact) or ""))
        if not number and notice_record(doc):
            continue  # a 告知笔录 signed by the party is a record: records take no 文号
        where = evs(fact_ev(fact)) or (doc_evidence(doc),)
        if not number:
            yield Hit({"document": doc.get("ref"), "number": "", "detail": "缺少文号"}, where)
            continue
        issues = fact.get("issues") if isinstance(fact, dict) else None
        if issues is not None:
            bad = bool(set(issues) & set(opts["blocking"])) or not pattern.match(number)
        else:
            bad = not pattern.match(number)
        if bad and doc.get("doc_type") in opts["form_types"] and re.match(opts["form_pattern"], number):
            bad = False
        if bad:
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

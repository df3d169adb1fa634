"""date_present — documents that must be dated carry a 落款日期 (DOC-05).

Options:
  types: doc types that must be dated.

A ``date`` that is absent or ``None`` is a defect; a date fact whose value could not be read
(``{"value": null, "evidence": …}``: a 落款 line was seen but is illegible) is 无法评查. A notice
made as a record (``行政处罚告知笔录``) is dated by its 告知时间.

Example: a 询问笔录 with ``date: null`` yields ``{"document": "询问笔录"}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import Context, Hit, Opt, Unknown, doc_evidence, docs, notice_record, to_date

ID = "date_present"
OPTIONS = {"types": Opt(list)}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per undated document of the listed types."""
    for doc in docs(facts, *opts["types"]):
        fact = doc.get("date")
        if fact is None and notice_record(doc):
            fact = (doc.get("dates") or {}).get("start")  # a 告知笔录 is dated by its 告知时间
        if isinstance(fact, dict) and fact.get("evidence") and to_date(fact) is None:
            yield Unknown(f"{doc.get('ref')} 的落款日期无法辨认")
        elif to_date(fact) is None:
            yield Hit({"document": doc.get("ref")}, (doc_evidence(doc),))

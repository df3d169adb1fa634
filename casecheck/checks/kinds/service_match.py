"""service_match — a 送达回证 names the document it serves correctly (SERV-03).

A receipt is tied to a document by one key (文号 or title) and then checked on the other; a receipt
whose title and 文号 point at two different documents, or whose 文号 belongs to no document of
the matching title, is a hit. A receipt tied to nothing by either key proves nothing (it may serve
a document not in the file) and is skipped.

Options:
  types: documents a receipt may serve (those that take a 文号).

Example: receipt ``{"title": "行政处罚事先告知书", "doc_number": "某市监罚〔2024〕12号"}`` where 12号 is the
decision's number → one hit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from casecheck.checks.receipts import copied_receipt
from casecheck.checks.util import Context, Hit, Opt, Unknown, doc_evidence, docs, evs, norm_title, value
from casecheck.extract.fields.served import served_entries

ID = "service_match"
OPTIONS = {
    "types": Opt(
        list,
        [
            "行政处罚决定书",
            "行政处罚事先告知书",
            "听证告知书",
            "当场行政处罚决定书",
            "听证通知书",
            "不予行政处罚决定书",
        ],
    )
}


_YEAR_BRACKETS = re.compile(r"[\[［【(〔]((?:19|20)\d{2})[\]］】)〕]")


def _number(s: Any) -> str:
    """A 文号 for comparison: the year's brackets written any way (〔2023〕, [2023], （2023）) alike."""
    return _YEAR_BRACKETS.sub(r"〔\1〕", norm_title(s))


def _title_matches(title: str, doc: dict[str, Any]) -> bool:
    own = norm_title(doc.get("title"))
    # 违法行为通知书(行政处罚事先告知): a title whose note names its kind is served by its main title
    main = re.sub(r"\([^()]{1,16}\)$", "", own)
    return (
        title in (own, main)
        or title.endswith(doc.get("doc_type", "\0"))
        or (bool(own) and own.endswith(title))
    )


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per receipt whose title and 文号 disagree with the documents of the file."""
    targets = docs(facts, *opts["types"])
    for r, served in served_entries(docs(facts, "送达回证")):
        title, number = norm_title(served.get("title")), _number(served.get("doc_number"))
        by_number = [d for d in targets if number and _number(value(d.get("doc_number"))) == number]
        by_title = [d for d in targets if title and _title_matches(title, d)]
        if by_number and title and not any(_title_matches(title, d) for d in by_number):
            detail = f"送达回证文书名称“{title}”与文号 {number} 对应的{by_number[0].get('ref')}不一致"
        elif by_title and number and not by_number:
            own = norm_title(value(by_title[0].get("doc_number")))
            if not own:
                continue
            detail = f"送达回证所载文号 {number} 与{by_title[0].get('ref')}的文号 {own} 不一致"
        else:
            continue
        yield Hit(
            {"document": r.get("ref"), "detail": detail}, evs(served.get("evidence")) or (doc_evidence(r),)
        )
    for doc in docs(facts, "行政处罚决定书", "不予行政处罚决定书"):
        copied = copied_receipt(facts, doc, _names)
        if copied is not None:
            named = norm_title((copied.get("served") or {}).get("title")) or "未载明"
            detail = (
                f"{copied.get('ref')} 附于{doc.get('ref')}之后，所载文书名称、文号仍为前一份送达回证的"
                f"（{named}），未载明所送达的{doc.get('ref')}"
            )
            yield Hit(
                {"document": copied.get("ref"), "detail": detail}, (doc_evidence(copied), doc_evidence(doc))
            )


def _names(served: dict[str, Any], doc: dict[str, Any]) -> bool:
    """The served entry names ``doc`` by its 文号 or its title."""
    number, title = _number(served.get("doc_number")), norm_title(served.get("title"))
    return bool(number and _number(value(doc.get("doc_number"))) == number) or bool(
        title and _title_matches(title, doc)
    )

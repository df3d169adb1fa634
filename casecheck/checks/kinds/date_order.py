"""date_order — dated steps of the case come in the order the law expects (PROC-04).

Options:
  pairs: list of ``{before, after, strict}``; ``before``/``after`` name timeline events
    (``filing``, ``notice``, ``legal_review`` …) or ``doc:TYPE`` (earliest dated document of
    that type). ``strict: true`` also rejects the same day. ``except_on: POINT`` (an event or a
    ``doc:TYPE``): documents dated that point's day are left out of a ``doc:`` side (a 询问笔录
    taken at the inspection that found the violation, before any 立案 could be).

A pair with a date missing on either side is skipped; if no pair can be compared at all the
check is 无法评查.

Example: ``legal_review`` 2024-05-10 after ``decision`` 2024-05-08 yields
``{"first": "法制审核", "first_date": "2024-05-10", "second": "处罚决定", "second_date": "2024-05-08"}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from casecheck.checks.util import (
    EVENT_NAMES,
    Context,
    Hit,
    Opt,
    Unknown,
    all_docs,
    doc_date,
    docs,
    event,
    evs,
)

ID = "date_order"
OPTIONS = {"pairs": Opt(list)}


def _point(
    facts: dict[str, Any], name: str, skip: date | None = None
) -> tuple[date | None, dict[str, Any] | None, str]:
    if name.startswith("doc:"):
        doc_type = name[4:]
        dated = [(d, e) for d, e in (doc_date(x) for x in docs(facts, doc_type)) if d and d != skip]
        if not dated:
            return None, None, doc_type
        d, e = min(dated, key=lambda t: t[0])
        return d, e, doc_type
    d, e = event(facts, name)
    return d, e, EVENT_NAMES.get(name, name)


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per pair out of order."""
    compared = 0
    for pair in opts["pairs"]:
        d1, e1, n1 = _point(facts, pair["before"])
        skip = _point(facts, pair["except_on"])[0] if pair.get("except_on") else None
        d2, e2, n2 = _point(facts, pair["after"], skip)
        if d1 is None or d2 is None:
            continue
        compared += 1
        if d2 < d1 or (pair.get("strict") and d2 == d1):
            yield Hit(
                {"second": n1, "second_date": d1.isoformat(), "first": n2, "first_date": d2.isoformat()},
                evs(e1, e2),
            )
    if not compared and all_docs(facts):
        yield Unknown("案卷中可比较的程序日期不足，无法核对程序顺序")

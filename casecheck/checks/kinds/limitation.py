"""limitation — the case was filed within the limitation period (PROC-09, 行政处罚法 第三十六条).

Options:
  years: the general period (2).
  long_years: the period for 生命健康安全/金融安全 matters with harm (5).
  long_laws: laws whose citation marks the matter as such (the profile's list).

The violation date is the end of a continuing act when the timeline or a document states one
(``violation_end``), else the timeline's violation date.
A missing violation or filing date is 无法评查, except in a 简易 case (no 立案) decided within the
period of the violation.

Example: violation 2020-01-10, filing 2022-03-01, 2 years → ``{"violation": …, "years": 2}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from casecheck.checks.util import (
    Context,
    Hit,
    Opt,
    Unknown,
    all_docs,
    event,
    evs,
    fact_ev,
    iter_citations,
    to_date,
)

ID = "limitation"
OPTIONS = {"years": Opt(int), "long_years": Opt(int), "long_laws": Opt(list, [])}


def _add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 2月29日
        return d.replace(year=d.year + years, day=28)


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit when 立案 is later than the violation's end plus the period."""
    ends = [(facts.get("timeline") or {}).get("violation_end")]
    ends += [(d.get("dates") or {}).get("violation_end") for d in all_docs(facts)]
    ends = [f for f in ends if to_date(f)]
    if ends:  # a continuing act: the period runs from its end (the latest any document states)
        last = max(ends, key=to_date)
        violated, e1 = to_date(last), fact_ev(last)
    else:
        violated, e1 = event(facts, "violation")
    filed, e2 = event(facts, "filing")
    laws = {c.get("law") for c in iter_citations(facts)}
    years = opts["long_years"] if laws & set(opts["long_laws"]) else opts["years"]
    decided, _ = event(facts, "decision")
    summary = filed is None and facts.get("procedure") == "简易" and violated and decided
    if summary and decided <= _add_years(violated, years):
        return  # 当场处罚 files no 立案: decided within the period, it was pursued within it
    if violated is None or filed is None:
        yield Unknown("缺少违法行为日期或立案日期，无法核对追诉时效")
        return
    if filed > _add_years(violated, years):
        yield Hit(
            {"violation": violated.isoformat(), "filing": filed.isoformat(), "years": years}, evs(e2, e1)
        )

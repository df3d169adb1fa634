"""fact_elements — heuristic for EVID-02: the stated facts lack the time of the violation (warn).

Whether facts are "described clearly" is a reviewer's judgement; this flags the objective part a
program can see: neither the decision nor the 调查终结报告 states when the violation happened (or
was found),
and no document states a quantity or amount of it (货值/违法所得, the 建设工程造价 of a building, or
the area of land or a building occupied: 占用土地820平方米 is the quantity of a land case).

Options:
  types: documents whose fact statement is read.
  date_keys: document dates that date the act (when it happened, or when officers found it).

Example: a decision with no ``dates.violation`` and no 货值/违法所得 amounts → one warn.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import Context, Hit, Opt, Unknown, amounts, doc_evidence, docs, to_date

ID = "fact_elements"
QUANTITY_KINDS = (
    "goods_value", "illegal_gain", "business_volume", "contract_fee", "construction_cost", "area",
    "fund_loss", "fund_fraud",
)  # fmt: skip
OPTIONS = {
    "types": Opt(list, ["行政处罚决定书", "调查终结报告"]),
    "date_keys": Opt(
        list,
        ["violation", "violation_end", "violation_month", "violation_since", "investigation", "discovered"],
    ),
}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One warn when no fact statement gives a violation date."""
    found = docs(facts, *opts["types"])
    if not found:
        return
    if any(to_date((d.get("dates") or {}).get(k)) for d in found for k in opts["date_keys"]):
        return
    if any(amounts(d, *QUANTITY_KINDS) for d in found):
        return
    yield Hit({"document": found[0].get("ref")}, (doc_evidence(found[0]),))

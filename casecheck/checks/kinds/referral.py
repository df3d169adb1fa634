"""referral — amounts at a criminal-referral threshold come with a 移送 or a reasoned non-referral (PROC-13).

Options:
  thresholds: amount kind (``goods_value``, ``illegal_gain`` …) → yuan at or above which the
    profile's table says the facts reach a 立案追诉标准.
  laws: the thresholds apply only to violations of these laws (the violated provision's law;
    when the decision cites no violated provision, the penalty provision's law, which names the
    same matter); empty means any.

A 涉嫌犯罪案件移送书 in the file, or a ``referral`` marker (移送 or a reasoned decision not to
refer), satisfies the rule.

Example: 货值金额 80000 with a threshold of 50000 and no 移送 →
``{"what": "货值金额", "amount": "80,000", …}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import (
    Context,
    Hit,
    Opt,
    Unknown,
    all_docs,
    amounts,
    any_marker,
    docs,
    evs,
    iter_citations,
    yuan,
)

ID = "referral"
OPTIONS = {"thresholds": Opt(dict), "laws": Opt(list, [])}
NAMES = {"goods_value": "货值金额", "illegal_gain": "违法所得", "sales": "销售金额"}


def matter_laws(facts: dict[str, Any]) -> set[str]:
    """Laws of the violated provisions; of the penalty provisions when no violated one is cited."""
    for roles in (("violated",), ("penalty",)):
        laws = {c["law"] for c in iter_citations(facts, roles) if c.get("law")}
        if laws:
            return laws
    return set()


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit for the largest amount at or above its threshold, when nothing shows a referral."""
    if docs(facts, "涉嫌犯罪案件移送书") or any_marker(facts, "referral"):
        return
    if opts["laws"] and not matter_laws(facts) & set(opts["laws"]):
        return
    best = None
    for doc in all_docs(facts):
        for a in amounts(doc, *opts["thresholds"]):
            limit = opts["thresholds"][a["kind"]]
            v = a.get("value")
            if isinstance(v, int | float) and v >= limit and (best is None or v > best[0]):
                best = (v, a, limit)
    if best:
        v, a, limit = best
        yield Hit(
            {"what": NAMES.get(a["kind"], a["kind"]), "amount": yuan(v), "limit": yuan(limit)},
            evs(a.get("evidence")),
        )

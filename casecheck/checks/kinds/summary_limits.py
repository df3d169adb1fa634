"""summary_limits — an on-the-spot (简易程序) penalty stays within 行政处罚法 第五十一条 (PROC-10).

Options:
  limits: the maximum fine by party kind (``{个人: 200, 单位: 3000}``).
  kinds: the only penalty kinds allowed on the spot.

With the party kind unknown and the fine between the two limits the check is 无法评查.

Example: a 当场行政处罚决定书 fining a 个人 500 元 → ``{"fine": "500", "limit": "200", …}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import Context, Hit, Opt, Unknown, amount, docs, evs, party_kind, procedure, yuan

ID = "summary_limits"
OPTIONS = {"limits": Opt(dict), "kinds": Opt(list, ["警告", "罚款"])}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit for a fine above the limit, one per penalty kind not allowed."""
    spot = docs(facts, "当场行政处罚决定书")
    if not spot and procedure(facts) != "简易":
        return
    pen = (spot[0].get("penalty") if spot else None) or facts.get("penalty") or {}
    fine, e = amount(pen, "fine")
    limits = opts["limits"]
    pk = party_kind(facts)
    if fine is not None:
        limit = limits.get(pk) if pk in limits else None
        if limit is None and fine > max(limits.values()):
            limit, pk = max(limits.values()), "当事人"
        elif limit is None and fine > min(limits.values()):
            yield Unknown("当事人类型不明，无法判断简易程序罚款限额")
        if limit is not None and fine > limit:
            yield Hit(
                {"fine": yuan(fine), "limit": yuan(limit), "party": pk, "detail": "罚款超过当场处罚限额"},
                evs(e),
            )
    for k in pen.get("kinds") or []:
        if k not in opts["kinds"]:
            yield Hit(
                {"fine": yuan(fine), "limit": "", "party": pk or "", "detail": f"当场处罚适用了{k}"}, evs(e)
            )

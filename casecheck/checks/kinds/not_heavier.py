"""not_heavier — the decision is not heavier than the penalty proposed in the 事先告知书 (PROC-08).

Options:
  notice_types: doc types holding the proposed penalty (``util.notice_of``: the latest one dated
    before the decision counts, so a lawful re-notice of a heavier penalty is honoured; with a
    notice each for a unit and its manager, the one to the decision's party).

Compares the fine, the confiscation and the penalty kinds. A fine on one side with no readable
amount on the other is 无法评查, and so is a decision fine that equals the other form of a notice
whose 大写 and 小写 disagree (DOC-07 reports that).

Example: notice proposes 罚款 5000, decision imposes 8000 →
``{"proposed": "5,000 元", "imposed": "8,000 元"}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import (
    Context,
    Hit,
    Opt,
    Unknown,
    amount,
    decision,
    disputed_fine,
    docs,
    evs,
    notice_of,
    yuan,
)

ID = "not_heavier"
OPTIONS = {"notice_types": Opt(list, ["行政处罚事先告知书", "听证告知书"])}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per heavier amount or added penalty kind."""
    dec = decision(facts)
    notices = docs(facts, *opts["notice_types"])
    if dec is None or not notices:
        return
    notice = notice_of(dec, notices) or notices[-1]
    imposed_p, proposed_p = dec.get("penalty") or {}, notice.get("penalty") or {}
    for key, label in (("fine", "罚款"), ("confiscation", "没收金额")):
        imposed, e1 = amount(imposed_p, key)
        proposed, e2 = amount(proposed_p, key)
        if imposed is None or imposed == 0:
            continue
        if proposed is None:
            if key == "fine" and "罚款" in (proposed_p.get("kinds") or []):
                yield Unknown("事先告知书拟罚款金额无法识别")
            continue
        if imposed > proposed + 0.005:
            if key == "fine" and any(abs(v - proposed) < 0.005 for v in disputed_fine(dec)):
                # 人民币陆万元整（¥65,000.00）: the decision's two forms disagree (DOC-07's finding)
                # and one of them is what was proposed
                yield Unknown(
                    f"决定书罚款大小写不一致（其一为 {yuan(proposed)} 元，与告知书一致），是否加重无法确定"
                )
                continue
            if key == "fine" and imposed <= _largest_stated(notice) + 0.005:
                # 人民币陆万元整（¥6000）: the notice's two forms disagree (DOC-07's finding); one of
                # them is the decision's fine, so which was proposed cannot be told
                yield Unknown(f"事先告知书罚款大小写不一致（其一为 {yuan(imposed)} 元），拟处罚款无法确定")
                continue
            yield Hit(
                {"what": label, "proposed": f"{yuan(proposed)} 元", "imposed": f"{yuan(imposed)} 元"},
                evs(e1, e2),
            )
    added = [
        k for k in imposed_p.get("kinds") or [] if proposed_p.get("kinds") and k not in proposed_p["kinds"]
    ]
    for k in added:
        if k != "罚款":
            yield Hit({"what": "处罚种类", "proposed": "、".join(proposed_p["kinds"]), "imposed": k}, evs())


def _largest_stated(notice: dict[str, Any]) -> float:
    """The largest fine the notice states in any form (0 when none)."""
    values = [
        a["value"]
        for a in notice.get("amounts") or []
        if a.get("kind") in ("fine", "proposed_fine") and isinstance(a.get("value"), int | float)
    ]
    return max(values, default=0.0)

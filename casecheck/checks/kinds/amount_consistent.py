"""amount_consistent — one amount is stated the same way everywhere (DOC-07).

Options:
  kinds: amount kinds compared (``fine``, ``confiscation``).
  compare_types: documents whose amounts must equal the decision's (结案审批表 …).
  check_forms: the 大写 and 小写 forms of one amount in a document must agree.
  notice_types / statement_types: the decision must equal the notice's proposal, except lower
    after a 陈述申辩 or hearing (a higher one is also PROC-08).

Example: a decision saying 罚款人民币伍仟元（¥6000.00） →
``{"detail": "…大写 5,000 元与小写 6,000 元不一致"}``.
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
    amount,
    amounts,
    any_marker,
    decision,
    docs,
    evs,
    largest_amount,
    notice_of,
    yuan,
)

ID = "amount_consistent"
OPTIONS = {
    "kinds": Opt(list, ["fine", "confiscation"]),
    "compare_types": Opt(list, ["结案审批表"]),
    "check_forms": Opt(bool, True),
    "notice_types": Opt(list, ["行政处罚事先告知书", "听证告知书"]),
    "statement_types": Opt(list, ["陈述申辩笔录", "听证笔录", "听证报告"]),
}
NAMES = {"fine": "罚款", "confiscation": "没收金额"}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per disagreeing pair."""
    if opts["check_forms"]:
        # an amount a 更正 notice (or the document itself) puts right: 小写“¥201,000.00”有误，现更正为…
        fixes = {
            (round(c["wrong_yuan"], 2), round(c["right_yuan"], 2))
            for d in all_docs(facts)
            for c in d.get("corrections") or []
            if isinstance(c.get("wrong_yuan"), int | float) and isinstance(c.get("right_yuan"), int | float)
        }
        for doc in all_docs(facts):
            for kind in opts["kinds"]:
                found = amounts(doc, kind)
                upper, lower, bad = _forms(found)
                if upper and lower and upper != lower and not _put_right(upper, lower, fixes):
                    detail = (
                        f"{doc.get('ref')} {NAMES[kind]}大写 {'/'.join(yuan(v) for v in sorted(upper))} 元"
                        f"与小写 {'/'.join(yuan(v) for v in sorted(lower))} 元不一致"
                    )
                    yield Hit({"detail": detail}, evs(*(a.get("evidence") for a in bad)))
    dec = decision(facts)
    if dec is None:
        return
    for kind in opts["kinds"]:
        imposed, e1 = amount(dec.get("penalty") or {}, kind)
        if imposed is None:
            continue
        notice = notice_of(dec, docs(facts, *opts["notice_types"]))
        proposed, e2 = amount((notice.get("penalty") or {}) if notice else {}, kind)
        heard = docs(facts, *opts["statement_types"]) or any_marker(facts, "hearing_held")
        if proposed is not None and imposed > proposed + 0.005:
            detail = f"决定书{NAMES[kind]} {yuan(imposed)} 元与事先告知书拟处 {yuan(proposed)} 元不一致"
            yield Hit({"detail": detail}, evs(e1, e2))
        elif proposed is not None and imposed < proposed - 0.005 and not heard:
            detail = f"决定书{NAMES[kind]} {yuan(imposed)} 元低于事先告知书 {yuan(proposed)} 元"
            detail += "，案卷无陈述申辩或听证记录"
            yield Hit({"detail": detail}, evs(e1, e2))
        conf = amount(dec.get("penalty") or {}, "confiscation")[0] or 0.0
        late = largest_amount(facts, "late_fine") or 0.0
        accepted = (
            {imposed, imposed + conf, imposed + late, imposed + conf + late} if kind == "fine" else {imposed}
        )
        for doc in docs(facts, *opts["compare_types"]):
            stated = [a for a in amounts(doc, kind) if isinstance(a.get("value"), int | float)]
            if not stated and kind == "fine":  # 结案 forms often say 已缴纳罚款X元 (read as a payment)
                stated = [a for a in amounts(doc, "payment") if isinstance(a.get("value"), int | float)]
            # 罚款20000元；对江海涛罚款3000元: a form listing the decision's fines one by one (双罚 in one
            # decision) agrees with it when they add up to it
            listed = {a["value"] for a in stated}
            if len(listed) > 1 and any(abs(sum(listed) - v) <= 0.005 for v in accepted):
                continue
            if stated and all(abs(a["value"] - v) > 0.005 for a in stated for v in accepted):
                said = yuan(stated[0]["value"])
                detail = f"{doc.get('ref')} 记载{NAMES[kind]} {said} 元，与决定书 {yuan(imposed)} 元不一致"
                yield Hit({"detail": detail}, evs(stated[0].get("evidence"), e1))


def _put_right(upper: set[float], lower: set[float], fixes: set[tuple[float, float]]) -> bool:
    """A correction turns each figure one form alone holds (the 小写 or the 大写) into the other's."""
    pairs = ((lower - upper, upper), (upper - lower, lower))  # what one form alone holds, the other's
    return any(
        odd and all(any((round(v, 2), round(w, 2)) in fixes for w in to) for v in odd) for odd, to in pairs
    )


_TWIN_GAP = 16  # 人民币壹拾叁万元整（¥150000元）: the figures follow the words within a few characters


def _forms(found: list[dict[str, Any]]) -> tuple[set[float], set[float], list[dict[str, Any]]]:
    """The 大写 and 小写 values to compare and the amounts that disagree. With positions, only a
    小写 right beside its 大写 is its twin (罚款壹拾贰万元 for one violation is no form of the total
    合并罚款壹拾伍万元（¥150000元）, nor is a 双罚 manager's 5000元); a document with no such twin, or
    without positions, compares all of each form (罚款伍仟元整 … 缴纳罚款6000元)."""
    spans = [(a, (a.get("evidence") or {}).get("start"), (a.get("evidence") or {}).get("end")) for a in found]
    if any(s is None or e is None for _a, s, e in spans):
        return _all_forms(found)
    uppers = [(a, s, e) for a, s, e in spans if a.get("form") == "upper"]
    lowers = [(a, s, e) for a, s, e in spans if a.get("form") in ("lower", "mixed")]
    pairs = []
    for u, us, ue in uppers:  # its nearest figures, either side: 罚款200000元（大写：贰万元整）
        gaps = [(ls - ue if ls >= ue else us - le, i) for i, (_lo, ls, le) in enumerate(lowers)]
        near = min(((g, i) for g, i in gaps if 0 <= g <= _TWIN_GAP), default=None)
        if near is not None:
            pairs.append((u, lowers[near[1]][0]))
    if not pairs:  # no twin beside its words: the words and the figures of the document answer each other
        return _all_forms(found)
    bad = [a for pair in pairs if pair[0]["value"] != pair[1]["value"] for a in pair]
    return {u["value"] for u, _ in pairs}, {lo["value"] for _, lo in pairs}, bad


def _all_forms(found: list[dict[str, Any]]) -> tuple[set[float], set[float], list[dict[str, Any]]]:
    upper = {a["value"] for a in found if a.get("form") == "upper"}
    lower = {a["value"] for a in found if a.get("form") in ("lower", "mixed")}
    return upper, lower, [a for a in found if a["value"] not in upper & lower]

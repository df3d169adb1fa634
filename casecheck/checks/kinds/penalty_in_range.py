"""penalty_in_range — the fine lies within what the cited penalty provision allows (LAW-05).

Options: ``base_kinds`` (the amount kind for each statutory base: 货值金额 → goods_value …);
``mitigation_levels`` allowing a fine below the minimum (减轻) with a reason stated; ``area_kind``
(an area in m², for fines per square metre); ``condition_markers`` (escalation condition → marker).

The range is the catalog's for the version in force on the decision date (or the older one the
citation names: …（2014年修正）), for the party kind and the 货值/违法所得 base stated in the file;
with several penalty citations the fine must fit one. A provision with an escalated alternative
(责令限期改正，处十万元以下的罚款；逾期未改正的，处十万元以上二十万元以下的罚款) is judged against
its base range unless the file states the condition (逾期未改正, 情节严重 …): a fine only the
escalated range allows, in a file that never says the condition holds, is a finding. A 款 that
fixes its fines by reference (有前款第一项…行为之一，处…) is read for the 项 the file cites. A fine set
per unit (每人100元以上500元以下的标准) is judged for the number the decision states (``fine_count``),
else 无法评查; so is an unparsed provision, a range needing a base, a law without text, a fine unread.

Example: 罚款 300000 under a provision allowing 5万–10万 → ``{"fine": "300,000", "range": "50,000–100,000"}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casecheck.checks.lawversions import named_day
from casecheck.checks.ranges import (
    BASE_KINDS,
    DAILY,
    by_reference,
    condition_check,
    daily_fine,
    file_base,
    per_measure,
    verdict,
)
from casecheck.checks.util import (
    Context,
    Hit,
    Opt,
    Unknown,
    amount,
    cite_text,
    decision,
    docs,
    event,
    evs,
    iter_citations,
    largest_amount,
    party_kind,
    yuan,
)

ID = "penalty_in_range"
OPTIONS = {
    "base_kinds": Opt(dict, BASE_KINDS),
    "mitigation_levels": Opt(list, ["减轻"]),
    "area_kind": Opt(str, "area"),
    "condition_markers": Opt(dict, {"逾期未改正": "uncorrected", "情节严重": "serious"}),
}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit when the fine lies outside every cited provision's range."""
    dec = decision(facts)
    fine, e_fine = amount((dec or {}).get("penalty") or {}, "fine")
    cites = [c for c in iter_citations(facts, ("penalty",)) if c.get("article")]
    if dec is not None and cites and not fine and "罚款" in ((dec.get("penalty") or {}).get("kinds") or ()):
        yield Unknown("决定书处以罚款，但未能识别罚款数额，无法核对处罚幅度")
    if dec is None or not fine or not cites:
        return
    from casecheck.laws import catalog

    if (decided := event(facts, "decision")[0] or event(facts, "violation")[0]) is None:
        yield Unknown("缺少决定日期，无法核对处罚幅度")
        return
    kind, ranges, why, daily = party_kind(facts), [], None, False
    count = (dec.get("penalty") or {}).get("fine_count") or {}  # a fine per unit: how many
    for c in cites:
        title = catalog.resolve_title(c.get("law") or "")
        if title is None:
            continue
        day = named_day(catalog, title, c, decided)  # 《…》（2014年修正）: judged as cited
        ref = f"{c['article']}之{c['sub']}" if c.get("sub") else c["article"]
        r, base = catalog.penalty_range(title, day, ref, c.get("paragraph"), c.get("item"), kind), None
        if r is not None and r.min_yuan is None and r.base_kind:
            base = file_base(facts, r.base_kind, opts["base_kinds"])
            r = catalog.penalty_range(title, day, ref, c.get("paragraph"), c.get("item"), kind, base)
        if r is not None and r.confidence == "low" and not c.get("sub"):
            r = by_reference(title, day, c, cites, kind) or r
            if r.confidence == "low":  # 每平方米… / 每人…的标准: times the file's area or count
                r, w = per_measure(r, largest_amount(facts, opts["area_kind"]), count, title, day)
                if w:  # 按每人计算的罚款，决定书未写明数量; 按日连续处罚: the daily fine is judged
                    why, daily = f"{cite_text(c)} {w}", daily or w.startswith(DAILY)
                    continue
        elif r is not None and "有前款" in r.quote and not c.get("sub"):
            # a 款 fixing fines by reference, cited with the 项: the 项's range, not the 款's widest
            r = by_reference(title, day, c, cites, kind) or r
        if r is None or r.confidence == "low" or r.min_yuan is None:
            why = f"{cite_text(c)} 的罚款幅度无法确定"
            continue
        ranges.append((c, r, base))
    if not ranges:
        yield Unknown(why or "处罚依据不在法规库中，无法核对处罚幅度")
        return
    if daily:  # 按日连续处罚 with the original provision cited: each day's fine is within its range
        fine, e_fine = daily_fine(dec.get("penalty") or {})
        if fine is None:
            yield Unknown("按日连续处罚的罚款，决定书未写明每日数额，无法核对")
            return
    disc = [d.get("discretion") or {} for d in (dec, *docs(facts, "调查终结报告"))]
    mitigated = any(d.get("level") in opts["mitigation_levels"] and d.get("reason") for d in disc)
    stated = condition_check(facts, opts["condition_markers"])
    outside, unsure = [], None
    for c, r, base in ranges:
        v, lo, hi = verdict(r, fine, base, mitigated, stated)
        if v == "pass":
            return
        if v == "outside":
            outside.append((c, lo, hi, "per_unit" in r.flags))
        else:
            unsure = f"{cite_text(c)} 的罚款幅度取决于案卷未载明的情形（{r.quote[:40]}…），无法核对"
    if not outside:
        yield Unknown(unsure or "无法核对处罚幅度")
        return
    c, lo, hi, counted = outside[0]
    top = yuan(hi) if hi is not None else "不限"
    yield Hit(
        {"fine": yuan(fine), "range": f"{yuan(lo)}–{top}", "citation": cite_text(c)},
        evs(e_fine, c.get("evidence"), count.get("evidence") if counted else None),
    )

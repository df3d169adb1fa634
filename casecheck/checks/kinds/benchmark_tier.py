"""benchmark_tier — the fine lies in the band of the discretion tier the file states (DISC-02).

Options:
  base_kinds: amount kinds that may serve as the benchmark's base (货值金额/违法所得/建设工程造价).
  skip_levels: stated levels that are outside any benchmark band by design (减轻, 不予处罚).
  evidence: the benchmark evidence grades the profile applies (``$benchmark_evidence``): the
    default profile applies published benchmarks only (P, G, 3P, unverified), never the
    ``constructed`` 30/40/30 illustrations, which a real file following its own provincial
    benchmark would contradict.

Applies only when the shipped benchmarks cover a cited penalty provision, and only to agencies of
the benchmark's ``jurisdiction`` (a province's benchmark binds its own agencies; one whose issuer is
unknown is 无法评查; the ``constructed`` illustrations bind the generated cases they were made for).
With no tier stated, the fine must lie in some tier's band. A stale benchmark (its basis changed
since) or a band that needs a base the file does not give is 无法评查.

Example: tier 从轻 with band 5万–6.5万 and fine 80000 → ``{"tier": "从轻", "band": "50,000–65,000", …}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import (
    Context,
    Hit,
    Opt,
    Unknown,
    agency_name,
    amount,
    decision,
    docs,
    event,
    evs,
    iter_citations,
    largest_amount,
    yuan,
)

ID = "benchmark_tier"
# province-level names as agency names carry them (浙江省…, 广西壮族自治区…)
PROVINCES = (
    "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江",
    "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆",
    "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆",
)  # fmt: skip
OPTIONS = {
    "base_kinds": Opt(list, ["goods_value", "illegal_gain", "construction_cost"]),
    "skip_levels": Opt(list, ["减轻", "不予", "不予处罚"]),
    "evidence": Opt(list, ["P", "G", "3P", "unverified"]),
}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit when the fine is outside the stated tier's band (or every band)."""
    dec = decision(facts)
    fine, e_fine = amount((dec or {}).get("penalty") or {}, "fine")
    if dec is None or not fine:
        return
    from casecheck.laws.benchmarks import benchmark_stale, find_benchmark

    found = [
        (
            c,
            find_benchmark(
                c.get("law") or "", c["article"], c.get("paragraph"), c.get("item"), opts["evidence"]
            ),
        )
        for c in iter_citations(facts, ("penalty",))
        if c.get("article")
    ]
    found = [(c, b) for c, b in found if b is not None]
    if not found:
        return
    c, bm = found[0]
    agency = agency_name(facts)
    if bm.jurisdiction is None and bm.evidence != "constructed":
        yield Unknown(f"裁量基准 {bm.id} 的制定机关不明，无法确认其适用于{agency or '本机关'}")
        return
    if bm.jurisdiction is not None and not any(w in agency for w in bm.jurisdiction):
        if any(p in agency for p in PROVINCES):
            return  # another province's agency: the benchmark does not bind it
        yield Unknown(f"未能确定{agency or '作出机关'}是否在裁量基准 {bm.id} 的适用地域内")
        return
    day = event(facts, "decision")[0]
    stale = benchmark_stale(bm, day) if day else "缺少决定日期"
    if stale:
        yield Unknown(stale)
        return
    levels = [(d.get("discretion") or {}) for d in (dec, *docs(facts, "调查终结报告"))]
    level = next((d.get("level") for d in levels if d.get("level")), None)
    if level in opts["skip_levels"]:
        return
    # the first kind the file states is the base (货值 before 违法所得)
    base = next((v for v in (largest_amount(facts, k) for k in opts["base_kinds"]) if v is not None), None)
    tiers = [bm.tier(level)] if level and bm.tier(level) else ([] if level else list(bm.tiers))
    if not tiers:
        yield Unknown(f"基准 {bm.id} 无“{level}”档次")
        return
    spans = []
    for t in tiers:
        band = bm.band_for(t.name, base)
        lo, hi = band.yuan_range(base) if band else (None, None)
        if lo is None and hi is None:
            continue
        spans.append((t.name, lo, hi))
        if (lo is None or fine >= lo - 0.005) and (hi is None or fine <= hi + 0.005):
            return
    if not spans:
        yield Unknown(f"基准 {bm.id} 的档次幅度需要货值/违法所得金额，案卷未载明")
        return
    name, lo, hi = spans[0] if level else (f"任一档次（{bm.id}）", spans[0][1], spans[-1][2])
    yield Hit(
        {"tier": name, "band": f"{yuan(lo)}–{yuan(hi)}", "fine": yuan(fine), "benchmark": bm.id},
        evs(e_fine, c.get("evidence")),
    )

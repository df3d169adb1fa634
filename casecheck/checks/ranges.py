"""Statutory ranges as a case meets them: 款 that fix fines by reference, escalation conditions.

Helpers of ``penalty_in_range`` (LAW-05) that read the law catalog or the documents' wording
rather than one fact: a 款 written 有前款第一项、第八项行为之一，处…的罚款 gets the range of the 项
the file cites, and an escalated alternative (逾期未改正的, 情节严重的) applies only when the file
says its condition holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from typing import Any

from casecheck.checks.util import DECISION_TYPES, all_docs, has_marker, largest_amount

# How a file states an escalation condition: the statute's words, or their common variants.
_UNCORRECTED = re.compile(r"(逾期|期满|到期|拒不|仍)[^，。；]{0,6}?(未|不|没有)[^，。；]{0,2}改正|拒不改正")
_SERIOUS = re.compile(r"情节(特别)?严重")
# 限期改正 ordered means the agency found correction possible; 限期拆除 means it did not.
_ALIASES = {
    "尚可采取改正措施": (re.compile(r"尚可采取改正措施|限期改正"), "correction_ordered"),
    "无法采取改正措施": (re.compile(r"无法采取改正措施|限期拆除"), None),
    "不能拆除": (re.compile(r"不能拆除|无法拆除"), None),
    # 医疗保障基金使用监督管理条例 第三十八条: stated by a loss the file puts a figure on (amount kind)
    "造成医疗保障基金损失": (re.compile(r"造成[^。；，]{0,12}基金[^。；，]{0,4}损失"), "amount:fund_loss"),
}
_REFERENCE = re.compile(r"有前款((?:第[一二三四五六七八九十]+项[、，和或及]*)+)[^，；。]*?之一")
# the party kind a clause of a 款 is for: (第二款：)单位有前款… / 个人有前款…
_PARTY_CLAUSE = re.compile(r"(?:[^：；]*：)?\s*(单位|个人)")
_ITEM = re.compile(r"第([一二三四五六七八九十]+)项")
_NUM = r"[\d.]+|[零一二三四五六七八九十百千万]+"
_PER_AREA = re.compile(rf"每平方米(?P<lo>{_NUM})元以上(?P<hi>{_NUM})元以下")


# the amount kind for each statutory base a fine is a multiple of (the catalog's ``base``)
BASE_KINDS = {
    "货值金额": "goods_value",
    "违法所得": "illegal_gain",
    "销售金额": "goods_value",
    "建设工程造价": "construction_cost",
    "广告费用": "ad_fee",  # …and 商标法 第五十一、五十二、六十条's 违法经营额
    "违法经营额": "business_volume",
    "测绘约定报酬": "contract_fee",  # 测绘法 第五十五条 …: multiples of the fee the contracts agree
    "造成损失金额": "fund_loss",  # 医疗保障基金使用监督管理条例 第三十八条 …
    "骗取金额": "fund_fraud",  # … 第四十条、第四十一条
}


def file_base(facts: dict[str, Any], base_name: str, base_kinds: dict[str, str]) -> float | None:
    """The 货值金额/违法所得 … a range's multiples refer to: the value the decision says it settled on
    (认定…货值金额为…, after a hearing corrected it), else the largest such amount the file states,
    else the side of a threshold it states in words (违法所得不足1万元 / 没有违法所得)."""
    base_kind = base_kinds.get(base_name)
    base = (settled_amount(facts, base_kind) or largest_amount(facts, base_kind)) if base_kind else None
    return base if base is not None else stated_base("\n".join(strings(all_docs(facts))), base_name)


def settled_amount(facts: dict[str, Any], kind: str) -> float | None:
    """The last amount of ``kind`` a decision marks as the one it settled on (``settled``), if any."""
    for doc in reversed(all_docs(facts)):
        if doc.get("doc_type") not in DECISION_TYPES:
            continue
        found = [a for a in doc.get("amounts") or [] if a.get("kind") == kind and a.get("settled")]
        if found and isinstance(found[-1].get("value"), int | float):
            return float(found[-1]["value"])
    return None


def condition_check(facts: dict[str, Any], names: dict[str, str]) -> Callable[[dict[str, Any]], bool | None]:
    """``condition_stated`` for this file: its markers (and ``amount:KIND`` for each kind of amount
    it states), and its strings joined on first need (most ranges need none); ``names``: condition →
    marker name."""
    markers = {name for d in all_docs(facts) for name in (d.get("markers") or {}) if has_marker(d, name)}
    markers |= {f"amount:{a.get('kind')}" for d in all_docs(facts) for a in d.get("amounts") or ()}
    texts: list[str] = []

    def stated(cond: dict[str, Any]) -> bool | None:
        if not texts:
            texts.append("\n".join(strings(all_docs(facts))))
        return condition_stated(cond, texts[0], markers, names)

    return stated


DAILY = "按日连续处罚的罚款以原处罚数额为每日数额"  # per_unit's reason for a rate without bounds


def daily_fine(pen: dict[str, Any]) -> tuple[float | None, dict[str, Any] | None]:
    """The daily amount of a fine imposed 按日连续处罚 (每日罚款2万元): the decision's ``fine_rate``
    per 日, else its fine over the number of 日 it states; ``(None, None)`` when it states neither."""
    rate, count = pen.get("fine_rate") or {}, pen.get("fine_count") or {}
    if rate.get("units") == ["日"] and isinstance(rate.get("value"), int | float):
        return float(rate["value"]), rate.get("evidence")
    days = (count.get("units") or {}).get("日")
    fine = (pen.get("fine") or {}).get("value") if isinstance(pen.get("fine"), dict) else None
    if days and isinstance(fine, int | float) and len(count.get("units") or {}) == 1:
        return round(float(fine) / days, 2), count.get("evidence")
    return None, None


def strings(node: Any) -> Iterator[str]:
    """Every string in a facts subtree (quotes, reasons, values), depth first in order.

    A stack, not nested generators: a string deep in the facts would pass up through one
    generator per level, and the whole case's facts are walked for every fine checked.
    Exact type tests first (facts are plain JSON-like values): the ``isinstance`` tests against a
    union cost ~35% of the walk; other types still get them.
    """
    out: list[str] = []
    stack = [node]
    pop, push, add = stack.pop, stack.extend, out.append
    while stack:
        n = pop()
        t = type(n)
        if t is str:
            add(n)
        elif t is dict:
            push(reversed(n.values()))
        elif t is list or t is tuple:
            push(reversed(n))
        elif t in _SCALARS:
            continue
        elif isinstance(n, str):
            add(n)
        elif isinstance(n, dict):
            push(reversed(n.values()))
        elif isinstance(n, list | tuple):
            push(reversed(n))
    return iter(out)


_SCALARS = frozenset({int, float, bool, type(None)})


def condition_stated(
    cond: dict[str, Any], text: str, markers: set[str], names: dict[str, str]
) -> bool | None:
    """Whether the file states one condition of an escalated clause (``text``: the documents'
    strings; ``markers``: the markers set in any document; ``names``: condition → marker name).

    Base-amount conditions were applied when the range was computed from the file's base, and a
    ``minor`` condition lowers the fine: both count as met. A condition in the statute's own words
    that no marker or alias reads (超过核定载质量百分之三十) is ``None`` when the facts do not quote
    it: the facts hold no full text, so its absence there proves nothing.
    """
    if "base" in cond or cond.get("minor"):
        return True
    if cond.get("serious"):
        return bool(_SERIOUS.search(text)) or names.get("情节严重") in markers
    words = str(cond.get("text") or "")
    marker = names.get(words)
    if marker and marker in markers:
        return True
    for key, (rx, alias) in _ALIASES.items():
        if words.startswith(key):
            return bool(rx.search(text)) or (alias is not None and alias in markers)
    if "改正" in words:  # the statute's own words (警告后不改正) state it as well as the variants
        return bool(_UNCORRECTED.search(text)) or words in text
    return True if words and words in text else None


_UNDER = (
    r"(?:金额)?(?:均|共计|合计|总计)?(?:不足|未达到?|低于|不满|少于|未超过)\s*"
    r"(?P<n>[\d,.]+|[零一二两三四五六七八九十百千万]+)\s*(?P<wan>万)?元(?![的或])"
)
# (not the statute's own clause quoted: 没有违法所得或者违法所得不足1万元的，处…)
_NO_GAIN = re.compile(r"(?:(?:没有|无|未(?:产生|获得|取得))违法所得|违法所得为(?:零|0|〇)元?)(?![的或])")


def stated_base(text: str, base_name: str) -> float | None:
    """The side of a 货值/违法所得 threshold the file states in words when it states no amount:
    ``违法所得不足1万元`` → just under 10000, ``没有违法所得`` → 0 (``None`` when it says neither).
    The ranges whose conditions are on that side are then the file's."""
    from casecheck.laws.numerals import to_decimal

    m = re.search(re.escape(base_name) + _UNDER, text)
    if m:
        n = float(to_decimal(m["n"].replace(",", ""))) * (10000 if m["wan"] else 1)
        return max(n - 0.01, 0.0)
    return 0.0 if base_name == "违法所得" and _NO_GAIN.search(text) else None


def by_reference(title: str, day: date, c: dict[str, Any], cites: list[dict[str, Any]], kind: Any) -> Any:
    """The range a following 款 fixes for the cited 项 (有前款第一项…行为之一，处…), or ``None``.

    The cited 项 is the citation's own (第一款第(一)项 cited) or a sibling citation's of the
    preceding 款 (第一款第(一)项 and 第二款 cited together).
    """
    from casecheck.laws import catalog
    from casecheck.laws.numerals import cn_to_int
    from casecheck.laws.penalties import parse_penalty_text

    art, para = c["article"], c.get("paragraph")
    if c.get("item") and para:
        items, target = {c["item"]}, para + 1
    else:
        items = {
            x["item"]
            for x in cites
            if x.get("item") and x.get("article") == art and para and x.get("paragraph") == para - 1
        }
        target = para
    if not items or not target:
        return None
    ref = catalog.penalty_range(title, day, str(art), target, None, kind)
    if ref is None:
        return None
    fixed: list[Any] = []
    for seg in re.split("[；。]", ref.quote):  # 单位有前款…；…。个人有前款…: each party's sentence
        m = _REFERENCE.search(seg)
        if not m or not items <= {cn_to_int(n) for n in _ITEM.findall(m[1])}:
            continue
        who = _PARTY_CLAUSE.match(seg)
        if who and kind in ("单位", "个人") and who[1] != kind:
            continue  # 单位有前款…；个人有前款…: the other party kind's fine
        parsed = parse_penalty_text(seg[m.end() :].lstrip("，"))
        own = [cl for cl in parsed.clauses if cl.min_yuan is not None and cl.max_yuan is not None]
        if parsed.confidence != "high" or not own or len(own) != len(parsed.clauses):
            return None
        fixed += own
        if kind in ("单位", "个人"):
            break  # the party's own fine
    if not fixed:
        return None
    # the party kind unknown: 单位有前款第一项…；个人有前款第一项… — either party's range may apply
    return replace(
        ref,
        min_yuan=float(min(cl.min_yuan for cl in fixed)),
        max_yuan=float(max(cl.max_yuan for cl in fixed)),
        clauses=tuple(fixed),
        confidence="high",
        flags=tuple(sorted({*(f for f in ref.flags if f != "unparsed"), "by_reference"})),
    )


def per_area(r: Any, area: float | None) -> Any:
    """The range of a fine set per square metre (罚款额为非法占用土地每平方米100元以上1000元以下)
    for ``area`` m², or ``None`` when the provision is not so written or the area is unknown."""
    from casecheck.laws.numerals import to_decimal

    m = _PER_AREA.search(r.quote)
    if m is None or not area:
        return None
    lo, hi = float(to_decimal(m["lo"])) * area, float(to_decimal(m["hi"])) * area
    flags = tuple(sorted({*(f for f in r.flags if f != "unparsed"), "per_area"}))
    return replace(r, min_yuan=lo, max_yuan=hi, confidence="high", flags=flags, clauses=())


def per_measure(
    r: Any, area: float | None, count: dict[str, Any], title: str, day: date
) -> tuple[Any, str | None]:
    """An unparsed range read as a fine per square metre (``per_area``) or per unit (``per_unit``,
    for ``count``: the decision's ``fine_count``; a cited 项's rate may stand in its 款's lead-in):
    ``(range, None)``, ``(r, why)`` when the rate needs a count the decision does not state, or
    ``(r, None)`` when it is neither."""
    from casecheck.laws import catalog

    by_area = per_area(r, area)
    if by_area is not None:
        return by_area, None
    whole = catalog.penalty_range(title, day, r.article, r.paragraph) if r.item else None
    by_unit, why = per_unit(r, count.get("units"), whole.quote if whole else "")
    return by_unit or r, why


def per_unit(r: Any, counts: dict[str, float] | None, lead: str = "") -> tuple[Any, str | None]:
    """The range of a fine set per unit (每人100元以上500元以下, 每辆机动车五千元, 每超限1吨500元) for
    the number of each unit the decision states (``counts``: unit → number, its ``fine_count``).

    ``(range, None)`` when the provision is so written and every unit is counted; ``(None, why)``
    when it is so written but the decision does not say how many (or the rate has no bounds of
    its own: 按日连续处罚 repeats 原处罚数额); ``(None, None)`` when the provision sets no rate.
    ``lead``: the 款 a cited 项 belongs to (有下列行为之一的，…按照受侵害的劳动者每人…), read when the
    项 itself sets no rate.
    """
    from casecheck.laws.penalties import parse_unit_rate

    rate = parse_unit_rate(r.quote) or (parse_unit_rate(lead) if lead else None)
    if rate is None:
        return None, None
    if rate.min_yuan is None or rate.max_yuan is None:
        return None, f"{DAILY}，本条不定幅度"
    if not counts or any(not counts.get(u) for u in rate.units):
        return None, f"按{rate.label()}计算的罚款，决定书未写明数量"
    n = 1.0
    for u in rate.units:
        n *= counts[u]
    n /= rate.per
    flags = tuple(sorted({*(f for f in r.flags if f != "unparsed"), "per_unit"}))
    lo, hi = rate.min_yuan * n, rate.max_yuan * n
    if rate.cap_yuan is not None:  # 每超限1吨罚款500元，最高不超过3万元
        lo, hi = min(lo, rate.cap_yuan), min(hi, rate.cap_yuan)
    return replace(r, min_yuan=lo, max_yuan=hi, confidence="high", flags=flags, clauses=()), None


def verdict(
    r: Any, fine: float, base: float | None, mitigated: bool, stated: Callable[[dict[str, Any]], bool | None]
) -> tuple[str, float | None, float | None]:
    """``("pass", …)``, ``("outside", lo, hi)`` with the range the file's case allows, or
    ``("unknown", …)`` when the file states none of the alternatives the provision's fines depend on.

    Of a provision with conditional alternatives (逾期未改正的, 情节严重的, 无法采取改正措施的 …)
    only the unconditional clauses and those whose conditions ``stated`` confirms are open; a fine
    only a clause with an unverifiable condition (``None``) allows is ``unknown``.
    ``mitigated``: a stated 减轻 allows a fine below the minimum.
    """
    above = r.max_yuan is not None and fine > r.max_yuan + 0.005
    if above or (fine < r.min_yuan - 0.005 and not mitigated):
        return "outside", r.min_yuan, r.max_yuan
    if not {"conditional", "includes_serious"} & set(r.flags) or not r.clauses:
        return "pass", None, None
    spans, unsure = [], False
    for cl in r.clauses:
        said = [stated(cond) for cond in cl.conditions]
        if False in said:
            continue
        lo = cl.min_yuan if cl.min_yuan is not None else _times(cl.min_multiple, base)
        hi = cl.max_yuan if cl.max_yuan is not None else _times(cl.max_multiple, base)
        if lo is None or (hi is None and (cl.max_multiple is not None)):
            return "unknown", None, None
        fits = (fine >= lo - 0.005 or mitigated) and (hi is None or fine <= hi + 0.005)
        if fits and None not in said:
            return "pass", None, None
        unsure |= fits  # allowed only if a condition the facts cannot show holds
        if None not in said:
            spans.append((float(lo), float(hi) if hi is not None else None))
    if unsure or not spans:
        return "unknown", None, None
    tops = [h for _, h in spans]
    top = None if None in tops else max(h for h in tops if h is not None)
    return "outside", min(lo for lo, _ in spans), top


def _times(multiple: float | None, base: float | None) -> float | None:
    return multiple * base if multiple is not None and base is not None else None

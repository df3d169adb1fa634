"""A fine set per unit in a decision: the rate, the number of units and the total they give.

``对你单位每辆车处以罚款人民币五千元，三辆车共计罚款人民币一万五千元`` → rate 5000 per 辆, count 3;
``按每人每月五百元的标准，共罚款6000元`` → rate 500 per 人 and 月, no count; ``每超限1吨罚款500元，超限3.2吨``
→ rate 500 per 1 吨, count 3.2; ``按日连续处罚，每日罚款2万元，共计10日`` → rate 20000 per 日, count 10.

The rate is an amount ``money.classify`` reads as kind ``rate`` (or one in the note right after a
fine: 罚款壹万伍仟元（每辆车伍仟元，共3辆）) with a 每+unit before it (or ``/辆`` after it) in a
clause about a fine; the count is a number of that unit in the same
sentence (not the rate's own ``每超限1吨``) — several different numbers are a guess, and no count
is read then. A rate whose clause never names the fine (当事人每日营业额约200元，…) is none.
``total`` is rate × counts ÷ ``per`` when every unit has its count, else ``None``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from casecheck.extract.fields.money import AmountHit
from casecheck.extract.fields.numerals import to_number
from casecheck.extract.patterns import fast_compile
from casecheck.laws.fine_units import FINE_UNIT_ALIASES, FINE_UNITS

# 每辆车处以罚款 / 按每人每月 / 每超限1吨罚款 / 按受侵害劳动者每人 / 每日罚款: the left of a rate
_LEFT = re.compile(
    rf"每(?P<pre>[^，。；每\d]{{0,4}}?)(?P<n>\d+(?:\.\d+)?|[一两])?\s*(?P<unit>{FINE_UNITS})"
    rf"(?:[^，。；每\d]{{0,8}}?每(?P<unit2>{FINE_UNITS}))?[^，。；\d每]{{0,12}}$"
)
_RIGHT = fast_compile(rf"\s*/\s*(?P<unit>{FINE_UNITS})")  # 5000元/辆
# how a count of each unit is written (3辆, 三辆车, 18名, 共计10日, 3个月, 3.2吨)
_COUNT_UNITS = {"人": "人|名", "日": "日|天", "月": "个月"}
_CN = "一二两三四五六七八九十百千"
_FINE_WORD = re.compile(r"罚")
# …元的罚款 / …元的标准，处以罚款 / …元计算罚款 / …元/辆，共罚款: the fine named right after the rate
_FINE_AFTER = re.compile(r"[^，。；\d]{0,8}?(?:[，,]\s*(?:(?:共计?|并|处以?|予以)[^，。；]{0,14}?)?)?罚")
# 罚款共计人民币壹万伍仟元（每辆车伍仟元，共3辆）: the note right after a fine explains it
_NOTE_OPEN = fast_compile(r"\s*整?\s*[（(][^（）()]*$")
_NOT_RATE = re.compile(r"加处罚款|滞纳金|平方米|㎡|亩")


@dataclass(frozen=True)
class PerUnitFine:
    """A decision's per-unit fine: the rate hit, its units, the counts found (unit → number)
    with the span they cover, and ``total`` (rate × counts, ``None`` unless every unit is counted)."""

    rate: AmountHit
    units: tuple[str, ...]
    per: float
    counts: dict[str, float]
    count_span: tuple[int, int] | None
    total: float | None


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(text.rfind(c, 0, start) for c in "。；;\n") + 1
    his = [i for i in (text.find(c, end) for c in "。；;\n") if i >= 0]
    return lo, min(his) if his else len(text)


_TIME_LIMIT_AFTER = fast_compile(r"\s*(?:以内|之内|内|后|起)")


def _not_a_day_count(text: str, start: int, end: int) -> bool:
    """A 日 number that is a date (4月10日) or a time limit (之日起15日内缴纳, 30日后), not a
    number of days fined."""
    return text[max(0, start - 1)] == "月" or bool(_TIME_LIMIT_AFTER.match(text, end))


def _count(
    text: str, lo: int, hi: int, unit: str, skip: tuple[int, int], pre: str = ""
) -> tuple[float, int, int] | None:
    """The one number of ``unit`` stated in ``text[lo:hi]`` outside ``skip`` (the rate's words);
    with ``pre`` (每超限1吨), only the numbers it qualifies when there are any (车货总质量55吨，超限6吨)."""
    words = _COUNT_UNITS.get(unit, unit)
    rx = re.compile(rf"(?<![\d.每第{_CN}])(?P<n>\d+(?:\.\d+)?|[{_CN}]+)\s*(?:{words})")
    found: dict[float, tuple[int, int]] = {}
    qualified: dict[float, tuple[int, int]] = {}
    for m in rx.finditer(text, lo, hi):
        if skip[0] <= m.start() < skip[1] or (unit == "日" and _not_a_day_count(text, m.start(), m.end())):
            continue  # 每超限1吨 is the rate's own; 4月10日 is a date, 15日内 a time limit
        v = to_number(m["n"])
        if v:
            found.setdefault(float(v), m.span())
            if pre and pre in text[max(lo, m.start() - len(pre) - 2) : m.start()]:
                qualified.setdefault(float(v), m.span())
    found = qualified or found
    if len(found) != 1:
        return None
    ((v, (s, e)),) = found.items()
    return v, s, e


def find_per_unit(text: str, hits: list[AmountHit]) -> PerUnitFine | None:
    """The first per-unit fine among ``hits`` (amounts of ``text``), or ``None``."""
    for i, h in enumerate(hits):
        prev = hits[i - 1] if i else None
        in_note = bool(
            prev and prev.kind in ("fine", "proposed_fine") and _NOTE_OPEN.fullmatch(text, prev.end, h.start)
        )
        if h.kind != "rate" and not (h.kind == "other" and in_note):
            continue
        lo, hi = _sentence(text, h.start, h.end)
        left = text[max(lo, h.start - 24) : h.start]
        m, r = _LEFT.search(left), _RIGHT.match(text, h.end)
        if m is None and r is None:
            continue
        # the rate's own clause speaks of the fine: 每辆车处以罚款…元, 每人300元的标准，处以罚款,
        # 处以罚款人民币5000元/辆, or a note explains the fine before it
        named = (
            in_note
            or _FINE_WORD.search(left[m.start() :] if m else left)
            or _FINE_AFTER.match(text, h.end, hi)
        )
        if not named or _NOT_RATE.search(left[-12:] + text[h.end : h.end + 3]):
            continue  # 每日按罚款数额的百分之三加处罚款, 每平方米200元 (an area's rate: see find_areas)
        if m:
            units = tuple(FINE_UNIT_ALIASES.get(u, u) for u in (m["unit"], m["unit2"]) if u)
            per = float(to_number(m["n"]) or 1) if m["n"] else 1.0
            skip = (h.start - len(left) + m.start(), h.end)
        else:
            units, per, skip = (FINE_UNIT_ALIASES.get(r["unit"], r["unit"]),), 1.0, (h.start, r.end())
        counts: dict[str, float] = {}
        spans: list[tuple[int, int]] = []
        for u in units:
            c = _count(text, lo, hi, u, skip, (m["pre"] or "") if m else "")
            if c is not None:
                counts[u] = c[0]
                spans.append(c[1:])
        span = (min(s for s, _ in spans), max(e for _, e in spans)) if spans else None
        total = None
        if len(counts) == len(units) and per:
            total = round(h.value * math.prod(counts.values()) / per, 2)
        return PerUnitFine(h, units, per, counts, span, total)
    return None


def per_unit_facts(
    fact: Callable[..., dict[str, Any]], text: str, hits: list[AmountHit], dt: str, pen: dict[str, Any]
) -> dict[str, Any]:
    """The penalty keys a per-unit fine adds (``fact``: the document's Fact builder; ``pen``: the
    penalty found so far): ``fine_rate``, ``fine_count`` and, when the document states no total,
    the fine (``proposed_fine`` too in a 告知书) as rate × count with the computation in ``computed``."""
    if not any(a.kind in ("rate", "other") for a in hits):
        return {}  # a rate is kind rate, or other in the note after a fine (壹万伍仟元（每辆车伍仟元…）)
    pu = find_per_unit(text, hits)
    if pu is None:
        return {}
    r = pu.rate
    out = {"fine_rate": fact(r.value, r.start, r.end, units=list(pu.units), per=pu.per)}
    if pu.count_span is None:
        return out
    out["fine_count"] = fact(round(math.prod(pu.counts.values()), 4), *pu.count_span, units=dict(pu.counts))
    if pu.total is None or pen.get("fine") is not None or pen.get("proposed_fine") is not None:
        return out  # a stated total is the fine
    figures = " × ".join(f"{v:g}" for v in (r.value, *pu.counts.values()))
    per = f" ÷ {pu.per:g}" if pu.per != 1 else ""
    lo, hi = min(r.start, pu.count_span[0]), max(r.end, pu.count_span[1])
    out["proposed_fine" if "告知" in dt else "fine"] = fact(
        pu.total, lo, hi, computed=f"{figures}{per} = {pu.total:g}"
    )
    return out

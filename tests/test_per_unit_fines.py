"""Fines set per unit (每人, 每辆, 每超限1吨, 每日): a decision's fine is its total, a provision's
per-unit figure is a rate.

Decision side: the rate and the count are kept with their evidence, a stated total is the fine,
and a rate with a count and no total gives rate × count with the computation recorded. Provision
side: ``parse_unit_rate`` reads the unit(s) and the bounds per unit; LAW-05 itself is exercised by
the ``test_*per_*`` cases of ``tests/rules/LAW-005.yaml``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from casecheck.checks.ranges import per_unit
from casecheck.extract.document import extract_document
from casecheck.laws.catalog import PenaltyRange
from casecheck.laws.penalties import parse_penalty_text, parse_unit_rate
from casecheck.model import Document


def _penalty(text: str, doc_type: str = "行政处罚决定书") -> dict[str, Any]:
    doc = Document(doc_type, doc_type, None, "f.txt", (1, 1), text, (0,))
    return extract_document(doc)["penalty"]


def _quote(text: str, fact: dict[str, Any]) -> str:
    """The text the fact's evidence offsets point at (and the quote must be that text)."""
    ev = fact["evidence"]
    assert text[ev["start"] : ev["end"]] == ev["quote"]
    return ev["quote"]


# (decision sentence, fine, rate, units, count, quote of the fine's evidence)
STATED_TOTAL = [
    (
        "本机关决定：对你单位每辆超限车辆处以罚款人民币五千元，三辆车共计罚款人民币一万五千元。",
        15000.0,
        5000.0,
        ["辆"],
        {"辆": 3.0},
    ),
    ("本机关决定：按每人每月五百元的标准，共罚款6000元。", 6000.0, 500.0, ["人", "月"], None),
    ("本机关决定：每超限一吨处罚款五百元，超限3.2吨，罚款1600元。", 1600.0, 500.0, ["吨"], {"吨": 3.2}),
    (
        "本机关决定：按日连续处罚，每日罚款2万元，共计10日，罚款20万元。",
        200000.0,
        20000.0,
        ["日"],
        {"日": 10.0},
    ),
]


@pytest.mark.parametrize(("text", "fine", "rate", "units", "counts"), STATED_TOTAL)
def test_a_stated_total_is_the_fine_and_the_rate_is_kept(
    text: str, fine: float, rate: float, units: list[str], counts: dict[str, float] | None
) -> None:
    pen = _penalty(text)
    assert pen["fine"]["value"] == fine
    assert "computed" not in pen["fine"]
    assert pen["fine_rate"]["value"] == rate and pen["fine_rate"]["units"] == units
    assert _quote(text, pen["fine_rate"]).endswith("元")
    if counts is None:
        assert "fine_count" not in pen
    else:
        assert pen["fine_count"]["units"] == counts
        assert _quote(text, pen["fine_count"])[0] in "三3.21"


def test_rate_and_count_without_a_total_give_their_product() -> None:
    text = "经查，你单位超限运输。本机关决定：对你单位每辆车处以罚款人民币五千元，共三辆车。"
    pen = _penalty(text)
    assert pen["fine"]["value"] == 15000.0
    assert pen["fine"]["computed"] == "5000 × 3 = 15000"
    # the fine's evidence runs from the rate to the count
    assert _quote(text, pen["fine"]) == "人民币五千元，共三辆"
    assert pen["fine_rate"]["value"] == 5000.0
    assert (pen["fine_count"]["value"], _quote(text, pen["fine_count"])) == (3.0, "三辆")
    assert "罚款" in pen["kinds"]


def test_per_person_per_month_counts_both_units() -> None:
    text = "本机关决定：你单位招用未成年人2名，按每人每月5000元的标准处以罚款，共计3个月。"
    pen = _penalty(text)
    assert pen["fine"]["value"] == 30000.0
    assert pen["fine"]["computed"] == "5000 × 2 × 3 = 30000"
    assert pen["fine_count"]["units"] == {"人": 2.0, "月": 3.0}


def test_a_rate_alone_is_never_the_fine() -> None:
    """每辆超限车辆处以罚款五千元 with no count and no total: no fine is known, 5000 is not it."""
    text = "本机关决定：对你单位每辆超限车辆处以罚款人民币五千元。"
    pen = _penalty(text)
    assert pen["fine"] is None
    assert pen["fine_rate"]["value"] == 5000.0
    assert "fine_count" not in pen


def test_a_rate_per_tonne_is_not_added_to_the_total() -> None:
    text = "本机关决定：每超限一吨处罚款五百元，超限3.2吨，罚款1600元。"
    assert _penalty(text)["fine"]["value"] == 1600.0  # not 2100


def test_a_late_fine_per_day_is_no_rate() -> None:
    pen = _penalty("决定罚款5000元。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。")
    assert pen["fine"]["value"] == 5000.0
    assert "fine_rate" not in pen


def test_a_notice_proposes_the_product() -> None:
    text = "本机关拟对你单位每辆车处以罚款人民币五千元，共三辆车。"
    pen = _penalty(text, "行政处罚告知书")
    assert pen["proposed_fine"]["value"] == 15000.0 and pen["fine"]["value"] == 15000.0


RATES = [
    (
        "用人单位违反劳动保障法律、法规或者规章延长劳动者工作时间的，由劳动保障行政部门给予警告，"
        "责令限期改正，并可以按照受侵害的劳动者每人100元以上500元以下的标准计算，处以罚款。",
        ("人",),
        "受侵害的劳动者",
        100.0,
        500.0,
    ),
    (
        "娱乐场所招用未成年人的，由劳动保障行政部门责令改正，并按照每招用一名未成年人每月处5000元罚款的标准给予处罚。",
        ("人", "月"),
        "未成年人",
        5000.0,
        5000.0,
    ),
    (
        "对机动车所有人处五千元的罚款；对机动车维修单位处每辆机动车五千元的罚款。",
        ("辆",),
        "机动车",
        5000.0,
        5000.0,
    ),
    (
        "排污单位有下列行为之一的，由生态环境主管部门责令改正，处每次5千元以上2万元以下的罚款",
        ("次",),
        "",
        5000.0,
        20000.0,
    ),
    ("车货总质量超过限值的，每超限1吨罚款500元", ("吨",), "超限", 500.0, 500.0),
]


@pytest.mark.parametrize(("text", "units", "noun", "lo", "hi"), RATES)
def test_provision_rates(text: str, units: tuple[str, ...], noun: str, lo: float, hi: float) -> None:
    rate = parse_unit_rate(text)
    assert rate is not None
    assert (rate.units, rate.noun, rate.min_yuan, rate.max_yuan, rate.per) == (units, noun, lo, hi, 1.0)


def test_daily_penalty_is_a_rate_without_bounds() -> None:
    rate = parse_unit_rate(
        "拒不改正的，依法作出处罚决定的行政机关可以自责令改正之日的次日起，按照原处罚数额按日连续处罚。"
    )
    assert rate is not None and rate.units == ("日",) and rate.min_yuan is rate.max_yuan is None
    assert rate.label() == "每日"


@pytest.mark.parametrize(
    "text",
    [
        "处五千元以上五万元以下的罚款",
        "到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款",
        "罚款额为非法占用土地每平方米100元以上1000元以下",  # an area's rate: LAW-05 reads it per m²
    ],
)
def test_no_rate(text: str) -> None:
    assert parse_unit_rate(text) is None


def test_a_rate_never_becomes_a_fixed_range() -> None:
    """The 款 stays unparsed as a range: its figure is per unit, not the fine."""
    parsed = parse_penalty_text("并按照每招用一名未成年人每月处5000元罚款的标准给予处罚。")
    assert parsed.confidence == "low" and parsed.clauses == ()


def test_a_total_after_the_rate_is_not_a_rate() -> None:
    """并按每人300元标准处以罚款人民币伍仟肆佰元: the amount after the rate's own figure is the total."""
    text = "本局拟对你单位作出警告，并按每人300元标准处以罚款人民币伍仟肆佰元的行政处罚。"
    pen = _penalty(text, "行政处罚告知书")
    assert pen["proposed_fine"]["value"] == 5400.0 and pen["fine_rate"]["value"] == 300.0


def test_a_rate_outside_the_fine_clause_is_not_the_fine_rate() -> None:
    text = "经查，当事人每日营业额约200元，共经营30日，决定罚款5000元。"
    pen = _penalty(text)
    assert pen["fine"]["value"] == 5000.0 and "fine_rate" not in pen


# written other ways: (decision sentence, stated fine, rate, counts)
VARIANTS = [
    ("决定处以罚款共计人民币壹万伍仟元（每辆车伍仟元，共3辆）。", 15000.0, 5000.0, {"辆": 3.0}),
    ("决定对你单位处以罚款人民币5000元/辆，共3辆，合计15000元。", 15000.0, 5000.0, {"辆": 3.0}),
    (
        "对你单位招用的2名未成年人，按照每人每月5000元的标准，处以3个月共计30000元的罚款。",
        30000.0,
        5000.0,
        {"人": 2.0, "月": 3.0},
    ),
    ("决定给予罚款人民币贰万元（每日罚款贰仟元，连续处罚10日）。", 20000.0, 2000.0, {"日": 10.0}),
    # 车货总质量55吨 is no count of the rate's 超限 tonnes
    ("车货总质量55吨，超限6吨，依据规定每超限1吨罚款500元，决定罚款3000元。", 3000.0, 500.0, {"吨": 6.0}),
]


@pytest.mark.parametrize(("text", "fine", "rate", "counts"), VARIANTS)
def test_rate_and_count_written_other_ways(
    text: str, fine: float, rate: float, counts: dict[str, float]
) -> None:
    pen = _penalty(text)
    assert pen["fine"]["value"] == fine
    assert pen["fine_rate"]["value"] == rate
    assert pen["fine_count"]["units"] == counts


def test_a_rate_with_a_cap() -> None:
    rate = parse_unit_rate("车货总质量超过限值的，每超限1吨罚款500元，最高不超过3万元")
    assert rate is not None and (rate.max_yuan, rate.cap_yuan) == (500.0, 30000.0)


def _range(quote: str, item: int | None = None) -> PenaltyRange:
    return PenaltyRange(
        "某规章", date(2020, 1, 1), "10", None, item, None, None, None, None, None, ("罚款",), quote, "low",
        ("unparsed",),
    )  # fmt: skip


def test_range_is_the_rate_times_the_count_within_the_cap() -> None:
    r = _range("每超限1吨罚款500元，最高不超过3万元")
    by_unit, why = per_unit(r, {"吨": 6.0})
    assert why is None and (by_unit.min_yuan, by_unit.max_yuan) == (3000.0, 3000.0)
    by_unit, _ = per_unit(r, {"吨": 80.0})  # 40,000 by the rate, 30,000 by the cap
    assert (by_unit.min_yuan, by_unit.max_yuan) == (30000.0, 30000.0)
    assert per_unit(r, {"辆": 3.0}) == (None, "按每吨计算的罚款，决定书未写明数量")


@pytest.mark.parametrize(
    "limit",
    ["限你单位于收到本决定书之日起15日内缴纳", "请于15日以内到指定银行缴纳", "逾期30日后将依法申请强制执行"],
)
def test_a_time_limit_is_no_count_of_days(limit: str) -> None:
    """按日连续处罚 with a daily amount and a payment deadline: 15日内 is no number of days fined."""
    pen = _penalty(f"本机关决定对你单位按日连续处罚，每日罚款2万元，{limit}。")
    assert pen["fine"] is None
    assert "fine_count" not in pen


def test_a_bound_before_the_amount_is_a_maximum() -> None:
    rate = parse_unit_rate("逾期不改正的，按日处罚，每日罚款不超过1万元。")
    assert rate is not None and (rate.min_yuan, rate.max_yuan) == (0.0, 10000.0)


@pytest.mark.parametrize(
    "text",
    [
        "处每人一千元以上五千元以下罚款；情节严重的，处每人五千元以上一万元以下罚款。",
        "对单位处每辆车五千元罚款，对个人处每辆车一千元罚款。",
    ],
)
def test_alternative_rates_are_left_unread(text: str) -> None:
    """Rates that differ by 情节 or by party: one reading would judge some fines by the wrong one."""
    assert parse_unit_rate(text) is None

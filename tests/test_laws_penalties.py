"""罚则 parsing: fixed ranges, multiples, conditions, parties, kinds, and rows that must stay null."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casecheck.laws.numerals import int_to_cn
from casecheck.laws.penalties import find_kinds, parse_penalty_text

# text → expected clauses as (party, conditions, min_yuan, max_yuan, min_multiple, max_multiple, base)
CASES: list[tuple[str, list[tuple[Any, ...]]]] = [
    ("处五万元以上十万元以下罚款", [(None, [], 50000, 100000, None, None, None)]),
    ("处二千元以下罚款", [(None, [], 0, 2000, None, None, None)]),
    ("处二百元以上二千元以下罚款", [(None, [], 200, 2000, None, None, None)]),
    ("处一百万元以上二百万元以下的罚款", [(None, [], 1_000_000, 2_000_000, None, None, None)]),
    ("处3000元以上1万元以下的罚款", [(None, [], 3000, 10000, None, None, None)]),
    ("并处五千元罚款", [(None, [], 5000, 5000, None, None, None)]),
    ("处警告或者五百元以下罚款", [(None, [], 0, 500, None, None, None)]),
    ("处五日以下拘留或者五百元以下罚款", [(None, [], 0, 500, None, None, None)]),
    (
        "货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款",
        [
            (None, [{"base": "货值金额", "op": "<", "yuan": 10000}], 50000, 100000, None, None, None),
            (None, [{"base": "货值金额", "op": ">=", "yuan": 10000}], None, None, 10, 20, "货值金额"),
        ],
    ),
    (
        "处违法所得5倍以下的罚款；没有违法所得的，处5万元以上50万元以下的罚款",
        [
            (None, [], None, None, 0, 5, "违法所得"),
            (None, [{"base": "违法所得", "op": "none"}], 50000, 500000, None, None, None),
        ],
    ),
    (
        "责令改正，对单位处五万元以上十万元以下的罚款，对直接负责的主管人员和其他直接责任人员处一万元以上五万元以下的罚款",
        [("单位", [], 50000, 100000, None, None, None), ("责任人员", [], 10000, 50000, None, None, None)],
    ),
    (
        "处二千元以上二万元以下的罚款；情节严重的，处二万元以上五万元以下的罚款",
        [
            (None, [], 2000, 20000, None, None, None),
            (None, [{"serious": True}], 20000, 50000, None, None, None),
        ],
    ),
    (
        "处违法生产、销售产品货值金额百分之五十以上三倍以下的罚款",
        [(None, [], None, None, 0.5, 3, "货值金额")],
    ),
    (
        "处挪用费用20%以上50%以下的罚款",
        [(None, [], None, None, 0.2, 0.5, "挪用费用")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_parses(text: str, expected: list[tuple[Any, ...]]) -> None:
    parsed = parse_penalty_text(text)
    assert parsed.confidence == "high"
    got = [
        (c.party, list(c.conditions), c.min_yuan, c.max_yuan, c.min_multiple, c.max_multiple, c.base)
        for c in parsed.clauses
    ]
    assert got == expected


# Texts whose amount cannot be read reliably: the range must stay null (confidence low).
UNPARSEABLE = [
    "由县级以上地方人民政府交通运输主管部门责令停止经营，并处罚款",
    "依照前款规定处以罚款",
    "对机动车维修单位处每辆机动车五千元的罚款",
    "罚款额为非法占用土地每平方米100元以上1000元以下",
    "违法零售的药品货值金额不足一万元的，按一万元计算，处货值金额十倍以上二十倍以下的罚款",
]


@pytest.mark.parametrize("text", UNPARSEABLE)
def test_unreliable_text_leaves_range_null(text: str) -> None:
    parsed = parse_penalty_text(text)
    assert parsed.confidence == "low"
    assert parsed.clauses == ()


def test_no_fine_is_not_a_fine() -> None:
    parsed = parse_penalty_text("责令改正，给予警告")
    assert parsed.confidence == "none" and parsed.kinds == ("警告",)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "没收违法所得和违法生产经营的食品，并处罚款；情节严重的，吊销许可证",
            {"罚款", "没收违法所得", "没收非法财物", "吊销许可证件"},
        ),
        ("责令停产停业，直至吊销许可证", {"责令停产停业", "吊销许可证件"}),
        ("处十日以上十五日以下拘留", {"行政拘留"}),
        ("予以通报批评", {"通报批评"}),
        ("五年内不得从事食品生产经营管理工作", {"限制从业"}),
        ("责令改正", set()),
    ],
)
def test_kinds(text: str, kinds: set[str]) -> None:
    assert set(find_kinds(text)) == kinds


@given(
    lo=st.integers(min_value=1, max_value=9999),
    span=st.integers(min_value=1, max_value=9999),
    unit=st.sampled_from([("元", 1), ("万元", 10_000)]),
)
def test_chinese_amounts_are_exact(lo: int, span: int, unit: tuple[str, int]) -> None:
    """处X元以上Y元以下罚款 with Chinese numerals parses to exactly X and Y."""
    hi = lo + span
    if hi > 9999:
        return
    word, factor = unit
    parsed = parse_penalty_text(f"处{int_to_cn(lo)}{word}以上{int_to_cn(hi)}{word}以下的罚款")
    assert parsed.confidence == "high"
    assert (parsed.clauses[0].min_yuan, parsed.clauses[0].max_yuan) == (lo * factor, hi * factor)


def test_some_income_condition_does_not_bind_a_fixed_fine() -> None:
    """有违法所得的，没收违法所得，并处X元: the fixed fine applies with or without 违法所得."""
    parsed = parse_penalty_text("责令改正，有违法所得的，没收违法所得，并处10万元以上50万元以下罚款")
    assert [c.conditions for c in parsed.clauses] == [()]
    parsed = parse_penalty_text("有违法所得的，没收违法所得，处违法所得2倍以上10倍以下的罚款")
    assert parsed.clauses[0].conditions == ({"base": "违法所得", "op": "some"},)

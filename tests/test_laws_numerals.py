"""Chinese numerals: exact values, round trips and rejected inputs."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casecheck.laws.numerals import cn_to_int, int_to_cn, to_decimal


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一", 1),
        ("十", 10),
        ("十五", 15),
        ("二十", 20),
        ("一百零五", 105),
        ("一百二十四", 124),
        ("二千", 2000),
        ("两千", 2000),
        ("一千五百", 1500),
        ("五万", 50_000),
        ("十万", 100_000),
        ("三十万", 300_000),
        ("一百万", 1_000_000),
        ("一千万", 10_000_000),
        ("二千万", 20_000_000),
        ("一亿", 100_000_000),
        ("２０１３", 2013),
        ("306", 306),
    ],
)
def test_cn_to_int(text: str, value: int) -> None:
    assert cn_to_int(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5万", Decimal(50000)),
        ("1.5万", Decimal(15000)),
        ("3000", Decimal(3000)),
        ("0.5", Decimal("0.5")),
        ("二千", Decimal(2000)),
        ("一百万", Decimal(1_000_000)),
    ],
)
def test_to_decimal(text: str, value: Decimal) -> None:
    assert to_decimal(text) == value


@pytest.mark.parametrize("bad", ["", "元", "五元", "abc", "第一"])
def test_rejects_non_numerals(bad: str) -> None:
    with pytest.raises(ValueError):
        cn_to_int(bad)


@given(st.integers(min_value=1, max_value=9999))
def test_article_numbers_round_trip(n: int) -> None:
    assert cn_to_int(int_to_cn(n)) == n

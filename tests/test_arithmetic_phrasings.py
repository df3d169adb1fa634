"""EVID-03 figures written in words: a count and a 每… rate (每次收取运费80元, 共出车12次)."""

from __future__ import annotations

import pytest

from casecheck.extract.fields.arithmetic import terms_before


def _terms(text: str) -> list[list[float]] | None:
    """The figures before the amount after 共计 (every case states its total so)."""
    return terms_before(text, text.rindex("共计") + 2)


CASES = [
    ("经核实，当事人共出车12次，每次收取运费80元，违法所得共计960元", [[12.0, 80.0]]),
    ("共销售15件，每件售价20元，违法所得共计300元", [[15.0, 20.0]]),
    # two 每 rates (进价 and 售价): which the amount is of is a guess
    ("每件进价10元，每件售价15元，售出20件，违法所得共计100元", None),
    # an estimate is not recomputed
    ("经营3日，每日营业额约200元，违法所得共计600元", None),
    ("经营3日，每日收入200元左右，违法所得共计600元", None),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_per_unit_rate_in_words(text: str, want: list[list[float]] | None) -> None:
    assert _terms(text) == want

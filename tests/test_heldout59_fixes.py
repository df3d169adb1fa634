"""Fixes from heldout59, retired to development in session 14 after four unopened readings.

Fixtures in new wording, not copied from its cases.
"""

from __future__ import annotations

import re

from casecheck.checks.kinds.issuer_agency import OPTIONS
from casecheck.extract.fields.discretion import find_discretion
from casecheck.extract.fields.money import find_amounts
from casecheck.extract.fields.officers import find_officers


def test_a_base_named_after_a_fines_bracketed_figure_is_no_fine() -> None:
    text = "二、处以罚款人民币贰仟肆佰元整（￥2,400），即违法经营额48,000元的5%。"
    kinds = [(a.kind, a.value) for a in find_amounts(text, "行政处罚决定书")]
    assert ("fine", 48000.0) not in kinds and kinds.count(("fine", 2400.0)) == 2
    # 即 right before the amount still sums the clause up: the fine itself
    assert [a.kind for a in find_amounts("处违法所得二倍的罚款，即人民币6000元。", "行政处罚决定书")] == [
        "fine"
    ]


def test_a_recorder_devices_cell_is_no_officer() -> None:
    text = "记录人\t周敏\t执法记录仪\tZJ-07号，全程录音录像\n检查人员\t周敏（执法证号33010022041）\n"
    assert [o.name for o in find_officers(text)] == ["周敏"]


def test_a_civil_air_defence_office_is_an_agency() -> None:
    allowed = re.compile(OPTIONS["allowed_pattern"].default)
    assert allowed.search("临沂市人民防空办公室")
    assert not allowed.search("临沂市市场监督管理局办公室")


def test_the_laws_condition_quoted_is_no_tier() -> None:
    quoted = "依据该条例第四十条，可以处5000元以下的罚款；情节严重的，处5000元以上3万元以下的罚款。"
    assert find_discretion(quoted) is None
    hit = find_discretion("经查，当事人违法行为情节严重，拟处罚款二万元。")
    assert hit is not None and hit.level == "从重"

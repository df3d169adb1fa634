"""Precision on independently written files (round 2): amount kinds and voucher titles."""

from __future__ import annotations

import pytest

from casecheck.extract.fields.money import find_amounts


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # a total after the listed parts is no 加处罚款 of its own
        ("限你于十日内缴清罚款5000元和加处罚款1200元，共计6200元，否则申请强制执行。", 6200.0, "other"),
        ("应缴罚款：800.00元  滞纳金：0.00元  总计：800.00元", 800.0, "other"),
        # a late fine stated as its own total stays one
        ("逾期三十日，加处罚款合计4500元。", 4500.0, "late_fine"),
        ("滞纳金为人民币600元。", 600.0, "late_fine"),
    ],
)
def test_total_after_parts_is_not_late_fine(text: str, value: float, kind: str) -> None:
    got = [h.kind for h in find_amounts(text) if h.value == value]
    assert got and got[-1] == kind

"""加处罚款 named inside a payment statement (EXEC-01 adds it to the amount due, EXEC-02 caps it).

A 结案 form or a voucher reports what was paid in one sentence: ``缴纳罚款…元及加处罚款…元``. The
amount right after 加处罚款/滞纳金 is the late fine; the other amounts stay payments.
"""

from __future__ import annotations

import pytest

from casecheck.extract.fields.money import find_amounts

CASES = [
    ("结案审批表", "执行情况：当事人于6月3日缴清罚款8000元及加处罚款4800元，共计12800元。", 4800.0),
    ("结案审批表", "已缴纳罚款1500元、加处罚款数额为人民币450元。", 450.0),
    ("缴款凭证", "实缴金额：罚款3000元；滞纳金：￥270元；合计3270元", 270.0),
]


@pytest.mark.parametrize(("doc_type", "text", "late"), CASES)
def test_late_fine_in_a_payment_statement(doc_type: str, text: str, late: float) -> None:
    hits = find_amounts(text, doc_type)
    assert [h.value for h in hits if h.kind == "late_fine"] == [late]
    assert all(h.kind == "payment" for h in hits if h.value != late)


def test_total_after_a_late_fine_stays_a_payment() -> None:
    hits = find_amounts("缴纳加处罚款600元，合计缴纳2600元。", "结案审批表")
    assert [(h.value, h.kind) for h in hits] == [(600.0, "late_fine"), (2600.0, "payment")]

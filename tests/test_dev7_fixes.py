"""Case volumes of the development set dev7 whose lawful features the checks took for defects,
each in new wording; each failed before its fix."""

from __future__ import annotations

from casecheck.checks.vouchers import proofs_of_payment, slip_totals
from casecheck.extract.case import extract_case
from casecheck.extract.fields.markers import find_markers
from casecheck.extract.fields.served import served_block
from casecheck.model import Case, Document


def test_slips_of_two_instalments_on_one_page() -> None:
    def amt(value: float, form: str, start: int) -> dict:
        return {"kind": "payment", "value": value, "form": form, "evidence": {"start": start}}

    two = {"doc_type": "缴款凭证", "title": "电子缴款凭证（两期）",
           "amounts": [amt(30000, "upper", 10), amt(30000, "lower", 20), amt(30000, "upper", 90),
                       amt(30000, "lower", 100)]}  # fmt: skip
    assert slip_totals([two]) == [60000]
    one = {**two, "amounts": two["amounts"][:2]}
    assert slip_totals([one]) == []
    notice = {"doc_type": "缴款凭证", "title": "罚款缴纳通知书", "amounts": two["amounts"][:2]}
    assert proofs_of_payment([notice, one]) == [one]
    assert proofs_of_payment([notice]) == [notice]


def test_a_decision_that_weighs_the_ground_and_refuses_it() -> None:
    text = "经复核：检查后修复系履行改正义务，不属于主动消除违法行为危害后果的情形，申辩意见不予采纳。"
    assert "mitigation_applied" in find_markers(text)
    assert "mitigation_applied" not in find_markers("当事人主动消除违法行为危害后果。")


def test_one_service_record_for_two_documents() -> None:
    text = (
        "送达回证\n受送达人 某某酒店管理有限公司 送达地点 某县某镇北坝路168号送达文书名称及\n文号\n"
        "1.行政处罚决定书（某消行罚决字〔2026〕第0007号）\n2.罚款缴纳通知书（某消缴通字〔2026〕第0007号）\n"
        "送达方式 直接送达\n"
    )
    block = served_block(text)
    assert block["title"] == "行政处罚决定书" and block["doc_number"] == "某消行罚决字〔2026〕第0007号"


def test_a_slip_that_states_its_total_again_is_one_slip() -> None:
    text = "非税收入缴款凭证\n缴款金额：叁万元整 30000.00元\n合计金额：叁万元整 30000.00元\n"
    doc = Document("缴款凭证", "缴款凭证", "非税收入缴款凭证", "v.txt", (1, 1), text, (0,))
    facts = extract_case(Case("c", "v.txt", (), (doc,)))["documents"][0]
    assert slip_totals([facts]) == []

"""Fixes from dev9 (writer 69's eight case volumes, development). Fixtures in new wording."""

from __future__ import annotations

from casecheck.checks.lawversions import version_verdict
from casecheck.extract.fields.citations import find_citations
from casecheck.extract.fields.closing import closing_date
from casecheck.extract.fields.dates import find_dates
from casecheck.extract.fields.events import event_dates
from casecheck.extract.fields.money import find_amounts
from casecheck.extract.fields.party import party_name
from casecheck.extract.fields.payment import payment_terms
from casecheck.ingest.doctypes import classify_title
from casecheck.ingest.text import split_pages
from casecheck.laws import catalog


def test_an_approved_instalment_is_no_second_fine() -> None:
    text = (
        "二、罚款人民币捌万元整（¥80,000.00）。经批准分期缴纳：第一期罚款¥40,000.00于2024年3月1日前缴纳，"
        "第2期罚款¥40,000.00于2024年5月1日前缴纳。"
    )
    kinds = [(a.kind, a.value) for a in find_amounts(text, "行政处罚决定书")]
    assert kinds.count(("fine", 80000.0)) == 2
    assert kinds.count(("installment", 40000.0)) == 2


def test_an_application_or_a_deferral_to_pay_is_no_payment() -> None:
    assert "payment" not in event_dates("贵公司2024年2月18日提交的分期缴纳罚款申请已收悉。")
    assert "payment" not in event_dates("2024年2月18日，当事人申请延期缴纳罚款。")
    assert event_dates("当事人已于2024年3月1日缴清罚款。")["payment"].iso == "2024-03-01"


def test_due_dates_are_a_decisions_payment_terms() -> None:
    terms = payment_terms(
        "罚款分两期缴纳：首期于2024年3月1日前缴纳，余款于2024年5月1日前缴清，通过省非税收入缴款平台缴纳。"
    )
    assert terms is not None and (terms.form, terms.days, terms.due) == ("date", None, "2024-03-01")
    assert terms.bank == "省非税收入缴款平台"
    assert payment_terms("当事人于2024年3月1日缴纳罚款。") is None  # a payment made, no terms


def test_a_printout_of_a_voucher_and_a_provincial_general_receipt_are_vouchers() -> None:
    assert classify_title("浙江省非税收入一般缴款书(电子) 打印件", loose=True)[0] == "缴款凭证"
    assert classify_title("江西省非税收入通用票据（电子）")[0] == "缴款凭证"
    assert classify_title("行政处罚决定书 打印件") is None


def test_a_numbered_section_may_open_the_partys_label() -> None:
    text = (
        "调查终结报告\n一、当事人:某县丰收种植专业合作社,法定代表人王某。\n"
        "五、定性:当事人系种植专业合作社,不属农户。"
    )
    assert party_name(text, {})[0] == "某县丰收种植专业合作社"


def test_dash_framed_page_numbers_split_a_text_without_form_feeds() -> None:
    text = "立案审批表\n内容\n    — 第1页 —\n询问笔录\n内容\n    — 第2页 —\n决定书\n内容\n    — 第3页 —\n"
    assert [p.split("\n", 1)[0] for p in split_pages(text)][:3] == ["立案审批表", "询问笔录", "决定书"]


def test_an_own_date_field_after_a_sentence_dates_an_opinion() -> None:
    text = (
        "法制审核意见书\n审核人：王某（法律职业资格A2019）。审核日期：2024年5月6日。\n审核意见：同意。\n"
        "审核人签名：王某"
    )
    hit = closing_date(text, "法制审核意见书", find_dates(text))
    assert hit is not None and hit[0].iso == "2024-05-06"


def test_a_procedural_citation_for_a_late_fine_in_the_old_numbering_is_law_04() -> None:
    text = (
        "逾期不缴纳罚款的，本机关将依据《中华人民共和国行政处罚法》第五十一条的规定每日按罚款数额的3%"
        "加处罚款。"
    )
    (cite,) = [c for c in find_citations(text) if c.article == 51]
    assert (cite.role, cite.measure) == ("procedure", "加处罚款")
    c = {
        "law": cite.law,
        "article": 51,
        "paragraph": None,
        "item": None,
        "role": "procedure",
        "measure": "加处罚款",
    }
    from datetime import date

    day = date(2022, 3, 1)
    verdict = version_verdict(catalog, cite.law, c, day, catalog.status(cite.law, day), procedural=True)
    assert verdict is not None and verdict[0] == "hit"
    c72 = {**c, "article": 72, "paragraph": 1, "item": 1}
    assert (
        version_verdict(catalog, cite.law, c72, day, catalog.status(cite.law, day), procedural=True) is None
    )


def test_the_conditions_of_one_licence_leave_the_item_to_the_reviewer() -> None:
    from datetime import date

    from casecheck.laws.specificity import missing_detail

    gas = catalog.in_force("城镇燃气管理条例", date(2023, 5, 1)).article("15")
    gap = missing_detail(gas, 1, None, True, set())
    assert gap is not None and not gap.certain  # 应当具备下列条件: 无法评查, not LAW-02
    duties = catalog.in_force("中华人民共和国安全生产法", date(2023, 5, 1)).article("97")
    gap = missing_detail(duties, None, None, False, set())
    assert gap is not None and gap.certain  # 有下列行为之一的: the 项 must be named

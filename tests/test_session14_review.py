"""Regressions a read-only review of session 14's changes proved, each kept from coming back."""

from __future__ import annotations

from casecheck.extract.fields.citations import find_citations
from casecheck.extract.fields.discretion import find_discretion
from casecheck.extract.fields.events import event_dates
from casecheck.extract.fields.money import find_amounts
from casecheck.extract.fields.payment import payment_terms
from casecheck.ingest.segment import segment
from tests.conftest import text_source


def test_a_one_cell_row_inside_a_boxed_form_starts_no_document() -> None:
    page = (
        "某县市场监督管理局\n送达回证\n┌──────────┬──────────┐\n│送达文书名称及文号│\n"
        "├──────────┼──────────┤\n│行政处罚决定书│\n├──────────┼──────────┤\n"
        "│受送达人│某某商贸有限公司│\n│送达日期│2023年5月11日│\n└──────────┴──────────┘\n"
    )
    assert [d.doc_type for d in segment([text_source([page])])] == ["送达回证"]


def test_a_decision_remade_after_a_review_that_revoked_the_first_is_a_penalty_decision() -> None:
    text = (
        "某区人民政府于2023年3月1日作出行政复议决定：撤销该行政处罚决定，责令本局重新作出处理。\n"
        "本局重新调查后认为，当事人的行为违反了规定。本局决定如下：处以罚款人民币5万元。\n"
        "某区市场监督管理局\n2023年4月2日\n"
    )
    (doc,) = segment([text_source([text])])
    assert doc.doc_type == "行政处罚决定书"


def test_an_application_to_pay_later_is_neither_a_payment_nor_the_violation() -> None:
    dates = event_dates("你公司于2023年10月16日提出的分期缴纳罚款申请收悉。")
    assert "payment" not in dates and "violation" not in dates
    assert event_dates("当事人于2023年5月20日缴清罚款后申请信用修复。")["payment"].iso == "2023-05-20"


def test_a_level_asked_for_or_weighed_and_refused_is_not_the_level() -> None:
    for text in (
        "承办机构建议从轻，经法制审核，当事人不符合从轻处罚情形，建议按一般情形处罚。",
        "当事人提出从轻决定的请求，经复核，理由不成立，不予采纳。",
        "集体讨论意见：有人建议从轻，有人建议从重，经表决，按一般情形处理。",
    ):
        hit = find_discretion(text)
        assert hit is None or hit.level == "一般", text


def test_a_deadline_to_rectify_is_no_payment_term() -> None:
    assert (
        payment_terms("决定：一、责令当事人于2023年6月30日前履行整改义务；二、处以罚款人民币20000元。")
        is None
    )


def test_a_late_fine_said_after_an_on_the_spot_decision_is_not_what_article_51_is_cited_for() -> None:
    text = (
        "依据《中华人民共和国行政处罚法》第五十一条的规定，当场作出如下行政处罚决定：罚款人民币200元，"
        "逾期不缴纳的，每日按罚款数额的百分之三加处罚款。"
    )
    (cite,) = [c for c in find_citations(text) if c.article == 51]
    assert cite.measure is None


def test_the_whole_fine_paid_in_instalments_is_the_fine() -> None:
    text = "本局决定：对当事人处以罚款，准予分期缴纳罚款人民币5万元，于2023年9月1日前缴清。"
    assert [(a.kind, a.value) for a in find_amounts(text, "行政处罚决定书")] == [("fine", 50000.0)]

"""Cases drawn from the retired held-out sets 22 and 23, each in new wording (each failed before
its fix)."""

from __future__ import annotations

from casecheck.extract.fields.events import event_dates
from casecheck.extract.fields.markers import find_markers
from casecheck.extract.fields.money import find_amounts
from casecheck.extract.fields.officers import find_officers
from casecheck.ingest.doctypes import classify_title
from casecheck.ingest.segment import segment
from casecheck.model import Page, SourceFile


def test_a_legal_review_opinion_on_the_line_below_its_label() -> None:
    assert "legal_review_opinion" in find_markers("法制审核意见：\n同意。\n周某\n2021年6月5日")
    assert "legal_review_opinion" not in find_markers("法制审核意见：\n\n负责人意见：同意。")


def test_a_collective_discussion_recorded_on_the_approval_form() -> None:
    assert "collective_decision" in find_markers("局长办公会意见：\n经2021年3月2日局长办公会集体讨论，同意。")
    assert "collective_decision" not in find_markers("集体讨论决定：\n")


def test_figures_in_kilograms_compute_the_gain() -> None:
    text = "销售芹菜52.5kg（20.0kg×6.00元＋32.5kg×5.00元），违法所得合计282.50元。"
    gain = next(h for h in find_amounts(text, "调查终结报告") if h.kind == "illegal_gain")
    assert gain.terms == [[20.0, 6.0], [32.5, 5.0]]


def test_paying_the_tax_itself_is_no_payment_of_a_fine() -> None:
    text = "当事人于2025年4月9日补办申报并缴纳税款300.00元、滞纳金2.10元。"
    assert "payment" not in event_dates(text)
    assert "payment" in event_dates("当事人于2025年4月9日缴纳罚款300元。")


def test_a_number_taken_by_another_labels_line_is_not_the_first_officers() -> None:
    text = "询问人：钟某（执法证号：45030119101） 记录人：黎某（执法证号：\n45030119102）\n被询问人：韦某"
    assert [(o.name, o.certificate) for o in find_officers(text)] == [
        ("钟某", "45030119101"),
        ("黎某", "45030119102"),
    ]


def test_a_major_penalty_cases_discussion_title() -> None:
    assert classify_title("重大行政处罚案件集体讨论记录")[0] == "集体讨论记录"


def test_a_decision_number_printed_above_its_agency_and_title() -> None:
    page1 = "责令改正违法行为决定书\n某环责改〔2023〕3号\n某某公司：\n……\n某某市生态环境局\n2023年3月1日\n"
    page2 = "某环罚字〔2023〕12号\n某某市生态环境局\n行 政 处 罚 决 定 书\n当事人：某某公司\n"
    pages = tuple(Page(i, t, t, (), "text") for i, t in ((1, page1), (2, page2)))
    docs = segment([SourceFile("a.txt", "a.txt", "text", "0", pages)])
    assert docs[-1].doc_type == "行政处罚决定书" and docs[-1].text.startswith("某环罚字")

"""Cases from the second read-only review of session 7's changes (each failed before its fix)."""

from __future__ import annotations

from typing import Any

import pytest

from casecheck.extract.fields.events import event_dates
from casecheck.extract.fields.markers import find_markers
from casecheck.extract.fields.money import find_amounts
from casecheck.extract.fields.officers import find_officers
from casecheck.extract.fields.party import party_name
from casecheck.extract.timeline import _served_event
from casecheck.ingest.segment import segment
from casecheck.model import Page, SourceFile


def _doc_types(*texts: str) -> list[str]:
    pages = tuple(Page(i, t, t, (), "text") for i, t in enumerate(texts, start=1))
    return [d.doc_type for d in segment([SourceFile("a.txt", "a.txt", "text", "0", pages)])]


def test_an_index_listing_numbers_cell_by_cell_starts_no_documents() -> None:
    index = "卷内目录\n序号\n文号\n责任者\n题名\n日期\n页号\n"
    index += "1\n某市监立〔2023〕3号\n某市市场监督管理局\n立案审批表\n2023.05.01\n2\n"
    assert _doc_types(index, "立案审批表\n案由：某案\n") == ["卷内目录", "立案审批表"]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("处罚款5000元，退赔消费者300元", 300.0, "refund"),  # money returned, no fine
        ("违法所得1200元，扣除成本400元", 400.0, "other"),
        ("没收违法所得800元，押金200元予以退还", 200.0, "other"),
    ],
)
def test_an_earlier_amounts_cue_does_not_name_the_next_item(text: str, value: float, kind: str) -> None:
    assert {h.value: h.kind for h in find_amounts(text, "调查终结报告")}[value] == kind


def test_a_pack_size_is_no_computation_of_money() -> None:
    hits = find_amounts("当事人销售500ml×12瓶装白酒10箱，货值金额3600元", "调查终结报告")
    assert next(h for h in hits if h.kind == "goods_value").terms is None


@pytest.mark.parametrize(
    "text",
    [
        "法制审核意见：经法制机构审核，该案事实清楚。",
        "法制审核意见：予以通过。",
        "法制审核意见：可以作出行政处罚决定。",
    ],
)
def test_any_written_legal_review_opinion_counts(text: str) -> None:
    assert "legal_review_opinion" in find_markers(text)


@pytest.mark.parametrize("text", ["法制审核意见：\n领导意见：同意。", "法制审核意见：\t\t\n审批意见：同意"])
def test_the_next_rows_label_is_no_opinion(text: str) -> None:
    assert "legal_review_opinion" not in find_markers(text)


@pytest.mark.parametrize(
    "text",
    [
        "报请负责人集体讨论决定。",
        "本案需经负责人集体讨论决定。",
        "集体讨论决定意见：",
        "负责人集体讨论决定情况：\t\t",
    ],
)
def test_a_request_or_a_blank_row_is_no_collective_decision(text: str) -> None:
    assert "collective_decision" not in find_markers(text)


def test_a_deduction_makes_a_total_no_sum_of_its_list() -> None:
    text = "当事人违法所得3000元，扣除已退还消费者的违法所得1000元，违法所得合计2000元"
    total = [h for h in find_amounts(text, "调查终结报告") if h.kind == "illegal_gain"][-1]
    assert total.terms is None


def test_a_heading_and_the_name_span() -> None:
    assert party_name("x\n", {"受送达人": ("送达时间", 5, 9)}) is None
    text = "当事人：＿＿某某有限公司＿＿\n"
    found = party_name(text, {})
    assert found is not None and text[found[1] : found[2]] == "某某有限公司"


def test_a_fine_paid_with_its_surcharge_is_a_payment() -> None:
    assert "payment" in event_dates("当事人已于2023年6月1日缴纳罚款及滞纳金共计6000元。")


@pytest.mark.parametrize("title", ["行政处罚决定书、责令改正通知书", "行政处罚决定书及责令改正通知书"])
def test_a_receipt_serving_the_decision_with_another_document(title: str) -> None:
    assert _served_event(title) == "decision_served"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("执法人员：王五（执法证编号：2201\n0023001588）\n", [("王五", "22010023001588")]),
        (
            "执法人员：张三 12345678901  检查时间：2023年5月1日\n李四 12345678902\n",
            [("张三", "12345678901"), ("李四", "12345678902")],
        ),
    ],
)
def test_officer_lines_after_the_review(text: str, want: list[Any]) -> None:
    assert [(o.name, o.certificate) for o in find_officers(text)] == want


@pytest.mark.parametrize(
    "text", ["你作为该公司的直接责任人员，", "你单位的违法行为（详见某罚〔2019〕9号处罚决定书）"]
)
def test_dual_penalty_wordings(text: str) -> None:
    assert {"manager_liability", "facts_by_reference"} & set(find_markers(text))


def test_a_receipt_row_without_a_date_keeps_the_receipts_date() -> None:
    from casecheck.extract import sections
    from casecheck.model import Document

    text = "送达文书名称及文号\t送达方式\t受送达人签名\n"
    text += "行政处罚决定书 某罚〔2023〕7号\t直接送达\t张三\n送达日期：2023年5月10日\n"
    doc = Document("送达回证", "送达回证", "送达回证", "a.txt", (1, 1), text, (0,))
    block = sections.served(sections.Ctx(doc))
    assert block["title"] == "行政处罚决定书" and block["date"]["value"] == "2023-05-10"

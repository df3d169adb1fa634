"""Cases from the read-only review of session 7's changes (each failed before its fix)."""

from __future__ import annotations

from typing import Any

import pytest

from casecheck.extract.fields.markers import find_markers
from casecheck.extract.fields.money import find_amounts
from casecheck.extract.fields.officers import find_officers
from casecheck.extract.fields.party import party_name
from casecheck.extract.fields.per_unit import find_per_unit
from casecheck.extract.timeline import build_timeline


def _officers(text: str) -> list[tuple[str, str | None, str]]:
    return [(o.name, o.certificate, o.role) for o in find_officers(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("货值金额：酸奶60.5元，面包48.0元，共计118.5元", [("goods_value", [[60.5], [48.0]])]),
        ("违法所得为3000元，其中2023年1000元，2024年2000元", [("illegal_gain", None)] * 3),
    ],
)
def test_a_list_of_amounts_keeps_its_kind(text: str, want: list[tuple[str, Any]]) -> None:
    got = [(h.kind, h.terms) for h in find_amounts(text, "调查终结报告")]
    assert got[-1] == want[-1] and all(k == want[0][0] for k, _ in got)


def test_the_other_written_form_after_a_comma_is_still_the_fine() -> None:
    hits = find_amounts("决定对当事人罚款人民币叁仟元整，￥5000元。", "行政处罚决定书")
    assert [h.kind for h in hits] == ["fine", "fine"]  # DOC-07 compares them


@pytest.mark.parametrize(
    "text",
    [
        "执法人员：王某、王某某\n",
        "询问人：张伟  记录人：张伟明\n",
        "执法人员：李某、李某某（执法证号：12345678）\n",
    ],
)
def test_a_name_that_starts_another_is_still_an_officer(text: str) -> None:
    assert len(_officers(text)) == 2


def test_a_spaced_party_label_is_no_officer_label() -> None:
    assert _officers("被 询 问 人：王五\n被 检 查 人：赵六\n") == []


def test_a_cut_number_is_read_once() -> None:
    text = "执法人员：高峰（执法证号：22010023004411）、白雪（执法证号：2201\n0023004428）\n"
    assert _officers(text) == [("高峰", "22010023004411", "officer"), ("白雪", "22010023004428", "officer")]


def test_a_short_serial_is_not_joined_to_a_date_below() -> None:
    text = "执法人员：张三（执法证号：12345678）、李四（执法证号：12345679）  编号：07\n2023年5月1日\n"
    assert [c for _, c, _ in _officers(text)] == ["12345678", "12345679"]


def test_a_spaced_recorder_label_keeps_the_recorder_role() -> None:
    assert _officers("询问人：张三（执法证号：12345678）\n记 录 人：李四\n")[-1] == ("李四", None, "recorder")


@pytest.mark.parametrize(
    "text",
    ["法制机构审核意见：\n", "法制科审核意见：无", "法制审核意见：未经法制审核", "法制审核人员意见：\n"],
)
def test_a_blank_or_denying_legal_review_row_is_no_opinion(text: str) -> None:
    assert "legal_review_opinion" not in find_markers(text)


def test_sales_are_no_parts_when_costs_are_taken_off_after_the_total() -> None:
    text = "销售额12000元，销售额10000元，违法所得合计2000元（已扣除进货成本20000元）"
    gain = next(h for h in find_amounts(text, "调查终结报告") if h.kind == "illegal_gain")
    assert gain.terms is None


def test_a_costing_word_leaves_a_list_of_the_totals_own_kind() -> None:
    text = "按进货价计算，货值金额：酸奶60.5元、面包48.0元，共计118.5元"
    total = [h for h in find_amounts(text, "调查终结报告") if h.kind == "goods_value"][-1]
    assert total.terms == [[60.5], [48.0]]


def test_a_note_of_the_amount_itself_keeps_its_figures() -> None:
    gain = [
        h
        for h in find_amounts("违法所得（3瓶×10元＝30元）为50元。", "调查终结报告")
        if h.kind == "illegal_gain"
    ]
    assert gain[-1].value == 50.0 and gain[-1].terms == [[3.0, 10.0]]


@pytest.mark.parametrize(
    ("table", "name"),
    [({"当事人": ("某某市某某区快乐时间", 20, 30)}, "某某市某某区快乐时间"), ({}, "张三")],
)
def test_names_that_end_in_a_heading_word_are_names(table: dict[str, Any], name: str) -> None:
    found = party_name("当事人：张三 性别 男 出生日期\n", {}) if not table else party_name("x\n", table)
    assert found is not None and found[0] == name


def test_the_verb_chu_is_no_unit_of_a_fine() -> None:
    text = "决定按每箱处罚款100元，涉及两处门店。"
    assert find_per_unit(text, find_amounts(text, "行政处罚决定书")) is None


def test_one_decision_served_twice_keeps_its_first_receipts_date() -> None:
    docs: list[dict[str, Any]] = [
        {"ref": "行政处罚决定书", "doc_type": "行政处罚决定书", "date": {"value": "2023-05-30"},
         "doc_number": {"value": "某罚〔2023〕6号"}},
        {"ref": "送达回证", "doc_type": "送达回证", "date": None, "doc_number": None,
         "served": {"title": "行政处罚决定书", "doc_number": None, "date": {"value": "2023-06-01"}}},
        {"ref": "送达回证(2)", "doc_type": "送达回证", "date": None, "doc_number": None,
         "served": {"title": "行政处罚决定书", "doc_number": "某罚〔2023〕6号",
                    "date": {"value": "2023-08-01"}}},
    ]  # fmt: skip
    assert build_timeline(docs)["decision_served"]["value"] == "2023-06-01"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text", ["本局同日对你公司作出某罚〔2023〕6号行政处罚决定书。", "可见某罚〔2023〕6号决定书。"]
)
def test_naming_another_decision_is_no_reference_for_the_facts(text: str) -> None:
    assert "facts_by_reference" not in find_markers(text)

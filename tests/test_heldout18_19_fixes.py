"""Extraction cases drawn from the retired held-out sets 18 and 19, each in new wording (each
failed before its fix)."""

from __future__ import annotations

from casecheck.extract.fields.markers import find_markers
from casecheck.extract.fields.money import find_amounts
from casecheck.ingest.doctypes import classify_title
from casecheck.ingest.segment import segment
from casecheck.model import Page, SourceFile


def test_the_upper_bound_of_a_band_is_no_fine() -> None:
    text = "按裁量基准“一般”档次（个人，罚款五千元至一万元），建议罚款人民币捌仟元。"
    assert [(h.kind, h.value) for h in find_amounts(text, "调查终结报告")] == [
        ("range", 5000.0),
        ("range", 10000.0),
        ("fine", 8000.0),
    ]


def test_sales_listed_one_by_one_are_the_parts_of_the_gain_they_total() -> None:
    text = (
        "销售甲品牌净水器12台，单价980元，销售额11,760元；销售乙品牌滤芯40支，单价65元，销售额2,600元。"
        "违法所得合计14,660元。"
    )
    gain = next(h for h in find_amounts(text, "调查终结报告") if h.kind == "illegal_gain")
    assert gain.terms == [[11760.0], [2600.0]]


def test_a_gain_after_costs_is_not_the_sum_of_the_sales() -> None:
    text = "销售额8,000元，销售额2,000元，扣除进货成本3,000元，违法所得合计7,000元。"
    gain = next(h for h in find_amounts(text, "调查终结报告") if h.kind == "illegal_gain")
    assert gain.terms is None


def test_a_manager_punished_for_the_units_act() -> None:
    assert "manager_liability" in find_markers("你作为公司总经理，是直接负责的主管人员。")


def test_tax_and_agriculture_titles() -> None:
    assert classify_title("税务违法案件立案审批表")[0] == "立案审批表"
    assert classify_title("税务违法案件结案审批表")[0] == "结案审批表"
    assert classify_title("案件处理意见书")[0] == "调查终结报告"


def test_a_title_under_an_agency_line_after_a_rule_starts_a_document_mid_page() -> None:
    rows = "\n".join(f"{i}\t文书{i}\t{i}" for i in range(1, 12))
    page1 = (
        f"卷内文件目录\n序号\t文件名称\t页次\n{rows}\n\n==========\n\n某某县税务局\n税务违法案件立案审批表\n"
    )
    page2 = "询问笔录\n时间：2019年4月2日\n"
    pages = tuple(Page(i, t, t, (), "text") for i, t in ((1, page1), (2, page2)))
    src = SourceFile("a.txt", "a.txt", "text", "0", pages)
    docs = segment([src])
    assert [d.doc_type for d in docs] == ["卷内目录", "立案审批表", "询问笔录"]

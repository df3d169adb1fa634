"""Segmentation: documents by title lines, page ranges, and lines that must not split."""

from __future__ import annotations

import pytest

from casecheck.ingest.doctypes import classify_title
from casecheck.ingest.segment import segment
from tests.conftest import text_source


@pytest.mark.parametrize(
    ("line", "doc_type"),
    [
        ("行政处罚决定书", "行政处罚决定书"),
        ("行 政 处 罚 决 定 书", "行政处罚决定书"),
        ("眉山市彭山区市场监督管理局行政处罚决定书", "行政处罚决定书"),
        ("当场行政处罚决定书", "当场行政处罚决定书"),
        ("不予行政处罚决定书", "不予行政处罚决定书"),
        ("行政处罚事先告知书", "行政处罚事先告知书"),
        ("行政处罚听证告知书", "听证告知书"),
        ("询问笔录", "询问笔录"),
        ("调查询问笔录", "询问笔录"),
        ("现场检查（勘验）笔录", "现场检查笔录"),
        ("立案审批表", "立案审批表"),
        ("案件调查终结报告", "调查终结报告"),
        ("送达回证", "送达回证"),
        ("行政处罚决定书（副本）", "行政处罚决定书"),
        ("结案审批表", "结案审批表"),
        ("卷内目录", "卷内目录"),
        ("重大案件集体讨论记录", "集体讨论记录"),
    ],
)
def test_title_lines_classify(line: str, doc_type: str) -> None:
    hit = classify_title(line)
    assert hit is not None and hit[0] == doc_type


@pytest.mark.parametrize(
    "line",
    [
        "送达文书名称：行政处罚决定书",
        "现向你单位送达《行政处罚决定书》",
        "当事人于2024年3月5日签收了行政处罚决定书",
        "决定书",
        "行政处罚决定书送达后十五日内缴纳罚款，逾期每日按罚款数额的百分之三加处罚款",
    ],
)
def test_body_lines_are_not_titles(line: str) -> None:
    assert classify_title(line) is None


def test_whole_case_pdf_pages_split_into_documents() -> None:
    pages = [
        "立案审批表\n案由：经营超过保质期食品\n负责人意见：同意立案\n2024年3月1日",
        "询问笔录\n询问时间：2024年3月2日9时至10时\n被询问人：张三",
        "（续）以上笔录我已看过，与我说的相符。\n被询问人签名：张三",
        "某某市市场监督管理局\n行政处罚决定书\n某市监罚〔2024〕12号\n当事人：某某超市",
        "送达回证\n送达文书名称：\n行政处罚决定书\n受送达人签名：张三",
    ]
    docs = segment([text_source(pages, "whole.pdf")])
    assert [d.doc_type for d in docs] == ["立案审批表", "询问笔录", "行政处罚决定书", "送达回证"]
    assert [d.pages for d in docs] == [(1, 1), (2, 3), (4, 4), (5, 5)]
    decision = docs[2]
    assert decision.text.startswith("某某市市场监督管理局")  # the agency line above the title belongs to it
    assert decision.page_at(decision.text.index("当事人")) == 4


def test_unpaged_text_splits_mid_page_and_numbers_repeats() -> None:
    text = "询问笔录\n被询问人：甲\n\n询问笔录\n被询问人：乙\n\n行政处罚事先告知书\n拟处罚款"
    docs = segment([text_source([text])])
    assert [d.ref for d in docs] == ["询问笔录", "询问笔录(2)", "行政处罚事先告知书"]


def test_untitled_file_is_classified_by_name_then_content() -> None:
    by_name = segment([text_source(["张三的陈述……"], "03_询问笔录.txt")])
    assert by_name[0].doc_type == "询问笔录"
    by_content = segment([text_source(["经查……依据……决定如下：处以罚款5000元。"], "x.txt")])
    assert by_content[0].doc_type == "行政处罚决定书"


def test_text_before_first_title_is_other() -> None:
    docs = segment([text_source(["案卷封面\n某某超市案", "行政处罚决定书\n当事人：甲"])])
    assert [d.doc_type for d in docs] == ["其他", "行政处罚决定书"]


@pytest.mark.parametrize(
    ("line", "doc_type"),
    [
        ("交通运输行政执法立案登记表", "立案审批表"),
        ("土地违法案件立案呈批表", "立案审批表"),
        ("重大行政处罚案件集体讨论记录", "集体讨论记录"),
        ("重大行政执法决定法制审核意见书", "法制审核意见书"),
        ("广东省非税收入一般缴款书（电子）", "缴款凭证"),
        ("浙江省政府非税收入统一票据（电子）", "缴款凭证"),
        ("当事人陈述申辩记录", "陈述申辩笔录"),
        ("询问笔录（第1次）", "询问笔录"),
        ("消防监督检查记录", "现场检查笔录"),
        ("行政处罚“双公示”记录", "公示记录"),
        ("检验结果告知书", "其他"),
        ("当场行政处罚决定备案表", "其他"),
        ("证件复印件（核对无误）", "其他"),
        ("行政处罚决定呈批表", "行政处罚决定审批表"),
    ],
)
def test_page_top_titles_with_descriptive_prefixes(line: str, doc_type: str) -> None:
    hit = classify_title(line, loose=True)
    assert hit is not None and hit[0] == doc_type


@pytest.mark.parametrize(
    "line", ["现向你单位送达行政处罚决定书", "对当事人作出的行政处罚决定书", "本局已于同日签收告知书"]
)
def test_page_top_sentences_are_not_titles(line: str) -> None:
    assert classify_title(line, loose=True) is None


def test_page_number_before_a_title_still_starts_a_document() -> None:
    pages = ["行政处罚决定书\n当事人：甲\n2024年5月6日", "16    银行缴款回单\n缴款人：甲\n金额：5000元"]
    docs = segment([text_source(pages)])
    assert [d.doc_type for d in docs] == ["行政处罚决定书", "缴款凭证"]


def test_one_document_per_file_titles_with_prefixes() -> None:
    files = [
        text_source(["重大行政处罚决定法制审核意见书\n审核意见：同意"], "10_法制审核.txt"),
        text_source(["案件集体讨论笔录\n时间：2024年5月6日"], "11_集体讨论.txt"),
    ]
    assert [d.doc_type for d in segment(files)] == ["法制审核意见书", "集体讨论记录"]


def test_wrapped_merged_title_is_rejoined() -> None:
    text = "某市某区市场监督管理局执法大队行政处罚决\n定书\n某市监罚〔2024〕1号\n当事人：甲"
    docs = segment([text_source([text])])
    assert docs[0].doc_type == "行政处罚决定书"

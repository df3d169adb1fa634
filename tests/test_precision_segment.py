"""Titles the catalogue missed, so that pages merged into the document before them (DOC-05/08).

Each text is worded for this module; none is copied from a development file. The rows that must
not split guard the form pages whose first line is a field, not a title.
"""

from __future__ import annotations

import pytest

from casecheck.extract.case import SUMMARY_TITLE, extract_case
from casecheck.extract.fields.catalog import catalog_rows
from casecheck.extract.fields.closing import closing_date
from casecheck.extract.fields.signatures import find_signatures
from casecheck.ingest.doctypes import classify_title
from casecheck.ingest.segment import segment
from casecheck.model import Case, Document
from tests.conftest import text_source


@pytest.mark.parametrize(
    ("line", "doc_type"),
    [
        ("税务行政处罚事项告知书", "行政处罚事先告知书"),
        ("案件集体审议记录", "集体讨论记录"),
        ("关于某某建材有限公司无证排污案的调查报告", "调查终结报告"),
        ("现场检查笔录（编号：JC-2023-0117）", "现场检查笔录"),
        ("浙江省政府非税收入通用票据", "缴款凭证"),
        ("财政电子票据", "缴款凭证"),
        ("湖南省非税收入（电子）缴款书", "缴款凭证"),
    ],
)
def test_titles_real_files_print(line: str, doc_type: str) -> None:
    hit = classify_title(line, loose=True)
    assert hit is not None and hit[0] == doc_type


def _types(pages: list[str]) -> list[tuple[str, tuple[int, int]]]:
    return [(d.doc_type, d.pages) for d in segment([text_source(pages)])]


def test_title_with_its_number_on_one_line_starts_a_document() -> None:
    pages = [
        "现场笔录\n检查时间：2024年5月6日\n执法人员签名：甲 乙 2024年5月6日",
        "立案审批表   某交立〔2024〕12号\n当事人：甲\n负责人意见：同意 2024年5月7日",
    ]
    assert _types(pages) == [("现场检查笔录", (1, 1)), ("立案审批表", (2, 2))]


def test_title_with_its_first_field_on_one_line_starts_a_document() -> None:
    pages = [
        "送达回证\n受送达人：甲\n送达日期：2024年5月8日",
        "湖南省非税收入一般缴款书  缴款人：甲  金额：500.00  日期：2024.5.9",
    ]
    assert _types(pages) == [("送达回证", (1, 1)), ("缴款凭证", (2, 2))]


def test_record_below_a_drawn_rule_starts_a_document() -> None:
    page = (
        "法制审核意见\n审核意见：同意。\n审核人：丙 2024年5月3日\n" + "-" * 40 + "\n"
        "案件集体审议记录\n时间：2024年5月4日 主持：丁\n结论：同意。"
    )
    assert _types([page]) == [("法制审核意见书", (1, 1)), ("集体讨论记录", (1, 1))]
    record = "结案审批表\n执行情况：已缴清\n" + "=" * 30 + "\n整改复查记录：2024年6月1日复查，已整改。"
    assert [t for t, _ in _types(["现场笔录\n检查时间：2024年5月6日", record])] == [
        "现场检查笔录",
        "结案审批表",
        "其他",
    ]


@pytest.mark.parametrize(
    "second_page",
    [
        "审批意见：同意。\n负责人：戊 2024年5月9日",  # a form's next page opening with a field
        "公示情况：已于2024年5月20日公示\n承办人：甲",  # a short field named like a record
        "处理意见  负责人：戊",  # a generic heading before a field is no title
    ],
)
def test_form_page_opening_with_a_field_does_not_split(second_page: str) -> None:
    pages = ["结案审批表\n处罚决定：罚款500元", second_page]
    assert _types(pages) == [("结案审批表", (1, 2))]


def test_padded_name_signs_an_opinion_row() -> None:
    hits = find_signatures("负责人意见\t同意立案。邹 涛 2024年3月11日")
    assert [(h.role, h.filled) for h in hits] == [("approver", True)]
    empty = find_signatures("负责人意见\t同意立案。 2024年3月11日")
    assert [(h.role, h.filled) for h in empty] == [("approver", False)]


def test_summary_decision_named_by_its_subtitle() -> None:
    # a 简易程序 decision printed as 某某行政处罚决定书 with （简易） below the title
    assert SUMMARY_TITLE.search("某区税务局\n税务行政处罚决定书\n（简易）\n某税简罚〔2024〕9号")
    assert not SUMMARY_TITLE.search("行政处罚决定书\n（副本）\n某罚〔2024〕9号")


def test_opinion_dated_above_a_drawn_rule() -> None:
    text = (
        "法制审核意见\n审核意见：事实清楚，同意。\n审核人：赵  敏（法律职业资格）   2024年7月25日\n"
        + "-" * 50
    )
    close = closing_date(text, "法制审核意见书")
    assert close is not None and close[0].iso == "2024-07-25"


def test_on_the_spot_form_dated_by_its_decision_time() -> None:
    text = (
        "当场行政处罚决定书\n当事人：某运输公司\n罚款人民币伍佰元。\n处罚地点：某路口\n"
        "处罚时间：2024年6月11日9时20分\n执法人员（签名）：甲、乙\n"
        "当事人（签收人）：丙    2024年6月11日\n        某区某局（印章）"
    )
    close = closing_date(text, "当场行政处罚决定书")
    assert close is not None and close[0].iso == "2024-06-11"
    # a record is not dated by a 处罚时间 it mentions
    assert closing_date("询问笔录\n问：处罚时间：2024年6月11日是否知晓？\n答：知道。", "调查终结报告") is None


def _facts(dt: str, text: str) -> dict:
    doc = Document(dt, dt, dt, "f.txt", (1, 1), text, (0,))
    return extract_case(Case("c", "c", (), (doc,)))  # type: ignore[return-value]


def test_summary_decision_served_on_the_spot() -> None:
    # a 简易 decision typed 行政处罚决定书 by its title, handed over on the spot
    text = (
        "某区税务局\n税务行政处罚决定书\n（简易）\n某税简罚〔2024〕9号\n被处罚人：周某\n决定处以罚款人民币伍拾元。\n"
        "被处罚人签收：周某   2024年4月2日   当场交付\n        某区税务局（章）\n          2024年4月2日"
    )
    facts = _facts("行政处罚决定书", text)
    assert facts["procedure"] == "简易"
    assert facts["timeline"]["decision_served"]["value"] == "2024-04-02"
    # an ordinary decision is served by its receipt, not by its own date
    ordinary = text.replace("（简易）\n", "").replace("当场交付", "")
    assert "decision_served" not in _facts("行政处罚决定书", ordinary)["timeline"]


def test_party_signs_as_receiver() -> None:
    hits = find_signatures("当事人（签收人）：钱某（驾驶员，受委托）    2024年6月11日")
    assert [(h.role, h.filled) for h in hits] == [("party", True)]


@pytest.mark.parametrize(
    ("row", "filled"),
    [
        ("负责人意见\t同意立案\t签名\t邹涛\t2024年3月11日", True),  # the name in its own cell
        ("负责人意见\t同意立案\t签名\t\t2024年3月11日", False),  # the 签名 cell left empty
    ],
)
def test_opinion_row_signed_in_its_own_cell(row: str, filled: bool) -> None:
    assert [(h.role, h.filled) for h in find_signatures(row)] == [("approver", filled)]


def test_catalogue_drawn_as_a_box_table() -> None:
    text = (
        "卷内目录\n│序号│文件名称│文号│日期│页号│\n│1│立案审批表│某立〔2024〕3号│2024.5.6│1│\n"
        "│2│询问笔录│  │2024.5.7│2-3│\n"
    )
    rows = [(r.title, r.first, r.last) for r in catalog_rows(text)]
    assert rows == [("立案审批表", 1, 1), ("询问笔录", 2, 3)]


def test_page_top_title_with_a_long_source_note() -> None:
    pages = [
        "询问笔录\n询问时间：2024年5月6日\n被询问人：甲",
        "收费明细统计表（根据当事人提供的收款记录整理）\n日期\t数量\t金额\n5月1日\t3\t90",
    ]
    assert [t for t, _ in _types(pages)] == ["询问笔录", "其他"]
    # the note is accepted only at a page top, where titles stand
    assert classify_title("收费明细统计表（根据当事人提供的收款记录整理）") is None

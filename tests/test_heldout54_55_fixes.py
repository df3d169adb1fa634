"""Fixes from heldout54 and heldout55, retired to development after readings from session 10 to 14.

Each fixture is written in new wording, not copied from those cases.
"""

from __future__ import annotations

from casecheck.extract.fields.discretion import find_discretion
from casecheck.extract.fields.notice import statement_period
from casecheck.extract.fields.signatures import find_signatures
from casecheck.ingest.normalize import _width, normalize_text
from casecheck.ingest.segment import segment
from tests.conftest import text_source


def test_a_form_framed_in_a_box_under_the_catalog_starts_its_own_document() -> None:
    page = (
        "卷 内 目 录\n\n序号\t文件名称\t页次\n1\t立案审批表\t1\n2\t现场检查笔录\t2\n\n"
        "┌──────────┬──────────────────┐\n"
        "│　　　某县市场监督管理局立案审批表　　　│\n"
        "├──────────┼──────────────────┤\n"
        "│案件来源　│投诉举报　　　　　　│\n│当事人　　│某某商行　　　　　　│\n"
    )
    docs = segment([text_source([page, "现场检查笔录\n检查时间：2021年3月2日\n"])])
    assert [(d.doc_type, d.pages) for d in docs][:2] == [("卷内目录", (1, 1)), ("立案审批表", (1, 1))]


def test_a_framed_row_of_two_cells_is_no_title() -> None:
    page = "卷内目录\n\n1\t立案审批表\t1\n\n┌────┬────┐\n│文书│立案审批表│\n"
    docs = segment([text_source([page])])
    assert [d.doc_type for d in docs] == ["卷内目录"]


def test_a_recipient_row_that_also_asks_for_the_post_is_a_signature_row() -> None:
    filled = find_signatures("收件人签名及职务\t王某某（站长）\n收件日期\t2023年3月1日\n")
    empty = find_signatures("收件人签名及职务\n收件日期\t2023年3月9日\n")
    assert [(h.role, h.filled) for h in filled] == [("recipient", True)]
    assert [(h.role, h.filled) for h in empty] == [("recipient", False)]
    assert [h.role for h in find_signatures("受送达人签名、身份：李某 2023年3月1日")] == ["recipient"]


def test_the_level_before_a_decisions_or_a_proposals_list_is_read() -> None:
    hit = find_discretion("鉴于当事人如实陈述并主动召回，经负责人集体讨论，从轻决定：一、罚款人民币二万元。")
    assert hit is not None and (hit.level, hit.form) == ("从轻", "explicit")
    hit = find_discretion("当事人拒不配合检查，建议从重：罚款八万元、没收违法所得。")
    assert hit is not None and hit.level == "从重"
    assert find_discretion("当事人不符合从轻条件，不予从轻，决定罚款三万元。") is None


def test_a_dated_receipt_under_a_notice_gives_no_statement_period() -> None:
    # the party's receipt line names 听证 and 陈述: its date's day (8月20日) is no 20-day period
    assert statement_period("被告知人签收：赵某 2020年8月20日（表示不要求听证、不陈述）") is None
    assert statement_period("请于签收本告知书之日起五日内提出陈述、申辩或者听证要求。")[:2] == (5, "calendar")


_CUT_PARAGRAPH = (
    "经查明：当事人于二〇二三年五月至七月间，在其经营场所向不特定消费者销售散装白酒，销售金额按照当事人提供的"
    "销售记录进行统计核算，共销售20坛（批号20230512、20230618），按每坛305元计，违法所得共计人民币6100元，"
    "上述事实有询问笔录、销售记录为证，当事人无异议。"
)


def test_a_text_cut_every_n_characters_is_joined_where_a_line_holds_digits() -> None:
    cut = [_CUT_PARAGRAPH[i : i + 40] for i in range(0, len(_CUT_PARAGRAPH), 40)]
    assert [len(x) for x in cut[:3]] == [40, 40, 40]
    assert _width(cut[2]) < 35  # narrower than a full line by its digits: width alone keeps the break
    assert normalize_text("\n".join(cut) + "\n此致。") == _CUT_PARAGRAPH + "\n此致。"


def test_a_narrower_line_is_no_cut_without_three_lines_of_its_length() -> None:
    cut = [_CUT_PARAGRAPH[i : i + 40] for i in range(0, len(_CUT_PARAGRAPH), 40)]
    lines = [cut[0], cut[2], "当事人对上述事实无异议。"]  # two lines of the greatest length
    assert normalize_text("\n".join(lines)).count("\n") == 1  # the full line joins, the narrow one not

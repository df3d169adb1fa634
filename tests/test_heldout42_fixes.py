"""Cases drawn from the retired held-out set 42 (华南 城管 files printed from a case system), each in
new wording (each failed before its fix)."""

from __future__ import annotations

from casecheck.extract.fields.closing import closing_date
from casecheck.extract.fields.served import served_rows
from casecheck.ingest.segment import segment
from casecheck.model import Page, SourceFile


def test_a_print_stamp_over_each_page_is_no_content() -> None:
    stamp = "案件编号：HN4601002021010200077\n打印时间：2021-06-30 09:41 第{n}页 共3页\n"
    pages = (
        stamp.format(n=1) + "立案审批表\n案由：某某案\n负责人意见：同意。王某 2021年3月2日\n",
        stamp.format(n=2) + "询问笔录\n时间：2021年3月3日9时\n询问人：甲某 乙某\n",
    )
    source = SourceFile(
        "a.txt", "a.txt", "text", "0", tuple(Page(i, t, t, (), "text") for i, t in enumerate(pages, 1))
    )
    assert [(d.doc_type, d.pages) for d in segment([source])] == [
        ("立案审批表", (1, 1)),
        ("询问笔录", (2, 2)),
    ]


def test_a_print_stamp_dates_no_form() -> None:
    text = "立案审批表\n案由：某某案\n负责人意见：同意立案。\n案件编号：HN4601\n打印时间：2021-06-30 09:41\n"
    assert closing_date(text, "立案审批表") is None


def test_a_review_date_closing_a_row_of_fields() -> None:
    text = "法制审核意见书\n审核机构：法制科 审核人：甲某、乙某 审核日期：2021年5月9日\n意见：同意。\n"
    hit = closing_date(text, "法制审核意见书")
    assert hit is not None and hit[0].iso == "2021-05-09"


def test_two_served_documents_stacked_in_one_receipt() -> None:
    text = (
        "送 达 回 证\n送达文书 行政处罚告知书（某综执告〔2021〕第12号）\n受送达人 钱某\n送达方式 直接送达\n"
        "受送达人签收 钱某 2021年4月1日\n送达人 甲某 乙某\n"
        "送达文书 行政处罚决定书（某综执罚〔2021〕第30号）\n受送达人 钱某\n送达方式 邮寄送达\n"
        "受送达人签收 钱某 2021年4月20日\n送达人 甲某 乙某\n"
    )
    rows = served_rows(text)
    assert [(r["title"], r["recipient_signed"]) for r in rows] == [
        ("行政处罚告知书", True),
        ("行政处罚决定书", True),
    ]

"""Cases drawn from the retired held-out sets 20 and 21, each in new wording (each failed before
its fix)."""

from __future__ import annotations

from typing import Any

from casecheck.extract.fields.discretion import find_discretion
from casecheck.extract.fields.officers import find_officers
from casecheck.extract.fields.party import clean_name
from casecheck.extract.fields.penalty import find_penalty_kinds
from casecheck.extract.fields.served import served_rows
from casecheck.extract.timeline import build_timeline
from casecheck.ingest.doctypes import classify_title
from casecheck.ingest.segment import segment
from casecheck.model import Page, SourceFile


def test_an_officer_row_with_numbers_goes_on_to_the_next_line() -> None:
    text = "执法人员 周强（执法证号：64030119101）\n、刘芳（执法证号：64030119102\n）\n记录人 刘芳\n"
    assert [(o.name, o.certificate) for o in find_officers(text)] == [
        ("周强", "64030119101"),
        ("刘芳", "64030119102"),
    ]


def test_a_sector_execution_certificate_label_is_no_name() -> None:
    text = "询问人：赵军（税务执法证号：63222219000101）、钱敏（税务执法证号：63222219000102）\n"
    assert [o.name for o in find_officers(text)] == ["赵军", "钱敏"]


def test_an_order_addressed_to_the_party_is_a_suspension() -> None:
    kinds = [k for k, _, _ in find_penalty_kinds("拟作出：1.罚款人民币三万元；2.责令你公司停产停业整顿。")]
    assert "责令停产停业" in kinds


def test_a_name_framed_by_a_blanks_underlines() -> None:
    assert clean_name("＿＿某某石料有限公司＿＿") == "某某石料有限公司"
    assert clean_name("____网吧") is None  # a 范本's blank, not filled in


def test_a_fine_put_at_the_bottom_of_its_range_is_placed() -> None:
    hit = find_discretion("建议罚款6000元（当事人配合调查，按下限裁量）。")
    assert hit is not None and hit.level == "从轻"


def test_titles_of_regional_vouchers_and_tax_review_reports() -> None:
    assert classify_title("甘肃省非税收入一般缴款书（收据联）")[0] == "缴款凭证"
    assert classify_title("税务行政处罚审理报告")[0] == "调查终结报告"


def test_a_receipt_table_read_from_spaced_lines() -> None:
    text = (
        "送 达 回 证\n送达文书 文号 送达日期 送达方式 签收\n人\n"
        "行政处罚告知书 某市监罚告〔2022〕88号 2022-11-14 直接送达 王某\n某\n"
        "行政处罚决定书 某市监罚〔2022〕88号 2022-11-18 邮寄送达\n"
    )
    rows = served_rows(text)
    assert [(r["doc_number"], r["method"], r["recipient_signed"]) for r in rows] == [
        ("某市监罚告〔2022〕88号", "直接送达", True),
        ("某市监罚〔2022〕88号", "邮寄送达", False),
    ]


def test_one_row_under_a_header_row_is_read_by_its_columns() -> None:
    text = (
        "送达文书名称、文号\t收件人签名\t送达地点\t送达日期\t送达方式\n"
        "行政处罚事先告知书（某交罚告〔2025〕3号）\t张某\t某地\t2025年3月2日\t直接送达\n"
    )
    (row,) = served_rows(text)
    assert (row["title"], row["recipient_signed"]) == ("行政处罚事先告知书", True)


def test_a_correction_order_served_is_not_the_decisions_service() -> None:
    docs: list[dict[str, Any]] = [
        {"ref": "送达回证", "doc_type": "送达回证", "date": None, "doc_number": None,
         "served": {"title": "责令改正违法行为决定书", "date": {"value": "2024-03-14"}}},
        {"ref": "行政处罚决定书", "doc_type": "行政处罚决定书", "date": {"value": "2024-05-13"},
         "doc_number": None},
    ]  # fmt: skip
    assert "decision_served" not in build_timeline(docs)


def test_a_case_systems_number_header_goes_with_the_document_below() -> None:
    rows = "\n".join(f"│ {i} │ 文书{i} │ {i} │" for i in range(1, 12))
    header = "案件编号：某市监案〔2023〕5号 文书编号：某市监立〔2023〕5"
    page1 = f"卷内文件目录\n{rows}\n==========\n{header}\n\n某某市场监督管理局\n立案审批表\n"
    page2 = "现场笔录\n时间：2023年8月9日\n"
    pages = tuple(Page(i, t, t, (), "text") for i, t in ((1, page1), (2, page2)))
    docs = segment([SourceFile("a.txt", "a.txt", "text", "0", pages)])
    assert [d.doc_type for d in docs] == ["卷内目录", "立案审批表", "现场检查笔录"]
    assert docs[1].text.startswith("案件编号")

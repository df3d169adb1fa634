"""Fixes found on the session-15 development corpora, each on wording of its own."""

from __future__ import annotations

from pathlib import Path

import docx
import pypdfium2 as pdfium
from PIL import Image

from casecheck.extract.case import extract_case
from casecheck.extract.fields.dates import find_dates
from casecheck.extract.fields.discretion import find_discretion
from casecheck.extract.fields.markers import find_markers
from casecheck.extract.fields.money import find_amounts
from casecheck.extract.timeline import build_timeline
from casecheck.ingest.case import load_case
from casecheck.ingest.pdf import scanned_in_grey
from casecheck.ingest.text import numbered_in_order
from casecheck.model import Case
from tests.conftest import text_document


def test_pages_ending_on_their_numbers_in_order() -> None:
    assert numbered_in_order(["立案审批表\n…\n第1页", "询问笔录\n…\n- 2 -\n", "决定书\n第3页 共3页"])
    assert numbered_in_order(["目录\n第 7 页", "笔录\n第 8 页"])  # a volume numbered on from an earlier file
    assert not numbered_in_order(["立案审批表\n第1页", "询问笔录\n第3页"])  # a number skipped
    assert not numbered_in_order(["立案审批表\n第1页", "询问笔录\n（以下空白）"])  # a page without one
    assert not numbered_in_order(["立案审批表\n第1页"])  # one page proves nothing


def _volume(path: Path, numbered: bool) -> Path:
    """A DOCX volume: a 卷内目录 and four forms, a page each, cut by hard page breaks."""
    pages = [
        ["卷内目录", "序号\t文书名称\t页码", "1\t立案审批表\t2", "2\t询问笔录\t3", "3\t调查终结报告\t4",
         "4\t行政处罚决定书\t6"],
        ["立案审批表", "案由：涉嫌销售不合格消防产品", "承办人意见：建议立案"],
        ["询问笔录", "询问时间：2023年3月2日", "被询问人：赵某"],
        ["调查终结报告", "经调查，当事人销售不合格灭火器12具。"],
        ["行政处罚决定书", "当事人：某某商行", "某县消防救援大队", "2023年4月6日"],
    ]  # fmt: skip
    doc = docx.Document()
    for n, lines in enumerate(pages, start=1):
        for line in lines:
            doc.add_paragraph(line)
        if numbered:
            doc.add_paragraph(f"第{n}页")
        if n < len(pages):
            doc.add_page_break()
    doc.save(str(path))
    return path


def test_docx_printing_its_page_numbers_is_paged(tmp_path: Path) -> None:
    for numbered in (True, False):
        folder = tmp_path / str(numbered)
        folder.mkdir()
        case = load_case(_volume(folder / "卷.docx", numbered), ocr=False)
        printed = {d["pages_printed"] for d in extract_case(case)["documents"]}
        assert printed == {numbered}


def test_a_quoted_tier_before_its_circumstance() -> None:
    hit = find_discretion("当事人逾期未改正，属于“一般”违法情形（对应罚款幅度为二千元以上），本局决定：")
    assert hit is not None and hit.level == "一般"
    hit = find_discretion('经审查，属"从重"情节，决定罚款八千元。')
    assert hit is not None and hit.level == "从重"
    assert find_discretion("当事人不属于“从轻”情形，本局决定罚款三千元。") is None


def test_a_page_scanned_in_grey_cannot_show_a_red_seal(tmp_path: Path) -> None:
    for mode, grey in (("L", True), ("1", True), ("RGB", False)):
        path = tmp_path / f"{mode}.pdf"
        Image.new(mode, (200, 280), "white").save(path)
        pdf = pdfium.PdfDocument(str(path))
        try:
            assert scanned_in_grey(pdf[0]) is grey, mode
        finally:
            pdf.close()


def test_a_product_worked_out_with_thousands_separators_is_its_own() -> None:
    text = "上述产品货值金额为150件×95元＝14,250元，已售部分违法所得9,310元。"
    found = {a.kind: a.terms for a in find_amounts(text, "行政处罚决定书") if a.kind != "other"}
    assert found == {"goods_value": [[150.0, 95.0]], "illegal_gain": None}


def test_words_and_figures_apart_the_other_documents_decide() -> None:
    head = "某市场监督管理局\n"
    notice = text_document(
        "行政处罚事先告知书", head + "行政处罚事先告知书\n本局拟罚款人民币叁万贰仟元整（￥32,000.00）。"
    )
    decision = text_document(
        "行政处罚决定书", head + "行政处罚决定书\n决定对当事人罚款人民币叁万贰仟元整（￥3200.00）。"
    )
    facts = extract_case(Case("c", "c.txt", (), (notice, decision)))
    assert facts["penalty"]["fine"]["value"] == 32000
    alone = extract_case(Case("c", "c.txt", (), (decision,)))
    assert alone["penalty"]["fine"]["value"] == 3200  # nothing else to decide by: the figures


def test_a_notices_condition_is_no_waiver() -> None:
    notice = (
        "你单位可在收到本告知书之日起三日内陈述和申辩；逾期不陈述、申辩或者不提出听证要求的，视为放弃上述权利"
    )
    assert "statement_waived" not in find_markers(notice)
    assert "statement_waived" in find_markers("当事人当场表示不提出陈述申辩，也不要求听证。")


def test_an_on_the_spot_decision_dated_by_the_partys_receipt() -> None:
    text = (
        "某县交通运输局\n当场行政处罚决定书\n某交简罚〔2024〕18号\n当事人：周某\n"
        "违法事实：2024年5月6日9时，当事人驾驶货车从事道路货物运输经营，未取得从业资格证。\n"
        "决定处以罚款人民币贰佰元整。\n执法人员签名：李某（执法证号44190123018）\n"
        "某县交通运输局\n2加24年5月配甩\n当事人签收：周某 2024年5月6日9时40分（当场交付）"
    )
    facts = extract_case(Case("c", "c.txt", (), (text_document("当场行政处罚决定书", text),)))
    tl = facts["timeline"]
    assert (tl["decision"]["value"], tl["decision_served"]["value"]) == ("2024-05-06", "2024-05-06")


def test_the_partys_receipt_dates_an_on_the_spot_decision_without_its_own() -> None:
    quote = "当事人签收：黄某 2024年4月13日10时45分 (当场交付)"
    evidence = {"document": "当场行政处罚决定书", "page": 4, "quote": quote}
    signed = {"role": "party", "label": "当事人签收", "filled": True, "evidence": evidence}
    doc = {"doc_type": "当场行政处罚决定书", "date": None, "markers": {"on_spot_service": {"value": True}}}
    doc["signatures"] = [signed]
    tl = build_timeline([doc])  # type: ignore[list-item]
    assert (tl["decision"]["value"], tl["decision_served"]["value"]) == ("2024-04-13", "2024-04-13")
    assert tl["decision"]["evidence"]["quote"] == quote
    doc["markers"] = {}
    doc["signatures"] = []
    assert "decision" not in build_timeline([doc])  # type: ignore[list-item]


def test_a_comma_inside_an_ocr_date_is_not_guessed_away() -> None:
    # the 落款 of hd54_07 reads 2025年4月,8日 for 2025年4月18日: OCR took the thin 1 for a comma
    assert find_dates("2025年4月,8日") == []

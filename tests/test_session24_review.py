"""Session 24, the second reviewer's cases: what this session's readings must not take for their own."""

from __future__ import annotations

from casecheck.extract.fields import closing
from casecheck.extract.fields.money import find_amounts, total
from casecheck.extract.fields.officers import find_officers
from casecheck.extract.fields.party import party_name
from casecheck.extract.fields.signatures import find_signatures
from casecheck.extract.fields.table_total import table_terms
from casecheck.ingest.segment import segment
from tests.conftest import text_source


def _types(text: str) -> list[str]:
    return [d.doc_type for d in segment([text_source([text], "a.txt")])]


def test_numbered_evidence_items_in_brackets_open_no_document() -> None:
    report = (
        "某市生态环境局\n案件调查终结报告\n主要证据：\n【证据1】营业执照复印件\n【证据2】现场检查笔录\n【证据3】询问笔录\n"
        "处理意见：建议罚款。\n承办人：李某 王某\n2023年5月20日\n"
    )
    assert _types(report) == ["调查终结报告"]


def test_a_receipts_row_of_documents_and_a_decisions_items_are_no_quoted_document() -> None:
    receipt = "某市生态环境局\n送达回证\n送达文书如下：\n行政处罚决定书\n文号：某罚〔2024〕3号\n"
    assert _types(receipt) == ["送达回证"]


def test_a_forms_own_signature_row_is_no_receipt_stub() -> None:
    form = (
        "某市生态环境局\n送达地址确认书\n送达地址：某市某路1号\n确认日期：2023年5月8日\n"
        "受送达人签名：张某 2023年5月8日\n"
    )
    assert _types(form) == ["证据材料"]


def test_a_row_whose_amount_the_reading_would_drop_gives_no_terms() -> None:
    text = (
        "序号 商品名称 数量（个） 单价（元） 金额（元）\n1 一次性口罩 100 2 200\n2 运输费 / / 500\n"
        "3 医用手套 20 5 100\n合计 120 800\n当事人违法所得合计人民币800元。"
    )
    assert table_terms(text, text.rindex("800元"), 800.0) is None


def test_a_word_before_a_bracket_on_the_heading_line_is_no_party() -> None:
    assert party_name("二、当事人基本情况：详见附件（营业执照复印件）。", {}) is None


def test_a_merged_penalty_that_opens_a_list_is_no_total() -> None:
    text = (
        "本局决定合并处罚：（一）对你单位罚款人民币叁拾万元整；（二）对你单位罚款人民币贰拾万元整；"
        "（三）对你单位罚款人民币壹拾万元整。"
    )
    assert total(find_amounts(text, "行政处罚决定书"), "fine") == 600000.0


def test_a_closing_date_over_a_line_that_opens_with_sheng_is_no_birthday() -> None:
    text = "某市生态环境局行政处罚决定书\n……\n某市生态环境局\n2023年6月2日\n生态环境违法行为举报电话：12369\n"
    hit = closing.closing_date(text, "行政处罚决定书")
    assert hit is not None and hit[0].iso == "2023-06-02"


def test_officers_named_in_prose_under_a_label_alone_are_not_a_list() -> None:
    assert find_officers("我局\n执法人员\n刘某某、陈某某到某某公司进行检查，发现……\n") == []


def test_a_blank_templates_label_before_a_sign_note_is_no_signature() -> None:
    assert not [h for h in find_signatures("当事人 法定代表人（签字）：") if h.filled]

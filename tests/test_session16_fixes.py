"""Fixes found on the session-16 development corpora, each on wording of its own."""

from __future__ import annotations

from casecheck.extract.case import extract_case
from casecheck.extract.contract import contract_fields
from casecheck.ingest.normalize import normalize_text
from casecheck.model import Case
from tests.conftest import text_document


def _decision(text: str, doc_type: str = "行政处罚决定书") -> dict:
    facts = extract_case(Case("c", "c.txt", (), (text_document(doc_type, normalize_text(text)),)))
    return facts


def test_figures_after_a_yuan_sign_read_o_and_l_as_digits() -> None:
    assert normalize_text("处罚款人民币叁万元整（¥3OOOO.OO）。") == "处罚款人民币叁万元整（¥30000.00）。"
    assert normalize_text("罚没款合计￥l2,5OO元") == "罚没款合计￥12,500元"
    assert normalize_text("见编号No.l2的记录") == "见编号No.l2的记录"  # no yuan sign: a word stays
    facts = _decision("某县农业农村局\n行政处罚决定书\n当事人：某某农资店\n决定：罚款伍仟元（¥5OOO.OO）。")
    assert contract_fields(facts)["penalty"]["fine_yuan"] == 5000


def test_a_narrow_column_is_joined_though_a_line_stands_out_of_it() -> None:
    column = [
        "经查，当事人于2020年3月起在其经营场",
        "所内销售未经检验的散装白酒，货值金额",
        "共计人民币三千二百元，违法所得八百元",
        "。以上事实有现场检查笔录、询问笔录、",
        "进货单据及照片等证据证实。当事人的上",
        "述行为违反了《中华人民共和国产品质量",
        "法》第二十九条的规定（详见检验报告编号ZJ2020-0317及其附件材料清单），依据",
        "《中华人民共和国产品质量法》第四十九",
        "条的规定，本局决定对当事人作出如下处",
        "罚：没收违法所得八百元并处罚款五千元",
    ]
    text = normalize_text("\n".join(column))
    assert "经营场所内" in text and "产品质量法》第二十九条" in text and "第四十九条的规定" in text


def test_a_running_header_in_brackets_is_skipped_at_a_page_break() -> None:
    text = (
        "某市文化和旅游局\n行政处罚决定书\n某文旅罚〔2021〕17号\n"
        "当事人的上述行为违反了《娱乐场所管理条例》第三十条的规定。依据《娱乐场所管理条例》第四十\n\n"
        "— 1 —\n某市文化和旅游局行政处罚决定书（某文旅罚〔2021〕17号）\n"
        "九条的规定，决定罚款人民币五千元。"
    )
    assert "第四十九条的规定" in normalize_text(text)


def test_a_form_serial_printed_in_groups() -> None:
    text = "某市交通运输局\n当场行政处罚决定书\n              No. 6501002021 000318\n当事人：王某某\n"
    facts = _decision(text, "当场行政处罚决定书")
    number = facts["documents"][0]["doc_number"]
    assert number["value"] == "6501002021 000318"
    text = "某市交通运输局\n当场行政处罚决定书\nNo.0004172 2024年3月5日\n当事人：王某某\n"
    assert _decision(text, "当场行政处罚决定书")["documents"][0]["doc_number"]["value"] == "0004172"

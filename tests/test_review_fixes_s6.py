"""Cases from the read-only review of session 6's extraction changes: each failed before its fix."""

from __future__ import annotations

import pytest

from casecheck.extract.document import extract_document
from casecheck.extract.fields.citations import find_citations
from casecheck.extract.fields.discretion import find_discretion
from casecheck.extract.fields.events import event_dates
from casecheck.extract.fields.officers import find_officers
from casecheck.extract.fields.party import id_number, party_name
from casecheck.extract.fields.table import table_pairs
from casecheck.extract.lawtitle import canonical_law_title
from casecheck.ingest.normalize import normalize
from casecheck.model import Document

HEADS = "\t".join(
    ("行政相对人名称", "统一社会信用代码", "行政处罚决定书文号", "罚款金额（万元）", "暂扣证照名称",
     "处罚决定日期", "处罚机关", "备注")
)  # fmt: skip


def test_a_label_value_form_row_is_no_header_row() -> None:
    text = "当事人\t某某建材有限公司\t法定代表人\t张某某\n地址\t某某市某某路\t联系方式\t见附页\n"
    assert table_pairs(text) == {}
    doc = Document(ref="x", doc_type="行政处罚决定书", title="x", file="x", pages=(1, 1), text=text,
                   page_starts=(0,))  # fmt: skip
    assert extract_document(doc)["party"]["name"]["value"] == "某某建材有限公司"


@pytest.mark.parametrize(
    "row",
    [
        "张某\t/\t宜交罚〔2021〕88号\t0.5\t/\t2021-06-30\t宜昌市交通运输局\t/",  # placeholders
        "张某\t420500199001011234\t宜交罚〔2021〕88号\t人民币5000元\t/\t2021-06-30\t宜昌市交通运输局\t/",
    ],
)
def test_a_full_grid_row_keeps_its_cells_whatever_they_hold(row: str) -> None:
    assert table_pairs(f"公示\n{HEADS}\n{row}\n")["处罚决定日期"][0] == "2021-06-30"


def test_a_line_starting_with_cheng_is_still_a_wrap() -> None:
    prose = "当事人陈述申辩意见如下，并辩" + "的" * 30
    text, _ = normalize(prose + "\n称：其系初次违法" + "的" * 30)
    assert "\n称：" not in text


@pytest.mark.parametrize(
    "text",
    [
        "接到举报，当事人从某某贸易有限公司购进的奶粉不合格。",
        "本局认为，当事人与某某建筑工程有限公司签订合同。",
        "经查明，2020年3月至2021年5月期间，张某在某某有限公司承包的工地施工。",
    ],
)
def test_a_counterparty_is_not_the_party(text: str) -> None:
    assert party_name(text, {}) is None


@pytest.mark.parametrize(
    ("text", "name"), [("当事人：张□□\n", "张□□"), ("当事人：杭州□□贸易有限公司\n", "杭州□□贸易有限公司")]
)
def test_a_masked_name_is_no_check_box(text: str, name: str) -> None:
    found = party_name(text, {})
    assert found is not None and found[0] == name


def test_an_order_to_correct_is_no_advance_notice() -> None:
    text = (
        "本局于2024年3月1日向当事人送达了《责令改正违法行为通知书》。"
        "本局于2024年3月20日向当事人送达了《行政处罚事先告知书》，告知拟作出的处罚。"
    )
    assert event_dates(text)["notice"].iso == "2024-03-20"


def test_a_time_limit_from_the_day_of_service_is_no_payment() -> None:
    text = "本局于2024年3月5日依法作出行政处罚决定，责令当事人自决定书送达当日起十五日内缴纳罚款。"
    assert "payment" not in event_dates(text)


def test_a_basis_after_the_semicolon_takes_the_penalty_itself() -> None:
    text = (
        "依照《中华人民共和国食品安全法》第三十四条第（十）项的规定，当事人的行为属于违法行为；"
        "依照该法第一百二十四条第一款第（二）项的规定，决定没收违法所得并处罚款。"
    )
    roles = {c.article: c.role for c in find_citations(text)}
    assert roles[34] != "penalty" and roles[124] == "penalty"


@pytest.mark.parametrize("title", ["《兽药管理条例》", "《药品召回管理办法》"])
def test_a_real_neighbour_of_a_known_title_is_not_corrected_into_it(title: str) -> None:
    assert canonical_law_title(title) == title.strip("《》")


@pytest.mark.parametrize(
    "text",
    [
        "执法人员：李明（ZF-330101），向东（ZF-330102）对当事人进行检查。",
        "检查人员：王强（执法证号：浙A12345），于海（浙A12346），对现场进行检查。",
    ],
)
def test_an_officer_named_like_a_preposition_keeps_the_list_going(text: str) -> None:
    assert len([o for o in find_officers(text) if o.certificate]) == 2


def test_the_agencys_own_rule_is_no_request() -> None:
    found = find_discretion("本局按照本局裁量基准要求予以从轻处罚，决定罚款五千元。")
    assert found is not None and found.level == "从轻"


def test_a_labelled_id_with_a_wrong_check_digit_is_still_the_parties() -> None:
    found = id_number("身份证编号：330106199001011235\n")
    assert found is not None and found[3] is False

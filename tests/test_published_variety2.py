"""General fixes drawn from the retired decisions4/decisions5 sets (session 6), each in its own
wording here: published copies' table shapes, number shapes, party blocks and totals."""

from __future__ import annotations

import pytest

from casecheck.extract.document import extract_document
from casecheck.extract.fields.closing import closing_date
from casecheck.extract.fields.discretion import find_discretion
from casecheck.extract.fields.events import event_dates
from casecheck.extract.fields.ids import find_doc_numbers
from casecheck.extract.fields.money import find_amounts, total
from casecheck.extract.fields.party import party_name
from casecheck.extract.fields.table import table_pairs
from casecheck.extract.lawtitle import canonical_law_title
from casecheck.ingest.normalize import normalize
from casecheck.model import Document


def _doc(text: str, doc_type: str = "行政处罚决定书") -> Document:
    return Document(ref=doc_type, doc_type=doc_type, title=doc_type, file="x.txt", pages=(1, 1),
                    text=text, page_starts=(0,))  # fmt: skip


HEADS = "\t".join(
    ("行政相对人名称", "统一社会信用代码", "行政处罚决定书文号", "罚款金额（万元）", "暂扣证照名称",
     "处罚决定日期", "处罚机关", "备注")
)  # fmt: skip


def test_a_publication_grid_reads_each_header_with_its_cell() -> None:
    row = "\t".join(
        ("宜昌某某物流有限公司", "91420500MA4F000000", "宜交罚〔2021〕88号", "0.5", "道路运输证",
         "2021-06-30", "宜昌市交通运输局", "无")
    )  # fmt: skip
    pairs = table_pairs(f"公示\n{HEADS}\n{row}\n")
    assert pairs["行政相对人名称"][0] == "宜昌某某物流有限公司"
    assert pairs["行政处罚决定书文号"][0] == "宜交罚〔2021〕88号"
    assert pairs["处罚决定日期"][0] == "2021-06-30"


def test_a_grid_row_whose_empty_cell_was_squeezed_out_keeps_only_what_is_certain() -> None:
    # the empty 暂扣证照名称 and 备注 cells lose their tabs in normalisation: the cells after the
    # first gap slide left, and only the typed columns tell where the gap was
    row = (
        "宜昌某某物流有限公司\t91420500MA4F000000\t宜交罚〔2021〕88号\t0.5\t\t2021-06-30\t宜昌市交通运输局\t"
    )
    text, _ = normalize(f"公示\n{HEADS}\n{row}\n")
    pairs = table_pairs(text)
    assert pairs["处罚决定日期"][0] == "2021-06-30"
    assert pairs["行政处罚决定书文号"][0] == "宜交罚〔2021〕88号"
    assert "暂扣证照名称" not in pairs
    start, end = pairs["处罚决定日期"][1:]
    assert text[start:end] == "2021-06-30"


def test_a_label_that_names_a_field_is_no_wrap_of_the_line_before() -> None:
    text, _ = normalize(
        "处罚依据:依据《某某条例》第十条第一款" + "的规定" * 12 + "\n行政相对人名称:某某有限公司\n"
    )
    assert "\n行政相对人名称:" in text


def test_a_header_cell_after_a_party_label_is_not_the_party() -> None:
    text = (
        "序号\t行政相对人名称\t行政相对人类别\t处罚机关\n"
        "1\t丰都县某某农家乐\t个体工商户\t丰都县文化旅游委员会\n"
    )
    assert party_name(text, table_pairs(text)) == ("丰都县某某农家乐", *_span(text, "丰都县某某农家乐"))


def _span(text: str, value: str) -> tuple[int, int]:
    return text.index(value), text.index(value) + len(value)


@pytest.mark.parametrize(
    ("block", "name"),
    [
        ("当事人：☑个人 □单位\n姓名：覃某某  性别：女\n单位名称：/\n", "覃某某"),
        (
            "被处罚人：□个人 ☑单位\n姓名：/\n单位名称：柳州市某某货运有限公司  统一社会信用代码：/\n",
            "柳州市某某货运有限公司",
        ),
    ],
)
def test_a_party_label_filled_by_check_boxes_names_the_party_in_the_next_field(block: str, name: str) -> None:
    found = party_name("当场行政处罚决定书\n" + block, {})
    assert found is not None and found[0] == name


@pytest.mark.parametrize(
    "text",
    [
        "本机关认为，当事人遵义某某矿业有限公司在未取得许可的情况下开采，违反了规定。",
        "经查，2019年5月中旬，遵义某某矿业有限公司在红花岗区某地擅自开采。",
    ],
)
def test_a_body_only_copy_names_its_party_in_the_first_sentence(text: str) -> None:
    found = party_name(text, {})
    assert found is not None and found[0] == "遵义某某矿业有限公司"


def test_a_doc_number_with_its_serial_in_brackets() -> None:
    (n,) = find_doc_numbers("昆医保罚〔2023〕第（007）号")
    assert n.value == "昆医保罚〔2023〕第（007）号" and n.valid and "seq_bracket" in n.issues


def test_a_doc_number_whose_code_ends_in_shu_zi_keeps_it() -> None:
    (n,) = find_doc_numbers("延林罚书字〔2020〕第12号")
    assert n.value == "延林罚书字〔2020〕第12号"


def test_a_doc_number_with_the_year_first() -> None:
    (n,) = find_doc_numbers("（2022）黔城管公告第 0015 号")
    assert n.value == "（2022）黔城管公告第 0015 号" and "year_first" in n.issues
    assert find_doc_numbers("（2023）黔0102民初456号") == []  # a court's 案号, digits in its code


def test_a_decision_numbered_by_a_serial_alone() -> None:
    text = "中华人民共和国某某海事局\n海事行政处罚决定书\n编号：3301052400731\n当事人：某某船务有限公司\n"
    facts = extract_document(_doc(text))
    assert facts["doc_number"]["value"] == "3301052400731"


def test_a_spot_decision_is_dated_by_its_signers_date() -> None:
    text = (
        "当场行政处罚决定书\n当事人：王某\n决定：罚款人民币贰佰元整。\n"
        "执法人员（签名）：李某 证号3301 张某 证号3302\n当事人（签名）：王某 2019年8月14日\n某某局（印章）\n"
    )
    found = closing_date(text, "当场行政处罚决定书")
    assert found is not None and found[0].iso == "2019-08-14"


def test_a_stated_total_in_capitals_with_figures_in_brackets() -> None:
    text = "1.处人民币叁万元罚款；\n2.处人民币贰万元罚款；\n合计罚款人民币伍万元整（¥50000.00）。"
    assert total(find_amounts(text, "行政处罚决定书"), "fine") == 50000.0


def test_fines_joined_for_enforcement_are_a_total() -> None:
    text = "1.对第一项行为罚款人民币陆仟元；\n2.对第二项行为罚款人民币肆仟元；\n合并执行罚款人民币壹万元整。"
    assert total(find_amounts(text, "行政处罚决定书"), "fine") == 10000.0


def test_an_event_on_the_same_day_as_the_one_before() -> None:
    found = event_dates("本局于2015年4月2日对当事人进行了现场检查，并于同日立案调查。")
    assert found["filing"].iso == "2015-04-02" and found["investigation"].iso == "2015-04-02"


def test_a_maritime_violation_notice_is_the_advance_notice() -> None:
    found = event_dates("本局于2025年1月6日向当事人送达了《海事行政违法行为通知书》。")
    assert found["notice"].iso == "2025-01-06"


@pytest.mark.parametrize(
    "text",
    [
        "当事人提出申辩，请求从轻处罚。本局认为其理由不属于法定从轻情形，不予采纳。决定罚款二万元。",
        "当事人要求从轻处罚，本局经复核不予采纳。",
    ],
)
def test_a_plea_for_leniency_is_no_level(text: str) -> None:
    assert find_discretion(text) is None


@pytest.mark.parametrize(
    ("raw", "official"),
    [
        ("《专利法实施细则》", "中华人民共和国专利法实施细则"),
        ("《烟草专卖法实施条例》", "中华人民共和国烟草专卖法实施条例"),
        ("《江西省某某条例实施细则》", "江西省某某条例实施细则"),
    ],
)
def test_a_national_laws_implementing_rules_carry_its_prefix(raw: str, official: str) -> None:
    assert canonical_law_title(raw) == official


def test_a_notice_proposing_fines_for_two_parties_proposes_its_own_partys() -> None:
    text = (
        "当事人：某某建材有限公司\n"
        "本局拟对你单位处罚款人民币三万元，对你单位主要负责人张某某处罚款人民币一万二千元。\n"
    )
    facts = extract_document(_doc(text, "行政处罚事先告知书"))
    assert facts["penalty"]["proposed_fine"]["value"] == 30000.0

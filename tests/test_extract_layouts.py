"""Layouts real files use that the extractors once misread, each with rows that must not change.

Every row is worded for this module (no file's text is copied). The rule-level consequences are in
``tests/rules/`` (SUBJ-01, DOC-03, DOC-05, DOC-06, EVID-03, DISC-01, PROC-12).
"""

from __future__ import annotations

import pytest

from casecheck.extract.document import extract_document
from casecheck.extract.fields.closing import closing_date
from casecheck.extract.fields.discretion import find_discretion
from casecheck.extract.fields.ids import find_doc_numbers
from casecheck.extract.fields.markers import find_markers
from casecheck.extract.fields.money import find_amounts, find_areas
from casecheck.extract.fields.officers import find_officers
from casecheck.extract.fields.party import party_name
from casecheck.extract.fields.served import served_block
from casecheck.extract.fields.table import table_pairs
from casecheck.model import Document

# SUBJ-01: a form row listing two handlers separated by ；, each with a number
OFFICERS = [
    ("| 办案人员 | 周某明 苏C2200417；钱某 苏C2200532 |", [("周某明", "苏C2200417"), ("钱某", "苏C2200532")]),
    (
        "承办人员：郑某（证号43070120011）；何某某（证号43070120019）",
        [("郑某", "43070120011"), ("何某某", "43070120019")],
    ),
    # a further labelled field after ； is still another field
    ("检查人员：韩某（执法证号31020001）；见证人：邻居 曹某", [("韩某", "31020001")]),
    ("执法人员：冯某 12345678；记录人：冯某", [("冯某", "12345678")]),
]


@pytest.mark.parametrize(("text", "want"), OFFICERS)
def test_officers_after_semicolon(text: str, want: list[tuple[str, str]]) -> None:
    assert [(o.name, o.certificate) for o in find_officers(text)] == want


# DOC-06: the party's name with its code and representative on the same line, space-separated
PARTY = [
    ("当事人：某某门窗有限公司　统一社会信用代码91320500MA1X00000A　法定代表人孔某", "某某门窗有限公司"),
    ("当事人：某某贸易有限公司 注册号320500000012345 住所：某市某路1号", "某某贸易有限公司"),
    ("当事人：某某食品厂法定代表人：蒋某", "某某食品厂"),
    ("当事人：孔某 身份证号：320502198001010011", "孔某"),
    # unchanged: a name that merely contains a 负责 word stays whole
    ("当事人：某某市负责任餐饮有限公司", "某某市负责任餐饮有限公司"),
]


@pytest.mark.parametrize(("text", "want"), PARTY)
def test_party_name_before_next_field(text: str, want: str) -> None:
    hit = party_name(text, table_pairs(text))
    assert hit is not None and hit[0] == want


# DOC-03: 市场监管 case numbers as the 序号; a lost 号 still shows
DOC_NUMBERS = [
    ("某市监处〔2022〕320102000115号", "某市监处〔2022〕320102000115号", True),
    ("某市监处罚〔2024〕7号", "某市监处罚〔2024〕7号", True),
]


@pytest.mark.parametrize(("text", "value", "valid"), DOC_NUMBERS)
def test_long_serial_numbers(text: str, value: str, valid: bool) -> None:
    found = find_doc_numbers(text)
    assert [(n.value, n.valid) for n in found] == [(value, valid)]


def _doc(doc_type: str, text: str) -> Document:
    return Document(doc_type, doc_type, None, "f.txt", (1, 1), text, (0,))


def test_summary_decision_takes_its_printed_serial() -> None:
    text = "某市公安局交通警察支队\n公安交通管理简易程序处罚决定书\n编号：4401120004561239\n被处罚人：孔某\n"
    facts = extract_document(_doc("当场行政处罚决定书", text))
    assert facts["doc_number"]["value"] == "4401120004561239"
    assert facts["doc_number"]["issues"] == ["form_serial"]


def test_ordinary_decision_numbered_by_a_bare_serial_has_no_valid_number() -> None:
    # read (海事 numbers its decisions so), but not a 文号: DOC-03 reports its form
    text = "某市市场监督管理局\n行政处罚决定书\n编号：4401120004561239\n当事人：某某公司\n"
    number = extract_document(_doc("行政处罚决定书", text))["doc_number"]
    assert number["value"] == "4401120004561239" and number["valid"] is False
    assert extract_document(_doc("行政处罚决定书", "行政处罚决定书\n编号：4401\n"))["doc_number"] is None


# DOC-05: a signer's note in brackets (qualification number) before the 落款 date
CLOSING = [
    (
        "法制审核意见\n经审核，事实清楚，程序合法。同意。\n"
        "审核人：卫某（法律职业资格证书A20150101000123）　2023年3月9日\n",
        "2023-03-09",
    ),
    (
        "法制审核意见书\n审核意见：适用法律正确。\n"
        "审核人：卫某（法律职业资格A2015）　科室负责人：褚某　2023年3月9日\n",
        "2023-03-09",
    ),
    # unchanged: a date inside a sentence of the report is no 落款
    ("案件调查报告\n当事人于2023年3月1日（周三）在店内销售过期食品，建议罚款。\n", None),
]


@pytest.mark.parametrize(("text", "want"), CLOSING)
def test_closing_date_after_signer_note(text: str, want: str | None) -> None:
    close = closing_date(text, "法制审核意见书")
    assert (close[0].iso if close else None) == want


# EVID-03: products of three factors; a part named inside the note on another amount; guesses
AMOUNTS = [
    # the agency's computation in the note right after the amount is the amount's own
    ("共营运6天，每天4人，违法所得960元（6天×4人×40元）。", [("illegal_gain", 960.0, [[6.0, 4.0, 40.0]])]),
    ("按4天×3人×50元计算，违法所得600元。", [("illegal_gain", 600.0, [[4.0, 3.0, 50.0]])]),
    # a part of the 违法所得 inside its note is not a second 违法所得
    ("违法所得600元（其中第一天150元）。", [("illegal_gain", 600.0, None), ("other", 150.0, None)]),
    # the other written form of the same amount inherits its kind
    ("违法所得人民币陆佰元整（小写：600元）", [("illegal_gain", 600.0, None), ("illegal_gain", 600.0, None)]),
    # two counts of the unit the rate is per: which one the amount is of is a guess
    ("购进大米500公斤，以4元/公斤销售，售出300公斤，货值金额2000元。", [("goods_value", 2000.0, None)]),
    # two priced items without a written product: a guess too
    ("饮料10瓶（标价3元/瓶）、饼干4盒（标价12元/盒），货值金额合计78元。", [("goods_value", 78.0, None)]),
    ("高于公示价格2元/次收费15次，违法所得30元。", [("illegal_gain", 30.0, [[15.0, 2.0]])]),
]


@pytest.mark.parametrize(("text", "want"), AMOUNTS)
def test_amount_terms(text: str, want: list[tuple[str, float, list | None]]) -> None:
    got = [
        (h.kind, h.value, h.terms)
        for h in find_amounts(text, "行政处罚决定书")
        if h.kind in ("illegal_gain", "goods_value", "other") and not (h.kind == "other" and h.value < 100)
    ]
    assert got == want


# DISC-01: circumstances weighed with 考虑 in the deciding sentence
DISCRETION = [
    ("参照《某省裁量基准》，考虑当事人排放超标倍数低、已自行整改的情节，本局决定：罚款12万元。", True),
    ("当事人的陈述意见本局已予以考虑，本局决定：罚款12万元。", False),
    ("本局未考虑其他情节，决定罚款12万元。", False),
]


@pytest.mark.parametrize(("text", "reasoned"), DISCRETION)
def test_discretion_weighing_with_kaolv(text: str, reasoned: bool) -> None:
    assert (find_discretion(text) is not None) is reasoned


# PROC-12: publication recorded as 公开 on a website, in a 结案 form
MARKERS = [
    ("执行情况：罚款已缴清；处罚决定信息已于2022年5月6日在区政府网站公开。", True),
    ("结案报告：处罚决定信息于2021年9月3日在市政府门户网站行政执法信息栏目公布。", True),
    ("执行情况：罚款已缴清，违法行为已改正。", False),
]


@pytest.mark.parametrize(("text", "published"), MARKERS)
def test_publication_marker(text: str, published: bool) -> None:
    assert ("publication" in find_markers(text)) is published


def test_receipt_date_in_a_pipe_table_row() -> None:
    """dates.decision_served: the signer-and-date row of a receipt drawn as a | table."""
    text = (
        "送达回证\n| 文书名称 | 行政处罚决定书（某市监罚〔2020〕9号） |\n| 受送达人 | 某某有限公司 |\n"
        "| 签收人及日期 | 孔某　2020年5月6日 |\n| 送达人 | 韩某 |\n公示：已于2020年5月20日公示。\n"
    )
    got = served_block(text)["date"]
    assert got is not None and got.iso == "2020-05-06"


# LAW-05 (per-m² fines): a benchmark's area band is no area of the case
AREAS = [
    ("按裁量基准，占用一般农用地面积在2亩至5亩之间的，属一般档次", []),
    ("擅自占用集体土地930平方米，按一般档次处罚", [930.0]),
]


@pytest.mark.parametrize(("text", "want"), AREAS)
def test_area_band_is_not_the_area(text: str, want: list[float]) -> None:
    assert [a.value for a in find_areas(text)] == want

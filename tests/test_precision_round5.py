"""Round-5 precision fixes, each in our own wording.

Every test reproduces a general way real files are written that the tool misread; none copies a
development or held-out file's text. Invented names, places and numbers throughout.
"""

from __future__ import annotations

import pytest

from casecheck.extract.case import extract_case
from casecheck.extract.document import extract_document
from casecheck.extract.fields.citations import find_citations
from casecheck.extract.fields.closing import closing_date
from casecheck.extract.fields.discretion import find_discretion
from casecheck.extract.fields.party import clean_name
from casecheck.ingest.segment import segment
from casecheck.model import Case, Document
from tests.conftest import text_source


def _case(pages: list[str]) -> Case:
    source = text_source(pages)
    return Case("c", "c.txt", (source,), tuple(segment([source])))


# Headings are often letter-spaced, with ideographic spaces inside the bracketed 简易/当场 too.
@pytest.mark.parametrize(
    "title",
    [
        "行 政 处 罚 决 定 书\n（简　易）",
        "林业行政处罚决定书（ 简 易 程 序 ）",
        "当 场 处 罚 决 定 书",
    ],
)
def test_a_letter_spaced_summary_title_makes_the_case_summary(title: str) -> None:
    pages = [
        "某某县林业局\n"
        + title
        + "\n某林简罚〔2024〕17号\n被处罚人：闫某某\n违法事实：你于2024年3月9日在某林场擅自砍伐杂木两株。"
        "\n决定给予罚款人民币壹佰元整（¥100.00）。\n执法人员：鲍文（证号：3301002）、钱亮（证号：3301003）"
        "\n某某县林业局（章）\n2024年3月9日\n被处罚人签收：（签名）闫某某 2024年3月9日",
    ]
    assert extract_case(_case(pages))["procedure"] == "简易"


def test_a_letter_spaced_ordinary_title_stays_ordinary() -> None:
    pages = [
        "某某县林业局\n行 政 处 罚 决 定 书\n某林罚〔2024〕17号\n当事人：某某木业有限公司\n"
        "违法事实：经查，当事人于2024年3月9日擅自收购木材。\n决定罚款人民币壹万元整。\n"
        "某某县林业局（章）\n2024年4月9日",
    ]
    assert extract_case(_case(pages))["procedure"] == "普通"


# A report places the fine by its tier without the word 档次: 按较低档裁量 / 在较高档内处罚 / 从低处罚.
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("处理建议：建议罚款3万元（有配合调查情节，在2万元至10万元幅度内按较低档裁量）。", "从轻"),
        ("处理建议：当事人多次违法，建议在较高档内处以罚款8万元。", "从重"),
        ("综上，拟对当事人从低处罚，罚款5000元。", "从轻"),
    ],
)
def test_a_tier_named_without_dangci_places_the_fine(text: str, level: str) -> None:
    hit = find_discretion(text)
    assert hit is not None and hit.level == level


@pytest.mark.parametrize("text", ["当事人销售的是高档白酒，货值5万元。", "当事人购进低档面料后贴牌销售。"])
def test_grade_of_goods_is_no_tier(text: str) -> None:
    assert find_discretion(text) is None


# A form row gives the person's name, then 性别/年龄/民族 on the same line after a space.
@pytest.mark.parametrize(
    "row",
    [
        "│当 事 人│邢国栋　性别：男　身份证号：略",
        "当事人\t邢国栋 年龄：41 住址：某县某村",
        "│当事人│邢国栋　民族：汉　电话：略",
    ],
)
def test_a_persons_name_ends_before_the_next_label(row: str) -> None:
    text = (
        "某某县交通运输局\n立案登记表\n编号：某交立〔2023〕31号\n┌──────────┐\n│案件来源│群众举报\n"
        + row
        + "\n│案 由│涉嫌无证经营\n└──────────┘\n"
    )
    party = extract_document(Document("立案审批表", "立案审批表", None, "f.txt", (1, 1), text, (0,)))["party"]
    assert party["name"]["value"] == "邢国栋"


@pytest.mark.parametrize("raw", ["邢国栋　性别：男", "邢国栋 出生日期：1980年2月3日", "邢国栋 职业：司机"])
def test_clean_name_stops_at_a_person_field(raw: str) -> None:
    assert clean_name(raw) == "邢国栋"


# A report signed in rows: the handlers' row, then a reviewer's row with its opinion after the date.
REPORT = (
    "案件调查终结报告\n当事人：某某商贸有限公司\n违法事实：当事人于2023年2月1日起销售过期饮料。\n"
    "建议：罚款6000元。\n承办人：（签名）邵学文　田蕾　2023年3月6日\n"
    "审核人：（签名）容海　2023年3月8日　意见：同意承办人意见。\n"
)


def test_a_reviewers_row_with_its_opinion_dates_the_report() -> None:
    hit = closing_date(REPORT, "调查终结报告")
    assert hit is not None and hit[0].iso == "2023-03-08"


def test_a_date_inside_the_closing_sentence_is_still_no_date() -> None:
    text = "案件调查终结报告\n当事人：某某商贸有限公司\n综上，当事人已于2023年3月6日　改正：已下架饮料。\n"
    assert closing_date(text, "调查终结报告") is None


# The remedy clause of a decision may cite the 复议/诉讼 law with 依照, next to 行政处罚决定.
def test_a_remedy_clause_citation_is_no_penalty_basis() -> None:
    text = (
        "如不服本决定，应当先向某某市税务局申请行政复议（依照《中华人民共和国行政复议法》第二十三条第一款"
        "第（二）项，对当场作出的行政处罚决定不服的，应当先申请行政复议）。"
    )
    roles = {(c.law, c.role) for c in find_citations(text)}
    assert roles == {("中华人民共和国行政复议法", "other")}


def test_the_penalty_basis_beside_a_remedy_clause_stays_penalty() -> None:
    text = "依据《中华人民共和国税收征收管理法》第六十二条的规定，决定对你处以罚款人民币三百元。"
    assert [c.role for c in find_citations(text)] == ["penalty"]

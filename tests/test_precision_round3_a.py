"""Round-3 precision fixes (document-form and evidence codes, party fields), each in our own wording.

Every test reproduces a general way real files vary that the tool misread; none copies a
development or held-out file's text. Invented names, places and numbers throughout.
"""

from __future__ import annotations

import pytest

from casecheck.extract.case import extract_case
from casecheck.extract.contract import contract_fields
from casecheck.extract.document import extract_document
from casecheck.extract.fields.events import event_dates
from casecheck.extract.fields.markers import find_markers
from casecheck.extract.fields.money import find_amounts
from casecheck.extract.fields.party import address
from casecheck.extract.fields.seals import find_seal_markers
from casecheck.extract.fields.signatures import find_signatures
from casecheck.ingest.doctypes import classify_title
from casecheck.ingest.segment import segment
from casecheck.model import Case, Document
from tests.conftest import text_source

# Valid check characters: 92… is a 个体工商户's GB 32100 code, 91… a company's.
SHOP_CODE = "92330102MA2H0J1X17"
DIGIT_SHOP_CODE = "923301020000000003"  # an all-digit 纳税人识别号 that fails GB 11643
PERSON_ID = "330102199001011234"


def _doc(doc_type: str, text: str) -> Document:
    return Document(doc_type, doc_type, None, "f.txt", (1, 1), text, (0,))


def _party(text: str) -> dict[str, object]:
    party = extract_document(_doc("行政处罚决定书", text))["party"]
    return {k: (v or {}).get("value") for k, v in party.items()}


SELF_EMPLOYED = [
    # the shop's 字号 with the operator in a note and a 92… code
    f"当事人：某某县青柳杂货铺（经营者：柯某）\n统一社会信用代码：{SHOP_CODE}\n住所：某某县河西路8号",
    # the kind written out in a form row
    "当事人：某某市阿福修车行\n主体类型：个体工商户\n经营者：贝某    身份证号：330102199001011234",
    # 经营者 as its own label where a unit would name a 法定代表人
    "被处罚人：某某镇小梅早餐店\n经营者：宁某\n地址：某某镇新街3号",
]


@pytest.mark.parametrize("text", SELF_EMPLOYED)
def test_a_self_employed_shop_is_a_person(text: str) -> None:
    assert _party(text)["kind"] == "个人"


UNITS = [
    # a company with a 法定代表人 stays a unit even where a 经营者 is mentioned
    "当事人：某某市百顺商贸有限公司\n统一社会信用代码：91330102MA2H0J1X1A\n法定代表人：龚某\n经营者：龚某",
    # a shop name without any sign of a 个体工商户 keeps the name's verdict
    "当事人：某某市惠家超市\n法定代表人：章某",
    # the 个体工商户条例 cited in the facts says nothing about this party
    "当事人：某某酒店有限公司\n法定代表人：彭某\n    经查，当事人违反《个体工商户条例》…",
]


@pytest.mark.parametrize("text", UNITS)
def test_a_company_stays_a_unit(text: str) -> None:
    assert _party(text)["kind"] == "单位"


def test_the_operators_id_is_the_self_employed_partys_id() -> None:
    text = f"当事人：某某县青柳杂货店（经营者：柯某）\n经营者身份证号码：{PERSON_ID}\n住所：某某县河西路8号"
    got = _party(text)
    assert got["kind"] == "个人"
    assert got["id_number"] == PERSON_ID


def test_an_all_digit_taxpayer_number_is_no_id_number() -> None:
    # 纳税人识别号 of a 个体工商户 written in digits only: a GB 32100 code, not a 身份证号 with a bad digit
    text = f"某某县青柳杂货铺（经营者：柯某）：\n    纳税人识别号：{DIGIT_SHOP_CODE}\n    你户未按期申报…"
    got = _party(text)
    assert got["id_number"] is None


def _types(pages: list[str]) -> list[str]:
    return [d.doc_type for d in segment([text_source(pages)])]


def test_a_photocopied_earlier_decision_beside_the_cases_own_is_evidence() -> None:
    # an earlier 当场 decision filed as a copy to show a repeat offence; this case's own decision is 普通
    pages = [
        "询问笔录\n询问时间：2021年6月3日\n被询问人：戴某",
        "当场行政处罚决定书（复印件）\n某公当罚〔2021〕15号\n被处罚人：戴某\n警告。\n2021年5月1日",
        "某市公安局某分局\n行政处罚决定书\n某公行罚〔2021〕88号\n违法行为人：戴某\n2021年6月10日",
    ]
    assert _types(pages) == ["询问笔录", "证据材料", "行政处罚决定书"]


def test_a_copy_that_is_the_only_decision_stays_the_decision() -> None:
    pages = [
        "询问笔录\n询问时间：2021年6月3日\n被询问人：戴某",
        "行政处罚决定书（复印件）\n某公行罚〔2021〕88号\n违法行为人：戴某\n2021年6月10日",
    ]
    assert _types(pages) == ["询问笔录", "行政处罚决定书"]


AGENCY_HEADERS = [
    "某某市某区青石街道办事处",
    "某某县综合行政执法队",
    "某某市公安局某某派出所",
    "某某县动物卫生监督所",
    "某某市公路路政管理站",
]


@pytest.mark.parametrize("agency", AGENCY_HEADERS)
def test_an_agency_line_above_a_short_title_is_one_document(agency: str) -> None:
    # the agency's name over 询问笔录: not a wrapped title (agency + 询问笔录) and then the title again
    pages = [
        "立案审批表\n同意立案。 2024年2月1日",
        f"{agency}\n询问笔录\n询问时间：2024年2月3日\n被询问人：某",
    ]
    docs = segment([text_source(pages)])
    assert [d.doc_type for d in docs] == ["立案审批表", "询问笔录"]
    assert docs[1].text.startswith(agency)


def test_a_title_wrapped_before_its_last_word_is_still_joined() -> None:
    pages = [
        "立案审批表\n同意立案。 2024年2月1日",
        "某某市某某局\n行政处罚\n决定书\n某罚〔2024〕3号\n当事人：某",
    ]
    assert _types(pages) == ["立案审批表", "行政处罚决定书"]


@pytest.mark.parametrize(
    "line",
    ["自愿放弃陈述申辩和要求听证的声明", "关于延期缴纳罚款的申请", "某某市某某局行政处罚案卷", "案卷封面"],
)
def test_party_statements_and_covers_are_titled_other(line: str) -> None:
    assert classify_title(line, loose=True) == ("其他", line)


@pytest.mark.parametrize(
    "line",
    [
        "当事人对拟作出的处罚无异议的声明。",
        "现将有关情况说明如下",
        "我局作出的决定",
        "特此声明",
        "对当事人提出的申请",
    ],
)
def test_sentences_are_no_statement_titles(line: str) -> None:
    assert classify_title(line, loose=True) is None


def test_a_partys_waiver_file_is_not_a_notice() -> None:
    # a folder case: the party's written waiver mentions the notice, the proposed penalty and the rights
    waiver = (
        "自愿放弃陈述申辩和要求听证的声明\n\n某某市某某局：\n"
        "    本单位已收到《行政处罚事先告知书》，对拟作出的行政处罚无异议，放弃陈述、申辩和听证的权利。\n"
        "某某有限公司（盖章）\n2022年3月4日"
    )
    docs = segment([text_source([waiver], name="12_声明.txt")])
    assert [d.doc_type for d in docs] == ["其他"]


@pytest.mark.parametrize(
    ("row", "filled"),
    [
        ("负责人审批意见\t同意。\t签名\t史某（分管副局长）\t2023.5.6", True),
        ("承办机构意见\t建议立案。\t签名\t贺某某(中队长)\t2023年5月5日", True),
        # still empty: only the post is written, or only the date
        ("负责人审批意见\t同意。\t签名\t（副局长）\t2023.5.6", False),
        ("负责人审批意见\t同意。\t签名\t\t2023.5.6", False),
    ],
)
def test_an_opinion_row_signed_with_the_signers_post(row: str, filled: bool) -> None:
    hits = find_signatures(row)
    assert [h.filled for h in hits] == [filled]


ADDRESSES = [
    # 公安 decisions write the person's residence as 现住址 in the prose sentence
    (
        "违法行为人：谭某，男，1988年4月2日出生，现住址某某市某区某路9号2栋101室。\n    现查明：…",
        "某某市某区某路9号2栋101室",
    ),
    ("当事人：谭某，女，现住某某市某区某街5号。", "某某市某区某街5号"),
    # a unit's address under its own label
    (
        "被处罚单位：某某文化传媒有限公司\n单位地址：某某县某镇某大道21号\n法定代表人：谭某",
        "某某县某镇某大道21号",
    ),
    ("当事人：某某有限公司\n办公地址：某某市某路1号A座", "某某市某路1号A座"),
    ("当事人：某某有限公司\n住所地：某某市某路2号", "某某市某路2号"),
    ("当事人：某某有限公司\n通讯地址：某某市某路3号", "某某市某路3号"),
    ("违法行为人：谭某\n家庭住址：某某县某村5组", "某某县某村5组"),
    ("违法行为人：谭某\n户籍地址：某某县某镇某街6号", "某某县某镇某街6号"),
    ("当事人：某某有限公司\n生产经营地址：某某市某工业园7号", "某某市某工业园7号"),
]


@pytest.mark.parametrize(("text", "want"), ADDRESSES)
def test_address_labels_and_residence_wording(text: str, want: str) -> None:
    got = address(text)
    assert got is not None and got[0] == want


def test_a_sentence_about_a_place_is_no_address() -> None:
    assert address("当事人：谭某\n    现查明：当事人在某某市某路9号门前摆摊。") is None


def test_a_police_closing_register_is_the_closing_form() -> None:
    # 公安 files close with a 结案登记表 where other sectors use a 结案审批表
    assert classify_title("行政案件结案登记表") == ("结案审批表", "行政案件结案登记表")
    assert classify_title("结案登记表") == ("结案审批表", "结案登记表")


WEIGHED = [
    "依据某法第二十条的规定，结合当事人超标排放时长，以及发现后立即修复并达标的情节，本局决定对当事人罚款。",
    "鉴于当事人主动整改到位的情节，依据某法第九条，决定处以罚款。",
]


@pytest.mark.parametrize("text", WEIGHED)
def test_a_decision_weighing_the_correction_applies_mitigation(text: str) -> None:
    assert "mitigation_applied" in find_markers(text)


@pytest.mark.parametrize(
    "text",
    [
        "当事人称希望考虑其已经整改。",  # a wish in a record, no weighed 情节
        "结合当事人拒不整改的情节，决定从重处罚。",  # a refusal, not a correction
        "鉴于当事人未能及时整改的情节，决定按一般情节处罚。",
    ],
)
def test_no_mitigation_is_read_from_wishes_or_refusals(text: str) -> None:
    assert "mitigation_applied" not in find_markers(text)


LISTED_TOTALS = [
    # parts listed with the kind's label, then the total
    ("货值金额：饼干40.5元、牛奶36.0元、薯片27.5元，共计114.0元。", [40.5, 36.0, 27.5]),
    # each part in a note, the total in the next sentence of the paragraph
    (
        "经查，当事人销售过期饼干9袋（单价4.5元，货值40.5元）；过期牛奶12盒（单价3元，货值36.0元）。"
        "以上货值金额合计76.5元。",
        [40.5, 36.0],
    ),
]


@pytest.mark.parametrize(("text", "parts"), LISTED_TOTALS)
def test_a_total_of_listed_amounts_is_their_sum(text: str, parts: list[float]) -> None:
    totals = [h for h in find_amounts(text, "行政处罚决定书") if h.kind == "goods_value" and h.terms]
    assert [t.terms for t in totals] == [[[p] for p in parts]]


@pytest.mark.parametrize(
    "text",
    [
        "货值金额共计114.0元。",  # a total with no parts listed
        "货值金额114.0元，经核实货值金额共计114.0元。",  # the total restated
        "货值金额：饼干40.5元。\n另查明，货值金额共计114.0元。",  # the part is in another paragraph
        "货值金额1000元，违法所得200元，共计1200元。",  # parts of different kinds
    ],
)
def test_no_listed_parts_without_a_list(text: str) -> None:
    assert not [h for h in find_amounts(text, "行政处罚决定书") if h.kind == "goods_value" and h.terms]


def test_the_date_opening_the_found_facts_dates_the_act() -> None:
    # a police decision: 现查明：<date>，<name>在…, the act's date with no 当事人/你 before it
    text = "违法行为人：邹某\n    现查明：2022年6月3日21时许至次日1时，邹某在某小区5栋住所内大声播放音乐。"
    got = event_dates(text)
    assert got["violation"].iso == "2022-06-03"


def test_a_found_inspection_date_is_still_the_inspection() -> None:
    got = event_dates("现查明：2022年6月3日，本局执法人员对当事人经营场所进行检查，发现其销售过期食品。")
    assert "violation" not in got and got["investigation"].iso == "2022-06-03"


def test_a_police_approval_report_is_the_decision_approval_form() -> None:
    assert classify_title("呈请行政处罚报告书") == ("行政处罚决定审批表", "呈请行政处罚报告书")


def test_the_operators_record_gives_a_self_employed_partys_id() -> None:
    # the decision names the shop and its 经营者 in a note; only the 笔录 questioning her gives the ID
    decision = (
        "某某县某某局\n行政处罚决定书\n某罚〔2023〕6号\n"
        "某某县阿香干货店（纳税人识别号：92330102MA2H0J1X17，经营者：蒋某英）：\n    你户逾期未申报…"
    )
    record = (
        f"询问笔录\n询问时间：2023年5月4日\n被询问人：蒋某英\n身份证号码：{PERSON_ID}\n问：你是什么身份？"
    )
    docs = (
        Document("询问笔录", "询问笔录", "询问笔录", "f.txt", (1, 1), record, (0,)),
        Document("行政处罚决定书", "行政处罚决定书", "行政处罚决定书", "f.txt", (2, 2), decision, (0,)),
    )
    fields = contract_fields(extract_case(Case("c", "c", (), docs)))
    assert fields["party"]["kind"] == "个人"
    assert fields["party"]["id_number"] == PERSON_ID


def test_a_units_representative_gives_no_id_number() -> None:
    decision = (
        "某某县某某局\n行政处罚决定书\n某罚〔2023〕7号\n"
        "当事人：某某县恒达商贸有限公司\n法定代表人：蒋某英\n    经查，当事人…"
    )
    record = (
        f"询问笔录\n询问时间：2023年5月4日\n被询问人：蒋某英\n身份证号码：{PERSON_ID}\n问：你是什么身份？"
    )
    docs = (
        Document("询问笔录", "询问笔录", "询问笔录", "f.txt", (1, 1), record, (0,)),
        Document("行政处罚决定书", "行政处罚决定书", "行政处罚决定书", "f.txt", (2, 2), decision, (0,)),
    )
    fields = contract_fields(extract_case(Case("c", "c", (), docs)))
    assert fields["party"]["kind"] == "单位"
    assert fields["party"]["id_number"] is None


def test_a_period_whose_end_has_no_year_dates_the_act() -> None:
    got = event_dates("经查：2023年3月2日至3月9日，当事人在营业期间未开启净化设施直接排放油烟。")
    assert got["violation"].iso == "2023-03-02"


def test_found_after_a_comma_is_still_found() -> None:
    got = event_dates("2021年7月5日，本局执法人员在日常巡查中发现，你单位承建的工地未设置围挡。")
    assert got["discovered"].iso == "2021-07-05"


def test_a_yearless_period_of_the_agencys_own_work_is_no_act() -> None:
    got = event_dates("2023年3月2日至3月9日期间，本局对当事人开展专项检查。")
    assert "violation" not in got


def test_a_company_selling_to_a_self_employed_buyer_stays_a_unit() -> None:
    text = "当事人：某某市优品食品有限公司\n    经查，当事人向个体户某某副食店销售过期饼干20箱。"
    assert _party(text)["kind"] == "单位"


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("执法人员亮证执法，说明来意。", "showed_certificate"),
        ("问：我们是某某局执法人员，这是我们的执法证件，请过目。", "showed_certificate"),
        ("执法人员主动亮明身份。", "showed_certificate"),
        ("问：如认为执法人员与本案有利害关系，你可以提出回避。", "recusal_notice"),
    ],
)
def test_more_ways_a_record_states_certificate_and_recusal(text: str, marker: str) -> None:
    assert marker in find_markers(text)


@pytest.mark.parametrize("text", ["执法人员未亮证。", "问：这是什么证件？"])
def test_no_certificate_shown_in_these(text: str) -> None:
    assert "showed_certificate" not in find_markers(text)


@pytest.mark.parametrize(
    ("text", "sealed"),
    [
        ("某某市某某局（电子签章）\n2024年3月5日", True),
        ("本决定书已加盖电子签章，与纸质文书具有同等效力。", True),
        ("受送达人（签名或签章）：", False),
        ("该文书未加盖电子签章。", False),
    ],
)
def test_an_electronic_seal_is_a_seal(text: str, sealed: bool) -> None:
    assert bool(find_seal_markers(text)) is sealed


@pytest.mark.parametrize(
    "title", ["行政处罚决定书（当场）", "行政处罚决定书（适用简易程序）", "行政处罚决定书(简易)"]
)
def test_a_decision_titled_as_summary_runs_the_summary_procedure(title: str) -> None:
    decision = f"某某县某某局\n{title}\n编号：0012345\n被处罚人：邝某\n罚款五十元。\n2023年5月4日"
    docs = (Document("行政处罚决定书", "行政处罚决定书", title, "f.txt", (1, 1), decision, (0,)),)
    assert extract_case(Case("c", "c", (), docs))["procedure"] == "简易"


@pytest.mark.parametrize(
    "label",
    ["纳税人名称", "单位名称", "企业名称", "违法单位", "当事人（单位）名称", "违法嫌疑人", "经营者名称"],
)
def test_sector_labels_name_the_party(label: str) -> None:
    assert _party(f"{label}：某某市禾丰商贸有限公司\n法定代表人：卢某")["name"] == "某某市禾丰商贸有限公司"


def test_an_agencys_own_unit_label_names_no_party() -> None:
    assert _party("执法单位名称：某某市某某局\n执法人员：卢某")["name"] is None


def _procedure(pages: list[str]) -> str:
    case = Case("c", "c", (), tuple(segment([text_source(pages)])))
    return extract_case(case)["procedure"]


def test_an_earlier_summary_decision_beside_a_later_ordinary_one_is_evidence() -> None:
    # no copy note: the 当场 decision is dated weeks before the case's own 普通 decision
    pages = [
        "当场行政处罚决定书\n某公当罚〔2021〕15号\n被处罚人：戴某\n警告。\n2021年5月1日",
        "某市公安局某分局\n行政处罚决定书\n某公行罚〔2021〕88号\n违法行为人：戴某\n罚款三百元。\n2021年6月10日",
    ]
    assert _procedure(pages) == "普通"


def test_a_summary_decision_alone_is_summary() -> None:
    pages = ["当场行政处罚决定书\n某公当罚〔2021〕15号\n被处罚人：戴某\n罚款五十元。\n2021年5月1日"]
    assert _procedure(pages) == "简易"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("是否出示执法证件：否", False),
        ("出示执法证件 □是 ☑否", False),
        ("是否出示执法证件：是", True),
        ("出示执法证件 ☑是 □否", True),
    ],
)
def test_a_form_row_answering_no_records_no_certificate(text: str, shown: bool) -> None:
    assert ("showed_certificate" in find_markers(text)) is shown

"""Round-3 precision fixes (law, service, subject and procedure codes), each in our own wording.

Every test here reproduces a general way real files vary that the tool misread; none copies a
development or held-out file's text.
"""

from __future__ import annotations

from datetime import date

import pytest

from casecheck.extract.fields.citations import find_citations
from casecheck.extract.fields.events import event_dates
from casecheck.extract.fields.markers import find_markers
from casecheck.extract.fields.money import find_amounts
from casecheck.extract.fields.officers import find_officers
from casecheck.extract.fields.served import served_block
from casecheck.extract.fields.signatures import find_signatures
from casecheck.ingest.doctypes import classify_title
from casecheck.ingest.segment import segment
from tests.conftest import text_source


def test_a_receipt_form_row_naming_the_served_document_is_not_a_new_document() -> None:
    # A 送达回证 drawn as tab or space separated cells: 文书名称<gap>行政处罚决定书 is its first row.
    pages = [
        "某县城市管理局\n行政处罚决定书\n某城管罚〔2021〕9号\n当事人：某甲\n2021年3月2日",
        "送达回证\n文书名称\t行政处罚决定书\n送达方式\t直接送达\n受送达人签名\t某甲",
        "送达回证\n送达文书   行政处罚事先告知书\n受送达人签名   某甲",
    ]
    docs = segment([text_source(pages)])
    assert [d.doc_type for d in docs] == ["行政处罚决定书", "送达回证", "送达回证"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("受处罚人签字：某乙　本人已当场收到本决定书", True),
        ("决定书由当事人当场签收", True),
        ("当事人未当场收到决定书，次日邮寄送达", False),
    ],
)
def test_a_decision_received_on_the_spot_is_on_spot_service(text: str, found: bool) -> None:
    # 当场收到 / 当场签收 say the same as 当场交付: the decision needs no separate 送达回证.
    assert ("on_spot_service" in find_markers(text)) is found


def test_a_second_handler_wrapped_inside_a_box_cell_is_read() -> None:
    # A 立案 form drawn with │ borders: the second 承办人 sits on the cell's next line with the date.
    text = (
        "│拟办意见  │拟予立案。承办人：郭小川（44010299001234）        │\n"
        "│          │          毛丽娜（44010299001288）  2022年5月9日 │\n"
        "│负责人意见│同意。负责人：易建国  2022年5月10日               │\n"
    )
    officers = find_officers(text)
    assert [(o.name, o.certificate) for o in officers] == [
        ("郭小川", "44010299001234"),
        ("毛丽娜", "44010299001288"),
    ]


def test_officers_named_in_one_narrative_sentence_keep_their_own_numbers() -> None:
    # A narrative record: two labels in one sentence, each name with its number in brackets, and the
    # signature line at the end repeating the names without numbers.
    text = (
        "检查于某日进行，检查人员韦志成（执法证号37020119004512），记录员孔一帆（执法证号37020119004577）。"
        "当事人到场。\n检查人员：韦志成    记录员：孔一帆\n"
    )
    officers = find_officers(text)
    assert [(o.name, o.certificate) for o in officers] == [
        ("韦志成", "37020119004512"),
        ("孔一帆", "37020119004577"),
    ]


def test_a_certificate_label_after_the_names_does_not_end_the_list() -> None:
    text = "执法人员：韦志成、孔一帆，执法人员证号分别为37020119004512、37020119004577。\n"
    officers = find_officers(text)
    assert [(o.name, o.certificate) for o in officers] == [
        ("韦志成", "37020119004512"),
        ("孔一帆", "37020119004577"),
    ]


def test_a_receipt_headed_by_its_case_number_serves_the_number_in_its_document_row() -> None:
    # The 案号 (the case's own number) heads the form; the row naming the served document holds
    # the document's 文号.
    text = (
        "送达回证\n案号：某交立〔2023〕0071号\n送达文书名称\t行政处罚决定书 某交罚〔2023〕0071号\n"
        "受送达人\t某丙\n送达方式\t直接送达\n"
    )
    block = served_block(text)
    assert (block["title"], block["doc_number"]) == ("行政处罚决定书", "某交罚〔2023〕0071号")


def test_a_narrative_officer_list_ends_with_its_sentence_and_a_phone_is_no_certificate() -> None:
    text = (
        "询问人韦志成（执法证号37020119004512），记录人孔一帆（执法证号37020119004577）。被询问人"
        "某丁，男，联系电话13905310427，住某县某村。\n"
    )
    officers = find_officers(text)
    assert [(o.name, o.certificate) for o in officers] == [
        ("韦志成", "37020119004512"),
        ("孔一帆", "37020119004577"),
    ]
    assert find_officers("检查人员：韦志成 联系电话13905310427\n")[0].certificate is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("勘验时对现场拍摄照片12张，并用无人机航拍一组", True),
        ("检查人员对涉案车辆拍照固定", True),
        ("现场全程摄像", True),
        ("因光线原因未拍照", False),
        ("现场照片（见附件）", False),
        ("执法人员调取了店内监控录像", False),  # footage of the act taken as evidence
        ("当事人经营的录像厅", False),
    ],
)
def test_photographs_and_video_taken_at_the_step_are_an_audio_video_record(text: str, found: bool) -> None:
    # 国办发〔2018〕118号: 音像记录 is recording the enforcement by camera, recorder or 执法记录仪 —
    # photographs taken during the inspection are one (PROC-11); a photo merely listed is not said
    # to have been taken at the step.
    assert ("av_record" in find_markers(text)) is found


@pytest.mark.parametrize(
    ("line", "doc_type"),
    [
        ("受案登记表", "立案审批表"),  # a police administrative case opens with 受案, not 立案
        ("行政案件受案登记表", "立案审批表"),
        ("行政处罚告知笔录", "行政处罚事先告知书"),  # the notice made as a record the party signs
        ("行政处罚告知笔录（书）", "行政处罚事先告知书"),
        ("立案审批单", "立案审批表"),  # 单 for 表, 报批 for 审批
        ("行政处罚案件立案报批表", "立案审批表"),
        ("立案登记审批表", "立案审批表"),
        ("行政处罚权利告知书", "行政处罚事先告知书"),  # the notice named by what it tells
        ("行政处罚意见告知书", "行政处罚事先告知书"),
        ("处罚前告知书", "行政处罚事先告知书"),
        ("陈述申辩告知书", "行政处罚事先告知书"),
    ],
)
def test_police_style_opening_and_notice_forms_classify(line: str, doc_type: str) -> None:
    hit = classify_title(line, loose=True)
    assert hit is not None and hit[0] == doc_type


def test_one_article_that_is_both_the_violated_provision_and_the_penalty_basis_keeps_both_roles() -> None:
    # Some articles define the act and its penalty at once: the decision cites the same article
    # after 违反了 and after 根据; LAW-01 must see a penalty basis.
    text = (
        "当事人的行为违反了《中华人民共和国治安管理处罚法》第六十三条的规定。"
        "根据《中华人民共和国治安管理处罚法》第六十三条之规定，现决定对当事人处以罚款二百元。"
    )
    got = [(h.article, h.role) for h in find_citations(text)]
    assert got == [(63, "violated"), (63, "penalty")]


def test_a_provision_repeated_with_the_same_role_is_one_citation() -> None:
    text = (
        "违反了《中华人民共和国食品安全法》第三十四条的规定。当事人违反《中华人民共和国食品安全法》"
        "第三十四条规定的行为，有以下证据证明。"
    )
    assert [(h.article, h.role) for h in find_citations(text)] == [(34, "violated")]


def test_an_item_cited_without_its_paragraph_is_read_in_the_paragraph_that_holds_it() -> None:
    # 第六十三条第（二）项: the article's items stand in its only paragraph; citing the item without
    # 第一款 must not widen the range to the union of every item.
    from casecheck.laws import catalog

    title = catalog.resolve_title("中华人民共和国道路运输条例")
    r = catalog.penalty_range(title, date(2024, 5, 6), 63, None, 2, "个人", 5000)
    assert r is not None and (r.min_yuan, r.max_yuan) == (10000, 100000)
    assert "union_of_items" not in r.flags


@pytest.mark.parametrize(
    ("row", "filled"),
    [
        ("受送达人签名或盖章　　　　　　　　年　　月　　日", False),  # cells parted by ideographic spaces
        ("受送达人签名或盖章　　许一鸣　　2021年6月2日", True),
        ("受送达人（签名）    吕芳  2021年6月2日", True),
        ("受送达人签名或盖章 年 月 日", False),  # the same rows once whitespace is normalised
        ("受送达人签名或盖章 许一鸣 2021年6月2日", True),
    ],
)
def test_a_receipt_row_whose_cells_are_parted_by_spaces_is_a_signature_line(row: str, filled: bool) -> None:
    hits = [h for h in find_signatures(row + "\n送达人签名　　　甲某　乙某\n") if h.role == "recipient"]
    assert [h.filled for h in hits] == [filled]


def test_a_receipt_drawn_as_a_box_table_has_its_recipient_row_and_date_read() -> None:
    text = (
        "┌────────┬──────────────┐\n"
        "│送达文书│行政处罚决定书 某环罚〔2022〕31号│\n"
        "│送达方式│直接送达│\n"
        "│受送达人签名或盖章│ │\n"
        "│送达人│甲某 乙某│\n"
        "└────────┴──────────────┘\n"
    )
    recipient = [h for h in find_signatures(text) if h.role == "recipient"]
    assert [h.filled for h in recipient] == [False]
    signed = text.replace("│受送达人签名或盖章│ │", "│受送达人签名或盖章│丙某 2022年8月3日│")
    assert [h.filled for h in find_signatures(signed) if h.role == "recipient"] == [True]
    assert served_block(signed)["date"].iso == "2022-08-03"


def test_an_act_said_to_constitute_what_an_article_describes_cites_it_as_violated() -> None:
    text = (
        "当事人的行为构成了《中华人民共和国产品质量法》第四十九条所指的销售不合格产品的行为。"
        "按照《中华人民共和国产品质量法》第四十九条的规定，本局决定没收不合格产品并处罚款。"
    )
    assert [(h.article, h.role) for h in find_citations(text)] == [(49, "violated"), (49, "penalty")]


def test_a_rank_before_an_officers_name_is_not_part_of_it() -> None:
    # 民警甲某 and 甲某 are one officer: counted twice, a record made by one officer passed SUBJ-01.
    text = "询问人：民警秦立山（警号：052211）\n记录人：民警秦立山\n"
    assert [(o.name, o.certificate) for o in find_officers(text)] == [("秦立山", "052211")]


@pytest.mark.parametrize(
    ("row", "method"),
    [
        ("送达方式：邮寄", "邮寄送达"),
        ("送达方式\t直接", "直接送达"),
        ("│送达方式│留置│", "留置送达"),
        ("送达方式：", None),
    ],
)
def test_a_method_field_holding_only_the_first_word_names_the_method(row: str, method: str | None) -> None:
    # A receipt that says 邮寄 has a method: SERV-02 must not report it missing.
    assert served_block("送达文书：行政处罚决定书\n" + row + "\n")["method"] == method


@pytest.mark.parametrize("text", ["受案时间：2022年11月3日", "本所于2022年11月3日受案后开展调查。"])
def test_a_police_case_is_opened_by_its_acceptance(text: str) -> None:
    assert {k: v.iso for k, v in event_dates(text).items()} == {"filing": "2022-11-03"}


@pytest.mark.parametrize(
    ("row", "filled"),
    [
        ("受送达人签名（盖章）：宋立平（某某有限公司印章）", True),  # 签名（盖章）: one note
        ("| 签收人及日期 | 宋立平 2020年3月4日 |", True),  # a label that also asks for the date
        ("签收：宋立平 2020年3月4日  送达人：甲某 乙某", True),
        ("受送达人：某某有限公司  签收人：宋立平  签收时间：2020年3月4日", True),  # second label on the line
        ("收件人签名（盖章）\t拒绝签收", False),  # a refusal written in the row is no signature
        ("受送达人（签名）：当事人拒签", False),
    ],
)
def test_recipient_rows_written_in_other_ways_are_read(row: str, filled: bool) -> None:
    assert [h.filled for h in find_signatures(row) if h.role == "recipient"] == [filled]


def test_a_second_signature_on_the_same_line_is_read() -> None:
    hits = find_signatures("见证人签名：苗青 2020年3月4日  送达人签名：甲某 乙某\n")
    assert [(h.role, h.filled) for h in hits] == [("witness", True), ("sender", True)]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("经查，该广告的广告费用（制作发布费）为8,400元。", ["ad_fee"]),
        ("当事人支付广告费8400元。", ["ad_fee"]),
        ("没收广告费用8400元，并处罚款30000元。", ["other", "fine"]),
    ],
)
def test_an_advertising_fee_is_the_base_of_an_advertising_fine(text: str, kinds: list[str]) -> None:
    assert [h.kind for h in find_amounts(text)] == kinds


def test_a_forms_labelled_fields_name_the_citation_roles() -> None:
    # A form (当场处罚决定书, 审批表) states the roles as field labels, with no 违反/依据…决定 sentence.
    text = (
        "违法依据：《中华人民共和国消防法》第二十八条\n"
        "处罚依据：《中华人民共和国消防法》第六十条第一款第（三）项\n"
        "处罚内容：罚款人民币陆仟元\n"
    )
    assert [(h.article, h.role) for h in find_citations(text)] == [(28, "violated"), (60, "penalty")]


@pytest.mark.parametrize(
    ("row", "day"),
    [
        ("收件人签名及日期：邹某 2022年9月14日", "2022-09-14"),
        ("接收日期：2022年9月14日", "2022-09-14"),
        ("签收：邹某 2022年9月14日", "2022-09-14"),
        ("收件人：某某有限公司  寄件日期：2022年9月12日", None),  # a mail slip's addressee and posting day
        ("交寄日期：2022年9月12日\n妥投日期：2022年9月14日", "2022-09-14"),  # a mailed decision's delivery
        ("邮件于2022年9月14日由其同事代为签收", "2022-09-14"),
    ],
)
def test_the_day_a_receipt_was_signed_for_is_read_from_its_recipient_row(row: str, day: str | None) -> None:
    got = served_block("送达文书：行政处罚决定书\n" + row + "\n")["date"]
    assert (got.iso if got else None) == day


def test_officers_listed_one_sentence_each_are_all_read() -> None:
    text = "执法人员：韦志成（执法证号37020119004512）。孔一帆（执法证号37020119004577）。\n"
    assert [o.name for o in find_officers(text)] == ["韦志成", "孔一帆"]

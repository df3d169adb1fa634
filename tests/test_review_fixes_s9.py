"""Problems a read-only review proved in session 9's changes, each a failing case before its fix."""

from __future__ import annotations

from casecheck.extract.fields.discretion import find_discretion
from casecheck.extract.fields.markers import find_markers
from casecheck.extract.fields.money import find_amounts
from casecheck.extract.fields.party import clean_name
from casecheck.extract.fields.signatures import find_signatures
from casecheck.ingest.segment import segment
from casecheck.model import Page, SourceFile


def test_a_space_after_a_bracket_inside_a_company_name() -> None:
    assert clean_name("百胜餐饮（武汉） 有限公司") == "百胜餐饮（武汉）有限公司"
    assert clean_name("伊利(中国) 投资有限公司，统一社会信用代码：91") == "伊利(中国)投资有限公司"


def test_seized_money_is_neither_fine_nor_confiscation() -> None:
    hits = find_amounts("现决定对张某处罚款伍佰元，收缴赌资人民币2200元。", "行政处罚决定书")
    assert [(h.kind, h.value) for h in hits] == [("fine", 500.0), ("seized", 2200.0)]


def test_public_notice_of_another_document_or_a_warning_is_none() -> None:
    assert "public_notice_service" not in find_markers(
        "现依法向你公告送达本局作出的某市监罚告〔2023〕12号《行政处罚事先告知书》。"
    )
    assert "public_notice_service" not in find_markers(
        "送达地址确认书…行政机关可以公告送达，公告期满即视为送达。"
    )


def test_an_unsigned_police_acknowledgement_is_no_service() -> None:
    text = "某县公安局（印）\n二〇二三年五月十日\n处罚决定书已向我宣告并送交。\n被处罚人：    年  月  日\n"
    assert "on_spot_service" not in find_markers(text)


def test_weighing_does_not_run_into_the_next_form_field() -> None:
    text = (
        "案件调查终结报告\n调查经过：2023年5月4日，执法人员结合群众举报线索，到某超市进行了检查\n"
        "处理意见：建议给予罚款人民币5000元的行政处罚。\n承办人：张某 李某 2023年5月20日\n"
    )
    assert find_discretion(text) is None


def test_no_lighter_fine_is_no_lighter_level() -> None:
    hit = find_discretion("本局经复核认为不宜从轻。决定罚款五千元。")
    assert hit is not None and hit.level is None


def test_a_name_ending_in_chang_is_a_signer() -> None:
    assert [s.filled for s in find_signatures("负责人意见\t同意。李德长（签名） 2024年7月16日\n")] == [True]


def test_a_catalogue_one_cell_per_paragraph_stays_whole() -> None:
    p1 = (
        "卷内目录\n案卷题名：某案\n全宗号：A12\n案卷号：2023-015\n\n序号\n\n文书名称\n\n日期\n\n页号\n\n"
        "1\n\n立案审批表\n\n2023.5.4\n\n1\n\n2\n\n询问笔录\n\n2023.5.6\n\n2\n"
    )
    pages = (
        Page(1, p1, p1, (), "text"),
        Page(2, "立案审批表\n案由：某案\n", "", (), "text"),
        Page(3, "询问笔录\n时间：2023年5月6日\n", "", (), "text"),
    )
    docs = segment([SourceFile("a.txt", "a.txt", "text", "0", pages)])
    assert [(d.doc_type, d.pages) for d in docs] == [
        ("卷内目录", (1, 1)),
        ("立案审批表", (2, 2)),
        ("询问笔录", (3, 3)),
    ]


# A second review, of the fixes above and those drawn from heldout38/39.


def test_the_question_check_keeps_an_officer_list_ending_in_a_question() -> None:
    from casecheck.extract.fields.officers import find_officers

    text = "询问人：张三（执法证号：51110001）、李四（执法证号：51110002），你是否申请回避？\n"
    found = [(o.name, o.certificate) for o in find_officers(text)]
    assert found == [("张三", "51110001"), ("李四", "51110002")]


def test_a_deciding_line_under_the_weighing_is_no_form_field() -> None:
    text = "鉴于当事人主动整改，积极配合调查，\n本局决定：对当事人处以罚款人民币5000元。"
    assert find_discretion(text) is not None


def test_public_notices_of_the_decision_in_other_wordings() -> None:
    texts = (
        "因你单位下落不明，现向你单位公告送达本局作出的某市监处罚〔2023〕12号《行政处罚决定书》，自公告之日起经过三十日即视为送达。",
        "本机关依法对你作出行政处罚决定（文号：某市监处罚〔2023〕12号），因无法送达，现予公告送达。",
    )
    assert all("public_notice_service" in find_markers(t) for t in texts)


def test_police_acknowledgements_signed_in_other_forms() -> None:
    head = "本决定书已向我宣告并送交。\n"
    assert "on_spot_service" not in find_markers(head + "被处罚人（签名）：      年  月  日")
    for signed in ("被处罚人或代理人签名：李某某 2024年5月4日", "被处罚单位（签章）：某某商贸有限公司"):
        assert "on_spot_service" in find_markers(head + signed)


def test_other_posts_printed_without_a_signer() -> None:
    for post in ("分管副镇长", "组长"):
        row = f"负责人意见\t同意。{post}（签名）    2024年7月16日"
        assert [h.filled for h in find_signatures(row)] == [False]


def test_confiscated_illegal_income_is_a_gain_not_goods() -> None:
    from casecheck.extract.fields.penalty import find_penalty_kinds

    text = "决定给予如下行政处罚：1.没收非法所得人民币叁仟元；2.罚款人民币伍仟元。"
    assert sorted(k for k, *_ in find_penalty_kinds(text)) == ["没收违法所得", "罚款"]


# The final read-through of the session's change.


def test_an_unsigned_acknowledgement_followed_by_the_copies_line() -> None:
    text = "本决定书已向我宣告并送交。\n被处罚人：\n一式三份，被处罚人、执行单位各一份"
    assert "on_spot_service" not in find_markers(text)


def test_an_address_confirmations_rule_on_public_notice_is_no_notice() -> None:
    text = "送达地址确认书：行政处罚决定书等文书，受送达人下落不明的，依法公告送达。"
    assert "public_notice_service" not in find_markers(text)

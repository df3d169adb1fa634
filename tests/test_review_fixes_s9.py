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


# A third review, of the print-stamp, stacked-receipt and acknowledgement changes.


def test_stacked_receipt_blank_or_refused_signature_is_unsigned() -> None:
    from casecheck.extract.fields.served import served_rows

    head = (
        "送达文书 行政处罚告知书（某综执告〔2021〕第12号）\n受送达人 钱某\n送达方式 直接送达\n"
        "受送达人签收 钱某 2021年4月1日\n"
    )
    for tail in ("受送达人签收：\n送达人：甲某 乙某\n", "受送达人签收 拒签\n送达人 甲某\n"):
        text = (
            head
            + "送达文书 行政处罚决定书（某综执罚〔2021〕第30号）\n受送达人 钱某\n送达方式 直接送达\n"
            + tail
        )
        assert [r["recipient_signed"] for r in served_rows(text)] == [True, False]


def test_a_repeated_table_header_is_no_stacked_block() -> None:
    from casecheck.extract.fields.served import _stacked_rows

    row = "送达文书名称\t文号\t送达方式\t收到日期\t受送达人签名\n"
    text = row + "行政处罚告知书\t某告〔2021〕1号\t直接送达\t2021年4月1日\t钱某\n" + row
    assert _stacked_rows(text) == []


def test_a_public_notice_with_de_in_its_wording() -> None:
    text = "本局作出的行政处罚决定书已在本局门户网站的公告栏予以公告送达。"
    assert "public_notice_service" in find_markers(text)
    assert "public_notice_service" not in find_markers(
        "行政处罚决定书等文书，受送达人无法送达时，依法公告送达。"
    )


def test_acknowledgements_signed_on_the_next_line_or_before_a_comma() -> None:
    head = "本决定书已向我宣告并送达。\n"
    for signed in ("被处罚人（签名）：\n李某某\n2022年5月1日", "被处罚人：李某某，2022年5月1日"):
        assert "on_spot_service" in find_markers(head + signed)
    assert "on_spot_service" not in find_markers(head + "被处罚人        年  月  日")


def test_print_stamps_in_other_forms() -> None:
    from casecheck.ingest.segment import PRINT_STAMP

    for line in (
        "打印人：张三 打印时间：2021-06-30 09:41 第1页 共3页",
        "打印时间：2021年06月30日 09时41分 第1页／共3页",
    ):
        assert PRINT_STAMP.match(line)


def test_a_bank_voucher_printed_on_the_day_paid_keeps_that_date() -> None:
    from casecheck.extract.fields.closing import closing_date

    text = "中国建设银行电子缴税付款凭证\n实缴金额：¥300.00 第1次打印 打印时间：2023年9月4日\n"
    hit = closing_date(text, "缴款凭证")
    assert hit is not None and hit[0].iso == "2023-09-04"


def test_a_filing_deadline_is_no_payment_date() -> None:
    from casecheck.extract.fields.events import event_dates

    text = "你未在规定期限（2023年6月30日前）办理2022年度汇算清缴纳税申报，经责令改正。"
    assert "payment" not in event_dates(text)

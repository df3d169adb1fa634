"""Problems a read-only review proved in session 10's own changes, each a case that failed on them."""

from __future__ import annotations

from casecheck.extract.fields.closing import closing_date
from casecheck.extract.fields.events import event_dates
from casecheck.extract.fields.ids import find_doc_numbers
from casecheck.extract.fields.markers import find_markers
from casecheck.extract.fields.money import find_amounts, total
from casecheck.extract.fields.party import party_name
from casecheck.extract.fields.served import served_block
from casecheck.ingest.segment import segment
from casecheck.model import Page, SourceFile


def _source(*pages: str) -> SourceFile:
    return SourceFile(
        "a.txt", "a.txt", "text", "0", tuple(Page(i, t, t, (), "text") for i, t in enumerate(pages, 1))
    )


def test_two_double_spaced_records_stay_apart() -> None:
    def record(n: int, who: str) -> str:
        return (
            f"某某县应急管理局\n\n询问笔录\n\n\n第 {n} 次询问\n\n询问时间：2023年5月{n}日9时至10时\n\n"
            f"询问地点：本局询问室\n\n询问人：甲某、乙某  记录人：乙某\n\n被询问人：{who}\n\n"
            f"问：请讲一下情况。\n\n答：情况属实。\n\n被询问人：（签名）{who}\n"
        )

    docs = segment([_source(record(1, "张三"), record(2, "李四"))])
    assert [(d.doc_type, d.pages) for d in docs] == [("询问笔录", (1, 1)), ("询问笔录", (2, 2))]


def test_a_receipt_row_naming_a_document_under_a_signature() -> None:
    decision = (
        "行政处罚决定书\n某环罚〔2023〕5号\n当事人：某某有限公司\n本局决定罚款伍万元。\n"
        "某某市生态环境局\n2023年5月10日\n"
    )
    receipt = (
        "送达回证\n案由：某某有限公司超标排放案\n受送达人：某某有限公司\n送达地点：某某路1号\n"
        "送达方式：直接送达\n送达人：甲某、乙某\n受送达人签名：张三\n"
        "行政处罚决定书\n某环罚〔2023〕5号\n2023年5月11日\n备注：\n"
    )
    assert [d.doc_type for d in segment([_source(decision, receipt)])] == ["行政处罚决定书", "送达回证"]


def test_a_sentence_naming_a_slip_is_no_slip() -> None:
    p1 = (
        "行政处罚决定书\n某环罚〔2023〕5号\n当事人：某某有限公司\n本局决定罚款伍万元。\n"
        "限你公司自收到本决定书之日起十五日内，"
    )
    p2 = "持本决定书及非税收入缴款书（第一联）到某某银行缴纳罚款。\n某某市生态环境局\n2023年5月10日\n"
    docs = segment([_source(p1, p2, "送达回证\n受送达人：某某有限公司\n送达文书：行政处罚决定书\n")])
    assert [(d.doc_type, d.pages) for d in docs] == [("行政处罚决定书", (1, 2)), ("送达回证", (3, 3))]


def test_a_merged_execution_before_a_list_is_no_total() -> None:
    listed = (
        "分别裁量、合并执行，决定：一、对违法行为一罚款人民币叁万元；二、对违法行为二罚款人民币壹万元；"
        "三、对违法行为三罚款人民币贰万元。"
    )
    assert total(find_amounts(listed, "行政处罚决定书"), "fine") == 60000.0
    follows = "合并执行如下行政处罚：罚款人民币叁万元；没收违法所得人民币壹万元；罚款人民币贰万元。"
    assert total(find_amounts(follows, "行政处罚决定书"), "fine") == 50000.0


def test_he_after_a_title_or_conjunction_keeps_the_place_code() -> None:
    for text, want in (
        ("行政处罚决定书沈和市监罚〔2024〕187号", "沈和市监罚〔2024〕187号"),
        ("事先告知书和沈和环罚告〔2023〕41号", "沈和环罚告〔2023〕41号"),
        ("现场笔录及沈和环罚〔2023〕41号", "沈和环罚〔2023〕41号"),
    ):
        assert [d.value for d in find_doc_numbers(text)] == [want], text


# A second review, of the fixes above and of the 44–49 fixes, proved eight more.


def test_a_notice_after_a_signed_record_on_one_page() -> None:
    page = (
        "询问笔录\n时间：2023年5月6日\n询问人：甲某、乙某\n被询问人：张三\n问：是否申请回避？\n答：不申请。\n"
        "问：还有补充吗？\n答：没有。\n以上笔录我看过，与我说的相符。\n执法人员签名：甲某\n"
        "行政处罚事先告知书\n某环罚告〔2023〕5号\n某某化工有限公司：\n本局拟对你公司罚款五万元。\n"
    )
    docs = segment([_source(page, "行政处罚决定书\n某环罚〔2023〕5号\n决定罚款五万元。\n")])
    assert [d.doc_type for d in docs] == ["询问笔录", "行政处罚事先告知书", "行政处罚决定书"]


def test_a_merged_execution_naming_a_warning_first_is_a_total() -> None:
    text = "对违法行为一罚款人民币3万元；对违法行为二罚款人民币2万元。合并执行：警告、罚款人民币5万元。"
    assert total(find_amounts(text, "行政处罚决定书"), "fine") == 50000.0


def test_later_steps_of_the_party_date_no_violation() -> None:
    for text in (
        "当事人在收到《行政处罚事先告知书》后，于2023年6月12日向本局提交了书面陈述申辩材料。",
        "本局于2023年3月1日责令当事人限期改正，当事人实际于2023年3月20日完成整改。",
        "当事人收到告知书后，于2023年6月12日申请听证。",
    ):
        assert "violation" not in event_dates(text), text


def test_a_tick_after_the_word_picks_its_method() -> None:
    text = "送达回证\n送达文书：行政处罚决定书\n送达方式：直接送达□  邮寄送达☑\n受送达人签名或盖章：\n"
    assert served_block(text)["method"] == "邮寄送达"


def test_a_slip_title_with_its_number_on_the_line() -> None:
    slip = "江苏省非税收入一般缴款书（收据联）票据号码：0012345\n缴款人 某某公司 金额 50000.00\n"
    docs = segment(
        [_source("行政处罚决定书\n某环罚〔2023〕5号\n决定罚款五万元。\n", slip, "结案审批表\n同意结案。\n")]
    )
    assert [d.doc_type for d in docs] == ["行政处罚决定书", "缴款凭证", "结案审批表"]


def test_he_after_an_ordinary_word_is_a_conjunction() -> None:
    assert [d.value for d in find_doc_numbers("许可证和某环罚〔2023〕41号")] == ["某环罚〔2023〕41号"]


# A third review, of the 50–52 fixes, proved five more.


def test_numbers_that_are_no_payment_voucher() -> None:
    for text in (
        "收据2张（编号No.0012301）",
        "当事人未按规定开具票据，票据号码12345678",
        "罚没款收据联系电话13812345678",
        "持非税收入一般缴款书（缴款识别码：320100240012345678）到银行缴纳罚款",
    ):
        assert "voucher_cited" not in find_markers(text), text


def test_a_label_word_is_no_party_name() -> None:
    hit = party_name("某局\n行政处罚决定书\n当事人姓名张三，男，1988年2月3日生\n", {})
    assert hit is not None and hit[0] == "张三"
    assert party_name("某局\n行政处罚决定书\n当事人 驾驶员（男，1990年生）\n", {}) is None


def test_a_date_between_box_rows_is_no_closing_date() -> None:
    rule = "├─────────────────────┼───────────────────────────────┤\n"
    text = (
        "案件调查终结报告\n┌─────────────────────┬───────────────────────────────┐\n│案由│某某案\n"
        + rule
        + "│违法行为发生时间│2024年1月5日│\n"
        + rule
        + "│处理建议│罚款人民币3000元│\n"
        + rule
        + "│承办人（签名）││\n└─────────────────────┴───────────────────────────────┘\n"
    )
    assert closing_date(text, "调查终结报告") is None


def test_a_heavy_bottom_border_closes_the_form() -> None:
    text = (
        "案件调查终结报告\n┏━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓\n┃处理建议┃罚款人民币3000元。\n"
        "┃审核意见┃同意。（签名）某某 2020年6月3日\n┗━━━━━━━━━━━━━━━━━┻━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛\n"
    )
    hit = closing_date(text, "调查终结报告")
    assert hit is not None and hit[0].iso == "2020-06-03"

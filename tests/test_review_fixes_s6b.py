"""Cases from the second read-only review of session 6 (each failed before its fix)."""

from __future__ import annotations

import pytest

from casecheck.extract.fields.citations import find_citations
from casecheck.extract.fields.closing import closing_date
from casecheck.extract.fields.events import event_dates
from casecheck.extract.fields.markers import find_markers
from casecheck.extract.fields.money import find_amounts
from casecheck.extract.fields.officers import find_officers
from casecheck.extract.fields.served import served_block, served_rows
from casecheck.extract.fields.signatures import find_signatures
from casecheck.ingest.segment import _CONTENT_CUES
from casecheck.ingest.text import split_pages


@pytest.mark.parametrize(
    "text",
    [
        "当事人此前已被责令改正，现决定处罚款人民币8000元。",
        "当事人曾因无证经营被查处，本局决定给予如下处罚：罚款人民币20000元。",
        "当事人曾于2023年1月5日受到警告处罚，本次决定给予罚款3000元。",
    ],
)
def test_a_decisions_own_fine_after_a_recalled_penalty_stays_a_fine(text: str) -> None:
    assert [a.kind for a in find_amounts(text, "行政处罚决定书")] == ["fine"]


def test_officer_numbers_labelled_jing_hao_keep_the_list() -> None:
    found = find_officers("执法人员：张三  警号：012345  李四  警号：012346")
    assert [(o.name, o.certificate) for o in found] == [("张三", "012345"), ("李四", "012346")]


def test_an_untitled_decision_that_mentions_a_waived_hearing_is_no_waiver() -> None:
    text = (
        "当事人自愿放弃听证。依据《食品安全法》第一百二十四条，本局决定给予如下行政处罚：罚款人民币5000元。"
    )
    first = next(t for t, cue in _CONTENT_CUES if cue.search(text))
    assert first != "陈述申辩笔录"


def test_rows_of_a_receipt_for_reports_and_opinions_are_kept() -> None:
    text = (
        "┌────┬────┬────┬────┐\n│送达文书名称│送达方式│送达日期│受送达人签名│\n├────┼────┼────┼────┤\n"
        "│检验报告│直接送达│2023年3月1日│张三│\n├────┼────┼────┼────┤\n"
        "│鉴定意见│直接送达│2023年3月2日│张三│\n└────┴────┴────┴────┘\n"
    )
    assert [r["title"] for r in served_rows(text)] == ["检验报告", "鉴定意见"]


def test_a_rate_keeps_its_gain_when_another_amount_stands_between() -> None:
    text = "共出车12次，每次收取80元，另收取押金500元，违法所得960元。"
    gains = [a.terms for a in find_amounts(text, "行政处罚决定书") if a.kind == "illegal_gain"]
    assert gains == [[[12.0, 80.0]]]


def test_a_power_to_investigate_is_no_penalty_basis() -> None:
    text = (
        "根据《中华人民共和国产品质量法》第十八条的规定，本局对当事人进行了调查。"
        "经研究，决定对当事人处以罚款10000元。"
    )
    assert [c.role for c in find_citations(text)] == ["other"]


def test_split_pages_with_windows_line_ends_and_numbers_at_the_top() -> None:
    assert len(split_pages("决定书\r\n正文\r\n第1页 共2页\r\n罚款\r\n第2页 共2页\r\n")) == 2
    pages = split_pages("第1页 共2页\n行政处罚决定书\n正文\n第2页 共2页\n罚款\n")
    assert [p.splitlines()[0] for p in pages] == ["第1页 共2页", "第2页 共2页"]


def test_around_a_date_is_no_deadline() -> None:
    assert (
        event_dates("经查，当事人于2023年3月1日前后在其经营场所销售过期食品。")["violation"].iso
        == "2023-03-01"
    )


def test_a_signing_lines_yu_is_no_sentence() -> None:
    found = closing_date("送达回证\n日期：2023年5月1日\n受送达人签收：张三 于2023年5月6日\n", "送达回证")
    assert found is not None and found[0].iso == "2023-05-06"


def test_not_correcting_in_time_is_no_mitigation_weighed() -> None:
    text = "鉴于当事人没有在责令期限内改正违法行为，本局决定处以罚款5000元。"
    assert "mitigation_applied" not in find_markers(text)


def test_a_delivery_on_the_next_line_after_the_date() -> None:
    date = served_block("送达回证\n邮件于2023年3月4日\n由本人签收\n")["date"]
    assert date is not None and date.iso == "2023-03-04"


def test_a_placeholder_in_the_signing_field_is_no_signature() -> None:
    assert [s.filled for s in find_signatures("负责人意见\t同意。 签名：签字 日期：2022年7月13日\n")] == [
        False
    ]


# third review (session 6)
@pytest.mark.parametrize(
    "text",
    [
        "当事人曾因同类违法行为被我局决定罚款5000元。本局决定给予如下行政处罚：罚款人民币10000元。",
        "当事人曾被罚款2000元，本局决定给予罚款10000元。",
    ],
)
def test_an_earlier_decisions_fine_never_adds_to_this_one(text: str) -> None:
    from casecheck.extract.fields.money import total

    assert total(find_amounts(text, "行政处罚决定书"), "fine") == 10000.0


@pytest.mark.parametrize(
    "text", ["执法人员：张三（组长） 李四（注：实习）", "执法人员：张三 李四（备注：协助执法）"]
)
def test_a_note_with_a_colon_after_one_space_does_not_end_the_list(text: str) -> None:
    assert [o.name for o in find_officers(text)] == ["张三", "李四"]


def test_a_witness_is_no_officer() -> None:
    names = [
        o.name for o in find_officers("执法人员：张三（证号11010001）、李四（证号11010002） 见证人：王五")
    ]
    assert names == ["张三", "李四"]


def test_a_basis_whose_sentence_orders_a_correction_stays_the_penalty_basis() -> None:
    text = (
        "依据《食品安全法》第一百二十四条第一款的规定，责令当事人改正违法行为。"
        "本局决定给予如下处罚：罚款10000元。"
    )
    assert [c.role for c in find_citations(text)] == ["penalty"]


def test_a_units_waiver_without_a_title() -> None:
    text = "我公司自愿放弃陈述、申辩和听证的权利。\n签名：某某"
    assert next(t for t, cue in _CONTENT_CUES if cue.search(text)) == "陈述申辩笔录"


@pytest.mark.parametrize(
    "text", ["邮件于2023年3月4日\n由于地址不详未能签收", "交寄日期：2023年3月1日 签收人：张三"]
)
def test_a_failed_or_posted_mail_is_no_delivery(text: str) -> None:
    assert served_block(text)["date"] is None

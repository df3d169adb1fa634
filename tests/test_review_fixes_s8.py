"""Problems a read-only review of session 8's extraction changes proved, each in its own wording
(each failed on that code before its fix; the code before the session had none of them)."""

from __future__ import annotations

from casecheck.extract.fields.discretion import find_discretion
from casecheck.extract.fields.events import event_dates
from casecheck.extract.fields.money import find_amounts
from casecheck.extract.fields.officers import find_officers
from casecheck.extract.fields.party import party_name
from casecheck.extract.fields.signatures import find_signatures
from casecheck.ingest.segment import segment
from casecheck.model import Page, SourceFile


def _kinds(text: str, doc_type: str) -> list[tuple[float, str]]:
    return [(h.value, h.kind) for h in find_amounts(text, doc_type)]


def test_a_slip_s_late_fine_cell_stays_a_late_fine() -> None:
    kinds = _kinds("罚款金额：3000元\n加处罚款金额：900元\n合计：3900元", "缴款凭证")
    assert kinds == [(3000.0, "fine"), (900.0, "late_fine"), (3900.0, "payment")]


def test_confiscated_before_a_fine_in_the_same_clause() -> None:
    assert _kinds("决定：违法所得800元予以没收并处罚款3000元。", "行政处罚决定书")[0] == (
        800.0,
        "confiscation",
    )


def test_subtotal_rows_leave_a_table_total_unexplained() -> None:
    text = "│ 类别 │ 金额（元） │\n│甲│100│\n│乙│200│\n│小计│300│\n│丙│50│\n│合计│350│\n违法所得合计350元。"
    gain = [h for h in find_amounts(text, "行政处罚决定书") if h.kind == "illegal_gain"]
    assert gain[-1].terms is None


def test_costs_paid_out_are_no_parts_of_the_gain() -> None:
    text = "当事人收取培训费6000元，支付场地费1000元、讲课费2000元，违法所得共计3000元。"
    gain = [h for h in find_amounts(text, "调查终结报告") if h.kind == "illegal_gain"]
    assert gain[-1].terms is None


def test_an_earlier_case_s_discovery_is_not_this_one_s() -> None:
    found = event_dates(
        "当事人曾于2021年4月2日被本局查获无证经营，受到警告。2023年8月9日，执法人员检查发现当事人仍在经营。"
    )
    assert found.get("discovered") is None or found["discovered"].iso != "2021-04-02"


def test_the_party_s_plea_is_no_discretion_reason() -> None:
    assert find_discretion("当事人辩称其已充分考虑了安全因素。经复核不予采纳。决定罚款3000元。") is None


def test_a_receipt_s_label_over_the_title_it_served_splits_nothing() -> None:
    t = "送达回证\n受送达人：某公司\n送达执法文书\n行政处罚事先告知书\n送达地点：某地\n送达人：郑立 梁雨\n"
    pages = (Page(1, t, t, (), "text"),)
    assert [d.doc_type for d in segment([SourceFile("a", "a", "text", "0", pages)])] == ["送达回证"]


def test_an_empty_officer_label_over_another_field() -> None:
    assert find_officers("执法人员：\n现场负责人：邵海（店长）\n") == []


def test_the_party_s_manager_under_the_closing_is_no_approver() -> None:
    hits = find_signatures("以上笔录经当事人核对无误。\n当事人：某某商店\n负责人：邵海\n检查人：郑立 梁雨\n")
    assert "approver" not in {h.role for h in hits}


def test_pronoun_phrases_are_no_party_names() -> None:
    assert party_name("当事人：其他\n", {}) is None
    assert party_name("受送达人：其家属\n", {}) is None


def test_bomless_utf16_that_happens_to_be_valid_utf8() -> None:
    # found by the decoder fuzz test: 。 in UTF-16-LE is 02 30, which UTF-8 accepts as "\x020"
    from casecheck.ingest.text import detect_and_decode

    assert detect_and_decode("。。。。。。".encode("utf-16-le")) == ("。。。。。。", "utf-16-le")

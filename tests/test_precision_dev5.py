"""Precision on independently written files (round 2): amount kinds and voucher titles."""

from __future__ import annotations

import pytest

from casecheck.extract.fields.arithmetic import terms_before
from casecheck.extract.fields.money import find_amounts
from casecheck.extract.fields.officers import find_officers
from casecheck.extract.fields.party import address
from casecheck.extract.fields.payment import payment_terms
from casecheck.ingest.doctypes import classify_title


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # a total after the listed parts is no 加处罚款 of its own
        ("限你于十日内缴清罚款5000元和加处罚款1200元，共计6200元，否则申请强制执行。", 6200.0, "other"),
        ("应缴罚款：800.00元  滞纳金：0.00元  总计：800.00元", 800.0, "other"),
        # a late fine stated as its own total stays one
        ("逾期三十日，加处罚款合计4500元。", 4500.0, "late_fine"),
        ("滞纳金为人民币600元。", 600.0, "late_fine"),
    ],
)
def test_total_after_parts_is_not_late_fine(text: str, value: float, kind: str) -> None:
    got = [h.kind for h in find_amounts(text) if h.value == value]
    assert got and got[-1] == kind


@pytest.mark.parametrize(
    "line",
    [
        "某某农村信用合作联社　客户回单",
        "中国农业银行业务回单（收款）",
        "交通银行回单",
        "银行转账回单",
        "某某银行单位客户专用回单",
    ],
)
def test_bank_receipt_titles_are_vouchers(line: str) -> None:
    """A bank's 回单 at a page top, its bank's name before it, is the payment voucher."""
    got = classify_title(line, loose=True)
    assert got is not None and got[0] == "缴款凭证"


def test_bare_receipt_word_is_not_a_voucher_title() -> None:
    assert classify_title("回单") is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the address in the note after the addressee's name
        (
            "某某烟酒店（纳税人识别号：92000000MA0000000X，经营者：周某，经营地址：运城市盐湖区解放路3号）：\n经查，",
            "运城市盐湖区解放路3号",
        ),
        ("某某粮油店（负责人：吴某，营业场所：临汾市尧都区鼓楼西街7号）：\n你店", "临汾市尧都区鼓楼西街7号"),
        # a 经营场所 label stands for the address of a 个体工商户
        (
            "当事人：某某小卖部\n经营者：郑某\n经营场所：鸡西市鸡冠区南山路12号\n\n经查",
            "鸡西市鸡冠区南山路12号",
        ),
    ],
)
def test_party_address_forms(text: str, want: str) -> None:
    got = address(text)
    assert got is not None and got[0] == want


@pytest.mark.parametrize(
    "text",
    [
        "你公司应当自收到本决定书之日起十五日内，将罚款缴入某市财政局非税收入专户。",
        "限你于接到本决定书之日起15日内将罚没款汇入指定账户。",
        "当事人应自收到本决定书之日起十五日内将罚款交到某县农村信用社。",
    ],
)
def test_payment_terms_verbs(text: str) -> None:
    terms = payment_terms(text)
    assert terms is not None and terms.days == 15


@pytest.mark.parametrize("line", ["税务稽查报告", "某某市税务局第一稽查局稽查报告", "税务检查报告"])
def test_tax_inspection_report_is_the_investigation_report(line: str) -> None:
    """In tax cases the 稽查/检查报告 closes the investigation (税务稽查工作规程)."""
    got = classify_title(line)
    assert got is not None and got[0] == "调查终结报告"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # names holding 日/月/年 (Mongolian 日, a Han 月) are names, not dates
        ("检查人员：那日苏（执法证号：1502011901）、赵建国（证号：1502011902）\n", ["那日苏", "赵建国"]),
        ("承办人：孙月明、吉日木图\n", ["孙月明", "吉日木图"]),
        # a date after the names stays out
        ("承办人：钱伟　周洁　二〇二一年三月五日\n", ["钱伟", "周洁"]),
        ("执法人员：冯涛、褚磊　　年　　月　　日\n", ["冯涛", "褚磊"]),
    ],
)
def test_officer_names_with_date_characters(text: str, want: list[str]) -> None:
    assert [o.name for o in find_officers(text)] == want


def _terms(text: str, before: str) -> list[list[float]] | None:
    return terms_before(text, text.index(before) + len(before))


def test_note_after_another_amount_is_not_this_amounts_figures() -> None:
    text = "货值金额6000元（40箱×150元），违法所得800元（20箱×40元）"
    assert _terms(text, "违法所得") is None  # unchecked, never the 货值's 40×150


def test_a_total_still_takes_the_notes_of_its_parts() -> None:
    text = "甲款销售额1000元（10件×100元）、乙款750元（5件×150元），违法所得合计"
    assert _terms(text, "违法所得合计") == [[10.0, 100.0], [5.0, 150.0]]

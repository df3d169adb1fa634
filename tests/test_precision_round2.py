"""Precision round 2: title variants and layouts seen in independently written case files."""

from __future__ import annotations

import pytest

from casecheck.extract.fields.closing import closing_date
from casecheck.extract.fields.markers import find_markers
from casecheck.extract.fields.party import party_name
from casecheck.ingest.doctypes import classify_title


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("询问（调查）笔录", "询问笔录"),
        ("询问(调查)笔录", "询问笔录"),
        ("调查询问笔录", "询问笔录"),
        ("电子缴税付款凭证", "缴款凭证"),
        ("缴款付款凭证", "缴款凭证"),
        ("缴费回单", "缴款凭证"),
    ],
)
def test_title_variants_classify(title: str, want: str) -> None:
    got = classify_title(title)
    assert got is not None and got[0] == want


OPINION_HEAD_DATED = (
    "重大执法决定法制审核意见\n\n"
    "审核人：周某某（法律职业资格证书编号A2019000000）\n"
    "审核日期：2023年3月8日\n"
    "审核意见：主体适格，事实清楚，适用依据正确，程序合法，同意。\n\n"
    "- 6 -\n"
)
REPORT_WITH_FILING_FIELD = (
    "案件调查终结报告\n\n"
    "立案日期：2023年3月1日\n"
    "经查，当事人于2023年2月20日在某路口擅自占道经营，违反了相关规定，建议罚款五百元。\n"
)


def test_opinion_dated_in_head_field() -> None:
    got = closing_date(OPINION_HEAD_DATED, "法制审核意见书")
    assert got is not None and got[0].iso == "2023-03-08"


def test_report_filing_field_is_no_closing_date() -> None:
    assert closing_date(REPORT_WITH_FILING_FIELD, "调查终结报告") is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "调查终结报告\n\n当事人城南百佳便利超市有限公司于2023年5月起销售过期饮料。\n",
            "城南百佳便利超市有限公司",
        ),
        ("调查报告\n\n当事人东湖农机厂有限责任公司自2022年起排放废水。\n", "东湖农机厂有限责任公司"),
        ("调查报告\n\n当事人东湖便民超市自2024年起销售过期食品，供货商为某商贸有限公司。\n", "东湖便民超市"),
    ],
)
def test_prose_party_name_keeps_legal_form(text: str, want: str) -> None:
    got = party_name(text, {})
    assert got is not None and got[0] == want


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("本所于3月2日责令其十日内改正，3月13日回访时该店仍未整改到位。", True),
        ("当事人期满后仍没有改正，继续超范围经营。", True),
        ("当事人拒不改正，本局依法从重处罚。", True),
        ("本局责令当事人立即改正违法行为，当事人当场改正。", False),
        ("逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。", False),
    ],
)
def test_uncorrected_condition_marker(text: str, found: bool) -> None:
    assert ("uncorrected" in find_markers(text)) is found

"""Extraction cases drawn from the retired held-out sets 14 and 15, each in new wording (each
failed before its fix)."""

from __future__ import annotations

import pytest

from casecheck.extract.fields.markers import find_markers
from casecheck.extract.fields.officers import find_officers
from casecheck.extract.fields.signatures import find_signatures


def _officers(text: str) -> list[tuple[str, str | None, str]]:
    return [(o.name, o.certificate, o.role) for o in find_officers(text)]


def test_a_recorder_row_without_a_colon_names_an_officer() -> None:
    text = "询问人　周立新　执法证号：41072300315\n记录人　韩晓梅\n被询问人　郭某，男"
    assert _officers(text) == [("周立新", "41072300315", "officer"), ("韩晓梅", None, "recorder")]


@pytest.mark.parametrize(
    "text",
    [
        "执法人员 出示执法证件后说明来意\n",  # prose after a gap
        "记录人 韩晓梅 2021年3月5日\n",  # a signing line with its date
        "现场 记录人 韩晓梅\n",  # the label does not open the line
    ],
)
def test_prose_and_signing_lines_name_no_officer_by_form_row(text: str) -> None:
    assert _officers(text) == []


def test_a_fire_inspector_labelled_as_such_is_an_officer() -> None:
    text = "消防监督检查员\t何振宇（执法证号CQ5002200417）\n单位随同人员\t秦某（保安主管）\n"
    assert _officers(text) == [("何振宇", "CQ5002200417", "officer")]


def test_sector_certificate_labels_are_not_names() -> None:
    text = (
        "询问人：王立（税务检查证号：44030118000512）、陈敏（税务检查证号：\n44030118000533）\n记录人：陈敏\n"
    )
    assert _officers(text) == [("王立", "44030118000512", "officer"), ("陈敏", "44030118000533", "officer")]


def test_a_signature_label_repeated_after_the_role_is_still_signed() -> None:
    (hit,) = find_signatures("法制审核人员：签字：贺兰英 朱毅 2023年9月2日\n")
    assert (hit.role, hit.filled) == ("reviewer", True)
    (blank,) = find_signatures("法制审核人员：签字：\n")
    assert blank.filled is False


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("讨论情况：承办人汇报后，法制科：案件事实清楚，适用法律正确。", True),
        ("法规股意见：同意按一般情节处罚。", True),
        ("法制审核人员意见：建议维持。", True),
        ("参加人员：刘某（法制科科长）、张某", False),
        ("卷内目录 8 法制审核意见书 12", False),
    ],
)
def test_a_legal_office_opinion_is_told_from_its_mention(text: str, found: bool) -> None:
    assert ("legal_review_opinion" in find_markers(text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("你对上述违法行为负有直接责任（事实及证据详见某应急罚〔2020〕31号行政处罚决定书）。", True),
        ("违法事实同本局某市监罚〔2022〕8号决定书所载。", True),
        ("负责人意见：同意作出行政处罚决定书。", False),
    ],
)
def test_facts_stated_by_another_numbered_decision(text: str, found: bool) -> None:
    assert ("facts_by_reference" in find_markers(text)) is found


def test_a_bracketed_label_row_with_the_second_officer_below() -> None:
    text = (
        "检查（勘验）人及证号 宋立军 22070123071\n郝雪 22070123088\n记录人 郝雪\n"
        "见证人 某某（社区工作人员）\n执法人员出示执法证件"
    )
    assert _officers(text) == [("宋立军", "22070123071", "officer"), ("郝雪", "22070123088", "officer")]

"""General fixes drawn from the retired heldout8 set, each in its own wording here."""

from __future__ import annotations

from typing import Any

import pytest

from casecheck.checks.kinds import not_heavier
from casecheck.checks.util import Hit, Unknown
from casecheck.extract.fields.citations import find_citations
from casecheck.extract.fields.discretion import find_discretion
from casecheck.ingest.doctypes import classify_title
from casecheck.ingest.normalize import normalize
from casecheck.model import SourceFile


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "依据《安全生产法》第九十七条的规定，参照《某省安全生产行政处罚自由裁量标准》一般档，决定给予以下行政处罚：",
            "一般",
        ),
        ("裁量理由：逾期未改正，参照《某省裁量标准》第九十七条“一般”档（十万元以上十五万元以下）。", "一般"),
        ("当事人积极配合调查，适用从轻档，处罚款五千元。", "从轻"),
        ("《某省裁量标准》一般档为一万元以上三万元以下。", None),
        ("当事人未发现有从轻情节，按一般情形处罚。", "一般"),
    ],
)
def test_a_tier_named_with_dang_alone(text: str, level: str | None) -> None:
    hit = find_discretion(text)
    assert (hit.level if hit else None) == level


def test_numbered_rows_of_a_catalogue_stay_apart() -> None:
    # a PDF's text layer lays a 卷内目录 out as long rows; the next row's serial is no wrapped text
    rows = [
        "序号 文件材料名称 日期 页次",
        "6 送达回证（告知书）受送达人签收 2021.3.12 6",
        "7 重大行政执法决定法制审核意见书 2021.3.13 7",
        "8 重大案件负责人集体讨论记录 2021.3.13 8",
    ]
    text, _ = normalize("\n".join(rows))
    assert text.split("\n") == rows


def test_a_decision_heavier_than_one_form_of_a_disagreeing_notice_is_not_judged() -> None:
    def doc(doc_type: str, fine: float, amounts: list[float]) -> dict[str, Any]:
        return {
            "doc_type": doc_type,
            "date": None,
            "penalty": {"kinds": ["罚款"], "fine": {"value": fine, "evidence": None}},
            "amounts": [{"kind": "proposed_fine", "value": v, "form": "upper"} for v in amounts],
        }

    facts = {"documents": [doc("行政处罚事先告知书", 6000, [60000, 6000]), doc("行政处罚决定书", 60000, [])]}
    out = list(not_heavier.check(facts, {"notice_types": ["行政处罚事先告知书"]}, None))
    assert out and all(isinstance(o, Unknown) for o in out)
    facts["documents"][0]["amounts"] = [{"kind": "proposed_fine", "value": 6000, "form": "lower"}]
    assert any(
        isinstance(o, Hit) for o in not_heavier.check(facts, {"notice_types": ["行政处罚事先告知书"]}, None)
    )


def test_the_basis_whose_next_row_states_the_penalty_is_the_penalty_basis() -> None:
    text = (
        "违法事实及处罚依据：上述行为违反了《中华人民共和国税收征收管理法》第二十五条第一款的规定。"
        "根据《中华人民共和国税收征收管理法》第六十二条的规定，属一般情形。\n处罚决定：罚款伍佰元整。"
    )
    roles = {h.article: h.role for h in find_citations(text)}
    assert roles == {25: "violated", 62: "penalty"}


@pytest.mark.parametrize(
    ("title", "doc_type"),
    [
        ("法制审核意见表", "法制审核意见书"),
        ("集体议案记录", "集体讨论记录"),
        ("案件集体议案记录", "集体讨论记录"),
    ],
)
def test_titles_of_other_sectors(title: str, doc_type: str) -> None:
    hit = classify_title(title)
    assert hit is not None and hit[0] == doc_type


@pytest.mark.parametrize(
    ("line", "doc_type"),
    [
        ("行政处罚事先告和书", "行政处罚事先告知书"),
        ("陈述申辨笔录", "陈述申辩笔录"),
        ("送达回讧", "送达回证"),
        ("立案审批衣", "立案审批表"),
    ],
)
def test_a_title_ocr_misread_by_a_character(line: str, doc_type: str) -> None:
    from casecheck.ingest.doctypes import fuzzy_title

    hit = fuzzy_title(line)
    assert hit is not None and hit[0] == doc_type


@pytest.mark.parametrize("line", ["送达地点", "询问时间", "当事人陈述", "询问笔录第2页", "本局认为"])
def test_a_line_two_characters_off_every_title_is_none(line: str) -> None:
    from casecheck.ingest.doctypes import fuzzy_title

    assert fuzzy_title(line) is None


def test_only_an_ocr_page_top_takes_a_misread_title() -> None:
    from dataclasses import replace

    from casecheck.ingest.segment import segment_file
    from tests.conftest import text_source

    def source(method: str) -> SourceFile:
        text = text_source(
            [
                "立案审批表\n案由：某某\n负责人：同意立案。2024年3月1日",
                "行政处罚事先告和书\n某某公司：\n本局拟对你单位作出行政处罚。2024年3月9日",
            ]
        )
        return replace(text, pages=tuple(replace(p, method=method) for p in text.pages))

    ocr_types = [d.doc_type for d in segment_file(source("ocr"))]
    text_types = [d.doc_type for d in segment_file(source("text"))]
    assert ocr_types == ["立案审批表", "行政处罚事先告知书"]
    assert "行政处罚事先告知书" not in text_types

"""Extraction cases drawn from the retired held-out sets 16 and 17, each in new wording (each
failed before its fix)."""

from __future__ import annotations

from typing import Any

import pytest

from casecheck.extract.fields.markers import find_markers
from casecheck.extract.fields.money import find_amounts
from casecheck.extract.fields.officers import find_officers
from casecheck.extract.fields.party import party_name
from casecheck.extract.fields.per_unit import find_per_unit
from casecheck.extract.fields.served import served_rows
from casecheck.extract.timeline import build_timeline
from casecheck.ingest.doctypes import classify_title
from casecheck.ingest.normalize import normalize
from casecheck.ingest.text import split_pages


def _officers(text: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.certificate) for o in find_officers(text)]


def test_a_fine_per_place_is_a_rate_not_the_fine() -> None:
    text = "当事人三处疏散通道均被占用，按每处疏散通道罚款一万元，决定罚款人民币叁万元（￥30000.00）。"
    hits = find_amounts(text, "行政处罚决定书")
    assert [(h.kind, h.value) for h in hits] == [("rate", 10000.0), ("fine", 30000.0), ("fine", 30000.0)]
    assert find_per_unit(text, hits) is None  # 处 is no unit a count is read in (处罚, 一处仓库)


def test_a_name_cut_by_a_line_wrap_is_no_second_officer() -> None:
    text = (
        "检查人员 韩立新（执法证号：QH630100230011） 周敏（执法证号：QH630100230012）\n"
        "签名 检查人员：韩立\n新 周敏\n"
    )
    assert _officers(text) == [("韩立新", "QH630100230011"), ("周敏", "QH630100230012")]


def test_a_certificate_number_cut_by_a_line_wrap_is_joined() -> None:
    text = "执法人员 高峰（执法证号：22010023004411）、白雪（执法证号：2201\n0023004428）\n记 录 人 白雪\n"
    assert _officers(text) == [("高峰", "22010023004411"), ("白雪", "22010023004428")]


@pytest.mark.parametrize(
    "text",
    [
        "检 查 人 林海（执法证号：62010022019901） 何静（执法证号：62010022019902）\n",
        "复查人员\t林海（执法证号：62010022019901）、何静（执法证号：62010022019902）\n",
    ],
)
def test_spaced_and_re_inspection_labels_name_officers(text: str) -> None:
    assert _officers(text) == [("林海", "62010022019901"), ("何静", "62010022019902")]


def test_figures_closing_another_amounts_note_are_not_this_amounts() -> None:
    text = (
        "上述药品货值金额合计520.00元（维生素片20盒×16.00元＝320.00元，\n"
        "感冒颗粒25盒×8.00元＝200.00元），违法所得264.00元。"
    )
    gain = next(h for h in find_amounts(text, "调查终结报告") if h.kind == "illegal_gain")
    assert gain.terms is None


def test_a_cue_before_an_earlier_amount_and_its_clause_is_not_this_ones() -> None:
    text = "对零售假药货值不足一万元的按一万元计算，十五万元是法定最低额。"
    kinds = {h.value: h.kind for h in find_amounts(text, "听证笔录")}
    assert kinds[150000.0] == "other"


def test_a_word_table_receipt_lists_a_row_per_document() -> None:
    text = (
        "送 达 回 证\n送达文书及文号\t受送达人\t送达方式\t收件人签名\t收件日期\n"
        "行政处罚决定书（营）应急罚〔2023〕7号\t孙某\t直接送达\t孙某\t2023年6月1日\n"
        "行政处罚决定书（营）应急罚〔2023〕6号\t某某机械有限公司\t邮寄送达\t\t2023年6月9日\n"
        "送达人：钱某 李某"
    )
    rows = served_rows(normalize(text)[0])  # as read: the unsigned row's two tabs squeezed to one
    assert [(r["doc_number"], r["recipient_signed"]) for r in rows] == [
        ("（营）应急罚〔2023〕7号", True),
        ("（营）应急罚〔2023〕6号", False),
    ]
    assert [r["date"].iso for r in rows] == ["2023-06-01", "2023-06-09"]  # type: ignore[union-attr]
    assert party_name(text, {"受送达人": ("送达方式", 20, 24)}) is None


def _doc(ref: str, doc_type: str, number: str | None, day: str | None, **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"ref": ref, "doc_type": doc_type, "date": {"value": day} if day else None}
    out["doc_number"] = {"value": number} if number else None
    return out | extra


def test_the_decisions_own_receipt_row_dates_its_service() -> None:
    rows = [
        {"title": "行政处罚决定书", "doc_number": "某罚〔2023〕7号", "date": {"value": "2023-06-01"}},
        {"title": "行政处罚决定书", "doc_number": "某罚〔2023〕6号", "date": {"value": "2023-06-09"}},
    ]
    docs = [
        _doc("行政处罚决定书", "行政处罚决定书", "某罚〔2023〕6号", "2023-05-31"),
        _doc("行政处罚决定书(2)", "行政处罚决定书", "某罚〔2023〕7号", "2023-05-31"),
        _doc("结案审批表", "结案审批表", "某罚〔2023〕7号", "2023-07-01"),
        _doc("送达回证", "送达回证", None, None, served={"title": "行政处罚决定书", "rows": rows}),
    ]
    assert build_timeline(docs)["decision_served"]["value"] == "2023-06-09"  # type: ignore[arg-type]


def test_a_file_of_a_volume_keeps_the_volumes_page_numbers() -> None:
    text = "行政处罚事先告知书\n……\n- 6 -\n送 达 回 证\n……\n- 7 -\n"
    assert len(split_pages(text)) == 2


def test_a_case_review_committees_minutes_are_a_collective_discussion() -> None:
    assert classify_title("某某市生态环境局案件审查委员会审议记录")[0] == "集体讨论记录"


def test_the_legal_offices_member_speaking_by_name_gives_its_opinion() -> None:
    text = "出席委员：王某、刘某、陈立（法制科科长）\n承办人汇报。陈立：事实清楚，证据充分，同意。\n"
    assert "legal_review_opinion" in find_markers(text)
    assert "legal_review_opinion" not in find_markers("出席委员：王某、陈立（法制科科长）\n结论：同意。\n")


def test_a_cue_after_an_earlier_rate_in_its_clause_still_names_the_fine() -> None:
    text = "二、按每平方米50元处以罚款，计人民币叁万元整（30000元）。"
    assert [h.kind for h in find_amounts(text, "行政处罚决定书")] == ["rate", "fine", "fine"]


def test_a_fine_word_before_a_rate_names_the_sum_that_follows() -> None:
    text = "二、并处罚款每平方米20元，计人民币壹万陆仟元整（16000元）。"
    assert [h.kind for h in find_amounts(text, "行政处罚决定书")] == ["rate", "fine", "fine"]

"""Cases drawn from the retired held-out sets 32 and 33, each in new wording (each failed before
its fix)."""

from __future__ import annotations

from casecheck.extract.fields.discretion import find_discretion
from casecheck.extract.fields.events import event_dates
from casecheck.extract.fields.money import find_amounts
from casecheck.extract.fields.penalty import find_penalty_kinds
from casecheck.ingest.segment import segment
from casecheck.model import Page, SourceFile


def _docs(*texts: str) -> list[tuple[str, str | None]]:
    pages = tuple(Page(i, t, t, (), "text") for i, t in enumerate(texts, start=1))
    return [(d.doc_type, d.title) for d in segment([SourceFile("a.txt", "a.txt", "text", "0", pages)])]


def test_a_document_after_the_catalogue_on_its_page() -> None:
    page = (
        "卷内目录\n序号 文件名称 页号\n1 立案审批表 1\n2 询问笔录 2\n3 行政处罚决定书 3\n4 送达回证 4\n"
        "5 缴款凭证 5\n6 结案审批表 6\n\n\n某县交通运输局\n立案审批表\n案由：某某案\n"
    )
    assert [t for t, _ in _docs(page, "询问笔录\n时间：2021年3月2日\n")] == [
        "卷内目录",
        "立案审批表",
        "询问笔录",
    ]


def test_a_title_naming_two_documents_holds_both() -> None:
    page = "罚款缴款凭证及结案报告\n某省非税收入缴款书 缴款人：某公司 金额：5000元\n执行情况\t已缴清\n"
    assert _docs(page) == [("结案审批表", "罚款缴款凭证及结案报告")]


def test_a_slips_total_copied_into_a_closing_form() -> None:
    text = "金额：7000.00元（没收违法所得2000.00元，罚款5000.00元） 大写：柒仟元整"
    upper = [h.kind for h in find_amounts(text, "结案审批表") if h.form == "upper"]
    assert upper == ["payment"]  # not the fine named last before it


def test_a_fine_per_1000_kilograms_is_a_rate() -> None:
    hits = find_amounts("按每超限1000千克罚款500元计算，决定罚款人民币8000元。", "行政处罚决定书")
    assert [(h.value, h.kind) for h in hits] == [(500.0, "rate"), (8000.0, "fine")]


def test_a_fine_by_the_standard_is_reasoned() -> None:
    hit = find_discretion("当事人无其他从轻、从重情节，按标准计罚。")
    assert hit is not None and hit.form == "reasoned"


def test_confiscated_catch_is_property() -> None:
    kinds = [k for k, *_ in find_penalty_kinds("本机关拟对你作出没收渔获物、罚款人民币伍佰元的行政处罚。")]
    assert "没收非法财物" in kinds


def test_a_factor_written_as_a_sum_in_brackets() -> None:
    text = "货值金额＝（300＋120）件×20元＝8800元。"
    value = [h for h in find_amounts(text, "调查终结报告") if h.kind == "goods_value"]
    assert value[-1].terms == [[420.0, 20.0]]


def test_the_party_receiving_the_decision_dates_its_service() -> None:
    found = event_dates("该公司于2023年6月2日收到本局行政处罚决定书，缴款期限至2023年6月19日。")
    assert found["decision_served"].iso == "2023-06-02"
    assert "payment" not in found

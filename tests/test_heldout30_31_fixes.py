"""Cases drawn from the retired held-out sets 30 and 31, each in new wording (each failed before
its fix)."""

from __future__ import annotations

from casecheck.extract.fields.citations import find_citations
from casecheck.extract.fields.closing import closing_date
from casecheck.extract.fields.discretion import find_discretion
from casecheck.extract.fields.events import event_dates
from casecheck.extract.fields.money import find_amounts
from casecheck.extract.fields.officers import find_officers
from casecheck.extract.fields.party import party_name
from casecheck.extract.fields.signatures import find_signatures
from casecheck.ingest.normalize import normalize_text
from casecheck.ingest.segment import segment
from casecheck.model import Page, SourceFile


def _docs(*texts: str) -> list[str]:
    pages = tuple(Page(i, t, t, (), "text") for i, t in enumerate(texts, start=1))
    return [d.doc_type for d in segment([SourceFile("a.txt", "a.txt", "text", "0", pages)])]


def test_a_date_in_an_answer_is_no_signing_date() -> None:
    text = (
        "询问笔录\n时间：2021年6月3日9时至10时\n问：他什么时候来店里做工？\n"
        "答：他是2021年4月2日由亲戚带来的。\n被询问人（签名）：\n"
    )
    found = closing_date(text, "询问笔录")
    assert found is not None and found[0].iso == "2021-06-03"


def test_a_basis_whose_reasons_run_past_a_semicolon_before_the_deciding_sentence() -> None:
    text = (
        "依据《禁止使用童工规定》第六条第一款，该罚款按人数和月数计算，属固定标准；"
        "你单位已将其送回原居住地。本局决定对你单位罚款人民币5000元。"
    )
    roles = {c.article: c.role for c in find_citations(text)}
    assert roles[6] == "penalty"


def test_a_fine_the_law_fixes_leaves_nothing_to_place() -> None:
    hit = find_discretion("按每人每月5000元的标准处罚，属法定固定标准，没有裁量空间。")
    assert hit is not None and hit.form == "reasoned"


def test_two_slips_on_one_page_are_two_vouchers() -> None:
    slip = "某省非税收入一般缴款书\n缴款人：某公司\n金额：8000.00（捌仟元整）\n缴款日期：2022-03-0{d}\n"
    assert _docs(slip.format(d=1) + "\n" + slip.format(d=8)) == ["缴款凭证", "缴款凭证"]


def test_a_signature_cell_holding_the_next_label_is_empty() -> None:
    hits = find_signatures("受送达人签名或盖章\t签收时间\n见证人\t/\t送达人\t郑立 梁雨\n")
    assert [(h.role, h.filled) for h in hits] == [("recipient", False), ("witness", False)]


def test_a_table_total_row_gives_the_gain_its_terms() -> None:
    text = (
        "违法所得明细如下：\n"
        "│ 批次 │ 件数 │ 金额（元） │\n│ 第一批 │ 10 │ 1500 │\n│ 第二批 │ 8 │ 1200 │\n│ 合计 │ 18 │ 2800 │\n"
        "当事人违法所得合计2800元。\n"
    )
    gain = [h for h in find_amounts(text, "行政处罚决定书") if h.kind == "illegal_gain"]
    assert gain[-1].terms == [[1500.0], [1200.0]]


def test_a_tax_certificate_dates_no_penalty_payment() -> None:
    text = "税收完税证明\n增值税 12,000.00\n滞纳金 360.00\n入库日期 2022-05-06\n"
    assert "payment" not in event_dates(text)
    hits = find_amounts(text, "其他")
    assert all(h.kind != "late_fine" for h in hits)


def test_a_closing_form_s_tax_surcharge_is_no_late_fine() -> None:
    hits = find_amounts("补缴税款20,000.00元、滞纳金1,230.50元已入库；罚款10,000元已缴纳。", "结案审批表")
    assert [h.kind for h in hits if h.value == 1230.5] != ["late_fine"]


def test_a_number_wrapped_at_its_decimal_point() -> None:
    line = "经集体审理，决定对你单位处少缴税款百分之五十的罚款，计人民币12,345"
    text = f"{line}\n.00元（壹万贰仟叁佰肆拾伍元整）。\n"
    out = normalize_text(text)
    normalized = out[0] if isinstance(out, tuple) else out
    assert "12,345.00元" in normalized


def test_the_slip_s_own_amount_cell() -> None:
    text = "│ 项目 │ 没收违法所得5000.00；罚款8000.00 │ 大写 │ 壹万叁仟元整 │"
    hits = find_amounts(text, "缴款凭证")
    assert [h.kind for h in hits if h.value == 13000.0] == ["payment"]


def test_a_threshold_named_in_a_report_is_no_gain() -> None:
    hits = find_amounts("经研判，违法所得未达五万元，未达到移送标准。", "调查终结报告")
    assert [h.kind for h in hits] == ["range"]


def test_fees_listed_after_the_first_labelled_one_are_parts_too() -> None:
    text = "四份合同咨询服务费分别为12000元、8000元、5500元，均已收取，合计违法所得25500元。"
    gain = [h for h in find_amounts(text, "调查终结报告") if h.kind == "illegal_gain"]
    assert gain[-1].terms == [[12000.0], [8000.0], [5500.0]]


def test_the_party_s_escort_at_an_inspection_is_no_officer() -> None:
    text = "被检查单位陪同检查人员（签名）：邵海 2024.5.6\n检查人员（签名）：郑立 梁雨 2024.5.6\n"
    assert [o.name for o in find_officers(text)] == ["郑立", "梁雨"]


def test_a_second_officer_on_the_next_line_with_a_fire_inspection_number() -> None:
    text = (
        "检查人员：郑立（消防监督检查证号：NM1501009901）\n"
        "梁雨（消防监督检查证号：NM1501009902）\n检查情况：…\n"
    )
    assert [(o.name, o.certificate) for o in find_officers(text)] == [
        ("郑立", "NM1501009901"),
        ("梁雨", "NM1501009902"),
    ]


def test_a_name_with_the_syllable_qi() -> None:
    found = party_name("被处罚人：其木格   性别：女\n", {})
    assert found is not None and found[0] == "其木格"

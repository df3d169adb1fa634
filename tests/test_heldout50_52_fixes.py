"""Cases drawn from the retired held-out sets 50 (晋陕豫 市场监管), 51 (桂黔滇 交通/乡镇) and 52 (江浙 开发区
应急/环境), each in new wording (each failed before its fix)."""

from __future__ import annotations

from casecheck.extract.fields.closing import closing_date
from casecheck.extract.fields.markers import find_markers
from casecheck.extract.fields.officers import find_officers
from casecheck.extract.fields.party import party_name


def test_an_electronic_voucher_cited_by_its_number() -> None:
    for text in (
        "执行情况：当事人于2023年3月2日缴纳罚款8000元（浙江省非税收入电子票据 3306012303020011）。",
        "执行情况：已缴纳罚款5000元，江西省非税收入一般缴款书（电子）票号36010123000123456。",
        "履行情况：缴纳罚款20000元（一般缴款书 No.3205190081177）。",
    ):
        assert "voucher_cited" in find_markers(text), text


def test_a_site_managers_cell_glued_to_the_officers() -> None:
    text = (
        "执法人员 黄志远（执法证号 12345678901） 农秀梅（执法证号 12345678902）"
        "现场负责人 覃立新（项目经理）\n"
    )
    assert [o.name for o in find_officers(text)] == ["黄志远", "农秀梅"]


def test_a_box_tables_bottom_border_under_the_last_signature() -> None:
    text = (
        "案件调查终结报告\n┌──────────────┬────────────────────────────────┐\n│处理建议│罚款人民币3000元。\n"
        "├──────────────┼────────────────────────────────┤\n│审核意见│同意。（签名）某某 2020年6月3日\n"
        "└──────────────┴────────────────────────────────┘\n\n- 5 -\n"
    )
    hit = closing_date(text, "调查终结报告")
    assert hit is not None and hit[0].iso == "2020-06-03"


def test_a_party_cell_with_the_gender_in_brackets() -> None:
    text = "某县交通运输局\n当场行政处罚决定书\n当事人 罗某某（男，1988年2月3日生）\n住址 某某县某镇\n"
    hit = party_name(text, {})
    assert hit is not None and hit[0] == "罗某某"

"""Fixes found on the session-16 development corpora, each on wording of its own."""

from __future__ import annotations

from casecheck.extract.case import extract_case
from casecheck.extract.contract import contract_fields
from casecheck.ingest.normalize import normalize_text
from casecheck.model import Case
from tests.conftest import text_document


def _decision(text: str, doc_type: str = "行政处罚决定书") -> dict:
    facts = extract_case(Case("c", "c.txt", (), (text_document(doc_type, normalize_text(text)),)))
    return facts


def test_figures_after_a_yuan_sign_read_o_and_l_as_digits() -> None:
    assert normalize_text("处罚款人民币叁万元整（¥3OOOO.OO）。") == "处罚款人民币叁万元整（¥30000.00）。"
    assert normalize_text("罚没款合计￥l2,5OO元") == "罚没款合计￥12,500元"
    assert normalize_text("见编号No.l2的记录") == "见编号No.l2的记录"  # no yuan sign: a word stays
    facts = _decision("某县农业农村局\n行政处罚决定书\n当事人：某某农资店\n决定：罚款伍仟元（¥5OOO.OO）。")
    assert contract_fields(facts)["penalty"]["fine_yuan"] == 5000


def test_a_narrow_column_is_joined_though_a_line_stands_out_of_it() -> None:
    column = [
        "经查，当事人于2020年3月起在其经营场",
        "所内销售未经检验的散装白酒，货值金额",
        "共计人民币三千二百元，违法所得八百元",
        "。以上事实有现场检查笔录、询问笔录、",
        "进货单据及照片等证据证实。当事人的上",
        "述行为违反了《中华人民共和国产品质量",
        "法》第二十九条的规定（详见检验报告编号ZJ2020-0317及其附件材料清单），依据",
        "《中华人民共和国产品质量法》第四十九",
        "条的规定，本局决定对当事人作出如下处",
        "罚：没收违法所得八百元并处罚款五千元",
    ]
    text = normalize_text("\n".join(column))
    assert "经营场所内" in text and "产品质量法》第二十九条" in text and "第四十九条的规定" in text


def test_a_running_header_in_brackets_is_skipped_at_a_page_break() -> None:
    text = (
        "某市文化和旅游局\n行政处罚决定书\n某文旅罚〔2021〕17号\n"
        "当事人的上述行为违反了《娱乐场所管理条例》第三十条的规定。依据《娱乐场所管理条例》第四十\n\n"
        "— 1 —\n某市文化和旅游局行政处罚决定书（某文旅罚〔2021〕17号）\n"
        "九条的规定，决定罚款人民币五千元。"
    )
    assert "第四十九条的规定" in normalize_text(text)


def test_a_form_serial_printed_in_groups() -> None:
    text = "某市交通运输局\n当场行政处罚决定书\n              No. 6501002021 000318\n当事人：王某某\n"
    facts = _decision(text, "当场行政处罚决定书")
    number = facts["documents"][0]["doc_number"]
    assert number["value"] == "6501002021 000318"
    text = "某市交通运输局\n当场行政处罚决定书\nNo.0004172 2024年3月5日\n当事人：王某某\n"
    assert _decision(text, "当场行政处罚决定书")["documents"][0]["doc_number"]["value"] == "0004172"


def test_officers_listed_under_a_header_row() -> None:
    from casecheck.extract.fields.officers import find_officers

    text = (
        "被检查单位：某某化工有限公司\n执法人员\t执法证号\t所在单位\n"
        "吴立新\t37030021008\t某市应急管理局\n孙倩\t37030021011\t某市应急管理局\n\n"
        "记录人：孙倩\n执法人员出示了执法证件。"
    )
    assert [(o.name, o.certificate) for o in find_officers(text)] == [
        ("吴立新", "37030021008"),
        ("孙倩", "37030021011"),
    ]
    pairs = "执法人员 执法证号 执法人员 执法证号\n郑凯 44010021003 陆雯 44010021019\n询问人：郑凯\n"
    assert [(o.name, o.certificate) for o in find_officers(pairs)] == [
        ("郑凯", "44010021003"),
        ("陆雯", "44010021019"),
    ]
    # a header row without a numbers column, or rows that are prose, give no officer
    assert find_officers("执法人员 所在单位\n郑凯 某市局\n") == []
    assert find_officers("姓名 执法证号\n以上人员均已出示证件\n") == []
    # 姓名 | 证件号码 lists anyone's ID (从业人员, 乘客); a row that is a field, not a person, stops
    staff = "现场从业人员：\n姓名 证件号码\n刘小红 350203199203154321\n"
    assert find_officers(staff) == []
    after = "执法人员\t执法证号\n周晓东\t32040021012\n联系电话\t13859001234\n"
    assert [o.name for o in find_officers(after)] == ["周晓东"]


def test_an_on_site_measures_decision_served_is_not_the_penalty_decisions_service() -> None:
    from casecheck.extract.timeline import build_timeline

    docs = [
        {"ref": "送达回证", "doc_type": "送达回证", "date": None, "doc_number": None,
         "served": {"title": "现场处理措施决定书", "date": {"value": "2017-05-16"}}},
        {"ref": "行政处罚决定书", "doc_type": "行政处罚决定书", "date": {"value": "2017-06-16"},
         "doc_number": None},
    ]  # fmt: skip
    assert "decision_served" not in build_timeline(docs)


def test_a_box_drawn_catalog_row_with_a_blank_remarks_column() -> None:
    from casecheck.extract.fields.catalog import catalog_rows

    text = (
        "│序号│文件材料题名　　　│日期　　　│页号　│备注　│\n"
        "│1　 │立案审批表　　　　│2019.03.04│1　　 │　　　│\n"
        "│2　 │询问笔录（李某）　│2019.03.05│2-4　 │　　　│\n"
        "│3　 │行政处罚决定书　　│2019.04.01│5-6　 │原件　│\n"
    )
    rows = [tuple(r)[:4] for r in catalog_rows(normalize_text(text))]
    assert rows[:2] == [(1, "立案审批表", 1, 1), (2, "询问笔录（李某）", 2, 4)]


def test_figures_in_the_bracket_after_garbled_words_are_the_amount() -> None:
    from casecheck.extract.fields.money import find_amounts

    def fines(text: str) -> list[tuple[float, bool]]:
        return [(a.value, a.twin) for a in find_amounts(text, "行政处罚决定书") if a.kind == "fine"]

    assert fines("决定给予罚款人民币起什元 (2000)。") == [(2000.0, False)]  # OCR garbled 贰仟
    assert fines("罚款人民币叁仟元整（3000）。") == [(3000.0, False)]  # the words read: they stand
    assert fines("并处罚款人民币伍佰元 (8500)。") == [(500.0, False)]  # (¥ read as 8)
    assert fines("罚款人民币过万元整《0000.00)。") == []  # a leading digit lost: no amount
    assert fines("罚款5000元（2019）。") == [(5000.0, False)]  # figures already given: a number only


def test_a_bare_figure_fine_the_other_documents_contradict_is_left_unread() -> None:
    notice = text_document(
        "行政处罚事先告知书", "行政处罚事先告知书\n拟对你单位处以罚款人民币捌万元整（¥80,000.00）。"
    )
    decision = text_document("行政处罚决定书", "行政处罚决定书\n决定：处罚款人民币扔万元整《880,000.00)。")
    fine = extract_case(Case("c", "c.txt", (), (notice, decision)))["documents"][1]["penalty"]["fine"]
    assert fine is None  # 伍万/捌万 garbled and ¥ read as 8: the notice says otherwise
    alone = extract_case(Case("c", "c.txt", (), (decision,)))["documents"][0]["penalty"]["fine"]
    assert alone is not None and alone["value"] == 880000  # nothing contradicts it


def test_a_fine_waived_is_no_fine_imposed() -> None:
    from casecheck.extract.fields.penalty import find_penalty_kinds

    assert [k for k, _, _ in find_penalty_kinds("本局决定：一、责令改正；二、给予警告，免予罚款。")] == [
        "警告"
    ]

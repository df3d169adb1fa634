"""General fixes drawn from the retired heldout12 case files (session 6), each in its own wording."""

from __future__ import annotations

from casecheck.extract.fields.citations import find_citations
from casecheck.extract.fields.closing import closing_date
from casecheck.extract.fields.events import event_dates
from casecheck.extract.fields.markers import find_markers
from casecheck.extract.fields.money import find_amounts
from casecheck.extract.fields.officers import find_officers
from casecheck.extract.fields.served import served_block
from casecheck.extract.fields.signatures import find_signatures
from casecheck.ingest.doctypes import classify_title
from casecheck.ingest.text import split_pages


def test_an_approvers_name_in_a_labelled_signing_field_with_a_post() -> None:
    text = "负责人意见\t同意立案，由王某、李某承办。 签名：周建华（副局长） 日期：2021年6月3日\n"
    assert [(s.role, s.filled) for s in find_signatures(text)] == [("approver", True)]
    blank = "负责人意见\t同意立案。 签名：      日期：2021年6月3日\n"
    assert [(s.role, s.filled) for s in find_signatures(blank)] == [("approver", False)]


def test_a_meetings_record_is_dated_by_its_head_not_by_a_deadline_it_sets() -> None:
    text = (
        "集体讨论记录\n时间 2021年9月14日9时30分 地点 三楼会议室\n主持人 王某 记录人 李某\n"
        "结论：同意责令当事人于2021年12月31日前拆除，并处罚款二万元。\n参加人员签名：王某 李某\n"
    )
    found = closing_date(text, "集体讨论记录")
    assert found is not None and found[0].iso == "2021-09-14"
    assert "violation" not in event_dates(text)  # 当事人于…前: a deadline, not the act


def test_an_officer_list_wrapped_in_a_box_cell_goes_on_before_its_signing_field() -> None:
    text = (
        "│承办人意见│建议立案。承办人：黄志强（44010021003）、│\n"
        "│          │陈美玲（44010021011）   签名：黄志强 陈美玲   2024-05-06 │\n"
    )
    assert [(o.name, o.certificate) for o in find_officers(text)] == [
        ("黄志强", "44010021003"),
        ("陈美玲", "44010021011"),
    ]


def test_the_posting_day_is_not_the_day_of_receipt() -> None:
    text = (
        "送达回证\n送达文书：行政处罚决定书\n送达方式：邮寄送达（EMS）\n交寄日期：2023年3月1日\n"
        "签收情况：邮件由受送达人本人于2023年3月4日签收\n"
    )
    date = served_block(text)["date"]
    assert date is not None and date.iso == "2023-03-04"


def test_titles_with_a_hearing_note_and_a_partys_waiver() -> None:
    assert classify_title("行政处罚（听证）告知书") == ("行政处罚事先告知书", "行政处罚（听证）告知书")
    assert classify_title("放弃陈述申辩及听证权利声明书")[0] == "陈述申辩笔录"  # type: ignore[index]
    assert classify_title("陈述申辩情况记录")[0] == "陈述申辩笔录"  # type: ignore[index]


def test_a_text_volume_is_split_at_its_page_footers() -> None:
    text = "封面\n第1页 共3页\n立案审批表\n第2页 共3页\n询问笔录\n第3页 共3页\n"
    assert [p.splitlines()[0] for p in split_pages(text)] == ["封面", "立案审批表", "询问笔录"]
    per_document = "笔录一\n第1页 共2页\n笔录二\n第2页 共2页\n决定书\n第1页 共1页\n"
    assert len(split_pages(per_document)) == 3  # numbered per document: each starts again at 1
    assert len(split_pages("表\n序号 页号\n1/3\n5/9\n")) == 1  # numbers out of step: no footers


def test_a_tax_surcharge_is_no_late_fine_and_a_threshold_with_a_note_no_fine() -> None:
    assert [a.kind for a in find_amounts("答：补缴税款和滞纳金共计2150.40元。", "询问笔录")] == ["other"]
    kinds = [
        a.kind for a in find_amounts("若拟罚款2000元（含2000元）以上，你有权要求听证。", "行政处罚事先告知书")
    ]
    assert "proposed_fine" not in kinds


def test_a_decision_that_weighs_the_correction_answers_the_ground() -> None:
    text = "鉴于你公司在责令期限内已改正，未造成危害后果，但属再次违法，决定处以罚款三千元。"
    assert "mitigation_applied" in find_markers(text)
    assert "mitigation_applied" not in find_markers("鉴于当事人拒不改正，决定处以罚款三千元。")


def test_an_earlier_penalty_the_facts_recall_is_no_fine_of_this_case() -> None:
    text = (
        "当事人曾于2022年5月6日因同类行为被本局给予警告并罚款3000元。"
        "本局决定：罚款人民币壹万元整（10000元）。"
    )
    fines = [a.value for a in find_amounts(text, "行政处罚决定书") if a.kind == "fine"]
    assert fines == [10000.0, 10000.0]


def test_a_basis_whose_next_sentence_decides_is_the_penalty_basis() -> None:
    text = (
        "当事人的行为违反了《某某条例》第二十一条的规定。依据该条例第三十一条第（二）项，当事人属情节严重。"
        "经本局负责人集体讨论，决定给予如下行政处罚："
    )
    roles = {c.article: c.role for c in find_citations(text)}
    assert roles == {21: "violated", 31: "penalty"}
    # a basis whose next sentence only tells more facts stays no penalty basis
    other = "依据《某某条例》第三十一条第（二）项。当事人于2023年5月整改完毕。"
    assert [c.role for c in find_citations(other)] == ["other"]


def test_an_officer_list_ends_at_the_next_field_after_a_gap() -> None:
    text = (
        "检查人员：易某（执法证号：43020021106）、谭某某（执法证号：43020021127）"
        "  当事人现场负责人：店长 黄某"
    )
    assert [o.name for o in find_officers(text)] == ["易某", "谭某某"]
    kept = "执法人员：张三  行政执法证号：33010001  李四  行政执法证号：33010002"
    assert [(o.name, o.certificate) for o in find_officers(kept)] == [
        ("张三", "33010001"),
        ("李四", "33010002"),
    ]


def test_a_rate_before_the_goods_value_is_not_the_gains() -> None:
    text = "经查，共配送520份，每份18元，货值金额9360元，违法所得1500元。"
    terms = {a.kind: a.terms for a in find_amounts(text, "行政处罚决定书")}
    assert terms["goods_value"] == [[520.0, 18.0]] and terms["illegal_gain"] is None
    kept = "经查，当事人共出车12次，每次收取80元，违法所得960元。"
    assert [a.terms for a in find_amounts(kept, "行政处罚决定书") if a.kind == "illegal_gain"] == [
        [[12.0, 80.0]]
    ]


def test_the_next_field_after_one_space_ends_the_list_too() -> None:
    text = (
        "检查人员：易某（执法证号：43020021106）、谭某某（执法证号：43020021127） 当事人现场负责人：店长 黄某"
    )
    assert [o.name for o in find_officers(text)] == ["易某", "谭某某"]


def test_the_goods_value_a_hearing_settled_on_is_marked() -> None:
    text = "货值金额12600元。经听证核实，本局予以采纳，认定货值金额为8700元。"
    found = [(a.value, a.settled) for a in find_amounts(text, "行政处罚决定书") if a.kind == "goods_value"]
    assert found == [(12600.0, False), (8700.0, True)]

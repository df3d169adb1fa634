"""Cases drawn from the retired held-out sets 28 and 29, each in new wording (each failed before
its fix)."""

from __future__ import annotations

from datetime import date

from casecheck.checks.ranges import by_reference
from casecheck.extract.fields.closing import closing_date
from casecheck.extract.fields.discretion import find_discretion
from casecheck.extract.fields.events import event_dates
from casecheck.extract.fields.money import find_amounts
from casecheck.extract.fields.officers import find_officers
from casecheck.extract.fields.remedy import find_remedy
from casecheck.ingest.doctypes import classify_title
from casecheck.ingest.ocr import postprocess
from casecheck.ingest.segment import segment
from casecheck.laws.penalties import parse_penalty_text
from casecheck.model import Page, SourceFile


def _docs(*texts: str) -> list[tuple[str, tuple[int, int]]]:
    pages = tuple(Page(i, t, t, (), "text") for i, t in enumerate(texts, start=1))
    return [(d.doc_type, d.pages) for d in segment([SourceFile("a.txt", "a.txt", "text", "0", pages)])]


def test_an_order_to_stop_is_no_advance_notice() -> None:
    assert classify_title("责令停止违法行为通知书", loose=True) == ("其他", "责令停止违法行为通知书")
    assert classify_title("海事违法行为通知书", loose=True)[0] == "行政处罚事先告知书"  # type: ignore[index]


def test_a_copy_of_a_voucher_is_the_voucher_but_a_copy_of_a_decision_is_not_a_decision() -> None:
    assert classify_title("某省非税收入缴款书（回单联）复印件", loose=True)[0] == "缴款凭证"  # type: ignore[index]
    assert classify_title("行政处罚决定书复印件") is None


def test_a_rule_at_the_top_of_the_next_page_ends_no_document_there() -> None:
    first = "询问笔录\n时间：2021年3月2日\n问：是否申请回避？\n答：不申请。\n第1页 共2页"
    second = "＝＝＝＝＝＝＝＝＝＝＝＝\n\n行政处罚事先告知书\n某某：\n经查…\n第2页 共2页"
    assert _docs(first, second) == [("询问笔录", (1, 1)), ("行政处罚事先告知书", (2, 2))]


def test_a_form_series_header_is_no_title_and_lets_the_title_below_it_start() -> None:
    first = "卷内目录\n1 现场笔录 1\n2 立案报告表 2\n"
    second = "交通运输行政执法文书\n现 场 笔 录\n检查时间：2021年3月2日\n"
    third = "立案报告表\n案由：某案\n"
    assert [t for t, _ in _docs(first, second, third)] == ["卷内目录", "现场检查笔录", "立案审批表"]


def test_the_next_item_of_a_list_gives_no_kind_to_the_amount_before_it() -> None:
    text = "收款明细：罚款500.00元 没收违法所得120.00元 合计620.00元（陆佰贰拾元整）"
    hits = find_amounts(text, "行政处罚决定书")
    assert [(h.value, h.kind) for h in hits] == [
        (500.0, "fine"),
        (120.0, "confiscation"),
        (620.0, "penalty_total"),
        (620.0, "penalty_total"),
    ]


def test_fees_a_paragraph_says_were_collected_are_the_parts_of_the_gain() -> None:
    text = "经核对票据，当事人共收取检查费1500元、治疗费900元、材料费300元，违法所得合计2600元。"
    gain = [h for h in find_amounts(text, "调查终结报告") if h.kind == "illegal_gain"]
    assert gain[-1].terms == [[1500.0], [900.0], [300.0]]


def test_a_quoted_tier_name_places_the_fine() -> None:
    hit = find_discretion("按照本市裁量基准“较重”档次，决定罚款8000元。")
    assert hit is not None and hit.level == "从重"


def test_a_report_printed_from_a_case_system_is_dated_by_its_stamp() -> None:
    text = (
        "案件调查终结报告\n案件编号：X-2024-011  流程节点：调查终结  办理时间：2024-04-02 10:15\n"
        "违法事实：2024年3月20日21时许，当事人驾驶的渣土车未密闭运输，沿途遗撒。\n处理建议：罚款2000元。\n承办人：郑立、梁雨\n"
    )
    found = closing_date(text, "调查终结报告")
    assert found is not None and found[0].iso == "2024-04-02"


def test_direct_work_in_the_facts_is_no_direct_suit() -> None:
    text = (
        "你单位安排无证人员从事直接接触顾客的工作。如不服本决定，可在六十日内向某区人民政府申请行政复议；"
        "对行政复议决定不服的，可以在十五日内依法向人民法院提起行政诉讼。"
    )
    remedy = find_remedy(text)
    assert remedy is not None and remedy.review_first


def test_officers_whose_list_wraps_whole_onto_the_next_line() -> None:
    text = (
        "时间：2024年4月1日。询问人：\n"
        "郑立（执法证号晋卫监执14000000001）。记录人：梁雨（执法证号晋卫执14000000002）。\n"
    )
    assert [(o.name, o.certificate) for o in find_officers(text)] == [
        ("郑立", "晋卫监执14000000001"),
        ("梁雨", "晋卫执14000000002"),
    ]


def test_a_wrapped_party_label_is_no_officer_and_a_companion_is_no_officer() -> None:
    text = "询问人：郑立（证号12345678） 记录人：梁雨 陪同人：邵海（办公室主任） 被\n询问人：魏强，院长\n"
    assert [o.name for o in find_officers(text)] == ["郑立", "梁雨"]


def test_a_party_found_in_the_act_dates_the_discovery() -> None:
    found = event_dates("当事人某诊所于2021年5月6日被执法人员查见在候诊区吸烟。")
    assert found["discovered"].iso == "2021-05-06"


def test_a_month_under_a_seal_read_as_another_glyph() -> None:
    assert postprocess("2019年3户12日") == "2019年3月12日"
    assert postprocess("住户3户") == "住户3户"


def test_fines_fixed_per_party_kind_by_reference() -> None:
    text = (
        "单位有前款第一项行为的，处一万元以上十万元以下的罚款；"
        "个人有前款第一项行为的，处五十元以上二百元以下的罚款。"
    )
    assert [(c.party, c.min_yuan, c.max_yuan) for c in parse_penalty_text(text).clauses] == [
        ("单位", 10000, 100000),
        ("个人", 50, 200),
    ]


def test_party_kind_unknown_takes_either_partys_range() -> None:
    day = date(2024, 6, 1)
    title = "中华人民共和国固体废物污染环境防治法"
    cite = {"article": 111, "paragraph": 1, "item": 1}
    unknown = by_reference(title, day, cite, [cite], None)
    person = by_reference(title, day, cite, [cite], "个人")
    assert (unknown.min_yuan, unknown.max_yuan) == (100.0, 500000.0)
    assert (person.min_yuan, person.max_yuan) == (100.0, 500.0)

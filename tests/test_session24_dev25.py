"""Session 24, from dev25 (writer 111): a case system's export (each document under a numbered
heading, every form a label a line and its value the next), a merged penalty after two fines, a
没收-only decision, birthdays and answers that date no record, and a text-layer table's 合计 row.
Each fixture is in its own wording."""

from __future__ import annotations

from casecheck.extract.fields import closing
from casecheck.extract.fields.money import find_amounts, total
from casecheck.extract.fields.officers import find_officers
from casecheck.extract.fields.party import party_name
from casecheck.extract.fields.penalty import find_penalty_kinds
from casecheck.extract.fields.signatures import find_signatures
from casecheck.extract.fields.table_total import table_terms
from casecheck.ingest.doctypes import classify_title
from casecheck.ingest.segment import segment
from tests.conftest import text_source

_EXPORT = (
    "某区应急管理局执法案件管理系统\n案卷导出\n\n"
    "========\n【文书02】现场检查笔录\n生成时间：2023-05-08 10:12:40　操作人：周某　状态：已归档\n========\n"
    "检查时间\n2023年5月8日9时00分至9时40分\n检查人及执法证号\n周立新（3301020105）、孙晓梅（3301020117）\n"
    "营业执照注册号\n330102600123454\n被检查人签名\n何国强　2023.5.8\n检查人签名\n周立新　孙晓梅　王　军\n\n"
    "========\n【文书03】证据登记\n生成时间：2023-05-09 09:00:00　操作人：孙某　状态：已归档\n========\n"
    "证据1\n营业执照复印件\n\n"
    "========\n卷内文件04　行政处罚决定书\n========\n某区应急管理局\n行政处罚决定书\n某应急罚〔2023〕12号\n"
    "当事人：某某五金加工厂\n……本局决定：没收现存的不合格防护用品，不并处罚款。\n某区应急管理局（印章）\n2023年6月2日\n"
    "----------------------------------------\n受送达人签收：何国强　　签收日期：2023年6月2日\n"
)


def test_a_case_system_export_opens_each_document_under_its_numbered_heading() -> None:
    docs = segment([text_source([_EXPORT], "export.txt")])
    types = [d.doc_type for d in docs]
    assert types[1:] == ["现场检查笔录", "证据材料", "行政处罚决定书", "送达回证"], types
    assert docs[3].title == "行政处罚决定书"  # the heading, then the document's own title: one document


def test_a_label_ending_in_its_number_is_no_title() -> None:
    assert classify_title("营业执照注册号") is None and classify_title("营业执照号码") is None
    assert classify_title("营业执照复印件") == ("证据材料", "营业执照复印件")


def test_a_form_exported_a_label_a_line() -> None:
    """检查人及执法证号⏎周某（…）、孙某（…）; 被检查人签名⏎何某 2023.5.8; 检查人签名⏎周某 孙某 王　军."""
    names = [(o.name, o.certificate) for o in find_officers(_EXPORT)]
    assert ("周立新", "3301020105") in names and ("孙晓梅", "3301020117") in names
    signed = {h.role: h.filled for h in find_signatures(_EXPORT)}
    assert signed["party"] and signed["officer"]
    both = find_signatures("询问人签名\n周立新\n记录人签名\n孙晓梅\n")
    assert [(h.role, h.filled) for h in both] == [("officer", True), ("recorder", True)]


def test_a_sector_named_in_the_certificate_label() -> None:
    found = find_officers("检查人员：李某新（统计执法证号6523010018）、王某（统计执法证号6523010025）\n")
    assert [o.certificate for o in found] == ["6523010018", "6523010025"]


def test_confiscation_only_with_no_fine_imposed() -> None:
    kinds = [k for k, _, _ in find_penalty_kinds("本局决定：没收现存的不合格防护用品，不并处罚款。")]
    assert kinds == ["没收非法财物"]


def test_a_merged_penalty_after_the_fines_for_each_violation() -> None:
    text = (
        "对第一项违法行为，决定从轻给予警告，并处罚款人民币叁万元整（¥30,000.00）；对第二项违法行为，"
        "处罚款人民币陆仟元整（¥6,000.00）。\n以上合并处罚：警告，罚款人民币叁万陆仟元整（¥36,000.00）。"
    )
    assert total(find_amounts(text, "行政处罚决定书"), "fine") == 36000.0


def test_a_birthday_and_a_date_the_answer_tells_do_not_date_a_record() -> None:
    record = (
        "询问笔录\n询问时间：2023年3月19日9时30分至10时00分\n询问人：周某（执法证号：3301020105）\n"
        "被询问人：陈某福，男，1966年10月9日出生，身份证号码略\n问：你什么时候开始采石的？\n"
        "答：2022年11月20号左右开始。\n以上笔录我看过，和我说的一样。陈某福\n被询问人签名：陈某福\n询问人签名：周某\n"
    )
    hit = closing.closing_date(record, "询问笔录")
    assert hit is not None and hit[0].iso == "2023-03-19"


def test_the_party_on_the_line_of_its_heading() -> None:
    text = "一、当事人基本情况：覃某旺，男，1971年8月14日出生，住某县某镇。\n二、案件来源：……"
    assert party_name(text, {})[0] == "覃某旺"
    assert party_name("当事人基本情况：经查，某公司于2023年…", {}) is None


def test_a_text_tables_total_row_over_its_wrapped_rows() -> None:
    text = (
        "销售情况如下：\n序号 购买人 时间 数量（立\n方米）\n单价（\n元）\n金额（元）\n1\n某某建材经营部（\n"
        "经营者黄某）\n2012年12月5日至12月28\n日\n210 38 7,980\n2 陈某（个人建房） 2013年1月8日 95 40 3,800\n"
        "3 零星散户 2013年3月1日至3月11日 126 40 5,040\n合计 431 17,820\n经核算，当事人违法所得共计17,820元。"
    )
    at = text.rindex("17,820元")
    assert table_terms(text, at, 17820.0) == [[7980.0], [3800.0], [5040.0]]
    uneven = text.replace("95 40 3,800", "95 3,800")
    assert table_terms(uneven, uneven.rindex("17,820元"), 17820.0) is None


def test_a_summary_forms_last_row_names_the_agency_with_its_seal_noted() -> None:
    from casecheck.extract.fields.closing import labelled_agency

    hit = labelled_agency("执法人员签名：马某（650102）\n行政机关：乌鲁木齐市天山区市场监督管理局（印章）\n")
    assert hit is not None and hit[0] == "乌鲁木齐市天山区市场监督管理局"


def test_an_evidence_lists_numbered_items_open_no_documents() -> None:
    text = (
        "证据清单\n材料1、营业执照复印件\n材料2、身份证复印件\n文件3：现场照片\n"
        "【说明】以上材料均与原件核对一致。\n"
    )
    assert [d.doc_type for d in segment([text_source([text], "a.txt")])] == ["证据材料"]


def test_a_bracketed_section_heading_inside_a_form_opens_no_document() -> None:
    text = (
        "某某市场监督管理局\n行政处罚决定审批表\n案由：某某\n【处理意见】\n同意。\n"
        "【负责人意见】\n同意，按程序办理。\n"
    )
    assert [d.doc_type for d in segment([text_source([text], "a.txt")])] == ["行政处罚决定审批表"]

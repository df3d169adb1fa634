"""Cases drawn from the retired held-out sets 40 (华东 交通/应急/消防), 41 (西北/东北 masked 市场监管) and
43 (京津冀 procedure), each in new wording (each failed before its fix)."""

from __future__ import annotations

from casecheck.extract.fields.arithmetic import terms_before
from casecheck.extract.fields.events import event_dates
from casecheck.extract.fields.ids import find_doc_numbers
from casecheck.extract.fields.markers import find_markers
from casecheck.extract.fields.money import find_amounts
from casecheck.extract.fields.party import party_name
from casecheck.extract.fields.penalty import find_penalty_kinds
from casecheck.ingest.segment import segment
from casecheck.ingest.text import split_pages
from casecheck.model import Page, SourceFile


def _source(*pages: str) -> SourceFile:
    return SourceFile(
        "a.txt", "a.txt", "text", "0", tuple(Page(i, t, t, (), "text") for i, t in enumerate(pages, 1))
    )


def test_an_order_stopping_one_workshop_is_a_stop_production_order() -> None:
    text = "本局拟对你公司作出如下处罚：一、责令喷涂车间停产整顿；二、罚款人民币叁万元。"
    assert "责令停产停业" in [k for k, _s, _e in find_penalty_kinds(text)]


def test_a_recheck_that_found_the_hazard_dates_the_facts() -> None:
    text = "经查，2022年8月1日本局责令你单位整改，2022年8月16日复查时隐患仍未消除。"
    assert event_dates(text)["investigation"].iso == "2022-08-16"


def test_a_list_heading_below_the_first_sentence_is_no_addressee() -> None:
    text = (
        "案件调查终结报告\n违法事实\t当事人擅自经营货运，共收取运费三笔。\n收费清单：\n"
        "1\t2022年3月2日\t800\n2\t2022年3月9日\t800\n"
    )
    hit = party_name(text, {})
    assert hit is None or "清单" not in hit[0]


def test_a_district_code_holding_he_keeps_it() -> None:
    text = "送达文书：行政处罚决定书（沈和环罚〔2023〕41号）"
    assert [d.value for d in find_doc_numbers(text)] == ["沈和环罚〔2023〕41号"]


def test_a_conjunction_before_a_number_is_still_cut() -> None:
    text = "送达了询问笔录和甬交罚〔2023〕41号"
    assert [d.value for d in find_doc_numbers(text)] == ["甬交罚〔2023〕41号"]


def test_a_meeting_record_names_the_party_after_its_verb() -> None:
    text = (
        "案件集体讨论记录\n时间：2024年3月1日；主持人：甲某\n"
        "研究某某县百味食品有限公司销售过期食品一案。与会人员一致同意。\n"
    )
    hit = party_name(text, {})
    assert hit is not None and hit[0] == "某某县百味食品有限公司"


def test_a_legal_office_reported_as_having_reviewed() -> None:
    text = "讨论意见：法规科已审核，认为事实清楚、程序合法，同意处罚。"
    assert "legal_review_opinion" in find_markers(text)


def test_a_review_still_to_come_is_no_opinion() -> None:
    assert "legal_review_opinion" not in find_markers("本案罚款数额较大，需经法规科审核后再作决定。")


def test_a_result_after_a_per_unit_price_is_the_goods_value() -> None:
    text = "货值金额：150件×40元/件=6000元。"
    kinds = {a.value: a.kind for a in find_amounts(text, "调查终结报告")}
    assert kinds[6000.0] == "goods_value"


def test_a_bracketed_difference_is_one_factor() -> None:
    text = "违法所得：按售价扣除进价计算，80瓶×（15元-9元）=480元。"
    assert terms_before(text, text.index("480")) == [[80.0, 6.0]]
    kinds = {a.value: a.kind for a in find_amounts(text, "调查终结报告")}
    assert kinds[480.0] == "illegal_gain" and kinds[9.0] == "other"


def test_a_bracketed_date_is_no_difference() -> None:
    text = "购进日期（2023-04-05）共购进20箱×30元，货值金额600元"
    assert terms_before(text, text.index("600元")) == [[20.0, 30.0]]


def test_a_records_own_page_numbers_beside_the_volumes_footers() -> None:
    text = (
        "询问笔录\n    第1页 共2页\n时间：2021年6月1日\n问：你的姓名？\n答：某某。\n11/20\n"
        "询问笔录\n    第2页 共2页\n问：还有什么补充？\n答：没有。\n被询问人：（签名）某某\n12/20\n"
    )
    pages = split_pages(text)
    assert len(pages) == 2 and pages[1].startswith("询问笔录\n    第2页")
    docs = segment([_source(*pages)])
    assert [(d.doc_type, d.pages) for d in docs] == [("询问笔录", (1, 2))]


def test_a_report_under_the_signatures_of_a_record_on_one_page() -> None:
    page = (
        "听证笔录\n时间：2022年5月6日\n地点：本局会议室\n主持人：甲某\n听证员：丙某\n记录员：乙某\n"
        "调查人员：丁某、戊某\n当事人：某某\n调查人员陈述违法事实。\n当事人陈述：请求从轻。\n"
        "当事人签名：（签名）某某 记录员：（签名）乙某\n"
        "听 证 报 告\n听证意见：事实清楚，建议维持原拟处罚。主持人：甲某\n"
    )
    docs = segment([_source(page, "行政处罚决定书\n某某：\n决定罚款一万元。\n")])
    assert [d.doc_type for d in docs] == ["听证笔录", "听证报告", "行政处罚决定书"]

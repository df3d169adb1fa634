"""Session 24, from decisions23 (writer 112): a 公示 table copied one cell a line with no marks, a
fine column in 千元, a portal's name over the page, a 交警大队 under its 支队, and a 送达公告 that
quotes the decision it serves. Each fixture is in its own wording."""

from __future__ import annotations

from casecheck.extract.case import AUTHORIZED_UNIT
from casecheck.extract.document import extract_document
from casecheck.extract.fields.closing import closing_date
from casecheck.extract.fields.table import fine_column, table_pairs
from casecheck.ingest.segment import segment
from tests.conftest import text_document, text_source

_TABLE = (
    "某县人民政府\n首页 > 信息公开 > 执法公示\n某县综合行政执法局行政处罚结果公示\n"
    "序号\n处罚决定书文号\n当事人名称\n统一社会信用代码\n违法事实\n罚款金额（千元）\n作出处罚决定日期\n处罚机关\n"
    "1\n某综执罚字〔2025〕第0112号\n某某餐饮管理有限公司\n91330782MA2HXKQ04B\n"
    "2025年4月2日当事人占道经营……\n2.500\n2025-05-08\n某县综合行政执法局\n"
    "注：罚款金额以千元计。\n"
)


def test_a_table_copied_one_cell_a_line_without_marks() -> None:
    pairs = table_pairs(_TABLE)
    assert pairs["处罚决定书文号"][0] == "某综执罚字〔2025〕第0112号"
    assert pairs["作出处罚决定日期"][0] == "2025-05-08"
    value, start, end = pairs["处罚机关"]
    assert _TABLE[start:end] == value == "某县综合行政执法局"


def test_cells_that_do_not_line_up_are_not_read() -> None:
    """An empty cell dropped its line: the date heading would get the agency's name."""
    shifted = _TABLE.replace("2025-05-08\n", "")
    assert "作出处罚决定日期" not in table_pairs(shifted)


def test_a_fine_column_in_thousands_of_yuan() -> None:
    assert fine_column(table_pairs(_TABLE))[0] == 2500.0


def test_the_tables_agency_not_the_portals_name_over_the_page() -> None:
    facts = extract_document(text_document("行政处罚决定书", _TABLE))
    assert facts["agency"]["value"] == "某县综合行政执法局"


def test_a_traffic_brigade_under_its_detachment_acts_in_its_own_name() -> None:
    assert AUTHORIZED_UNIT.search("某市公安局交通警察支队某区大队")
    assert AUTHORIZED_UNIT.search("某市公安局交通警察大队")
    assert not AUTHORIZED_UNIT.search("某市公安局治安管理支队")


_NOTICE = (
    "某市税务局稽查局\n税务文书送达公告\n某税稽送公〔2022〕9号\n某某贸易有限公司：\n"
    "因无法直接送达，现将《税务行政处罚决定书》（某税稽罚〔2022〕41号）向你单位公告送达。文书内容如下：\n\n"
    "税务行政处罚决定书\n某税稽罚〔2022〕41号\n某某贸易有限公司：\n经检查……对你单位处少缴税款百分之五十的罚款。\n"
    "如对本决定不服，可以自收到本决定书之日起六十日内依法申请行政复议。\n某市税务局稽查局\n2022年6月8日\n\n"
    "特此公告。\n某市税务局稽查局\n2022年7月1日\n"
)


def test_a_notice_quoting_a_whole_decision_holds_that_decision() -> None:
    docs = segment([text_source([_NOTICE], "notice.txt")])
    assert [d.doc_type for d in docs][-1] == "行政处罚决定书"
    decision = docs[-1]
    hit = closing_date(decision.text, decision.doc_type)
    assert hit is not None and hit[0].iso == "2022-06-08"  # not the notice's own 落款


def test_the_level_before_the_verb_that_imposes_the_penalty() -> None:
    """决定对当事人从轻作出如下行政处罚：… names the level; 可以从轻或者减轻作出 names the law's options."""
    from casecheck.extract.fields.discretion import find_discretion

    hit = find_discretion("依照《海关行政处罚实施条例》之规定，决定对当事人从轻作出如下行政处罚：")
    assert hit is not None and hit.level == "从轻"
    assert find_discretion("对符合条件的，本关依法可以从轻或者减轻作出处罚。") is None

"""Fixes from decisions10 (writer 70's published-copy decisions, development) and the two 撤销
decisions of decisions9/10. Fixtures in new wording."""

from __future__ import annotations

from casecheck.extract.case import extract_case
from casecheck.extract.contract import contract_fields
from casecheck.extract.fields.table import table_pairs
from casecheck.ingest.doctypes import classify_title
from casecheck.ingest.normalize import normalize_text
from casecheck.ingest.segment import segment
from casecheck.model import Case
from tests.conftest import text_document, text_source


def test_a_markdown_tables_rule_row_is_no_header() -> None:
    text = (
        "| 序号 | 决定书文号 | 行政相对人名称 | 罚款金额（元） | 处罚决定日期 |\n"
        "| --- | --- | --- | :---: | --- |\n"
        "| 1 | 某城管罚字〔2021〕第0042号 | 某某装饰有限公司 | 5000 | 2021/6/3 |\n"
    )
    pairs = {k: v[0] for k, v in table_pairs(text).items()}
    assert pairs["决定书文号"] == "某城管罚字〔2021〕第0042号"
    assert pairs["行政相对人名称"] == "某某装饰有限公司"
    assert pairs["处罚决定日期"] == "2021/6/3"


_BODY = "我局认为，当事人未经批准擅自将农用地改为建设用地堆放砂石的行为，违反了《"


def test_a_running_header_of_the_top_lines_run_together_is_dropped_at_a_page_break() -> None:
    page = (
        "某市自然资源局\n行政处罚决定书\n某自然资罚字〔2023〕015号\n"
        + "当事人：某某建材有限公司，地址某市某区某镇某村。\n"
        + _BODY
        + "\n\n第 1 页 共 2 页\n\n某市自然资源局行政处罚决定书\u3000某自然资罚字〔2023〕015号\n"
        + "中华人民共和国土地管理法》第四十四条第一款的规定。\n"
    )
    text = normalize_text(page)
    assert "违反了《中华人民共和国土地管理法》第四十四条" in text


def test_a_figure_and_a_code_cut_by_a_wrap_are_joined() -> None:
    text = normalize_text(
        "当事人：某某建材有限公司　统一社会信用代码：91450103M\nA5NQ2C86M\n"
        "三、对非法占用的土地1200平方米，处以罚款人民币24000\n0元（按每平方米200元计）。\n"
    )
    assert "91450103MA5NQ2C86M" in text and "人民币240000元" in text
    # a catalog's rows: a page number at a line end and the next row's serial are no figure
    rows = normalize_text("1\t立案审批表\t某罚立〔2023〕1号\t2023.5.4\t1\n2\t询问笔录\t\t2023.5.6\t2\n")
    assert rows.split("\n")[1].startswith("2\t询问笔录")


def _case(*docs: tuple[str, str]) -> dict:
    return extract_case(Case("c", "c", (), tuple(text_document(t, x, t) for t, x in docs)))


_REVOKE = (
    "某县市场监督管理局\n撤销行政处罚决定书\n某市监撤字〔2022〕1号\n某某食品有限公司：\n"
    "本局于2022年3月2日作出某市监处罚〔2022〕31号《行政处罚决定书》，对你公司罚款人民币二万元。"
    "经复查，原处罚决定认定事实的主要证据不足。本局决定：\n一、撤销某市监处罚〔2022〕31号《行政处罚决定书》；\n"
    "二、退还你公司已缴纳的罚款人民币二万元。\n某县市场监督管理局\n2022年6月9日\n"
)


def test_a_decision_that_undoes_a_penalty_imposes_none() -> None:
    assert classify_title("撤销行政处罚决定书")[0] == "撤销行政处罚决定书"
    assert classify_title("关于撤销行政处罚决定的决定")[0] == "撤销行政处罚决定书"
    facts = _case(("撤销行政处罚决定书", _REVOKE))
    fields = contract_fields(facts)
    assert fields["penalty"]["fine_yuan"] is None
    assert fields["dates"]["decision"] == "2022-06-09"
    assert facts["documents"][0]["doc_number"]["value"] == "某市监撤字〔2022〕1号"


def test_an_untitled_revocation_is_read_as_one_and_its_cited_number_is_not_its_own() -> None:
    text = (
        "某区交通运输局\n关于撤销《行政处罚决定书》（某交罚〔2021〕第0077号）的决定\n某物流有限公司：\n"
        "经复核，原处罚决定证据不足。本局决定：撤销《行政处罚决定书》（某交罚〔2021〕第0077号）。\n"
        "某区交通运输局\n2021年9月4日\n"
    )
    (doc,) = segment([text_source([text], "r.txt")])
    assert doc.doc_type == "撤销行政处罚决定书"
    facts = extract_case(Case("c", "c", (), (doc,)))
    assert facts["documents"][0]["doc_number"] is None


def test_a_footers_document_number_is_the_documents() -> None:
    text = (
        "某区卫生健康局\n行政处罚决定书\n当事人：某口腔门诊部有限公司\n经查……决定罚款人民币叁仟元整。\n"
        "某区卫生健康局\n2021年4月16日\n\n文书编号：某卫医罚〔2021〕0117号\t第1页 共1页\n"
    )
    facts = _case(("行政处罚决定书", text))
    assert facts["documents"][0]["doc_number"]["value"] == "某卫医罚〔2021〕0117号"

"""Cases drawn from the retired held-out set 57 (a 市场监管 decision whose 大写 and 小写 disagree,
a 卫健 ruled-table PDF, a 水利 PDF of one-line approval rows and two-line service labels), each in
new wording; each failed before its fix."""

from __future__ import annotations

from casecheck.checks.engine import evaluate
from casecheck.checks.profiles import load_profile
from casecheck.extract.case import extract_case
from casecheck.extract.fields.party import party_name
from casecheck.extract.fields.served import served_block
from casecheck.extract.fields.signatures import find_signatures
from casecheck.ingest.segment import segment
from casecheck.model import Case
from tests.conftest import text_source

NOTICE = (
    "某市市场监督管理局\n行政处罚告知书\n某市监罚告〔2023〕8号\n某某食品有限公司：\n"
    "经查，你单位销售超过保质期的食品。本局拟对你单位作出罚款人民币陆万元整（¥60,000.00）的行政处罚。\n"
    "你单位可在收到本告知书之日起五个工作日内提出陈述、申辩。\n某市市场监督管理局\n2023年6月1日\n"
)
DECISION = (
    "某市市场监督管理局\n行政处罚决定书\n某市监罚〔2023〕8号\n当事人：某某食品有限公司\n"
    "经查，当事人销售超过保质期的食品。本局决定：罚款人民币陆万元整（¥65,000.00）。\n"
    "某市市场监督管理局\n2023年6月20日\n"
)


def _codes(pages: list[str]) -> set[str]:
    source = text_source(pages)
    facts = extract_case(Case("c", "c.txt", (source,), tuple(segment([source]))))
    out = evaluate(facts, load_profile("default"), None)
    return {f.code for f in out.findings}


def test_a_decision_whose_words_and_figures_disagree_is_not_heavier_than_its_notice() -> None:
    codes = _codes([NOTICE, DECISION])
    assert "DOC-07" in codes  # the disagreement is the finding
    assert "PROC-08" not in codes  # one of the two values is what was proposed
    heavier = DECISION.replace("陆万元整（¥65,000.00）", "柒万元整（¥70,000.00）")
    assert "PROC-08" in _codes([NOTICE, heavier])


def test_an_approval_row_of_comma_separated_fields_is_signed() -> None:
    hits = find_signatures("负责人审批意见：同意立案，王某强，2024年12月16日\n")
    assert [(h.role, h.filled) for h in hits] == [("approver", True)]
    hits = find_signatures("负责人审批意见：准予立案，2024年12月16日\n")
    assert [(h.role, h.filled) for h in hits] == [("approver", False)]


def test_a_service_label_wrapped_before_its_wenhao() -> None:
    block = served_block(
        "送达回证\n送达文书名称\n及文号 行政处罚听证通知书（某水听通〔2025〕3号）\n受送达人 某公司\n"
    )
    assert block["title"] == "行政处罚听证通知书" and block["doc_number"] == "某水听通〔2025〕3号"


def test_a_name_wrapped_in_a_ruled_cell_before_the_next_lines_cells() -> None:
    text = "案件调查终结报告\n当事人 某某市某区锐丰五金制品有\n限公司 法定代表人 梁某权\n承办人 谭某\n"
    hit = party_name(text, {})
    assert hit is not None and hit[0] == "某某市某区锐丰五金制品有限公司"


def test_the_next_rows_label_is_no_tail_of_a_name() -> None:
    text = "立案审批表\n当事人 某某物业管理有限公司（91430602MA4L9C7H35）\n住所 湖南省某市某路377号\n"
    hit = party_name(text, {})
    assert hit is not None and hit[0] == "某某物业管理有限公司"

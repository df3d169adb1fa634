"""Cases drawn from the retired held-out sets 45 (西南 生态环境/自然资源) and 47 (华中 应急/住建), each in new
wording (each failed before its fix)."""

from __future__ import annotations

from casecheck.extract.fields.money import find_amounts, total
from casecheck.extract.fields.officers import find_officers
from casecheck.extract.fields.party import party_name
from casecheck.extract.fields.penalty import find_penalty_kinds
from casecheck.extract.fields.signatures import find_signatures
from casecheck.ingest.normalize import normalize_text
from casecheck.ingest.segment import segment
from casecheck.model import Page, SourceFile


def test_a_merged_total_after_other_penalties_is_the_fine() -> None:
    text = (
        "决定：1.对第一项违法行为，责令停业整顿，并处罚款人民币捌万元；2.对第二项违法行为，处罚款人民币贰万元；"
        "合并执行：责令停业整顿，罚款人民币壹拾万元整（¥100000元）。"
    )
    assert total(find_amounts(text, "行政处罚决定书"), "fine") == 100000.0


def test_a_slip_title_whose_cells_run_on() -> None:
    page = "江西省非税收入一般缴款书（回单联）缴款人 金额 日期\n某某公司 20000.00 2024.3.5\n"
    source = SourceFile(
        "a.txt",
        "a.txt",
        "text",
        "0",
        (Page(1, "结案审批表\n同意结案。\n", "", (), "text"), Page(2, page, page, (), "text")),
    )
    assert [d.doc_type for d in segment([source])] == ["结案审批表", "缴款凭证"]


def test_a_list_items_number_left_at_a_line_end_joins_its_item() -> None:
    wrapped = (
        "经查，你店销售的电热水壶经检验不合格，货值金额6300元，违法所得2100元，本局拟对你作出如下行政处罚：1.没收电热水壶18台；2.\n"
        "没收违法所得2100元；3.罚款3000元。请于收到本告知书之日起三个工作日内提出陈述申辩，逾期视为放弃。\n"
    )
    joined = normalize_text(wrapped)
    assert "2.没收违法所得" in joined
    assert "没收违法所得" in [k for k, _s, _e in find_penalty_kinds(joined)]


def test_a_person_with_a_note_naming_the_shop() -> None:
    text = "立案审批表\n案件来源 投诉举报\n当事人 郑小梅（某某县小梅日杂经营部经营者）\n身份证号 略\n"
    hit = party_name(text, {})
    assert hit is not None and hit[0] == "郑小梅"


def test_the_person_questioned_is_no_officer_when_the_label_runs_on() -> None:
    text = (
        "调查人：甲某某（执法证号51090019001）、乙某（执法证号51090019002） "
        "记录人：乙某被调查人：周立 单位职务：某某公司安全员（持授权委托书）调查人员出示了执法证件。\n"
    )
    assert [o.name for o in find_officers(text)] == ["甲某某", "乙某"]


def test_a_blank_party_line_under_the_end_of_text_mark() -> None:
    text = (
        "询问笔录\n询问人：甲某（执法证号1）、乙某（执法证号2）\n被询问人：丙某\n问：是否申请回避？\n答：不申请。\n"
        "（以下无正文）\n询问人：（签名）甲某 （签名）乙某\n被询问人：\n"
    )
    party = [s for s in find_signatures(text) if s.role == "party"]
    assert party and not party[-1].filled

"""Session 23: 医疗保障基金 losses and sums obtained by fraud as amounts of their own kind.

医疗保障基金使用监督管理条例 fines are multiples of the 造成损失金额 (第三十八条) or of the 骗取金额
(第四十条): the amounts are read as ``fund_loss`` / ``fund_fraud``, a total over the payments listed
before it gets them as its terms (EVID-03), and LAW-05 judges the fine against the multiple.
"""

from __future__ import annotations

import pytest

from casecheck.extract.fields.money import find_amounts


def _kinds(text: str, doc_type: str = "调查终结报告") -> list[tuple[str, float]]:
    return [(a.kind, a.value) for a in find_amounts(text, doc_type)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("上述违规行为共造成医保基金损失8,420.50元。", ("fund_loss", 8420.5)),
        ("致使医疗保障统筹基金损失人民币3.2万元", ("fund_loss", 32000.0)),
        ("医疗保障基金损失金额为6200元", ("fund_loss", 6200.0)),
        ("当事人通过虚构医药服务项目骗取医疗保障基金支出共计15,300元", ("fund_fraud", 15300.0)),
        ("骗取医保基金46800元", ("fund_fraud", 46800.0)),
    ],
)
def test_fund_amounts_have_their_kind(text: str, want: tuple[str, float]) -> None:
    assert want in _kinds(text)


def test_refund_and_fine_keep_their_kinds() -> None:
    text = "责令退回医疗保障基金8420.50元，并处造成损失金额1.5倍的罚款12630.75元。"
    assert _kinds(text, "行政处罚决定书") == [("refund", 8420.5), ("fine", 12630.75)]


def test_a_loss_totalled_over_the_fund_payments_listed_before_it() -> None:
    text = (
        "经查，当事人分解住院42人次，统筹基金支付21,300.00元；超标准收费218人次，"
        "医保基金结算金额4,760.40元，合计造成医保基金损失26,060.40元。"
    )
    loss = [a for a in find_amounts(text, "调查终结报告") if a.kind == "fund_loss"]
    assert [a.terms for a in loss] == [[[21300.0], [4760.4]]]


def test_a_loss_after_a_refund_taken_off_sums_no_list() -> None:
    text = "医保基金支付5000元、3000元，已退还2000元，共计造成医保基金损失6000元。"
    loss = [a for a in find_amounts(text, "调查终结报告") if a.kind == "fund_loss"]
    assert [a.terms for a in loss] == [None]


def test_a_single_payment_restated_as_the_loss_is_no_list() -> None:
    text = "医保基金支付3861.00元，造成医疗保障基金损失3861.00元。"
    loss = [a for a in find_amounts(text, "调查终结报告") if a.kind == "fund_loss"]
    assert [a.terms for a in loss] == [None]


def test_a_scans_edge_read_as_bars_does_not_push_the_title_off_the_page_top() -> None:
    """OCR reads a scan's dark edge as ``| |`` above the agency line: the misread title under them
    (行政处昼决定书) still stands at the page's top, where a title OCR misread is looked for."""
    from dataclasses import replace

    from casecheck.ingest.segment import segment
    from tests.conftest import text_source

    pages = [
        "宜昌市某区烟草专卖局\n行政处罚事先告知书\n某烟罚告〔2022〕第018号\n当事人：某某便利店",
        "| |\n宜昌市某区烟草专卖局\n行政处昼决定书\n某烟罚〔2022〕第018号\n当事人：某某便利店",
    ]
    source = text_source(pages, "scan.pdf")
    source = replace(source, pages=tuple(replace(p, method="ocr") for p in source.pages))
    assert [d.doc_type for d in segment([source])] == ["行政处罚事先告知书", "行政处罚决定书"]


def _decision_facts(text: str) -> dict:
    from casecheck.extract.document import extract_document
    from tests.conftest import text_document

    return dict(extract_document(text_document("行政处罚决定书", text, "行政处罚决定书")))


def test_a_result_tables_column_of_agency_and_date_gives_both() -> None:
    """A 结果公开 table flattened one cell a line: the column 作出处罚决定的机关名称和日期 holds both."""
    text = (
        "序号 |\n行政处罚决定书文号 |\n违法企业名称或违法自然人姓名 |\n作出处罚决定的机关名称和日期 |\n |\n"
        "1 |\n湘建罚字〔2024〕第0217号 |\n长沙某某建筑劳务有限公司 |\n"
        "长沙市住房和城乡建设局 2024年11月5日 |\n"
    )
    facts = _decision_facts(text)
    assert facts["agency"]["value"] == "长沙市住房和城乡建设局"
    assert facts["dates"]["decision"]["value"] == "2024-11-05"
    assert facts["dates"]["decision"]["evidence"]["quote"] == "2024年11月5日"


def test_a_web_pages_box_dates_a_decision_whose_copy_stops_early() -> None:
    """A 信息公开 page: 发布机构/成文日期 box, then the decision, cut before its 落款."""
    text = (
        "索 引 号：11130100MB0123456X/2021-00088　　主题分类：卫生\n"
        "发布机构：保定市竞秀区卫生健康局　　　　成文日期：2021-04-16\n"
        "文　　号：竞卫罚〔2021〕12号　　发布日期：2021-04-20\n"
        "标　　题：保定市竞秀区卫生健康局行政处罚决定书\n\n"
        "保定市竞秀区卫生健康局行政处罚决定书\n竞卫罚〔2021〕12号\n\n当事人：保定某某口腔诊所有限公司\n"
        "经查，当事人于2021年3月2日……罚款人民币5000元。当事人应当自收到本决定书之日起十五日内"
    )
    facts = _decision_facts(text)
    assert facts["agency"]["value"] == "保定市竞秀区卫生健康局"
    assert facts["dates"]["decision"]["value"] == "2021-04-16"


def test_a_decisions_own_closing_date_is_not_overridden_by_the_box() -> None:
    text = (
        "发布机构：某县市场监督管理局　　成文日期：2021-04-20\n\n"
        "某县市场监督管理局\n行政处罚决定书\n某市监罚〔2021〕3号\n"
        "当事人：某某商店\n罚款人民币2000元。\n\n某县市场监督管理局\n2021年4月16日\n"
    )
    facts = _decision_facts(text)
    assert facts["date"]["value"] == "2021-04-16"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an order to stop (责令停止水事违法行为通知书) served on the filing day is no notice of a penalty
        (
            "我局于二〇一七年三月二十日立案调查，并于同日向你单位送达《责令停止水事违法行为通知书》，"
            "责令你单位立即停止违法行为。",
            None,
        ),
        ("2023年5月4日，本局向你公司送达了《海事行政违法行为通知书》，告知拟作出的处罚", "2023-05-04"),
        # 消防: the notice told to 被处罚人, the year's 0 read as the letter O
        ("我大队于2O23年4月25日告知被处罚人拟作出行政处罚的事实、理由、依据", "2023-04-25"),
    ],
)
def test_notice_dates(text: str, want: str | None) -> None:
    from casecheck.extract.fields.dates import find_dates
    from casecheck.extract.fields.events import event_dates

    notice = event_dates(text, find_dates(text)).get("notice")
    assert (notice.iso if notice else None) == want


def test_a_ground_the_decision_says_does_not_hold_is_no_discretion() -> None:
    from casecheck.extract.fields.discretion import find_discretion

    assert find_discretion("经复核，上述理由不构成不予处罚或者从轻处罚的法定情形，不予采纳。") is None


def test_a_penalty_with_its_own_range_before_a_list_of_heavier_circumstances() -> None:
    """医疗机构管理条例实施细则 第七十七条: 处以三千元以下的罚款；有下列情形之一的，…处以三千元以上
    一万元以下的罚款：（一）… — a penalty citation without 项 applies the ordinary range: 无法评查, not
    LAW-02. A 款 of prohibited acts (有下列行为之一的，…) still needs its 项."""
    from datetime import date

    from casecheck.laws import catalog
    from casecheck.laws.specificity import missing_detail

    rules = catalog.in_force("医疗机构管理条例实施细则", date(2019, 6, 10)).article("77")
    gap = missing_detail(rules, None, None, False, frozenset())
    assert gap is not None and not gap.certain
    acts = catalog.in_force("中华人民共和国安全生产法", date(2023, 5, 1)).article("97")
    gap = missing_detail(acts, None, None, False, frozenset())
    assert gap is not None and gap.certain

"""Layouts drawn from the development sets decisions7 (published copies: 政务公开 pages, 信用中国 records,
WeChat reposts, OCR) and dev7 (case volumes), each in new wording; each failed before its fix
(``test_a_forms_serial_under_its_title_is_still_read`` guards the reordered 文号 search)."""

from __future__ import annotations

from casecheck.extract.case import extract_case
from casecheck.extract.fields.arithmetic import terms_before
from casecheck.extract.fields.citations import find_citations
from casecheck.extract.fields.closing import header_agency, labelled_agency
from casecheck.extract.fields.events import event_dates
from casecheck.extract.fields.money import find_amounts, total
from casecheck.extract.fields.party import address, credit_code, party_name
from casecheck.ingest.normalize import normalize_text
from casecheck.laws.catalog import resolve_title
from casecheck.model import Case, Document


def _decision(text: str) -> dict:
    doc = Document("行政处罚决定书", "行政处罚决定书", "行政处罚决定书", "d.txt", (1, 1), text, (0,))
    return extract_case(Case("c", "d.txt", (), (doc,)))["documents"][0]


def test_a_web_pages_furniture_above_the_decision() -> None:
    text = (
        "某县人民政府 > 政府信息公开 > 某县自然资源局 > 行政处罚\n索 引 号：11340822MB1D62707W/2025-00031\n"
        "发布机构：某县自然资源局 生成日期：2025-04-03\n名 称：某县自然资源局行政处罚决定书\n"
        "发布时间：2025-04-03 15:21 浏览次数：87\n【打印】 【关闭】\n某县自然资源局\n行政处罚决定书\n"
        "某自然资罚〔2025〕第3号\n当事人：某某建材有限公司\n经查，当事人非法占用土地。\n某县自然资源局\n2025年4月2日\n"
    )
    facts = _decision(text)
    assert facts["doc_number"]["value"] == "某自然资罚〔2025〕第3号"
    assert facts["agency"]["value"] == "某县自然资源局"
    # a banner naming the site is passed over; the page title above the header is not the header
    assert (
        header_agency(
            "某区人民政府门户网站\n您当前的位置：首页 > 双公示\n某区卫生健康委员会\n行政处罚决定书\n"
        )[0]
        == "某区卫生健康委员会"
    )


def test_a_case_systems_running_header_names_the_case_not_the_notice() -> None:
    text = (
        "某县应急管理局行政处罚案卷 案号：某应急罚（2024）12号\n"
        "打印时间：2024-05-30 15:18 第 12 页 / 共 19 页\n"
        "行政处罚告知书\n某应急罚告（2024）12号\n某某机械制造有限公司：\n经查，你单位……\n"
    )
    doc = Document("告知书", "行政处罚事先告知书", "行政处罚告知书", "d.txt", (1, 1), text, (0,))
    facts = extract_case(Case("c", "d.txt", (), (doc,)))["documents"][0]
    assert facts["doc_number"]["value"] == "某应急罚告（2024）12号"


def test_a_public_records_labelled_agency_and_the_partys_code() -> None:
    text = (
        "行政处罚决定书文号：某统罚〔2020〕3号\n行政相对人名称：某某家具制造有限公司\n"
        "行政相对人代码：91360703MA38NE2KXJ\n处罚机关：某市某区统计局\n处罚机关统一社会信用代码：11360703MB1E509341\n"
    )
    hit = labelled_agency(text)
    assert hit is not None and hit[0] == "某市某区统计局" and text[hit[1] : hit[2]] == hit[0]
    code = credit_code(text)
    assert code is not None and code[0] == "91360703MA38NE2KXJ"
    # the agency's code alone is never the party's
    assert credit_code("处罚机关统一社会信用代码：11360703MB1E509341\n") is None


def test_an_employer_is_the_party_of_a_labour_inspection_decision() -> None:
    hit = party_name(
        "劳动保障监察行政处罚决定书\n用人单位名称：某某速达物流有限公司\n统一社会信用代码：…\n", {}
    )
    assert hit is not None and hit[0] == "某某速达物流有限公司"


def test_a_total_in_words_over_figures_that_dropped_a_digit() -> None:
    text = (
        "1.对消防设施未保持完好有效的行为，处罚款人民币壹万贰仟元（12000元）；\n"
        "2.对占用疏散通道的行为，处罚款人民币伍仟元（5000元）。\n以上合并执行罚款人民币壹万柒仟元整（1700元）。\n"
    )
    assert total(find_amounts(text, "行政处罚决定书"), "fine") == 17000
    # figures that agree with nothing keep their own value (DOC-07 reports the pair)
    assert total(find_amounts("罚款人民币壹万柒仟元整（1700元）。", "行政处罚决定书"), "fine") == 1700


def test_look_alikes_ocr_puts_for_di_and_kuan() -> None:
    text = normalize_text("依据《中华人民共和国行政处罚法》笫二十七条笫一欵笫（一）项，罚欵人民币伍万元整。")
    assert "第二十七条第一款第（一）项" in text and "罚款人民币" in text
    assert resolve_title("中华人民共和国道路运揄条例") == "中华人民共和国道路运输条例"


def test_a_bare_title_after_a_bracketed_ones_article() -> None:
    hits = find_citations(
        "依据《中华人民共和国劳动法》第九十条和劳动保障监察条例第二十五条的规定，本局决定罚款。"
    )
    assert [(h.law, h.article) for h in hits] == [("中华人民共和国劳动法", 90), ("劳动保障监察条例", 25)]


def test_a_title_wrapped_inside_its_brackets() -> None:
    hits = find_citations(
        "根据《中华人民共和国治安管理处\n罚法》第四十三条第一款之规定，现决定行政拘留七日。"
    )
    assert [(h.law, h.article, h.paragraph) for h in hits] == [("中华人民共和国治安管理处罚法", 43, 1)]


def test_the_second_column_of_a_spaced_form_row() -> None:
    text = (
        "行政处罚决定书\n被处罚单位 某某酒店管理有限公司\n法定代表人 周某某 住所 四川省某县某镇北坝路168号\n"
    )
    hit = address(text)
    assert hit is not None and hit[0] == "四川省某县某镇北坝路168号"


def test_the_goods_value_counts_all_the_goods_when_the_parts_add_up() -> None:
    text = "该批次产品共计100卷，其中已销售72卷、库存28卷，出厂单价268元/卷，货值金额共计人民币28600元。"
    at = text.index("人民币")
    assert terms_before(text, at, all_goods=True, stated=28600) == [[100.0, 268.0]]
    assert terms_before(text, at) is None  # an illegal gain: which count is a guess
    bikes = "共进货10辆，已售4辆、库存6辆，每辆售价2380元，货值金额为24800元"
    assert terms_before(bikes, bikes.index("24800"), all_goods=True, stated=24800) == [[10.0, 2380.0]]
    # no total word: counts told apart, not a total and its parts
    text = "购进100卷，已售72卷，库存28卷，单价268元/卷，货值金额26800元。"
    assert terms_before(text, text.index("26800"), all_goods=True, stated=26800) is None


def test_a_forms_serial_under_its_title_is_still_read() -> None:
    text = (
        "某市公安局交通警察支队\n公安交通管理简易程序处罚决定书\n编号：1402001000327148\n\n被处罚人：冯某某\n"
    )
    doc = Document(
        "当场", "当场行政处罚决定书", "公安交通管理简易程序处罚决定书", "d.txt", (1, 1), text, (0,)
    )
    facts = extract_case(Case("c", "d.txt", (), (doc,)))["documents"][0]
    assert facts["doc_number"]["value"] == "1402001000327148"


def test_a_form_row_under_a_heading_or_an_empty_label_is_still_read() -> None:
    # the cells before a label are those of its own row, never the line above
    text = "行政处罚决定书\n当事人 某某商贸有限公司\n联系电话\n住所 某市某区某路8号\n"
    hit = address(text)
    assert hit is not None and hit[0] == "某市某区某路8号"
    for heading in ("当事人基本情况", "一、当事人基本信息"):
        hit = party_name(f"行政处罚决定书\n{heading}\n当事人 某某商贸有限公司\n", {})
        assert hit is not None and hit[0] == "某某商贸有限公司", heading


def test_a_partys_name_holding_jiguan_keeps_its_code() -> None:
    for name in ("某市直属机关幼儿园", "某县机关服务中心"):
        code = credit_code(f"当事人：{name} 统一社会信用代码：12330100470000001D\n")
        assert code is not None and code[0] == "12330100470000001D", name


def test_a_value_of_some_of_the_goods_is_not_recomputed_from_all() -> None:
    text = "共购进大米100袋，已销售72袋，剩余28袋被本局依法扣押，按标价25元/袋计算，被扣押大米货值金额700元。"
    assert terms_before(text, text.index("700元"), all_goods=True, stated=700) is None


def test_an_agency_name_on_two_lines_over_a_lower_title() -> None:
    text = "首页 > 政务公开\n某市公安局\n某某分局\n行政处罚决定书\n某公行罚决字〔2023〕12号\n当事人：张某某\n"
    facts = _decision(text)
    assert facts["agency"]["value"] == "某市公安局"


def test_a_notice_told_to_a_named_party_and_a_police_cases_acceptance() -> None:
    text = "本局于2022年7月23日受理该案。2022年7月25日，本局依法向张某某告知了拟作出行政处罚决定的事实。"
    found = event_dates(text)
    assert found["filing"].iso == "2022-07-23" and found["notice"].iso == "2022-07-25"


def test_a_later_day_of_the_narrative_written_without_its_year() -> None:
    dates = event_dates("2022年9月14日，我队接群众举报后赴现场核查，9月16日立案调查。")
    assert dates["filing"].iso == "2022-09-16"
    assert dates["filing"].form == "yearless"
    # in Chinese numerals
    assert event_dates("二〇二〇年五月七日检查，五月九日立案调查。")["filing"].iso == "2020-05-09"
    # across the new year, or back in time, which year is meant is a guess: not read
    assert "filing" not in event_dates("2021年12月29日执法人员检查，1月4日立案。")
    assert "violation" not in event_dates("2022年11月2日检查，当事人于3月1日起销售过期食品。")
    # a 生产日期 or a birth date is no year of the narrative
    assert "filing" not in event_dates("标称生产日期为2021年8月3日的糕点。8月20日检查，8月23日立案调查。")
    assert "filing" not in event_dates("当事人：王某，男，1979年5月4日出生。6月2日立案调查。")
    # a period's end (…至 9月16日) and a day of another passage are no dates of their own
    spaced = event_dates("2022年9月1日至 9月16日，当事人在门店销售。2022年10月8日立案。")
    assert spaced["filing"].iso == "2022-10-08"
    far = event_dates("2022年9月14日检查。\n\n附件：9月16日立案登记表")
    assert "filing" not in far

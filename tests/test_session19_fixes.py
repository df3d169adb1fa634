"""Fixes of session 19 (decisions15, decisions17, decisions18, dev18), each on wording of its own:
party names cut by columns, masked or run on; amounts a correction puts right, money ordered
returned, a public record's fine field; volume headings, wrapped receipt labels and form-series
titles in segmentation; joins around notes; signatures under their label; dates and codes."""

from __future__ import annotations

from pathlib import Path

from casecheck.checks.engine import check_case
from casecheck.extract.case import extract_case
from casecheck.extract.contract import contract_fields
from casecheck.extract.fields.corrections import find_corrections
from casecheck.extract.fields.events import event_dates
from casecheck.extract.fields.markers import find_markers
from casecheck.extract.fields.money import find_amounts
from casecheck.extract.fields.party import credit_code, party_name
from casecheck.extract.fields.signatures import find_signatures
from casecheck.ingest.normalize import normalize_text
from casecheck.ingest.reader import read_file
from casecheck.ingest.segment import segment
from casecheck.model import Case
from tests.conftest import text_document


def _facts(text: str, doc_type: str = "行政处罚决定书") -> dict:
    return extract_case(Case("c", "c.txt", (), (text_document(doc_type, normalize_text(text)),)))


def _party(text: str) -> str | None:
    return contract_fields(_facts(text))["party"]["name"]


def test_a_name_cut_by_the_second_column_of_a_form() -> None:
    text = (
        "某市应急管理局\n行政处罚决定书\n某应急罚〔2022〕8号\n"
        "单位名称：杭州恒远精密机械制     法定代表人：沈**\n"
        "造有限公司                       联系电话：0571-****\n"
        "住所：某市某区某路1号\n经查，你单位未按规定开展安全培训。\n"
    )
    assert _party(text) == "杭州恒远精密机械制造有限公司"


def test_a_name_whose_suffix_is_cut_goes_on_in_the_next_line() -> None:
    text = (
        "某局\n行政处罚决定书\n被处罚单位：宁波立信商贸有限公     法定代表人：周**\n"
        "司        电话：0574-****\n"
    )
    assert _party(text) == "宁波立信商贸有限公司"


def test_a_name_run_over_the_lines_of_a_narrow_column() -> None:
    text = (
        "某局\n行政处罚决定书\n\n被处罚单位：苏州\n汇丰源精工科技有限公\n司\n"
        "统一社会信用代码：91320500MA1XXXXXX1\n"
    )
    assert _party(text) == "苏州汇丰源精工科技有限公司"


def test_a_person_in_a_cut_name_field_is_not_joined_with_the_next_line() -> None:
    # a whole person name: the next line is another field's value, not the rest of the name
    text = "某局\n行政处罚决定书\n当事人：王建国\n某某建材有限公司\n"
    assert _party(text) == "王建国"


def test_a_masked_person_opening_the_decision() -> None:
    text = (
        "某市交通运输局\n行政处罚决定书\n\n当事人赵**，男，1979年3月出生，住某县某镇。\n"
        "经查，当事人驾驶车辆从事非法营运。\n"
    )
    assert _party(text) == "赵**"


def test_a_run_on_party_sentence_without_a_company_suffix() -> None:
    text = (
        "某区卫生健康局\n行政处罚决定书\n\n"
        "当事人某区清风理发馆（个体工商户），统一社会信用代码92330100MA2XXXXX1X，经营者陈*。\n"
        "经查，当事人未取得公共场所卫生许可证。\n"
    )
    assert _party(text) == "某区清风理发馆"


def test_a_figure_the_decision_itself_puts_right() -> None:
    text = (
        "某市生态环境局\n行政处罚决定书\n当事人：某某化工有限公司\n"
        "决定对你单位处罚款人民币叁拾万元整（¥300,000.00）。\n"
        "更正说明：本决定书罚款金额小写“¥30,000.00”有误，现更正为“¥300,000.00”。\n"
    )
    # the figures as first written were 300,000: the correction's own figures are no second fine
    assert contract_fields(_facts(text))["penalty"]["fine_yuan"] == 300000
    wrong = text.replace("（¥300,000.00）", "（¥30,000.00）")
    facts = _facts(wrong)
    assert contract_fields(facts)["penalty"]["fine_yuan"] == 300000
    fixed = facts["documents"][0]["corrections"]
    assert fixed[0]["wrong_yuan"] == 30000 and fixed[0]["right_yuan"] == 300000


def test_a_correction_notice_answers_the_words_and_figures_mismatch() -> None:
    decision = text_document(
        "行政处罚决定书",
        normalize_text("某局\n行政处罚决定书\n当事人：某某公司\n决定处罚款人民币肆万元整（¥4,000.00）。\n"),
    )
    notice = text_document(
        "其他",
        normalize_text(
            "更正通知书\n本局作出的行政处罚决定书中罚款小写金额“¥4,000.00”系笔误，应更正为“¥40,000.00”。\n"
        ),
    )
    alone = check_case(extract_case(Case("c", "c.txt", (), (decision,))))
    assert any(f.code == "DOC-07" and "大写" in f.message for f in alone.findings)
    both = check_case(extract_case(Case("c", "c.txt", (), (decision, notice))))
    assert not any(f.code == "DOC-07" and "大写" in f.message for f in both.findings)


def test_corrections_of_names_still_read_as_before() -> None:
    text = "当事人名称误写为“某康铭门诊部”，现更正为“某康明门诊部”。"
    assert [(w, r) for w, r, _s, _e in find_corrections(text)] == [("某康铭门诊部", "某康明门诊部")]


def test_a_public_record_states_its_fine_in_ten_thousands() -> None:
    text = (
        "行政处罚信息公示\n行政相对人名称：某某生物科技有限公司\n处罚决定书文号：某市监处罚〔2023〕9号\n"
        "处罚内容：处广告费用三倍的罚款。\n罚款金额（万元）：0.375\n处罚机关：某区市场监督管理局\n"
    )
    assert contract_fields(_facts(text))["penalty"]["fine_yuan"] == 3750


def test_a_record_headed_by_its_party_after_a_bar() -> None:
    text = (
        "信用中国\n行政处罚 | 某某家具制造有限公司\n案件名称：某某家具制造有限公司未密闭喷漆案\n"
        "处罚结果：罚款人民币贰万元整\n"
    )
    assert _party(text) == "某某家具制造有限公司"


def test_numbered_parties_of_one_decision() -> None:
    text = (
        "某县自然资源局\n行政处罚决定书\n当事人一：某某果蔬种植专业合作社\n住所：某县某镇\n当事人二：李**\n"
    )
    assert _party(text) == "某某果蔬种植专业合作社"


def test_a_case_filed_the_same_day_in_a_later_sentence() -> None:
    text = (
        "某市交通运输局\n行政处罚决定书\n当事人：张**\n"
        "2020年4月9日，本机关执法人员在国道路面检查时发现当事人驾驶货车运输货物。经查，当事人未取得道路运输"
        "经营许可。本机关当日立案调查。\n"
    )
    assert contract_fields(_facts(text))["dates"]["filing"] == "2020-04-09"


def _types(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    return [d.doc_type for d in segment([read_file(path)])]


def test_a_receipt_label_wrapped_in_its_cell_is_no_title_under_it(tmp_path: Path) -> None:
    text = (
        "湖州市生态环境局\n行政处罚决定书\n湖环罚〔2022〕9号\n当事人：某某公司\n决定罚款人民币壹万元整。\n"
        "湖州市生态环境局\n2022年9月29日\n"
        "\f第2页\n送达回证\n送达文书名\n称\n行政处罚决定书\n文号 某罚〔2022〕9号\n受送达人 某某公司\n"
        "送达方式 直接送达\n受送达人签\n收\n王某 2022年10月10日\n"
    )
    assert _types(tmp_path, text) == ["行政处罚决定书", "送达回证"]


def test_volume_headings_with_their_catalogue_numbers(tmp_path: Path) -> None:
    text = (
        "某市商务局行政处罚案卷\n案件名称：某某公司未按规定备案案\n\n"
        "卷内目录\n（一）案件来源登记表\n（二）行政处罚事先告知书及送达回证\n（三）行政处罚决定书\n\n\n"
        "（一）案件来源登记表\n\n受理时间：2026年3月2日\n来源：投诉举报\n\n\n"
        "（二）行政处罚事先告知书及送达回证\n\n某市商务局\n行政处罚事先告知书\n某商务罚告〔2026〕3号\n"
        "某某公司：本局拟对你单位罚款一万元。\n某市商务局\n2026年6月10日\n\n\n"
        "（三）行政处罚决定书\n\n某市商务局\n行政处罚决定书\n某商务罚〔2026〕3号\n被处罚单位：某某公司\n"
    )
    # the 目录's rows stay in the 目录; a heading and the title under it open one document
    assert _types(tmp_path, text)[1:] == [
        "卷内目录",
        "案件来源登记表",
        "行政处罚事先告知书",
        "行政处罚决定书",
    ]
    # a report's own numbered evidence list, set apart by blank lines, opens no document
    report = (
        "案件调查终结报告\n一、基本情况：某某公司\n三、证据材料\n\n（一）现场检查笔录\n\n（二）询问笔录\n\n"
        "四、处理意见：建议罚款。\n承办人：张某 2026年5月6日\n\n法制审核意见书\n三、证据材料\n\n"
        "（一）现场检查笔录\n\n（二）询问笔录\n\n审核意见：同意。\n审核人：李某 2026年5月8日\n"
    )
    assert _types(tmp_path, report) == ["调查终结报告", "法制审核意见书"]


def test_a_titled_form_after_a_dated_record_and_a_blank_line(tmp_path: Path) -> None:
    text = (
        "劳动保障监察投诉登记表\n投诉人\t某某等5人\n接待人：孙某 2024年3月18日\n\n"
        "劳动保障监察立案审批表\n案由：涉嫌违法延长劳动者工作时间\n局领导审批：同意。冯某 2024年3月20日\n"
    )
    assert _types(tmp_path, text)[-1] == "立案审批表"


def test_a_voucher_title_with_a_note_keeps_its_line() -> None:
    text = (
        "第16页\n江苏省非税收入统一票据（电子）\n交款人 溧阳市恒丰五金制品有限公司\n项目 环保罚没收入\n"
        "金额 壹拾贰万元整 ¥120,000.00\n执收单位 常州市生态环境局\n开票日期 2022-10-20\n"
        "备注 常环罚〔2022〕41号"
    )
    assert "统一票据（电子）\n交款人" in normalize_text(text)


def test_a_wrap_before_a_bracketed_note_with_a_colon_is_joined() -> None:
    lines = [
        "经查，你单位在某区建设储配站项目，设计建设两台储罐，该工程属可能发生严重次生灾",
        "害的建设工程。你单位未按照国家有关规定进行地震安全性评价，擅自开工建设，本局责",
        "令你单位限期改正，你单位逾期未改正。本局决定对你单位处以罚款人民币捌万元整。",
        "你单位应自收到本决定书之日起十五日内，持本决定书到中国农业银行某某分行营业网点缴",
        "纳罚款（收款单位：某市财政局）。逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。",
    ]
    assert "网点缴纳罚款（收款单位" in normalize_text("\n".join(lines))


def test_an_order_to_correct_served_is_not_the_decision_served() -> None:
    hits = event_dates("调查经过：2022年6月10日送达《责令改正违法行为决定书》，6月16日调查询问。")
    assert "decision_served" not in hits
    served = event_dates("本局于2022年10月10日向当事人送达了《行政处罚决定书》。")
    assert served["decision_served"].iso == "2022-10-10"


def test_money_ordered_returned_is_no_fine() -> None:
    text = (
        "本局拟对你单位作出如下处理：1．责令退回医疗保障基金21,637.40元；2．处造成损失金额1.5倍的罚款，"
        "计人民币叁万贰仟肆佰伍拾陆元壹角整（32,456.10元）。"
    )
    kinds = [(a.kind, a.value) for a in find_amounts(text, "行政处罚事先告知书")]
    assert ("refund", 21637.4) in kinds and ("proposed_fine", 21637.4) not in kinds
    assert ("proposed_fine", 32456.1) in kinds


def test_a_recipient_signing_on_the_line_under_the_label() -> None:
    text = "送达方式\t直接送达\n受送达人签名及日期：\n周某某 2025年5月12日15时30分\n"
    signed = [s for s in find_signatures(text) if s.role == "recipient"]
    assert signed and signed[0].filled
    empty = [s for s in find_signatures("受送达人签名及日期：\n送达人签名：\n") if s.role == "recipient"]
    assert empty and not empty[0].filled


def test_a_violation_period_from_a_month_to_a_day() -> None:
    hits = event_dates(
        "三、违法事实：该单位2024年1月至3月20日，未与工会和劳动者协商，安排分拣员延长工作时间。"
    )
    assert hits["violation_month"].iso == "2024-01-01"


def test_codes_of_a_tax_office_and_of_an_index_number() -> None:
    text = (
        "索引号：11440305492980470E/2020-00731\n"
        "深圳市某某贸易有限公司：（纳税人识别号：914403003286824045）\n"
    )
    assert credit_code(text)[0] == "914403003286824045"


def test_a_public_list_names_the_deciding_agency_in_a_column() -> None:
    text = (
        "序号 | 决定书文号 | 违法行为类型 | 行政处罚内容 | 决定机关名称 | 处罚决定日期\n"
        "1 | 某市监当罚〔2026〕0021号 | 无健康证明上岗 | 警告 | 某市某区市场监督管理局 | 2026年01月13日\n"
        "当场行政处罚决定书\n当事人：某某面馆\n"
    )
    assert contract_fields(_facts(text))["agency"] == "某市某区市场监督管理局"


def test_money_returned_of_ones_own_accord_is_a_mitigation_ground() -> None:
    assert "mitigation_ground" in find_markers("答：检查后我们自查，已经把多结算的费用全部主动退回基金专户。")
    assert "mitigation_ground" not in find_markers("决定：一、责令你单位退回医疗保障基金5,120.00元。")


def test_an_ad_fee_total_over_the_fees_it_lists() -> None:
    text = (
        "某区市场监督管理局\n行政处罚决定书\n当事人：某某餐饮管理有限公司\n"
        "当事人为发布上述广告支付的费用为：短视频拍摄剪辑费4200元；本地生活平台推广费5100元；"
        "门头海报印制费900元，合计广告费用11200元。依据《中华人民共和国广告法》第五十五条第一款的规定，"
        "决定处广告费用三倍的罚款33600元。\n"
    )
    fees = [a for a in _facts(text)["documents"][0]["amounts"] if a["kind"] == "ad_fee"]
    assert fees and fees[0]["terms"] == [[4200.0], [5100.0], [900.0]]  # 10200: EVID-03 adds them up
    found = check_case(_facts(text)).findings
    assert any(f.code == "EVID-03" and "10,200" in f.message for f in found)


def _receipt(ref_title: str, number: str, date: str) -> str:
    return (
        f"送达回证\n送达文书名称：{ref_title}\n文号：{number}\n受送达人：某某培训学校\n送达方式：直接送达\n"
        f"受送达人签名：王某\n签收日期：{date}\n送达人：赵某 钱某\n"
    )


def test_a_receipt_copied_from_the_notices_is_serv03_not_a_missing_receipt() -> None:
    head = "某区教育和体育局\n"
    notice = (
        head
        + "行政处罚事先告知书\n某教体罚告〔2021〕4号\n某某培训学校：本局拟对你单位罚款。\n"
        + head
        + "2021年11月10日\n"
    )
    decision = head + "行政处罚决定书\n某教体罚〔2021〕4号\n当事人：某某培训学校\n决定罚款人民币壹万元。\n"
    decision += head + "2021年11月24日\n"
    parts = [
        ("行政处罚事先告知书", notice),
        ("送达回证", _receipt("行政处罚事先告知书", "某教体罚告〔2021〕4号", "2021年11月11日")),
        ("行政处罚决定书", decision),
        ("送达回证", _receipt("行政处罚事先告知书", "某教体罚告〔2021〕4号", "2021年11月25日")),
    ]
    docs = tuple(text_document(t, normalize_text(x)) for t, x in parts)
    found = check_case(extract_case(Case("c", "c.txt", (), docs))).findings
    assert any(f.code == "SERV-03" and "前一份送达回证" in f.message for f in found)
    assert not any(f.code == "SERV-02" and "无送达回证" in f.message for f in found)
    # without the copy the decision has no receipt at all
    bare = check_case(extract_case(Case("c", "c.txt", (), docs[:3]))).findings
    assert any(f.code == "SERV-02" and "无送达回证" in f.message for f in bare)


def test_a_fine_after_money_returned_or_an_order_to_correct_stays_a_fine() -> None:
    for text in (
        "责令当事人退还多收的价款并处罚款人民币5000元。",
        "责令当事人将标价签上的价格改正为实际销售价格并处罚款人民币5000元。",
    ):
        facts = _facts("某局\n行政处罚决定书\n当事人：某某超市\n" + text + "\n")
        assert contract_fields(facts)["penalty"]["fine_yuan"] == 5000, text
    # a correction of another figure leaves the fine as written
    other = "决定罚款3000元。调查报告中违法所得“3000元”有误，现更正为“2000元”。"
    assert (
        contract_fields(_facts("某局\n行政处罚决定书\n当事人：某某超市\n" + other + "\n"))["penalty"][
            "fine_yuan"
        ]
        == 3000
    )


def test_a_decision_served_with_an_order_to_correct() -> None:
    hits = event_dates("2024年6月20日，执法人员向当事人直接送达了责令改正通知书和行政处罚决定书。")
    assert hits["decision_served"].iso == "2024-06-20"


def test_an_unrelated_correction_does_not_hide_a_words_and_figures_mismatch() -> None:
    text = (
        "某局\n行政处罚决定书\n当事人：某某公司\n决定罚款肆拾壹万壹仟元整（411000元）。\n"
        "以上罚款肆拾壹万元整（411000元）。\n另：告知书中广告费用“2800元”有误，现更正为“2700元”。\n"
    )
    assert any(f.code == "DOC-07" for f in check_case(_facts(text)).findings)


def test_party_fields_keep_to_their_own_value() -> None:
    form = (
        "被检查单位：城关镇老王烧烤\n营业场所\n城关镇解放路12号\n"  # a form's rows, as extraction sees them
    )
    assert party_name(form, {})[0] == "城关镇老王烧烤"
    narrative = "某局\n集体讨论记录\n当事人积极配合调查，法定代表人当场承认了违法事实。\n"
    assert _party(narrative) != "积极配合调查"
    row = "某局\n案件调查终结报告\n证据：\n1 | 广告制作合同 | 昆明美图广告有限公司\n"
    assert _party(row) != "昆明美图广告有限公司"


def test_no_mitigation_in_a_question_or_a_denial() -> None:
    assert "mitigation_ground" not in find_markers("问：你们是否主动退还了客户支付的广告费用？答：没有退还。")


def test_a_cell_label_under_an_empty_signature_is_no_signature() -> None:
    signed = [
        s for s in find_signatures("受送达人签名或盖章：\n代收人\n收到日期：\n") if s.role == "recipient"
    ]
    assert signed and not signed[0].filled


def test_the_same_day_of_a_violation_is_no_filing_day() -> None:
    text = "经查，当事人于2024年1月10日开始销售过期食品。执法人员于检查中发现该情况，当日立案调查。"
    assert "filing" not in event_dates(text)


def test_a_field_whose_note_holds_the_colon_keeps_its_line() -> None:
    text = "住所：某某省某某市某某区某某街道某某路88号某某大厦12楼1203室\n联系电话（手机：13812345678）\n"
    assert "1203室\n联系电话" in normalize_text(text)

"""Fixes of session 18 on dev16 (writer 88), each on wording and layout of its own: a DOCX whose
documents sit in a frame table with a nested party table, a spreadsheet-printed PDF's 落款 row
and wrapped certificate number, a seal's ring words after the 落款 name, a discretion placed by a
benchmark's tier, and a case system's export that writes each label on a line of its own."""

from __future__ import annotations

import io
from pathlib import Path

from casecheck.extract.case import extract_case
from casecheck.extract.fields.closing import closing_date, issuer
from casecheck.extract.fields.discretion import find_discretion
from casecheck.ingest.normalize import normalize_text
from casecheck.ingest.reader import read_file
from casecheck.ingest.segment import segment
from casecheck.model import Case
from tests.conftest import text_document


def _facts(text: str, doc_type: str = "行政处罚决定书") -> dict:
    return extract_case(Case("c", "c.txt", (), (text_document(doc_type, normalize_text(text)),)))


def _framed_docx(path: Path) -> Path:
    """A decision inside a one-cell frame table; its party block a table nested in a row."""
    import docx

    doc = docx.Document()
    frame = doc.add_table(rows=2, cols=1)
    frame.cell(0, 0).text = "行政处罚决定书"
    body = frame.cell(1, 0)
    body.paragraphs[0].text = "基本信息"
    inner = body.add_table(rows=2, cols=2)
    for r, (label, value) in enumerate([("被处罚人", "周某某"), ("身份证号", "620503197904152733")]):
        inner.cell(r, 0).text, inner.cell(r, 1).text = label, value
    for line in [
        "某林罚决字〔2024〕第11号",
        "你的行为违反了《中华人民共和国森林法》第五十六条第一款的规定，决定罚款人民币伍仟元整。",
        "某县林业和草原局",
        "2024年8月2日",
    ]:
        body.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(buf.getvalue())
    return path


def test_a_frame_table_keeps_its_lines_and_a_nested_table_its_rows(tmp_path: Path) -> None:
    raw = read_file(_framed_docx(tmp_path / "framed.docx")).pages[0].raw
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    assert "某林罚决字〔2024〕第11号" in lines
    assert "被处罚人\t周某某" in lines
    assert lines[-2:] == ["某县林业和草原局", "2024年8月2日"]


def test_a_doc_number_standing_alone_under_a_party_table() -> None:
    text = (
        "行政处罚决定书\n基本信息\n被处罚人\t周某某\n性别\t男\n出生日期\t1979年4月15日\n"
        "身份证号\t620503197904152733\n住址\t某县某镇某村\n某林罚决字〔2024〕第11号\n"
        "违法事实：……决定罚款人民币伍仟元整。\n某县林业和草原局\n2024年8月2日\n"
    )
    assert _facts(text)["documents"][0]["doc_number"]["value"] == "某林罚决字〔2024〕第11号"


def test_a_closing_row_of_a_printed_spreadsheet() -> None:
    text = "行政处罚决定书（续）\n2 救济途径 如不服本决定……\n3 落款 某区应急管理局（印章） 2020年10月16日\n"
    hit = closing_date(text, "行政处罚决定书")
    assert hit is not None and hit[0].iso == "2020-10-16"
    found = issuer(text, hit[1], hit[0].start)
    assert found is not None and found[0] == "某区应急管理局"


def test_a_seals_ring_words_after_the_closing_name() -> None:
    text = "行政处罚决定书\n……\n某市某区文化和旅游局（印章） 文化和旅游局\n二〇二一年十一月一日\n"
    hit = closing_date(text, "行政处罚决定书")
    assert hit is not None
    found = issuer(text, hit[1], hit[0].start)
    assert found is not None and found[0] == "某市某区文化和旅游局"


def test_a_certificate_number_wrapped_away_from_its_label() -> None:
    text = (
        "现场检查记录\n1 被检查单位 某某五金制品有限公司，地址某区某镇某路18号，法定代表人邵某\n"
        "6 执法人员 王某 证号12011118205 赵某 证号\n12011118219\n7 告知 我们是执法人员"
    )
    assert "赵某 证号12011118219" in normalize_text(text)


def test_a_benchmark_tier_is_discretion_reasoning() -> None:
    text = "按照本省交通运输行政处罚自由裁量基准（超限10吨以上不足20吨），决定对你处以罚款人民币伍仟元整。"
    hit = find_discretion(text)
    assert hit is not None and hit.form == "reasoned"
    assert find_discretion("根据《某省行政处罚裁量基准》的规定，决定罚款五千元。") is None


def test_a_case_system_export_with_each_label_on_its_own_line(tmp_path: Path) -> None:
    text = (
        "【现场笔录】\n检查时间\n2024年5月6日\n执法人员\n周某（执法证号：53030224031）、吴某（执法证号：53030224032）\n"
        "被检查人\n某某诊所\n\n【询问笔录】\n询问时间\n2024年5月8日\n询问人\n周某（执法证号：53030224031）、吴某\n"
        "记录人\n吴某\n被询问人\n钱某\n受送达人签名\n送达人\n周某\n"
    )
    assert "询问人：周某（执法证号：53030224031）、吴某" in normalize_text(text)
    assert "受送达人签名\n送达人：周某" in normalize_text(text)  # a blank signature stays blank
    path = tmp_path / "export.txt"
    path.write_text(text, encoding="utf-8")
    assert [d.doc_type for d in segment([read_file(path)])] == ["现场检查笔录", "询问笔录"]


def test_a_bracketed_label_inside_a_line_is_still_a_label() -> None:
    assert "当事人：某某" in normalize_text("【当事人】某某").replace(" ", "")


def test_the_value_of_felled_trees_is_recomputed_from_the_clause_before() -> None:
    from casecheck.extract.fields.money import find_amounts

    text = (
        "经鉴定，被伐林木立木蓄积4.5立方米；按当地杉木立木平均价格800元/立方米计算，滥伐林木价值3800元。"
        "决定处滥伐林木价值三倍的罚款，计人民币壹万壹仟肆佰元。"
    )
    hits = [(a.kind, a.value, a.terms) for a in find_amounts(text, "行政处罚决定书")]
    assert ("goods_value", 3800.0, [[4.5, 800.0]]) in hits  # 4.5 × 800 = 3600: EVID-03 will say so
    assert ("fine", 11400.0, None) in hits


def test_a_cover_whose_title_ocr_misread_is_no_decision(tmp_path: Path) -> None:
    """An untitled page is typed by its content: a cover's 处罚决定书文号 names the decision."""
    cover = tmp_path / "001.txt"
    cover.write_text(
        "行政处罚案耸\n全宗名称：某区市场监督管理局\n案件名称：某超市未明码标价案\n"
        "处罚决定书文号：某市监当罚〔2025〕0027号\n保管期限：10年\n",
        encoding="utf-8",
    )
    assert [d.doc_type for d in segment([read_file(cover)])] == ["其他"]


# --- second review of the session's later changes: each input a guard, in wording of its own ---


def test_a_heading_over_labelled_rows_is_no_label_of_the_next_line() -> None:
    text = (
        "行政处罚决定书\n某市监罚〔2024〕3号\n当事人\n名称：某某粮油有限公司\n统一社会信用代码：91440101MA5CYYYY2Y\n"
        "法定代表人\n姓名：孙某\n住所\n某市某区某路8号\n"
    )
    assert "当事人：名称" not in normalize_text(text)
    assert "法定代表人：姓名" not in normalize_text(text)


def test_bracket_labels_keep_a_bracketed_section_inside_the_document(tmp_path: Path) -> None:
    text = (
        "行政处罚决定书\n某市监罚〔2024〕5号\n【当事人】某某粮油有限公司\n【违法事实】销售过期食品。\n"
        "【证据材料】\n现场检查笔录、询问笔录等。\n【处罚依据】《中华人民共和国食品安全法》第一百二十四条\n"
        "【处罚内容】罚款人民币叁万元整。\n某市市场监督管理局\n2024年4月20日\n"
    )
    path = tmp_path / "decision.txt"
    path.write_text(text, encoding="utf-8")
    assert [d.doc_type for d in segment([read_file(path)])] == ["行政处罚决定书"]


def test_a_label_cell_beside_a_nested_table_leads_its_first_row(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    outer = doc.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "当事人"
    inner = outer.cell(0, 1).add_table(rows=2, cols=2)
    for r, (label, value) in enumerate([("名称", "某某粮油有限公司"), ("法定代表人", "孙某")]):
        inner.cell(r, 0).text, inner.cell(r, 1).text = label, value
    buf = io.BytesIO()
    doc.save(buf)
    path = tmp_path / "nested.docx"
    path.write_bytes(buf.getvalue())
    lines = [line.strip() for line in read_file(path).pages[0].raw.splitlines() if line.strip()]
    assert lines[:2] == ["当事人\t名称\t某某粮油有限公司", "法定代表人\t孙某"]


def test_a_units_representative_with_sex_and_id_does_not_make_the_party_a_person() -> None:
    text = (
        "某县应急管理局\n行政处罚决定书\n某应急罚〔2024〕2号\n被处罚主体：某县鑫源砖厂\n"
        "主要负责人：赵某，性别：男，身份证号码：110101199003074514\n决定罚款人民币贰万元整。\n"
    )
    assert _facts(text)["documents"][0]["party"]["kind"] is None


def test_a_case_number_or_a_quoted_notice_number_is_not_the_decisions() -> None:
    head = "某市市场监督管理局\n行政处罚决定书\n当事人：某某粮油有限公司\n法定代表人：孙某\n住所：某路8号\n"
    for line in ("案件编号：某市监立〔2024〕21号", "某市监罚告〔2024〕9号"):
        text = head + "统一社会信用代码：91440101MA5CYYYY2Y\n" + line + "\n经查，当事人……\n"
        assert _facts(text)["documents"][0]["doc_number"] is None


def test_a_benchmark_cited_with_its_own_number_is_no_tier() -> None:
    assert find_discretion("参照《某省环境行政处罚自由裁量权基准》（某环发〔2021〕8号），决定罚款。") is None
    assert find_discretion("根据《某省文化市场行政处罚裁量基准》（2022年版）的规定，决定罚款。") is None


def test_a_foreign_company_is_a_unit_named_alike_in_every_document() -> None:
    from casecheck.extract.fields.party import clean_name, party_kind

    name = clean_name("ORIENT BRIDGE TRADING PTE. LTD.（东桥贸易私人有限公司）")
    assert name == "ORIENT BRIDGE TRADING PTE. LTD."
    assert party_kind(name, "") == "单位"


def test_a_closing_date_whose_day_character_ocr_misread() -> None:
    assert "某县人民防空办公室\n2019年3月15日\n" in normalize_text("某县人民防空办公室\n2019年3月15唱\n第9页")
    assert "2019年3月15白天" in normalize_text("自2019年3月15白天起")  # not at a line's end: a word


def test_two_pages_a_sheet_a_title_after_the_left_pages_footer(tmp_path: Path) -> None:
    """A 2-up print read one sheet a page: the right page's title follows the left one's footer."""
    text = (
        "海事行政处罚立案审批表\n案由：某轮超载\n承办人：张某 李某\n第1页\n"
        "海事行政处罚案件调查报告\n违法事实：某轮超载运输。\n调查人：张某 2019年7月26日\n第2页\n"
        "\f证据材料目录\n1. 船舶证书复印件。\n第3页\n中华人民共和国某海事局\n海事行政处罚事先告知书\n"
        "某海罚告〔2019〕3号\n"
        "当事人：某航运有限公司\n第4页\n"
    )
    path = tmp_path / "two_up.txt"
    path.write_text(text, encoding="utf-8")
    types = [d.doc_type for d in segment([read_file(path)])]
    assert types == ["立案审批表", "调查终结报告", "证据材料", "行政处罚事先告知书"]


def test_the_role_before_a_partys_name_in_a_closing_report() -> None:
    from casecheck.extract.fields.party import party_name

    text = "结案报告\n本案当事人某某航运有限公司已于2019年9月10日缴纳罚款，建议结案。\n承办人：张某 2019.9.20"
    assert party_name(text, {})[0] == "某某航运有限公司"


def test_documents_on_one_page_apart_by_a_blank_line_after_their_signers(tmp_path: Path) -> None:
    text = (
        "集体讨论记录\n时间：2022年9月29日14时\n结论：同意罚款20000元。\n记录人：尹某\n\n"
        "行政处罚事先告知书\n某文旅罚告字〔2022〕第23号\n某某娱乐有限公司：\n本局拟对你单位作出罚款……\n"
        "某区文化旅游局 2022年10月8日\n\n送达回证\n送达文书：行政处罚事先告知书\n签收：赵某 2022年10月8日\n"
        "送达人：邹某 尹某\n\n陈述申辩笔录\n时间：2022年10月11日10时\n"
        "当事人称已整改。执法人员：邹某 尹某\n\n结案报告\n"
        "执行情况：已缴纳罚款。\n"
    )
    text = "\f" + text  # (a paged file: a title mid-page needs a reason to be believed)
    path = tmp_path / "one_page.txt"
    path.write_text("立案审批表\n案由：某案\n" + text, encoding="utf-8")
    types = [d.doc_type for d in segment([read_file(path)])]
    assert types[1:] == ["集体讨论记录", "行政处罚事先告知书", "送达回证", "陈述申辩笔录", "结案审批表"]


def test_a_statement_and_its_review_in_one_document_is_a_statement_record() -> None:
    from casecheck.ingest.doctypes import classify_title

    assert classify_title("陈述申辩书及复核意见") == ("陈述申辩笔录", "陈述申辩书及复核意见")


def test_a_factorys_boundary_is_no_party() -> None:
    from casecheck.extract.fields.party import party_name

    text = "案件调查报告\n违法事实：经监测站对当事人北侧厂界外1米处进行监测，夜间等效声级为58dB(A)。\n"
    assert party_name(text, {}) is None


# --- third review: each input a guard ---


def _types(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    return [d.doc_type for d in segment([read_file(path)])]


_DECISION = (
    "某区应急管理局\n行政处罚决定书\n某应急罚〔2024〕5号\n当事人：某某化工有限公司\n"
    "经查，当事人未按规定储存危险化学品。\n某区应急管理局\n2024年5月10日\n"
)


def test_a_receipt_naming_the_document_it_serves_after_its_signers(tmp_path: Path) -> None:
    text = _DECISION + (
        "\f某区应急管理局\n送达回证\n受送达人：某某化工有限公司\n送达地点：某区某路9号\n"
        "送达方式：直接送达\n送达人：周某 吴某\n\n行政处罚决定书\n某应急罚〔2024〕5号\n"
        "受送达人签收：郑某\n2024年5月11日\n"
    )
    assert _types(tmp_path, text) == ["行政处罚决定书", "送达回证"]


def test_a_heading_inside_an_approval_form_after_its_signers(tmp_path: Path) -> None:
    text = _DECISION + (
        "\f某区应急管理局\n行政处罚决定审批表\n当事人：某某化工有限公司\n案由：未按规定储存案\n"
        "承办人意见：建议罚款五千元。\n承办人：周某 吴某\n\n法制审核意见\n同意承办人意见。\n"
        "审核人：郑某\n\n负责人意见\n同意。\n2024年5月8日\n"
    )
    assert _types(tmp_path, text) == ["行政处罚决定书", "行政处罚决定审批表"]


def test_a_catalogue_with_page_cells_stays_one_document(tmp_path: Path) -> None:
    head = "卷内目录\n案卷题名：某案\n立卷单位：某区应急管理局\n保管期限：长期\n立卷人：周某\n检查人：吴某\n"
    rows = "序号 文书名称 页号\n立案审批表\n第1页\n现场检查笔录\n第2页\n询问笔录\n第4页\n"
    text = head + rows + "行政处罚事先告知书\n第6页\n\f" + _DECISION
    assert _types(tmp_path, text) == ["卷内目录", "行政处罚决定书"]


def test_a_two_up_records_title_again_over_its_next_page(tmp_path: Path) -> None:
    text = _DECISION + (
        "\f询问笔录\n时间：2024年4月2日\n地点：某区应急管理局\n询问人：周某 吴某\n记录人：吴某\n"
        "被询问人：郑某\n问：从哪里进货？\n答：外地。\n第1页\n询问笔录\n问：进货数量多少？\n"
        "答：100件。\n被询问人签名：郑某\n第2页\n"
    )
    assert _types(tmp_path, text) == ["行政处罚决定书", "询问笔录"]


def test_a_list_of_names_is_no_column_of_label_cells() -> None:
    from casecheck.ingest.pdforder import labels_first

    names = "参加人员签名\n张某某\n李某某\n王某某\n赵某某\n钱某某\n孙某某\n讨论结论：同意。\n"
    assert not labels_first(names)
    labels = "询问笔录\n时间\n地点\n询问人\n记录人\n被询问人\n身份证号\n联系电话\n2024年4月2日\n"
    assert labels_first(labels)


def test_a_party_named_before_its_works_area_keeps_its_name() -> None:
    from casecheck.extract.fields.party import party_name

    assert party_name("经查，当事人某某五金加工厂区内存放过期原料。", {})[0] == "某某五金加工厂"
    assert party_name("经查，当事人某某商贸有限公司门前堆放杂物。", {})[0] == "某某商贸有限公司"

"""Fixes of session 18 (dev15, decisions15), each on wording of its own: names and 文号 wrapped in
a narrow column, fines set per area and merged totals, pages that end in a bare ——, a form row that
opens with a generic heading and a 文号, and citations of laws the catalogue lacks."""

from __future__ import annotations

from pathlib import Path

from casecheck.checks.engine import check_case
from casecheck.extract.case import extract_case
from casecheck.extract.contract import contract_fields
from casecheck.extract.fields.money import find_amounts
from casecheck.ingest.normalize import normalize_text
from casecheck.ingest.reader import read_file
from casecheck.ingest.segment import segment
from casecheck.model import Case
from tests.conftest import text_document


def _facts(text: str, doc_type: str = "行政处罚决定书") -> dict:
    return extract_case(Case("c", "c.txt", (), (text_document(doc_type, normalize_text(text)),)))


def test_a_company_name_wrapped_inside_its_form_of_organisation() -> None:
    text = "当事人：桐庐县恒达石材有限\n公司\n住所：桐庐县某路"
    assert "当事人：桐庐县恒达石材有限公司\n" in normalize_text(text)
    assert "某某智能装备有限公司\n" in normalize_text("某某智能装备有限公\n司\n法定代表人：王某")
    assert "股份有限公司" in normalize_text("浙江某某电器股份有限\n公司")


def test_a_line_that_only_starts_like_a_company_is_not_joined() -> None:
    # 有限 ends a sentence here; 公告… is no 公司
    assert "数量有限\n公告期间" in normalize_text("库存数量有限\n公告期间不得销售")


def test_a_doc_number_wrapped_before_its_serial() -> None:
    text = "某区住房和城乡建设局\n行政处罚决定书\n某建罚字〔2021〕\n第0042号\n\n当事人：某某"
    assert "某建罚字〔2021〕第0042号" in normalize_text(text)


def test_a_fine_set_per_square_metre_is_a_rate() -> None:
    text = "对你单位非法占用的土地每平方米处以罚款人民币15元，计罚款人民币叁万零柒佰伍拾元（30750元）。"
    hits = [(a.kind, a.value) for a in find_amounts(text, "行政处罚决定书")]
    assert ("rate", 15.0) in hits and ("fine", 15.0) not in hits
    per_tree = "对滥伐的林木每株处以罚款人民币200元"
    assert [a.kind for a in find_amounts(per_tree, "行政处罚决定书")] == ["rate"]


def test_a_merged_fine_is_the_total_not_a_third_fine() -> None:
    text = (
        "某县消防救援大队\n行政处罚决定书\n当事人：某某商贸有限公司\n"
        "对你单位未按规定设置消防安全标志的行为处罚款人民币伍仟元整；对你单位堵塞消防车通道的行为"
        "处罚款人民币陆仟元整，合并处罚款人民币壹万壹仟元整。\n"
    )
    assert contract_fields(_facts(text))["penalty"]["fine_yuan"] == 11000


def test_pages_without_a_number_end_in_a_bare_dash_rule(tmp_path: Path) -> None:
    """A cover and a 目录 end in ——, the numbered pages in —第N页—: the documents after a —— start."""
    pad = "\u3000" * 12
    text = (
        f"{pad}某县民政局\n\n{pad}行 政 处 罚 案 卷\n\n案件名称：某某殡葬用品店销售迷信用品案\n\n{pad}——\n\n"
        f"{pad}卷内目录\n序号：1\n文件题名：立案审批表\n页号：1\n\n{pad}——\n\n"
        f"{pad}立案审批表\n案由：销售迷信用品\n当事人：某某殡葬用品店\n\n{pad}—第1页—\n\n"
        f"{pad}现场检查笔录\n检查时间：2016年3月2日\n\n{pad}—第2页—\n"
    )
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    types = [d.doc_type for d in segment([read_file(path)])]
    assert types[1:] == ["卷内目录", "立案审批表", "现场检查笔录"]


def test_a_dash_as_an_empty_cell_does_not_cut_a_document(tmp_path: Path) -> None:
    text = "立案审批表\n案由：某某\n没收物品：\n——\n当事人意见：同意\n承办人：张某 2020年5月6日\n"
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    assert [d.doc_type for d in segment([read_file(path)])] == ["立案审批表"]


def test_a_form_row_headed_by_a_generic_word_and_a_doc_number_is_no_title(tmp_path: Path) -> None:
    text = (
        "结案审批表\n"
        "处罚决定 某农（种）罚〔2019〕6号：没收违法所得800元、罚款2000元\n"
        "执行情况 罚没款2800元已于2019年9月3日缴纳\n"
        "承办人意见 建议结案。2019.9.10\n"
        "负责人意见 同意。李某 2019.9.11\n"
    )
    path = tmp_path / "case.txt"
    path.write_text(text, encoding="utf-8")
    assert [d.doc_type for d in segment([read_file(path)])] == ["结案审批表"]


def test_a_law_the_catalogue_lacks_leaves_specificity_and_version_unreviewed() -> None:
    text = (
        "某县民政局\n行政处罚决定书\n某民罚〔2016〕3号\n当事人：某某寿衣店\n"
        "你店的行为违反了《某省殡葬服务管理办法》第十七条的规定，依据《某省殡葬服务管理办法》第二十二条的规定，"
        "决定罚款人民币贰仟元整。\n某县民政局\n2016年8月31日\n"
    )
    outcome = check_case(_facts(text))
    reasons = {u.code: u.reason for u in outcome.unreviewable}
    assert "《某省殡葬服务管理办法》" in reasons.get("LAW-02", "")
    assert "《某省殡葬服务管理办法》" in reasons.get("LAW-04", "")
    assert not any(f.code in ("LAW-02", "LAW-04") for f in outcome.findings)
    # said once per law, not once per citation
    assert sum(u.code == "LAW-02" for u in outcome.unreviewable) == 1


def test_law_titles_with_an_ocr_look_alike_resolve() -> None:
    from casecheck.laws.catalog import resolve_title

    assert resolve_title("中华人民共和国道路交逋安全法") == "中华人民共和国道路交通安全法"
    assert resolve_title("中华人民共和国消妨法") == "中华人民共和国消防法"
    assert resolve_title("中华人民共和国安金生产法") == "中华人民共和国安全生产法"


def test_a_lump_sum_after_an_area_is_no_rate() -> None:
    for text, fine in [
        ("责令当事人拆除每层加建的80平方米违法建筑并处罚款人民币12000元。", 12000.0),
        ("对当事人超限运输每车次超出10米长度的行为处罚款人民币3000元。", 3000.0),
        ("当事人每月向株洲市某公司违规调运苗木一批，决定罚款人民币6000元。", 6000.0),
    ]:
        assert [(a.kind, a.value) for a in find_amounts(text, "行政处罚决定书")] == [("fine", fine)]


def test_an_empty_cell_then_a_document_name_stays_in_the_receipt(tmp_path: Path) -> None:
    """A 送达回证's empty cell (——) with a cell naming the document served on the next line."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "served.pdf"
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 12)
    decision = ["行政处罚决定书", "某市监罚〔2022〕8号", "当事人：某某电器经营部", "决定罚款人民币3000元。"]
    for k, line in enumerate([*decision, "某县市场监督管理局", "2022年6月1日"]):
        c.drawString(60, 800 - 25 * k, line)
    c.showPage()
    c.setFont("STSong-Light", 12)
    cells = [(60, 800, "送达回证"), (60, 760, "案由：某某电器经营部销售不合格插座案"),
             (60, 740, "受送达人：某某电器经营部"), (60, 715, "送达文书：行政处罚决定书 某罚〔2022〕8号"),
             (60, 690, "受送达人签名或盖章"), (300, 690, "赵某"), (60, 665, "代收人及代收理由"),
             (300, 650, "——"), (60, 605, "行政处罚决定书"), (300, 590, "已当场交付"),
             (60, 560, "送达人：王某、李某")]  # fmt: skip
    for x, y, line in cells:
        c.drawString(x, y, line)
    c.showPage()
    c.save()
    assert [d.doc_type for d in segment([read_file(path)])] == ["行政处罚决定书", "送达回证"]


def test_an_unknown_law_cited_down_to_its_item_is_specific_enough() -> None:
    text = (
        "某县自然资源局\n行政处罚决定书\n某自然资罚〔2019〕5号\n当事人：某某建材有限公司\n"
        "你单位的行为违反了《某省城乡规划条例》第三十六条第一款第（二）项的规定，依据《某省城乡规划条例》"
        "第六十二条第一款第（一）项的规定，决定罚款人民币壹万元整。\n某县自然资源局\n2019年6月3日\n"
    )
    outcome = check_case(_facts(text))
    assert not any(u.code == "LAW-02" for u in outcome.unreviewable)
    assert any(u.code == "LAW-04" for u in outcome.unreviewable)


_LIST = (
    "某市交通运输局行政处罚信息公示（2023年第4期）\n"
    "序号|行政相对人名称|决定书文号|处罚依据|处罚内容|罚款金额（万元）|处罚决定日期\n"
    "1|某某物流有限公司|某交罚〔2023〕31号|《中华人民共和国道路运输条例》第六十三条|责令停止经营，没收违法所得|0.35|2023/4/3\n"
    "2|某某货运部|某交罚〔2023〕32号|《中华人民共和国道路运输条例》第六十九条|罚款人民币3000元|0.3|2023/4/6\n"
    "3|周某某|某交罚〔2023〕35号|《中华人民共和国道路运输条例》第七十条|罚款人民币1万元|1|2023/4/7\n"
)


def test_a_list_of_decisions_is_read_as_its_first_case() -> None:
    facts = _facts(_LIST, "行政处罚信息公示")
    fields = contract_fields(facts)
    assert fields["penalty"]["fine_yuan"] == 3500  # the fine column in 万元, not 3000 + 10000
    articles = {(c["law"], c["article"]) for c in fields["citations"]}
    assert articles == {("中华人民共和国道路运输条例", 63)}


def test_one_decision_with_a_numbered_table_is_not_cut() -> None:
    """A 没收物品清单 numbered 1, 2 under a decision: no list of decisions, every row stays."""
    from casecheck.extract.fields.table import later_records_blanked

    text = (
        "序号|物品名称|规格|数量|备注\n1|插座|10A|30个|无合格证\n2|插线板|16A|20个|无合格证\n"
        "决定罚款人民币5000元。\n"
    )
    assert later_records_blanked(text) == text


def test_a_closing_form_with_a_numbered_table_of_penalties_keeps_every_row() -> None:
    from casecheck.extract.fields.table import later_records_blanked

    text = (
        "结案审批表\n序号|处罚种类|处罚内容|决定书文号|执行情况\n"
        "1|罚款|罚款人民币19720元|某农罚〔2023〕12号|已缴纳\n2|没收违法所得|3120元|某农罚〔2023〕12号|已缴纳\n"
    )
    assert later_records_blanked(text) == text


def test_a_yuan_sign_read_as_y_after_garbled_words() -> None:
    text = normalize_text("责令立即清理；罚款人民币关全元 (Y300)")
    assert [(a.kind, a.value) for a in find_amounts(text, "当场行政处罚决定书")] == [("fine", 300.0)]


def test_a_decision_whose_party_label_was_lost_is_a_person_by_sex_and_id() -> None:
    text = (
        "某县城市管理和综合执法局\n当场行政处罚决定书\n某城当罚〔2025〕0210号\n"
        "赵明亮”性别：男 “身份证号码：610302198807090318\n"  # 当事人 lost by OCR; a valid ID
        "违法事实：在绿化带旁倾倒装修垃圾。\n罚款人民币叁佰元（¥300）\n"
    )
    doc = _facts(text, "当场行政处罚决定书")
    assert contract_fields(doc)["party"]["kind"] == "个人"
    outcome = check_case(doc)
    # the name is still unread, not missing: DOC-01 cannot say the decision lacks it
    assert not any(f.code == "DOC-01" and "当事人" in f.message for f in outcome.findings)
    assert any(u.code == "DOC-01" and "未能识别" in u.reason for u in outcome.unreviewable)


def test_an_ocr_thousands_figure_with_a_letter_for_a_digit() -> None:
    assert "12,860元" in normalize_text("罚款，计人民币\nl2,860元;")
    assert "No.l2,345" in normalize_text("No.l2,345")  # no unit, no money: left as written


def test_a_foreign_company_keeps_the_spaces_of_its_name() -> None:
    from casecheck.extract.fields.party import clean_name

    name = "ORIENT BRIDGE TRADING PTE. LTD."
    assert clean_name(name + "（东桥贸易私人有限公司）") == name
    assert clean_name("某某 有限公司") == "某某有限公司"
    assert clean_name("某公司（星悦KTV）") == "某公司"


def test_a_short_name_a_decision_defines_is_read_as_its_title() -> None:
    from casecheck.extract.fields.citations import find_citations

    text = (
        "当事人的行为违反了《某省河道管理条例》（以下简称《条例》）第二十六条第一款第（三）项的规定，"
        "依据《条例》第四十三条第一款的规定，决定罚款。"
    )
    got = {(h.law, h.article, h.paragraph, h.item) for h in find_citations(text)}
    assert got == {("某省河道管理条例", 26, 1, 3), ("某省河道管理条例", 43, 1, None)}


def test_a_bare_short_title_after_a_full_one_of_its_kind() -> None:
    from casecheck.extract.fields.citations import find_citations

    text = "违反了《某市市容环境卫生管理条例》第二十二条第一款的规定，依据《条例》第四十八条第一款，决定罚款"
    laws = {h.law for h in find_citations(text)}
    assert laws == {"某市市容环境卫生管理条例"}

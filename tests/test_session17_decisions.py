"""Extraction fixes of session 17 on published decisions (decisions13, decisions14), each on
wording of its own."""

from __future__ import annotations

from casecheck.extract.case import extract_case
from casecheck.extract.contract import contract_fields
from casecheck.extract.fields.ids import find_doc_numbers
from casecheck.extract.fields.money import find_amounts
from casecheck.extract.fields.table import table_pairs
from casecheck.ingest.normalize import normalize_text
from casecheck.model import Case
from tests.conftest import text_document


def _facts(text: str, doc_type: str = "行政处罚决定书") -> dict:
    return extract_case(Case("c", "c.txt", (), (text_document(doc_type, normalize_text(text)),)))


def test_a_fine_worked_out_from_an_area_then_written_in_words() -> None:
    text = "二、处以312㎡×15元/㎡=4680元（肆仟陆佰捌拾元整）的罚款。"
    kinds = {(a.kind, a.value) for a in find_amounts(text, "行政处罚决定书")}
    assert ("fine", 4680.0) in kinds and ("fine", 15.0) not in kinds


def test_the_base_amount_of_a_discretion_sum_is_no_fine() -> None:
    text = (
        "某市生态环境局\n行政处罚决定书\n当事人：某某化工有限公司\n"
        "按裁量基准，基准罚款金额为20万元；因主动改正下调10%，最终罚款金额为：20万元×（1-10%）=18万元。\n"
        "我局决定：罚款人民币壹拾捌万元整（¥180,000.00）。"
    )
    assert contract_fields(_facts(text))["penalty"]["fine_yuan"] == 180000


def test_a_penalty_number_without_its_bracketed_year() -> None:
    found = [
        (n.value, n.valid) for n in find_doc_numbers("行政处罚决定书\n青田市监（食品）罚字2019年第31号\n")
    ]
    assert found == [("青田市监（食品）罚字2019年第31号", False)]
    assert [n.value for n in find_doc_numbers("（松卫监罚字第0047号）")] == ["松卫监罚字第0047号"]
    assert find_doc_numbers("依据农业农村部公告第250号的规定") == []


def test_a_columned_disclosure_table_spaced_apart() -> None:
    text = (
        "某县生态环境局行政处罚信息公开\n"
        "序号 案件名称 被处罚对象名称 违法事实 处罚决定文号\n"
        "1 未批先建案 某某混凝土有限公司 未报批环评擅自开工建设。 某环罚[2019]7号\n"
    )
    table = table_pairs(text)
    assert table["被处罚对象名称"][0] == "某某混凝土有限公司"
    assert table["处罚决定文号"][0] == "某环罚[2019]7号"
    doc = _facts(text, "公示记录")["documents"][0]
    assert doc["party"]["name"]["value"] == "某某混凝土有限公司"
    assert doc["doc_number"]["value"] == "某环罚[2019]7号"


def test_a_disclosure_copied_one_cell_a_line() -> None:
    cells = (
        "行政相对人名称",
        "王某某",
        "行政处罚决定文书号",
        "某政罚决字〔2023〕第5号",
        "违法事实",
        "擅自占道经营",
    )
    text = "\n|\n".join((*cells, "处罚决定日期", "2023年6月2日")) + "\n"
    table = table_pairs(text)
    assert table["行政相对人名称"][0] == "王某某"
    assert table["行政处罚决定文书号"][0] == "某政罚决字〔2023〕第5号"


def test_a_tab_table_under_a_site_menu_of_pipes() -> None:
    text = (
        "首页 | 基本信息 | 行政许可 | 行政处罚 | 经营异常 | 抽查检查 | 司法协助\n"
        "序号\t决定书文号\t违法行为类型\t决定机关名称\t处罚决定日期\n"
        "1\t某人社监罚字〔2018〕第12号\t未按时支付工资\t某区人力资源局\t2018年05月02日\n"
    )
    assert table_pairs(text)["决定书文号"][0] == "某人社监罚字〔2018〕第12号"


def test_a_numbered_disclosure_names_its_agency_on_the_line_under_the_label() -> None:
    text = (
        "一、处罚决定书编号\n某文旅罚字〔2022〕8号\n二、案件名称\n某某娱乐会所接纳未成年人进入营业场所案\n"
        "三、处罚部门\n某县文化广电和旅游局\n四、处罚结果\n警告。"
    )
    doc = _facts(text, "公示记录")["documents"][0]
    assert doc["agency"]["value"] == "某县文化广电和旅游局"


def test_a_party_name_ends_where_the_next_labelled_field_begins() -> None:
    text = (
        "某市公安局交通警察支队\n公安交通管理简易程序处罚决定书\n"
        "被处罚人：刘某某 驾驶证/居民身份证号码：410102********2218\n罚款200元。"
    )
    doc = _facts(text, "当场行政处罚决定书")["documents"][0]
    assert doc["party"]["name"]["value"] == "刘某某"


def test_a_day_written_with_two_letter_ls() -> None:
    assert normalize_text("2O19年8月ll日") == "2019年8月11日"


def test_the_party_under_a_heading_of_its_own() -> None:
    text = (
        "某县交通运输局\n行政处罚决定书\n某交罚〔2023〕8号\n"
        "一、 当事人基本情况\n林**,男,汉族,身份证:4302********1234\n二、案件来源"
    )
    assert _facts(text)["documents"][0]["party"]["name"]["value"] == "林**"


def test_a_bare_name_row_over_the_party_block() -> None:
    text = (
        "某市城市管理局\n某城罚决字〔2025〕第3号\n名称:某某建设投资有限公司\n"
        "统一社会信用代码:91431281765625571G\n住所:某市某路1号"
    )
    assert _facts(text)["documents"][0]["party"]["name"]["value"] == "某某建设投资有限公司"
    form = "某市市场监督管理局\n抽样单\n名称：某某牌饼干\n规格型号：200g\n"  # a product's name, no party
    assert _facts(form, "现场检查笔录")["documents"][0]["party"]["name"] is None


def test_what_the_new_readings_leave_alone() -> None:
    # a bracketed note after a spaced name holds no next field: the name stays whole
    from casecheck.extract.fields.party import clean_name

    assert clean_name("李 明（公民身份号码：110101199001011234）") == "李明"
    assert (
        clean_name("杭州某某科技 有限公司（统一社会信用代码：91330100MA2XXXXX0Q）") == "杭州某某科技有限公司"
    )
    # 案件… after the agency's name is the document's title, not a case's name
    record = _facts("杭州市西湖区市场监督管理局案件集体讨论记录\n时间：2023年5月6日", "集体讨论记录")
    assert record["documents"][0]["agency"]["value"] == "杭州市西湖区市场监督管理局"
    # 裁量基准 names the benchmark, not a base amount
    kinds = {
        (a.kind, a.value)
        for a in find_amounts("本局按照从轻处罚的裁量基准罚款人民币50000元。", "行政处罚决定书")
    }
    assert ("fine", 50000.0) in kinds


def test_a_forms_own_spaced_grid_is_no_disclosure_table() -> None:
    text = "现场检查笔录\n单位名称 法定代表人 联系电话 地址\n杭州某某科技有限公司 王某 13800000000 某路1号\n"
    assert table_pairs(text) == {}

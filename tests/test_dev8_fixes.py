"""Case volumes of the development set dev8 (county 综合执法, 交通, 城管 and a case system's
printout), each in new wording; each failed before its fix."""

from __future__ import annotations

from dataclasses import dataclass

from casecheck.checks.engine import check_case
from casecheck.extract.case import extract_case
from casecheck.extract.fields.catalog import catalog_rows
from casecheck.extract.fields.column_totals import column_totals
from casecheck.extract.fields.money import find_amounts
from casecheck.laws.specificity import lead_articles, missing_detail
from casecheck.model import Case, Document
from tests.conftest import text_document


@dataclass
class _Para:
    text: str


@dataclass
class _Article:
    paragraphs: list[_Para]

    @property
    def paragraph_count(self) -> int:
        return len(self.paragraphs)

    def item_count(self, paragraph: int) -> int:
        return self.paragraphs[paragraph - 1].text.count("（")


def test_a_penalty_article_whose_lead_names_the_violated_one_needs_no_item() -> None:
    lead = (
        "违反本条例第十八条规定，或者有下列行为之一的，由主管部门责令改正，处五千元以下罚款："
        + "（一）甲；（二）乙；（三）丙。"
    )
    art = _Article([_Para(lead)])
    assert lead_articles(lead) == {18}
    assert missing_detail(art, None, None, False, frozenset({18})) is None
    # another violation falls under one of the items: the 项 is still wanted
    gap = missing_detail(art, None, None, False, frozenset({20}))
    assert gap is not None and gap.certain
    # a list's lead without an article of its own (有下列行为之一的) names none
    assert lead_articles("有下列行为之一的，处一万元以下罚款：（一）甲；（二）乙。") == set()


def _doc(kind: str, text: str, page: int, last: int | None = None) -> Document:
    return text_document(kind, text, text.split("\n", 1)[0], (page, last or page))


def test_a_receipts_tables_total_against_its_rows_and_the_gain_named_after_it() -> None:
    assert [(a.kind, a.value) for a in find_amounts("收取运费9笔，合计人民币1710元，系违法所得。")] == [
        ("illegal_gain", 1710.0)
    ]
    table = (
        "收款记录统计表\n序号 | 日期 | 付款人 | 金额（元）\n1 | 2023-05-02 | 甲* | 150\n"
        "2 | 2023-05-09 | 乙* | 210\n3 | 2023-05-16 | 丙* | 300\n合计 | | | 610\n"
    )
    decision = (
        "某县交通运输局\n行政处罚决定书\n经查，你收取车费3笔，共计人民币610元，为违法所得。"
        + "决定没收违法所得610元。\n"
    )
    case = Case("c", "c.txt", (), (_doc("其他", table, 1), _doc("行政处罚决定书", decision, 2)))
    codes = {f.code for f in check_case(extract_case(case)).findings}
    assert "EVID-03" in codes  # the rows add up to 660
    fixed = table.replace("| 300\n", "| 250\n")  # 150 + 210 + 250 = 610
    codes = {f.code for f in check_case(extract_case(Case("c", "c.txt", (), (
        _doc("其他", fixed, 1), _doc("行政处罚决定书", decision, 2))))).findings}  # fmt: skip
    assert "EVID-03" not in codes
    # a month's 小计 is a part of the rows above it, not one more row
    parts = fixed.replace("合计", "5月小计 | | | 610\n合计")
    assert column_totals(parts)[0].computed == 610


def test_the_operators_number_in_a_record_of_questioning_is_checked() -> None:
    decision = (
        "某县综合行政执法局\n行政处罚决定书\n当事人：某县老街烧烤店（个体工商户）\n"
        "统一社会信用代码：92371323MA3RQ7W52L\n经营者：刘某华\n"
    )
    record = "询问笔录\n被询问人：刘某华 公民身份号码：371323198304127537\n问：你是该店经营者吗？\n答：是。\n"
    case = Case("c", "c.txt", (), (_doc("询问笔录", record, 1), _doc("行政处罚决定书", decision, 2)))
    found = [f for f in check_case(extract_case(case)).findings if f.code == "DOC-06"]
    assert found and "校验位" in found[0].message
    good = record.replace("127537", "125737")
    case = Case("c", "c.txt", (), (_doc("询问笔录", good, 1), _doc("行政处罚决定书", decision, 2)))
    assert not [f for f in check_case(extract_case(case)).findings if f.code == "DOC-06"]


def test_catalog_rows_whose_date_and_pages_wrapped_in_narrow_cells() -> None:
    text = (
        "卷 内 目 录\n序号 文件名称 文号/责任者 日期 页号 备注\n"
        "1 立案审批表 某文立〔2019〕12号\n2019年3月7\n日\n1\n"
        "2 现场检查笔录 张某某、李某 2019年3月6\n日\n2\n"
        "3 送达回证 某县文化市场综合执法大\n队\n2019年4月2\n日\n3-4\n"
    )
    rows = catalog_rows(text)
    assert [(r.number, r.title, r.first, r.last) for r in rows] == [
        (1, "立案审批表", 1, 1),
        (2, "现场检查笔录", 2, 2),
        (3, "送达回证", 3, 4),
    ]
    # a company's name beside an evidence title that ends in no document word: both kept
    rows = catalog_rows(
        "1 | 营业执照 | 杭州某某科技有限公司 | 1\n2 | 法制审核 | 某市市场监督管理局（法规科） | 2\n"
    )
    assert [r.title for r in rows] == ["营业执照杭州某某科技有限公司", "法制审核某市市场监督管理局（法规科）"]


def test_a_catalog_that_left_out_a_page_early_is_judged_from_its_first_rows() -> None:
    catalog = (
        "卷内目录\n序号 | 文件名称 | 页号\n1 | 立案审批表 | 1\n2 | 现场检查笔录 | 2\n3 | 现场照片 | 3\n"
        "4 | 询问笔录 | 4\n5 | 行政处罚事先告知书 | 5\n6 | 行政处罚决定书 | 6\n7 | 结案审批表 | 7\n"
    )
    documents = (
        _doc("卷内目录", catalog, 1),
        _doc("立案审批表", "立案审批表\n案由：某案", 2),
        _doc("现场检查笔录", "现场检查笔录\n检查时间：", 3),
        _doc("证据材料", "现场照片\n照片一\n照片二", 4, 5),  # two pages; the 目录 gives one
        _doc("询问笔录", "询问笔录\n问：", 6),
        _doc("行政处罚事先告知书", "行政处罚事先告知书\n某某：", 7),
        _doc("行政处罚决定书", "行政处罚决定书\n当事人：", 8),
        _doc("结案审批表", "结案审批表\n案由：", 9),
    )
    found = [f.message for f in check_case(extract_case(Case("c", "c.txt", (), documents))).findings
             if f.code == "ARCH-01"]  # fmt: skip
    # the shift the later rows agree on would put 立案审批表 on page 0: the early rows' is taken; the
    # four rows after the page left out are one defect
    assert found == [
        "卷内目录自“询问笔录”起 4 件文书的起始页码均比实际少 1 页（“询问笔录”起始页码 4，实为 5）"
    ]

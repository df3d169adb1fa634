"""heldout58, retired to development in session 13 (a 税务所's case folder, a prose PDF whose
目录 left out one document, facts dated by a sample or a late filing), each in new wording; each
failed before its fix."""

from __future__ import annotations

from casecheck.checks.engine import check_case
from casecheck.extract.case import extract_case
from casecheck.extract.fields.catalog import catalog_rows
from casecheck.extract.fields.events import event_dates
from casecheck.extract.fields.ids import find_doc_numbers
from casecheck.extract.fields.party import party_name
from casecheck.model import Case, Document
from tests.conftest import text_document


def test_a_place_name_holding_he_stays_in_the_doc_number() -> None:
    text = "送达文书名称：税务行政处罚事项告知书（和平税太和所罚告〔2023〕9号）"
    assert [d.value for d in find_doc_numbers(text)] == ["和平税太和所罚告〔2023〕9号"]
    # a 和 after a thing named still parts two documents
    assert [d.value for d in find_doc_numbers("营业执照和某税罚〔2023〕9号")] == ["某税罚〔2023〕9号"]


def test_a_tax_notices_salutation_with_its_notes() -> None:
    text = (
        "税务行政处罚决定书\n某税所罚〔2023〕9号\n"
        "某县城关镇老周汽修店（经营者：周某某）（纳税人识别号：92441803MA55WB3K8H）：\n"
        "经我所对你（单位）申报情况进行调查，你（单位）存在违法事实及处罚决定如下：\n"
    )
    hit = party_name(text, {})
    assert hit is not None and hit[0] == "某县城关镇老周汽修店"


def test_catalog_rows_with_a_blank_doc_number_cell() -> None:
    rows = catalog_rows(
        "卷内目录\n序号 文件名称 文号 日期 页号\n1 立案审批表 — 2021年3月2日 2\n2 询问笔录 — 2021年3月5日 3\n"
    )
    assert [(r.title, r.first) for r in rows] == [("立案审批表", 2), ("询问笔录", 3)]


def _doc(kind: str, text: str, page: int) -> Document:
    return text_document(kind, text, text.split("\n", 1)[0], (page, page))


def test_a_catalog_split_evenly_by_a_left_out_document_is_judged_from_its_first_rows() -> None:
    catalog = (
        "卷内目录\n序号 | 文件名称 | 页号\n1 | 立案审批表 | 2\n2 | 现场检查笔录 | 3\n3 | 询问笔录 | 4\n"
        "4 | 调查终结报告 | 5\n5 | 集体讨论记录 | 6\n6 | 行政处罚事先告知书 | 7\n7 | 行政处罚决定书 | 8\n"
        "8 | 结案审批表 | 9\n"
    )
    kinds = ["立案审批表", "现场检查笔录", "询问笔录", "调查终结报告", "法制审核意见书", "集体讨论记录",
             "行政处罚事先告知书", "行政处罚决定书", "结案审批表"]  # fmt: skip
    documents = (_doc("卷内目录", catalog, 1), *(_doc(k, f"{k}\n某某", n) for n, k in enumerate(kinds, 2)))
    found = [f.message for f in check_case(extract_case(Case("c", "c.txt", (), documents))).findings
             if f.code == "ARCH-01"]  # fmt: skip
    # four rows agree on each shift: the 法制审核意见书 left out moved the later four, one defect
    assert found == [
        "卷内目录自“集体讨论记录”起 4 件文书的起始页码均比实际少 1 页（“集体讨论记录”起始页码 6，实为 7）"
    ]


def test_a_late_filing_and_a_sample_date_the_facts() -> None:
    late = event_dates("法定申报期限为2023年7月1日至7月17日，当事人逾期至2023年8月2日方办理申报，逾期16日。")
    assert late["violation_end"].iso == "2023-08-02"
    sampled = event_dates("2021年9月3日9时，执法人员对当事人雨水排放口采样，化学需氧量浓度为180mg/L。")
    assert sampled["investigation"].iso == "2021-09-03"
    tested = event_dates("2021年9月6日经某某检测有限公司检测，油烟排放浓度为3.1毫克/立方米。")
    assert tested["investigation"].iso == "2021-09-06"
    # 检测 in the name of the violation dates no test
    kept = event_dates(
        "经查，当事人自2023年5月2日起所属营运车辆2辆超过规定周期未进行维护和检测，于2023年6月1日被查获。"
    )
    assert kept["violation"].iso == "2023-05-02"

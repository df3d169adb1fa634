"""Leftovers (round 3): voucher amounts without 元, 违法所得 with its computation in brackets,
the 复议机关 named in brackets, and law texts the catalog lacked.

Every text here is written for these tests (no development file's names, figures or dates).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from rule_harness import run_fixture

from casecheck.extract.case import extract_case
from casecheck.extract.fields.money import find_amounts
from casecheck.extract.fields.review_body import named_body
from casecheck.extract.fields.voucher import voucher_amounts
from casecheck.ingest.case import load_case
from casecheck.ingest.doctypes import classify_title
from casecheck.laws import catalog

# ---- 1. payment vouchers: the figures a voucher prints without 元 -----------------------------


def _voucher(text: str) -> list[tuple[str, float]]:
    taken = find_amounts(text, "缴款凭证")
    return [(h.kind, h.value) for h in sorted(taken + voucher_amounts(text, taken), key=lambda h: h.start)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # e-tax voucher: fine and 加处罚款 side by side, then the total
        (
            "罚款：6400.00　加处罚款：1200.00\n合计：7600.00",
            [("fine", 6400.0), ("late_fine", 1200.0), ("payment", 7600.0)],
        ),
        # 非税收入一般缴款书: a 金额 column and the 小写 total after the 大写 one
        (
            "项目编码 | 项目名称 | 数量 | 金额\n103050199 | 一般罚没收入 | 1 | 18000.00\n"
            "金额合计（大写）：壹万捌仟元整　（小写）18000.00",
            [("payment", 18000.0), ("payment", 18000.0), ("payment", 18000.0)],
        ),
        # 罚没收据 with a 罚没款 label and a thousands separator
        ("罚没款：18,000.00\n收款单位（章）", [("payment", 18000.0)]),
        # bank e-receipt: 交易金额 with a currency code
        ("交易金额：CNY18,000.00\n摘要：罚没款", [("payment", 18000.0)]),
        # a phone-payment screenshot read by OCR: the amount alone on its line
        ("支付成功\n-18,000.00\n收款方　某县财政局非税收入专户", [("payment", 18000.0)]),
        # 加处罚款 in a 项目 | 金额 table is its own amount, never part of the fine
        (
            "项目 | 金额\n罚款 | 5000.00\n加处罚款 | 750.00\n合计 | 5750.00",
            [("fine", 5000.0), ("late_fine", 750.0), ("payment", 5750.0)],
        ),
    ],
)
def test_voucher_figures_are_read(text: str, want: list[tuple[str, float]]) -> None:
    assert _voucher(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "项目编码：103050199\n数量：1\n缴款日期：2024-11-05",  # codes, counts and dates are no money
        "合计：2\n附件：3",  # a bare integer needs a money label
        "罚款比例：30%",
        "罚款：6400.00元",  # read once, by find_amounts (元)
    ],
)
def test_voucher_non_amounts_are_left_alone(text: str) -> None:
    taken = find_amounts(text, "缴款凭证")
    assert voucher_amounts(text, taken) == []


DECISION = """某县市场监督管理局
行政处罚决定书
某市监罚〔2024〕77号

当事人：某县青禾日用品商店
统一社会信用代码：92330100MA2H7K3L5U
　　经查，当事人于2024年5月销售不合格电热水壶。
　　依据《中华人民共和国产品质量法》第四十九条的规定，决定处以罚款人民币陆仟肆佰元（6400元）。
　　当事人应当自收到本决定书之日起十五日内到某县农商银行缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。
某县市场监督管理局（印章）
2024年9月2日
"""
CLOSING = """结案审批表

当事人：某县青禾日用品商店
执行情况：罚款及加处罚款已于2024年11月5日缴清。
审批意见：同意结案。2024年11月12日
"""


def _case(tmp_path: Path, voucher: str) -> dict[str, Any]:
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "01_决定书.txt").write_text(DECISION, encoding="utf-8")
    (folder / "02_缴款书.txt").write_text(voucher, encoding="utf-8")
    (folder / "03_结案审批表.txt").write_text(CLOSING, encoding="utf-8")
    return extract_case(load_case(folder, ocr=False))


def test_voucher_with_fine_and_late_fine_matches_the_fine(tmp_path: Path) -> None:
    voucher = (
        "电子缴税付款凭证\n\n缴款人：某县青禾日用品商店\n罚款：6400.00　加处罚款：1200.00\n合计：7600.00\n"
    )
    findings, unknown = run_fixture("EXEC-001", {"facts": _case(tmp_path, voucher)})
    assert not findings and not unknown, [f.message for f in findings] + [u.reason for u in unknown]


def test_voucher_fine_part_differing_from_the_fine_is_a_finding(tmp_path: Path) -> None:
    voucher = (
        "电子缴税付款凭证\n\n缴款人：某县青禾日用品商店\n罚款：4600.00　加处罚款：1200.00\n合计：5800.00\n"
    )
    findings, _ = run_fixture("EXEC-001", {"facts": _case(tmp_path, voucher)})
    assert findings and findings[0].code == "EXEC-01"


def test_bank_receipt_for_a_different_amount_is_a_finding(tmp_path: Path) -> None:
    voucher = "银行电子回单\n\n付款人：某县青禾日用品商店\n交易金额：CNY4,600.00\n用途：罚没款\n"
    findings, _ = run_fixture("EXEC-001", {"facts": _case(tmp_path, voucher)})
    assert findings and "4,600" in findings[0].message


@pytest.mark.parametrize("title", ["微信支付凭证", "支付宝转账凭证", "微信支付成功截图", "支付宝电子回单"])
def test_payment_screenshot_titles_are_vouchers(title: str) -> None:
    hit = classify_title(title)
    assert hit is not None and hit[0] == "缴款凭证"


def test_screenshot_voucher_amount_is_compared(tmp_path: Path) -> None:
    voucher = "微信支付凭证\n\n支付成功\n-6,400.00\n收款方　某县财政局非税收入专户\n"
    findings, unknown = run_fixture("EXEC-001", {"facts": _case(tmp_path, voucher)})
    assert not findings and not unknown, [f.message for f in findings] + [u.reason for u in unknown]


# ---- 2. 违法所得 with the agency's own computation in brackets --------------------------------


@pytest.mark.parametrize(
    ("text", "value", "terms"),
    [
        ("没收违法所得2,700元（30套×90元），", None, None),  # a confiscation: read, not recomputed
        ("违法所得2,700元（30套×90元），", 2700.0, [[30.0, 90.0]]),
        ("违法所得共计人民币5,350元（销售收入7,000元－进货成本1,650元）。", 5350.0, [7000.0, -1650.0]),
        ("违法所得5350元（35件×200元减去进货成本1650元）。", 5350.0, [[35.0, 200.0], -1650.0]),
        ("违法所得5,350元（销售收入7,000元，扣除进货成本1,650元）。", 5350.0, [7000.0, -1650.0]),
        ("货值金额1.4万元（计算方式：350盒×40元＝14000元）。", 14000.0, [[350.0, 40.0]]),
        # notes that are no computation leave the amount to its sentence
        ("违法所得人民币贰仟柒佰元（¥2700.00）。", 2700.0, None),
        ("违法所得2700元（票据号0041855）。", 2700.0, None),
        ("违法所得2700元（9天×3车×100元，其中首日300元）。", 2700.0, None),
    ],
)
def test_bracket_computation_is_the_amounts_own(text: str, value: float | None, terms: object) -> None:
    kinds = ("illegal_gain", "goods_value")
    hits = [h for h in find_amounts(text, "行政处罚决定书") if h.kind in kinds and not h.twin]
    if value is None:
        assert hits == []
        return
    assert [h.value for h in hits] == [value]  # never a bracket operand
    assert hits[0].terms == terms


def _evid03(tmp_path: Path, facts_sentence: str) -> tuple[list[Any], list[Any]]:
    text = DECISION.replace("　　经查，当事人于2024年5月销售不合格电热水壶。", "　　" + facts_sentence)
    folder = tmp_path / "evid"
    folder.mkdir()
    (folder / "01_决定书.txt").write_text(text, encoding="utf-8")
    return run_fixture("EVID-003", {"facts": extract_case(load_case(folder, ocr=False))})


def test_stated_computation_is_checked_not_the_earlier_price(tmp_path: Path) -> None:
    # the earlier 售价 (35件×200元 = 7000) is the 销售收入, not how the 违法所得 was reached
    sentence = (
        "经查，当事人以每件200元的价格销售不合格电热水壶35件，"
        "违法所得共计人民币5,350元（销售收入7,000元－进货成本1,650元）。"
    )
    findings, unknown = _evid03(tmp_path, sentence)
    assert not findings and not unknown, [f.message for f in findings]


def test_wrong_bracket_computation_is_a_finding(tmp_path: Path) -> None:
    findings, _ = _evid03(tmp_path, "经查，当事人销售不合格电热水壶，违法所得2,900元（30套×90元）。")
    assert findings and findings[0].code == "EVID-03" and "2,700" in findings[0].message


# ---- 3. the 复议机关 named in a note of the remedy clause (DOC-02) ---------------------------

REMEDY = "　　当事人应当自收到本决定书之日起十五日内到某县农商银行缴纳罚款。"


def _doc02(tmp_path: Path, clause: str) -> tuple[list[Any], list[Any]]:
    """DOC-02 on a 2024-09-02 decision of a 市场监督管理局 (not vertically led) with ``clause``."""
    folder = tmp_path / "doc02"
    folder.mkdir()
    text = DECISION.replace(REMEDY, REMEDY + "\n　　" + clause)
    (folder / "01_决定书.txt").write_text(text, encoding="utf-8")
    return run_fixture("DOC-002", {"facts": extract_case(load_case(folder, ocr=False))})


@pytest.mark.parametrize(
    "clause",
    [
        "如不服本决定，可以在收到本决定书之日起六十日内向上一级主管部门（复议机关：某县人民政府）申请行政复议，"
        "也可以在六个月内向某县人民法院提起行政诉讼。",
        "如不服本决定，可以在收到本决定书之日起六十日内向复议机关（某县人民政府）申请行政复议，"
        "或者六个月内依法向某县人民法院起诉。",
    ],
)
def test_government_named_in_the_note_is_right(tmp_path: Path, clause: str) -> None:
    findings, unknown = _doc02(tmp_path, clause)
    assert not findings and not unknown, [f.message for f in findings]


@pytest.mark.parametrize(
    ("clause", "body"),
    [
        (
            "如不服本决定，可以在收到本决定书之日起六十日内申请行政复议（复议机关：某市市场监督管理局），"
            "也可以在六个月内向某县人民法院提起行政诉讼。",
            "某市市场监督管理局",
        ),
        (
            "如不服本决定，可以在收到本决定书之日起六十日内依法申请行政复议，复议机关为某市市场监督管理局；"
            "也可以在六个月内向某县人民法院提起行政诉讼。",
            "某市市场监督管理局",
        ),
        (
            "如不服本决定，可以在收到本决定书之日起六十日内向上一级主管部门（复议机关：某市市场监督管理局）"
            "申请行政复议，也可以在六个月内向某县人民法院提起行政诉讼。",
            "某市市场监督管理局",
        ),
        (
            "本案的行政复议机关为某市市场监督管理局。如不服本决定，可以在收到本决定书之日起六十日内"
            "申请行政复议，也可以在六个月内向某县人民法院提起行政诉讼。",
            "某市市场监督管理局",
        ),
        (
            "如不服本决定，可以在收到本决定书之日起六十日内申请行政复议（复议机关：某市市场监督管理局，"
            "地址：某市东风路8号），也可以在六个月内向某县人民法院提起行政诉讼。",
            "某市市场监督管理局",
        ),
    ],
)
def test_department_named_as_review_body_after_2024_is_a_finding(
    tmp_path: Path, clause: str, body: str
) -> None:
    findings, _ = _doc02(tmp_path, clause)
    assert findings and findings[0].code == "DOC-02"
    assert any(f"“{body}”" in f.message for f in findings), [f.message for f in findings]


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("某市人民政府（复议机关）", "某市人民政府"),
        ("上一级主管部门（复议机关：某市人民政府）", "某市人民政府"),
        ("复议机关（某市人民政府）", "某市人民政府"),
        ("某市市场监督管理局（上一级主管部门）", "某市市场监督管理局"),
        ("某县人民政府（地址：某县人民路1号）", "某县人民政府"),
        ("某县人民政府", "某县人民政府"),
    ],
)
def test_named_review_body(raw: str, want: str) -> None:
    assert named_body(raw) == want


# ---- 4. law texts the catalog lacked (rules/laws/texts) --------------------------------------

SPECIAL = "中华人民共和国特种设备安全法"


def _law05(
    law: str, article: int, item: int | None, fine: float, decided: str
) -> tuple[list[Any], list[Any]]:
    decision = {
        "ref": "行政处罚决定书",
        "doc_type": "行政处罚决定书",
        "pages": [3, 4],
        "penalty": {"kinds": ["罚款"], "fine": {"value": fine}},
        "citations": [{"law": law, "article": article, "item": item, "role": "penalty"}],
    }
    facts = {
        "timeline": {"decision": {"value": decided}},
        "party": {"kind": {"value": "单位"}},
        "documents": [decision],
    }
    return run_fixture("LAW-005", {"facts": facts})


@pytest.mark.parametrize(
    ("law", "article", "item", "lo", "hi"),
    [
        (SPECIAL, 84, 1, 30000, 300000),  # 使用未经检验的特种设备
        (SPECIAL, 83, 4, 10000, 100000),  # 未按要求申报检验（逾期未改正）
        ("医疗机构管理条例", 47, None, 10000, 100000),  # 使用非卫生技术人员 (2022 text)
        ("劳动保障监察条例", 28, None, 10000, 50000),
    ],
)
def test_added_penalty_ranges(law: str, article: int, item: int | None, lo: int, hi: int) -> None:
    r = catalog.penalty_range(law, date(2024, 6, 3), str(article), None, item, "单位")
    assert r is not None and (r.min_yuan, r.max_yuan) == (lo, hi)


def test_fine_below_the_special_equipment_minimum_is_a_finding() -> None:
    findings, _ = _law05(SPECIAL, 84, 1, 20000, "2024-06-03")
    assert findings and "30,000–300,000" in findings[0].message


def test_fine_inside_the_special_equipment_range_passes() -> None:
    findings, unknown = _law05(SPECIAL, 84, 1, 50000, "2024-06-03")
    assert not findings and not unknown, [f.message for f in findings] + [u.reason for u in unknown]


def test_a_case_before_the_text_took_effect_stays_unreviewable() -> None:
    # 娱乐场所管理条例 is held only in its 2020 text (in force 2020-11-29): a 2019 decision is not
    # judged against it
    findings, unknown = _law05("娱乐场所管理条例", 48, None, 500000, "2019-09-01")
    assert not findings and unknown


def test_each_version_judges_the_cases_of_its_time() -> None:
    # 医疗机构管理条例 第四十四条: 2016 text 擅自执业 1万元以下; 2022 text 逾期不校验 (no fine)
    r2016 = catalog.penalty_range("医疗机构管理条例", date(2019, 6, 10), "44", None, None, "个人")
    assert r2016 is not None and (r2016.min_yuan or 0, r2016.max_yuan) == (0, 10000)
    r2022 = catalog.penalty_range("医疗机构管理条例", date(2023, 6, 10), "44", None, None, "个人")
    assert r2022 is None or r2022.max_yuan is None


def test_per_person_rates_give_no_range() -> None:
    # 每人100元以上500元以下的标准计算 / 每招用一名未成年人每月处5000元罚款的标准: a rate, never a range
    for law, article in (("劳动保障监察条例", "25"), ("娱乐场所管理条例", "52")):
        r = catalog.penalty_range(law, date(2024, 6, 3), article, None, None, "单位")
        assert r is None or (r.min_yuan is None and r.max_yuan is None), r
    # two minors for a month: 10,000 yuan is no fine outside a range
    assert not _law05("娱乐场所管理条例", 52, None, 10000, "2024-06-03")[0]


def test_added_articles_exist_and_end_where_the_text_ends() -> None:
    assert catalog.versions_with_article(SPECIAL, "40", 3)  # 第四十条第三款
    assert not catalog.versions_with_article(SPECIAL, "102")
    assert catalog.versions_with_article("中华人民共和国劳动法", "41")
    assert not catalog.versions_with_article("娱乐场所管理条例", "59")


def test_a_bare_line_is_no_amount_beside_a_labelled_one() -> None:
    # 交易金额 is the payment; 2024.05 alone on a line (an OCR'd date) is not a second one
    assert _voucher("交易金额：CNY6,400.00\n记账日期\n2024.05\n") == [("payment", 6400.0)]


def test_forest_law_articles_and_versions() -> None:
    forest = "中华人民共和国森林法"
    assert catalog.versions_with_article(forest, "76", 2)  # 滥伐林木: 第七十六条第二款
    assert not catalog.versions_with_article(forest, "76", 3)
    assert catalog.status(forest, date(2021, 11, 22)) == "in_force"
    # 2019-05-01: the 2009 text (old numbering); the 2019 revision takes over from 2020-07-01
    assert catalog.status(forest, date(2019, 5, 1)) == "in_force"
    assert catalog.in_force(forest, date(2019, 5, 1)).version == date(2009, 8, 27)
    assert catalog.in_force(forest, date(2020, 6, 30)).version == date(2009, 8, 27)
    assert catalog.in_force(forest, date(2020, 7, 1)).version == date(2019, 12, 28)

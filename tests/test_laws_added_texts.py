"""Law texts added to rules/laws/texts for citations that were 无法评查 (one block per text).

Each text: its short names resolve, a cited article (and 款) exists in the version in force and the
text ends where the official one ends, and a fine range is parsed where the article states one —
while a fine set by a per-person income multiple, or 处以罚款 without an amount, stays unparsed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from rule_harness import run_fixture

from casecheck.laws import catalog, repeals
from casecheck.laws.penalties import parse_penalty_text

D = date(2024, 6, 3)
CONSUMER = "中华人民共和国消费者权益保护法"
TRADEMARK = "中华人民共和国商标法"
ECOMMERCE = "中华人民共和国电子商务法"
EIA = "中华人民共和国环境影响评价法"
HIGHWAY = "中华人民共和国公路法"
NOISE = "中华人民共和国噪声污染防治法"
SOIL = "中华人民共和国土壤污染防治法"
UNFAIR = "中华人民共和国反不正当竞争法"
CAFE = "互联网上网服务营业场所管理条例"
ROADSAFE = "公路安全保护条例"
HAZCHEM = "危险化学品安全管理条例"
COSMETICS = "化妆品监督管理条例"


def _range(law: str, d: date, article: int, paragraph: int | None = None, **kw: Any) -> tuple:
    r = catalog.penalty_range(law, d, article, paragraph, **kw)
    assert r is not None, (law, article, paragraph)
    return (r.min_yuan, r.max_yuan)


def _law05(law: str, article: int, fine: float, decided: str, party: str = "单位") -> tuple[list, list]:
    decision = {
        "ref": "行政处罚决定书",
        "doc_type": "行政处罚决定书",
        "pages": [3, 4],
        "penalty": {"kinds": ["罚款"], "fine": {"value": fine}},
        "citations": [{"law": law, "article": article, "role": "penalty"}],
    }
    facts = {
        "timeline": {"decision": {"value": decided}},
        "party": {"kind": {"value": party}},
        "documents": [decision],
    }
    return run_fixture("LAW-005", {"facts": facts})


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("《消法》", CONSUMER),
        ("消费者权益保护法", CONSUMER),
        ("《环评法》", EIA),
        ("电商法", ECOMMERCE),
        ("噪声法", NOISE),
        ("土壤法", SOIL),
        ("市容条例", "城市市容和环境卫生管理条例"),
        ("危化品条例", HAZCHEM),
        ("化妆品条例", COSMETICS),
        ("网吧管理条例", CAFE),
        ("《中华人民共和国商标法》（2019年修正）", TRADEMARK),
        # the repealed predecessor stays a different law
        ("环境噪声污染防治法", "中华人民共和国环境噪声污染防治法"),
    ],
)
def test_short_names_resolve(raw: str, title: str) -> None:
    assert catalog.resolve_title(raw) == title


@pytest.mark.parametrize(
    ("law", "article", "paragraph", "last"),
    [
        (CONSUMER, 56, 2, 63),
        (TRADEMARK, 60, 3, 87),  # (the 2026 text runs to 第八十七条)
        ("中华人民共和国计量法", 25, None, 34),
        (ECOMMERCE, 81, 2, 89),
        ("中华人民共和国标准化法", 39, 3, 45),
        (EIA, 31, 4, 37),
        (NOISE, 82, None, 90),
        (SOIL, 86, 2, 99),
        (HIGHWAY, 85, 2, 87),
        ("中华人民共和国烟草专卖法", 41, 3, 43),
        (UNFAIR, 17, 4, 41),  # (the 2025 text runs to 第四十一条)
        (CAFE, 21, 2, 38),
        (ROADSAFE, 65, 3, 77),
        (HAZCHEM, 78, 3, 102),
        (COSMETICS, 61, 2, 80),
        ("城市市容和环境卫生管理条例", 40, 2, 45),
        ("公共场所卫生管理条例", 14, 2, 19),
    ],
)
def test_cited_article_exists_and_the_text_ends_at_its_last_article(
    law: str, article: int, paragraph: int | None, last: int
) -> None:
    assert catalog.versions_with_article(law, str(article), paragraph)
    assert catalog.versions_with_article(law, str(last))
    assert not catalog.versions_with_article(law, str(last + 1))


def test_cafe_article_21_has_two_paragraphs_and_no_third() -> None:
    # 第二十一条: 不得接纳未成年人 (第一款) and the 禁入标志 (第二款); a bare 第二十一条 is not specific
    assert catalog.versions_with_article(CAFE, "21", 2)
    assert not catalog.versions_with_article(CAFE, "21", 3)


@pytest.mark.parametrize(
    ("law", "d", "article", "paragraph", "kw", "lo", "hi"),
    [
        (CONSUMER, D, 56, 1, {"base": 0}, 0, 500000),  # 没有违法所得的，处以五十万元以下的罚款
        (CONSUMER, D, 56, 1, {"base": 30000}, 30000, 300000),  # 违法所得一倍以上十倍以下
        (TRADEMARK, D, 60, 2, {"base": 0}, 0, 250000),  # 商标使用的管理 / 专用权的保护 chapters
        (TRADEMARK, D, 53, None, {}, 100000, 100000),  # 驰名商标字样：处十万元罚款
        (ECOMMERCE, D, 81, 1, {"serious": False}, 20000, 100000),
        (ECOMMERCE, D, 76, 1, {}, 0, 10000),
        (EIA, D, 31, 3, {}, 0, 50000),  # 未依法备案环境影响登记表
        (EIA, D, 32, 1, {"party_kind": "单位"}, 500000, 2000000),  # 2018 text only
        (HIGHWAY, D, 76, None, {}, 0, 30000),
        (HIGHWAY, D, 77, None, {}, 0, 5000),
        (NOISE, D, 75, None, {}, 20000, 200000),
        (NOISE, D, 82, None, {"party_kind": "个人"}, 200, 1000),
        (NOISE, D, 82, None, {"party_kind": "单位"}, 2000, 20000),
        (SOIL, D, 86, 2, {"serious": False}, 20000, 200000),
        (UNFAIR, date(2018, 6, 1), 21, None, {"serious": False}, 100000, 500000),  # 2017 text
        (UNFAIR, date(2020, 6, 1), 21, None, {"serious": False}, 100000, 1000000),  # 2019 text
        (CAFE, D, 31, None, {}, 0, 15000),
        (CAFE, D, 27, None, {"base": 5000}, 10000, 50000),  # 违法经营额不足1万元
        (ROADSAFE, D, 64, None, {}, 0, 30000),  # 超限
        (ROADSAFE, D, 69, None, {}, 0, 5000),
        (HAZCHEM, D, 80, 1, {}, 50000, 100000),
        (HAZCHEM, D, 88, None, {}, 50000, 100000),
        (COSMETICS, D, 62, 1, {"serious": False}, 10000, 30000),
    ],
)
def test_fine_ranges_are_parsed(
    law: str, d: date, article: int, paragraph: int | None, kw: dict, lo: int, hi: int
) -> None:
    assert _range(law, d, article, paragraph, **kw) == (lo, hi)


def test_eia_2016_text_judges_its_own_period() -> None:
    # 2016 text 第三十二条: 技术服务机构 所收费用一倍以上三倍以下 (a multiple, no fixed range)
    r = catalog.penalty_range(EIA, date(2017, 5, 1), 32)
    assert r is not None and (r.min_multiple, r.max_multiple, r.base_kind) == (1, 3, "所收费用")
    assert catalog.status(EIA, date(2015, 5, 1)) == "before_coverage"  # the 2002 text is not held


@pytest.mark.parametrize(
    ("law", "article", "paragraph"),
    [
        (COSMETICS, 59, 1),  # also 上一年度从本单位取得收入的3倍以上5倍以下罚款 per person
        (COSMETICS, 60, 1),
        ("中华人民共和国计量法", 25, None),  # 可以并处罚款 (amount in the 实施细则)
        ("中华人民共和国烟草专卖法", 32, None),
        ("城市市容和环境卫生管理条例", 34, None),
        ("公共场所卫生管理条例", 14, None),
    ],
)
def test_unstated_or_per_person_amounts_stay_unparsed(law: str, article: int, paragraph: int | None) -> None:
    r = catalog.penalty_range(law, D, article, paragraph, base=5000)
    assert r is not None and (r.min_yuan, r.max_yuan) == (None, None) and "unparsed" in r.flags


def test_unfair_competition_2025_revision_is_judged_on_its_own_text() -> None:
    """From 2025-10-15 the 2025 text (41 articles, renumbered) is in force; the 2019 text until then."""
    assert catalog.in_force(UNFAIR, date(2025, 11, 1)).version == date(2025, 6, 27)
    assert catalog.in_force(UNFAIR, date(2025, 10, 14)).version == date(2019, 4, 23)
    assert catalog.status(UNFAIR, date(2017, 5, 1)) == "before_coverage"


@pytest.mark.parametrize(
    ("raw", "effective", "by"),
    [
        ("《化妆品卫生监督条例》", date(2021, 1, 1), COSMETICS),
        ("中华人民共和国环境噪声污染防治法", date(2022, 6, 5), NOISE),
        ("中华人民共和国公路管理条例", date(2011, 7, 1), ROADSAFE),
    ],
)
def test_closing_articles_date_the_instruments_they_repeal(raw: str, effective: date, by: str) -> None:
    rep = repeals.repeal_of(raw)
    assert rep is not None and (rep.effective, rep.by) == (effective, by)


def test_cafe_fine_above_the_maximum_is_a_finding_and_inside_passes() -> None:
    findings, _ = _law05(CAFE, 31, 20000, "2022-09-25")
    assert findings and "15,000" in findings[0].message
    findings, unknown = _law05(CAFE, 31, 10000, "2022-09-25")
    assert not findings and not unknown, [f.message for f in findings] + [u.reason for u in unknown]


def test_a_case_before_the_cafe_texts_took_effect_stays_unreviewable() -> None:
    # the 2019 (in force 2019-03-24) and 2022 texts are held: a 2021 decision is judged, a 2018 one not
    assert _law05(CAFE, 31, 20000, "2021-09-25")[0]
    findings, unknown = _law05(CAFE, 31, 20000, "2018-09-25")
    assert not findings and unknown


def test_overload_fine_under_the_road_safety_regulation() -> None:
    findings, _ = _law05(ROADSAFE, 64, 35000, "2024-06-03", party="个人")
    assert findings
    findings, unknown = _law05(ROADSAFE, 64, 3000, "2024-06-03", party="个人")
    assert not findings and not unknown


def test_fines_addressed_to_the_offending_unit_and_person_are_split() -> None:
    # 传染病防治法(2025) 第一百一十一条: 对违法的单位…二万元以下，对违法的个人…一千元以下
    text = (
        "由县级以上人民政府疾病预防控制部门责令改正，给予警告，"
        "对违法的单位可以并处二万元以下罚款，对违法的个人可以并处一千元以下罚款"
    )
    parsed = parse_penalty_text(text)
    assert [(c.party, c.max_yuan) for c in parsed.clauses] == [("单位", 20000), ("个人", 1000)]
    law = "中华人民共和国传染病防治法"
    assert _range(law, date(2025, 10, 1), 111, 1, party_kind="个人") == (0, 1000)
    assert _range(law, date(2025, 10, 1), 111, 1, party_kind="单位") == (0, 20000)


def test_infectious_disease_law_versions_change_on_2025_09_01() -> None:
    law = "中华人民共和国传染病防治法"
    assert _range(law, date(2020, 3, 1), 73) == (0, 50000)  # 2013 text
    assert _range(law, date(2025, 10, 1), 104) == (0, 100000)  # 2025 text, 医疗机构
    assert catalog.status(law, date(2013, 5, 1)) == "before_coverage"


def test_trademark_law_2013_and_2019_texts() -> None:
    # the 2019 amendment (in force 2019-11-01) added 第六十八条第四款 (恶意申请商标注册)
    assert catalog.status(TRADEMARK, date(2014, 4, 30)) == "before_coverage"
    assert _range(TRADEMARK, date(2016, 5, 1), 60, 2, base=0) == (0, 250000)
    versions = catalog.versions_with_article(TRADEMARK, "68", 4)
    assert [v.version for v in versions] == [date(2019, 4, 23)]


def test_cafe_regulation_renumbered_in_2022() -> None:
    # 2022 inserted a new 第三十二条 (公安机关 实地检查); the 2019 text ends at 第三十七条
    assert catalog.versions_with_article(CAFE, "37") and catalog.status(CAFE, date(2021, 5, 1)) == "in_force"
    old = catalog.penalty_range(CAFE, date(2021, 5, 1), 32)
    new = catalog.penalty_range(CAFE, date(2023, 5, 1), 32)
    assert old is not None and new is not None
    assert "文化行政部门、公安机关依据各自职权" in old.quote and "公安机关应当自" in new.quote


def test_medical_device_regulation_ranges_and_responsible_persons() -> None:
    law = "医疗器械监督管理条例"
    assert catalog.resolve_title("医疗器械条例") == law
    assert _range(law, D, 84, 1, base=5000) == (10000, 50000)  # 货值金额不足1万元
    assert _range(law, D, 89, 1, serious=False) == (10000, 100000)  # 拒不改正的
    # 所获收入30%以上3倍以下 is a multiple for the responsible persons, not the unit's range
    r = catalog.penalty_range(law, D, 95, 1, party_kind="单位")
    assert r is not None and (r.min_yuan, r.max_yuan) == (100000, 300000)
    assert catalog.status(law, date(2021, 5, 1)) == "before_coverage"


def test_medical_insurance_fund_regulation() -> None:
    law = "医疗保障基金使用监督管理条例"
    assert catalog.resolve_title("《医疗保障基金使用监督管理条例》") == law
    # 第三十八条 has one 款 and seven 项: 第三十八条第（二）项 exists, a second 款 does not
    assert catalog.versions_with_article(law, "38", 1, 2) and not catalog.versions_with_article(law, "38", 2)
    r = catalog.penalty_range(law, D, 40, 1)
    assert r is not None and (r.min_multiple, r.max_multiple, r.base_kind) == (2, 5, "骗取金额")
    assert _range(law, D, 39, 1) == (10000, 50000)


def test_construction_project_environmental_regulation() -> None:
    law = "建设项目环境保护管理条例"
    # the 2017 revision took effect 2017-10-01 (国务院令第682号), not on publication
    assert catalog.status(law, date(2017, 9, 1)) == "before_coverage"
    assert _range(law, D, 23, 2) == (50000, 200000)  # 未公开验收报告
    assert _range(law, D, 22, 2, serious=False) == (200000, 1000000)


def test_accident_regulation_item_ranges_and_income_multiples() -> None:
    law = "生产安全事故报告和调查处理条例"
    assert catalog.resolve_title("事故报告和调查处理条例") == law
    assert _range(law, D, 37, 1, item=1) == (100000, 200000)  # 一般事故
    assert _range(law, D, 37, 1, item=3) == (500000, 2000000)  # 重大事故
    # 处上一年年收入40%至80%的罚款: a multiple of the person's income, no yuan range
    r = catalog.penalty_range(law, D, 35, 1)
    assert r is not None and (r.min_multiple, r.max_multiple, r.base_kind) == (0.4, 0.8, "上一年年收入")


def test_unlicensed_business_and_safety_permit_regulations() -> None:
    assert _range("无证无照经营查处办法", D, 14, 1) == (0, 5000)
    assert _range("安全生产许可证条例", D, 19, 1) == (100000, 500000)
    rep = repeals.repeal_of("《无照经营查处取缔办法》")
    assert rep is not None and rep.effective == date(2017, 10, 1)


def test_urban_road_and_drainage_regulations() -> None:
    assert _range("城市道路管理条例", D, 42, 1) == (0, 20000)
    assert catalog.versions_with_article("城市道路管理条例", "45")  # a heading in the source, an article here
    drain = "城镇排水与污水处理条例"
    assert _range(drain, D, 49, 1, party_kind="单位") == (100000, 200000)
    assert _range(drain, D, 49, 1, party_kind="个人") == (20000, 100000)
    assert _range(drain, D, 50, 2, serious=False) == (0, 50000)


def test_market_entity_registration_regulation_and_the_rules_it_repealed() -> None:
    law = "中华人民共和国市场主体登记管理条例"
    assert catalog.resolve_title("《市场主体登记管理条例》") == law
    assert _range(law, D, 43, 1, serious=False) == (10000, 100000)  # 拒不改正的 (无照经营)
    rep = repeals.repeal_of("《中华人民共和国公司登记管理条例》")
    assert rep is not None and (rep.effective, rep.by) == (date(2022, 3, 1), law)


def test_drug_administration_law_2015_text_judges_cases_before_2019_12_01() -> None:
    law = "中华人民共和国药品管理法"
    # 2015 第七十三条 (生产、销售假药): 货值金额二倍以上五倍以下; 第八十一条 base 0 → 二万元以上十万元以下
    assert _range(law, date(2019, 11, 30), 73, 1, base=10000) == (20000, 50000)
    assert _range(law, date(2017, 6, 1), 81, 1, base=0) == (20000, 100000)
    assert _range(law, date(2017, 6, 1), 89, 1) == (10000, 200000)
    # the 2015 text ends at 第一百零四条; the 2019 revision (in force 2019-12-01) renumbered to 155
    assert not catalog.penalty_range(law, date(2020, 6, 1), 81, 1)
    assert [v.version for v in catalog.versions_with_article(law, "130")] == [date(2019, 8, 26)]
    assert catalog.status(law, date(2015, 4, 23)) == "before_coverage"


def test_food_safety_law_2018_text_replaces_the_2021_stand_in() -> None:
    law = "中华人民共和国食品安全法"
    # in force 2018-12-29 to 2021-04-28; judged on its own text, not on the 2021 numbering
    found = catalog.text_version(law, date(2020, 1, 1))
    assert found is not None and (found[0].version, found[1]) == (date(2018, 12, 29), False)
    assert _range(law, date(2020, 1, 1), 124, 1, base=5000) == (50000, 100000)  # no allow_proxy needed
    # the 2021 amendment added 仅销售预包装食品 (备案, no licence) to 第三十五条第一款
    quoting = [v.version for v in catalog.versions_quoting(law, "35", "仅销售预包装食品")]
    assert quoting == [date(2021, 4, 29), date(2025, 9, 12)]
    before = catalog.in_force(law, date(2018, 12, 28))
    assert before is not None and before.version == date(2015, 4, 24)


def test_advertising_law_2018_text_keeps_article_60_until_2021() -> None:
    law = "中华人民共和国广告法"
    # 2018 only renamed the departments (工商 → 市场监督管理); the 2021 amendment dropped 广告发布登记
    # (第二十九条) and its 罚则 第六十条, so 第六十一条 to 第七十五条 became 第六十条 to 第七十四条
    assert _range(law, date(2020, 1, 1), 60, 1, base=5000) == (5000, 30000)  # 未办理广告发布登记
    assert _range(law, date(2022, 1, 1), 60, 1) == (0, 50000)  # 2021 第六十条 = 2018 第六十一条
    assert _range(law, date(2020, 1, 1), 61, 1) == (0, 50000)
    r = catalog.penalty_range(law, date(2020, 1, 1), 58, 1, serious=False)
    assert r is not None and (r.min_multiple, r.max_multiple, r.base_kind) == (1, 3, "广告费用")
    with_75 = [v.version for v in catalog.versions_with_article(law, "75")]
    assert with_75 == [date(2015, 4, 24), date(2018, 10, 26)]


def test_solid_waste_law_2016_text_judges_cases_before_the_2020_revision() -> None:
    law = "中华人民共和国固体废物污染环境防治法"
    # 2016 text (91 articles) in force 2016-11-07 to 2020-08-31; the 2020 revision renumbered it
    assert catalog.status(law, date(2016, 11, 6)) == "before_coverage"
    assert _range(law, date(2018, 6, 1), 73, 1) == (50000, 200000)  # 矿业固体废物 未封场
    assert _range(law, date(2018, 6, 1), 70, 1) == (2000, 20000)  # 拒绝现场检查
    # 第七十五条: per-项 amounts sit in 第二款; the 排污费 multiple needs its base
    r = catalog.penalty_range(law, date(2018, 6, 1), 75, 2)
    assert r is not None and (r.min_multiple, r.max_multiple) == (1, 3) and "needs_base" in r.flags
    assert [v.version for v in catalog.versions_quoting(law, "75", "危险废物排污费")] == [date(2016, 11, 7)]


def test_fire_protection_law_2008_and_2019_texts_and_the_2021_paragraph_shift() -> None:
    law = "中华人民共和国消防法"
    assert catalog.status(law, date(2009, 4, 30)) == "before_coverage"  # the 1998 law is not held
    # the 2008 revision (in force 2009-05-01): 公安机关消防机构 reviewed the designs; same fines
    assert _range(law, date(2015, 6, 1), 60, 1, party_kind="单位") == (5000, 50000)
    quoting = catalog.versions_quoting(law, "58", "公安机关消防机构")
    assert [v.version for v in quoting] == [date(2008, 10, 28)]
    assert _range(law, date(2020, 6, 1), 60, 1, party_kind="单位") == (5000, 50000)
    # 第五十八条: the 备案 fine is 第二款 in 2019; the 2021 告知承诺 paragraph pushed it to 第三款
    assert _range(law, date(2020, 6, 1), 58, 2) == (0, 5000)
    assert _range(law, date(2022, 6, 1), 58, 3) == (0, 5000)
    assert catalog.penalty_range(law, date(2020, 6, 1), 58, 3) is None


def test_urban_rural_planning_law_2015_text() -> None:
    law = "中华人民共和国城乡规划法"
    # in force 2015-04-24 to 2019-04-22; the 2019 amendment only reworded 第三十八条第二款
    assert catalog.status(law, date(2015, 4, 23)) == "before_coverage"  # the 2008 text is not held
    assert _range(law, date(2017, 6, 1), 67, 1) == (10000, 50000)  # 竣工验收资料 逾期不补报
    quoting = catalog.versions_quoting(law, "38", "在签订国有土地使用权出让合同后")
    assert [v.version for v in quoting] == [date(2015, 4, 24)]


def test_road_traffic_safety_law_2011_text() -> None:
    law = "中华人民共和国道路交通安全法"
    # in force 2011-05-01 to 2021-04-28; the 2021 amendment only changed 第二十条 (驾驶培训 备案)
    assert catalog.status(law, date(2011, 4, 30)) == "before_coverage"  # the 2007 text is not held
    assert _range(law, date(2016, 6, 1), 99, 1) == (200, 2000)
    assert _range(law, date(2016, 6, 1), 90, 1) == (20, 200)
    quoting = catalog.versions_quoting(law, "20", "资格管理")
    assert [v.version for v in quoting] == [date(2011, 4, 22)]


def test_construction_law_2019_text() -> None:
    law = "中华人民共和国建筑法"
    assert catalog.resolve_title("《建筑法》") == law
    assert catalog.status(law, date(2024, 1, 1)) == "in_force"
    assert catalog.status(law, date(2019, 4, 22)) == "before_coverage"  # the 2011 text is not held
    # 第六十五条 has four 款 (发包/超越资质/无资质/欺骗取得), all 处以罚款 without an amount
    assert catalog.versions_with_article(law, "65", 4) and not catalog.versions_with_article(law, "65", 5)
    r = catalog.penalty_range(law, date(2024, 1, 1), 64, 1)
    assert r is not None and r.min_yuan is None and "unparsed" in r.flags


def test_labour_contract_law_2012_text_and_its_per_person_rates() -> None:
    law = "中华人民共和国劳动合同法"
    assert catalog.resolve_title("《劳动合同法》") == law
    # the 2012 amendment (劳务派遣) took effect 2013-07-01; the 2007 text is not held
    assert catalog.status(law, date(2013, 6, 30)) == "before_coverage"
    r = catalog.penalty_range(law, D, 92, 1)
    assert r is not None and (r.min_multiple, r.max_multiple, r.base_kind) == (1, 5, "违法所得")
    # 以每人五百元以上二千元以下的标准处以罚款: a rate, not a range in the catalog
    r = catalog.penalty_range(law, D, 84, 2)
    assert r is not None and r.min_yuan is None and "unparsed" in r.flags


def test_social_insurance_law_2018_text() -> None:
    law = "中华人民共和国社会保险法"
    assert catalog.resolve_title("《社会保险法》") == law
    assert catalog.status(law, date(2018, 12, 28)) == "before_coverage"  # the 2010 text is not held
    # multiples of a base the decision states; the responsible persons' 500–3000 is not the unit's range
    r = catalog.penalty_range(law, D, 84, 1, party_kind="单位")
    assert r is not None and (r.min_multiple, r.max_multiple, r.base_kind) == (1, 3, "应缴社会保险费数额")
    r = catalog.penalty_range(law, D, 88, 1)
    assert r is not None and (r.min_multiple, r.max_multiple, r.base_kind) == (2, 5, "骗取金额")


def test_trademark_law_2026_fines_under_its_management_chapter_are_read() -> None:
    """The 2026 text puts most fines under 第七章 商标管理 (EXTRA_PENALTY_CHAPTERS)."""
    r = catalog.penalty_range(TRADEMARK, date(2027, 3, 1), 57)
    assert r is not None and (r.version, r.max_yuan) == (date(2026, 6, 26), 50000)
    before = catalog.penalty_range(TRADEMARK, date(2026, 12, 31), 60)
    assert before is not None and before.version == date(2019, 4, 23)


def test_the_ecological_code_replaces_the_environmental_laws_from_2026_08_15() -> None:
    """生态环境法典 第一千二百四十二条: in force 2026-08-15, ten laws repealed that day."""
    code = "中华人民共和国生态环境法典"
    assert catalog.status(code, date(2026, 9, 1)) == "in_force"
    assert catalog.status("中华人民共和国大气污染防治法", date(2026, 8, 14)) == "in_force"
    assert catalog.status("中华人民共和国大气污染防治法", date(2026, 8, 15)) == "ended"
    gone = repeals.judge("中华人民共和国海洋环境保护法", date(2026, 9, 1), False)
    assert gone is not None and gone[0] and "生态环境法典" in gone[1]

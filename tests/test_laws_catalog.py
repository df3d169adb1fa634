"""The shipped law catalog: titles, versions, article/款/项 existence and penalty ranges."""

from __future__ import annotations

from datetime import date

import pytest

from casecheck.laws import catalog
from casecheck.laws.catalog import Catalog, load_catalog, parse_article_ref, read_catalog_file
from casecheck.laws.titles import load_aliases
from casecheck.resources import rules_dir

APL = "中华人民共和国行政处罚法"
FSL = "中华人民共和国食品安全法"
ROAD = "中华人民共和国道路运输条例"


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("《食品安全法》", FSL),
        ("行政处罚法", APL),
        ("《中华人民共和国行政处罚法》", APL),
        ("中华人民共和国行政处罚法(2021修订)", APL),
        ("《中华人民共和国行政处罚法》（2017年修正）", APL),
        (" 《 道路运输条例 》", ROAD),
        ("中华人民共和国道路运输条例", ROAD),
        ("道路运输管理条例", ROAD),
        ("价格违法行为行政处罚规定", "价格违法行为行政处罚规定"),
        ("中华人民共和国价格违法行为行政处罚规定", "价格违法行为行政处罚规定"),
        ("固废法", "中华人民共和国固体废物污染环境防治法"),
        ("市场监督管理行政处罚程序规定", "市场监督管理行政处罚程序规定"),
        ("环境影响评价法", "中华人民共和国环境影响评价法"),
        ("《统计法》", "中华人民共和国统计法"),
        ("罚款决定与罚款收缴分离实施办法", "罚款决定与罚款收缴分离实施办法"),
        ("交通运输行政执法程序规定", "交通运输行政执法程序规定"),
        ("道路货物运输及站场管理规定", "道路货物运输及站场管理规定"),
        # rows that must not resolve
        ("某某法", None),
        ("城市规划法", None),  # the repealed predecessor of 城乡规划法 is a different law
        ("食品卫生法", None),
        ("", None),
    ],
)
def test_resolve_title(raw: str, title: str | None) -> None:
    assert catalog.resolve_title(raw) == title


@pytest.mark.parametrize(
    ("title", "has_text"),
    [
        (APL, True),
        (FSL, True),
        ("市场监督管理行政处罚程序规定", False),
        ("中华人民共和国草原法", False),  # known title (aliases.yaml has_text: false), no text
        ("中华人民共和国统计法", True),  # 2009 and 2024 texts in rules/laws/texts
    ],
)
def test_has_text(title: str, has_text: bool) -> None:
    law = catalog.get_law(title)
    assert law is not None and law.has_text is has_text
    assert bool(law.versions) is has_text


@pytest.mark.parametrize(
    ("ref", "key"),
    [
        (51, "51"),
        ("51", "51"),
        ("第五十一条", "51"),
        ("五十一", "51"),
        ("第一百二十四条", "124"),
        ("第五十一条之一", "51之1"),
        ("51之1", "51之1"),
    ],
)
def test_article_refs(ref: int | str, key: str) -> None:
    assert parse_article_ref(ref) == key


@pytest.mark.parametrize("bad", ["第条", "五十一款", "abc"])
def test_bad_article_refs(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_article_ref(bad)


# (law, date, article, paragraph, item, exists)
EXISTENCE = [
    (APL, date(2022, 1, 1), 51, None, None, True),
    (APL, date(2022, 1, 1), 51, 1, None, True),
    (APL, date(2022, 1, 1), 51, 2, None, False),  # 第五十一条 has a single 款
    (APL, date(2022, 1, 1), 72, 1, 4, True),  # 第七十二条第一款 has 4 项
    (APL, date(2022, 1, 1), 72, 1, 5, False),
    (APL, date(2022, 1, 1), 86, None, None, True),
    (APL, date(2022, 1, 1), 87, None, None, False),
    (APL, date(2022, 1, 1), 999, None, None, False),
    (APL, date(2020, 1, 1), 64, None, None, True),  # the 2017 text has 64 articles
    (APL, date(2020, 1, 1), 65, None, None, False),
    (FSL, date(2022, 1, 1), 34, 1, 13, True),  # 第三十四条 has 13 项
    (FSL, date(2022, 1, 1), 34, 1, 14, False),
    (FSL, date(2022, 1, 1), 124, 1, 9, True),
    (FSL, date(2016, 5, 1), 124, 1, 9, True),  # 2015 text, same numbering
    (ROAD, date(2024, 1, 1), 63, 1, 3, True),
    (ROAD, date(2024, 1, 1), 83, None, None, False),  # the 2023 text has 82 articles
    (ROAD, date(2021, 1, 1), 83, None, None, True),
    (ROAD, date(2021, 1, 1), 63, 1, 2, False),  # before 2023 第六十三条 had no 项
]


@pytest.mark.parametrize(("law", "d", "article", "paragraph", "item", "exists"), EXISTENCE)
def test_article_existence(
    law: str, d: date, article: int, paragraph: int | None, item: int | None, exists: bool
) -> None:
    version = catalog.in_force(law, d)
    assert version is not None and version.has_text
    assert version.has_article(article, paragraph, item) is exists


def test_article_shape() -> None:
    art = catalog.in_force(APL, date(2022, 1, 1)).article(72)
    assert art.label == "第七十二条"
    assert art.paragraph_count == 2
    assert [art.item_count(p) for p in (1, 2)] == [4, 0]
    assert art.quote(1, 1).startswith(
        "第七十二条第一款第一项：（一）到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款"
    )


@pytest.mark.parametrize(
    ("law", "d", "version", "effective", "source"),
    [
        (APL, date(2021, 7, 14), date(2017, 9, 1), date(2018, 1, 1), "readme"),
        (APL, date(2021, 7, 15), date(2021, 1, 22), date(2021, 7, 15), "text"),
        (ROAD, date(2022, 4, 30), date(2019, 3, 2), date(2019, 3, 2), "readme"),
        (ROAD, date(2022, 5, 1), date(2022, 3, 29), date(2022, 5, 1), "readme"),
        (ROAD, date(2023, 7, 20), date(2023, 7, 20), date(2023, 7, 20), "assumed"),
        ("中华人民共和国行政复议法", date(2024, 1, 1), date(2023, 9, 1), date(2024, 1, 1), "text"),
        ("中华人民共和国安全生产法", date(2021, 8, 31), date(2014, 8, 31), date(2014, 12, 1), "readme"),
    ],
)
def test_in_force(law: str, d: date, version: date, effective: date, source: str) -> None:
    v = catalog.in_force(law, d)
    assert v is not None
    assert (v.version, v.effective, v.effective_source) == (version, effective, source)


def test_versions_chain_without_gaps() -> None:
    for law in load_catalog().laws.values():
        for older, newer in zip(law.versions, law.versions[1:], strict=False):
            assert older.end is not None and (newer.effective - older.end).days == 1, law.title


@pytest.mark.parametrize(
    ("law", "d", "status"),
    [
        (APL, date(2022, 1, 1), "in_force"),
        (APL, date(1990, 1, 1), "before_coverage"),
        (APL, date(2005, 1, 1), "no_text"),  # the 1996 text: known, numbering as 2017, no text
        (APL, date(2010, 1, 1), "in_force"),  # the 2009 text (rules/laws/texts)
        ("中华人民共和国治安管理处罚法", date(2025, 12, 31), "in_force"),
        ("中华人民共和国治安管理处罚法", date(2026, 1, 1), "in_force"),  # the 2025 revision (texts/)
        ("中华人民共和国草原法", date(2022, 1, 1), "no_text"),  # known law without text
        ("中华人民共和国统计法", date(2009, 12, 31), "before_coverage"),  # 2009 revision: from 2010-01-01
        ("中华人民共和国统计法", date(2022, 1, 1), "in_force"),
        ("中华人民共和国统计法", date(2025, 1, 1), "in_force"),
        ("某某法", date(2022, 1, 1), "unknown_law"),
    ],
)
def test_status(law: str, d: date, status: str) -> None:
    assert catalog.status(law, d) == status


@pytest.mark.parametrize(
    ("d", "version"),
    [
        (date(2010, 1, 1), date(2009, 6, 27)),
        (date(2022, 1, 1), date(2009, 6, 27)),
        (date(2024, 9, 12), date(2009, 6, 27)),
        (date(2024, 9, 13), date(2024, 9, 13)),  # the 2024 amendment applies from publication
        (date(2025, 1, 1), date(2024, 9, 13)),
    ],
)
def test_statistics_law_versions(d: date, version: date) -> None:
    """统计法: the 2009 revision (in force 2010-01-01) until the 2024-09-13 amendment, whose
    closing article still names 2010-01-01; the 2024 text renumbers and raises the fines."""
    stats = "中华人民共和国统计法"
    v = catalog.in_force(stats, d)
    assert v is not None and v.has_text and v.version == version
    if version == date(2024, 9, 13):
        fine = v.article(44).text(2)
        assert len(v.articles) == 53
        assert "可以并处十万元以下的罚款；情节严重的，并处十万元以上五十万元以下的罚款" in fine
    else:
        fine = v.article(41).text(2)
        assert len(v.articles) == 50
        assert "可以并处五万元以下的罚款；情节严重的，并处五万元以上二十万元以下的罚款" in fine


def test_old_numbering_detection() -> None:
    """《行政处罚法》第五十一条 about 加处罚款 is the pre-2021 numbering (now 第七十二条)."""
    found = catalog.versions_with_article(APL, 51, 1, 1)
    assert [v.version for v in found] == [date(2009, 8, 27), date(2017, 9, 1)]
    old = found[-1].article(51)
    assert "加处罚款" in old.text()
    new = catalog.in_force(APL, date(2022, 1, 1))
    assert new.has_article(51, 1, 1) is False
    assert "加处罚款" not in new.article(51).text()
    assert "加处罚款" in new.article(72).text(1, 1)


def test_textless_version_is_unreviewable() -> None:
    v = catalog.in_force(APL, date(2005, 1, 1))  # the 1996 text
    assert v is not None and not v.has_text and v.numbering_as == date(2017, 9, 1)
    assert v.has_article(51) is None


# (law, date, article, paragraph, item, kwargs, min, max, flags that must be present)
RANGES = [
    (FSL, date(2024, 5, 1), 124, 1, None, {"base": 8000}, 50000, 100000, set()),
    (FSL, date(2024, 5, 1), 124, 1, None, {"base": 20000}, 200000, 400000, set()),
    (FSL, date(2024, 5, 1), 124, 1, 5, {"base": 20000}, 200000, 400000, {"from_paragraph"}),
    (FSL, date(2024, 5, 1), 124, 1, None, {}, None, None, {"needs_base"}),
    (FSL, date(2024, 5, 1), 125, 2, None, {}, 0, 2000, {"conditional"}),
    (FSL, date(2024, 5, 1), 126, 1, 3, {}, 5000, 50000, {"conditional", "from_paragraph"}),
    (ROAD, date(2024, 5, 1), 63, 1, 2, {"base": 0}, 10000, 100000, set()),
    (ROAD, date(2024, 5, 1), 63, 1, 2, {"base": 30000}, 60000, 300000, set()),
    (ROAD, date(2021, 5, 1), 63, None, None, {"base": 0}, 30000, 100000, set()),
    (ROAD, date(2024, 5, 1), 63, 1, 1, {"base": 5000, "serious": False}, 3000, 10000, set()),
    (ROAD, date(2024, 5, 1), 63, 1, 1, {"base": 5000}, 3000, 50000, {"includes_serious"}),
    ("消防法", date(2024, 5, 1), 60, 1, None, {}, 5000, 50000, set()),
    ("消防法", date(2024, 5, 1), 60, 2, None, {"party_kind": "个人"}, 0, 500, set()),
    ("价格违法行为行政处罚规定", date(2024, 5, 1), 7, None, None, {"base": 0}, 50000, 500000, set()),
    ("价格违法行为行政处罚规定", date(2024, 5, 1), 7, None, None, {"base": 10000}, 0, 50000, set()),
    ("安全生产法", date(2024, 5, 1), 97, 1, None, {"party_kind": "单位"}, 0, 200000, {"conditional"}),
    ("安全生产法", date(2024, 5, 1), 97, 1, None, {}, 0, 200000, {"excludes_responsible_persons"}),
    ("大气污染防治法", date(2024, 5, 1), 119, 2, None, {"party_kind": "个人"}, 500, 2000, set()),
    ("大气污染防治法", date(2024, 5, 1), 119, 2, None, {"party_kind": "单位"}, 10000, 100000, set()),
]


@pytest.mark.parametrize(("law", "d", "article", "paragraph", "item", "kwargs", "lo", "hi", "flags"), RANGES)
def test_penalty_range(
    law: str,
    d: date,
    article: int,
    paragraph: int | None,
    item: int | None,
    kwargs: dict,
    lo: float | None,
    hi: float | None,
    flags: set[str],
) -> None:
    r = catalog.penalty_range(law, d, article, paragraph, item, **kwargs)
    assert r is not None
    assert (r.min_yuan, r.max_yuan) == (lo, hi)
    assert flags <= set(r.flags)
    assert "罚款" in r.kinds
    assert r.quote.startswith("第")


def test_penalty_range_multiples_and_kinds() -> None:
    r = catalog.penalty_range(FSL, date(2024, 5, 1), 124, 1)
    assert (r.min_multiple, r.max_multiple, r.base_kind) == (10, 20, "货值金额")
    assert {"罚款", "没收违法所得", "吊销许可证件"} <= set(r.kinds)
    assert r.to_dict()["law"] == FSL


@pytest.mark.parametrize(
    ("law", "d", "article", "paragraph"),
    [
        (FSL, date(2024, 5, 1), 999, None),  # no such article
        (FSL, date(2024, 5, 1), 34, 1),  # not a penalty provision
        (APL, date(2005, 1, 1), 51, None),  # version without text
        ("中华人民共和国草原法", date(2024, 5, 1), 37, None),  # known law without text
        (FSL, date(2010, 1, 1), 124, 1),  # before our earliest text
    ],
)
def test_penalty_range_none(law: str, d: date, article: int, paragraph: int | None) -> None:
    assert catalog.penalty_range(law, d, article, paragraph) is None


def test_unparsed_range_is_null_not_guessed() -> None:
    r = catalog.penalty_range("土地管理法", date(2024, 5, 1), 77, 1)
    assert r is not None and r.confidence == "low"
    assert (r.min_yuan, r.max_yuan) == (None, None) and "unparsed" in r.flags


def test_shipped_catalog_loads_whole() -> None:
    """The shipped catalog and alias book decode into the full article set (load time is
    measured by benchmarks/bench_catalog.py, not here)."""
    from casecheck.laws.catalog import Catalog, read_catalog_file
    from casecheck.laws.titles import load_aliases
    from casecheck.resources import rules_dir

    folder = rules_dir() / "laws"
    cat = Catalog(read_catalog_file(folder / "catalog.json.gz"), load_aliases(folder / "aliases.yaml"))
    assert cat.stats()["articles"] > 4000


@pytest.mark.parametrize(
    ("article", "phrase", "versions"),
    [
        (51, "加处罚款", [date(2009, 8, 27), date(2017, 9, 1)]),
        (72, "每日按罚款数额的百分之三加处罚款", [date(2021, 1, 22)]),
        (51, "二百元以下、对法人或者其他组织处以三千元以下罚款", [date(2021, 1, 22)]),
        (51, "不存在的文字", []),
        (999, "加处罚款", []),
    ],
)
def test_versions_quoting(article: int, phrase: str, versions: list[date]) -> None:
    assert [v.version for v in catalog.versions_quoting(APL, article, phrase)] == versions


def test_no_ambiguous_titles_and_records() -> None:
    cat = load_catalog()
    assert cat.index._ambiguous == set()
    rec = cat.law(APL).to_dict()
    assert [v["version"] for v in rec["versions"]] == ["1996-03-17", "2009-08-27", "2017-09-01", "2021-01-22"]
    assert rec["versions"][-1]["effective"] == "2021-07-15" and rec["versions"][-1]["end"] is None


@pytest.mark.parametrize(
    ("law", "d", "version", "proxied"),
    [
        (FSL, date(2022, 1, 1), date(2021, 4, 29), False),
        (FSL, date(2020, 1, 1), date(2018, 12, 29), False),  # the 2018 text (rules/laws/texts)
        (APL, date(2005, 1, 1), date(2017, 9, 1), True),  # the 1996 text: numbering as 2017
        (APL, date(2010, 1, 1), date(2009, 8, 27), False),  # the 2009 text (rules/laws/texts)
        ("广告法", date(2020, 1, 1), date(2018, 10, 26), False),  # the 2018 text (rules/laws/texts)
        ("反不正当竞争法", date(2026, 1, 1), date(2025, 6, 27), False),  # 2025 revision (texts/)
        ("治安管理处罚法", date(2026, 6, 1), date(2025, 6, 27), False),
        ("行政处罚法", date(1999, 1, 1), date(2017, 9, 1), True),  # still textless: numbering as 2017
    ],
)
def test_text_version(law: str, d: date, version: date | None, proxied: bool | None) -> None:
    found = catalog.text_version(law, d)
    got = (found[0].version, found[1]) if found else (None, None)
    assert got == (version, proxied)


def test_penalty_range_proxy_is_opt_in() -> None:
    # the shipped catalog with the 2018 食品安全法 text withdrawn: a textless version documented to
    # share the 2021 numbering (as it was before that text was added)
    doc = read_catalog_file(rules_dir() / "laws" / "catalog.json.gz")
    law = next(rec for rec in doc["laws"] if rec["title"] == FSL)
    v2018 = next(v for v in law["versions"] if v["version"] == "2018-12-29")
    v2018.update(has_text=False, numbering_as="2021-04-29", articles=[], penalties=[], chapters=[])
    cat = Catalog(doc, load_aliases(rules_dir() / "laws" / "aliases.yaml"))
    assert cat.penalty_range(FSL, date(2020, 1, 1), 124, 1, base=5000) is None
    r = cat.penalty_range(FSL, date(2020, 1, 1), 124, 1, base=5000, allow_proxy=True)
    assert r is not None and (r.min_yuan, r.max_yuan) == (50000, 100000) and "numbering_proxy" in r.flags
    assert r.version == date(2021, 4, 29)


@pytest.mark.parametrize(("party", "lo", "hi"), [("个人", 0, 500), ("单位", 5000, 50000), (None, 0, 50000)])
def test_paragraph_subject_sets_the_party(party: str | None, lo: int, hi: int) -> None:
    """消防法 第六十条: 款1 “单位违反本法规定…” and 款2 “个人有前款…”."""
    r = catalog.penalty_range("消防法", date(2024, 1, 1), 60, party_kind=party)
    assert (r.min_yuan, r.max_yuan) == (lo, hi)

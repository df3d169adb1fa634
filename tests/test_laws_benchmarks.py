"""Discretion benchmarks: strict loading, lookup, bands, staleness and honesty of constructed ones."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from casecheck.laws import catalog
from casecheck.laws.benchmarks import (
    BenchmarkError,
    benchmark_stale,
    find_benchmark,
    load_benchmark_dir,
    load_benchmarks,
    parse_benchmark,
)
from casecheck.resources import rules_dir

SECTORS = {"市场监管", "生态环境", "交通运输", "应急管理", "城管执法", "消防"}


def test_shipped_benchmarks_load() -> None:
    bms = load_benchmarks()
    assert len(bms) >= 15
    assert {b.sector for b in bms} >= SECTORS


def test_worked_examples_present() -> None:
    ids = {b.id for b in load_benchmarks()}
    assert {"BM-GS-ROAD-63", "BM-FOOD-122-1", "BM-PRICE-7"} <= ids


@pytest.mark.parametrize(
    ("law", "article", "paragraph", "item", "bm_id"),
    [
        ("道路运输条例", 63, None, None, "BM-GS-ROAD-63"),
        ("《中华人民共和国道路运输条例》", 63, 1, 2, "BM-C-ROAD-63-1-2"),
        ("食品安全法", 122, 1, None, "BM-FOOD-122-1"),
        ("食品安全法", 124, 1, None, "BM-C-FOOD-124-1"),
        ("食品安全法", 124, 1, 5, "BM-C-FOOD-124-1"),
        ("价格违法行为行政处罚规定", 7, None, None, "BM-PRICE-7"),
        ("消防法", 60, 1, None, "BM-C-FIRE-60-1"),
        ("消防法", 60, 2, None, None),  # 个人 款 has no benchmark
        ("食品安全法", 34, None, None, None),
    ],
)
def test_find_benchmark(
    law: str, article: int, paragraph: int | None, item: int | None, bm_id: str | None
) -> None:
    bm = find_benchmark(law, article, paragraph, item)
    assert (bm.id if bm else None) == bm_id


PUBLISHED = ("P", "G", "3P", "unverified")


@pytest.mark.parametrize(
    ("law", "article", "paragraph", "item", "bm_id"),
    [
        ("消防法", 60, 1, 3, None),  # only a constructed benchmark covers it
        ("食品安全法", 122, 1, None, "BM-FOOD-122-1"),
        # the published (article-wide) benchmark stands in for the constructed 款/项 one
        ("中华人民共和国道路运输条例", 63, 1, 2, "BM-GS-ROAD-63"),
    ],
)
def test_find_benchmark_published_only(
    law: str, article: int, paragraph: int | None, item: int | None, bm_id: str | None
) -> None:
    bm = find_benchmark(law, article, paragraph, item, PUBLISHED)
    assert (bm.id if bm else None) == bm_id


def test_find_benchmark_rejects_an_unknown_evidence_grade() -> None:
    with pytest.raises(BenchmarkError, match="official"):
        find_benchmark("消防法", 60, 1, 3, ("official",))


@pytest.mark.parametrize(
    ("bm_id", "tier", "base", "expected"),
    [
        ("BM-GS-ROAD-63", "一般", 0, (30000, 50000)),
        ("BM-GS-ROAD-63", "较重", 30000, (120000, 210000)),
        ("BM-GS-ROAD-63", "严重", 10000, (70000, 100000)),
        ("BM-FOOD-122-1", "从轻", 5000, (50000, 65000)),
        ("BM-FOOD-122-1", "从轻", 20000, (200000, 260000)),
        ("BM-FOOD-122-1", "一般", 20000, None),  # cut off in the source: not guessed
        ("BM-FOOD-122-1", "从重", 5000, None),
        ("BM-PRICE-7", "减轻", 0, (50000, 100000)),
        ("BM-C-FIRE-60-1", "一般", None, (18500, 36500)),
    ],
)
def test_band_for(bm_id: str, tier: str, base: float | None, expected: tuple[float, float] | None) -> None:
    bm = next(b for b in load_benchmarks() if b.id == bm_id)
    band = bm.band_for(tier, base)
    assert (band.yuan_range(base) if band else None) == expected


@pytest.mark.parametrize(
    ("bm_id", "d", "stale"),
    [
        ("BM-GS-ROAD-63", date(2020, 6, 1), False),
        ("BM-GS-ROAD-63", date(2022, 6, 1), False),  # 2022 text: same 第六十三条 ranges
        ("BM-GS-ROAD-63", date(2023, 7, 20), True),  # 2023 text rewrote 第六十三条
        ("BM-GS-ROAD-63", date(2024, 6, 1), True),
        ("BM-C-ROAD-63-1-2", date(2024, 6, 1), False),
        ("BM-C-ROAD-63-1-2", date(2022, 6, 1), True),  # 第六十三条第一款第二项 did not exist
        ("BM-FOOD-122-1", date(2017, 6, 1), False),  # 2015 text: same ranges
        ("BM-FOOD-122-1", date(2019, 6, 1), False),  # 2018 text: same ranges
        ("BM-C-AD-58-1", date(2019, 6, 1), False),  # 2018 text: same 第五十八条 ranges
        ("BM-C-AD-58-1", date(2014, 6, 1), True),  # before the earliest 广告法 text: cannot verify
        ("BM-PRICE-7", date(2024, 6, 1), False),
    ],
)
def test_benchmark_stale(bm_id: str, d: date, stale: bool) -> None:
    bm = next(b for b in load_benchmarks() if b.id == bm_id)
    message = benchmark_stale(bm, d)
    assert (message is not None) is stale
    if message:
        assert bm.id in message


def test_constructed_benchmarks_split_the_statutory_range_30_40_30() -> None:
    for bm in load_benchmarks():
        if bm.evidence != "constructed":
            continue
        assert bm.issuer == "casecheck (illustrative, 30/40/30 split)" and bm.source is None
        assert [t.name for t in bm.tiers] == ["从轻", "一般", "从重"]
        b = bm.basis
        built = next(v for v in catalog.get_law(b.law).versions if v.version == b.version)
        r = catalog.penalty_range(b.law, built.effective, b.article, b.paragraph, b.item, serious=False)
        assert r is not None and r.confidence == "high", bm.id
        for k in range(len(bm.tiers[0].bands)):
            lo_band, mid, hi_band = (t.bands[k] for t in bm.tiers)
            lo, hi = (
                (lo_band.min_yuan, hi_band.max_yuan)
                if lo_band.min_yuan is not None
                else (lo_band.min_multiple, hi_band.max_multiple)
            )
            inner = (
                (lo_band.max_yuan, mid.min_yuan, mid.max_yuan, hi_band.min_yuan)
                if lo_band.min_yuan is not None
                else (lo_band.max_multiple, mid.min_multiple, mid.max_multiple, hi_band.min_multiple)
            )
            assert inner[0] == inner[1] and inner[2] == inner[3], bm.id
            assert (
                abs(inner[0] - (lo + 0.3 * (hi - lo))) < 1e-9
                and abs(inner[2] - (lo + 0.7 * (hi - lo))) < 1e-9
            )
            clauses = r.clauses
            bounds = {(c.min_yuan, c.max_yuan) for c in clauses} | {
                (c.min_multiple, c.max_multiple) for c in clauses
            }
            assert (lo, hi) in bounds, (bm.id, lo, hi, bounds)


GOOD = {
    "id": "BM-T",
    "title": "t",
    "issuer": "x",
    "sector": "市场监管",
    "source": None,
    "evidence": "3P",
    "complete": True,
    "basis": {"law": "食品安全法", "version": "2021-04-29", "article": 122, "paragraph": 1, "item": None},
    "tiers": [{"name": "一般", "conditions": "c", "bands": [{"when": None, "min_yuan": 1, "max_yuan": 2}]}],
}


def _with(path: list[str | int], value: object) -> dict:
    data = yaml.safe_load(yaml.safe_dump(GOOD, allow_unicode=True))
    node = data
    for key in path[:-1]:
        node = node[key]
    if value is KeyError:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return data


def test_good_document_parses() -> None:
    assert parse_benchmark(GOOD, "good.yaml").id == "BM-T"


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (["colour"], "red", "unknown key 'colour'"),
        (["complete"], "yes", "'complete' must be bool"),
        (["evidence"], "rumour", "'evidence'"),
        (["basis", "article"], "一百二十二", "'article' must be int"),
        (["basis", "clause"], 1, "unknown key 'clause'"),
        (["tiers", 0, "name"], "很重", "'name' must be one of"),
        (["tiers", 0, "bands", 0, "when"], "value < 3", "'when' must look like"),
        (["tiers", 0, "bands", 0, "min_multiple"], 2, "either yuan bounds or multiple bounds"),
        (["tiers", 0, "bands", 0, "max_yuan"], "2万", "'max_yuan' must be"),
        (["tiers", 0, "bands"], [], "at least one band"),
        (["title"], KeyError, "missing key"),
        (["issuer"], "someone", None),
    ],
)
def test_strict_validation(path: list[str | int], value: object, message: str | None) -> None:
    data = _with(path, value)
    if message is None:
        parse_benchmark(data, "bad.yaml")
        return
    with pytest.raises(BenchmarkError) as err:
        parse_benchmark(data, "bad.yaml")
    assert "bad.yaml" in str(err.value) and message in str(err.value)


def test_constructed_must_say_so() -> None:
    data = _with(["evidence"], "constructed")
    with pytest.raises(BenchmarkError, match="casecheck"):
        parse_benchmark(data, "bad.yaml")


def test_duplicate_ids_rejected(tmp_path: Path) -> None:
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text(yaml.safe_dump(GOOD, allow_unicode=True), encoding="utf-8")
    with pytest.raises(BenchmarkError, match="duplicate"):
        load_benchmark_dir(tmp_path)


def test_every_basis_exists_in_the_catalog() -> None:
    for bm in load_benchmark_dir(rules_dir() / "benchmarks"):
        law = catalog.get_law(bm.basis.law)
        assert law is not None, bm.id
        version = next((v for v in law.versions if v.version == bm.basis.version), None)
        assert version is not None, bm.id
        assert version.has_article(bm.basis.article, bm.basis.paragraph, bm.basis.item), bm.id


def test_to_dict() -> None:
    d = next(b for b in load_benchmarks() if b.id == "BM-GS-ROAD-63").to_dict()
    assert d["basis"]["version"] == "2019-03-02" and d["tiers"][0]["name"] == "一般"

"""Every provision the generator cites exists in the official text with the shape and range stated."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from casecheck.generate import scenarios as sc
from casecheck.generate.ids import cn_int

LAWS = Path(__file__).resolve().parents[2] / "shared" / "laws"
ART_RE = re.compile(r"^第([一二三四五六七八九十百零]+)条 ", re.M)


def _law_file(p: sc.Provision) -> Path:
    title = p.law.removeprefix("中华人民共和国")
    return LAWS / f"{title}({p.version}).md"


def _article(text: str, article: int) -> list[str]:
    """Paragraph lines of an article (first line without the 第X条 prefix)."""
    m = re.search(
        rf"^第{cn_int(article)}条 (.*?)(?=^第[一二三四五六七八九十百零]+条 |^#|\Z)", text, re.S | re.M
    )
    assert m, f"article {article} missing"
    return [ln.strip() for ln in m.group(1).split("\n") if ln.strip()]


def _shape(lines: list[str]) -> list[int]:
    """Items per paragraph: one entry per 款, value = number of 项 under it."""
    shape: list[int] = []
    for ln in lines:
        if ln.startswith("（"):
            shape[-1] += 1
        else:
            shape.append(0)
    return shape


def _all_provisions() -> list[tuple[str, sc.Provision]]:
    out = []
    for s in sc.SCENARIOS:
        out += [(f"{s.key}:violated", p) for p in s.violated] + [(f"{s.key}:penalty", p) for p in s.penalty]
    for name in (
        "APL_ORDER",
        "APL_LATE_FINE",
        "APL_LATE_FINE_OLD",
        "APL_NO_PENALTY",
        "APL_MITIGATE",
        "APL_SUMMARY",
    ):
        out.append((name, getattr(sc, name)))
    return out


pytestmark = pytest.mark.skipif(not LAWS.is_dir(), reason="shared/laws not available")


@pytest.mark.parametrize(("name", "prov"), _all_provisions(), ids=[n for n, _ in _all_provisions()])
def test_provision_exists_with_shape(name: str, prov: sc.Provision) -> None:
    text = _law_file(prov).read_text(encoding="utf-8")
    last = max(_cn(m) for m in ART_RE.findall(text))
    assert prov.last_article == last, f"{name}: last article {last}"
    shape = _shape(_article(text, prov.article))
    assert len(shape) == prov.paragraphs, f"{name}: {len(shape)} 款"
    para = (prov.paragraph or 1) - 1
    assert para < len(shape)
    assert shape[para] == prov.items, f"{name}: 款{para + 1} has {shape[para]} 项"
    if prov.item:
        assert prov.item <= shape[para]


def _cn(s: str) -> int:
    from casecheck.generate.oracle import cn2int

    return cn2int(s)


@pytest.mark.parametrize("scn", sc.SCENARIOS, ids=[s.key for s in sc.SCENARIOS])
def test_fine_range_text_in_penalty_article(scn: sc.Scenario) -> None:
    texts = []
    for p in scn.penalty:
        texts += _article(_law_file(p).read_text(encoding="utf-8"), p.article)
    assert scn.fine.text in "".join(texts), scn.fine.text


@pytest.mark.parametrize("scn", sc.SCENARIOS, ids=[s.key for s in sc.SCENARIOS])
def test_in_force_dates_match_versions(scn: sc.Scenario) -> None:
    for p in (*scn.violated, *scn.penalty):
        assert p.in_force >= p.version
        assert _law_file(p).exists()


def test_at_least_six_domains() -> None:
    assert len(sc.domains()) >= 6


@pytest.mark.parametrize(("name", "prov"), _all_provisions(), ids=[n for n, _ in _all_provisions()])
def test_provision_agrees_with_project_catalog(name: str, prov: sc.Provision) -> None:
    import datetime as dt

    catalog = pytest.importorskip("casecheck.laws.catalog")
    day = dt.date.fromisoformat(prov.in_force) + dt.timedelta(days=60)
    if prov.version == "2017-09-01":
        day = dt.date(2020, 1, 1)
    version = catalog.in_force(prov.law, day)
    if version is None:
        pytest.skip(f"{prov.law} not in the catalog")
    article = version.article(str(prov.article))
    assert article is not None, name
    assert len(article.paragraphs) == prov.paragraphs, name
    assert len(article.paragraphs[(prov.paragraph or 1) - 1].items) == prov.items, name

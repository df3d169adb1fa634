"""rules/laws/provisions.yaml: every pair exists at its version and matches what the catalog parses."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from casecheck.laws.catalog import load_catalog
from casecheck.laws.markdown import parse_path
from casecheck.laws.provisions import fine_alternatives, load_provisions

PAIRS = load_provisions()
SECTORS = {"市场监管", "生态环境", "交通运输", "应急管理", "城管执法", "消防"}


def test_size_and_sectors() -> None:
    assert 25 <= len(PAIRS) <= 40
    assert set(Counter(p.sector for p in PAIRS)) >= SECTORS
    assert len({p.id for p in PAIRS}) == len(PAIRS)


@pytest.mark.parametrize("pair", PAIRS, ids=[p.id for p in PAIRS])
def test_pair_matches_catalog(pair) -> None:
    cat = load_catalog()
    for ref in (pair.violated, pair.penalty):
        law = cat.law(ref.law)
        assert law is not None and law.has_text, ref.law
        version = next((v for v in law.versions if v.version == ref.version), None)
        assert version is not None, (ref.law, ref.version)
        assert version.has_article(ref.article, ref.paragraph, ref.item), ref
    kinds, fine = fine_alternatives(cat, pair.penalty)
    assert pair.kinds == kinds
    assert pair.fine == fine
    assert fine, "every pair must have a parsed fine range"
    assert set(pair.parties) <= {"单位", "个人"} and pair.parties


@pytest.mark.parametrize("pair", PAIRS, ids=[p.id for p in PAIRS])
def test_pair_against_law_text(pair, shared: Path) -> None:
    """The cited 条/款/项 exist in the original Markdown file, not only in the compiled catalog."""
    for ref in (pair.violated, pair.penalty):
        law = load_catalog().law(ref.law)
        short = law.short
        path = shared / "laws" / f"{short}({ref.version.isoformat()}).md"
        parsed = parse_path(path)
        art = next(a for a in parsed.articles if a.key == str(ref.article))
        para = art.paragraphs[(ref.paragraph or 1) - 1]
        if ref.item:
            assert len(para.items) >= ref.item

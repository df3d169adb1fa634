"""The shipped catalog is reproducible from shared/laws, and the importer reports what it did."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from casecheck.laws.build import build_catalog, dump_catalog, import_laws, texts_dir
from casecheck.resources import rules_dir

SHIPPED = rules_dir() / "laws" / "catalog.json.gz"


def test_shipped_catalog_is_reproducible(shared: Path, tmp_path: Path) -> None:
    out = tmp_path / "catalog.json.gz"
    summary = import_laws(shared / "laws", out)
    assert summary.warnings == []
    assert summary.laws >= 37 and summary.versions >= 46 and summary.articles > 4000
    assert summary.parsed_ranges > 400
    built = json.loads(gzip.decompress(out.read_bytes()))
    shipped = json.loads(gzip.decompress(SHIPPED.read_bytes()))
    assert built == shipped, "rules/laws/catalog.json.gz is stale: rebuild with import_laws()"
    assert out.read_bytes() == SHIPPED.read_bytes()  # deterministic gzip, no timestamps


def test_catalog_size_budget() -> None:
    assert SHIPPED.stat().st_size < 1_500_000


def test_output_is_deterministic(shared: Path) -> None:
    doc, _ = build_catalog(shared / "laws")
    assert dump_catalog(doc) == dump_catalog(json.loads(json.dumps(doc)))


def test_every_file_becomes_a_version(shared: Path) -> None:
    # the shared texts and those kept in rules/laws/texts (instruments shared/laws lacks)
    files = sorted(p.name for d in (shared / "laws", texts_dir()) for p in d.glob("*(*).md"))
    shipped = json.loads(gzip.decompress(SHIPPED.read_bytes()))
    names = sorted(v["file"] for law in shipped["laws"] for v in law["versions"] if v["has_text"])
    assert names == files


def test_every_version_dates_are_sourced() -> None:
    shipped = json.loads(gzip.decompress(SHIPPED.read_bytes()))
    for law in shipped["laws"]:
        for v in law["versions"]:
            assert v["effective_source"] in {"text", "readme", "assumed"}, (law["title"], v["version"])
            if v["end"] is not None:
                assert v["end_source"] in {"text", "readme", "assumed"}, (law["title"], v["version"])

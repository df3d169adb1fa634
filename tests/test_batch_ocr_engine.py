"""The facts cache and the OCR engine: a text-layer case never asks tesseract for its version
(~90 ms of CPU a run); a case read through OCR is stored with the engine's version, and its facts
and record are reused only under the same engine."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw

from casecheck.api import ReviewOptions
from casecheck.batch import cache as cache_mod
from casecheck.batch import pipeline
from casecheck.batch.cache import FactsCache, RecordCache
from casecheck.batch.pipeline import review_case
from casecheck.batch.runner import batch_children
from casecheck.generate.api import generate
from casecheck.ingest import ocr as ocr_mod
from casecheck.ingest import reader
from casecheck.ingest.ocr import OcrResult

OCR_TEXT = "行政处罚决定书\n当事人：某某有限公司\n经查，当事人未按规定办理。\n二〇二四年三月五日\n"


@pytest.fixture
def no_engine_cached() -> Any:
    cache_mod.ocr_engine.cache_clear()
    yield
    cache_mod.ocr_engine.cache_clear()


def test_a_text_case_never_asks_for_the_ocr_engine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_engine_cached: None
) -> None:
    generate(1, 5, tmp_path / "batch", ("txt",))
    case = next(c for c in batch_children(tmp_path / "batch") if c.name.startswith("case_"))

    def boom() -> str:
        raise AssertionError("tesseract was asked for its version on a text case")

    monkeypatch.setattr(ocr_mod, "tesseract_version", boom)
    facts, records = FactsCache(tmp_path / "facts"), RecordCache(tmp_path / "records")
    options = ReviewOptions(model=None, ocr=True)
    first = review_case(case, options, facts, records)
    assert first["status"] == "reviewed", first.get("error")
    assert review_case(case, options, facts, records) == first
    stored = [facts.get(p.name.removesuffix(".json.z")) for p in (tmp_path / "facts").rglob("*.json.z")]
    assert stored and all("ocr_engine" not in entry for entry in stored if entry)


def test_ocr_facts_are_reused_only_under_the_same_engine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_engine_cached: None
) -> None:
    scan = tmp_path / "scan.png"
    image = Image.new("RGB", (400, 300), "white")
    ImageDraw.Draw(image).rectangle((40, 40, 360, 80), fill="black")
    image.save(scan)
    calls: list[int] = []

    def fake_ocr(image: Image.Image, **_kw: Any) -> OcrResult:
        calls.append(1)
        return OcrResult(OCR_TEXT, 91.0)

    engine = ["tesseract 5.3.0"]
    monkeypatch.setattr(reader, "ocr_image", fake_ocr)
    monkeypatch.setattr(pipeline, "ocr_engine", lambda: engine[0])
    facts, records = FactsCache(tmp_path / "facts"), RecordCache(tmp_path / "records")
    options = ReviewOptions(model=None, ocr=True, cache_dir=tmp_path / "ocr")
    first = review_case(scan, options, facts, records)
    assert first["status"] == "reviewed", first.get("error")
    assert len(calls) == 1
    [entry] = [facts.get(p.name.removesuffix(".json.z")) for p in (tmp_path / "facts").rglob("*.json.z")]
    assert entry is not None and entry["ocr_engine"] == "tesseract 5.3.0"
    # same engine: the stored record comes back, nothing is read again
    assert review_case(scan, options, facts, records) == first
    assert len(calls) == 1
    # another engine: neither the facts nor the record are reused; the case is read again
    engine[0] = "tesseract 5.4.1"
    assert review_case(scan, options, facts, records) == first
    assert len(calls) == 2
    [entry] = [facts.get(p.name.removesuffix(".json.z")) for p in (tmp_path / "facts").rglob("*.json.z")]
    assert entry is not None and entry["ocr_engine"] == "tesseract 5.4.1"
    # and back under the first engine's name: a miss again (the entry now holds the other one)
    engine[0] = "tesseract 5.3.0"
    review_case(scan, options, facts, records)
    assert len(calls) == 3

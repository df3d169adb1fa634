"""OCR: tesseract output clean-up, confidence, the cache, failure modes, and real OCR runs."""

from __future__ import annotations

import difflib
import json
import subprocess
from pathlib import Path

import pytest
from ingest_builders import DECISION_LINES, make_image_pdf, render_lines
from PIL import Image

from casecheck.ingest import ocr, reader
from casecheck.ingest.cache import JsonCache, default_cache_dir
from casecheck.ingest.ocr import OcrResult, mean_confidence, ocr_image, postprocess
from casecheck.model import CaseError


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("行 政 处 罚 决 定 书", "行政处罚决定书"),  # the spaced-CJK artefact
        ("送达文书名称 行政处罚决定书", "送达文书名称 行政处罚决定书"),  # a real gap is kept
        ("当事人 : 上海某某公司", "当事人：上海某某公司"),
        ("没收违法所得3600元 ;", "没收违法所得3600元；"),
        ("沪市监浦处〔2024] 12号", "沪市监浦处〔2024〕12号"),
        ("《 产品质量法 》 第三十九条", "《产品质量法》第三十九条"),
        ("时间 10:30", "时间 10:30"),
        ("[2024〕3号 (2024)沪0115民初1号", "〔2024〕3号 (2024)沪0115民初1号"),
        ("第一行\n\n第二行\n\f", "第一行\n第二行"),
        ("行政处罚决定书〈简易程序)", "行政处罚决定书（简易程序）"),  # ( read as 〈
        ("2023年7月3I日", "2023年7月31日"),  # 1 read as I inside a date
        ("2O23年1O月", "2023年10月"),  # 0 read as O inside numbers
        ("Q/JSH0010S ISO9001", "Q/JSH0010S ISO9001"),  # letters in codes stay letters
        ("GB/T 19001-2016 IDC", "GB/T 19001-2016 IDC"),
    ],
)
def test_postprocess(raw: str, expected: str) -> None:
    assert postprocess(raw) == expected


def test_mean_confidence_from_tsv() -> None:
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        head,
        "4\t1\t1\t1\t1\t0\t0\t0\t9\t9\t-1\t",
        "5\t1\t1\t1\t1\t1\t0\t0\t9\t9\t90\t行",
        "5\t1\t1\t1\t1\t2\t0\t0\t9\t9\t80\t政",
    ]
    assert mean_confidence("\n".join(rows)) == 85.0
    assert mean_confidence(head) is None


def test_cache_round_trip_and_default_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = JsonCache(tmp_path / "c")
    assert cache.get("ab" * 32) is None
    cache.put("ab" * 32, {"text": "行政处罚", "confidence": 90.0})
    assert cache.get("ab" * 32) == {"text": "行政处罚", "confidence": 90.0}
    assert not list((tmp_path / "c").rglob(".tmp-*"))
    (tmp_path / "c" / "ab" / f"{'ab' * 32}.json").write_text("{broken")
    assert cache.get("ab" * 32) is None
    monkeypatch.setenv("CASECHECK_CACHE", str(tmp_path / "ocr-cache"))
    assert default_cache_dir() == tmp_path / "ocr-cache"
    monkeypatch.delenv("CASECHECK_CACHE")
    assert default_cache_dir() == Path.home() / ".cache" / "casecheck" / "ocr"


def test_ocr_result_is_cached_by_image_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    monkeypatch.setattr(ocr, "tesseract_version", lambda: "tesseract 5")
    monkeypatch.setattr(ocr, "_run", lambda image, timeout: calls.append(1) or OcrResult("决 定 书", 88.0))
    cache = JsonCache(tmp_path)
    image = Image.new("L", (40, 20), 255)
    assert ocr_image(image, cache=cache) == ocr_image(image.copy(), cache=cache) == OcrResult("决定书", 88.0)
    assert len(calls) == 1
    (entry,) = tmp_path.rglob("*.json")  # raw tesseract output is cached, post-processing is not
    assert json.loads(entry.read_text(encoding="utf-8")) == {"text": "决 定 书", "confidence": 88.0}


def test_timeout_leaves_the_page_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(cmd, **kwargs):  # type: ignore[no-untyped-def]
        assert kwargs["env"]["OMP_THREAD_LIMIT"] == "1" and "--psm" in cmd
        raise subprocess.TimeoutExpired(cmd, kwargs["timeout"])

    monkeypatch.setattr(ocr, "tesseract_version", lambda: "tesseract 5")
    monkeypatch.setenv("CASECHECK_OCR_ENGINE", "cli")  # the command per page (the server: test_ocr_server)
    monkeypatch.setattr(subprocess, "run", slow)
    result = ocr_image(Image.new("L", (40, 20), 255), timeout=3)
    assert result.text == "" and "timed out" in (result.warning or "")


def test_missing_tesseract_is_ocr_unavailable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    ocr.tesseract_version.cache_clear()
    try:
        path = tmp_path / "page.png"
        Image.new("L", (40, 20), 255).save(path)
        with pytest.raises(CaseError) as err:
            reader.read_file(path, cache_dir=tmp_path / "cache")
        assert err.value.kind == "ocr_unavailable" and "apt-get install" in err.value.message
    finally:
        ocr.tesseract_version.cache_clear()


def test_multi_page_tiff_is_ocred_page_by_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        reader, "ocr_image", lambda image, cache=None: OcrResult(f"第{image.size[0]}页", 90.0)
    )
    path = tmp_path / "scan.tif"
    first, second = Image.new("RGB", (30, 10), "white"), Image.new("RGB", (40, 10), "white")
    first.save(path, save_all=True, append_images=[second])
    sf = reader.read_file(path, cache_dir=tmp_path / "cache")
    assert sf.kind == "image" and [p.text for p in sf.pages] == ["第30页", "第40页"]
    assert all(p.method == "ocr" and p.confidence == 90.0 for p in sf.pages)


def _similarity(got: str, expected: str) -> float:
    return difflib.SequenceMatcher(None, got.replace("\n", ""), expected.replace("\n", "")).ratio()


@pytest.mark.slow
def test_real_ocr_of_a_rendered_page(tmp_path: Path) -> None:
    path = tmp_path / "page.png"
    render_lines(DECISION_LINES).save(path)
    sf = reader.read_file(path, cache_dir=tmp_path / "cache")
    page = sf.pages[0]
    assert page.method == "ocr" and page.confidence is not None and page.confidence > 70
    for key in ("行政处罚决定书", "〔2024〕12号", "50000元", "第三十九条", "决定如下："):
        assert key in page.text
    assert _similarity(page.text, "\n".join(DECISION_LINES)) > 0.95
    # the second read is served from the cache
    assert reader.read_file(path, cache_dir=tmp_path / "cache").pages[0].text == page.text


@pytest.mark.slow
def test_real_ocr_of_a_scanned_pdf_page(tmp_path: Path) -> None:
    lines = DECISION_LINES[:4]
    path = make_image_pdf(tmp_path / "scan.pdf", render_lines(lines, size=50))
    page = reader.read_file(path, cache_dir=tmp_path / "cache").pages[0]
    assert page.method == "ocr"
    assert "行政处罚决定书" in page.text and "2024" in page.text

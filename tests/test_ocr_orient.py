"""Pages turned by 90°/180°/270° without EXIF: the turn check (``orient``) and ``ocr._read``."""

from __future__ import annotations

import pytest
from ingest_builders import DECISION_LINES, render_lines
from PIL import Image

from casecheck.ingest import ocr, orient
from casecheck.ingest.ocr import OcrResult
from casecheck.model import OcrWord, OcrWords

OSD_OUT = (
    "Page number: 0\nOrientation in degrees: 270\nRotate: 90\nOrientation confidence: 14.78\n"
    "Script: Han\nScript confidence: 1.05\n"
)


@pytest.mark.parametrize(
    ("output", "turn"),
    [
        (OSD_OUT, 90),
        (OSD_OUT.replace("Rotate: 90", "Rotate: 0"), 0),
        (OSD_OUT.replace("Rotate: 90", "Rotate: 270"), 270),
        (OSD_OUT.replace("Rotate: 90", "Rotate: 45"), None),  # not a quarter turn
        ("", None),  # "Too few characters. Skipping this page" goes to stderr
    ],
)
def test_parse_osd(output: str, turn: int | None) -> None:
    assert orient.parse_osd(output) == turn


def _words(n: int) -> OcrWords:
    return OcrWords(100, 100, tuple(OcrWord("字", i, 0, 5, 5, 20.0, 0) for i in range(n)))


@pytest.mark.parametrize(
    ("confidence", "n_words", "asked"),
    [
        (12.6, 198, True),  # a page lying on its side, read as it lies
        (80.9, 144, False),  # the worst upright page of the degraded scan corpus
        (12.6, 3, False),  # a near-empty page: too little text to tell
        (None, 198, False),
    ],
)
def test_looks_turned(confidence: float | None, n_words: int, asked: bool) -> None:
    assert orient.looks_turned(confidence, _words(n_words)) is asked


def _fake_run(seen: list[tuple[int, int]]):  # type: ignore[no-untyped-def]
    """A stand-in tesseract: wide images (a portrait page on its side) read badly."""

    def run(image: Image.Image, timeout: float) -> OcrResult:
        seen.append(image.size)
        if image.width > image.height:
            return OcrResult("乱码", 15.0, words=_words(50))
        return OcrResult("决定书", 90.0, words=_words(50))

    return run


def test_a_turned_page_is_read_upright_without_word_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[int, int]] = []
    monkeypatch.setattr(ocr, "_run", _fake_run(seen))
    monkeypatch.setattr(orient, "detect_turn", lambda gray, timeout: 90)
    assert ocr._read(Image.new("L", (300, 200), 255), 5) == OcrResult("决定书", 90.0)
    assert seen == [(300, 200), (200, 300)]


def test_an_upright_page_is_not_asked_about(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[int, int]] = []
    monkeypatch.setattr(ocr, "_run", _fake_run(seen))
    monkeypatch.setattr(orient, "detect_turn", lambda gray, timeout: pytest.fail("OSD on a good page"))
    assert ocr._read(Image.new("L", (200, 300), 255), 5).confidence == 90.0


@pytest.mark.parametrize("turn", [None, 0, 180])
def test_the_first_reading_stays_unless_the_turned_one_is_better(
    monkeypatch: pytest.MonkeyPatch, turn: int | None
) -> None:
    seen: list[tuple[int, int]] = []
    monkeypatch.setattr(ocr, "_run", _fake_run(seen))
    monkeypatch.setattr(orient, "detect_turn", lambda gray, timeout: turn)
    result = ocr._read(Image.new("L", (300, 200), 255), 5)  # 180° keeps it wide: no better
    assert result.text == "乱码" and result.words is not None


def _failing_osd(gray: Image.Image, timeout: float) -> int:
    raise orient.OsdFailed("TimeoutExpired")


def test_a_failed_turn_check_is_not_cached(monkeypatch: pytest.MonkeyPatch) -> None:
    """A timeout says nothing about the page: the first reading comes back with a warning, so
    ``ocr_image`` keeps it out of the cache and a later run tries again."""
    seen: list[tuple[int, int]] = []
    monkeypatch.setattr(ocr, "_run", _fake_run(seen))
    monkeypatch.setattr(orient, "detect_turn", _failing_osd)
    monkeypatch.setattr(ocr, "tesseract_version", lambda: "tesseract 5")
    stored: dict[str, object] = {}

    class Cache:
        def get(self, key: str) -> None:
            return None

        def put(self, key: str, value: object) -> None:
            stored[key] = value

    result = ocr.ocr_image(Image.new("L", (300, 200), 255), cache=Cache(), timeout=5)  # type: ignore[arg-type]
    assert result.text == "乱码" and "orientation check failed" in (result.warning or "")
    assert stored == {}


def test_a_failed_second_reading_is_not_cached(monkeypatch: pytest.MonkeyPatch) -> None:
    def run(image: Image.Image, timeout: float) -> OcrResult:
        if image.width > image.height:
            return OcrResult("乱码", 15.0, words=_words(50))
        return OcrResult("", None, "OCR timed out after 5 s; page left empty")

    monkeypatch.setattr(ocr, "_run", run)
    monkeypatch.setattr(orient, "detect_turn", lambda gray, timeout: 90)
    result = ocr._read(Image.new("L", (300, 200), 255), 5)
    assert result.text == "乱码" and "turned upright failed" in (result.warning or "")


def test_cache_key_changes_with_the_turn_check(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "tesseract_version", lambda: "tesseract 5")
    page = Image.new("L", (40, 20), 255)
    key = ocr._cache_key(page)
    monkeypatch.setattr(orient, "VERSION", "other")
    assert ocr._cache_key(page) != key


@pytest.mark.slow
@pytest.mark.parametrize("turn", [Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_270])
def test_real_ocr_of_a_page_turned_on_its_side(turn: Image.Transpose) -> None:
    # Before the turn check tesseract read this page as it lies: mean confidence ~13, garbage.
    page = render_lines(DECISION_LINES).transpose(turn)
    result = ocr.ocr_image(page)
    assert result.confidence is not None and result.confidence > 70
    for key in ("行政处罚决定书", "〔2024〕12号", "第三十九条"):
        assert key in result.text, key


@pytest.mark.slow
def test_real_near_empty_turned_page_gets_no_osd_answer() -> None:
    page = render_lines(["决定书"]).transpose(Image.Transpose.ROTATE_90)
    assert orient.detect_turn(page.convert("L"), 60) is None  # "Too few characters"
    ocr.ocr_image(page)  # and reading it is no error


@pytest.mark.parametrize(("first", "second", "tried", "kept"), [
    (14.0, 30.0, True, 30.0),  # OSD saw no turn on a page read at 14: read upside down too, better
    (14.0, 10.0, True, 14.0),  # …and kept as first read when that is no better
    (40.0, 90.0, False, 40.0),  # a poor page at 40 is no upside-down suspect
])  # fmt: skip
def test_a_page_read_very_badly_is_read_upside_down_too(
    monkeypatch: pytest.MonkeyPatch, first: float, second: float, tried: bool, kept: float
) -> None:
    readings: list[Image.Image] = []

    def run(image: Image.Image, timeout: float) -> OcrResult:
        readings.append(image)
        return OcrResult("", first if len(readings) == 1 else second, words=_words(50))

    monkeypatch.setattr(ocr, "_run", run)
    monkeypatch.setattr(ocr, "prepare", lambda image: image)
    monkeypatch.setattr(orient, "detect_turn", lambda gray, timeout: 0)  # OSD: upright
    page = Image.new("L", (200, 300), 255)
    page.putpixel((0, 0), 0)  # a mark in one corner: turned 180° it stands in the other
    result = ocr._read(page, 5)
    assert len(readings) == (2 if tried else 1) and result.confidence == kept
    if tried:
        assert readings[1].getpixel((199, 299)) == 0

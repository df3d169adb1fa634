"""OCR word boxes: TSV parsing, the cache entry, and the alignment with post-processed text."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from PIL import Image

from casecheck.ingest import ocr
from casecheck.ingest.cache import JsonCache
from casecheck.ingest.ocr import OcrResult, ocr_image, postprocess
from casecheck.ingest.ocrwords import (
    align,
    parse_tsv,
    scale_rect,
    span_boxes,
    word_rects,
    words_from_json,
    words_to_json,
)
from casecheck.model import OcrWord, OcrWords

HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def test_parse_tsv_keeps_recognised_words_and_numbers_lines() -> None:
    rows = [
        HEAD,
        "1\t1\t0\t0\t0\t0\t0\t0\t1600\t700\t-1\t",
        "4\t1\t1\t1\t1\t0\t80\t50\t600\t40\t-1\t",
        "5\t1\t1\t1\t1\t1\t82\t54\t36\t35\t92.768364\t上",
        "5\t1\t1\t1\t1\t2\t127\t53\t70\t38\t91.5\t海市",
        "5\t1\t1\t1\t1\t3\t200\t53\t10\t38\t95\t ",  # a blank word: no text, no box
        "5\t1\t1\t1\t2\t1\t81\t123\t40\t38\t96.7\t行",
        "5\t1\t2\t1\t1\t1\t81\t190\t40\t38\t90\t沪",  # next block: a new line
        "5\t1\t2\t1\t1\t2\tx\t190\t40\t38\t90\t市",  # malformed: skipped
        "5\t1\t2\t1\t1\t3\t81\t190\t40\t38",  # truncated row: skipped
    ]
    words = parse_tsv("\n".join(rows))
    assert [w.text for w in words] == ["上", "海市", "行", "沪"]
    assert [w.line for w in words] == [0, 0, 1, 2]
    assert words[1] == OcrWord("海市", 127, 53, 70, 38, 91.5, 0)
    assert parse_tsv(HEAD) == () and parse_tsv("") == ()


def test_words_round_trip_through_json() -> None:
    words = (OcrWord("决定", 10, 20, 30, 40, 91.23456, 0), OcrWord("书", 45, 20, 15, 40, 88.0, 0))
    packed = json.loads(json.dumps(words_to_json(words)))
    assert isinstance(packed, str) and packed.isascii()
    back = words_from_json(packed)
    assert back is not None and [w.text for w in back] == ["决定", "书"]
    assert back[0].confidence == 91 and back[1] == words[1]
    assert words_from_json([["决定", 10, 20, 30, 40, 91.2, 0]]) == (OcrWord("决定", 10, 20, 30, 40, 91.2, 0),)
    not_zlib = base64.b64encode(b"[]").decode()
    bad_rows = [[["决", 1, 2]], [[5, 1, 2, 3, 4, 90, 0]], [["决", "a", 2, 3, 4, 90, 0]]]
    for bad in (None, 3, "x!", not_zlib, *bad_rows):
        assert words_from_json(bad) is None
    assert words_from_json([]) == () and words_from_json(words_to_json([])) == ()


def _page(lines: list[list[str]], char_w: int = 40) -> tuple[str, OcrWords]:
    """Raw tesseract text of ``lines`` (words joined by spaces) and words boxed on a grid:
    every character ``char_w`` wide, line ``i`` at ``y = 100 + 60 i``."""
    words = []
    for i, line in enumerate(lines):
        x = 100
        for w in line:
            words.append(OcrWord(w, x, 100 + 60 * i, char_w * len(w), 40, 90.0, i))
            x += char_w * (len(w) + 1)
    raw = "\n".join(" ".join(line) for line in lines)
    return raw, OcrWords(2000, 1000, tuple(words))


RAW_LINES = [
    [*"行政处罚决定书", "〈简易程序)"],  # ( read as 〈
    ["沪", "市", "监", "浦", "处", "〔2024]", "12号"],  # 〕 read as ]
    [*"当事人", ":", *"上海某某公司"],  # a half-width colon with spaces
    ["于", "2O23年7月3I日", "检查"],  # letters for digits
]


def test_alignment_survives_the_postprocess_rewrites() -> None:
    raw, ocr_words = _page(RAW_LINES)
    text = postprocess(raw)
    assert text.splitlines() == [
        "行政处罚决定书（简易程序）",
        "沪市监浦处〔2024〕12号",
        "当事人：上海某某公司",
        "于 2023年7月31日检查",  # a space next to a digit is kept
    ]
    mapping = align(text, ocr_words.words)
    assert all(m is not None for ch, m in zip(text, mapping, strict=True) if not ch.isspace())

    def boxes(quote: str) -> list[tuple[float, float, float, float]] | None:
        start = text.index(quote)
        return span_boxes(text, ocr_words, start, start + len(quote), mapping)

    # 〔2024〕 is the sixth word of line 1 (x = 100 + 40·2·5 = 500), 12号 the seventh
    assert boxes("〔2024〕12号") == [(500.0, 160, 500 + 40 * 6 + 40 + 40 * 3, 200)]
    assert boxes("：上海") == [(100 + 80 * 3, 220, 100 + 80 * 5 + 40, 260)]
    # a share of a longer word: 7月 is characters 5–6 of the 10-character 2O23年7月3I日 at x = 180
    assert boxes("7月") == [(180 + 40 * 5, 280, 180 + 40 * 7, 320)]
    assert boxes("（简易程序）") == [(100 + 80 * 7, 40 * 2.5, 100 + 80 * 7 + 40 * 6, 140)]
    # across a line break: one rectangle per line
    two = boxes("12号\n当事人")
    assert two is not None and len(two) == 2 and two[0][1] == 160 and two[1][1] == 220


def test_text_the_words_do_not_hold_gets_no_box() -> None:
    raw, ocr_words = _page(RAW_LINES)
    text = postprocess(raw) + "\n另附说明一份"  # not in the OCR words at all
    mapping = align(text, ocr_words.words)
    start = text.index("另附")
    assert span_boxes(text, ocr_words, start, start + 4, mapping) is None
    assert span_boxes(text, ocr_words, start - 3, start + 2, mapping) is None  # partly placed: none
    assert span_boxes(text, ocr_words, 0, 2, mapping) is not None  # the rest still aligns
    assert span_boxes(text, ocr_words, 13, 14, mapping) is None  # a blank span


def test_a_long_differing_run_is_not_forced_onto_words() -> None:
    _raw, ocr_words = _page([list("甲乙丙丁戊己庚辛"), list("罚款五千元")])
    text = "子丑寅卯辰巳午未\n罚款五千元"  # same length, other characters: not the same line
    assert span_boxes(text, ocr_words, 0, 8) is None
    assert span_boxes(text, ocr_words, 9, 11) == [(100.0, 160, 100 + 80 + 40, 200)]
    # a one-character misreading between matches still maps one to one
    assert span_boxes("罚歀五千元", OcrWords(2000, 1000, ocr_words.words[8:]), 0, 2) == [
        (100.0, 160, 100 + 80 + 40, 200)
    ]


def test_a_word_box_running_over_the_next_words_is_cut_back() -> None:
    # as tesseract boxed 拍摄时间：2023年7月31日 on a generated scan: 2023 reaches the 日
    words = (
        OcrWord("2023", 519, 366, 335, 49, 92.0, 2),
        OcrWord("年", 649, 361, 47, 66, 89.0, 2),
        OcrWord("7", 695, 361, 38, 66, 94.0, 2),
        OcrWord("月", 732, 361, 38, 66, 95.0, 2),
        OcrWord("31", 769, 361, 67, 66, 92.0, 2),
        OcrWord("日", 835, 361, 42, 66, 89.0, 2),
        OcrWord("拍摄", 262, 435, 167, 49, 88.0, 3),  # the next line starts left of 日: not a cut
    )
    rects = word_rects(words)
    assert rects[0] == (519, 366, 649, 415) and rects[5] == (835, 361, 877, 427)
    assert rects[6] == (262, 435, 429, 484)
    ocr_words = OcrWords(2480, 3508, words)
    # the 3 is the first half of 31, itself cut back to where 日 begins
    assert span_boxes("2023年7月3", ocr_words, 0, 8) == [(519, 361, 769 + (835 - 769) / 2, 427)]


def test_scale_rect() -> None:
    assert scale_rect((100, 200, 300, 400), (2000, 1000), (500, 250)) == (25, 50, 75, 100)
    assert scale_rect((0, 0, 10, 10), (0, 0), (5, 5)) == (0, 0, 50, 50)  # a degenerate source


def test_ocr_cache_keeps_the_words_and_loads_old_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    found = OcrWords(40, 20, (OcrWord("决定", 1, 2, 20, 10, 91.0, 0), OcrWord("书", 25, 2, 10, 10, 89.0, 0)))

    def run(image: Image.Image, timeout: float) -> OcrResult:
        calls.append(image.size)
        return OcrResult("决定 书", 90.0, words=found)

    monkeypatch.setattr(ocr, "tesseract_version", lambda: "tesseract 5")
    monkeypatch.setattr(ocr, "_run", run)
    cache = JsonCache(tmp_path)
    image = Image.new("L", (40, 20), 255)
    first = ocr_image(image, cache=cache)
    again = ocr_image(image.copy(), cache=cache)
    assert len(calls) == 1 and first == again and again.words == found and again.text == "决定书"
    (entry,) = tmp_path.rglob("*.json")
    stored = json.loads(entry.read_text(encoding="utf-8"))
    assert stored["text"] == "决定 书" and words_from_json(stored["words"]) == found.words
    # an entry written before words were kept: same text, no boxes, no new OCR run
    entry.write_text(json.dumps({"text": "决定 书", "confidence": 90.0}), encoding="utf-8")
    old = ocr_image(image, cache=cache)
    assert len(calls) == 1 and old == OcrResult("决定书", 90.0) and old.words is None


def test_tesseract_run_parses_its_tsv(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake(cmd: list[str], **kwargs: object) -> object:
        out = Path(cmd[2])
        out.with_suffix(".txt").write_text("决 定\n", encoding="utf-8")
        rows = [HEAD, "5\t1\t1\t1\t1\t1\t3\t4\t5\t6\t80\t决", "5\t1\t1\t1\t1\t2\t9\t4\t5\t6\t70\t定"]
        out.with_suffix(".tsv").write_text("\n".join(rows), encoding="utf-8")
        return type("Done", (), {"returncode": 0, "stderr": b""})()

    monkeypatch.setattr(ocr.subprocess, "run", fake)
    result = ocr._run_cli(Image.new("L", (30, 12), 255), 5.0)
    assert result.confidence == 75.0 and result.words is not None
    assert (result.words.width, result.words.height) == (30, 12)
    assert [(w.text, w.left) for w in result.words.words] == [("决", 3), ("定", 9)]

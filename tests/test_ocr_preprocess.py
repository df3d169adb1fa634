"""OCR preprocessing (flat background, deskew), the cache key's pipeline version, the date
repairs of ``postprocess``, and one real tesseract run on a skewed, shadowed JPEG-q40 page."""

from __future__ import annotations

import io

import numpy as np
import pytest
from ingest_builders import render_lines
from PIL import Image, ImageDraw

from casecheck.ingest import ocr, preprocess
from casecheck.ingest.ocr import postprocess
from casecheck.ingest.preprocess import deskew, estimate_skew, flatten_background, prepare


def _ruled(angle: float = 0.0) -> Image.Image:
    """A page of dark 'text lines' (bars broken into glyph-sized blocks), rotated by ``angle``."""
    img = Image.new("L", (1600, 2000), 245)
    draw = ImageDraw.Draw(img)
    for y in range(200, 1800, 70):
        for x in range(200, 1400, 48):
            draw.rectangle((x, y, x + 36, y + 36), fill=30)
    return img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=245)


def _shadowed(img: Image.Image, depth: float = 0.35) -> Image.Image:
    arr = np.asarray(img, dtype=np.float32)
    ramp = 1.0 - depth * np.clip(1.0 - np.linspace(0, 1, img.width) / 0.4, 0, 1)
    return Image.fromarray(np.clip(arr * ramp[None, :], 0, 255).astype(np.uint8), "L")


def test_flatten_background_whitens_a_shadow_and_keeps_ink() -> None:
    page = _shadowed(_ruled())
    before = np.asarray(page)
    assert before[100, 20] < 180 and before[100, 1500] > 240  # shadowed left margin, bright right
    flat = np.asarray(flatten_background(page))
    assert flat[100, 20] > 240 and flat[100, 1500] > 240  # paper is white on both sides
    assert flat[210, 210] < 80 and flat[210, 1310] < 80  # ink stays dark in and out of the shadow


def test_flatten_background_leaves_even_paper_alone() -> None:
    page = _ruled()
    assert flatten_background(page) is page


@pytest.mark.parametrize("angle", [1.2, -0.8, 1.5, -1.5])
def test_estimate_skew_finds_the_rotation(angle: float) -> None:
    assert estimate_skew(_ruled(angle)) == pytest.approx(-angle, abs=0.15)


def test_deskew_levels_a_skewed_page_and_leaves_a_level_one() -> None:
    level = _ruled()
    same, applied = deskew(level)
    assert same is level and applied == 0.0
    fixed, applied = deskew(_ruled(1.2))
    assert applied == pytest.approx(-1.2, abs=0.15)
    assert fixed.size == level.size
    assert abs(estimate_skew(fixed)) < preprocess.MIN_SKEW


def test_prepare_keeps_the_size() -> None:
    page = _shadowed(_ruled(1.0))
    assert prepare(page).size == page.size


def test_cache_key_changes_with_the_preprocessing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "tesseract_version", lambda: "tesseract 5")
    page = _ruled()
    key = ocr._cache_key(page)
    monkeypatch.setattr(ocr, "PREPROCESS_VERSION", "other")
    assert ocr._cache_key(page) != key


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("二O二三年八月一日", "二〇二三年八月一日"),  # 〇 read as a letter
        ("二0二二年十二月一日", "二〇二二年十二月一日"),  # … or as a digit
        ("日期：二口二四年一月五日", "日期：二〇二四年一月五日"),
        ("二〇二四年六月十七旦", "二〇二四年六月十七日"),  # the seal's ring broke 日
        ("二〇二三年三月二十二恒", "二〇二三年三月二十二日"),
        ("二名二三年八月一乞", "二〇二三年八月一日"),  # the 落款 line alone: 〇 and 日
        ("2023年9月14旦", "2023年9月14日"),
        ("二DO二三年三月二十二恒", "二〇二三年三月二十二日"),  # the ring crossed the 〇: two glyphs
        ("二@〇二四年六月十七旦", "二〇二四年六月十七日"),
        ("二〇〇九年五月一日", "二〇〇九年五月一日"),
        ("2022年11月 30日", "2022年11月30日"),  # a gap inside a date
        ("” 2023年]月6日", "2023年1月6日"),  # 1 read as ], a speck read as a quote
        ("2023年1]月2]日", "2023年11月21日"),
        ("“2023年1月6日前”", "“2023年1月6日前”"),  # a quotation, not a 落款
        ("杭余市监罚【2023] 45号", "杭余市监罚〔2023〕45号"),
        ("【2023】12号", "〔2023〕12号"),
        # left alone: not a whole date line, or not a year of this century
        ("二〇二三年八月一日起", "二〇二三年八月一日起"),
        ("二十二年三月一日", "二十二年三月一日"),
        ("第二O号", "第二O号"),
        ("二O三三年三月七是", "二O三三年三月七是"),  # 2033: more likely 二 misread as 三
        ("2023年9月14日前", "2023年9月14日前"),
        ("(2024)沪0115民初1号 [2024]", "(2024)沪0115民初1号 [2024]"),
    ],
)
def test_postprocess_date_repairs(raw: str, expected: str) -> None:
    assert postprocess(raw) == expected


DEGRADED_LINES = [
    "本局于2023年6月28日对当事人涉嫌发布违法广告的行为立案调查。经查，当事人",
    "自2023年5月1日起在其经营场所发布含有“最佳”“国家级”等用语的广告，广告",
    "2023年7月14日，本局向当事人送达了《行政处罚事先告知书》，告知其拟作出",
    "行政处罚的事实、理由、依据及享有的陈述、申辩、听证权利。当事人未提出陈述",
    "一、处以罚款人民币叁万贰仟元整（32000元）。当事人应当自收到本决定书之日",
    "起十五日内缴纳罚款。如不服本决定，可以在收到本决定书之日起六十日内申请行",
]


def _degraded_page() -> Image.Image:
    """Full-width lines at ~200 dpi, shadowed, turned 1.2°, saved as JPEG q40, then enlarged to
    300 dpi as the PDF reader renders a scanned page."""
    page = _shadowed(render_lines(DEGRADED_LINES, size=35, width=1650), depth=0.3)
    page = page.rotate(1.2, resample=Image.Resampling.BICUBIC, fillcolor=245)
    buf = io.BytesIO()
    page.save(buf, "JPEG", quality=40)
    jpeg = Image.open(io.BytesIO(buf.getvalue())).convert("L")
    return jpeg.resize((jpeg.width * 3 // 2, jpeg.height * 3 // 2), Image.Resampling.BICUBIC)


@pytest.mark.slow
def test_skewed_shadowed_jpeg_page_reads_its_dates() -> None:
    # Without the preprocessing tesseract 5 read the line starts as 3023年5月1日, 5023年7月14日 and
    # 二、处以蚤款: the skew and the shadow at the left margin broke the first glyphs of lines.
    text = ocr.ocr_image(_degraded_page()).text
    for key in ("2023年6月28日", "2023年5月1日", "\n2023年7月14", "一、处以罚款"):
        assert key in text, key


def _form(rows: list[tuple[str, str]]) -> Image.Image:
    """A page holding a bordered two-column form (a scanned 送达回证): 2-px rules around every cell."""
    from ingest_builders import NOTO
    from PIL import ImageFont

    font = ImageFont.truetype(str(NOTO), 34)
    img = Image.new("L", (1654, 2339), 250)
    draw = ImageDraw.Draw(img)
    draw.text((680, 150), "送达回证", font=font, fill=20)
    top, left, mid, right, row_h = 260, 150, 520, 1500, 70
    for i, (label, value) in enumerate(rows):
        y = top + i * row_h
        draw.text((left + 16, y + 16), label, font=font, fill=20)
        draw.text((mid + 16, y + 16), value, font=font, fill=20)
    bottom = top + len(rows) * row_h
    for i in range(len(rows) + 1):
        draw.line((left, top + i * row_h, right, top + i * row_h), fill=20, width=2)
    for x in (left, mid, right):
        draw.line((x, top, x, bottom), fill=20, width=2)
    return img


def test_remove_rules_clears_a_forms_borders_and_keeps_its_text() -> None:
    page = _form(
        [("受送达人", "某某有限公司"), ("送达方式", "直接送达"), ("收件人签名", "张三 2024年6月21日")]
    )
    out = np.asarray(preprocess.remove_rules(page))
    before = np.asarray(page)
    assert before[260, 800] < 100 and out[260, 800] > 240  # a horizontal rule is paper now
    assert before[300, 520] < 100 and out[300, 520] > 240  # and a vertical one
    ink_before = (before[270:320, 170:500] < 128).sum()
    ink_after = (out[270:320, 170:500] < 128).sum()
    assert ink_after > 0.95 * ink_before > 0  # the label inside the cell is untouched


def test_remove_rules_leaves_a_page_of_text_alone() -> None:
    page = _ruled()
    assert preprocess.remove_rules(page) is page


@pytest.mark.slow
def test_a_bordered_form_reads_its_cells() -> None:
    # Before the rules were removed tesseract --psm 6 read such a page as its title alone.
    rows = [("受送达人", "某某有限公司"), ("送达方式", "直接送达"), ("收件人签名", "张三 2024年6月21日")]
    text = ocr.ocr_image(_form(rows)).text.replace(" ", "")
    for key in ("某某有限公司", "直接送达", "2024年6月21日"):
        assert key in text, key

"""Red seals found on page images travel with the page and the document."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from casecheck.ingest.reader import read_file
from casecheck.ingest.seal_image import detect_red_seal
from casecheck.ingest.segment import segment

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def page_image(seal: bool) -> Image.Image:
    img = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 48) if Path(FONT).exists() else ImageFont.load_default()
    draw.text((380, 150), "行政处罚决定书", fill="black", font=font)
    draw.text((150, 400), "当事人：某某有限公司", fill="black", font=font)
    if seal:
        draw.ellipse((800, 1300, 1100, 1600), outline=(220, 20, 30), width=14)
        draw.text((880, 1420), "★", fill=(220, 20, 30), font=font)
    return img


@pytest.mark.parametrize(("seal", "want"), [(True, True), (False, False)])
def test_detector_on_rendered_pages(seal: bool, want: bool) -> None:
    assert detect_red_seal(page_image(seal))[0] is want


def test_greyscale_page_never_claims_a_seal() -> None:
    assert detect_red_seal(page_image(True).convert("L")) == (False, None)


@pytest.mark.slow
def test_scanned_page_records_its_seal(tmp_path: Path) -> None:
    path = tmp_path / "decision.png"
    page_image(True).save(path)
    source = read_file(path, cache_dir=tmp_path / "cache")
    page = source.pages[0]
    assert page.imaged and page.seal_box is not None
    doc = segment([source])[0]
    assert doc.doc_type == "行政处罚决定书"
    assert doc.imaged_pages == (1,) and doc.seal_pages == (1,)

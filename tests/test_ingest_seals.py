"""Red seals found on page images travel with the page and the document."""

from __future__ import annotations

from pathlib import Path

import numpy as np
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


def test_closing_around_the_red_pixels_equals_closing_the_whole_page() -> None:
    """``_red_window``: outside it the closing is empty, inside it identical — also where the
    red pixels touch the page's edge."""
    from scipy import ndimage

    from casecheck.ingest.seal_image import _red_window

    rng = np.random.default_rng(7)
    for trial in range(40):
        mask = np.zeros((300, 220), dtype=bool)
        y, x = rng.integers(0, 300), rng.integers(0, 220)
        blob = rng.random((60, 50)) < 0.3
        mask[y : y + 60, x : x + 50] = blob[: max(0, min(60, 300 - y)), : max(0, min(50, 220 - x))]
        if trial % 4 == 0:
            mask[0, :] = True  # a red line along the top edge
        if not mask.any():
            continue
        whole = ndimage.binary_closing(mask, structure=np.ones((5, 5)), iterations=2)
        (top, left), crop = _red_window(mask)
        part = ndimage.binary_closing(mask[crop], structure=np.ones((5, 5)), iterations=2)
        outside = whole.copy()
        outside[crop] = False
        assert not outside.any()
        assert np.array_equal(whole[crop], part)
        assert (crop[0].start, crop[1].start) == (top, left)


def test_rgbx_view_finds_the_same_seal_as_rgb() -> None:
    from casecheck.ingest.seal_image import without_seals

    rgb = page_image(True)
    rgbx = rgb.convert("RGBX")
    found, box = detect_red_seal(rgb)
    assert found and detect_red_seal(rgbx) == (found, box)
    assert without_seals(rgbx, [box]).tobytes() == without_seals(rgb, [box]).tobytes()
    # the seal is faded for OCR: inside the box the greyscale copy is lighter than plain L
    assert without_seals(rgb, [box]).crop(box).getextrema()[0] > rgb.convert("L").crop(box).getextrema()[0]


def test_pdf_ocr_render_matches_a_plain_colour_render(tmp_path: Path) -> None:
    """``ocr_image_of`` (RGBX into a reused buffer) gives exactly the pixels and the seal box of
    ``render_page`` in RGB followed by the same steps, page after page."""
    from casecheck.ingest.pdf import ocr_image_of, open_pdf, render_page
    from casecheck.ingest.seal_image import seal_boxes, without_seals

    path = tmp_path / "scan.pdf"
    pages = [page_image(True), page_image(False), page_image(True).resize((1000, 1400))]
    pages[0].save(path, save_all=True, append_images=pages[1:], resolution=150)
    pdf = open_pdf(path)
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            colour = render_page(page, grayscale=False)
            box, blobs = seal_boxes(colour)
            grey, got_box = ocr_image_of(page)
            assert got_box == box == detect_red_seal(colour)[1] and (box is not None) == (i != 1)
            assert grey.mode == "L" and grey.size == colour.size
            assert grey.tobytes() == without_seals(colour, blobs).tobytes()
            page.close()
    finally:
        pdf.close()


def test_a_seal_broken_by_the_text_under_it_is_still_faded_for_ocr() -> None:
    # a seal over the 落款 whose ring the black lines cross fails the rim test: it is no evidence
    # of a seal, but its red ink still garbles the date beneath it, so OCR fades it all the same
    from PIL import Image, ImageDraw

    from casecheck.ingest.seal_image import detect_red_seal, seal_boxes, without_seals

    page = Image.new("RGB", (1200, 1200), (248, 247, 242))
    draw = ImageDraw.Draw(page)
    draw.arc((400, 400, 800, 800), start=200, end=430, fill=(205, 30, 35), width=14)  # 230° of a ring
    draw.rectangle((300, 590, 900, 610), fill=(20, 20, 20))  # a black text line across it
    assert detect_red_seal(page) == (False, None)
    seal, blobs = seal_boxes(page)
    assert seal is None and len(blobs) == 1
    grey = without_seals(page, blobs)
    assert grey.getpixel((600, 407)) > 240  # the ring's red is paper now
    assert grey.getpixel((600, 600)) < 100  # the black line stays


def test_a_faded_pink_stamp_is_a_seal() -> None:
    # a blurred, JPEG-compressed scan turns a seal's red pink: (230, 155, 158), red leading by 40-70
    from PIL import Image, ImageDraw, ImageFilter

    page = Image.new("RGB", (1654, 2339), (240, 240, 236))
    draw = ImageDraw.Draw(page)
    draw.ellipse((1100, 300, 1420, 620), outline=(228, 150, 156), width=10)
    page = page.filter(ImageFilter.GaussianBlur(1.2))
    assert detect_red_seal(page)[0]
    assert not detect_red_seal(Image.new("RGB", (1654, 2339), (236, 226, 205)))[0]  # yellowed paper

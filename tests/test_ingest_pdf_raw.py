"""The PDF reader's raw pdfium path says exactly what the pypdfium2 helpers say."""

from __future__ import annotations

import random
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw

from casecheck.ingest import pdf as pdf_mod
from casecheck.ingest.quality import char_counts

LINES = [
    "行政处罚决定书",
    "当事人：某某有限公司，统一社会信用代码91310000MA1FL0XX1X",
    "罚款人民币伍仟元整（5000元）。",
]


def _seal() -> Image.Image:
    img = Image.new("RGB", (300, 300), "white")
    draw = ImageDraw.Draw(img)
    draw.ellipse((10, 10, 290, 290), outline=(220, 20, 30), width=14)
    return img


def _pdf(path: Path, pages: list[dict]) -> Path:
    """Pages with text lines, an image drawn directly, or an image inside a form XObject."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    for n, spec in enumerate(pages):
        c.setFont("STSong-Light", 12)
        for i, line in enumerate(spec.get("lines", [])):
            c.drawString(72, 760 - 20 * i, line)
        if "image" in spec:
            c.drawImage(ImageReader(spec["image"]), 350, 80, 150, 150)
        if "form" in spec:
            c.beginForm(f"f{n}")
            c.drawImage(ImageReader(spec["form"]), 300, 100, 150, 150)
            c.endForm()
            c.doForm(f"f{n}")
        c.showPage()
    c.save()
    return path


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    return _pdf(
        tmp_path / "mixed.pdf",
        [
            {"lines": LINES},
            {"lines": LINES, "image": _seal()},
            {"lines": ["送达回证 第3页 共5页"], "form": _seal()},
            {},
            {"lines": ["  ", "x"]},
        ],
    )


def _helper_reference(page: pdfium.PdfPage) -> tuple[str, bool, bool]:
    """Text, 'holds an image' and 'holds any object' the way the helpers give them."""
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
    finally:
        textpage.close()
    kinds = [obj.type for obj in page.get_objects(max_depth=3)]
    return text, pdfium.raw.FPDF_PAGEOBJ_IMAGE in kinds, next(page.get_objects(max_depth=1), None) is not None


def test_raw_page_checks_match_the_helpers(mixed: Path) -> None:
    pdf = pdfium.PdfDocument(mixed)
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                text, imaged, any_object = _helper_reference(page)
                raw = pdfium.raw.FPDF_LoadPage(pdf, i)
                try:
                    # (text, read by position?): these pages list no labels first
                    assert pdf_mod._text_layer(raw) == pdf_mod._text_layer(page) == (text, False)
                    assert pdf_mod._has_image(raw) is pdf_mod._has_image(page) is imaged
                    assert pdf_mod._has_objects(raw) is any_object
                    # the single walk answers what the two walks answer
                    assert pdf_mod._image_or_red_ink(raw) is (imaged or pdf_mod._has_red_ink(raw))
                finally:
                    pdfium.raw.FPDF_ClosePage(raw)
            finally:
                page.close()
    finally:
        pdf.close()


def test_image_in_a_form_counts_only_within_the_depth(mixed: Path) -> None:
    pdf = pdfium.PdfDocument(mixed)
    try:
        page = pdf[2]
        assert pdf_mod._has_image(page) and not pdf_mod._has_image(page, max_depth=1)
        page.close()
    finally:
        pdf.close()


def test_read_pdf_pages(mixed: Path) -> None:
    pages = pdf_mod.read_pdf(mixed, ocr=None, max_pages=10)
    assert [p.imaged for p in pages] == [False, True, False, False, False]
    assert pages[1].seal_box is not None and pages[0].seal_box is None
    assert pages[2].warnings == ("page 3: scanned page with a sparse text layer, OCR is off",)
    assert pages[3].warnings == () and pages[3].raw == ""
    assert pages[4].warnings == ("page 5: no text layer, OCR is off",)


def test_char_counts_visible_is_the_non_whitespace_length() -> None:
    rnd = random.Random(3)
    pool = [" ", "\n", "\u3000", "\xa0", "\u2028", "a", "字", "\ud800", "\U00020001", "\ue000", "Ð"]
    for _ in range(500):
        text = "".join(rnd.choices(pool, k=rnd.randint(0, 60)))
        assert char_counts(text).visible == len("".join(text.split()))

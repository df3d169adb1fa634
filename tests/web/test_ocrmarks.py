"""Evidence boxes on OCR pages (scanned PDF pages, photos): the overlay from the OCR words, the
page images they are drawn over, and real OCR runs checked against where the text was drawn."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_builders import DECISION_LINES, NOTO, make_image_pdf, render_lines
from markupsafe import Markup
from PIL import Image, ImageDraw, ImageFont

from casecheck.model import OcrWord, OcrWords, Page
from casecheck.web.documents import PAGE_WIDTH, DocView, PageView, document_views, load, page_png, shown_size
from casecheck.web.pdfmarks import NO_WORDS, NOT_ALIGNED, PAD, Box, Overlay, ocr_overlay


def _ocr_page(text: str, words: OcrWords | None) -> Page:
    return Page(1, text, text, tuple(range(len(text))), "ocr", 90.0, True, None, words)


WORDS = OcrWords(
    2000,
    1000,
    (
        OcrWord("罚款", 100, 200, 80, 40, 90.0, 0),
        OcrWord("五千元", 200, 200, 120, 40, 90.0, 0),
        OcrWord("决定", 100, 300, 80, 40, 90.0, 1),
    ),
)


def test_ocr_overlay_scales_word_boxes_to_the_shown_page() -> None:
    page = _ocr_page("罚款五千元\n决定", WORDS)
    spans = [(2, 8, "img-ev-0-0", "f-0", "DOC-01 金额"), (0, 2, "", "f-1", "DOC-02")]
    overlay = ocr_overlay(page, spans, (500.0, 250.0))  # a quarter of the OCR image's size
    assert (overlay.width, overlay.height, overlay.unplaced, overlay.reason) == (500.0, 250.0, (), "")
    first, second, third = overlay.boxes
    # 五千元 (x 200–320, y 200–240) and 决定 (100–180, 300–340), scaled by 1/4, padded by 1.5
    assert (first.x, first.y, first.width, first.height) == (48.5, 48.5, 33.0, 13.0)
    assert (second.x, second.y, second.width, second.height) == (23.5, 73.5, 23.0, 13.0)
    assert first.id == "img-ev-0-0" and second.id == "" and first.link == second.link == "f-0"
    assert (third.x, third.width, third.link, third.id) == (23.5, 23.0, "f-1", "")


def test_evidence_that_cannot_be_placed_is_listed_not_boxed() -> None:
    page = _ocr_page("罚款五千元\n决定\n附件清单", WORDS)  # the last line is not in the words
    spans = [(0, 2, "img-ev-0-0", "f-0", "DOC-01"), (9, 13, "img-ev-1-0", "f-1", "DOC-02 附件")]
    overlay = ocr_overlay(page, spans, (500.0, 250.0))
    assert [b.link for b in overlay.boxes] == ["f-0"]
    assert overlay.unplaced == (("f-1", "DOC-02 附件"),) and overlay.reason == NOT_ALIGNED
    cached_before = ocr_overlay(_ocr_page("罚款五千元", None), spans[:1] * 2, (500.0, 250.0))
    assert cached_before.boxes == () and cached_before.unplaced == (("f-0", "DOC-01"),)
    assert cached_before.reason == NO_WORDS


def _page_image_html(page: PageView) -> str:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("casecheck.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    doc = DocView("决定书", "决定书", "scan.pdf", (page,))
    return env.get_template("page_image.html").render(d=doc, p=page)


def test_the_case_view_draws_boxes_and_names_what_it_could_not_box() -> None:
    box = Box(10.5, 20.0, 30.0, 12.0, "img-ev-0-0", "f-0", "DOC-01 <b>")
    boxed = _page_image_html(PageView(1, Markup("x"), "/p/0/1.png", Overlay(595.3, 841.9, (box,))))
    assert '<svg class="pagesvg" viewBox="0 0 595.3 841.9"' in boxed and 'href="/p/0/1.png"' in boxed
    assert '<a href="#f-0"><rect class="hl" id="img-ev-0-0" x="10.5" y="20.0" width="30.0"' in boxed
    assert "<title>DOC-01 &lt;b&gt;</title>" in boxed and "boxnote" not in boxed
    unplaced = Overlay(595.3, 841.9, (), (("f-1", "DOC-02 附件"), ("add-item-0", "EVID-01 x")), NO_WORDS)
    noted = _page_image_html(PageView(1, Markup("x"), "/p/0/1.png", unplaced))
    assert "<svg" not in noted and '<img class="pageimg"' in noted
    assert '<p class="boxnote error">' in noted and NO_WORDS in noted
    assert '<a href="#f-1">DOC-02 附件</a>；<a href="#add-item-0">EVID-01 x</a>' in noted
    assert "<img" not in _page_image_html(PageView(1, Markup("x"), None, None))  # a DOCX page


def test_shown_size_never_enlarges() -> None:
    assert shown_size(1600, 700) == (PAGE_WIDTH, 438)
    assert shown_size(800, 3000) == (533, 2 * PAGE_WIDTH)
    assert shown_size(500, 400) == (500, 400)


def test_photos_are_shown_upright_and_tiff_pages_one_by_one(tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: the camera was turned; viewers rotate 90° clockwise
    Image.new("RGB", (300, 200), "white").save(photo, exif=exif)
    with Image.open(page_png(photo, 1, tmp_path / "pages")) as shown:
        assert shown.size == (200, 300)  # upright, as OCR read it
    tiff = tmp_path / "scan.tif"
    Image.new("L", (300, 200), 255).save(tiff, save_all=True, append_images=[Image.new("L", (100, 400), 255)])
    with Image.open(page_png(tiff, 2, tmp_path / "pages")) as shown:
        assert shown.size == (100, 400)
    with pytest.raises(FileNotFoundError):
        page_png(tiff, 3, tmp_path / "pages")


QUOTE_LINE = 7  # 一、没收违法所得人民币3600元；
QUOTE = "没收违法所得"
SIZE = 40


def _drawn_box() -> tuple[float, float, float, float]:
    """Where ``render_lines(DECISION_LINES)`` drew ``QUOTE``, in the image's pixels."""
    font = ImageFont.truetype(str(NOTO), SIZE)
    line = DECISION_LINES[QUOTE_LINE]
    x = 80 + font.getlength(line[: line.index(QUOTE)])
    y = 40 + int(SIZE * 1.75) * QUOTE_LINE
    draw = ImageDraw.Draw(Image.new("L", (10, 10)))
    return draw.textbbox((x, y), QUOTE, font=font)


def _iou(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    w = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = w * h
    return inter / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter)


def _boxed(source: Path, storage: Path) -> tuple[object, tuple[float, float, float, float]]:
    """Load ``source`` as the workbench does (OCR) and box ``QUOTE``: (overlay, its one box
    without the padding)."""
    case = load(source, storage)
    (doc,) = [d for d in case.documents if QUOTE in d.text]
    finding = {"code": "DOC-01", "message": "m", "evidence": [{"document": doc.ref, "quote": QUOTE}]}
    views = document_views(case, [finding], [], lambda i, p: f"/img/{i}/{p}")
    (page,) = [p for v in views for p in v.pages if p.overlay]
    (box,) = page.overlay.boxes
    assert box.id == "img-ev-0-0" and box.link == "f-0" and page.overlay.unplaced == ()
    assert f'<mark id="ev-0-0" title="DOC-01 m">{QUOTE}</mark>' in str(page.html)
    return page.overlay, (box.x + PAD, box.y + PAD, box.x + box.width - PAD, box.y + box.height - PAD)


@pytest.mark.slow
def test_a_scanned_pdf_page_boxes_the_quote_where_it_was_drawn(tmp_path: Path) -> None:
    image = render_lines(DECISION_LINES, size=SIZE)
    pdf = make_image_pdf(tmp_path / "scan.pdf", image)  # 300 dpi: a pixel is 0.24 pt
    overlay, box = _boxed(pdf, tmp_path)
    assert (overlay.width, overlay.height) == (round(image.width * 0.24, 1), round(image.height * 0.24, 1))
    drawn = tuple(v * 72 / 300 for v in _drawn_box())
    assert _iou(box, drawn) > 0.7, (box, drawn)


@pytest.mark.slow
def test_a_turned_photo_boxes_the_quote_on_the_upright_image(tmp_path: Path) -> None:
    image = render_lines(DECISION_LINES, size=SIZE)
    photo = tmp_path / "photo.png"
    exif = Image.Exif()
    exif[0x0112] = 8  # stored turned clockwise; shown (and OCR'd) after turning back
    image.rotate(-90, expand=True).save(photo, exif=exif)
    overlay, box = _boxed(photo, tmp_path)
    assert (overlay.width, overlay.height) == shown_size(*image.size)
    scale = overlay.width / image.width
    drawn = tuple(v * scale for v in _drawn_box())
    assert _iou(box, drawn) > 0.7, (box, drawn)
    with Image.open(page_png(photo, 1, tmp_path / "pages")) as shown:
        assert shown.size == shown_size(*image.size)

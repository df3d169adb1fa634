"""Seals on pages scanned without colour are found by their ring; other round or boxed ink is not."""

from __future__ import annotations

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw

from casecheck.ingest.seal_ring import best_ring, ring_seal
from tests.conftest import scan_with_text_layer

DPI = 100
MM = DPI / 25.4
A4 = (round(210 * MM), round(297 * MM))


def _page(mode: str = "L") -> tuple[Image.Image, ImageDraw.ImageDraw]:
    img = Image.new(mode, A4, 255 if mode != "1" else 1)
    return img, ImageDraw.Draw(img)


def _text(draw: ImageDraw.ImageDraw, top_mm: float, lines: int, ink: int = 20, seed: int = 1) -> None:
    """Lines of character-sized stroke clusters, 5 mm apart, across the text block."""
    rnd = random.Random(seed)
    for n in range(lines):
        y = (top_mm + 5 * n) * MM
        x = 25 * MM
        while x < 185 * MM:
            for _ in range(4):  # strokes of one character
                x0, y0 = x + rnd.random() * 3 * MM, y + rnd.random() * 3 * MM
                draw.line(
                    (x0, y0, x0 + rnd.choice((0, 2)) * MM, y0 + rnd.choice((0, 2)) * MM), fill=ink, width=2
                )
            x += 4.2 * MM


def _seal(draw: ImageDraw.ImageDraw, cx_mm: float, cy_mm: float, diameter_mm: float, ink: int) -> None:
    """A round seal: the ring, a star in the middle and the characters along the inside."""
    r = diameter_mm / 2 * MM
    cx, cy = cx_mm * MM, cy_mm * MM
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=ink, width=max(2, round(1.2 * MM)))
    star = [
        (
            cx + (r / 4 if k % 2 == 0 else r / 10) * math.sin(k * math.pi / 5),
            cy - (r / 4 if k % 2 == 0 else r / 10) * math.cos(k * math.pi / 5),
        )
        for k in range(10)
    ]
    draw.polygon(star, fill=ink)
    for k in range(14):  # characters on an arc 4 mm inside the ring
        a = math.radians(200 + k * 10)
        x, y = cx + (r - 5 * MM) * math.cos(a), cy + (r - 5 * MM) * math.sin(a)
        draw.rectangle((x - 1.5 * MM, y - 1.5 * MM, x + 1.5 * MM, y + 1.5 * MM), outline=ink, width=2)


def test_a_grey_seal_over_the_closing_lines_is_found_where_it_is() -> None:
    img, draw = _page()
    _text(draw, 40, 30)
    _seal(draw, 150, 200, 42, ink=95)  # a red seal scanned in grey
    box = ring_seal(img)
    assert box is not None
    cx, cy = (box[0] + box[2]) / 2 / MM, (box[1] + box[3]) / 2 / MM
    assert abs(cx - 150) < 3 and abs(cy - 200) < 3
    assert abs((box[2] - box[0]) / MM - 42) < 4


def test_faded_and_black_and_white_seals_and_sizes_are_found() -> None:
    for mode, ink, diameter in (("L", 190, 40), ("L", 212, 42), ("1", 0, 42), ("L", 90, 24), ("L", 90, 58)):
        img, draw = _page(mode)
        _text(draw, 60, 10, ink=0 if mode == "1" else 20)
        _seal(draw, 100, 180, diameter, ink)
        assert ring_seal(img) is not None, (mode, ink, diameter)


def test_text_tables_photos_and_small_circles_are_no_seal() -> None:
    text, draw = _page()
    _text(draw, 30, 48)
    table, draw = _page()
    for row in range(25):  # a ruled form: cells as wide as a seal
        y = (30 + row * 9) * MM
        draw.line((20 * MM, y, 190 * MM, y), fill=0, width=2)
    for col in (20, 45, 90, 135, 190):
        draw.line((col * MM, 30 * MM, col * MM, 246 * MM), fill=0, width=2)
    photo, draw = _page()
    rnd = random.Random(3)
    for _ in range(400):  # a photo printed on the page: blocks of grey
        x, y = rnd.uniform(30, 150) * MM, rnd.uniform(60, 160) * MM
        draw.rectangle(
            (x, y, x + rnd.uniform(3, 30) * MM, y + rnd.uniform(3, 20) * MM), fill=rnd.randint(40, 200)
        )
    marks, draw = _page()
    _text(draw, 30, 20)
    for k in range(12):  # circled numbers and ○ marks, a few millimetres across
        x, y = (30 + 12 * k) * MM, 150 * MM
        draw.ellipse((x, y, x + 6 * MM, y + 6 * MM), outline=0, width=2)
    for name, img in (("text", text), ("table", table), ("photo", photo), ("marks", marks)):
        found = best_ring(img)
        assert ring_seal(img) is None, (name, found)


def test_a_grey_scan_with_a_text_layer_carries_its_ring_as_the_seal(tmp_path: Path) -> None:
    from casecheck.ingest.pdf import read_pdf

    img, draw = _page()
    _text(draw, 40, 20)
    _seal(draw, 150, 160, 42, ink=95)
    page = read_pdf(scan_with_text_layer(tmp_path / "grey.pdf", img), ocr=None, max_pages=5)[0]
    assert page.grey and page.imaged and page.seal_box is not None

"""``detect_red_seal`` on synthetic page images: a red ring with text is a seal; a red text
line, a filled red block and a page without red are not."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PIL import Image, ImageDraw

from casecheck.ingest.seal_image import detect_red_seal

RED = (215, 35, 40)


def page() -> tuple[Image.Image, ImageDraw.ImageDraw]:
    img = Image.new("RGB", (850, 1100), "white")
    draw = ImageDraw.Draw(img)
    for y in range(80, 700, 40):  # black body text
        draw.text((60, y), "ABCDEFGHIJ 0123456789 " * 3, fill="black")
    return img, draw


def round_seal(draw: ImageDraw.ImageDraw) -> None:
    draw.ellipse((560, 780, 760, 980), outline=RED, width=7)
    draw.regular_polygon((660, 860, 28), 5, fill=RED)
    draw.text((610, 915), "SEAL  TEXT", fill=RED)


def oval_seal(draw: ImageDraw.ImageDraw) -> None:
    draw.ellipse((520, 800, 780, 960), outline=(190, 20, 30), width=6)
    draw.text((590, 870), "INNER TEXT", fill=(190, 20, 30))


def red_text_line(draw: ImageDraw.ImageDraw) -> None:
    for i in range(3):
        draw.rectangle((60, 760 + i * 25, 780, 772 + i * 25), fill=RED)


def red_block(draw: ImageDraw.ImageDraw) -> None:
    draw.rectangle((100, 760, 320, 980), fill=RED)


def nothing(draw: ImageDraw.ImageDraw) -> None:
    draw.ellipse((560, 780, 760, 980), outline="black", width=7)


CASES: list[tuple[str, Callable[[ImageDraw.ImageDraw], None], bool]] = [
    ("round seal", round_seal, True),
    ("oval seal", oval_seal, True),
    ("red text lines", red_text_line, False),
    ("red filled block", red_block, False),
    ("black ring, no red", nothing, False),
]


@pytest.mark.parametrize(("name", "draw_fn", "want"), CASES, ids=[c[0] for c in CASES])
def test_detect_red_seal(name: str, draw_fn: Callable[[ImageDraw.ImageDraw], None], want: bool) -> None:
    img, draw = page()
    draw_fn(draw)
    found, box = detect_red_seal(img)
    assert found is want, name
    if want:
        assert box is not None
        left, top, right, bottom = box
        assert 500 <= left < right <= 800 and 760 <= top < bottom <= 1000


def test_large_scan_is_downscaled() -> None:
    img = Image.new("RGB", (2480, 3508), "white")
    ImageDraw.Draw(img).ellipse((1600, 2600, 2150, 3150), outline=RED, width=18)
    found, box = detect_red_seal(img)
    assert found and box is not None and abs(box[0] - 1600) < 20

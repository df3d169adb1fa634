"""CJK fonts for PDF and image rendering.

Text PDFs need a TrueType font that reportlab can embed (reportlab cannot embed the CFF-based
Noto CJK collections; its built-in CID font ``STSong-Light`` embeds no glyphs, so viewers without
the font show nothing). ``fonts-wqy-zenhei`` (installed by ``scripts/setup.sh``) or
``fonts-arphic-uming`` provide one. Images are drawn with Pillow, which reads either kind.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

TRUETYPE_CANDIDATES = (
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
)
IMAGE_CANDIDATES = (
    ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),  # index 2: SC
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    *TRUETYPE_CANDIDATES,
)


class FontMissing(RuntimeError):
    """No usable CJK font is installed (run scripts/setup.sh)."""


def _first(candidates: tuple[tuple[str, int], ...]) -> tuple[str, int]:
    for path, index in candidates:
        if Path(path).exists():
            return path, index
    raise FontMissing("no CJK font found; install fonts-wqy-zenhei (scripts/setup.sh)")


@cache
def pdf_font() -> str:
    """Register the embeddable CJK TrueType font with reportlab once; returns its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path, index = _first(TRUETYPE_CANDIDATES)
    pdfmetrics.registerFont(TTFont("CaseCJK", path, subfontIndex=index))
    return "CaseCJK"


@cache
def image_font(size: int):
    """A Pillow font of ``size`` pixels."""
    from PIL import ImageFont

    path, index = _first(IMAGE_CANDIDATES)
    return ImageFont.truetype(path, size, index=index)

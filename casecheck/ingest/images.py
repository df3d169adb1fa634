"""Image files (PNG, JPEG, TIFF incl. multi-page, BMP) as page images for OCR.

Decompression bombs are refused before any pixel is decoded: Pillow reads only the header on
``open``, so the size check costs nothing. ``Image.MAX_IMAGE_PIXELS`` is left alone (it is
process-global): our own ``MAX_PIXELS`` applies, and Pillow's ``DecompressionBombError`` (beyond
twice its default) is caught as ``too_large`` too.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from casecheck.model import CaseError

MAX_PIXELS = 100_000_000  # an A0 scan at 250 dpi; 20000×20000 is refused
OCR_MAX_PIXELS = 40_000_000  # larger pages are scaled down before OCR (time, memory)


def _check_size(image: Image.Image, name: str) -> None:
    w, h = image.size
    if w * h > MAX_PIXELS:
        raise CaseError("too_large", f"{name}: image of {w}×{h} pixels exceeds the limit of {MAX_PIXELS}")


def upright(image: Image.Image) -> Image.Image:
    """``image`` upright per EXIF, transparency flattened on white, colour kept (seals are red)."""
    image = ImageOps.exif_transpose(image)
    if image.mode in ("L", "1", "RGB"):
        return image
    # Transparent PNGs: flatten on white, or transparent text turns black on black.
    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        bg = Image.new("RGBA", image.size, "white")
        return Image.alpha_composite(bg, image).convert("RGB")
    return image.convert("RGB")


def fit_for_ocr(image: Image.Image) -> Image.Image:
    """Greyscale copy of an upright ``image``, scaled down to ``OCR_MAX_PIXELS``."""
    if image.mode not in ("L", "1"):
        image = image.convert("L")
    w, h = image.size
    if w * h > OCR_MAX_PIXELS:
        scale = (OCR_MAX_PIXELS / (w * h)) ** 0.5
        image = image.resize((max(1, int(w * scale)), max(1, int(h * scale))), Image.Resampling.LANCZOS)
    return image


def iter_frames(path: Path, max_pages: int) -> Iterator[Image.Image]:
    """Yield each frame (page) of an image file, loaded and upright, in colour where it has any.

    Raises ``too_large`` for oversized images or more than ``max_pages`` frames, ``unreadable``
    for files Pillow cannot decode.
    """
    name = path.name
    try:
        with Image.open(path) as img:
            _check_size(img, name)
            frames = getattr(img, "n_frames", 1)
            if frames > max_pages:
                raise CaseError("too_large", f"{name}: {frames} pages (limit {max_pages})")
            for frame in ImageSequence.Iterator(img):
                _check_size(frame, name)
                frame.load()
                yield upright(frame)
    except CaseError:
        raise
    except Image.DecompressionBombError as exc:
        raise CaseError("too_large", f"{name}: {exc}") from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as exc:
        raise CaseError("unreadable", f"{name}: image cannot be decoded ({exc})") from exc
    except (TypeError, KeyError, IndexError, ArithmeticError) as exc:  # Pillow on damaged TIFF tags
        raise CaseError("unreadable", f"{name}: damaged image ({type(exc).__name__}: {exc})") from exc

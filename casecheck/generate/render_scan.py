"""Scanned case files: pages drawn with Pillow at ~200 dpi with a slight skew, blur, noise and a
red round seal on outward documents; saved as an image-only PDF or as page photos.

The seal is a red ring with the agency name around the upper arc and a five-pointed star, placed
over the 落款 of pages whose document carries a seal marker.

``degrade=True`` (or ``CASECHECK_SCAN_DEGRADE=1`` in the environment, so that
``casecheck samples generate`` can write such a corpus) adds what real office scans have and the
default pages lack: skew of 0.3–1.5° either way, a seal centred on the date line of the 落款, an
uneven background (a shadow towards one edge), 150–200 dpi, JPEG quality 35–50; page photos are
1280 px wide and one page of a case is turned 90° (no EXIF). The default output is unchanged
(no extra random draws unless degraded).
"""

from __future__ import annotations

import io
import math
import os
import random
from pathlib import Path

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from casecheck.generate.case import GenCase
from casecheck.generate.fonts import image_font
from casecheck.generate.layout import Laid, Page, footer
from casecheck.generate.render_pdf import line_kind

A4_IN = (8.27, 11.69)
PHOTO_WIDTH = 1280


def degrade_default() -> bool:
    """Whether ``CASECHECK_SCAN_DEGRADE`` asks for degraded scans."""
    return os.environ.get("CASECHECK_SCAN_DEGRADE", "") not in ("", "0")


def _shadow(img: Image.Image, rng: random.Random) -> Image.Image:
    """Darken the page towards one edge (a book fold or a lid not quite shut): up to 25 %."""
    w = img.width
    depth, width = rng.uniform(0.12, 0.25), rng.uniform(0.15, 0.35)
    ramp = np.clip(1.0 - np.linspace(0.0, 1.0, w) / width, 0.0, 1.0) * depth
    if rng.random() < 0.5:
        ramp = ramp[::-1]
    factor = (1.0 - ramp).astype(np.float32)[None, :]
    arr = np.asarray(img, dtype=np.float32)
    arr = arr * (factor[..., None] if arr.ndim == 3 else factor)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), img.mode)


def _seal(draw: ImageDraw.ImageDraw, cx: int, cy: int, r: int, name: str) -> None:
    red = (205, 30, 35)
    w = max(3, r // 18)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=w)
    # star
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rad = r * (0.28 if k % 2 == 0 else 0.11)
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    draw.polygon(pts, fill=red)
    # name around the upper arc
    font = image_font(max(10, int(r * 0.26)))
    n = len(name)
    span = math.radians(min(250, 22 * n))
    for i, ch in enumerate(name):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        x = cx + (r * 0.74) * math.cos(ang)
        y = cy + (r * 0.74) * math.sin(ang)
        glyph = Image.new("L", (font.size * 2, font.size * 2), 0)
        ImageDraw.Draw(glyph).text((font.size // 2, font.size // 3), ch, font=font, fill=255)
        glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        layer = Image.new("RGB", glyph.size, red)
        draw._image.paste(layer, (int(x - glyph.size[0] / 2), int(y - glyph.size[1] / 2)), glyph)


def render_page(
    page: Page, case: GenCase, rng: random.Random, dpi: int = 200, degrade: bool = False
) -> Image.Image:
    """One scanned-looking page image (RGB where a seal is drawn, greyscale otherwise)."""
    w, h = int(A4_IN[0] * dpi), int(A4_IN[1] * dpi)
    colour = page.seal
    paper, ink = ((248, 247, 242), (25, 25, 25)) if colour else (247, 25)
    img = Image.new("RGB" if colour else "L", (w, h), paper)
    draw = ImageDraw.Draw(img)
    size = int(dpi * 12.5 / 72)
    font = image_font(size)
    big = image_font(int(size * 1.25))
    left, top, lead = int(dpi * 0.86), int(dpi * 0.7), int(size * 1.4)
    y = top
    seal_at = None
    for line in page.lines:
        kind = line_kind(line)
        text = line.strip()
        if kind == "title":
            tw = draw.textlength(text, font=big)
            draw.text(((w - tw) / 2, y), text, font=big, fill=ink)
        elif kind == "right":
            tw = draw.textlength(text, font=font)
            draw.text((w - left - tw, y), text, font=font, fill=ink)
            if text in ("（印章）", "(印章)", "（公章）", "(公章)") or text.endswith("印章）"):
                seal_at = (int(w - left - tw / 2 - size * 2), y)
        elif degrade and seal_at is not None and seal_at[1] == y - lead and "年" in text:
            seal_at = (seal_at[0], y + size // 2)  # stamped over the date line
        else:
            draw.text((left, y), line, font=font, fill=ink)
        y += lead
    if page.number is not None:
        label = footer(page.number, case)
        draw.text(
            (w - left - draw.textlength(label, font=font), h - int(dpi * 0.6)), label, font=font, fill=ink
        )
    if colour and seal_at is not None:
        name = (
            case.agency.name if "internal_issuer" not in case.flags else case.agency.name + case.agency.unit
        )
        if degrade:  # stamped ink multiplies with the print below: black text stays black
            layer = Image.new("RGB", img.size, "white")
            _seal(ImageDraw.Draw(layer), seal_at[0], seal_at[1], int(dpi * 0.8), name)
            img = ImageChops.multiply(img, layer)
        else:
            _seal(draw, seal_at[0], seal_at[1], int(dpi * 0.8), name)
    angle = rng.choice((-1, 1)) * rng.uniform(0.3, 1.5) if degrade else rng.uniform(-0.9, 0.9)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=paper)
    if degrade:  # the shadow is the scanner's, not the paper's: it does not turn with the page
        img = _shadow(img, rng)
    return grain_and_blur(img, colour, rng, 3.0)


def grain_and_blur(img: Image.Image, colour: bool, rng: random.Random, sigma: float) -> Image.Image:
    """Paper grain (normal, ``sigma`` grey levels) at half resolution, then a light blur that also
    softens the grain: what a scanner adds to a page. ``img`` is RGB when ``colour``, else L."""
    w, h = img.size
    grain = np.random.default_rng(rng.randint(0, 2**31)).normal(0, sigma, (h // 2, w // 2)).astype(np.float32)
    grain_img = Image.fromarray(np.clip(grain + 128, 0, 255).astype(np.uint8), "L").resize((w, h))
    delta = np.asarray(grain_img, dtype=np.int16) - 128
    arr = np.asarray(img, dtype=np.int16) + (delta[..., None] if colour else delta)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB" if colour else "L")
    return img.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.8)))


def _jpeg(img: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True)
    return buf.getvalue()


def write_scan_pdf(
    laid: Laid,
    case: GenCase,
    path: Path,
    rng: random.Random,
    dpi: int = 200,
    quality: int = 55,
    degrade: bool | None = None,
) -> None:
    """An image-only PDF of scanned pages (JPEG passthrough, fixed metadata).

    Pages with a seal stay in colour; the others are greyscale, as office scanners often save them.
    Degraded (see the module doc): 150–200 dpi and JPEG quality 35–50, drawn once per case.
    """
    degrade = degrade_default() if degrade is None else degrade
    if degrade:
        dpi, quality = rng.randint(150, 200), rng.randint(35, 50)
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    pw, ph = A4_IN[0] * 72, A4_IN[1] * 72
    c = canvas.Canvas(str(path), pagesize=(pw, ph), invariant=1)
    c.setCreator("scanner")
    for page in laid.pages:
        img = render_page(page, case, rng, dpi, degrade)
        data = _jpeg(img if page.seal else img.convert("L"), quality)
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, width=pw, height=ph)
        c.showPage()
    c.save()


def write_images(
    laid: Laid,
    case: GenCase,
    folder: Path,
    rng: random.Random,
    dpi: int = 200,
    ext: str | None = None,
    degrade: bool | None = None,
) -> list[str]:
    """Page photos ``page_001.jpg`` … (JPEG, PNG or TIFF per case); returns the file names.

    Degraded: phone photos, JPEG at quality 35–50, 1280 px wide, one page turned 90° without EXIF.
    """
    drawn = rng.choice(("jpg", "jpg", "png", "tif"))
    ext = ext or drawn
    degrade = degrade_default() if degrade is None else degrade
    turned = rng.randint(1, len(laid.pages)) if degrade else 0
    names = []
    for i, page in enumerate(laid.pages, 1):
        img = render_page(page, case, rng, dpi, degrade)
        name = f"page_{i:03d}.{ext}"
        if degrade:
            img = img.resize((PHOTO_WIDTH, round(img.height * PHOTO_WIDTH / img.width)), Image.LANCZOS)
            if i == turned:
                img = img.transpose(Image.Transpose.ROTATE_90)
            out = img if page.seal else img.convert("L")
            out.save(folder / f"page_{i:03d}.jpg", "JPEG", quality=rng.randint(35, 50))
            names.append(f"page_{i:03d}.jpg")
            continue
        if ext == "jpg":
            (img if page.seal else img.convert("L")).save(folder / name, "JPEG", quality=60, optimize=True)
        elif ext == "png":
            # a cleaned-up scan: paper grain dropped to white, grey levels kept for the glyph edges
            clean = img.point(lambda v: 255 if v > 200 else v // 24 * 24)
            if page.seal:
                clean.quantize(colors=32).save(folder / name, "PNG", optimize=True)
            else:
                clean.convert("L").save(folder / name, "PNG", optimize=True)
        else:  # fax-style bilevel TIFF, as many archive scanners write them
            img.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1").save(
                folder / name, "TIFF", compression="group4"
            )
        names.append(name)
    return names

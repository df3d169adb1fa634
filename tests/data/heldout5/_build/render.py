"""Lay out ``Doc`` markup on A4 pages and render them as scans, photos or typed PDF pages.

Layout works in pixels at 200 dpi.  Scanned pages are greyscale JPEGs (colour only when a red
seal is on the page) with a slight skew, blur, paper noise and JPEG artefacts; typed pages of a
mixed PDF are drawn with reportlab so that they carry a text layer.
"""

from __future__ import annotations

import io
import math
import random
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from common import Doc
from PIL import Image, ImageDraw, ImageFilter, ImageFont

DPI = 200
PAGE_W, PAGE_H = 1654, 2339
LEFT, RIGHT, TOP, BOTTOM = 170, 150, 170, 210
BODY, TITLE = 36, 52
LINE_H = 58
JPEG_Q = 42  # scans inside PDFs
PHOTO_Q = 50
PHOTO_W = 1280
NOISE = 0.6
BLUR = 1.9

_NOTO_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
_NOTO_SANS_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
_WQY = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
_FONTS: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def font(kind: str, size: int) -> ImageFont.FreeTypeFont:
    """A cached font: ``body`` (serif), ``title``/``sign`` (sans bold), ``typed`` (WenQuanYi)."""
    key = (kind, size)
    if key not in _FONTS:
        if kind == "body":
            _FONTS[key] = ImageFont.truetype(_NOTO_SERIF, size, index=2)
        elif kind in ("title", "sign"):
            _FONTS[key] = ImageFont.truetype(_NOTO_SANS_B, size, index=2)
        else:
            _FONTS[key] = ImageFont.truetype(_WQY, size, index=0)
    return _FONTS[key]


@dataclass
class Op:
    """One drawing operation on a laid-out page."""

    kind: str  # text | line | seal
    x: float
    y: float
    text: str = ""
    font: str = "body"
    size: int = BODY
    x2: float = 0.0
    y2: float = 0.0


@dataclass
class Page:
    """A laid-out page: its operations, volume page number (None if unnumbered), source doc."""

    ops: list[Op]
    number: int | None
    doc: Doc
    scanned: bool


_SIG = re.compile(r"\{S:([^}]*)\}")
_NO_START = set("，。、；：？！）》」”’")


def _segments(text: str, body: str) -> list[tuple[str, str]]:
    """Split a line into (text, font) segments; signatures become one unbreakable token each."""
    out: list[tuple[str, str]] = []
    pos = 0
    for m in _SIG.finditer(text):
        out.extend((c, body) for c in text[pos : m.start()])
        out.append((m.group(1), "sign"))
        pos = m.end()
    out.extend((c, body) for c in text[pos:])
    return out


def _width(tok: str, kind: str, size: int) -> float:
    return font(kind, size + (8 if kind == "sign" else 0)).getlength(tok) + (12 if kind == "sign" else 0)


def _wrap(text: str, width: float, body: str, size: int = BODY) -> list[list[tuple[str, str]]]:
    """Wrap a line into rows of segments no wider than ``width``."""
    rows: list[list[tuple[str, str]]] = [[]]
    used = 0.0
    for tok, kind in _segments(text, body):
        w = _width(tok, kind, size)
        if used + w > width and rows[-1] and tok not in _NO_START:
            rows.append([])
            used = 0.0
        rows[-1].append((tok, kind))
        used += w
    return rows


class _Layout:
    """Fills pages top to bottom for one document."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.body = "body" if doc.scanned else "typed"
        self.pages: list[list[Op]] = [[]]
        self.y = TOP
        self.widths: list[float] = []

    def _room(self, h: float) -> None:
        if self.y + h > PAGE_H - BOTTOM:
            self.pages.append([])
            self.y = TOP

    def _emit_row(self, row: list[tuple[str, str]], x: float, size: int) -> None:
        ops = self.pages[-1]
        for tok, kind in row:
            ops.append(Op("text", x, self.y, tok, kind, size))
            x += _width(tok, kind, size)

    def line(self, raw: str) -> None:
        if raw == "<<PB>>":
            self.pages.append([])
            self.y = TOP
            return
        if raw.startswith("[SEAL:"):
            name = raw[6:-1]
            self.pages[-1].append(Op("seal", PAGE_W - RIGHT - 330, self.y - 150, name))
            return
        if raw.startswith("W|"):
            parts = [float(p) for p in raw[2:].split("|")]
            total = sum(parts)
            self.widths = [(PAGE_W - LEFT - RIGHT) * p / total for p in parts]
            return
        if raw.startswith("T|"):
            self.table_row(raw[2:].split("|"))
            return
        usable = PAGE_W - LEFT - RIGHT
        if raw.startswith("^^"):
            text, size, kind = raw[2:], TITLE, "title"
            self._room(LINE_H * 1.8)
            self.y += 10
            w = font(kind, size).getlength(text)
            self.pages[-1].append(Op("text", LEFT + (usable - w) / 2, self.y, text, kind, size))
            self.y += LINE_H * 1.6
            return
        if raw.startswith("^") or raw.startswith(">>"):
            text = raw[1:] if raw.startswith("^") else raw[2:]
            row = _segments(text, self.body)
            w = sum(_width(t, k, BODY) for t, k in row)
            x = LEFT + (usable - w) / 2 if raw.startswith("^") else LEFT + usable - w
            self._room(LINE_H)
            self._emit_row(row, x, BODY)
            self.y += LINE_H
            return
        if not raw:
            self.y += LINE_H * 0.6
            return
        for row in _wrap(raw, usable, self.body):
            self._room(LINE_H)
            self._emit_row(row, LEFT, BODY)
            self.y += LINE_H

    def table_row(self, cells: list[str]) -> None:
        widths = self.widths or [(PAGE_W - LEFT - RIGHT) / len(cells)] * len(cells)
        if len(cells) < len(widths):  # a short row spans the remaining columns with its last cell
            widths = [*widths[: len(cells) - 1], sum(widths[len(cells) - 1 :])]
        size = BODY - 4
        lh = LINE_H - 8
        wrapped = []
        for c, w in zip(cells, widths, strict=True):
            rows: list[list[tuple[str, str]]] = []
            for part in c.split("\n"):
                rows += _wrap(part, w - 20, self.body, size) if part else [[]]
            wrapped.append(rows)
        h = max(len(rows) for rows in wrapped) * lh + 16
        self._room(h)
        ops = self.pages[-1]
        top, x = self.y, LEFT
        ops.append(Op("line", LEFT, top, x2=LEFT + sum(widths), y2=top))
        ops.append(Op("line", LEFT, top + h, x2=LEFT + sum(widths), y2=top + h))
        for rows, w in zip(wrapped, widths, strict=True):
            ops.append(Op("line", x, top, x2=x, y2=top + h))
            yy = top + 8
            for row in rows:
                xx = x + 10
                for tok, kind in row:
                    ops.append(Op("text", xx, yy, tok, kind, size))
                    xx += _width(tok, kind, size)
                yy += lh
            x += w
        ops.append(Op("line", x, top, x2=x, y2=top + h))
        self.y = top + h


def layout(docs: list[Doc], first_number: int = 1) -> list[Page]:
    """Lay out ``docs`` in order; numbered docs get consecutive volume page numbers."""
    pages: list[Page] = []
    n = first_number
    for doc in docs:
        lay = _Layout(doc)
        for raw in doc.lines:
            lay.line(raw)
        doc.pages = []
        for ops in lay.pages:
            if not ops:
                continue
            num = None
            if doc.numbered:
                num, n = n, n + 1
                doc.pages.append(num)
            pages.append(Page(ops, num, doc, doc.scanned))
    return pages


# ---------------------------------------------------------------- raster


def seal_image(name: str, diameter: int = 330, rng: random.Random | None = None) -> Image.Image:
    """A red round official seal (RGBA) with ``name`` on the arc and a star in the centre."""
    rng = rng or random.Random(0)
    img = Image.new("RGBA", (diameter, diameter), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (215, 45, 50, 175)
    d.ellipse((6, 6, diameter - 6, diameter - 6), outline=red, width=9)
    c = diameter / 2
    star = []
    for i in range(10):
        r = 52 if i % 2 == 0 else 21
        a = math.pi / 2 + i * math.pi / 5
        star.append((c + r * math.cos(a), c - r * math.sin(a)))
    d.polygon(star, fill=red)
    chars = list(name)
    span = min(250.0, 19.0 * len(chars))
    f = font("title", 34 if len(chars) < 12 else 28)
    for i, ch in enumerate(chars):
        ang = -span / 2 + span * (i + 0.5) / len(chars)  # degrees from top, clockwise
        tile = Image.new("RGBA", (50, 50), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((25, 25), ch, font=f, fill=red, anchor="mm")
        tile = tile.rotate(-ang, resample=Image.BICUBIC)
        rad = math.radians(ang)
        r = c - 48
        px, py = c + r * math.sin(rad), c - r * math.cos(rad)
        img.alpha_composite(tile, (int(px - 25), int(py - 25)))
    img = img.rotate(rng.uniform(-12, 12), resample=Image.BICUBIC)
    # uneven ink
    a = np.array(img)
    mask = np.random.default_rng(rng.randint(0, 999)).random(a.shape[:2]) < 0.18
    a[..., 3][mask] = (a[..., 3][mask] * 0.45).astype(np.uint8)
    return Image.fromarray(a)


def _draw(page: Page, footer: Callable[[int], str] | None, rng: random.Random) -> Image.Image:
    """Draw a page on paper; returns L or RGB (RGB when a seal is present)."""
    paper = rng.randint(238, 248)
    img = Image.new("L", (PAGE_W, PAGE_H), paper)
    d = ImageDraw.Draw(img)
    seals = []
    for op in page.ops:
        if op.kind == "line":
            d.line((op.x, op.y, op.x2, op.y2), fill=40, width=2)
        elif op.kind == "seal":
            seals.append(op)
        elif op.font == "sign":
            x = op.x + 4
            f = font("sign", op.size + 8)
            for ch in op.text:
                d.text((x, op.y - 6 + rng.uniform(-4, 4)), ch, font=f, fill=rng.randint(25, 60))
                x += f.getlength(ch) * rng.uniform(0.9, 1.05)
        else:
            d.text((op.x, op.y), op.text, font=font(op.font, op.size), fill=rng.randint(15, 35))
    if footer and page.number is not None:
        text = footer(page.number)
        w = font("body", 28).getlength(text)
        d.text(((PAGE_W - w) / 2, PAGE_H - 140), text, font=font("body", 28), fill=30)
    if not seals:
        return img
    rgb = img.convert("RGB")
    for op in seals:
        s = seal_image(op.text, rng=rng)
        layer = Image.new("RGBA", rgb.size, (0, 0, 0, 0))
        layer.alpha_composite(s, (int(op.x - s.width / 2 + 120), int(op.y - s.height / 2 + 60)))
        base = np.array(rgb).astype(np.float32)
        over = np.array(layer).astype(np.float32)
        alpha = over[..., 3:4] / 255
        mult = base * over[..., :3] / 255
        rgb = Image.fromarray((base * (1 - alpha) + mult * alpha).clip(0, 255).astype(np.uint8))
    return rgb


def scan(img: Image.Image, rng: random.Random, photo: bool = False) -> Image.Image:
    """Scanner (or phone-camera) look: skew, blur, noise, uneven light for photos."""
    angle = rng.choice([-1, 1]) * rng.uniform(0.3, 1.5)
    fill = 245 if img.mode == "L" else (245, 245, 243)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    img = img.filter(ImageFilter.GaussianBlur(BLUR))
    a = np.array(img).astype(np.float32)
    a = 238 - (238 - a) * 0.62  # a scanner's grey toner and paper
    gen = np.random.default_rng(rng.randint(0, 10**6))
    a += gen.normal(0, NOISE, a.shape[:2] + ((1,) if a.ndim == 3 else ()))
    specks = gen.random(a.shape[:2]) < 0.00001
    a[specks] = 60
    if photo:
        h, w = a.shape[:2]
        yy, xx = np.mgrid[0:h, 0:w]
        light = 1.0 - 0.16 * ((xx / w - 0.35) ** 2 + (yy / h - 0.3) ** 2)
        a = a * (light[..., None] if a.ndim == 3 else light)
        tint = np.array([1.0, 0.97, 0.9])  # warm indoor light
        a = a[..., None] * tint if a.ndim == 2 else a * tint
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def jpeg_bytes(img: Image.Image, quality: int) -> bytes:
    """Encode as JPEG (4:2:0 for colour)."""
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True, progressive=True, subsampling=2)
    return buf.getvalue()


def render_scans(
    pages: list[Page], footer: Callable[[int], str] | None, seed: int, photo: bool = False
) -> list[bytes]:
    """Render every page as a scanned JPEG (bytes), in volume order."""
    rng = random.Random(seed)
    out = []
    for page in pages:
        img = scan(_draw(page, footer, rng), rng, photo=photo)
        if photo:  # a phone photo as sent by a messaging app: 1280 px wide
            img = img.resize((PHOTO_W, round(PHOTO_W * PAGE_H / PAGE_W)), Image.LANCZOS)
        out.append(jpeg_bytes(img, JPEG_Q if not photo else PHOTO_Q))
    return out


# ---------------------------------------------------------------- PDF output


def write_pdf(
    path: Path,
    pages: list[Page],
    footer: Callable[[int], str] | None,
    seed: int,
) -> None:
    """Write a PDF: scanned pages as JPEG images, typed pages (``scanned=False``) as text."""
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    rl_config.useA85 = 0  # embed the JPEG bytes as they are, not ASCII85-inflated

    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", _WQY, subfontIndex=0))
    pt = 72 / DPI
    c = canvas.Canvas(str(path), pagesize=(PAGE_W * pt, PAGE_H * pt))
    c.setTitle("")
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    rng = random.Random(seed)
    for page in pages:
        if page.scanned:
            img = scan(_draw(page, footer, rng), rng)
            with tempfile.NamedTemporaryFile(suffix=".jpg", delete=False) as tmp:
                tmp.write(jpeg_bytes(img, JPEG_Q))
            c.drawImage(tmp.name, 0, 0, PAGE_W * pt, PAGE_H * pt)  # JPEG embedded as is
            Path(tmp.name).unlink()
        else:
            _typed(c, page, footer, pt, rng)
        c.showPage()
    c.save()


def _typed(c, page: Page, footer: Callable[[int], str] | None, pt: float, rng) -> None:
    """Draw a typed page with a real text layer (seals as images on top)."""
    from reportlab.lib.utils import ImageReader

    def y_of(y: float, size: int) -> float:
        return (PAGE_H - y - size * 0.95) * pt

    for op in page.ops:
        if op.kind == "line":
            c.setLineWidth(0.7)
            c.line(op.x * pt, (PAGE_H - op.y) * pt, op.x2 * pt, (PAGE_H - op.y2) * pt)
        elif op.kind == "text":
            size = op.size + (8 if op.font == "sign" else 0)
            c.setFont("WQY", size * pt)
            c.drawString(op.x * pt, y_of(op.y, size), op.text)
    if footer and page.number is not None:
        text = footer(page.number)
        c.setFont("WQY", 28 * pt)
        c.drawCentredString(PAGE_W / 2 * pt, 140 * pt - 28 * pt, text)
    for op in page.ops:
        if op.kind == "seal":
            s = seal_image(op.text, rng=rng)
            buf = io.BytesIO()
            s.save(buf, "PNG")
            x = op.x - s.width / 2 + 120
            y = op.y - s.height / 2 + 60
            c.drawImage(
                ImageReader(io.BytesIO(buf.getvalue())),
                x * pt,
                (PAGE_H - y - s.height) * pt,
                s.width * pt,
                s.height * pt,
                mask="auto",
            )

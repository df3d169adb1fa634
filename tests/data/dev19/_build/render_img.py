"""Raster backend: draws laid-out pages with PIL, then ages them as phone photos or scans."""
from __future__ import annotations

import io
import math
import random
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from layout import FAMILIES, H, W, fit_page, font_file


@lru_cache(maxsize=None)
def pil_font(key: str, px: int):
    f, idx = font_file(FAMILIES[key][0])
    return ImageFont.truetype(f, px, index=idx)


def make_measure(px_per_pt: float):
    def measure(text, key, size):
        px = max(6, int(round(size * px_per_pt)))
        return pil_font(key, px).getlength(text) / px_per_pt
    return measure


def draw_seal(diam: int, org: str, rng: random.Random, colour=(212, 36, 40), bottom: str = ""):
    """A round official seal (RGBA): ring, five-point star, org name along the upper arc."""
    im = Image.new("RGBA", (diam, diam), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    r = diam / 2
    ring = max(3, int(diam * 0.035))
    d.ellipse([ring / 2, ring / 2, diam - ring / 2, diam - ring / 2], outline=colour + (235,), width=ring)
    # star
    cx = cy = r
    R, r2 = diam * 0.17, diam * 0.068
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = R if i % 2 == 0 else r2
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=colour + (235,))
    # text along the arc
    n = len(org)
    span = min(250.0, 22.0 * n)
    fpx = int(diam * (0.15 if n <= 10 else 0.125 if n <= 14 else 0.105))
    font = pil_font("hei", fpx)
    for i, ch in enumerate(org):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        a = math.radians(ang)
        rad = r - ring - fpx * 0.72
        x, y = cx + rad * math.cos(a), cy + rad * math.sin(a)
        glyph = Image.new("RGBA", (fpx * 2, fpx * 2), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((fpx * 0.5, fpx * 0.35), ch, font=font, fill=colour + (235,))
        glyph = glyph.rotate(-(ang + 90), resample=Image.BICUBIC)
        im.alpha_composite(glyph, (int(x - fpx), int(y - fpx)))
    if bottom:
        bf = pil_font("hei", int(fpx * 0.8))
        tw = bf.getlength(bottom)
        d.text((cx - tw / 2, cy + diam * 0.2), bottom, font=bf, fill=colour + (235,))
    # rotate first, then uneven ink; constant colour and few alpha levels keep the PNG small
    im = im.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    a = np.array(im).astype(np.float32)
    small = max(8, diam // 7)
    nz = np.array([[rng.random() for _ in range(small)] for _ in range(small)], dtype=np.float32)
    nz = np.asarray(Image.fromarray((nz * 255).astype(np.uint8)).resize((diam, diam), Image.BILINEAR),
                    dtype=np.float32) / 255.0
    alpha = a[..., 3] * np.clip(0.5 + 0.7 * nz, 0, 1)
    a[..., 3] = np.round(alpha / 48) * 48
    a[..., 0], a[..., 1], a[..., 2] = colour
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGBA")


def render_page(blocks, page_no=None, width_px=1000, seed=0, pageno_style="stamp",
                base=10.5, margins=(62, 58, 60, 70), header=None):
    """Draw one page to an RGB image. `header` is an optional small line above the body."""
    rng = random.Random(seed)
    k = width_px / W
    hpx = int(round(H * k))
    img = Image.new("RGB", (width_px, hpx), (255, 255, 255))
    measure = make_measure(k)
    ops, _ = fit_page(blocks, measure, base=base, margins=margins, rng=rng)
    drw = ImageDraw.Draw(img)
    seals = []
    for op in ops:
        if op[0] == "text":
            _, x, y, text, key, size, colour, jit = op
            px = max(6, int(round(size * k)))
            f = pil_font(key, px)
            asc = f.getmetrics()[0]
            if jit is None:
                drw.text((x * k, y * k - asc), text, font=f, fill=colour)
            else:
                # handwriting: per-character wobble
                cx = x * k
                for ch in text:
                    dx, dy = rng.uniform(-1.0, 1.0), rng.uniform(-1.5, 1.5)
                    drw.text((cx + dx, y * k - asc + dy + jit[1]), ch, font=f, fill=colour)
                    cx += f.getlength(ch) * rng.uniform(0.92, 1.08)
        elif op[0] == "line":
            _, x0, y0, x1, y1, w = op
            drw.line([(x0 * k, y0 * k), (x1 * k, y1 * k)], fill=(40, 40, 40), width=max(1, int(w * k)))
        elif op[0] == "seal":
            seals.append(op)
    if header:
        f = pil_font("song", int(8 * k))
        drw.text((62 * k, 30 * k), header, font=f, fill=(90, 90, 90))
    for _, cx, cy, org in seals:
        diam = int(118 * k)
        s = draw_seal(diam, org, rng)
        img.paste(s, (int(cx * k - diam / 2 + rng.uniform(-8, 8)), int(cy * k - diam / 2)), s)
    if page_no is not None:
        if pageno_style == "stamp":
            f = pil_font("hei", int(12 * k))
            t = str(page_no)
            x, y = (W - 70) * k, (H - 42) * k
            drw.text((x, y), t, font=f, fill=(30, 30, 30))
        elif pageno_style == "hand":
            f = pil_font("kai", int(15 * k))
            drw.text(((W - 66) * k, (H - 46) * k), str(page_no), font=f, fill=(25, 40, 120))
        elif pageno_style == "circle":
            f = pil_font("song", int(11 * k))
            t = str(page_no)
            x, y = (W - 68) * k, (H - 44) * k
            drw.ellipse([x - 6 * k, y - 3 * k, x + 22 * k, y + 17 * k], outline=(60, 60, 60), width=2)
            drw.text((x + (8 - 3 * len(t)) * k, y), t, font=f, fill=(30, 30, 30))
    return img

# ---------------------------------------------------------------- ageing


def _noise_specks(a: np.ndarray, rng: np.random.Generator, n: int):
    h, w = a.shape[:2]
    ys = rng.integers(0, h, n)
    xs = rng.integers(0, w, n)
    v = rng.integers(40, 160, n)
    if a.ndim == 2:
        a[ys, xs] = np.minimum(a[ys, xs], v)
    else:
        for c in range(3):
            a[ys, xs, c] = np.minimum(a[ys, xs, c], v)


def as_phone_photo(img: Image.Image, seed: int, long_side=1280, quality=60) -> bytes:
    """Page photographed on a desk: perspective, uneven light, shadow, colour cast, JPEG."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    w, h = img.size
    pad = int(w * 0.07)
    bg_col = rng.choice([(118, 96, 74), (92, 88, 84), (140, 120, 96), (70, 74, 80)])
    canvas = Image.new("RGB", (w + 2 * pad, h + 2 * pad), bg_col)
    canvas.paste(img, (pad, pad))
    W2, H2 = canvas.size
    # perspective: move corners slightly
    j = lambda s: rng.uniform(-s, s)  # noqa: E731
    src = [(j(30), j(30)), (W2 + j(30), j(30)), (W2 + j(30), H2 + j(30)), (j(30), H2 + j(30))]
    dst = [(0, 0), (W2, 0), (W2, H2), (0, H2)]
    coeffs = _persp_coeffs(dst, src)
    canvas = canvas.transform((W2, H2), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=bg_col)
    canvas = canvas.rotate(rng.uniform(-2.2, 2.2), resample=Image.BICUBIC, fillcolor=bg_col)
    a = np.asarray(canvas).astype(np.float32)
    yy, xx = np.mgrid[0:H2, 0:W2]
    # light falloff from one corner + a soft phone shadow band
    cx, cy = rng.uniform(0.2, 0.8) * W2, rng.uniform(-0.2, 0.3) * H2
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / math.hypot(W2, H2)
    light = 1.05 - 0.38 * dist
    sx = rng.uniform(0.55, 0.95) * W2
    shadow = 1 - 0.22 * np.clip(1 - np.abs(xx + 0.4 * yy - sx - 0.4 * H2 * 0.7) / (0.18 * W2), 0, 1)
    a *= (light * shadow)[..., None]
    cast = np.array([1.03, 1.0, 0.92]) if rng.random() < 0.6 else np.array([0.97, 1.0, 1.04])
    a *= cast
    a += nrng.normal(0, 3.5, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.7))
    sc = long_side / max(out.size)
    out = out.resize((int(out.size[0] * sc), int(out.size[1] * sc)), Image.LANCZOS)
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=quality, optimize=True)
    return buf.getvalue()


def _persp_coeffs(pa, pb):
    m = []
    for (x, y), (X, Y) in zip(pa, pb):
        m.append([x, y, 1, 0, 0, 0, -X * x, -X * y])
        m.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
    A = np.array(m, dtype=float)
    B = np.array(pb, dtype=float).reshape(8)
    return np.linalg.solve(A, B).tolist()


def as_flatbed_scan(img: Image.Image, seed: int, levels=16, width=1000) -> bytes:
    """Greyscale flatbed scan: small skew, grey paper, specks, lid shadow; PNG with few greys."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    g = img.convert("L")
    if g.size[0] != width:
        g = g.resize((width, int(g.size[1] * width / g.size[0])), Image.LANCZOS)
    g = g.rotate(rng.uniform(-1.3, 1.3), resample=Image.BICUBIC, fillcolor=255, expand=False)
    a = np.asarray(g).astype(np.float32)
    a = a * 0.93 + 8  # paper is never white
    h, w = a.shape
    edge = rng.choice(["left", "right", "top"])
    if edge == "left":
        a[:, :18] *= np.linspace(0.35, 1, 18)[None, :]
    elif edge == "right":
        a[:, -18:] *= np.linspace(1, 0.35, 18)[None, :]
    else:
        a[:14, :] *= np.linspace(0.4, 1, 14)[:, None]
    a = np.clip(a, 0, 255)
    _noise_specks(a, nrng, int(w * h * 0.00035))
    q = np.round(a / (255 / (levels - 1))) * (255 / (levels - 1))
    out = Image.fromarray(np.clip(q, 0, 255).astype(np.uint8), "L")
    out = out.quantize(colors=levels) if levels <= 16 else out
    buf = io.BytesIO()
    out.save(buf, "PNG", optimize=True, bits=4 if levels <= 16 else 8)
    return buf.getvalue()


def as_scanned_pdf_page(img: Image.Image, seed: int, colour=True, width=900, quality=48, noise=4.0) -> bytes:
    """A page of a scanned PDF: slight skew, noise, JPEG (colour keeps the red seal)."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    im = img if colour else img.convert("L")
    im = im.resize((width, int(im.size[1] * width / im.size[0])), Image.LANCZOS)
    fill = (252, 250, 244) if colour else 250
    im = im.rotate(rng.uniform(-1.0, 1.0), resample=Image.BICUBIC, fillcolor=fill)
    a = np.asarray(im).astype(np.float32)
    a = a * 0.95 + 6
    if colour:
        a *= np.array([1.0, 0.99, 0.955])
    if noise:
        a += nrng.normal(0, noise, a.shape)
    _noise_specks(a, nrng, int(a.shape[0] * a.shape[1] * 0.0002))
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality, optimize=True)
    return buf.getvalue()

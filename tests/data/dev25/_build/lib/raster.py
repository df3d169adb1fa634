"""Raster backend: layout ops -> PIL pages, plus scan and phone-photo effects."""
import io
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .common import font_path

_fonts = {}


def _f(face, px):
    px = max(6, int(round(px)))
    key = (face, px)
    if key not in _fonts:
        path, idx = font_path(face)
        _fonts[key] = ImageFont.truetype(path, px, index=idx or 0)
    return _fonts[key]


def seal_image(agency, sub, px, color=(205, 30, 35), rng=None, uneven=True):
    """RGBA image of a round official seal (ring, arc text, star)."""
    rng = rng or random.Random(1)
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    dr = ImageDraw.Draw(img)
    r = px / 2
    ring = max(2, int(px * 0.035))
    dr.ellipse([ring / 2, ring / 2, px - ring / 2, px - ring / 2], outline=color + (235,), width=ring)
    # star
    cx, cy, R = r, r, px * 0.13
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = R if i % 2 == 0 else R * 0.4
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    dr.polygon(pts, fill=color + (235,))
    # arc text
    n = len(agency)
    fsz = px * 0.13
    font = _f("hei", fsz)
    span = min(250, 22 * n)
    for i, ch in enumerate(agency):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        rad = r - ring - fsz * 0.75
        x, y = cx + rad * math.cos(ang), cy + rad * math.sin(ang)
        g = Image.new("RGBA", (int(fsz * 1.4), int(fsz * 1.4)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((fsz * 0.2, fsz * 0.1), ch, font=font, fill=color + (235,))
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        img.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    if sub:
        f2 = _f("hei", px * 0.085)
        w = dr.textlength(sub, font=f2)
        dr.text((cx - w / 2, cy + px * 0.2), sub, font=f2, fill=color + (235,))
    if not uneven:
        return img
    # uneven ink
    a = np.array(img)
    g = Image.fromarray(np.array([[int(255 * rng.random()) for _ in range(10)] for _ in range(10)], dtype=np.uint8))
    noise = np.array(g.resize((px, px), Image.BICUBIC)).astype(np.float32) / 255.0
    a[..., 3] = (a[..., 3] * (0.7 + 0.3 * noise)).astype(np.uint8)
    return Image.fromarray(a, "RGBA")


def render_page(ops, dpi, ink=(20, 20, 20), hand_ink=(25, 45, 120), rng=None, paper=(255, 255, 255),
                seal_color=(205, 30, 35)):
    rng = rng or random.Random(0)
    W, H = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    img = Image.new("RGB", (W, H), paper)
    dr = ImageDraw.Draw(img)
    k = dpi / 25.4
    seals = []
    for op in ops:
        if op[0] == "text":
            _, x, y, size, face, text, hand = op
            px = size * k
            font = _f(face, px * (1.06 if hand else 1.0))
            if hand:
                # handwriting: per-character jitter
                cx = x * k
                for ch in text:
                    jx, jy = rng.uniform(-0.6, 0.6), rng.uniform(-1.2, 1.2)
                    s2 = _f(face, px * rng.uniform(0.98, 1.12))
                    dr.text((cx + jx, y * k - px * 0.92 + jy), ch, font=s2, fill=hand_ink)
                    cx += s2.getlength(ch) * rng.uniform(0.95, 1.04)
            else:
                dr.text((x * k, y * k - px * 0.88), text, font=font, fill=ink)
        elif op[0] == "line":
            _, x1, y1, x2, y2, w = op
            dr.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=ink, width=max(1, int(round(w * k))))
        elif op[0] == "box":
            _, x, y, w, h, cap, kind = op
            X0, Y0, X1, Y1 = x * k, y * k, (x + w) * k, (y + h) * k
            if kind == "sketch":
                # hand-drawn plan: river bank, levee line, wall outline, arrow, labels
                dr.rectangle([X0, Y0, X1, Y1], outline=ink, width=1)
                for i in range(3):
                    yy = Y0 + (Y1 - Y0) * (0.18 + 0.05 * i)
                    dr.line([(X0 + 8, yy), (X1 - 8, yy + rng.uniform(-4, 4))], fill=hand_ink, width=2)
                ly = Y0 + (Y1 - Y0) * 0.8
                dr.line([(X0 + 8, ly), (X1 - 8, ly)], fill=hand_ink, width=3)
                bx0, by0 = X0 + (X1 - X0) * 0.3, Y0 + (Y1 - Y0) * 0.35
                dr.rectangle([bx0, by0, bx0 + (X1 - X0) * 0.38, by0 + (Y1 - Y0) * 0.3], outline=hand_ink, width=2)
                f = _f("kai", 11 * k * 0.3528 * 0.9)
                dr.text((X0 + 12, Y0 + (Y1 - Y0) * 0.05), "沅水（水流方向 →）", font=f, fill=hand_ink)
                dr.text((bx0 + 6, by0 + 6), "挡墙86.4m / 堆场", font=f, fill=hand_ink)
                dr.text((X0 + 12, ly + 4), "堤防（K12+300—K12+420）", font=f, fill=hand_ink)
            else:
                ph = Image.new("L", (max(8, int(w * k / 16)), max(8, int(h * k / 16))))
                pa = np.array(ph).astype(np.float32)
                yy, xx = np.mgrid[0:pa.shape[0], 0:pa.shape[1]]
                pa = 110 + 50 * np.sin(xx / (2.5 + rng.random() * 2)) * np.cos(yy / (3 + rng.random() * 2)) + yy / pa.shape[0] * 60
                ph = Image.fromarray(np.clip(pa, 0, 255).astype(np.uint8)).resize((int(w * k), int(h * k)), Image.BICUBIC)
                ph = ph.filter(ImageFilter.GaussianBlur(3)).convert("RGB")
                img.paste(ph, (int(X0), int(Y0)))
                dr.rectangle([X0, Y0, X1, Y1], outline=ink, width=1)
        elif op[0] == "seal":
            seals.append(op)
    for _, cx, cy, r, agency, sub in seals:
        px = int(2 * r * k)
        s = seal_image(agency, sub, px, color=seal_color, rng=rng)
        s = s.rotate(rng.uniform(-12, 12), resample=Image.BICUBIC)
        # multiply-like blend: paste with alpha
        img.paste(s, (int(cx * k - px / 2), int(cy * k - px / 2)), s)
    return img


def scan_effect(img, rng, skew=0.6, noise=7, grey=True, speckles=60, bg_clean=None):
    im = img.convert("L") if grey else img
    ang = rng.uniform(-skew, skew)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255 if grey else (255, 255, 255))
    a = np.array(im).astype(np.float32)
    a = a * 0.93 + 8  # slightly grey paper
    r = np.random.default_rng(rng.randrange(1 << 30))
    a += r.normal(0, noise, a.shape)
    # speckles
    h, w = a.shape[:2]
    for _ in range(speckles):
        y, x = r.integers(0, h), r.integers(0, w)
        a[y:y + 2, x:x + 2] = 60
    # left binding shadow
    grad = np.clip(1 - np.arange(w) / (w * 0.04), 0, 1) * 35
    a = a - (grad[None, :] if a.ndim == 2 else grad[None, :, None])
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45))
    if bg_clean:
        # office scanners drop the paper tone: near-white becomes flat light grey
        a = np.array(im)
        a = np.where(a > bg_clean, 246, a)
        im = Image.fromarray(a.astype(np.uint8))
    return im


def photo_effect(img, rng, out_size=(960, 1280), bg=(92, 74, 58)):
    """Phone photo of a page lying on a desk: perspective, uneven light, colour cast."""
    W, H = out_size
    canvas = Image.new("RGB", (W, H), bg)
    a = np.array(canvas).astype(np.float32)
    r = np.random.default_rng(rng.randrange(1 << 30))
    a += r.normal(0, 4, a.shape)
    canvas = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    pw, ph = img.size
    scale = min(W * 0.9 / pw, H * 0.92 / ph)
    tw, th = int(pw * scale), int(ph * scale)
    page = img.resize((tw, th), Image.LANCZOS)
    # destination quad (slight perspective)
    ox, oy = (W - tw) / 2, (H - th) / 2
    j = lambda s: rng.uniform(-s, s)
    quad = [(ox + j(14), oy + j(12)), (ox + tw + j(14), oy + j(12)),
            (ox + tw + j(10) + 8, oy + th + j(12)), (ox + j(10) - 8, oy + th + j(12))]
    coeffs = _persp_coeffs(quad, [(0, 0), (tw, 0), (tw, th), (0, th)])
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=None)
    mask = Image.new("L", (tw, th), 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    # shadow
    shadow = Image.new("RGB", (W, H), (30, 25, 20))
    canvas.paste(shadow, (6, 8), mask.filter(ImageFilter.GaussianBlur(6)).point(lambda v: v * 0.5))
    canvas.paste(warped, (0, 0), mask)
    a = np.array(canvas).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    lx, ly = rng.uniform(0.2, 0.8) * W, rng.uniform(0.1, 0.5) * H
    light = 1.0 - 0.15 * np.sqrt(((xx - lx) / W) ** 2 + ((yy - ly) / H) ** 2)
    a *= light[..., None]
    a[..., 0] *= 1.03
    a[..., 2] *= 0.94  # warm indoor cast
    a += r.normal(0, 3.0, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return out.filter(ImageFilter.GaussianBlur(0.5))


def _persp_coeffs(src, dst):
    """Coefficients mapping output (src quad) to input (dst rect) for PIL PERSPECTIVE."""
    m = []
    for (x, y), (u, v) in zip(src, dst):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=np.float64)
    B = np.array([c for p in dst for c in p], dtype=np.float64)
    return np.linalg.solve(A, B).tolist()


def jpeg_bytes(img, quality):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True, progressive=False, subsampling=2)
    return buf.getvalue()

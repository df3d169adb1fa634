"""Degradations that make rendered pages look like scans or phone photos (deterministic)."""
import io
import random

import numpy as np
from PIL import Image, ImageFilter


def scan_effect(im, seed, grey=False, angle=None, quality=42):
    rnd = random.Random(seed)
    rng = np.random.default_rng(seed)
    if grey:
        im = im.convert("L")
    a = np.asarray(im).astype(np.float32)
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w]
    # uneven illumination + darker binding edge
    shade = 6 * (yy / h) + 10 * np.exp(-xx / (w * 0.03)) + 3 * np.sin(xx / (w / 2.7) + rnd.random() * 6)
    a = a - (shade[..., None] if a.ndim == 3 else shade)
    n = int(h * w * 0.0004)
    ys, xs = rng.integers(0, h, n), rng.integers(0, w, n)
    v = rng.integers(70, 170, n).astype(np.float32)
    if a.ndim == 3:
        a[ys, xs, :] = v[:, None]
    else:
        a[ys, xs] = v
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    ang = angle if angle is not None else rnd.uniform(-0.9, 0.9)
    fill = 246 if grey else (246, 245, 240)
    im = im.rotate(ang, resample=Image.BICUBIC, fillcolor=fill)
    im = im.filter(ImageFilter.GaussianBlur(0.45))
    b = io.BytesIO()
    im.save(b, "JPEG", quality=quality, optimize=True)
    return b.getvalue(), im.size


def _coeffs(src, dst):
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=float)
    B = np.array([p for s in src for p in s], dtype=float)
    return np.linalg.solve(A, B).tolist()


def photo_effect(page, seed, out_w=960, out_h=1280, quality=50):
    """Photograph a page lying on a desk: perspective, lighting falloff, colour cast."""
    rnd = random.Random(seed)
    W, H = out_w, out_h
    bg_col = rnd.choice([(122, 96, 70), (96, 84, 74), (150, 140, 128), (84, 92, 100)])
    yy, xx = np.mgrid[0:H, 0:W]
    bg = np.ones((H, W, 3), np.float32) * np.array(bg_col, np.float32)
    bg += (np.sin(xx / 23.0 + yy / 180.0) * 6)[..., None]
    # where the page corners land in the photo
    m = 0.05
    tl = (W * (m + rnd.uniform(0, .03)), H * (m + rnd.uniform(0, .025)))
    tr = (W * (1 - m - rnd.uniform(0, .03)), H * (m + rnd.uniform(-.01, .03)))
    br = (W * (1 - m + rnd.uniform(-.02, .015)), H * (1 - m + rnd.uniform(-.02, .02)))
    bl = (W * (m + rnd.uniform(-.015, .03)), H * (1 - m + rnd.uniform(-.02, .01)))
    pw, ph = page.size
    coeffs = _coeffs([(0, 0), (pw, 0), (pw, ph), (0, ph)], [tl, tr, br, bl])
    warped = page.convert("RGB").transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", page.size, 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
    a = np.asarray(warped).astype(np.float32)
    mk = (np.asarray(mask).astype(np.float32) / 255.0)[..., None]
    img = a * mk + bg * (1 - mk)
    # lighting: radial falloff + warm cast + soft shadow band
    cx, cy = W * rnd.uniform(.35, .65), H * rnd.uniform(.3, .6)
    r = np.sqrt(((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2)
    light = 1.02 - 0.30 * r ** 1.6
    band = 1 - 0.10 * np.exp(-((xx * 0.6 + yy * 0.4 - W * rnd.uniform(.2, .8)) / (W * 0.12)) ** 2)
    img = img * (light * band)[..., None]
    img = img * np.array([1.0, 0.985, 0.95], np.float32)
    out = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.55))
    b = io.BytesIO()
    out.save(b, "JPEG", quality=quality, optimize=True)
    return b.getvalue()


def images_to_pdf(jpegs, path, page_w_mm=210.0, page_h_mm=297.0):
    """Image-only PDF: each JPEG is embedded as-is (DCTDecode), one per page, no text layer."""
    from reportlab.lib.utils import ImageReader
    from reportlab import rl_config
    from reportlab.pdfgen import canvas
    rl_config.useA85 = 0
    mm = 72 / 25.4
    c = canvas.Canvas(str(path), pagesize=(page_w_mm * mm, page_h_mm * mm), invariant=1, pageCompression=1)
    c.setCreator("")
    c.setProducer("")
    for data in jpegs:
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, page_w_mm * mm, page_h_mm * mm)
        c.showPage()
    c.save()

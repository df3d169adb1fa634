"""Rasterise pdfkit layouts as scanned pages (Pillow, 200 dpi), red seals, skew, blur, noise; JPEG into a PDF."""
import math
import os
import random
import tempfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

import pdfkit as K

DPI = 200
S = DPI / 72.0
NOTO = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SEAL_MARK = "§SEAL§"
_fonts = {}


def font(px):
    px = int(round(px))
    if px not in _fonts:
        _fonts[px] = ImageFont.truetype(NOTO, px, index=2)
    return _fonts[px]


def seal_image(name, diameter=300):
    im = Image.new("RGBA", (diameter, diameter), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    red = (205, 30, 35, 185)
    d.ellipse([6, 6, diameter - 6, diameter - 6], outline=red, width=9)
    cx = cy = diameter / 2
    R, r = diameter * 0.13, diameter * 0.05
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = R if k % 2 == 0 else r
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=red)
    f = font(diameter * 0.105)
    n = len(name)
    span = math.radians(250)
    for i, ch in enumerate(name):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        rad = diameter / 2 - diameter * 0.14
        x, y = cx + rad * math.cos(a), cy + rad * math.sin(a)
        g = Image.new("RGBA", (int(diameter * 0.14),) * 2, (0, 0, 0, 0))
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=red, anchor="mm")
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    return im


def raster(ops, footer, seal_name, rng):
    w, h = int(K.W * S), int(K.H * S)
    im = Image.new("RGB", (w, h), (250, 249, 245))
    d = ImageDraw.Draw(im)
    seals = []
    for op in ops:
        if op[0] == "t":
            txt = op[3]
            if txt.startswith(SEAL_MARK):
                txt = txt[len(SEAL_MARK):]
                seals.append((op[1] * S, (K.H - op[2]) * S))
            if txt:
                d.text((op[1] * S, (K.H - op[2]) * S), txt, font=font(op[4] * S), fill=(28, 28, 30), anchor="ls")
        else:
            d.line([(op[1] * S, (K.H - op[2]) * S), (op[3] * S, (K.H - op[4]) * S)], fill=(40, 40, 40), width=2)
    if footer:
        d.text((w - K.MR * S, h - 40 * S), footer, font=font(10 * S), fill=(28, 28, 30), anchor="rs")
    for (x, y) in seals:
        si = seal_image(seal_name)
        im.paste(si, (int(x + 20), int(y - si.height / 2 - 10)), si)
    im = im.rotate(rng.uniform(0.5, 1.2) * rng.choice([-1, 1]), resample=Image.BICUBIC, fillcolor=(250, 249, 245))
    nrng = np.random.default_rng(rng.randint(0, 10**6))
    a = np.asarray(im).astype(np.int16)
    lo = Image.fromarray(nrng.normal(128, 2.5, (a.shape[0] // 24, a.shape[1] // 24)).clip(0, 255).astype(np.uint8))
    tex = np.asarray(lo.resize((a.shape[1], a.shape[0]), Image.BICUBIC)).astype(np.int16) - 128
    ys, xs = nrng.integers(0, a.shape[0], 500), nrng.integers(0, a.shape[1], 500)
    a[ys, xs] -= nrng.integers(30, 110, 500)[:, None].astype(np.int16)   # scanner specks
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(1.2))
    return out if seals else out.convert("L")   # pages without a seal scanned in greyscale


def render(path, page_list, seal_name, quality=32, seed=12):
    rng = random.Random(seed)
    c = canvas.Canvas(path, pagesize=A4)
    tmps = []
    for ops, foot in page_list:
        im = raster(ops, foot, seal_name, rng)
        fd, tmp = tempfile.mkstemp(suffix=".jpg")
        os.close(fd)
        im.save(tmp, "JPEG", quality=quality)
        c.drawImage(tmp, 0, 0, width=K.W, height=K.H)   # JPEG embedded as-is (DCTDecode)
        tmps.append(tmp)
        c.showPage()
    c.save()
    for t in tmps:
        os.remove(t)

"""Render page-markup to 'scanned' page images (200 dpi) and pack them into a PDF as JPEG."""
import io
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

import render

DPI = 200
S = DPI / 72.0
FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
_fonts = {}


def font(size_pt):
    px = int(round(size_pt * S))
    if px not in _fonts:
        _fonts[px] = ImageFont.truetype(FONT, px, index=0)
    return _fonts[px]


def wf(s, size):
    return font(size).getlength(s) / S


def seal(text, r_px=150):
    im = Image.new("RGBA", (2 * r_px + 8, 2 * r_px + 8), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    c = r_px + 4
    red = (205, 30, 35, 215)
    dr.ellipse([4, 4, 4 + 2 * r_px, 4 + 2 * r_px], outline=red, width=9)
    # star
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r_px * (0.28 if k % 2 == 0 else 0.11)
        pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
    dr.polygon(pts, fill=red)
    f = ImageFont.truetype(FONT, int(r_px * 0.26), index=0)
    n = len(text)
    span = math.radians(250)
    for i, ch in enumerate(text):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        x = c + r_px * 0.74 * math.cos(ang)
        y = c + r_px * 0.74 * math.sin(ang)
        g = Image.new("RGBA", (int(r_px * 0.34), int(r_px * 0.34)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=red, anchor="mm")
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    return im


def page_image(text, footer, seal_text=None, seal_anchor="（印章）", rnd=None):
    rnd = rnd or random.Random(0)
    W, H = int(render.PAGE_W * S), int(render.PAGE_H * S)
    img = Image.new("RGB", (W, H), (250, 249, 246))
    dr = ImageDraw.Draw(img)
    ops = render.layout(text, wf, footer)
    anchor_xy = None
    for op in ops:
        if op[0] == "text":
            _, x, y, size, s = op
            dr.text((x * S, y * S), s, font=font(size), fill=(28, 28, 28))
            if seal_text and seal_anchor in s:
                anchor_xy = ((x + wf(s, size) / 2) * S, (y + size) * S)
        else:
            _, x1, y1, x2, y2 = op
            dr.line([(x1 * S, y1 * S), (x2 * S, y2 * S)], fill=(40, 40, 40), width=2)
    if seal_text and anchor_xy:
        st = seal(seal_text).rotate(rnd.uniform(-12, 12), resample=Image.BICUBIC)
        base = img.convert("RGBA")
        base.alpha_composite(st, (int(anchor_xy[0] - st.width / 2), int(anchor_xy[1] - st.height / 2)))
        img = base.convert("RGB")
    # scanner artefacts: skew, blur, noise, slight grey cast
    ang = rnd.choice([-1, 1]) * rnd.uniform(0.5, 1.2)
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(236, 236, 233))
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    a = np.asarray(img).astype(np.int16)
    noise = np.random.default_rng(rnd.randint(0, 10**6)).normal(0, 3.5, a.shape[:2])[..., None]
    a = np.clip(a + noise, 0, 255).astype(np.uint8)
    return Image.fromarray(a)


def write_scan_pdf(path, pages, quality=45):
    """pages: list of (text, footer, seal_text or None)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(path, pagesize=(render.PAGE_W, render.PAGE_H))
    rnd = random.Random(19)
    for text, footer, st in pages:
        im = page_image(text, footer, st, rnd=rnd)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, render.PAGE_W, render.PAGE_H)
        c.showPage()
    c.save()

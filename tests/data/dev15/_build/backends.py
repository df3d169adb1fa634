# -*- coding: utf-8 -*-
"""Draw laid-out pages to a text-layer PDF (reportlab) or to page images (Pillow)."""
import math
import os
import random

from common import PAGE_W, PAGE_H, text_width

FONT_DIRS = ["/usr/share/fonts/opentype/noto", "/usr/share/fonts/truetype/arphic",
             "/usr/share/fonts/truetype/wqy"]


def find_font(names):
    for d in FONT_DIRS:
        for n in names:
            p = os.path.join(d, n)
            if os.path.exists(p):
                return p
    raise SystemExit("no CJK font found: apt-get install -y fonts-noto-cjk")


# ---------------------------------------------------------------- PDF
def pdf_pages(path, pages, seal_color=(0.85, 0.1, 0.1)):
    """pages: list of dicts {ops, header, footer, footer_pos}."""
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(path, pagesize=(PAGE_W, PAGE_H))
    c.setTitle("")
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    for pg in pages:
        for op in pg["ops"]:
            _pdf_op(c, op, seal_color)
        if pg.get("header"):
            c.setFont("STSong-Light", 8.5)
            c.setFillGray(0.3)
            c.drawString(60, PAGE_H - 38, pg["header"][0])
            c.drawRightString(PAGE_W - 60, PAGE_H - 38, pg["header"][1])
            c.setLineWidth(0.5); c.line(60, PAGE_H - 42, PAGE_W - 60, PAGE_H - 42)
            c.setFillGray(0)
        if pg.get("footer"):
            c.setFont("STSong-Light", 9)
            pos = pg.get("footer_pos", "center")
            if pos == "right":
                c.drawRightString(PAGE_W - 60, 36, pg["footer"])
            else:
                c.drawCentredString(PAGE_W / 2, 36, pg["footer"])
            if pg.get("footer_left"):
                c.drawString(60, 36, pg["footer_left"])
        c.showPage()
    c.save()


def _pdf_op(c, op, seal_color):
    k = op[0]
    if k == "text":
        _, x, y, s, size = op
        c.setFont("STSong-Light", size)
        c.drawString(x, PAGE_H - y, s)
    elif k == "rect":
        _, x, y, w, h = op
        c.setLineWidth(0.6)
        c.rect(x, PAGE_H - y - h, w, h, stroke=1, fill=0)
    elif k == "photo":
        _, x, y, w, h, cap = op
        c.setFillGray(0.85); c.rect(x, PAGE_H - y - h, w, h, stroke=1, fill=1); c.setFillGray(0)
        c.setFont("STSong-Light", 9)
        c.drawCentredString(x + w / 2, PAGE_H - y - h / 2, "［现场照片］")
    elif k == "seal":
        _, x, y, name = op
        cx, cy, r = x + 45, PAGE_H - (y + 45), 40
        c.saveState()
        c.setStrokeColorRGB(*seal_color); c.setFillColorRGB(*seal_color)
        c.setLineWidth(2.2); c.circle(cx, cy, r, stroke=1, fill=0)
        _star_pdf(c, cx, cy, 10)
        n = len(name)
        for i, ch in enumerate(name):
            a = math.radians(210 - i * (240 / max(n - 1, 1)))
            px, py = cx + (r - 11) * math.cos(a), cy + (r - 11) * math.sin(a)
            c.saveState(); c.translate(px, py); c.rotate(math.degrees(a) - 90)
            c.setFont("STSong-Light", 8); c.drawCentredString(0, -3, ch); c.restoreState()
        c.restoreState()


def _star_pdf(c, cx, cy, r):
    p = c.beginPath()
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.4
        a = math.radians(90 + i * 36)
        x, y = cx + rr * math.cos(a), cy + rr * math.sin(a)
        (p.moveTo if i == 0 else p.lineTo)(x, y)
    p.close(); c.drawPath(p, stroke=0, fill=1)


# ---------------------------------------------------------------- images
def render_image(pg, dpi, mode="L", seal_rgb=(200, 30, 30), font_path=None, hand_font=None):
    from PIL import Image, ImageDraw, ImageFont
    s = dpi / 72.0
    W, H = int(PAGE_W * s), int(PAGE_H * s)
    bg = 250 if mode == "L" else (246, 243, 235)
    im = Image.new("L" if mode == "L" else "RGB", (W, H), bg)
    dr = ImageDraw.Draw(im)
    fonts = {}
    ink = 25 if mode == "L" else (30, 30, 40)

    def F(size):
        key = round(size * s)
        if key not in fonts:
            fonts[key] = ImageFont.truetype(font_path, key, index=2)
        return fonts[key]

    for op in pg["ops"]:
        k = op[0]
        if k == "text":
            _, x, y, t, size = op
            dr.text((x * s, (y - size * 0.9) * s), t, font=F(size), fill=ink)
        elif k == "rect":
            _, x, y, w, h = op
            dr.rectangle([x * s, y * s, (x + w) * s, (y + h) * s], outline=ink, width=max(1, int(s * 0.6)))
        elif k == "photo":
            _, x, y, w, h, cap = op
            fill = 200 if mode == "L" else (170, 180, 165)
            dr.rectangle([x * s, y * s, (x + w) * s, (y + h) * s], fill=fill, outline=ink)
            # crude scene: road line and a heap
            if mode == "L":
                dr.polygon([((x + w * 0.3) * s, (y + h) * s), ((x + w * 0.5) * s, (y + h * 0.5) * s),
                            ((x + w * 0.7) * s, (y + h) * s)], fill=120)
            else:
                dr.polygon([((x + w * 0.3) * s, (y + h) * s), ((x + w * 0.5) * s, (y + h * 0.5) * s),
                            ((x + w * 0.7) * s, (y + h) * s)], fill=(110, 95, 80))
        elif k == "seal":
            _, x, y, name = op
            cx, cy, r = (x + 45) * s, (y + 45) * s, 40 * s
            col = 120 if mode == "L" else seal_rgb
            layer = Image.new("L", (W, H), 0)
            ld = ImageDraw.Draw(layer)
            ld.ellipse([cx - r, cy - r, cx + r, cy + r], outline=255, width=max(2, int(2.4 * s)))
            pts = []
            for i in range(10):
                rr = 10 * s if i % 2 == 0 else 4 * s
                a = math.radians(-90 + i * 36)
                pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
            ld.polygon(pts, fill=255)
            n = len(name)
            for i, ch in enumerate(name):
                a = math.radians(210 - i * (240 / max(n - 1, 1)))
                px, py = cx + (r - 11 * s) * math.cos(a), cy - (r - 11 * s) * math.sin(a)
                g = Image.new("L", (int(12 * s), int(12 * s)), 0)
                ImageDraw.Draw(g).text((1, 0), ch, font=F(8), fill=255)
                g = g.rotate(math.degrees(a) - 90, expand=True)
                layer.paste(255, (int(px - g.width / 2), int(py - g.height / 2)), g)
            alpha = layer.point(lambda v: int(v * 0.8))
            im.paste(col if mode == "L" else tuple(col), (0, 0), alpha)
    if pg.get("header"):
        dr.text((60 * s, 30 * s), pg["header"][0], font=F(8.5), fill=ink)
    if pg.get("footer"):
        t = pg["footer"]
        tw = text_width(t, 9) * s
        x = (PAGE_W - 60) * s - tw if pg.get("footer_pos") == "right" else (W - tw) / 2
        dr.text((x, (PAGE_H - 44) * s), t, font=F(9), fill=ink)
    for hx, hy, ht in pg.get("hand", []):
        hf = ImageFont.truetype(hand_font or font_path, int(15 * s))
        dr.text((hx * s, hy * s), ht, font=hf, fill=(20, 30, 110) if mode != "L" else 40)
    return im


def scan_effect(im, rnd, angle):
    """Greyscale scanner look: skew, speckles, slight blur, grey background."""
    from PIL import ImageFilter
    im = im.rotate(angle, resample=3, expand=False, fillcolor=235)
    px = im.load()
    W, H = im.size
    for _ in range(int(W * H / 2500)):
        x, y = rnd.randrange(W), rnd.randrange(H)
        px[x, y] = rnd.choice([40, 90, 150])
    # dark scanner edge
    for y in range(H):
        for x in range(0, 6):
            px[x, y] = 90
    return im.filter(ImageFilter.GaussianBlur(0.6))


def photo_effect(im, rnd, tilt):
    """Colour phone photo of a page lying on a desk: perspective, shading."""
    from PIL import Image, ImageDraw, ImageFilter
    W, H = im.size
    canvas = Image.new("RGB", (int(W * 1.12), int(H * 1.1)), (92, 70, 52))
    cw, ch = canvas.size
    # wood grain stripes
    d = ImageDraw.Draw(canvas)
    for i in range(0, ch, 23):
        d.line([(0, i), (cw, i + rnd.randint(-8, 8))], fill=(102 + rnd.randint(-6, 6), 78, 58), width=5)
    ox, oy = int(W * 0.06), int(H * 0.05)
    dx = int(W * 0.035 * tilt)
    quad_dst = [(ox + dx, oy), (ox + W - dx, oy + int(H * 0.01)), (ox + W, oy + H), (ox, oy + H - int(H * 0.008))]
    coeffs = _persp_coeffs(quad_dst, [(0, 0), (W, 0), (W, H), (0, H)])
    warped = im.transform(canvas.size, Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", im.size, 255).transform(canvas.size, Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    canvas.paste(warped, (0, 0), mask)
    # light falloff
    shade = Image.linear_gradient("L").resize(canvas.size).rotate(25 * tilt)
    dark = Image.new("RGB", canvas.size, (0, 0, 0))
    canvas = Image.composite(canvas, dark, shade.point(lambda v: 205 + v // 5))
    return canvas.filter(ImageFilter.GaussianBlur(0.5))


def _persp_coeffs(src, dst):
    import numpy as np
    A, B = [], []
    for (x, y), (u, v) in zip(src, dst):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return list(np.linalg.solve(np.array(A, float), np.array(B, float)))

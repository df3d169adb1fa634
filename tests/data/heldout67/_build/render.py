"""Backends: turn laid-out pages into a text-layer PDF, or into page images (scan / phone photo)."""
from __future__ import annotations

import io
import math
import os

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from common import PAGE_H, PAGE_W, PT, hand_split

MM = 72 / 25.4
FONT_DIRS = ["/usr/share/fonts/truetype/arphic/ukai.ttc"]
SERIF_OTF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SANS_OTF = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
KAI = "/usr/share/fonts/truetype/arphic/ukai.ttc"

_reg = False


def _register():
    global _reg
    if _reg:
        return
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdfmetrics.registerFont(TTFont("Kai", KAI, subfontIndex=0))
    _reg = True


def _seal_pdf(c, cx, cy, r, text, color=(0.85, 0.1, 0.1)):
    col = Color(*color, alpha=0.85)
    c.saveState()
    c.setStrokeColor(col)
    c.setFillColor(col)
    c.setLineWidth(1.1 * MM)
    X, Y = cx * MM, (PAGE_H - cy) * MM
    R = r * MM
    c.circle(X, Y, R, stroke=1, fill=0)
    # star
    pts = []
    for i in range(10):
        ang = math.pi / 2 + i * math.pi / 5
        rr = R * (0.28 if i % 2 == 0 else 0.11)
        pts.append((X + rr * math.cos(ang), Y + rr * math.sin(ang)))
    p = c.beginPath()
    p.moveTo(*pts[0])
    for q in pts[1:]:
        p.lineTo(*q)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    n = len(text)
    span = min(250, 22 * n)
    fs = 3.6 * MM / PT / MM * PT if False else 10
    c.setFont("STSong-Light", fs)
    for i, ch in enumerate(text):
        a = math.radians(90 + span / 2 - (span * (i + 0.5) / n))
        rx = X + (R - 5.2 * MM) * math.cos(a)
        ry = Y + (R - 5.2 * MM) * math.sin(a)
        c.saveState()
        c.translate(rx, ry)
        c.rotate(math.degrees(a) - 90)
        c.drawCentredString(0, -fs / 3, ch)
        c.restoreState()
    c.restoreState()


def pages_to_pdf(pages, path, title="", header=None, footer=None):
    """pages: list of Page; header/footer: callables (idx, total) -> (text or None)."""
    _register()
    c = canvas.Canvas(path, pagesize=(PAGE_W * MM, PAGE_H * MM), invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    total = len(pages)
    for i, pg in enumerate(pages):
        for op in pg.ops:
            if op[0] == "text":
                _, x, y, s, size, style = op
                xx = x
                for seg, hand in hand_split(s):
                    if hand or style == "hand":
                        c.setFont("Kai", size + (0 if style == "hand" else 2))
                        c.setFillColor(Color(0.1, 0.1, 0.35))
                    else:
                        c.setFont("STSong-Light", size)
                        c.setFillColor(Color(0, 0, 0))
                    c.drawString(xx * MM, (PAGE_H - y) * MM, seg)
                    xx += pdfmetrics.stringWidth(seg, "Kai" if (hand or style == "hand") else "STSong-Light", size) / MM
                c.setFillColor(Color(0, 0, 0))
            elif op[0] == "rect":
                _, x, y, w, h = op
                c.setLineWidth(0.6)
                c.rect(x * MM, (PAGE_H - y - h) * MM, w * MM, h * MM, stroke=1, fill=0)
            elif op[0] == "seal":
                _, cx, cy, r, text = op
                _seal_pdf(c, cx, cy, r, text)
        if header:
            t = header(i, total)
            if t:
                c.setFont("STSong-Light", 8.5)
                c.drawString(22 * MM, (PAGE_H - 13) * MM, t)
                c.setLineWidth(0.4)
                c.line(22 * MM, (PAGE_H - 15) * MM, (PAGE_W - 20) * MM, (PAGE_H - 15) * MM)
        if footer:
            t = footer(i, total)
            if t:
                c.setFont("STSong-Light", 9.5)
                w = pdfmetrics.stringWidth(t, "STSong-Light", 9.5)
                c.drawString((PAGE_W - 22) * MM - w, 12 * MM, t)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- images
_fcache = {}


def _font(path, px):
    key = (path, px)
    if key not in _fcache:
        _fcache[key] = ImageFont.truetype(path, px, index=0)
    return _fcache[key]


def _seal_img(img, cx, cy, r, text, dpi, color):
    s = dpi / 25.4
    R = r * s
    size = int(R * 2 + 20)
    layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    c0 = size / 2
    d.ellipse([c0 - R, c0 - R, c0 + R, c0 + R], outline=color + (215,), width=max(2, int(1.1 * s)))
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = R * (0.28 if i % 2 == 0 else 0.11)
        pts.append((c0 + rr * math.cos(ang), c0 + rr * math.sin(ang)))
    d.polygon(pts, fill=color + (215,))
    n = len(text)
    span = min(250, 22 * n)
    fpx = max(8, int(3.6 * s))
    f = _font(SANS_OTF, fpx)
    for i, ch in enumerate(text):
        a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        rx = c0 + (R - 5.2 * s) * math.cos(a)
        ry = c0 + (R - 5.2 * s) * math.sin(a)
        g = Image.new("RGBA", (fpx + 6, fpx + 6), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((3, 0), ch, font=f, fill=color + (215,))
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC, expand=True)
        layer.alpha_composite(g, (int(rx - g.width / 2), int(ry - g.height / 2)))
    img.alpha_composite(layer, (int(cx * s - size / 2), int(cy * s - size / 2)))


def page_to_image(pg, dpi, seal_color=(200, 30, 30), footer_text=None, header_text=None, ink=(20, 20, 20)):
    s = dpi / 25.4
    W, H = int(PAGE_W * s), int(PAGE_H * s)
    img = Image.new("RGBA", (W, H), (255, 255, 255, 255))
    d = ImageDraw.Draw(img)
    for op in pg.ops:
        if op[0] == "text":
            _, x, y, t, size, style = op
            px = size * PT * s
            xx = x * s
            for seg, hand in hand_split(t):
                if hand or style == "hand":
                    f = _font(KAI, int(px * (1.0 if style == "hand" else 1.15)))
                    col = (25, 30, 90, 255)
                else:
                    f = _font(SERIF_OTF, int(px))
                    col = ink + (255,)
                d.text((xx, y * s - px * 0.88), seg, font=f, fill=col)
                xx += d.textlength(seg, font=f)
        elif op[0] == "rect":
            _, x, y, w, h = op
            d.rectangle([x * s, y * s, (x + w) * s, (y + h) * s], outline=ink + (255,), width=max(1, int(0.25 * s)))
        elif op[0] == "seal":
            _, cx, cy, r, text = op
            _seal_img(img, cx, cy, r, text, dpi, seal_color)
            d = ImageDraw.Draw(img)
    if header_text:
        f = _font(SERIF_OTF, int(8.5 * PT * s))
        d.text((22 * s, 9 * s), header_text, font=f, fill=ink + (255,))
    if footer_text:
        f = _font(KAI, int(12 * PT * s))
        tw = d.textlength(footer_text, font=f)
        d.text(((PAGE_W - 22) * s - tw, (PAGE_H - 16) * s), footer_text, font=f, fill=(40, 40, 120, 255))
    return img.convert("RGB")


def scanify(img, rnd, angle=None):
    """Greyscale scanner look: slight skew, noise, soft edges."""
    import numpy as np

    g = img.convert("L")
    ang = angle if angle is not None else rnd.uniform(-1.2, 1.2)
    g = g.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=245)
    a = np.asarray(g).astype(np.float32)
    noise = np.random.default_rng(rnd.randint(0, 10**6)).normal(0, 9, a.shape)
    a = a * 0.93 + 12 + noise
    # dark scanner edge on the left
    a[:, :6] *= 0.6
    a = np.clip(a, 0, 255).astype("uint8")
    g = Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(0.45))
    return g


def photoify(img, rnd, out_w=900):
    """Phone photo of a page on a desk: perspective, shadow gradient, colour cast."""
    import numpy as np

    W, H = img.size
    scale = out_w / W
    img = img.resize((int(W * scale), int(H * scale)), Image.LANCZOS)
    W, H = img.size
    canvas_w, canvas_h = int(W * 1.12), int(H * 1.10)
    bg = Image.new("RGB", (canvas_w, canvas_h), (120 + rnd.randint(-10, 10), 96, 70))
    # perspective: map page corners to a slightly skewed quadrilateral
    j = lambda: rnd.uniform(-0.025, 0.025) * W
    ox, oy = (canvas_w - W) / 2, (canvas_h - H) / 2
    dst = [(ox + j(), oy + j()), (ox + W + j(), oy + j()), (ox + W + j(), oy + H + j()), (ox + j(), oy + H + j())]
    src = [(0, 0), (W, 0), (W, H), (0, H)]
    coeffs = _persp_coeffs(dst, src)
    warped = img.transform((canvas_w, canvas_h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=None)
    mask = Image.new("L", (W, H), 255).transform((canvas_w, canvas_h), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    bg.paste(warped, (0, 0), mask)
    a = np.asarray(bg).astype(np.float32)
    yy, xx = np.mgrid[0:canvas_h, 0:canvas_w]
    shade = 0.78 + 0.22 * (xx / canvas_w) * (0.6 + 0.4 * yy / canvas_h)
    a *= shade[..., None]
    a[..., 0] *= 1.02
    a[..., 2] *= 0.93
    a += np.random.default_rng(rnd.randint(0, 10**6)).normal(0, 4, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype("uint8"), "RGB").filter(ImageFilter.GaussianBlur(0.5))


def _persp_coeffs(pa, pb):
    import numpy as np

    m = []
    for (x, y), (u, v) in zip(pa, pb):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=float)
    B = np.array([c for p in pb for c in p], dtype=float)
    return np.linalg.solve(A, B).tolist()


def images_to_pdf(images, path, dpi, quality=35):
    """Image-only PDF: each page a greyscale JPEG."""
    from reportlab.lib.utils import ImageReader

    c = canvas.Canvas(path, pagesize=(PAGE_W * MM, PAGE_H * MM), invariant=1)
    for im in images:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality, optimize=True)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, PAGE_W * MM, PAGE_H * MM)
        c.showPage()
    c.save()

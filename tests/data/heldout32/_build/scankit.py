"""Render pages as 200-dpi 'scans' with Pillow (Noto Serif CJK SC), red round seal over the 落款,
slight skew, blur and noise, and pack them as JPEG (q≈45) into a PDF with reportlab drawImage."""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
PW, PH = 1654, 2339          # A4 at 200 dpi
ML, MR = 150, 1654 - 150


def _f(size):
    return ImageFont.truetype(FONT, size, index=2)


def _wrap(draw, text, font, width):
    out = []
    for raw in text.split("\n"):
        cur = ""
        for ch in raw:
            if draw.textlength(cur + ch, font=font) > width:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        out.append(cur)
    return out


def _seal(name):
    s = 330
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    red = (205, 30, 35, 190)
    d.ellipse((8, 8, s - 8, s - 8), outline=red, width=10)
    cx = cy = s / 2
    pts = []
    for k in range(10):
        r = 52 if k % 2 == 0 else 21
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    d.polygon(pts, fill=red)
    f = _f(34)
    n = len(name)
    for i, ch in enumerate(name):
        a = math.radians(-160 + 140 * i / max(n - 1, 1)) - math.pi / 2 + math.pi / 2
        a = math.radians(200 + 140 * i / max(n - 1, 1))
        x, y = cx + 118 * math.cos(a), cy + 118 * math.sin(a)
        ch_im = Image.new("RGBA", (44, 44), (0, 0, 0, 0))
        ImageDraw.Draw(ch_im).text((4, 0), ch, font=f, fill=red)
        ch_im = ch_im.rotate(-math.degrees(a) - 90, expand=True)
        im.alpha_composite(ch_im, (int(x - ch_im.width / 2), int(y - ch_im.height / 2)))
    return im


def render_page(blocks, seal_name, footer, seed):
    rnd = random.Random(seed)
    im = Image.new("RGB", (PW, PH), (244, 244, 242))
    d = ImageDraw.Draw(im)
    y = 170
    seal_at = None
    for kind, x in blocks:
        if kind == "t":
            f = _f(52)
            d.text((PW / 2 - d.textlength(x, font=f) / 2, y), x, font=f, fill=(20, 20, 20))
            y += 95
        elif kind == "c":
            f = _f(40)
            d.text((PW / 2 - d.textlength(x, font=f) / 2, y), x, font=f, fill=(20, 20, 20))
            y += 70
        elif kind in ("r", "seal"):
            if kind == "seal":
                y += 80
            f = _f(34)
            d.text((MR - d.textlength(x, font=f), y), x, font=f, fill=(25, 25, 25))
            if kind == "seal":
                seal_at = (int(MR - d.textlength(x, font=f) / 2 - 165), int(y - 120))
            y += 56
        elif kind == "p":
            f = _f(34)
            for ln in _wrap(d, x, f, MR - ML):
                d.text((ML, y), ln, font=f, fill=(25, 25, 25))
                y += 52
            y += 10
        elif kind == "tab":
            rows, widths = x
            f = _f(32)
            xs = [ML]
            for w in widths:
                xs.append(xs[-1] + w * (MR - ML))
            for row in rows:
                wl = [_wrap(d, v, f, xs[i + 1] - xs[i] - 24) for i, v in enumerate(row)]
                h = max(len(w) for w in wl) * 48 + 24
                d.line((ML, y, MR, y), fill=(40, 40, 40), width=3)
                for i, lines in enumerate(wl):
                    for j, ln in enumerate(lines):
                        d.text((xs[i] + 12, y + 10 + 48 * j), ln, font=f, fill=(25, 25, 25))
                for xv in xs:
                    d.line((xv, y, xv, y + h), fill=(40, 40, 40), width=3)
                y += h
            d.line((ML, y, MR, y), fill=(40, 40, 40), width=3)
            y += 36
        elif kind == "sp":
            y += x
    if footer:
        f = _f(30)
        d.text((PW / 2 - d.textlength(footer, font=f) / 2, PH - 130), footer, font=f, fill=(40, 40, 40))
    if seal_at and seal_name:
        im.paste(_seal(seal_name), seal_at, _seal(seal_name))
    im = im.rotate(rnd.uniform(0.5, 1.2) * rnd.choice([-1, 1]), resample=Image.BICUBIC, fillcolor=(244, 244, 242))
    noise = Image.effect_noise((PW, PH), 10).convert("RGB")
    im = Image.blend(im, noise, 0.035)
    im = im.filter(ImageFilter.GaussianBlur(1.2))
    return im if seal_at else im.convert("L")


def render(path, pages, seal_name, footer):
    c = canvas.Canvas(str(path), pagesize=A4)
    total = len(pages)
    for n, blocks in enumerate(pages, 1):
        im = render_page(blocks, seal_name, footer(n, total), seed=n * 7919)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=40, dpi=(200, 200))
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()

"""Pillow 'scanner': A4 pages at 200 dpi, Noto Serif CJK, red round seals, skew, blur, noise,
JPEG q45 embedded with reportlab. Same line markup as pdftext."""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
W, H = 1654, 2339
L, R = 170, 1654 - 170


def _f(sz):
    return ImageFont.truetype(FONT, sz, index=0)


def _wrap(dr, text, font, width):
    out, cur = [], ""
    for ch in text:
        if dr.textlength(cur + ch, font=font) > width:
            out.append(cur); cur = ch
        else:
            cur += ch
    out.append(cur)
    return out


def seal(img, cx, cy, name, rng):
    r = 150
    lay = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    col = (205, 30, 35, 170)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=col, width=9)
    # star
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = 42 if k % 2 == 0 else 17
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=col)
    f = _f(34)
    n = len(name)
    span = math.radians(250)
    for k, ch in enumerate(name):
        a = math.radians(-215) + span * (k + 0.5) / n
        x, y = cx + (r - 34) * math.cos(a), cy + (r - 34) * math.sin(a)
        g = Image.new("RGBA", (46, 46), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((23, 23), ch, font=f, fill=col, anchor="mm")
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        lay.alpha_composite(g, (int(x - 23), int(y - 23)))
    lay = lay.rotate(rng.uniform(-12, 12), center=(cx, cy), resample=Image.BICUBIC)
    base = img.convert("RGBA")
    base.alpha_composite(lay)
    return base.convert("RGB")


def draw_page(text, footer, rng, seal_name=None):
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    fb, ft = _f(31), _f(46)
    y = 170
    seal_at = None
    lines = text.split("\n")
    k = 0
    while k < len(lines):
        line = lines[k]
        if line.startswith("|"):
            rows = []
            while k < len(lines) and lines[k].startswith("|"):
                rows.append(lines[k][1:].split("|")); k += 1
            ncol = max(len(r) for r in rows)
            widths = [300, R - L - 300] if ncol == 2 else [(R - L) / ncol] * ncol
            for r in rows:
                cells = [_wrap(d, r[j] if j < len(r) else "", fb, widths[j] - 24) for j in range(ncol)]
                h = max(len(c) for c in cells) * 44 + 22
                x = L
                for j in range(ncol):
                    d.rectangle([x, y, x + widths[j], y + h], outline=40, width=2)
                    yy = y + 12
                    for ln in cells[j]:
                        d.text((x + 12, yy), ln, font=fb, fill=25); yy += 44
                    x += widths[j]
                y += h
            y += 16
            continue
        if line.startswith("@SEAL"):
            seal_at = (R - 190, y - 70)
            k += 1
            continue
        if line.startswith("^"):
            d.text((W / 2, y + 20), line[1:], font=ft, fill=20, anchor="mm"); y += 84
        elif line.startswith(">"):
            s = line[1:]
            d.text((R, y), s, font=fb, fill=25, anchor="ra")
            y += 50
        elif not line.strip():
            y += 30
        else:
            for ln in _wrap(d, line, fb, R - L):
                d.text((L, y), ln, font=fb, fill=25); y += 50
        k += 1
    if y > H - 150:
        print("WARNING: scan page overflow", y)
    if footer:
        d.text((W / 2, H - 110), footer, font=_f(26), fill=60, anchor="mm")
    img = img.rotate(rng.uniform(0.5, 1.2) * rng.choice([-1, 1]), resample=Image.BICUBIC, fillcolor=245)
    img = img.filter(ImageFilter.GaussianBlur(1.0))
    noise = Image.effect_noise((W, H), 6)
    img = Image.blend(img, noise.point(lambda v: 128 + (v - 128) // 1), 0.04)
    img = img.point(lambda v: 246 if v > 232 else v)  # paper tone; keeps the noise near the ink only
    dd = ImageDraw.Draw(img)
    for _ in range(rng.randint(40, 90)):  # dust specks
        x, y = rng.randrange(W), rng.randrange(H)
        dd.point((x, y), fill=rng.randint(90, 170))
    if seal_name and seal_at:
        img = seal(img.convert("RGB"), seal_at[0], seal_at[1], seal_name, rng)
    return img


def render(path, pages, footer, seal_name, seed=7):
    rng = random.Random(seed)
    c = canvas.Canvas(path, pagesize=A4)
    for i, p in enumerate(pages, 1):
        im = draw_page(p, footer(i, len(pages)), rng, seal_name)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=45)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()

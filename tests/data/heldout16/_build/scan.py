"""Render a pdfkit.Layout as a scanned PDF: Pillow at 200 dpi, Noto Serif CJK, red round seals, skew, blur, noise, JPEG q45."""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from pdfkit import PH, PW

DPI = 200
SC = DPI / 72.0
NOTO = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
_fonts = {}


def font(pt):
    px = int(round(pt * SC))
    if px not in _fonts:
        _fonts[px] = ImageFont.truetype(NOTO, px, index=0)
    return _fonts[px]


def seal(name, diameter=330):
    """Red round seal with the agency name on an arc and a star in the middle (RGBA)."""
    d = diameter
    im = Image.new("RGBA", (d, d), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    red = (210, 30, 35, 200)
    dr.ellipse([6, 6, d - 6, d - 6], outline=red, width=9)
    cx = cy = d / 2
    r = d * 0.055
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = d * 0.14 if k % 2 == 0 else d * 0.055
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    dr.polygon(pts, fill=red)
    f = ImageFont.truetype(NOTO, int(d * 0.12), index=0)
    n = len(name)
    span = min(250.0, 16.0 * n + 30)
    for k, ch in enumerate(name):
        ang = math.radians(-90 - span / 2 + span * (k + 0.5) / n)
        rad = d / 2 - d * 0.13
        x, y = cx + rad * math.cos(ang), cy + rad * math.sin(ang)
        g = Image.new("RGBA", (int(d * 0.16), int(d * 0.16)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=red, anchor="mm")
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    return im


def render(layout, path, seal_name, seal_docs, footer=None, seed=16):
    rnd = random.Random(seed)
    W, H = int(PW * SC), int(PH * SC)
    seal_pages = set()
    for name, a, b in layout.doc_ranges:
        if name in seal_docs:
            seal_pages.update(range(a, b + 1))
    c = canvas.Canvas(path, pagesize=A4)
    n = len(layout.pages)
    for i, ops in enumerate(layout.pages, 1):
        img = Image.new("RGB", (W, H), (250, 249, 245))
        dr = ImageDraw.Draw(img)
        ink = (25, 25, 28)
        seal_at = None
        for op in ops:
            if op[0] in ("c", "r", "l"):
                y = (PH - op[3]) * SC
                if op[0] == "c":
                    dr.text((W / 2, y), op[1], font=font(op[2]), fill=ink, anchor="ms")
                elif op[0] == "r":
                    x = (PW - 72) * SC
                    dr.text((x, y), op[1], font=font(op[2]), fill=ink, anchor="rs")
                    if op[1] == seal_name and i in seal_pages:
                        wpx = dr.textlength(op[1], font=font(op[2]))
                        seal_at = (x - wpx / 2, y + 10)
                else:
                    dr.text((op[4] * SC, y), op[1], font=font(op[2]), fill=ink, anchor="ls")
            elif op[0] == "rect":
                x0, y0 = op[1] * SC, (PH - op[2] - op[4]) * SC
                dr.rectangle([x0, y0, x0 + op[3] * SC, y0 + op[4] * SC], outline=ink, width=2)
            elif op[0] == "vline":
                dr.line([op[1] * SC, (PH - op[2]) * SC, op[1] * SC, (PH - op[3]) * SC], fill=ink, width=2)
        if footer:
            dr.text((W / 2, H - 36 * SC), footer(i, n), font=font(10), fill=ink, anchor="ms")
        if seal_at:
            s = seal(seal_name).rotate(rnd.uniform(-15, 15), resample=Image.BICUBIC)
            base = img.convert("RGBA")
            base.alpha_composite(s, (int(seal_at[0] - s.width / 2), int(seal_at[1] - s.height / 2 - 20)))
            img = base.convert("RGB")
        else:
            img = img.convert("L")
        ang = rnd.choice([-1, 1]) * rnd.uniform(0.5, 1.2)
        fill = 248 if img.mode == "L" else (248, 247, 243)
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=fill)
        img = img.filter(ImageFilter.GaussianBlur(0.95))
        # light noise: low-frequency paper mottling plus sparse dust specks (keeps JPEG small)
        noise = Image.effect_noise(img.size, 8)
        if img.mode == "L":
            img = Image.blend(img, noise, 0.04)
        else:
            img = Image.merge("RGB", [Image.blend(ch, noise, 0.04) for ch in img.split()])
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=45, optimize=True, dpi=(DPI, DPI))
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=PW, height=PH)
        c.showPage()
    c.save()

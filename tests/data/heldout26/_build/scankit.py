"""Simulated scanned volume: pages drawn with Pillow at 200 dpi, red round seal over the 落款,
slight skew, blur and noise, stored as JPEG (q=45) images in a PDF via reportlab drawImage."""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

FONT_PATH = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
PW, PH = 1654, 2339  # A4 at 200 dpi
ML, MR, MT = 170, 170, 190
rnd = random.Random(26)


def f(size):
    return ImageFont.truetype(FONT_PATH, size, index=2)  # SC face of the collection


def wrap(text, font, width, drw):
    lines, cur = [], ""
    for ch in text:
        if drw.textlength(cur + ch, font=font) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


def seal(img, cx, cy, org):
    r = 150
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 30, 35, 165)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=9)
    # five-pointed star
    pts = []
    for k in range(10):
        rr = 42 if k % 2 == 0 else 17
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=red)
    fnt = f(30)
    n = len(org)
    for i, ch in enumerate(org):
        a = math.radians(-150 + 120 * i / max(n - 1, 1))
        x, y = cx + (r - 36) * math.cos(a), cy + (r - 36) * math.sin(a)
        ch_img = Image.new("RGBA", (44, 44), (0, 0, 0, 0))
        ImageDraw.Draw(ch_img).text((6, 2), ch, font=fnt, fill=red)
        ch_img = ch_img.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(ch_img, (int(x - 22), int(y - 22)))
    img.alpha_composite(layer)


def render_page(blocks, footer):
    img = Image.new("RGBA", (PW, PH), (250, 249, 246, 255))
    d = ImageDraw.Draw(img)
    body, big = f(34), f(50)
    y = MT
    ink = (25, 25, 25, 255)
    for b in blocks:
        if isinstance(b, str):
            for ln in wrap(b, body, PW - ML - MR, d):
                d.text((ML, y), ln, font=body, fill=ink)
                y += 56
        elif b[0] == "table":
            kw = 330
            for k, v in b[1]:
                vl = wrap(v, body, PW - ML - MR - kw - 30, d) if v else [""]
                h = 20 + 52 * len(vl)
                d.rectangle([ML, y, PW - MR, y + h], outline=ink, width=2)
                d.line([ML + kw, y, ML + kw, y + h], fill=ink, width=2)
                d.text((ML + 14, y + 10), k, font=body, fill=ink)
                for i, ln in enumerate(vl):
                    d.text((ML + kw + 14, y + 10 + 52 * i), ln, font=body, fill=ink)
                y += h
            y += 24
        elif b[0] == "seal":
            seal(img, PW - MR - 230, y - 120, b[1])
        else:
            kind, text = b
            fnt = big if kind == "title" else body
            w = d.textlength(text, font=fnt)
            x = (PW - w) / 2 if kind in ("title", "center") else PW - MR - w
            d.text((x, y), text, font=fnt, fill=ink)
            y += 90 if kind == "title" else 58
    if footer:
        w = d.textlength(footer, font=f(28))
        d.text(((PW - w) / 2, PH - 140), footer, font=f(28), fill=ink)
    out = img.convert("RGB")
    # greyscale paper with the red seal kept: desaturate everything except strong reds
    g = out.convert("L").convert("RGB")
    mask = Image.eval(out.split()[0], lambda v: 255 if v > 150 else 0)
    gmask = Image.eval(out.split()[1], lambda v: 255 if v < 120 else 0)
    from PIL import ImageChops
    mask = ImageChops.multiply(mask, gmask)
    out = Image.composite(out, g, mask)
    out = out.rotate(rnd.uniform(0.5, 1.2) * rnd.choice([-1, 1]), resample=Image.BICUBIC,
                     fillcolor=(245, 244, 240))
    out = out.filter(ImageFilter.GaussianBlur(1.1))
    # light noise: low-amplitude grain at quarter resolution plus scattered speckles
    noise = Image.effect_noise((PW // 4, PH // 4), 12).resize((PW, PH)).convert("RGB")
    out = Image.blend(out, noise, 0.03)
    dn = ImageDraw.Draw(out)
    for _ in range(400):
        x, y = rnd.randrange(PW), rnd.randrange(PH)
        g = rnd.randrange(90, 200)
        dn.point((x, y), fill=(g, g, g))
    return out


def build(path, pages):
    """pages: list of (blocks, footer)."""
    c = canvas.Canvas(path, pagesize=A4)
    for blocks, footer in pages:
        im = render_page(blocks, footer)
        if not any(isinstance(b, tuple) and b[0] == "seal" for b in blocks):
            im = im.convert("L")  # greyscale scan; pages with a red seal keep colour
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=45)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()

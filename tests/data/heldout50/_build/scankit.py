"""Pillow page 'scanner' for the scanned-PDF case: 200 dpi A4 pages, Noto Serif CJK, red round seal over the 落款,
slight skew, blur and noise, embedded as JPEG (q≈45) with reportlab drawImage."""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_PATH = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
W, H = 1654, 2339  # A4 at 200 dpi
LM, RM, TOP = 150, 1654 - 150, 170


def _f(size):
    return ImageFont.truetype(FONT_PATH, size, index=0)


def _wrap(draw, text, font, width):
    out, cur = [], ""
    for ch in text:
        if draw.textlength(cur + ch, font=font) > width:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return out


def seal(name, r=170):
    img = Image.new("RGBA", (2 * r + 20, 2 * r + 20), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = r + 10
    red = (205, 30, 35, 215)
    d.ellipse([c - r, c - r, c + r, c + r], outline=red, width=11)
    # star
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = 52 if k % 2 == 0 else 21
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    d.polygon(pts, fill=red)
    f = _f(40)
    n = len(name)
    span = math.radians(250)
    for i, ch in enumerate(name):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        tile = Image.new("RGBA", (56, 56), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((8, 2), ch, font=f, fill=red)
        tile = tile.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        x = c + (r - 44) * math.cos(a) - 28
        y = c + (r - 44) * math.sin(a) - 28
        img.alpha_composite(tile, (int(x), int(y)))
    return img


def page(lines, footer=None, seal_name=None, rng=None):
    """lines: '^C ' centred title, '^R ' right aligned (the seal is put over the last '^R ' line), plain text wraps."""
    rng = rng or random.Random(0)
    img = Image.new("RGB", (W, H), (250, 249, 246))
    d = ImageDraw.Draw(img)
    body, title = _f(34), _f(50)
    y, seal_at = TOP, None
    for ln in lines:
        if ln.startswith("^C "):
            t = ln[3:]
            w = d.textlength(t, font=title)
            d.text(((W - w) / 2, y), t, font=title, fill=(25, 25, 25))
            y += 80
        elif ln.startswith("^R "):
            t = ln[3:]
            w = d.textlength(t, font=body)
            d.text((RM - w, y), t, font=body, fill=(25, 25, 25))
            seal_at = (RM - w / 2, y)
            y += 56
        else:
            for t in _wrap(d, ln, body, RM - LM) if ln else [""]:
                d.text((LM, y), t, font=body, fill=(25, 25, 25))
                y += 54
    if footer:
        w = d.textlength(footer, font=_f(28))
        d.text(((W - w) / 2, H - 130), footer, font=_f(28), fill=(40, 40, 40))
    if seal_name and seal_at:
        s = seal(seal_name).rotate(rng.uniform(-12, 12), resample=Image.BICUBIC)
        img.paste(s, (int(seal_at[0] - s.width / 2), int(seal_at[1] - s.height / 2 + 10)), s)
    img = img.rotate(rng.choice([-1, 1]) * rng.uniform(0.5, 1.2), resample=Image.BICUBIC, expand=False,
                     fillcolor=(250, 249, 246))
    img = img.filter(ImageFilter.GaussianBlur(0.9))
    noise = Image.effect_noise((W // 3, H // 3), 10).resize((W, H), Image.BILINEAR).convert("RGB")
    img = Image.blend(img, noise, 0.02)
    if not seal_name:
        img = img.convert("L")
    return img


def to_pdf(path, images, title=""):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(title)
    for im in images:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=45, dpi=(200, 200), optimize=True)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()

"""Scanned-PDF renderer: each page drawn with Pillow at 200 dpi (Noto Serif CJK), red round seal over the
落款 at {{SEAL}}, slight skew, light blur and noise, JPEG q≈45 placed full-page with reportlab drawImage."""
from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from common import font_file

FONT_PATH = font_file("Noto Serif CJK SC")
DPI = 200
PW, PH = int(8.27 * DPI), int(11.69 * DPI)
ML, MR, MT = 160, 160, 190


def _seal(size: int, name: str) -> Image.Image:
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    red = (205, 30, 35, 215)
    c = size / 2
    d.ellipse([6, 6, size - 6, size - 6], outline=red, width=9)
    pts = []
    for k in range(10):
        r = size * (0.16 if k % 2 == 0 else 0.065)
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((c + r * math.cos(a), c + r * math.sin(a)))
    d.polygon(pts, fill=red)
    f = ImageFont.truetype(FONT_PATH, int(size * 0.085), index=0)
    n = len(name)
    for i, ch in enumerate(name):
        ang = math.radians(-210 + i * 240 / max(n - 1, 1))
        x, y = c + size * 0.36 * math.cos(ang), c + size * 0.36 * math.sin(ang)
        g = Image.new("RGBA", (int(size * 0.12), int(size * 0.12)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=red, anchor="mm")
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    return im


def _page(markup: str, footer: str | None, seal_name: str, rnd: random.Random) -> Image.Image:
    img = Image.new("RGB", (PW, PH), (250, 250, 247))
    d = ImageDraw.Draw(img)
    fs = 33
    f = ImageFont.truetype(FONT_PATH, fs, index=0)
    ft = ImageFont.truetype(FONT_PATH, 58, index=0)
    lead = int(fs * 1.8)
    y = MT
    width = PW - ML - MR
    rows: list[list[str]] = []
    seals = []

    def wrap(t, w, font):
        out, cur = [], ""
        for ch in t:
            if d.textlength(cur + ch, font=font) > w:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        out.append(cur)
        return out

    def flush():
        nonlocal y, rows
        if not rows:
            return
        ncol = max(len(r) for r in rows)
        lens = [min(max(max((len(r[i]) if i < len(r) else 0) for r in rows), 3), 36) for i in range(ncol)]
        widths = [width * l / sum(lens) for l in lens]
        for r in rows:
            ws = widths[:len(r) - 1] + [sum(widths[len(r) - 1:])]
            cells = [wrap(r[i], ws[i] - 24, f) for i in range(len(r))]
            h = max(len(c) for c in cells) * (fs + 14) + 24
            x = ML
            for i, cl in enumerate(cells):
                d.rectangle([x, y, x + ws[i], y + h], outline=(30, 30, 30), width=3)
                for k, t in enumerate(cl):
                    d.text((x + 12, y + 12 + k * (fs + 14)), t, font=f, fill=(20, 20, 20))
                x += ws[i]
            y += h
        y += 30
        rows = []

    for ln in markup.split("\n"):
        if ln.startswith("|"):
            rows.append([s.strip() for s in ln.strip().strip("|").split("|")])
            continue
        flush()
        if ln.startswith("@C "):
            d.text((PW / 2, y + 20), ln[3:], font=ft, fill=(15, 15, 15), anchor="mt")
            y += 110
        elif ln.startswith("@R "):
            t = ln[3:]
            if "{{SEAL}}" in t:
                t = t.replace("{{SEAL}}", "")
                seals.append(y)
            if t:
                d.text((PW - MR, y), t, font=f, fill=(20, 20, 20), anchor="ra")
            y += lead
        else:
            for t in wrap(ln, width, f) if ln else [""]:
                d.text((ML, y), t, font=f, fill=(20, 20, 20))
                y += lead
    flush()
    if y > PH - 150:
        raise ValueError(f"scan page overflow: {markup[:30]}")
    if footer:
        d.text((PW / 2, PH - 120), footer, font=f, fill=(40, 40, 40), anchor="mt")
    for sy in seals:
        s = _seal(470, seal_name).rotate(rnd.uniform(-15, 15), resample=Image.BICUBIC)
        base = img.convert("RGBA")
        base.alpha_composite(s, (PW - MR - 470 + rnd.randint(-30, 10), int(sy - 140 + rnd.randint(-20, 20))))
        img = base.convert("RGB")
    # scan artefacts
    img = img.rotate(rnd.choice([-1, 1]) * rnd.uniform(0.5, 1.2), resample=Image.BICUBIC, fillcolor=(246, 246, 242))
    noise = Image.effect_noise((PW, PH), 12).convert("L")
    img = Image.blend(img, Image.merge("RGB", (noise, noise, noise)), 0.04)
    img = img.filter(ImageFilter.GaussianBlur(1.25))
    if not seals:
        img = img.convert("L")
    return img


def render(path, pages: list[tuple[str, int | None]], footer, seal_name: str, seed: int = 31) -> None:
    rnd = random.Random(seed)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for markup, num in pages:
        im = _page(markup, footer(num) if num is not None else None, seal_name, rnd)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=45, dpi=(DPI, DPI), optimize=True, progressive=True)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()

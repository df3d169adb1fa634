"""Render simple page specs to images; add scan or phone-photo effects."""
import random
import re

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from common import FONT_SONG, FONT_HAND, FONT_HEI, FONT_KAI, seal_image

W, H = 1050, 1485  # A4 at ~127 dpi
ML, MR, MT = 95, 95, 110
_F = {}


def font(path, size):
    k = (path, size)
    if k not in _F:
        _F[k] = ImageFont.truetype(path, size)
    return _F[k]


HAND_RE = re.compile(r"«(.*?)»")


def draw_rich(dr, x, y, text, size, maxw, print_font=FONT_SONG, ink=(20, 20, 20), hand_ink=(20, 30, 90), indent=0):
    """Draw text with «handwritten» segments, wrapping at maxw. Returns new y."""
    segs = []
    pos = 0
    for m in HAND_RE.finditer(text):
        if m.start() > pos:
            segs.append((text[pos:m.start()], False))
        segs.append((m.group(1), True))
        pos = m.end()
    if pos < len(text):
        segs.append((text[pos:], False))
    cx = x + indent
    lh = int(size * 1.65)
    for s, hand in segs:
        f = font(FONT_HAND, int(size * 1.12)) if hand else font(print_font, size)
        for ch in s:
            w = dr.textlength(ch, font=f)
            if cx + w > x + maxw:
                cx = x
                y += lh
            dr.text((cx, y - (3 if hand else 0)), ch, font=f, fill=hand_ink if hand else ink)
            cx += w
    return y + lh


def render_page(spec, page_no=None, footer=None, seed=0):
    """spec: list of blocks. Returns RGB image of a clean page."""
    img = Image.new("RGB", (W, H), (255, 255, 255))
    dr = ImageDraw.Draw(img)
    y = MT
    maxw = W - ML - MR
    seals = []
    for b in spec:
        k = b[0]
        if k == "title":
            f = font(FONT_HEI, 40)
            tw = dr.textlength(b[1], font=f)
            dr.text(((W - tw) / 2, y), b[1], font=f, fill=(10, 10, 10))
            y += 64
        elif k == "head":
            f = font(FONT_SONG, 30)
            tw = dr.textlength(b[1], font=f)
            dr.text(((W - tw) / 2, y), b[1], font=f, fill=(20, 20, 20))
            y += 48
        elif k == "sub":
            f = font(FONT_SONG, 22)
            tw = dr.textlength(b[1], font=f)
            dr.text(((W - tw) / 2, y), b[1], font=f, fill=(20, 20, 20))
            y += 40
        elif k == "p":
            y = draw_rich(dr, ML, y, b[1], 23, maxw, indent=46)
        elif k == "pn":
            y = draw_rich(dr, ML, y, b[1], 23, maxw)
        elif k == "r":
            f = font(FONT_SONG, 23)
            plain = HAND_RE.sub(lambda m: m.group(1), b[1])
            tw = dr.textlength(plain, font=f)
            y = draw_rich(dr, W - MR - tw - 10, y, b[1], 23, tw + 40)
        elif k == "sp":
            y += b[1]
        elif k == "kv":
            rows, c1 = b[1], b[2] if len(b) > 2 else 200
            for lab, val in rows:
                y0 = y
                yy = draw_rich(dr, ML + c1 + 10, y + 10, val, 21, maxw - c1 - 20)
                draw_rich(dr, ML + 8, y + 10, lab, 21, c1 - 14)
                nh = max(yy - y0 + 4, 50)
                dr.rectangle([ML, y0, W - MR, y0 + nh], outline=(0, 0, 0), width=2)
                dr.line([ML + c1, y0, ML + c1, y0 + nh], fill=(0, 0, 0), width=2)
                y = y0 + nh
            y += 14
        elif k == "grid":
            rows, ws = b[1], b[2]
            tot = sum(ws)
            xs = [ML]
            for w_ in ws:
                xs.append(xs[-1] + maxw * w_ / tot)
            for row in rows:
                y0 = y
                hmax = 46
                for j, cell in enumerate(row):
                    yy = draw_rich(dr, xs[j] + 6, y + 9, str(cell), 20, xs[j + 1] - xs[j] - 12)
                    hmax = max(hmax, yy - y0 + 2)
                for j in range(len(row)):
                    dr.rectangle([xs[j], y0, xs[j + 1], y0 + hmax], outline=(0, 0, 0), width=2)
                y = y0 + hmax
            y += 14
        elif k == "seal":
            seals.append((b[1], b[2], y + b[3] if len(b) > 3 else y - 150))
        elif k == "stamp_sq":
            seals.append(("#SQ" + b[1], b[2], y - 70))
        else:
            raise ValueError(k)
    for name, x, yy in seals:
        if name.startswith("#SQ"):
            from common import square_seal
            s = square_seal(name[3:], 100)
        else:
            s = seal_image(name, 260, seed=seed + len(name))
            s = s.rotate(random.Random(seed).uniform(-12, 12), resample=Image.BICUBIC)
        img.paste(s, (int(x), int(yy)), s)
    if footer:
        f = font(FONT_SONG, 20)
        t = footer(page_no)
        tw = dr.textlength(t, font=f)
        dr.text(((W - tw) / 2, H - 70), t, font=f, fill=(30, 30, 30))
    return img


def scan_effect(img, seed, grey=False, skew=0.8, noise=9, scale=0.82):
    rnd = random.Random(seed)
    img = img.rotate(rnd.uniform(-skew, skew), resample=Image.BICUBIC, fillcolor=(250, 250, 248), expand=False)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    a = np.asarray(img).astype(np.int16)
    rng = np.random.default_rng(seed)
    a = a + rng.normal(0, noise, a.shape[:2])[..., None].astype(np.int16)
    # paper tint and a faint shadow at the binding edge
    a[..., 2] -= 6
    a[:, :28] -= np.linspace(45, 0, 28).astype(np.int16)[None, :, None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if grey:
        out = out.convert("L")
    return out.resize((int(W * scale), int(H * scale)), Image.LANCZOS)


def photo_effect(img, seed, long_side=1280):
    """Phone photo of a page lying on a desk: perspective, uneven light, background."""
    rnd = random.Random(seed)
    bg_col = rnd.choice([(118, 92, 70), (150, 150, 145), (96, 104, 112), (170, 150, 120)])
    BW, BH = int(W * 1.22), int(H * 1.16)
    bg = Image.new("RGB", (BW, BH), bg_col)
    page = img.rotate(rnd.uniform(-4, 4), resample=Image.BICUBIC, expand=True, fillcolor=bg_col)
    bg.paste(page, ((BW - page.width) // 2 + rnd.randint(-30, 30), (BH - page.height) // 2 + rnd.randint(-20, 20)))
    # perspective: top edge narrower
    dx = rnd.randint(30, 90)
    coeffs = _persp([(0, 0), (BW, 0), (BW, BH), (0, BH)],
                    [(dx, rnd.randint(0, 30)), (BW - dx + rnd.randint(-20, 20), rnd.randint(0, 30)), (BW, BH), (0, BH)])
    bg = bg.transform((BW, BH), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=bg_col)
    a = np.asarray(bg).astype(np.float32)
    yy, xx = np.mgrid[0:BH, 0:BW]
    cx, cy = rnd.uniform(0.2, 0.8) * BW, rnd.uniform(0.1, 0.5) * BH
    light = 1.08 - 0.28 * (((xx - cx) / BW) ** 2 + ((yy - cy) / BH) ** 2)
    a = a * light[..., None]
    a[..., 0] *= 1.03
    a[..., 2] *= 0.94
    rng = np.random.default_rng(seed)
    a += rng.normal(0, 4, a.shape[:2])[..., None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
    s = long_side / max(out.size)
    return out.resize((int(out.width * s), int(out.height * s)), Image.LANCZOS)


def _persp(src, dst):
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=float)
    B = np.array([c for p in src for c in p], dtype=float)
    return np.linalg.solve(A, B).tolist()

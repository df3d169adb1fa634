"""Raster rendering of documents: paper pages with printed text, handwritten
fill-ins, seals; then scan or phone-photo degradation."""
import io
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from common import HAND, SANS_B, SERIF, SERIF_B

_FC = {}


def font(spec, size):
    key = (spec, size)
    if key not in _FC:
        _FC[key] = ImageFont.truetype(spec[0], size, index=spec[1])
    return _FC[key]


def make_seal(top, bottom="", size=300, color=(200, 30, 40), seed=0, star=True):
    """Round official seal: text along the upper arc, star, optional bottom line."""
    rng = random.Random(seed)
    S = size * 2
    im = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    c = S / 2
    r = S / 2 - 8
    w = int(S * 0.035)
    dr.ellipse([c - r, c - r, c + r, c + r], outline=color + (255,), width=w)
    # text along arc
    n = len(top)
    fs = int(S * 0.12) if n <= 14 else int(S * 0.105)
    f = font(SANS_B, fs)
    span = min(250, 16 * n + 40)
    start = -90 - span / 2
    for i, ch in enumerate(top):
        ang = start + span * (i + 0.5) / n
        rad = math.radians(ang)
        rr = r - w - fs * 0.62
        x, y = c + rr * math.cos(rad), c + rr * math.sin(rad)
        g = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((fs * 0.5, fs * 0.35), ch, font=f, fill=color + (255,))
        g = g.rotate(-(ang + 90), resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - fs), int(y - fs)))
    if star:
        R, r2 = S * 0.13, S * 0.052
        pts = []
        for k in range(10):
            a = math.radians(-90 + k * 36)
            rad = R if k % 2 == 0 else r2
            pts.append((c + rad * math.cos(a), c + rad * math.sin(a)))
        dr.polygon(pts, fill=color + (255,))
    if bottom:
        fb = font(SANS_B, int(S * 0.075))
        tw = fb.getlength(bottom)
        dr.text((c - tw / 2, c + S * 0.2), bottom, font=fb, fill=color + (255,))
    # ink unevenness
    a = np.array(im)
    noise = np.array([[rng.random() for _ in range(S // 8)] for _ in range(S // 8)])
    noise = np.kron(noise, np.ones((8, 8)))[:S, :S]
    alpha = a[:, :, 3].astype(float) * (0.55 + 0.45 * noise)
    a[:, :, 3] = alpha.clip(0, 255).astype(np.uint8)
    im = Image.fromarray(a).resize((size, size), Image.LANCZOS)
    return im


class Page:
    def __init__(self, W, H, margin, rng):
        self.W, self.H = W, H
        self.im = Image.new("RGB", (W, H), (252, 251, 247))
        self.dr = ImageDraw.Draw(self.im)
        self.ml, self.mt, self.mr, self.mb = margin
        self.y = self.mt
        self.rng = rng
        self.anchors = []  # (x, y) of right-aligned lines for seals
        self.overlays = []  # (image, x, y)

    @property
    def width(self):
        return self.W - self.ml - self.mr

    def room(self, h):
        return self.y + h <= self.H - self.mb


class Renderer:
    """Flows document blocks onto raster pages."""

    def __init__(self, W=1240, H=1754, margin=(120, 130, 120, 140), body=27, seed=1,
                 ink=(25, 35, 120), hand_size=None):
        self.W, self.H, self.margin = W, H, margin
        self.body = body
        self.rng = random.Random(seed)
        self.ink = ink
        self.hand_size = hand_size or int(body * 1.12)
        self.pages = []
        self.new_page()

    def new_page(self):
        self.p = Page(self.W, self.H, self.margin, self.rng)
        self.pages.append(self.p)

    # -- primitives
    def lh(self, size=None):
        return int((size or self.body) * 1.75)

    def ensure(self, h):
        if not self.p.room(h):
            self.new_page()

    def wrap(self, text, f, width, indent=0):
        lines, cur, w = [], "", indent
        for ch in text:
            cw = f.getlength(ch)
            if w + cw > width and cur:
                lines.append(cur)
                cur, w = "", 0
            cur += ch
            w += cw
        if cur:
            lines.append(cur)
        return lines

    def hand_text(self, dr, x, y, text, size=None, color=None):
        size = size or self.hand_size
        f = font(HAND, size)
        color = color or self.ink
        for ch in text:
            dx = self.rng.uniform(-1.5, 1.5)
            dy = self.rng.uniform(-2.5, 2.5)
            s = int(size * self.rng.uniform(0.92, 1.08))
            g = Image.new("RGBA", (s * 2, s * 2), (0, 0, 0, 0))
            ImageDraw.Draw(g).text((s * 0.4, s * 0.3), ch, font=font(HAND, s), fill=color + (255,))
            g = g.rotate(self.rng.uniform(-7, 7), resample=Image.BICUBIC)
            g = g.transform(g.size, Image.AFFINE, (1, -0.18, 0, 0, 1, 0), resample=Image.BICUBIC)
            self.p.im.paste(g, (int(x + dx - s * 0.4), int(y + dy - s * 0.3)), g)
            x += f.getlength(ch) * self.rng.uniform(0.95, 1.12)
        return x

    def text(self, x, y, s, f, fill=(20, 20, 20)):
        self.p.dr.text((x, y), s, font=f, fill=fill)

    # -- blocks
    def title(self, s, size=None):
        size = size or int(self.body * 1.55)
        f = font(SERIF_B, size)
        self.ensure(self.lh(size) + self.lh())
        tw = f.getlength(s)
        if tw > self.p.width:
            for line in self.wrap(s, f, self.p.width):
                tw = f.getlength(line)
                self.text(self.p.ml + (self.p.width - tw) / 2, self.p.y, line, f)
                self.p.y += self.lh(size)
        else:
            self.text(self.p.ml + (self.p.width - tw) / 2, self.p.y, s, f)
            self.p.y += self.lh(size)
        self.p.y += int(self.body * 0.4)

    def sub(self, s, hand=False):
        f = font(SERIF, self.body)
        self.ensure(self.lh())
        tw = f.getlength(s)
        x = self.p.ml + (self.p.width - tw) / 2
        if hand:
            self.hand_text(self.p.dr, x, self.p.y, s)
        else:
            self.text(x, self.p.y, s, f)
        self.p.y += self.lh()

    def para(self, s, indent=True, hand=False):
        f = font(HAND if hand else SERIF, self.hand_size if hand else self.body)
        ind = 2 * self.body if indent else 0
        lines = self.wrap(s, f, self.p.width - 6, indent=ind)
        for i, line in enumerate(lines):
            self.ensure(self.lh())
            x = self.p.ml + (ind if i == 0 else 0)
            if hand:
                self.hand_text(self.p.dr, x, self.p.y, line)
            else:
                self.text(x, self.p.y, line, f)
            self.p.y += self.lh()

    def right(self, s, hand=False):
        f = font(SERIF, self.body)
        self.ensure(self.lh())
        tw = f.getlength(s)
        x = self.p.ml + self.p.width - tw - self.body
        if hand:
            self.hand_text(self.p.dr, x, self.p.y, s)
        else:
            self.text(x, self.p.y, s, f)
        self.p.anchors.append((x + tw / 2, self.p.y + self.body / 2))
        self.p.y += self.lh()

    def sign(self, items):
        f = font(SERIF, self.body)
        for lab, val, hand in items:
            self.ensure(self.lh() + 6)
            x = self.p.ml
            self.text(x, self.p.y, lab + "：", f)
            x2 = x + f.getlength(lab + "：")
            if val:
                if hand:
                    self.hand_text(self.p.dr, x2 + 6, self.p.y - 2, val, size=int(self.hand_size * 1.05))
                else:
                    self.text(x2 + 4, self.p.y, val, f)
            else:
                self.p.dr.line([x2 + 4, self.p.y + self.body + 4, x2 + 260, self.p.y + self.body + 4],
                               fill=(60, 60, 60), width=1)
            self.p.y += self.lh() + 4

    def kv(self, items):
        rows = [[lab, ("h", val) if hand else val] for lab, val, hand in items]
        self.table(rows, [0.28, 0.72])

    def table(self, rows, widths):
        f = font(SERIF, self.body - 2)
        fh = font(HAND, self.hand_size - 2)
        W = self.p.width
        cols = [int(w * W) for w in widths]
        pad = 10
        for row in rows:
            # row may have fewer cells (merged across): last cell spans the rest
            spans = []
            if len(row) < len(cols):
                spans = cols[: len(row) - 1] + [sum(cols[len(row) - 1:])]
            else:
                spans = cols
            wrapped = []
            for cell, cw in zip(row, spans):
                hand = isinstance(cell, tuple)
                txt = cell[1] if hand else cell
                ff = fh if hand else f
                lines = []
                for part in txt.split("\n"):
                    lines += self.wrap(part, ff, cw - 2 * pad) or [""]
                wrapped.append((lines, hand))
            nl = max(len(w[0]) for w in wrapped)
            rh = nl * int(self.body * 1.55) + 2 * pad
            if not self.p.room(rh):
                self.new_page()
            x = self.p.ml
            y0 = self.p.y
            for (lines, hand), cw in zip(wrapped, spans):
                self.p.dr.rectangle([x, y0, x + cw, y0 + rh], outline=(30, 30, 30), width=2)
                yy = y0 + pad
                for line in lines:
                    if hand:
                        self.hand_text(self.p.dr, x + pad, yy, line, size=self.hand_size - 2)
                    else:
                        self.text(x + pad, yy, line, f)
                    yy += int(self.body * 1.55)
                x += cw
            self.p.y = y0 + rh
        self.p.y += int(self.body * 0.6)

    def seal(self, top, bottom="", size=260, dx=0, dy=0):
        if self.p.anchors:
            x, y = self.p.anchors[-1]
        else:
            x, y = self.p.ml + self.p.width * 0.7, self.p.y - self.body
        im = make_seal(top, bottom, size=size, seed=self.rng.randint(0, 9999))
        im = im.rotate(self.rng.uniform(-12, 12), resample=Image.BICUBIC)
        self.p.overlays.append((im, int(x - size / 2 + dx), int(y - size / 2 + dy)))

    def gap(self, n=1):
        self.p.y += int(self.lh() * n)

    def rule(self):
        self.ensure(10)
        self.p.dr.line([self.p.ml, self.p.y, self.p.ml + self.p.width, self.p.y], fill=(40, 40, 40), width=2)
        self.p.y += 12

    def photo(self, caption):
        h = int(self.p.width * 0.45)
        self.ensure(h + self.lh() * 2)
        x0 = self.p.ml + self.p.width * 0.15
        x1 = self.p.ml + self.p.width * 0.85
        # a grey "photo" with some shapes
        box = Image.new("RGB", (int(x1 - x0), h), (150, 150, 145))
        bd = ImageDraw.Draw(box)
        for _ in range(14):
            a = self.rng.randint(0, box.width - 40)
            b = self.rng.randint(0, h - 40)
            col = tuple(self.rng.randint(70, 210) for _ in range(3))
            bd.rectangle([a, b, a + self.rng.randint(30, 220), b + self.rng.randint(20, 150)], fill=col)
        box = box.filter(ImageFilter.GaussianBlur(3))
        self.p.im.paste(box, (int(x0), self.p.y))
        self.p.y += h + 8
        self.para(caption, indent=False)

    def render(self, blocks):
        for b in blocks:
            k = b[0]
            if k == "title":
                self.title(b[1])
            elif k == "sub":
                self.sub(b[1], hand=len(b) > 2 and b[2])
            elif k == "p":
                self.para(b[1])
            elif k == "pl":
                self.para(b[1], indent=False)
            elif k == "hand":
                self.para(b[1], indent=False, hand=True)
            elif k == "right":
                self.right(b[1], hand=len(b) > 2 and b[2])
            elif k == "kv":
                self.kv(b[1])
            elif k == "table":
                self.table(b[1], b[2])
            elif k == "sign":
                self.sign(b[1])
            elif k == "seal":
                self.seal(b[1], b[2] if len(b) > 2 else "")
            elif k == "gap":
                self.gap(b[1])
            elif k == "rule":
                self.rule()
            elif k == "photo":
                self.photo(b[1])
            elif k == "page":
                self.new_page()
            else:
                raise ValueError(k)

    def finish(self):
        out = []
        for p in self.pages:
            im = p.im.convert("RGBA")
            for ov, x, y in p.overlays:
                # multiply-like blend: seal over text
                im.alpha_composite(ov, (max(0, x), max(0, y)))
            out.append(im.convert("RGB"))
        return out


def stamp_page_no(im, n, rng, style="hand", ink=(25, 35, 120)):
    """Archive page number at the bottom-right (handwritten or numbering stamp)."""
    dr = ImageDraw.Draw(im)
    W, H = im.size
    if style == "hand":
        f = font(HAND, 34)
        dr.text((W - 130 + rng.randint(-8, 8), H - 95 + rng.randint(-6, 6)), str(n), font=f, fill=ink)
    else:
        f = font(SERIF, 26)
        dr.text((W - 140, H - 80), f"{n:03d}" if style == "stamp" else str(n), font=f, fill=(40, 40, 40))
    return im


def degrade_scan(im, rng, grey=True, skew=None, noise=6.0, blur=0.6):
    skew = rng.uniform(-1.3, 1.3) if skew is None else skew
    im = im.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=(245, 245, 240))
    if grey:
        im = im.convert("L")
    a = np.asarray(im).astype(np.float32)
    nrng = np.random.default_rng(rng.randint(0, 10 ** 6))
    a = a + nrng.normal(0, noise, a.shape)
    # faint streak from the scanner glass
    if a.ndim == 2:
        x = rng.randint(50, a.shape[1] - 50)
        a[:, x:x + 2] -= 25
    a = a * 0.97 + 4
    im = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    return im


def _persp_coeffs(src, dst):
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def phone_photo(page, rng, out_long=1500):
    """Place a paper page on a desk, with perspective, light falloff and blur."""
    W, H = page.size
    BW, BH = int(W * 1.22), int(H * 1.16)
    base = rng.choice([(118, 86, 58), (160, 150, 140), (92, 96, 104), (196, 188, 170)])
    bg = np.zeros((BH, BW, 3), np.float32) + np.array(base, np.float32)
    nrng = np.random.default_rng(rng.randint(0, 10 ** 6))
    grain = nrng.normal(0, 1, (BH // 16 + 1, BW // 16 + 1))
    grain = np.kron(grain, np.ones((16, 16)))[:BH, :BW]
    bg += grain[:, :, None] * 9
    canvas = Image.fromarray(bg.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(9))
    j = lambda s: rng.uniform(-s, s)
    ox, oy = (BW - W) / 2, (BH - H) / 2
    dst = [(ox + j(45), oy + j(40)), (ox + W + j(45), oy + j(40)),
           (ox + W + j(30), oy + H + j(30)), (ox + j(30), oy + H + j(30))]
    src = [(0, 0), (W, 0), (W, H), (0, H)]
    coeffs = _persp_coeffs(src, dst)
    mask = Image.new("L", page.size, 255)
    warped = page.transform((BW, BH), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    wmask = mask.transform((BW, BH), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    # shadow
    sh = wmask.filter(ImageFilter.GaussianBlur(18))
    canvas = Image.composite(Image.new("RGB", (BW, BH), (40, 35, 30)), canvas,
                             sh.point(lambda v: int(v * 0.45)))
    canvas.paste(warped, (0, 0), wmask)
    a = np.asarray(canvas).astype(np.float32)
    yy, xx = np.mgrid[0:BH, 0:BW]
    cx, cy = BW * rng.uniform(0.3, 0.7), BH * rng.uniform(0.2, 0.6)
    dist = np.sqrt(((xx - cx) / BW) ** 2 + ((yy - cy) / BH) ** 2)
    light = 1.05 - 0.35 * dist
    a = a * light[:, :, None]
    a[:, :, 2] *= rng.uniform(0.9, 0.98)  # warm indoor light
    a += np.random.default_rng(rng.randint(0, 10 ** 6)).normal(0, 3.5, a.shape)
    im = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    im = im.rotate(rng.choice([0, 0, 0, 90]) if False else 0)
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9)))
    s = out_long / max(im.size)
    im = im.resize((int(im.size[0] * s), int(im.size[1] * s)), Image.LANCZOS)
    return im


def images_to_pdf(imgs, path, quality=55, dpi=120):
    """Image-only PDF: each page one JPEG, embedded as is (reportlab, invariant)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    c = None
    for im in imgs:
        b = io.BytesIO()
        im.save(b, "JPEG", quality=quality, optimize=True)
        b.seek(0)
        w, h = im.size[0] * 72.0 / dpi, im.size[1] * 72.0 / dpi
        if c is None:
            c = canvas.Canvas(str(path), pagesize=(w, h), invariant=1, pageCompression=0)
        c.setPageSize((w, h))
        c.drawImage(ImageReader(b), 0, 0, width=w, height=h)
        c.showPage()
    c.save()

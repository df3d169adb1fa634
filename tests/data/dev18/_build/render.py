"""Render paper pages as images (for the scanned PDF and the phone photos).

Text may carry handwritten spans marked {{like this}}: they are drawn in a brush (kai) font, slightly jittered."""
from __future__ import annotations

import math
import re

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from common import pil_font, rng

HAND = re.compile(r"\{\{(.*?)\}\}")


class Page:
    def __init__(self, dpi=200, w_mm=210, h_mm=297, margin_mm=22, seed=1, ink=(20, 20, 20), hand_ink=(25, 35, 110)):
        self.dpi = dpi
        self.px = lambda mm: int(round(mm / 25.4 * dpi))
        self.W, self.H = self.px(w_mm), self.px(h_mm)
        self.img = Image.new("RGB", (self.W, self.H), (255, 255, 255))
        self.dr = ImageDraw.Draw(self.img)
        self.m = self.px(margin_mm)
        self.y = self.m
        self.r = rng(seed)
        self.ink, self.hand_ink = ink, hand_ink
        self.pt = lambda pt: max(8, int(round(pt / 72 * dpi)))

    # -- text with handwritten spans
    def _segments(self, text):
        out, pos = [], 0
        for m in HAND.finditer(text):
            if m.start() > pos:
                out.append((text[pos:m.start()], False))
            out.append((m.group(1), True))
            pos = m.end()
        if pos < len(text):
            out.append((text[pos:], False))
        return out

    def _draw_run(self, x, y, text, size, hand, max_x, x0, lead):
        f = pil_font("hand", int(size * 1.15)) if hand else pil_font("serif", size)
        for ch in text:
            w = f.getlength(ch)
            if x + w > max_x:
                x = x0
                y += lead
            dy = self.r.randint(-2, 2) if hand else 0
            self.dr.text((x, y + dy - (size * 0.1 if hand else 0)), ch, font=f, fill=self.hand_ink if hand else self.ink)
            x += w + (self.r.uniform(-1, 1.5) if hand else 0)
        return x, y

    def text(self, text, pt=12, x_mm=None, indent=False, lead=1.7, max_mm=None, align="left"):
        size = self.pt(pt)
        lead_px = int(size * lead)
        x0 = self.px(x_mm) if x_mm is not None else self.m
        max_x = self.px(max_mm) if max_mm else self.W - self.m
        if align != "left":
            plain = HAND.sub(lambda m: m.group(1), text)
            f = pil_font("serif", size)
            w = f.getlength(plain)
            x = (self.W - w) / 2 if align == "center" else max_x - w
        else:
            x = x0 + (2 * size if indent else 0)
        y = self.y
        for seg, hand in self._segments(text):
            x, y = self._draw_run(x, y, seg, size, hand, max_x, x0, lead_px)
        self.y = y + lead_px
        return self

    def title(self, text, pt=20):
        size = self.pt(pt)
        f = pil_font("bold", size)
        w = f.getlength(text)
        self.dr.text(((self.W - w) / 2, self.y), text, font=f, fill=self.ink)
        self.y += int(size * 1.8)
        return self

    def gap(self, mm):
        self.y += self.px(mm)
        return self

    def table(self, rows, widths_mm, pt=11, pad_mm=1.5, min_h_mm=9):
        size = self.pt(pt)
        lead = int(size * 1.5)
        x_start = self.m
        for row in rows:
            # measure height
            heights = []
            for cell, wmm in zip(row, widths_mm):
                f = pil_font("serif", size)
                plain = HAND.sub(lambda m: m.group(1), cell)
                width = self.px(wmm - 2 * pad_mm)
                lines = max(1, math.ceil(f.getlength(plain) / max(width, 1) + 0.05))
                heights.append(lines * lead + self.px(2 * pad_mm))
            h = max(max(heights), self.px(min_h_mm))
            x = x_start
            for cell, wmm in zip(row, widths_mm):
                w = self.px(wmm)
                self.dr.rectangle([x, self.y, x + w, self.y + h], outline=self.ink, width=2)
                yy, xx = self.y + self.px(pad_mm), x + self.px(pad_mm)
                for seg, hand in self._segments(cell):
                    xx, yy = self._draw_run(xx, yy, seg, size, hand, x + w - self.px(pad_mm), x + self.px(pad_mm), lead)
                x += w
            self.y += h
        self.y += self.px(3)
        return self

    def seal(self, name, cx_mm=150, dy_mm=-6, color=(200, 30, 30), r_mm=20):
        cx, cy = self.px(cx_mm), self.y + self.px(dy_mm)
        r = self.px(r_mm)
        ov = Image.new("RGBA", self.img.size, (0, 0, 0, 0))
        d = ImageDraw.Draw(ov)
        col = color + (170,)
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=col, width=max(3, r // 14))
        f = pil_font("bold", int(r * 0.22))
        n = len(name)
        for i, ch in enumerate(name):
            ang = math.radians(200 - i * (220 / max(n - 1, 1)))
            x = cx + (r * 0.74) * math.cos(ang)
            y = cy - (r * 0.74) * math.sin(ang)
            tile = Image.new("RGBA", (int(r * 0.3), int(r * 0.3)), (0, 0, 0, 0))
            ImageDraw.Draw(tile).text((0, 0), ch, font=f, fill=col)
            tile = tile.rotate(math.degrees(ang) - 90, expand=True)
            ov.alpha_composite(tile, (int(x - tile.width / 2), int(y - tile.height / 2)))
        fs = pil_font("bold", int(r * 0.45))
        d.text((cx - r * 0.22, cy - r * 0.28), "★", font=fs, fill=col)
        self.img = Image.alpha_composite(self.img.convert("RGBA"), ov).convert("RGB")
        self.dr = ImageDraw.Draw(self.img)
        return self

    def page_no(self, n, corner="right", hand=True):
        size = self.pt(12)
        f = pil_font("hand" if hand else "serif", size)
        x = self.W - self.px(18) if corner == "right" else self.px(14)
        self.dr.text((x, self.H - self.px(16)), str(n), font=f, fill=self.hand_ink if hand else self.ink)
        return self


def as_scan(img: Image.Image, seed: int, angle=None) -> Image.Image:
    r = rng(seed)
    g = img.convert("L")
    a = angle if angle is not None else r.uniform(-0.7, 0.7)
    g = g.rotate(a, resample=Image.BICUBIC, fillcolor=250)
    arr = np.asarray(g).astype(np.float32)
    nr = np.random.default_rng(seed)
    arr = arr * 0.93 + 12 + nr.normal(0, 2.6, arr.shape)
    # faint scanner streak
    col = nr.integers(0, arr.shape[1])
    arr[:, col:col + 2] -= 10
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    return Image.fromarray(arr, "L").filter(ImageFilter.GaussianBlur(0.65))


def as_photo(img: Image.Image, seed: int, blur=0.0, out_w=1050) -> Image.Image:
    r = rng(seed)
    nr = np.random.default_rng(seed)
    page = img.resize((int(img.width * 0.62), int(img.height * 0.62)), Image.LANCZOS)
    bg_w, bg_h = int(page.width * 1.16), int(page.height * 1.12)
    base = np.zeros((bg_h, bg_w, 3), np.float32)
    base[:] = (118, 96, 72)  # wooden desk
    base += nr.normal(0, 6, base.shape)
    bg = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
    page = page.rotate(r.uniform(-3, 3), resample=Image.BICUBIC, expand=True, fillcolor=(118, 96, 72))
    ox, oy = (bg_w - page.width) // 2 + r.randint(-15, 15), (bg_h - page.height) // 2 + r.randint(-15, 15)
    bg.paste(page, (ox, oy))
    # perspective squeeze
    w, h = bg.size
    k = r.uniform(0.02, 0.05) * w
    coeffs = _persp([(0, 0), (w, 0), (w, h), (0, h)], [(k, 0), (w - k * 0.4, 0), (w, h), (0, h)])
    bg = bg.transform(bg.size, Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    arr = np.asarray(bg).astype(np.float32)
    yy, xx = np.mgrid[0:h, 0:w]
    # phone shadow: a soft dark band across one corner + light falloff
    cx, cy = r.uniform(0.6, 1.0) * w, r.uniform(0.0, 0.4) * h
    dist = np.sqrt(((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
    shadow = 1 - 0.38 * np.clip(1 - dist / 0.55, 0, 1) ** 1.5
    vign = 1 - 0.25 * (((xx - w / 2) / w) ** 2 + ((yy - h / 2) / h) ** 2) * 2
    warm = np.array([1.0, 0.97, 0.9])
    arr = arr * shadow[..., None] * vign[..., None] * warm + nr.normal(0, 3, arr.shape)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if blur:
        out = out.filter(ImageFilter.GaussianBlur(blur))
    out = out.resize((out_w, int(out.height * out_w / out.width)), Image.LANCZOS)
    return out


def _persp(src, dst):
    m = []
    for (x, y), (X, Y) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -X * x, -X * y])
        m.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
    A = np.array(m, dtype=float)
    B = np.array(src, dtype=float).reshape(8)
    return np.linalg.solve(A, B).tolist()

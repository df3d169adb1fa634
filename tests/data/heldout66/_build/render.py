# -*- coding: utf-8 -*-
"""Renderers: text (GBK/UTF-8), page images (scan/photo), reportlab PDFs, DOCX."""
import io, math, os, random, subprocess, unicodedata
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np


def font_path(pattern):
    out = subprocess.run(["fc-match", "-f", "%{file}", pattern], capture_output=True, text=True).stdout.strip()
    return out


def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


import re as _re
_TOK = _re.compile(r"[0-9A-Za-z.\-/:·×%]+|.", _re.S)
_NOSTART = set("，。、；：）》”’！？〕】」")


def tokens(s):
    return _TOK.findall(s)


def wrap(s, width):
    """Greedy wrap by display width; keeps ASCII runs (numbers, codes) whole and
    keeps closing punctuation off the start of a line."""
    lines, cur, w = [], "", 0
    for tok in tokens(s):
        tw = dwidth(tok)
        if w + tw > width and cur:
            if tok in _NOSTART:
                cur += tok
                lines.append(cur)
                cur, w = "", 0
                continue
            lines.append(cur)
            cur, w = "", 0
        cur += tok
        w += tw
    if cur or not lines:
        lines.append(cur)
    return lines


def center(s, width):
    pad = max(0, (width - dwidth(s)) // 2)
    return " " * pad + s


# ---------------------------------------------------------------- text
def doc_text_lines(doc, width, toc_rows=None, style="box", seal_text="（印章）"):
    out = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            out.append(center(b[1], width))
            out.append("")
        elif k == "sub":
            out.append(center(b[1], width))
        elif k == "p":
            out.extend(wrap("　　" + b[1], width))
        elif k == "kv":
            if style == "box":
                out.append("┌" + "─" * (width // 2 - 2) + "┐")
                for key, v in b[1]:
                    lab = key + "："
                    body = wrap(v or "／", width - dwidth(lab) - 4)
                    for i, ln in enumerate(body):
                        left = lab if i == 0 else " " * dwidth(lab)
                        out.append("│" + left + ln)
                out.append("└" + "─" * (width // 2 - 2) + "┘")
            else:
                for key, v in b[1]:
                    lab = "【" + key + "】"
                    body = wrap(v or "（空）", width - dwidth(lab))
                    for i, ln in enumerate(body):
                        out.append((lab if i == 0 else " " * dwidth(lab)) + ln)
        elif k == "table":
            hdr, rows = b[1], b[2]
            out.append(" | ".join(hdr))
            out.append("-" * width)
            for r in rows:
                out.extend(wrap(" | ".join(r), width))
        elif k == "sign":
            for ln in b[1]:
                out.append(" " * max(0, width - dwidth(ln) - 2) + ln)
        elif k == "seal":
            out.append(" " * max(0, width - dwidth(seal_text) - 6) + seal_text)
        elif k == "pb":
            out.append("\x00PB")
        elif k == "TOC":
            for r in toc_rows:
                out.extend(wrap("  ".join(r), width))
    return out


def paginate(lines, per_page):
    pages, cur = [], []
    for ln in lines:
        if ln == "\x00PB":
            pages.append(cur)
            cur = []
            continue
        cur.append(ln)
        if len(cur) >= per_page:
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    return pages or [[]]


# ---------------------------------------------------------------- images
class ImgLayout:
    def __init__(self, w, h, dpi, font_file, bold_file=None, hand_file=None, fontsize_pt=10.5, seal_color=(200, 30, 30)):
        self.w, self.h, self.dpi = w, h, dpi
        px = int(fontsize_pt / 72 * dpi)
        self.f = ImageFont.truetype(font_file, px)
        self.ft = ImageFont.truetype(bold_file or font_file, int(px * 1.5))
        self.fh = ImageFont.truetype(hand_file or font_file, int(px * 1.15))
        self.lh = int(px * 1.7)
        self.margin = int(0.9 * dpi)
        self.seal_color = seal_color
        self.rng = random.Random(7)

    def new_page(self, bg=(255, 255, 255)):
        im = Image.new("RGB", (self.w, self.h), bg)
        return im, ImageDraw.Draw(im)

    def wrap_px(self, s, font, maxw):
        lines, cur = [], ""
        for tok in tokens(s):
            if font.getlength(cur + tok) > maxw and cur:
                if tok in _NOSTART:
                    lines.append(cur + tok)
                    cur = ""
                    continue
                lines.append(cur)
                cur = ""
            cur += tok
        lines.append(cur)
        return lines

    def seal(self, dr, cx, cy, name, r=None):
        r = r or int(0.8 * self.dpi)
        col = self.seal_color
        for t in range(4):
            dr.ellipse([cx - r + t, cy - r + t, cx + r - t, cy + r - t], outline=col)
        fs = ImageFont.truetype(self.f.path, int(r * 0.28))
        n = len(name)
        span = 240.0
        for i, ch in enumerate(name):
            ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
            x = cx + (r * 0.72) * math.cos(ang)
            y = cy + (r * 0.72) * math.sin(ang)
            tmp = Image.new("RGBA", (int(r * 0.4), int(r * 0.4)), (0, 0, 0, 0))
            ImageDraw.Draw(tmp).text((r * 0.06, r * 0.02), ch, font=fs, fill=col + (255,))
            tmp = tmp.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
            dr._image.paste(tmp, (int(x - tmp.width / 2), int(y - tmp.height / 2)), tmp)
        # star
        pts = []
        for i in range(10):
            rr = r * 0.22 if i % 2 == 0 else r * 0.09
            a = math.radians(-90 + 36 * i)
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        dr.polygon(pts, fill=col)

    def render_doc(self, doc, toc_rows=None, footer=None, header=None):
        """Returns list of PIL pages. footer(page_index_in_doc)->str or None"""
        pages = []
        im, dr = self.new_page()
        y = self.margin
        maxw = self.w - 2 * self.margin
        x0 = self.margin

        def newp():
            nonlocal im, dr, y
            pages.append(im)
            im, dr = self.new_page()
            y = self.margin

        def need(hh):
            if y + hh > self.h - self.margin:
                newp()

        for b in doc["blocks"]:
            k = b[0]
            if k == "title":
                need(self.lh * 2)
                tw = self.ft.getlength(b[1])
                dr.text(((self.w - tw) / 2, y), b[1], font=self.ft, fill=(20, 20, 20))
                y += int(self.lh * 1.6)
            elif k == "sub":
                tw = self.f.getlength(b[1])
                dr.text(((self.w - tw) / 2, y), b[1], font=self.f, fill=(20, 20, 20))
                y += self.lh
            elif k == "p":
                for i, ln in enumerate(self.wrap_px("　　" + b[1], self.f, maxw)):
                    need(self.lh)
                    dr.text((x0, y), ln, font=self.f, fill=(25, 25, 25))
                    y += self.lh
            elif k in ("kv", "table"):
                if k == "kv":
                    cols = [0.26, 0.74]
                    rows = [[a_, v_ or "／"] for a_, v_ in b[1]]
                    hdr = None
                else:
                    hdr, rows = b[1], b[2]
                    n = len(hdr)
                    cols = [1.0 / n] * n
                allrows = ([hdr] if hdr else []) + rows
                for r in allrows:
                    cells = [self.wrap_px(str(c), self.f, cols[i] * maxw - 12) for i, c in enumerate(r)]
                    hh = max(len(c) for c in cells) * self.lh + 10
                    need(hh)
                    xx = x0
                    for i, c in enumerate(cells):
                        cw = cols[i] * maxw
                        dr.rectangle([xx, y, xx + cw, y + hh], outline=(40, 40, 40), width=2)
                        for j, ln in enumerate(c):
                            dr.text((xx + 6, y + 5 + j * self.lh), ln, font=self.f, fill=(25, 25, 25))
                        xx += cw
                    y += hh
                y += self.lh // 2
            elif k == "sign":
                for ln in b[1]:
                    need(self.lh)
                    tw = self.f.getlength(ln)
                    dr.text((self.w - self.margin - tw - 40, y), ln, font=self.f, fill=(25, 25, 25))
                    y += self.lh
                self._last_sign_y = y
            elif k == "seal":
                cy = y - self.lh * 1.5
                self.seal(dr, int(self.w - self.margin - 0.9 * self.dpi - 40), int(cy), b[1])
            elif k == "pb":
                newp()
            elif k == "photo":
                hh = int(self.h * 0.25)
                need(hh + self.lh * 2)
                draw_photo(dr, x0 + maxw * 0.1, y, maxw * 0.8, hh, b[1], self.f, self.rng)
                y += hh + self.lh * 2
            elif k == "TOC":
                hdr = ["序号", "文件名称", "日期", "页号"]
                cols = [0.1, 0.5, 0.24, 0.16]
                for r in [hdr] + toc_rows:
                    hh = self.lh + 10
                    need(hh)
                    xx = x0
                    for i, c in enumerate(r):
                        cw = cols[i] * maxw
                        dr.rectangle([xx, y, xx + cw, y + hh], outline=(40, 40, 40), width=2)
                        dr.text((xx + 6, y + 5), str(c), font=self.f, fill=(25, 25, 25))
                        xx += cw
                    y += hh
        pages.append(im)
        return pages


def stamp_footer(im, text, font, dpi, right=True):
    dr = ImageDraw.Draw(im)
    tw = font.getlength(text)
    x = im.width - int(0.9 * dpi) - tw if right else (im.width - tw) / 2
    dr.text((x, im.height - int(0.55 * dpi)), text, font=font, fill=(30, 30, 30))


def scanify(im, rng, angle):
    g = im.convert("L")
    g = g.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=235)
    a = np.asarray(g).astype(np.float32)
    a = a * 0.93 + 12
    a += rng.normal(0, 5, a.shape)
    # a faint darker band at the left (binding shadow)
    a[:, :40] -= np.linspace(40, 0, 40)[None, :]
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(0.5))
    return out


def photoify(im, rng, out_size=(1200, 1600)):
    W, H = out_size
    # background: table surface
    bg = np.zeros((H, W, 3), np.float32)
    base = np.array([150, 118, 86], np.float32)
    grad = np.linspace(0.8, 1.1, H)[:, None, None]
    bg[:] = base * grad
    bg += rng.normal(0, 6, bg.shape)
    bgim = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8), "RGB")
    # page warped into a quad
    pw, ph = im.size
    j = lambda s: rng.uniform(-s, s)
    quad = [(90 + j(30), 80 + j(30)), (W - 110 + j(30), 110 + j(30)), (W - 70 + j(25), H - 90 + j(25)), (60 + j(25), H - 70 + j(25))]
    # coefficients mapping output->input
    def coeffs(dst, src):
        A, B = [], []
        for (x, y), (u, v) in zip(dst, src):
            A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
            A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
        return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    c = coeffs(quad, src)
    warped = im.transform((W, H), Image.PERSPECTIVE, c, resample=Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (pw, ph), 255).transform((W, H), Image.PERSPECTIVE, c, resample=Image.BICUBIC, fillcolor=0)
    # drop shadow
    sh = Image.new("L", (W, H), 0)
    ImageDraw.Draw(sh).polygon([(x + 18, y + 22) for x, y in quad], fill=120)
    sh = sh.filter(ImageFilter.GaussianBlur(18))
    dark = Image.new("RGB", (W, H), (30, 22, 15))
    bgim = Image.composite(dark, bgim, sh)
    bgim.paste(warped, (0, 0), mask)
    # lighting: diagonal shadow of a hand/phone
    a = np.asarray(bgim).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    light = 1.0 - 0.28 * np.clip((xx * 0.6 + yy * 0.8 - 1300) / 500, 0, 1)
    light *= 0.97 + 0.06 * (1 - yy / H)
    a *= light[..., None]
    a[..., 2] *= 0.96  # warm cast
    a += rng.normal(0, 3, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.6))


def draw_photo(dr, x, y, w, h, caption, font, rng):
    dr.rectangle([x, y, x + w, y + h], fill=(150, 160, 150), outline=(60, 60, 60), width=2)
    for _ in range(14):
        cx, cy = x + rng.uniform(0, w), y + rng.uniform(h * 0.45, h)
        r = rng.uniform(8, 40)
        g = int(rng.uniform(90, 170))
        dr.ellipse([cx - r, cy - r * 0.6, cx + r, cy + r * 0.6], fill=(g, g - 10, g - 25))
    dr.rectangle([x + w * 0.55, y + h * 0.3, x + w * 0.9, y + h * 0.7], fill=(70, 90, 140))
    dr.text((x + 8, y + h + 6), caption, font=font, fill=(25, 25, 25))

"""Scanned-looking PDF: every page is a greyscale 200 dpi image, no text layer.

Pages are typeset with Noto CJK fonts, seals drawn as grey rings with the agency
name on the arc, then slightly rotated, blurred and speckled.
"""
from __future__ import annotations

import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from common import SIG, plain

W, H = 1654, 2339          # A4 at 200 dpi
LM, RM, TM, BM = 205, 190, 200, 230
CW = W - LM - RM
FONT_DIR = "/usr/share/fonts/opentype/noto/"


def _f(name, size):
    return ImageFont.truetype(FONT_DIR + name, size, index=2)  # index 2 = SC


class Typesetter:
    def __init__(self, rng):
        self.rng = rng
        self.body = _f("NotoSerifCJK-Regular.ttc", 30)
        self.cell = _f("NotoSerifCJK-Regular.ttc", 27)
        self.h1 = _f("NotoSansCJK-Bold.ttc", 46)
        self.h2 = _f("NotoSerifCJK-Bold.ttc", 36)
        self.sig = _f("NotoSerifCJK-Bold.ttc", 36)

    # -- inline layout with signature runs
    def _tokens(self, text, font):
        toks, pos = [], 0
        for m in SIG.finditer(text):
            toks += [(ch, font, False) for ch in text[pos:m.start()]]
            toks += [(ch, self.sig, True) for ch in m.group(1)]
            pos = m.end()
        toks += [(ch, font, False) for ch in text[pos:]]
        return toks

    def wrap(self, text, font, width):
        """Greedy wrap; runs of ASCII letters/digits are never split."""
        toks = self._tokens(text, font)
        units, i = [], 0
        while i < len(toks):
            j = i + 1
            if toks[i][0].isascii() and toks[i][0].isalnum():
                while j < len(toks) and toks[j][0].isascii() and (toks[j][0].isalnum() or toks[j][0] in ".,-:%"):
                    j += 1
            units.append(toks[i:j])
            i = j
        lines, cur, w = [], [], 0.0
        for unit in units:
            if unit[0][0] == "\n":
                lines.append(cur)
                cur, w = [], 0.0
                continue
            uw = sum(t[1].getlength(t[0]) for t in unit)
            if w + uw > width and cur:
                lines.append(cur)
                cur, w = [], 0.0
            cur.extend(unit)
            w += uw
        lines.append(cur)
        return lines

    def draw_line(self, dr, toks, x, y):
        for ch, font, is_sig in toks:
            if is_sig:
                dy = self.rng.randint(-4, 3)
                dr.text((x, y - 6 + dy), ch, font=font, fill=25)
            else:
                dr.text((x, y), ch, font=font, fill=20)
            x += font.getlength(ch)

    @staticmethod
    def width(toks):
        return sum(f.getlength(ch) for ch, f, _ in toks)


def _seal(img, cx, cy, name, rng):
    """Grey ring seal with the agency name on the upper arc and a star."""
    R = 150
    layer = Image.new("L", img.size, 255)
    dr = ImageDraw.Draw(layer)
    for k in range(9):
        dr.ellipse([cx - R + k * 0.5, cy - R + k * 0.5, cx + R - k * 0.5, cy + R - k * 0.5], outline=110)
    font = _f("NotoSansCJK-Bold.ttc", 34)
    n = len(name)
    span = min(250.0, 18.0 * n + 40)
    for i, ch in enumerate(name):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        x = cx + (R - 38) * math.cos(ang)
        y = cy + (R - 38) * math.sin(ang)
        g = Image.new("L", (48, 48), 0)
        ImageDraw.Draw(g).text((7, 0), ch, font=font, fill=255)
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        layer.paste(110, (int(x - 24), int(y - 24)), g)
    pts = []
    for k in range(10):
        rad = 42 if k % 2 == 0 else 17
        a = math.radians(-90 + 36 * k)
        pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    dr.polygon(pts, fill=110)
    # uneven ink
    arr = np.array(layer, dtype=np.int16)
    noise = np.array([[rng.randint(0, 60) for _ in range(8)] for _ in range(8)], dtype=np.int16)
    big = np.kron(noise, np.ones((img.size[1] // 8 + 1, img.size[0] // 8 + 1), dtype=np.int16))[:img.size[1], :img.size[0]]
    arr = np.where(arr < 255, np.minimum(255, arr + big), 255).astype(np.uint8)
    base = np.array(img)
    return Image.fromarray(np.minimum(base, arr))


def render_page(blocks, footer, agency, rng):
    ts = Typesetter(rng)
    img = Image.new("L", (W, H), 252)
    dr = ImageDraw.Draw(img)
    y = TM
    seals = []
    last_r_y = None
    for b in blocks:
        if b.kind in ("h1", "h2", "c"):
            font = {"h1": ts.h1, "h2": ts.h2, "c": ts.body}[b.kind]
            for ln in ts.wrap(b.text, font, CW):
                w = ts.width(ln)
                ts.draw_line(dr, ln, LM + (CW - w) / 2, y)
                y += font.size * 1.55
            y += 6
        elif b.kind == "p":
            for ln in ts.wrap(b.text, ts.body, CW):
                ts.draw_line(dr, ln, LM, y)
                y += 50
        elif b.kind == "r":
            for ln in ts.wrap(b.text, ts.body, CW):
                w = ts.width(ln)
                ts.draw_line(dr, ln, LM + CW - w - 30, y)
                last_r_y = y
                y += 50
        elif b.kind == "gap":
            y += 50 * (b.size or 1)
        elif b.kind == "seal":
            cy = (last_r_y if last_r_y is not None else y) + 10
            seals.append((LM + CW - 230, cy))
        elif b.kind == "table":
            ncol = max(len(x) for x in b.rows)
            widths = b.widths or [1] * ncol
            cws = [CW * w / sum(widths) for w in widths]
            for row in b.rows:
                row = list(row) + [""] * (ncol - len(row))
                wrapped = [ts.wrap(str(cell), ts.cell, cw - 20) for cell, cw in zip(row, cws)]
                hgt = max(len(x) for x in wrapped) * 40 + 22
                x = LM
                for cell_lines, cw in zip(wrapped, cws):
                    dr.rectangle([x, y, x + cw, y + hgt], outline=30, width=2)
                    yy = y + 10
                    for ln in cell_lines:
                        ts.draw_line(dr, ln, x + 10, yy)
                        yy += 40
                    x += cw
                y += hgt
            y += 24
        else:
            raise ValueError(b.kind)
    if y > H - BM:
        raise RuntimeError(f"page overflow ({y:.0f}px): {plain(blocks[0].text)[:20]}")
    if footer:
        fw = ts.body.getlength(footer)
        dr.text(((W - fw) / 2, H - 150), footer, font=ts.body, fill=30)
    for cx, cy in seals:
        img = _seal(img, int(cx), int(cy), agency, rng)
    # scanner artefacts: skew, toner speckle, blur, uneven background
    ang = rng.uniform(-0.6, 0.6)
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=250)
    arr = np.array(img, dtype=np.float32)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    ink = arr < 236
    arr = np.where(ink, arr + nrng.normal(0, 9.0, arr.shape), 250.0)
    grad = np.linspace(0, 6, W, dtype=np.float32)[None, :]
    arr -= grad
    spk = nrng.random(arr.shape) < 0.00025
    arr[spk] = 70
    arr[:, :12] = 90  # scanner edge shadow
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    return img


def _pack2(img):
    """Greyscale image -> 2-bit (4 grey levels) packed rows, as a text-mode scanner stores it."""
    a = np.array(img, dtype=np.float32)
    idx = np.clip(np.round(a / 85.0), 0, 3).astype(np.uint8)
    h, w = idx.shape
    padw = (w + 3) // 4 * 4
    if padw != w:
        idx = np.concatenate([idx, np.full((h, padw - w), 3, np.uint8)], axis=1)
    q = idx.reshape(h, padw // 4, 4)
    packed = (q[:, :, 0] << 6) | (q[:, :, 1] << 4) | (q[:, :, 2] << 2) | q[:, :, 3]
    return packed.astype(np.uint8).tobytes()


def write_pdf(images, out_path, dpi=200):
    """Minimal PDF: one Flate-compressed 2-bit DeviceGray image per page, no text."""
    import zlib
    objs = []   # list of bytes, object i+1

    def add(b):
        objs.append(b)
        return len(objs)

    catalog = add(b"")  # placeholder 1
    pages = add(b"")    # placeholder 2
    kids = []
    for im in images:
        w, h = im.size
        data = zlib.compress(_pack2(im), 9)
        img_id = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                     b"/BitsPerComponent 2 /Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(data))
                     + data + b"\nendstream")
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)
        c_id = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        page_id = add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >> "
                      b"/Contents %d 0 R >>" % (pw, ph, img_id, c_id))
        kids.append(page_id)
    objs[catalog - 1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[pages - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                       + b"] /Count %d >>" % len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, ob in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + ob + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    with open(out_path, "wb") as f:
        f.write(bytes(out))


def render(case, out_path, seed=0):
    rng = random.Random(seed)
    imgs = []
    for d in case.docs:
        for i, blocks in enumerate(d.pages):
            footer = case.footer.format(n=d.first + i) if d.numbered else ""
            imgs.append(render_page(blocks, footer, case.agency, rng))
    write_pdf(imgs, out_path)

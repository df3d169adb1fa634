"""A small fixed-layout engine: document blocks -> positioned pages (mm) -> PDF / raster / OFD.

Blocks (tuples):
  ("title", text, opts)            centred heading
  ("para", markup, opts)           paragraph; opts: indent (chars), align l/c/r, pt, font, sb, sa
  ("table", rows, widths, opts)    bordered form table; a cell is markup or dict(t=, span=, align=, minh=)
  ("space", mm) / ("break",) / ("rule",)
  ("seal", name, opts)             seal over the last line placed (the 落款)
  ("photos", [(caption, kind)], opts)
  ("keep", mm)                     start a new page unless mm are left
Markup: plain text with {h:...} handwriting, {b:...} bold, {u:...} underlined, {hu:...} underlined handwriting.
"""
import math
import random
import re
from dataclasses import dataclass, field
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from common import FONTS, font_file

PT = 25.4 / 72.0


@dataclass
class Style:
    page_w: float = 210.0
    page_h: float = 297.0
    top: float = 25.0
    bottom: float = 24.0
    left: float = 26.0
    right: float = 22.0
    body: str = "song"
    body_pt: float = 12.0
    lead: float = 1.65
    title: str = "hei"
    title_pt: float = 20.0
    hand: str = "kai"
    ink: tuple = (25, 25, 25)
    hand_ink: tuple = (30, 40, 120)
    cell_pt: float = 11.0
    pad: float = 1.6
    header: str = None
    header_pt: float = 9.0
    pagenum: object = None          # callable(archive_no) -> str
    pagenum_pos: str = "br"
    pagenum_font: str = None
    seal_color: tuple = (205, 30, 36)


@dataclass
class Doc:
    kind: str                      # short key for my own bookkeeping
    name: str                      # title as it appears in the 卷内目录
    blocks: list = field(default_factory=list)
    numbered: bool = True
    docno: str = ""
    date: str = ""

    def add(self, *blocks):
        self.blocks.extend(blocks)
        return self


# ------------------------------------------------------------------ measuring
@lru_cache(None)
def pil_font(key, px):
    path, idx = font_file(FONTS[key])
    return ImageFont.truetype(path, px, index=idx)


@lru_cache(None)
def adv(key, ch):
    """Advance of one character in em units (1.0 = full width)."""
    f = pil_font(key, 200)
    return f.getlength(ch) / 200.0


def text_w(key, s, pt):
    return sum(adv(key, c) for c in s) * pt * PT


_MK = re.compile(r"\{(h|b|u|hu):([^{}]*)\}")


def parse(markup):
    out, pos = [], 0
    for m in _MK.finditer(markup):
        if m.start() > pos:
            out.append((markup[pos:m.start()], ""))
        out.append((m.group(2), m.group(1)))
        pos = m.end()
    if pos < len(markup):
        out.append((markup[pos:], ""))
    return out


NO_START = set("，。、；：？！）》」』”’％,.;:!?)]】〕")


def wrap(markup, width, pt, style, font=None, indent=0.0):
    """Greedy CJK wrap.  Returns lines; a line is a list of (text, kind) runs."""
    font = font or style.body
    chars = []
    for txt, kind in parse(markup):
        for ch in txt:
            chars.append((ch, kind))
    lines, cur, w = [], [], indent
    for i, (ch, kind) in enumerate(chars):
        if ch == "\n":
            lines.append(cur)
            cur, w = [], 0.0
            continue
        fk = style.hand if "h" in kind else ("hei" if kind == "b" else font)
        cw = adv(fk, ch) * pt * PT
        if w + cw > width + 0.01 and cur and ch not in NO_START:
            lines.append(cur)
            cur, w = [], 0.0
        cur.append((ch, kind))
        w += cw
    if cur or not lines:
        lines.append(cur)
    merged = []
    for ln in lines:
        runs = []
        for ch, kind in ln:
            if runs and runs[-1][1] == kind:
                runs[-1][0] += ch
            else:
                runs.append([ch, kind])
        merged.append([(a, b) for a, b in runs])
    return merged


def line_w(runs, pt, style, font):
    return sum(text_w(style.hand if "h" in k else ("hei" if k == "b" else font), t, pt) for t, k in runs)


# ------------------------------------------------------------------ layout
class Page:
    def __init__(self, doc_index, doc):
        self.items = []
        self.doc_index = doc_index
        self.doc = doc
        self.archive_no = None


class Layout:
    def __init__(self, style, seed=0):
        self.s = style
        self.rng = random.Random(seed)
        self.pages = []

    # -- helpers
    def _new_page(self, di, doc):
        p = Page(di, doc)
        self.pages.append(p)
        self.page = p
        self.y = self.s.top
        return p

    def _room(self):
        return self.s.page_h - self.s.bottom - self.y

    def _ensure(self, h, di, doc):
        if h > self._room() and self.y > self.s.top + 0.5:
            self._new_page(di, doc)

    def _emit_line(self, runs, x, baseline, pt, font, color=None):
        for t, k in runs:
            fk = self.s.hand if "h" in k else ("hei" if k == "b" else font)
            col = self.s.hand_ink if "h" in k else (color or self.s.ink)
            w = text_w(fk, t, pt)
            self.page.items.append(("text", x, baseline, t, fk, pt, col, "h" in k))
            if "u" in k:
                self.page.items.append(("line", x, baseline + 0.9, x + w, baseline + 0.9, 0.2))
            x += w
        return x

    # -- public
    def add_doc(self, di, doc):
        s = self.s
        self._new_page(di, doc)
        self.last_line = None
        for b in doc.blocks:
            getattr(self, "_b_" + b[0])(di, doc, *b[1:])

    def _b_break(self, di, doc):
        self._new_page(di, doc)

    def _b_keep(self, di, doc, mm):
        if self._room() < mm:
            self._new_page(di, doc)

    def _b_space(self, di, doc, mm):
        self.y += mm

    def _b_rule(self, di, doc, opts=None):
        s = self.s
        self.page.items.append(("line", s.left, self.y, s.page_w - s.right, self.y, 0.5))
        self.y += 2

    def _b_title(self, di, doc, text, opts=None):
        o = opts or {}
        s = self.s
        pt = o.get("pt", s.title_pt)
        font = o.get("font", s.title)
        sp = o.get("spacing", 0.0)
        self.y += o.get("sb", 0)
        h = pt * PT * 1.5
        self._ensure(h + 4, di, doc)
        w = text_w(font, text, pt) + sp * (len(text) - 1)
        x = (s.page_w - w) / 2 + o.get("dx", 0)
        base = self.y + pt * PT * 1.05
        self.page.items.append(("text", x, base, text, font, pt, o.get("color", s.ink), False, sp))
        self.y += h + o.get("sa", 2.5)
        self.last_line = ((s.page_w) / 2, base)

    def _b_para(self, di, doc, markup, opts=None):
        o = opts or {}
        s = self.s
        pt = o.get("pt", s.body_pt)
        font = o.get("font", s.body)
        lead = o.get("lead", s.lead)
        left = s.left + o.get("li", 0)
        width = s.page_w - s.right - left - o.get("ri", 0)
        ind = o.get("indent", 2 if o.get("align", "l") == "l" else 0) * pt * PT
        align = o.get("align", "l")
        self.y += o.get("sb", 0)
        lines = wrap(markup, width, pt, s, font, ind)
        lh = pt * PT * lead
        for i, runs in enumerate(lines):
            self._ensure(lh, di, doc)
            base = self.y + pt * PT * 1.0
            lw = line_w(runs, pt, s, font)
            if align == "c":
                x = left + (width - lw) / 2
            elif align == "r":
                x = left + width - lw - o.get("rpad", 0)
            else:
                x = left + (ind if i == 0 else 0)
            end = self._emit_line(runs, x, base, pt, font, o.get("color"))
            self.last_line = ((x + end) / 2, base)
            self.y += lh
        self.y += o.get("sa", 0.6)

    def _b_table(self, di, doc, rows, widths, opts=None):
        o = opts or {}
        s = self.s
        pt = o.get("pt", s.cell_pt)
        pad = o.get("pad", s.pad)
        lead = o.get("lead", 1.45)
        total = s.page_w - s.left - s.right
        if sum(widths) <= 1.001:
            widths = [w * total for w in widths]
        x0 = s.left + o.get("li", 0)
        lh = pt * PT * lead
        self.y += o.get("sb", 0)
        for r_i, row in enumerate(rows):
            cells, ci = [], 0
            for c in row:
                if not isinstance(c, dict):
                    c = {"t": c}
                span = c.get("span", 1)
                cw = sum(widths[ci:ci + span])
                cells.append((c, x0 + sum(widths[:ci]), cw))
                ci += span
            wrapped = []
            hmax = o.get("minh", 0)
            for c, cx, cw in cells:
                lines = wrap(c.get("t", ""), cw - 2 * pad, pt, s, c.get("font", s.body))
                h = len(lines) * lh + 2 * pad
                wrapped.append(lines)
                hmax = max(hmax, h, c.get("minh", 0))
            if hmax > self._room() and self.y > s.top + 0.5:
                self._new_page(di, doc)
            y0 = self.y
            for (c, cx, cw), lines in zip(cells, wrapped):
                if o.get("border", True):
                    self.page.items.append(("rect", cx, y0, cw, hmax, 0.35))
                th = len(lines) * lh
                if c.get("valign", o.get("valign", "m")) == "m":
                    ty = y0 + (hmax - th) / 2
                else:
                    ty = y0 + pad
                for runs in lines:
                    lw = line_w(runs, pt, s, c.get("font", s.body))
                    al = c.get("align", "l")
                    if al == "c":
                        tx = cx + (cw - lw) / 2
                    elif al == "r":
                        tx = cx + cw - pad - lw
                    else:
                        tx = cx + pad
                    base = ty + pt * PT * 1.02
                    self._emit_line(runs, tx, base, pt, c.get("font", s.body))
                    ty += lh
                if c.get("seal"):
                    self.page.items.append(("seal", cx + cw * 0.62, y0 + hmax * 0.55, 19.0, c["seal"],
                                            c.get("seal_sub", ""), self.rng.random()))
            self.y = y0 + hmax
        self.y += o.get("sa", 2)

    def _b_seal(self, di, doc, name, opts=None):
        o = opts or {}
        if not self.last_line:
            return
        cx, base = self.last_line
        self.page.items.append(("seal", cx + o.get("dx", 0), base - 3 + o.get("dy", 0), o.get("r", 20.0),
                                name, o.get("sub", ""), self.rng.random()))

    def _b_photos(self, di, doc, photos, opts=None):
        o = opts or {}
        s = self.s
        cols = o.get("cols", 2)
        h = o.get("h", 62)
        total = s.page_w - s.left - s.right
        gap = 6
        w = (total - gap * (cols - 1)) / cols
        for i in range(0, len(photos), cols):
            self._ensure(h + 16, di, doc)
            for j, (cap, kind) in enumerate(photos[i:i + cols]):
                x = s.left + j * (w + gap)
                self.page.items.append(("photo", x, self.y, w, h, kind, self.rng.random()))
                lines = wrap(cap, w, s.cell_pt - 1.5, s)
                yy = self.y + h + 4
                for runs in lines:
                    self._emit_line(runs, x, yy, s.cell_pt - 1.5, s.body)
                    yy += (s.cell_pt - 1.5) * PT * 1.4
            self.y += h + 16


def paginate(docs, style, seed=0, first_no=1):
    """Lay out all documents; number pages of numbered documents consecutively (archive page numbers)."""
    lay = Layout(style, seed)
    for di, d in enumerate(docs):
        lay.add_doc(di, d)
    no = first_no
    for p in lay.pages:
        if p.doc.numbered:
            p.archive_no = no
            no += 1
    for p in lay.pages:
        decorate(p, style)
    return lay.pages


def decorate(p, s):
    if s.header and p.doc.numbered:
        w = text_w(s.body, s.header, s.header_pt)
        p.items.append(("text", (s.page_w - w) / 2, s.top - 9, s.header, s.body, s.header_pt, (90, 90, 90), False))
        p.items.append(("line", s.left, s.top - 7.5, s.page_w - s.right, s.top - 7.5, 0.3))
    if s.pagenum and p.archive_no is not None:
        t = s.pagenum(p.archive_no)
        fk = s.pagenum_font or s.body
        w = text_w(fk, t, 10.5)
        if s.pagenum_pos == "br":
            x, y = s.page_w - s.right - w, s.page_h - 12
        elif s.pagenum_pos == "tr":
            x, y = s.page_w - s.right - w + 4, 14
        else:
            x, y = (s.page_w - w) / 2, s.page_h - 12
        p.items.append(("text", x, y, t, fk, 10.5, (40, 40, 40), False))


def doc_page_ranges(pages):
    """{doc_index: (first_archive_no, last_archive_no)} for numbered documents."""
    out = {}
    for p in pages:
        if p.archive_no is None:
            continue
        a, b = out.get(p.doc_index, (p.archive_no, p.archive_no))
        out[p.doc_index] = (min(a, p.archive_no), max(b, p.archive_no))
    return out


# ------------------------------------------------------------------ seals and pictures
@lru_cache(None)
def seal_image(name, sub="", color=(205, 30, 36), pxmm=8, r_mm=20.0, seed=0.0):
    """Round official seal: name on the upper arc, a star, optional text below.  RGBA."""
    R = int(r_mm * pxmm)
    size = 2 * R + 8
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = size / 2
    col = color + (235,)
    lw = int(1.1 * pxmm)
    d.ellipse([c - R, c - R, c + R, c + R], outline=col, width=lw)
    # star
    rs, ri = R * 0.30, R * 0.12
    pts = []
    for k in range(10):
        rr = rs if k % 2 == 0 else ri
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    d.polygon(pts, fill=col)
    # arc text
    n = len(name)
    span = min(250.0, 30.0 * n)
    fpx = int(min(R * 0.30, math.radians(span / max(n, 1)) * R * 0.70 * 0.92))
    f = pil_font("song", fpx)
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        a = math.radians(ang)
        rr = R - lw - fpx * 0.62
        x, y = c + rr * math.cos(a), c + rr * math.sin(a)
        g = Image.new("RGBA", (fpx * 2, fpx * 2), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((fpx * 0.5, fpx * 0.38), ch, font=f, fill=col)
        g = g.rotate(-(ang + 90), resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - fpx), int(y - fpx)))
    if sub:
        fs = pil_font("song", int(R * 0.17))
        w = fs.getlength(sub)
        d.text((c - w / 2, c + R * 0.42), sub, font=fs, fill=col)
    # ink texture: knock out small random specks (alpha only; colour planes stay flat so they compress)
    rnd = random.Random(int(seed * 1e6) + len(name))
    alpha = im.split()[3]
    px = alpha.load()
    for _ in range(int(size * size * 0.006)):
        x, y = rnd.randrange(size), rnd.randrange(size)
        if px[x, y]:
            px[x, y] = int(px[x, y] * rnd.uniform(0.2, 0.7))
    flat = [Image.new("L", im.size, v) for v in color]
    return Image.merge("RGBA", flat + [alpha])


def photo_image(kind, w_px, h_px, seed):
    """A plain illustrative 'evidence photo' (scene sketch), deterministic per seed."""
    rnd = random.Random(int(seed * 1e6))
    im = Image.new("RGB", (w_px, h_px), (200, 200, 195))
    d = ImageDraw.Draw(im)
    if kind == "shelf":
        d.rectangle([0, 0, w_px, h_px], fill=(214, 210, 200))
        for row in range(3):
            y = int(h_px * (0.25 + row * 0.28))
            d.rectangle([int(w_px * .05), y, int(w_px * .95), y + 6], fill=(120, 100, 80))
            x = int(w_px * .07)
            while x < w_px * .9:
                bw = rnd.randint(18, 40)
                bh = rnd.randint(25, 55)
                colr = tuple(rnd.randint(60, 230) for _ in range(3))
                d.rectangle([x, y - bh, x + bw, y], fill=colr, outline=(60, 60, 60))
                x += bw + rnd.randint(3, 8)
    elif kind == "pile":
        d.rectangle([0, 0, w_px, int(h_px * .45)], fill=(190, 205, 220))
        d.rectangle([0, int(h_px * .45), w_px, h_px], fill=(160, 150, 130))
        for k in range(3):
            cx = int(w_px * (0.2 + 0.3 * k))
            d.polygon([(cx - 70, int(h_px * .85)), (cx, int(h_px * (.3 + .08 * k))), (cx + 80, int(h_px * .85))],
                      fill=(150 + 10 * k, 135, 110))
    elif kind == "car":
        d.rectangle([0, 0, w_px, h_px], fill=(120, 125, 130))
        d.rounded_rectangle([int(w_px * .15), int(h_px * .35), int(w_px * .85), int(h_px * .75)], 20,
                            fill=(235, 235, 235), outline=(40, 40, 40))
        d.rectangle([int(w_px * .42), int(h_px * .62), int(w_px * .58), int(h_px * .70)], fill=(20, 60, 170))
        for cx in (.28, .72):
            d.ellipse([int(w_px * cx) - 22, int(h_px * .70), int(w_px * cx) + 22, int(h_px * .86)], fill=(20, 20, 20))
    elif kind == "wire":
        d.rectangle([0, 0, w_px, h_px], fill=(225, 220, 210))
        for k in range(8):
            cx = int(w_px * (0.12 + 0.11 * k))
            cy = int(h_px * (0.45 + 0.2 * (k % 2)))
            d.ellipse([cx - 30, cy - 30, cx + 30, cy + 30], fill=(200, 40, 40), outline=(90, 20, 20), width=3)
            d.ellipse([cx - 10, cy - 10, cx + 10, cy + 10], fill=(225, 220, 210))
    elif kind == "field":
        d.rectangle([0, 0, w_px, int(h_px * .4)], fill=(185, 210, 235))
        d.rectangle([0, int(h_px * .4), w_px, h_px], fill=(95, 140, 70))
        for k in range(9):
            cx = int(w_px * (0.06 + 0.11 * k))
            d.ellipse([cx - 28, int(h_px * .30), cx + 28, int(h_px * .62)], fill=(40, 100 + rnd.randint(0, 40), 40))
            d.rectangle([cx - 3, int(h_px * .6), cx + 3, int(h_px * .78)], fill=(90, 60, 40))
    elif kind == "weld":
        d.rectangle([0, 0, w_px, h_px], fill=(95, 95, 100))
        d.rectangle([int(w_px * .1), int(h_px * .6), int(w_px * .9), int(h_px * .7)], fill=(150, 150, 155))
        d.ellipse([int(w_px * .45), int(h_px * .45), int(w_px * .55), int(h_px * .6)], fill=(255, 240, 190))
        d.rectangle([int(w_px * .30), int(h_px * .2), int(w_px * .42), int(h_px * .6)], fill=(40, 70, 140))
    else:  # paper
        d.rectangle([0, 0, w_px, h_px], fill=(235, 233, 228))
        for k in range(12):
            y = int(h_px * (0.1 + k * 0.07))
            d.line([int(w_px * .1), y, int(w_px * (.5 + rnd.random() * .4)), y], fill=(120, 120, 120), width=2)
    return im


# ------------------------------------------------------------------ raster backend
def render_raster(page, style, dpi=120, hand_jitter=True, seal_color=None):
    s = style
    k = dpi / 25.4
    W, H = int(s.page_w * k), int(s.page_h * k)
    im = Image.new("RGB", (W, H), (252, 251, 247))
    d = ImageDraw.Draw(im)
    rnd = random.Random(page.archive_no or 0)
    seals = []
    for it in page.items:
        t = it[0]
        if t == "text":
            _, x, y, txt, fk, pt, col, hand = it[:8]
            sp = it[8] if len(it) > 8 else 0.0
            px = max(6, int(round(pt * PT * k)))
            f = pil_font(fk, px)
            asc = f.getmetrics()[0]
            if sp:
                xx = x * k
                for ch in txt:
                    d.text((xx, y * k - asc * 0.88), ch, font=f, fill=col)
                    xx += f.getlength(ch) + sp * k
            elif hand and hand_jitter:
                xx = x * k
                for ch in txt:
                    dy = rnd.uniform(-0.35, 0.35) * k
                    d.text((xx, y * k - asc * 0.88 + dy), ch, font=f, fill=col)
                    xx += f.getlength(ch) * rnd.uniform(0.96, 1.06)
            else:
                d.text((x * k, y * k - asc * 0.88), txt, font=f, fill=col)
        elif t == "line":
            _, x1, y1, x2, y2, w = it
            d.line([x1 * k, y1 * k, x2 * k, y2 * k], fill=(30, 30, 30), width=max(1, int(w * k)))
        elif t == "rect":
            _, x, y, w, h, lw = it
            d.rectangle([x * k, y * k, (x + w) * k, (y + h) * k], outline=(30, 30, 30), width=max(1, int(lw * k)))
        elif t == "photo":
            _, x, y, w, h, kind, seed = it
            ph = photo_image(kind, int(w * k), int(h * k), seed)
            im.paste(ph, (int(x * k), int(y * k)))
        elif t == "seal":
            seals.append(it)
    from PIL import ImageChops
    for it in seals:
        _, cx, cy, r, name, sub, seed = it
        sim = seal_image(name, sub, seal_color or s.seal_color, pxmm=max(3, int(k)), r_mm=r, seed=round(seed, 4))
        sim = sim.rotate(rnd.uniform(-12, 12), resample=Image.BICUBIC)
        white = Image.new("RGBA", im.size, (255, 255, 255, 255))
        layer = Image.new("RGBA", im.size, (0, 0, 0, 0))
        layer.alpha_composite(sim, (int(cx * k - sim.width / 2), int(cy * k - sim.height / 2)))
        white = Image.alpha_composite(white, layer).convert("RGB")
        im = ImageChops.multiply(im, white)
    return im


# ------------------------------------------------------------------ PDF backend
def render_pdf(pages, style, path, title="", seal_color=None):
    from io import BytesIO

    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab import rl_config
    from reportlab.pdfgen import canvas
    rl_config.useA85 = 0

    used = set()
    for p in pages:
        for it in p.items:
            if it[0] == "text":
                used.add(it[4])
    names = {}
    for key in sorted(used):
        nm = "F_" + key
        if nm not in pdfmetrics.getRegisteredFontNames():
            fp, idx = font_file(FONTS[key])
            pdfmetrics.registerFont(TTFont(nm, fp, subfontIndex=idx))
        names[key] = nm
    s = style
    mm = 72 / 25.4
    c = canvas.Canvas(str(path), pagesize=(s.page_w * mm, s.page_h * mm), invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    for p in pages:
        seals = []
        for it in p.items:
            t = it[0]
            if t == "text":
                _, x, y, txt, fk, pt, col, hand = it[:8]
                sp = it[8] if len(it) > 8 else 0.0
                c.setFillColorRGB(*[v / 255 for v in col])
                c.setFont(names[fk], pt)
                c.drawString(x * mm, (s.page_h - y) * mm, txt, charSpace=sp * mm)
            elif t == "line":
                _, x1, y1, x2, y2, w = it
                c.setLineWidth(w * mm)
                c.line(x1 * mm, (s.page_h - y1) * mm, x2 * mm, (s.page_h - y2) * mm)
            elif t == "rect":
                _, x, y, w, h, lw = it
                c.setLineWidth(lw * mm)
                c.rect(x * mm, (s.page_h - y - h) * mm, w * mm, h * mm, stroke=1, fill=0)
            elif t == "photo":
                _, x, y, w, h, kind, seed = it
                ph = photo_image(kind, int(w * 4), int(h * 4), seed)
                b = BytesIO()
                ph.save(b, "JPEG", quality=55)
                b.seek(0)
                c.drawImage(ImageReader(b), x * mm, (s.page_h - y - h) * mm, w * mm, h * mm)
            elif t == "seal":
                seals.append(it)
        for it in seals:
            _, cx, cy, r, name, sub, seed = it
            sim = seal_image(name, sub, seal_color or s.seal_color, pxmm=5, r_mm=r, seed=0.0)
            b = BytesIO()
            sim.save(b, "PNG", optimize=True)
            b.seek(0)
            sz = sim.width / 5
            c.drawImage(ImageReader(b), (cx - sz / 2) * mm, (s.page_h - cy - sz / 2) * mm, sz * mm, sz * mm,
                        mask="auto")
        c.showPage()
    c.save()

"""A small page-layout model shared by the paged formats (text PDF, scans, photos, OFD).

Coordinates are PDF points from the top-left corner of an A4 page. A Writer flows text,
tables and signatures onto pages; backends in render.py turn the pages into files.
"""
import math
import random
import zlib

from PIL import Image, ImageDraw, ImageFont

W, H = 595.3, 841.9
FONTS = {
    "song": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "hei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "fs": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
}
_pil_cache = {}
_w_cache = {}


def pil_font(key, px):
    k = (key, int(px))
    if k not in _pil_cache:
        path, idx = FONTS[key]
        _pil_cache[k] = ImageFont.truetype(path, int(px), index=idx)
    return _pil_cache[k]


def text_width(s, font, size):
    tot = 0.0
    for ch in s:
        k = (font, ch)
        if k not in _w_cache:
            _w_cache[k] = pil_font(font, 200).getlength(ch) / 200.0
        tot += _w_cache[k]
    return tot * size


class Page:
    def __init__(self, numbered=True):
        self.ops = []
        self.numbered = numbered
        self.number = None
        self.tags = []          # document titles that start on this page


class Writer:
    """Flows content onto pages. Fonts: song (宋), kai (楷, handwriting), hei (黑), fs (仿宋-like)."""

    def __init__(self, ml=70, mr=64, mt=68, mb=70, font="song", size=11.5, lead=1.6,
                 hand_font="kai", ink=(18, 30, 95)):
        self.ml, self.mr, self.mt, self.mb = ml, mr, mt, mb
        self.font, self.size, self.lead = font, size, lead
        self.hand_font, self.ink = hand_font, ink
        self.pages = []
        self.page = None
        self.y = 0
        self.numbered = True

    # -------------------------------------------------------------- pages
    def new_page(self, numbered=None, tag=None):
        if numbered is not None:
            self.numbered = numbered
        self.page = Page(self.numbered)
        self.pages.append(self.page)
        self.y = self.mt
        if tag:
            self.page.tags.append(tag)
        return self.page

    def tag(self, title):
        self.page.tags.append(title)

    @property
    def width(self):
        return W - self.ml - self.mr

    def ensure(self, h):
        if self.page is None or self.y + h > H - self.mb:
            self.new_page()

    def space(self, h):
        self.y += h

    # -------------------------------------------------------------- primitives
    def op_text(self, x, y, s, font=None, size=None, color=(0, 0, 0), hand=False):
        self.page.ops.append(("T", x, y, s, font or self.font, size or self.size, color, hand))

    def op_line(self, x1, y1, x2, y2, lw=0.6, color=(0, 0, 0)):
        self.page.ops.append(("L", x1, y1, x2, y2, lw, color))

    def op_rect(self, x, y, w, h, lw=0.6):
        for a in ((x, y, x + w, y), (x + w, y, x + w, y + h), (x, y + h, x + w, y + h), (x, y, x, y + h)):
            self.op_line(*a, lw=lw)

    def seal(self, cx, cy, agency, sub="", r=42, color=(200, 30, 30)):
        self.page.ops.append(("S", cx, cy, r, agency, sub, color))

    def image(self, x, y, w, h, key):
        self.page.ops.append(("I", x, y, w, h, key))

    # -------------------------------------------------------------- wrapping
    def wrap(self, s, width, font, size, first_indent=0.0):
        """Greedy CJK line breaking; ASCII runs (numbers, codes) are kept whole; 避头尾 punctuation."""
        toks, i = [], 0
        while i < len(s):
            j = i
            while j < len(s) and (s[j].isascii() and (s[j].isalnum() or s[j] in ".,:%-/_")):
                j += 1
            if j > i:
                toks.append(s[i:j])
                i = j
            else:
                toks.append(s[i])
                i += 1
        lines, cur, curw, avail = [], "", 0.0, width - first_indent
        for tk in toks:
            if tk == "\n":
                lines.append(cur)
                cur, curw, avail = "", 0.0, width
                continue
            cw = text_width(tk, font, size)
            if curw + cw > avail + 0.01 and cur:
                if tk in "，。、；：？！）》”’」』〕" and len(tk) == 1:
                    cur += tk
                    lines.append(cur)
                    cur, curw, avail = "", 0.0, width
                    continue
                carry = ""
                while cur and cur[-1] in "（《“‘「『〔":
                    carry = cur[-1] + carry
                    cur = cur[:-1]
                lines.append(cur)
                cur, curw, avail = carry, text_width(carry, font, size), width
            cur += tk
            curw += cw
        if cur or not lines:
            lines.append(cur)
        return lines

    # -------------------------------------------------------------- flow
    def line(self, s, align="left", font=None, size=None, hand=False, color=None, x=None, gap=None):
        font = font or (self.hand_font if hand else self.font)
        size = size or self.size
        lh = size * (gap or self.lead)
        self.ensure(lh)
        w = text_width(s, font, size)
        if x is None:
            x = {"left": self.ml, "center": self.ml + (self.width - w) / 2, "right": W - self.mr - w}[align]
        self.op_text(x, self.y + size, s, font, size, color or (self.ink if hand else (0, 0, 0)), hand)
        self.y += lh
        return x, w

    def title(self, s, size=17, font="hei", after=8, spaced=False):
        if spaced:
            s = " ".join(s) if len(s) <= 8 else s
        self.line(s, "center", font=font, size=size, gap=1.5)
        self.y += after

    def para(self, s, indent=2, font=None, size=None, hand=False, color=None, gap=None, left=0):
        font = font or (self.hand_font if hand else self.font)
        size = size or self.size
        lh = size * (gap or self.lead)
        fi = indent * size
        for i, ln in enumerate(self.wrap(s, self.width - left, font, size, fi)):
            self.ensure(lh)
            x = self.ml + left + (fi if i == 0 else 0)
            if hand:
                self.op_text(x, self.y + size, ln, font, size, color or self.ink, True)
            else:
                self.op_text(x, self.y + size, ln, font, size, color or (0, 0, 0), False)
            self.y += lh

    def mixed(self, parts, indent=2, size=None, gap=None):
        """A paragraph whose pieces are printed or handwritten: parts = [(text, hand), ...].
        Consecutive characters of one kind on one line are emitted as one text run."""
        size = size or self.size
        lh = size * (gap or self.lead)
        x0 = self.ml
        x = x0 + indent * size
        self.ensure(lh)
        run, rx, rhand = "", x, None

        def flush():
            nonlocal run
            if run:
                font = self.hand_font if rhand else self.font
                self.op_text(rx, self.y + size, run, font, size, self.ink if rhand else (0, 0, 0), rhand)
            run = ""

        for text, hand in parts:
            font = self.hand_font if hand else self.font
            for ch in text:
                cw = text_width(ch, font, size)
                if x + cw > W - self.mr + 0.01 and ch not in "，。、；：）":
                    flush()
                    self.y += lh
                    self.ensure(lh)
                    x = x0
                if not run or rhand != hand:
                    flush()
                    rx, rhand = x, hand
                run += ch
                x += cw
        flush()
        self.y += lh

    def kv(self, label, value, hand=False, size=None, underline=False, lw=None):
        size = size or self.size
        lw = lw if lw is not None else text_width(label, self.font, size) + 4
        lh = size * self.lead
        lines = self.wrap(value, self.width - lw, self.hand_font if hand else self.font, size)
        self.ensure(lh * len(lines))
        self.op_text(self.ml, self.y + size, label, self.font, size)
        for i, ln in enumerate(lines):
            self.op_text(self.ml + lw, self.y + size, ln, self.hand_font if hand else self.font, size,
                         self.ink if hand else (0, 0, 0), hand)
            if underline:
                self.op_line(self.ml + lw, self.y + size + 3, W - self.mr, self.y + size + 3, 0.4)
            self.y += lh

    def table(self, rows, size=None, pad=4, lw=0.7, min_h=None, x0=None, total=None):
        """rows: list of (widths, cells). widths are fractions of the table width.
        cell: str, or dict(text=..., hand=bool, align='left'|'center', size=..., h=min height)."""
        size = size or self.size
        x0 = self.ml if x0 is None else x0
        total = total or self.width
        lh = size * 1.45
        for widths, cells in rows:
            ws = [w * total for w in widths]
            laid, hmax = [], (min_h or 0)
            for w, c in zip(ws, cells):
                c = {"text": c} if isinstance(c, str) else dict(c)
                csz = c.get("size", size)
                font = self.hand_font if c.get("hand") else c.get("font", self.font)
                lines = []
                for seg in c["text"].split("\n"):
                    lines += self.wrap(seg, w - 2 * pad, font, csz)
                h = max(c.get("h", 0), len(lines) * csz * 1.45 + 2 * pad)
                laid.append((w, c, lines, font, csz))
                hmax = max(hmax, h)
            self.ensure(hmax)
            x = x0
            top = self.y
            for w, c, lines, font, csz in laid:
                self.op_rect(x, top, w, hmax, lw)
                ty = top + pad + csz
                if c.get("valign") == "middle":
                    ty = top + (hmax - len(lines) * csz * 1.45) / 2 + csz
                for ln in lines:
                    tw = text_width(ln, font, csz)
                    tx = x + pad if c.get("align", "left") == "left" else (
                        x + (w - tw) / 2 if c.get("align") == "center" else x + w - pad - tw)
                    col = self.ink if c.get("hand") else (0, 0, 0)
                    self.op_text(tx, ty, ln, font, csz, col, bool(c.get("hand")))
                    ty += csz * 1.45
                if c.get("seal"):
                    ag, sub = c["seal"]
                    self.seal(x + w - 70, top + hmax - 40, ag, sub)
                x += w
            self.y = top + hmax
        self.y += 4


def assign_numbers(pages, start=1):
    n = start
    for p in pages:
        if p.numbered:
            p.number = n
            n += 1
    return n - 1


def doc_ranges(pages):
    """Map each tagged document title to its printed page range (first, last)."""
    out, cur = [], None
    for p in pages:
        for t in p.tags:
            if cur:
                out.append(cur)
            cur = [t, p.number, p.number]
        if cur and p.number:
            cur[2] = p.number
    if cur:
        out.append(cur)
    return [tuple(x) for x in out]


# ------------------------------------------------------------------ seals
_seal_cache = {}


def seal_image(agency, sub="", px=360, color=(200, 30, 30), seed=0):
    """A round official seal: ring, star, agency name on the upper arc, optional sub-text."""
    key = (agency, sub, px, color, seed)
    if key in _seal_cache:
        return _seal_cache[key]
    rnd = random.Random(zlib.crc32(repr(key).encode()))
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = px / 2
    ring = px * 0.035
    d.ellipse([ring / 2, ring / 2, px - ring / 2, px - ring / 2], outline=color + (235,), width=int(ring))
    # star
    R, r = px * 0.13, px * 0.05
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = R if i % 2 == 0 else r
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    d.polygon(pts, fill=color + (235,))
    # arc text
    n = len(agency)
    span = min(250, 22 * n)
    fsz = int(px * (0.13 if n <= 10 else 0.11 if n <= 14 else 0.095))
    font = pil_font("song", fsz)
    for i, ch in enumerate(agency):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        rad = math.radians(ang)
        rr = px * 0.36
        gx, gy = c + rr * math.cos(rad), c + rr * math.sin(rad)
        tile = Image.new("RGBA", (fsz * 2, fsz * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((fsz * 0.5, fsz * 0.4), ch, font=font, fill=color + (235,))
        tile = tile.rotate(-(ang + 90), resample=Image.BICUBIC)
        img.alpha_composite(tile, (int(gx - fsz), int(gy - fsz)))
    if sub:
        f2 = pil_font("song", int(px * 0.075))
        tw = f2.getlength(sub)
        d.text((c - tw / 2, c + px * 0.2), sub, font=f2, fill=color + (235,))
    # ink wear
    px_ = img.load()
    for _ in range(px * 6):
        x, y = rnd.randrange(px), rnd.randrange(px)
        r_, g_, b_, a_ = px_[x, y]
        if a_:
            px_[x, y] = (r_, g_, b_, int(a_ * rnd.uniform(0.2, 0.8)))
    _seal_cache[key] = img
    return img

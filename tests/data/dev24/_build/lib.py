"""Shared helpers for the dev24 corpus: identifiers, dates, money, a small page-layout
engine with three back ends (text PDF, page images, DOCX) and a plain-text writer."""
import datetime as dt
import io
import math
import random

import chinese_calendar as cc
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

FONT_MAIN = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
FONT_SONG = "/usr/share/fonts/truetype/arphic/uming.ttc"
FONT_HAND = "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf"
pdfmetrics.registerFont(TTFont("HEI", FONT_MAIN, subfontIndex=0))
pdfmetrics.registerFont(TTFont("SONG", FONT_SONG, subfontIndex=0))
pdfmetrics.registerFont(TTFont("HAND", FONT_HAND))
PIL_FONTS = {"HEI": FONT_MAIN, "SONG": FONT_SONG, "HAND": FONT_HAND}

# ---------------------------------------------------------------- identifiers
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_check(first17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31]


def org_check(c8):
    """GB 11714 check character of an 8-char organisation code."""
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    r = 11 - sum(val(ch) * w for ch, w in zip(c8, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return {10: "X", 11: "0"}.get(r, str(r))


def uscc(region, body8):
    """'91' + 6-digit region + 8-char org code (+GB 11714 check) -> 18 chars with GB 32100 check."""
    f = "91" + region + body8 + org_check(body8)
    assert len(f) == 17
    return f + uscc_check(f)


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(first17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, ID_W)) % 11]


def idno(region, birth, seq):
    f = (region + birth + seq)[:17]
    return f + id_check(f)


def uscc_ok(code):
    return len(code) == 18 and all(c in USCC_CHARS for c in code) and uscc_check(code[:17]) == code[17]


def id_ok(code):
    return len(code) == 18 and code[:17].isdigit() and id_check(code[:17]) == code[17]


# ---------------------------------------------------------------- dates
CN_DIG = "〇一二三四五六七八九"


def d(s):
    return dt.date.fromisoformat(s)


def cn_num(n):
    if n < 10:
        return "零一二三四五六七八九"[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else "零一二三四五六七八九"[t]) + "十" + ("" if u == 0 else "零一二三四五六七八九"[u])


def f_cn(x):          # 二〇二三年三月五日
    return "".join(CN_DIG[int(c)] for c in str(x.year)) + "年" + cn_num(x.month) + "月" + cn_num(x.day) + "日"


def f_std(x):         # 2023年3月5日
    return f"{x.year}年{x.month}月{x.day}日"


def f_pad(x):         # 2023年03月05日
    return f"{x.year}年{x.month:02d}月{x.day:02d}日"


def f_fw(x):          # ２０２３年３月５日
    tr = str.maketrans("0123456789", "０１２３４５６７８９")
    return f"{x.year}年{x.month}月{x.day}日".translate(tr)


def f_dot(x):
    return f"{x.year}.{x.month}.{x.day}"


def wd_add(start, n):
    """The n-th working day after `start` (start itself not counted)."""
    x = start
    k = 0
    while k < n:
        x += dt.timedelta(days=1)
        if cc.is_workday(x):
            k += 1
    return x


def wd_between(a, b):
    """Working days after a up to and including b."""
    k = 0
    x = a
    while x < b:
        x += dt.timedelta(days=1)
        if cc.is_workday(x):
            k += 1
    return k


# ---------------------------------------------------------------- money
def rmb_upper(n):
    """Integer yuan -> 大写 (e.g. 50000 -> 伍万元整)."""
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]

    def four(x):
        s, zero = "", False
        for i in range(3, -1, -1):
            q = (x // 10 ** i) % 10
            if q == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += digits[q] + units[i]
        return s
    if n == 0:
        return "零元整"
    wan, rest = divmod(n, 10000)
    s = ""
    if wan:
        s = four(wan) + "万"
        if 0 < rest < 1000:
            s += "零"
    s += four(rest)
    return s + "元整"


# ---------------------------------------------------------------- layout engine
PW, PH = 595.0, 842.0


class Doc:
    """A document: title + blocks. Blocks: (kind, payload...)."""

    def __init__(self, title, short=None):
        self.title = title
        self.short = short or title
        self.blocks = []
        self.start_page = None
        self.end_page = None

    def T(self, s, size=17):
        self.blocks.append(("title", s, size)); return self

    def C(self, s, size=10.5):
        self.blocks.append(("center", s, size)); return self

    def R(self, s, size=10.5):
        self.blocks.append(("right", s, size)); return self

    def P(self, s, size=12, indent=True):
        self.blocks.append(("p", s, size, indent)); return self

    def H(self, s, size=13):       # handwritten fill-in line
        self.blocks.append(("hand", s, size)); return self

    def TB(self, rows, widths=None, size=10.5):
        self.blocks.append(("table", rows, widths, size)); return self

    def SEAL(self, name, right=True):
        self.blocks.append(("seal", name, right)); return self

    def SP(self, h=8):
        self.blocks.append(("space", h)); return self

    def BR(self):
        self.blocks.append(("break",)); return self


def sw(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


def wrap(text, font, size, width):
    lines, cur = [], ""
    for ch in text:
        if ch == "\n":
            lines.append(cur); cur = ""; continue
        if sw(cur + ch, font, size) > width and cur:
            if ch in "，。、；：）》」”！？,.":
                cur += ch; lines.append(cur); cur = ""; continue
            lines.append(cur); cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


class Layout:
    """Lays documents out on A4 pages; ops in points, y from top."""

    def __init__(self, ml=62, mr=62, mt=78, mb=80, font="SONG"):
        self.ml, self.mr, self.mt, self.mb = ml, mr, mt, mb
        self.font = font
        self.pages = []        # list of dict(ops, doc)
        self.y = None

    @property
    def width(self):
        return PW - self.ml - self.mr

    def newpage(self, doc):
        self.pages.append({"ops": [], "doc": doc})
        self.y = self.mt

    def ensure(self, h, doc):
        if self.y + h > PH - self.mb:
            self.newpage(doc)

    def op(self, *o):
        self.pages[-1]["ops"].append(o)

    def add(self, doc):
        self.newpage(doc)
        doc.start_page = len(self.pages)
        for b in doc.blocks:
            k = b[0]
            if k == "title":
                self.ensure(b[2] * 2, doc)
                w = sw(b[1], "HEI", b[2])
                self.op("t", (PW - w) / 2, self.y + b[2], b[1], "HEI", b[2], "k")
                self.y += b[2] * 1.9
            elif k in ("center", "right"):
                self.ensure(b[2] * 1.8, doc)
                w = sw(b[1], self.font, b[2])
                x = (PW - w) / 2 if k == "center" else PW - self.mr - w
                self.op("t", x, self.y + b[2], b[1], self.font, b[2], "k")
                self.y += b[2] * 1.75
            elif k in ("p", "hand"):
                size = b[2]
                font = "HAND" if k == "hand" else self.font
                ind = (b[3] if k == "p" else False)
                text = ("\u3000\u3000" if ind else "") + b[1]
                for ln in wrap(text, font, size, self.width):
                    self.ensure(size * 1.75, doc)
                    self.op("t", self.ml, self.y + size, ln, font, size, "b" if k == "hand" else "k")
                    self.y += size * 1.75
            elif k == "space":
                self.y += b[1]
            elif k == "break":
                self.newpage(doc)
            elif k == "seal":
                self.ensure(20, doc)
                cx = PW - self.mr - 90 if b[2] else PW / 2
                self.op("seal", cx, self.y - 30, 44, b[1])
            elif k == "table":
                self._table(b[1], b[2], b[3], doc)
        doc.end_page = len(self.pages)

    def _table(self, rows, widths, size, doc):
        n = max(len(r) for r in rows)
        if widths is None:
            widths = [1] * n
        tot = sum(widths)
        W = self.width
        lead = size * 1.5
        for r in rows:
            cells = list(r) + [""] * (n - len(r))
            # a row with fewer cells spans: last cell takes the remaining width
            ws = [W * w / tot for w in widths]
            if len(r) < n:
                ws = ws[:len(r) - 1] + [sum(ws[len(r) - 1:])]
                cells = list(r)
            wrapped = []
            for c, w in zip(cells, ws):
                hand = c.startswith("✍")
                txt = c[1:] if hand else c
                font = "HAND" if hand else self.font
                wrapped.append((wrap(txt, font, size, w - 8), font, hand))
            h = max(len(x[0]) for x in wrapped) * lead + 8
            self.ensure(h, doc)
            x = self.ml
            for (lines, font, hand), w in zip(wrapped, ws):
                self.op("rect", x, self.y, w, h)
                yy = self.y + 4 + size
                for ln in lines:
                    self.op("t", x + 4, yy, ln, font, size, "b" if hand else "k")
                    yy += lead
                x += w
            self.y += h


# ---------------------------------------------------------------- back ends
def draw_pdf(pages, path, deco=None, meta=None):
    c = rl_canvas.Canvas(path, pagesize=(PW, PH), invariant=1)
    if meta:
        c.setTitle(meta.get("title", "")); c.setAuthor(meta.get("author", ""))
        c.setCreator(meta.get("creator", "")); c.setProducer(meta.get("creator", ""))
    total = len(pages)
    for i, pg in enumerate(pages, 1):
        ops = list(pg["ops"])
        if deco:
            ops += deco(i, total, pg["doc"])
        for o in ops:
            if o[0] == "t":
                _, x, y, s, f, size, col = o
                c.setFillColorRGB(*({"k": (0, 0, 0), "b": (0.05, 0.1, 0.45), "g": (0.35, 0.35, 0.35), "r": (0.8, 0.1, 0.1)}[col]))
                c.setFont(f, size)
                c.drawString(x, PH - y, s)
            elif o[0] == "rect":
                _, x, y, w, h = o
                c.setLineWidth(0.6); c.setStrokeColorRGB(0, 0, 0)
                c.rect(x, PH - y - h, w, h, stroke=1, fill=0)
            elif o[0] == "line":
                _, x1, y1, x2, y2 = o
                c.setLineWidth(0.5); c.setStrokeColorRGB(0.3, 0.3, 0.3)
                c.line(x1, PH - y1, x2, PH - y2)
            elif o[0] == "seal":
                _, cx, cy, r, name = o
                c.drawImage(seal_reader(name), cx - r, PH - cy - r, 2 * r, 2 * r, mask="auto")
        c.showPage()
    c.save()


_seal_cache = {}


def seal_reader(name):
    from reportlab.lib.utils import ImageReader
    if name not in _seal_cache:
        im = Image.new("RGBA", (240, 240), (255, 255, 255, 0))
        stamp_seal(im, 120, 120, 112, name, random.Random(len(name)))
        b = io.BytesIO(); im.save(b, "PNG"); b.seek(0)
        _seal_cache[name] = ImageReader(b)
    return _seal_cache[name]


def _pdf_seal_text(c, cx, cy, r, name):
    n = len(name)
    span = min(250.0, 22.0 * n)
    start = 90 + span / 2
    c.setFont("HEI", 7.5)
    for i, ch in enumerate(name):
        a = math.radians(start - span * (i + 0.5) / n)
        x = cx + (r - 9) * math.cos(a)
        y = cy + (r - 9) * math.sin(a)
        c.saveState(); c.translate(x, y); c.rotate(math.degrees(a) - 90)
        c.drawCentredString(0, -3, ch); c.restoreState()
    c.setFont("HEI", 16); c.drawCentredString(cx, cy - 6, "★")


_font_cache = {}


def pil_font(name, px):
    key = (name, px)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(PIL_FONTS[name], px)
    return _font_cache[key]


def render_page_image(ops, scale, rng, colour=False, ink=(20, 20, 20)):
    W, H = int(PW * scale), int(PH * scale)
    paper = (246, 244, 236) if colour else (250, 250, 250)
    im = Image.new("RGB", (W, H), paper)
    dr = ImageDraw.Draw(im)
    seals = []
    for o in ops:
        if o[0] == "t":
            _, x, y, s, f, size, col = o
            fill = {"k": ink, "b": (25, 40, 120) if colour else (60, 60, 60), "g": (90, 90, 90), "r": (190, 30, 30)}[col]
            jitter = rng.uniform(-0.6, 0.6) * scale if f == "HAND" else 0
            dr.text((x * scale, (y - size * 0.88) * scale + jitter), s, font=pil_font(f, max(8, int(size * scale))), fill=fill)
        elif o[0] == "rect":
            _, x, y, w, h = o
            dr.rectangle([x * scale, y * scale, (x + w) * scale, (y + h) * scale], outline=(40, 40, 40), width=max(1, int(scale * 0.6)))
        elif o[0] == "line":
            _, x1, y1, x2, y2 = o
            dr.line([x1 * scale, y1 * scale, x2 * scale, y2 * scale], fill=(80, 80, 80), width=1)
        elif o[0] == "seal":
            seals.append(o)
    for _, cx, cy, r, name in seals:
        stamp_seal(im, cx * scale + rng.uniform(-6, 6), cy * scale + rng.uniform(-6, 6), r * scale, name, rng)
    return im


def stamp_seal(im, cx, cy, r, name, rng):
    lay = Image.new("RGBA", im.size, (0, 0, 0, 0))
    dr = ImageDraw.Draw(lay)
    col = (205, 30, 35, int(rng.uniform(150, 200)))
    dr.ellipse([cx - r, cy - r, cx + r, cy + r], outline=col, width=max(2, int(r / 16)))
    n = len(name)
    span = min(250.0, 22.0 * n)
    start = 90 + span / 2
    fpx = max(9, int(r * 0.24))
    font = pil_font("HEI", fpx)
    for i, ch in enumerate(name):
        a = math.radians(start - span * (i + 0.5) / n)
        x = cx + (r * 0.74) * math.cos(a)
        y = cy - (r * 0.74) * math.sin(a)
        g = Image.new("RGBA", (fpx * 2, fpx * 2), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((fpx // 2, fpx // 2), ch, font=font, fill=col)
        g = g.rotate(math.degrees(a) - 90, resample=Image.BICUBIC)
        lay.alpha_composite(g, (int(x - fpx), int(y - fpx)))
    star = pil_font("HEI", int(r * 0.6))
    dr.text((cx - r * 0.3, cy - r * 0.38), "★", font=star, fill=col)
    im.paste(lay, (0, 0), lay)


def scan_effect(im, rng, angle, grey=True, noise=10):
    if grey:
        im = im.convert("L")
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255 if grey else (250, 250, 250))
    import numpy as np
    a = np.asarray(im).astype("int16")
    nz = np.random.default_rng(rng.randint(0, 10 ** 6)).normal(0, noise, a.shape)
    a = np.clip(a + nz, 0, 255).astype("uint8")
    im = Image.fromarray(a)
    return im.filter(ImageFilter.GaussianBlur(0.5))


def photo_effect(im, rng, angle):
    """Page lying on a desk, shot by a phone: background, rotation, uneven light."""
    import numpy as np
    W, H = im.size
    bg = Image.new("RGB", (int(W * 1.12), int(H * 1.08)), (96, 74, 52))
    page = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(96, 74, 52))
    bg.paste(page, ((bg.size[0] - page.size[0]) // 2 + rng.randint(-10, 10), (bg.size[1] - page.size[1]) // 2 + rng.randint(-8, 8)))
    a = np.asarray(bg).astype("float32")
    yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]]
    light = 0.78 + 0.26 * (1 - ((xx / a.shape[1] - 0.35) ** 2 + (yy / a.shape[0] - 0.3) ** 2))
    a = a * light[..., None] * np.array([1.0, 0.98, 0.92])
    a += np.random.default_rng(rng.randint(0, 10 ** 6)).normal(0, 4, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(0.6))


def images_to_pdf(images, path, dpi):
    first, rest = images[0], images[1:]
    first.save(path, "PDF", resolution=dpi, save_all=True, append_images=rest)


def jpeg_bytes(im, q):
    b = io.BytesIO(); im.save(b, "JPEG", quality=q, optimize=True); return b.getvalue()


# ---------------------------------------------------------------- plain text
def doc_to_text(doc, seal_marker="（印章）"):
    out = []
    for b in doc.blocks:
        k = b[0]
        if k == "title":
            out.append(" " * 8 + b[1])
        elif k == "center":
            out.append(" " * 10 + b[1])
        elif k == "right":
            out.append(" " * 24 + b[1])
        elif k == "p":
            out.append(("\u3000\u3000" if b[3] else "") + b[1])
        elif k == "hand":
            out.append(b[1])
        elif k == "table":
            for r in b[1]:
                out.append("  ".join(c.lstrip("✍") for c in r))
        elif k == "seal":
            out.append(" " * 24 + seal_marker)
        elif k == "space":
            out.append("")
    return out

"""Shared helpers for the dev26 corpus: check digits, amounts, dates, a small page-layout
engine and three back ends (reportlab canvas, PIL raster, OFD XML).

Units: millimetres, origin at the top-left corner of the page, y grows downwards.
Font sizes are in points.
"""
from __future__ import annotations

import datetime as dt
import io
import math
import random
import zipfile
from decimal import Decimal

import chinese_calendar as cc

PT = 0.3528  # mm per point

# --------------------------------------------------------------------------- ids

CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_check(first17: str) -> str:
    """GB 32100-2015 check character for the first 17 characters."""
    s = sum(CC_CHARS.index(c) * w for c, w in zip(first17, CC_W))
    r = 31 - s % 31
    return CC_CHARS[0 if r == 31 else r]


def org_check(s8: str) -> str:
    """GB 11714 check character of a 9-character organisation code."""
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    r = 11 - sum(val(c) * x for c, x in zip(s8, w)) % 11
    return {10: "X", 11: "0"}.get(r, str(r))


def make_credit_code(reg_cat: str, region: str, org8: str) -> str:
    first17 = reg_cat + region + org8 + org_check(org8)
    return first17 + credit_check(first17)


def credit_ok(code: str) -> bool:
    return len(code) == 18 and all(c in CC_CHARS for c in code) and credit_check(code[:17]) == code[17]


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(first17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, ID_W)) % 11]


def make_id(region: str, birth: str, seq: str) -> str:
    s = region + birth + seq
    return s + id_check(s)


def id_ok(code: str) -> bool:
    return len(code) == 18 and code[:17].isdigit() and id_check(code[:17]) == code[17]


# ----------------------------------------------------------------------- amounts

DIG = "零壹贰叁肆伍陆柒捌玖"


def upper_amount(value) -> str:
    """Chinese capital form of a yuan amount, e.g. 12500 -> 壹万贰仟伍佰元整."""
    v = Decimal(str(value)).quantize(Decimal("0.01"))
    yuan = int(v)
    jiao = int(v * 10) % 10
    fen = int(v * 100) % 10

    def four(n):
        units = ["", "拾", "佰", "仟"]
        out, zero = "", False
        for i in range(3, -1, -1):
            d = n // 10 ** i % 10
            if d:
                if zero:
                    out += "零"
                out += DIG[d] + units[i]
                zero = False
            elif out:
                zero = True
        return out

    parts = []
    groups = [(yuan // 10 ** 8) % 10000, (yuan // 10 ** 4) % 10000, yuan % 10000]
    names = ["亿", "万", ""]
    started = False
    for i, (g, n) in enumerate(zip(groups, names)):
        if g:
            if started and g < 1000:
                parts.append("零")
            parts.append(four(g) + n)
            started = True
        elif started and i < 2 and any(groups[i + 1:]):
            pass
    s = "".join(parts) or "零"
    s = s.replace("零零", "零")
    s += "元"
    if jiao == 0 and fen == 0:
        return s + "整"
    if jiao:
        s += DIG[jiao] + "角"
    elif fen:
        s += "零"
    if fen:
        s += DIG[fen] + "分"
    return s


def money(v, dec=2) -> str:
    return f"{Decimal(str(v)):,.{dec}f}"


# ------------------------------------------------------------------------- dates

CN_NUM = "〇一二三四五六七八九"


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def cn_day(n: int) -> str:
    if n < 10:
        return CN_NUM[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + CN_NUM[n % 10]
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


def d_cn(s):
    d = D(s)
    return "".join(CN_NUM[int(c)] for c in str(d.year)) + "年" + cn_day(d.month) + "月" + cn_day(d.day) + "日"


def d_std(s):
    d = D(s)
    return f"{d.year}年{d.month}月{d.day}日"


def d_pad(s):
    d = D(s)
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def d_fw(s):
    t = d_std(s)
    return t.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def d_dot(s):
    d = D(s)
    return f"{d.year}.{d.month}.{d.day}"


def wd_add(start: str, n: int) -> str:
    x = D(start)
    k = 0
    while k < n:
        x += dt.timedelta(1)
        if cc.is_workday(x):
            k += 1
    return x.isoformat()


def wd_between(a: str, b: str) -> int:
    """Working days after a up to and including b."""
    x, e, k = D(a), D(b), 0
    while x < e:
        x += dt.timedelta(1)
        if cc.is_workday(x):
            k += 1
    return k


def days_between(a: str, b: str) -> int:
    return (D(b) - D(a)).days


# ------------------------------------------------------------------ text widths


def char_w(ch: str, size: float) -> float:
    o = ord(ch)
    if o < 128:
        if ch in "il.,:;'|!()[] ":
            return size * PT * 0.30
        if ch in "mwMW@%":
            return size * PT * 0.80
        return size * PT * 0.55
    if 0xFF01 <= o <= 0xFF5E or o >= 0x2E80 or ch in "。，、；：？！“”‘’（）《》〔〕【】—…·　":
        return size * PT
    return size * PT * 0.6


def text_w(s: str, size: float) -> float:
    return sum(char_w(c, size) for c in s)


def wrap(s: str, width: float, size: float, first_indent: float = 0.0):
    """Greedy character wrap with simple 避头 for closing punctuation."""
    lines, cur, w = [], "", first_indent
    no_start = "，。、；：？！）》”’〕】"
    for ch in s:
        cw = char_w(ch, size)
        if cur and w + cw > width and ch not in no_start:
            lines.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += cw
    if cur or not lines:
        lines.append(cur)
    return lines


# ----------------------------------------------------------------- layout model


class Page:
    def __init__(self, w, h, number=None, doc=None):
        self.w, self.h = w, h
        self.ops = []
        self.number = number
        self.doc = doc

    def text(self, x, y, size, s, font="body", color=(0, 0, 0), jitter=False):
        self.ops.append(("text", x, y, size, s, font, color, jitter))

    def line(self, x1, y1, x2, y2, width=0.3, color=(0, 0, 0)):
        self.ops.append(("line", x1, y1, x2, y2, width, color))

    def seal(self, cx, cy, r, name, sub="", color=(210, 30, 30), seed=0):
        self.ops.append(("seal", cx, cy, r, name, sub, color, seed))

    def image(self, x, y, w, h, key):
        self.ops.append(("image", x, y, w, h, key))

    def all_text(self):
        return "".join(op[4] for op in self.ops if op[0] == "text")


class Cell:
    def __init__(self, text="", span=1, rspan=1, align="left", font="body", bold=False, size=None,
                 color=(0, 0, 0)):
        self.text, self.span, self.rspan, self.align = text, span, rspan, align
        self.font, self.size, self.color = ("title" if bold else font), size, color


def C(x, **kw):
    return x if isinstance(x, Cell) else Cell(x, **kw)


class Flow:
    """Flows blocks onto pages.  A document starts on a new page; pages get a running
    number unless the document is unnumbered (cover, 目录, 备考表)."""

    def __init__(self, w=210.0, h=297.0, ml=26.0, mr=24.0, mt=24.0, mb=26.0, size=11.5, lead=1.75,
                 footer=None, header=None, start_no=1):
        self.w, self.h, self.ml, self.mr, self.mt, self.mb = w, h, ml, mr, mt, mb
        self.size, self.lead = size, lead
        self.pages: list[Page] = []
        self.footer, self.header = footer, header
        self.no = start_no
        self.page = None
        self.y = 0.0
        self.numbered = True
        self.doc = None
        self.docs = []  # (title, first_page_index, last_page_index, number_range)

    # ---- pages
    @property
    def cw(self):
        return self.w - self.ml - self.mr

    def new_page(self):
        num = None
        if self.numbered:
            num = self.no
            self.no += 1
        self.page = Page(self.w, self.h, num, self.doc)
        self.pages.append(self.page)
        self.y = self.mt
        if self.header:
            self.header(self, self.page)
        return self.page

    def start_doc(self, title, numbered=True):
        self.numbered = numbered
        self.doc = title
        self.new_page()
        self.docs.append([title, len(self.pages) - 1, len(self.pages) - 1])

    def end_doc(self):
        self.docs[-1][2] = len(self.pages) - 1

    def finish(self):
        if self.docs:
            self.end_doc()
        if self.footer:
            for p in self.pages:
                self.footer(self, p)

    def need(self, h):
        if self.y + h > self.h - self.mb:
            self.new_page()
            if self.docs:
                self.docs[-1][2] = len(self.pages) - 1

    # ---- blocks
    def gap(self, mm):
        self.y += mm

    def title(self, s, size=18, font="title", space=None, after=4.0):
        if space:
            s = space.join(s)
        lh = size * PT * 1.4
        self.need(lh)
        x = (self.w - text_w(s, size)) / 2
        self.page.text(x, self.y + size * PT, size, s, font)
        self.y += lh + after

    def center(self, s, size=None, font="body", after=1.5):
        size = size or self.size
        lh = size * PT * self.lead
        self.need(lh)
        self.page.text((self.w - text_w(s, size)) / 2, self.y + size * PT, size, s, font)
        self.y += lh + after

    def para(self, s, indent=2, size=None, font="body", x0=None, width=None, color=(0, 0, 0), after=0.0):
        size = size or self.size
        x0 = self.ml if x0 is None else x0
        width = self.cw if width is None else width
        ind = indent * size * PT
        lh = size * PT * self.lead
        for i, ln in enumerate(wrap(s, width, size, ind)):
            self.need(lh)
            self.page.text(x0 + (ind if i == 0 else 0), self.y + size * PT, size, ln, font, color)
            self.y += lh
        self.y += after

    def left(self, s, size=None, font="body", x0=None):
        self.para(s, indent=0, size=size, font=font, x0=x0)

    def runs(self, parts, size=None, x0=None, align="left", after=0.0):
        """One line of mixed fonts: parts = [(text, font), ...]."""
        size = size or self.size
        lh = size * PT * self.lead
        self.need(lh)
        total = sum(text_w(t, size) for t, _ in parts)
        if align == "right":
            x = self.w - self.mr - total
        elif align == "center":
            x = (self.w - total) / 2
        else:
            x = self.ml if x0 is None else x0
        for t, f in parts:
            color = (20, 30, 110) if f == "hw" else (0, 0, 0)
            self.page.text(x, self.y + size * PT, size, t, f, color, f == "hw")
            x += text_w(t, size)
        self.y += lh + after

    def right(self, s, size=None, font="body", pad=8.0):
        size = size or self.size
        lh = size * PT * self.lead
        self.need(lh)
        x = self.w - self.mr - pad - text_w(s, size)
        color = (20, 30, 110) if font == "hw" else (0, 0, 0)
        self.page.text(x, self.y + size * PT, size, s, font, color, font == "hw")
        self.y += lh
        return x

    def seal(self, name, sub="", dx=0.0, dy=-8.0, r=20.0, seed=0, color=(210, 30, 30)):
        """Seal centred near the right edge, dy relative to the current y."""
        cx = self.w - self.mr - 8 - 30 + dx
        self.page.seal(cx, self.y + dy, r, name, sub, color, seed)

    def hline(self, width=0.4):
        self.page.line(self.ml, self.y, self.w - self.mr, self.y, width)
        self.y += 1.5

    def table(self, rows, colw, size=None, pad=1.6, lead=1.45, min_h=7.5, border=0.35, x0=None):
        """rows: list of lists of Cell/str.  Supports colspan and rowspan; cells wrap."""
        size = size or self.size
        x0 = self.ml if x0 is None else x0
        total = sum(colw)
        colw = [c * self.cw / total for c in colw] if abs(total - self.cw) > 0.5 else colw
        lh = size * PT * lead
        grid = []  # per row: list of (col, cell)
        occupied = {}
        for r, row in enumerate(rows):
            c = 0
            placed = []
            for cell in row:
                cell = C(cell)
                while occupied.get((r, c)):
                    c += 1
                placed.append((c, cell))
                for rr in range(r, r + cell.rspan):
                    for cc_ in range(c, c + cell.span):
                        occupied[(rr, cc_)] = True
                c += cell.span
            grid.append(placed)

        def cell_lines(c, cell):
            w = sum(colw[c:c + cell.span]) - 2 * pad
            out = []
            for part in str(cell.text).split("\n"):
                out += wrap(part, w, cell.size or size)
            return out

        heights = []
        for r, placed in enumerate(grid):
            h = min_h
            for c, cell in placed:
                if cell.rspan == 1:
                    h = max(h, len(cell_lines(c, cell)) * lh + 2 * pad)
            heights.append(h)
        for r, placed in enumerate(grid):
            for c, cell in placed:
                if cell.rspan > 1:
                    need_h = len(cell_lines(c, cell)) * lh + 2 * pad
                    have = sum(heights[r:r + cell.rspan])
                    if need_h > have:
                        heights[r + cell.rspan - 1] += need_h - have
        # draw row blocks; rowspans are kept on one page
        r = 0
        while r < len(grid):
            end = r + 1
            for c, cell in grid[r]:
                end = max(end, r + cell.rspan)
            k = r
            while k < end:
                for c, cell in grid[k]:
                    end = max(end, k + cell.rspan)
                k += 1
            block_h = sum(heights[r:end])
            self.need(block_h)
            ys = [self.y]
            for k in range(r, end):
                ys.append(ys[-1] + heights[k])
            for k in range(r, end):
                for c, cell in grid[k]:
                    x = x0 + sum(colw[:c])
                    w = sum(colw[c:c + cell.span])
                    top = ys[k - r]
                    bot = ys[min(k - r + cell.rspan, len(ys) - 1)]
                    p = self.page
                    if border:
                        p.line(x, top, x + w, top, border)
                        p.line(x, bot, x + w, bot, border)
                        p.line(x, top, x, bot, border)
                        p.line(x + w, top, x + w, bot, border)
                    lines = cell_lines(c, cell)
                    s = cell.size or size
                    th = len(lines) * lh
                    ty = top + (bot - top - th) / 2
                    for i, ln in enumerate(lines):
                        if cell.align == "center":
                            tx = x + (w - text_w(ln, s)) / 2
                        elif cell.align == "right":
                            tx = x + w - pad - text_w(ln, s)
                        else:
                            tx = x + pad
                        col = (20, 30, 110) if cell.font == "hw" else cell.color
                        p.text(tx, ty + i * lh + s * PT * 1.05, s, ln, cell.font, col, cell.font == "hw")
            self.y = ys[-1]
            r = end
        self.y += 1.0


# ------------------------------------------------------------------------ seals


def seal_image(name, sub="", px=300, color=(210, 30, 30), seed=0, fontpath=None, alpha=True):
    """Round official seal as an RGBA PIL image: ring, name on the upper arc, star, sub text."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter

    rnd = random.Random(seed)
    img = Image.new("RGBA", (px, px), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    c = px / 2
    ring = px * 0.035
    d.ellipse([ring, ring, px - ring, px - ring], outline=color + (255,), width=int(ring))
    # star
    R, r = px * 0.14, px * 0.055
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rad = R if i % 2 == 0 else r
        pts.append((c + rad * math.cos(ang), c + rad * math.sin(ang)))
    d.polygon(pts, fill=color + (255,))
    fp = fontpath or FONT_PATHS["title"][0]
    fsize = int(px * 0.105)
    font = ImageFont.truetype(fp, fsize, index=FONT_PATHS["title"][1] if fontpath is None else 0)
    n = len(name)
    span = min(250, 24 * n)
    for i, ch in enumerate(name):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        rad = px * 0.36
        x = c + rad * math.cos(ang)
        y = c + rad * math.sin(ang)
        ci = Image.new("RGBA", (fsize * 2, fsize * 2), (255, 255, 255, 0))
        cd = ImageDraw.Draw(ci)
        cd.text((fsize / 2, fsize / 2), ch, font=font, fill=color + (255,))
        ci = ci.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        img.alpha_composite(ci, (int(x - fsize), int(y - fsize)))
    if sub:
        f2 = ImageFont.truetype(fp, int(px * 0.075), index=FONT_PATHS["title"][1] if fontpath is None else 0)
        tw = d.textlength(sub, font=f2)
        d.text((c - tw / 2, c + px * 0.2), sub, font=f2, fill=color + (255,))
    # ink unevenness
    a = img.split()[3]
    px_a = a.load()
    for _ in range(px * 8):
        x, y = rnd.randrange(px), rnd.randrange(px)
        if px_a[x, y] > 0:
            px_a[x, y] = int(px_a[x, y] * rnd.uniform(0.25, 0.9))
    img.putalpha(a.filter(ImageFilter.GaussianBlur(0.6)))
    return img


FONT_PATHS = {
    "body": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "title": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "hw": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
}

# ---------------------------------------------------------------- reportlab out

_RL_READY = set()


def rl_fonts(mode="ttf"):
    """Register fonts with reportlab.  mode 'cid' maps body/title to the Adobe CID font
    STSong-Light (not embedded); 'ttf' embeds subsets of TrueType fonts."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont

    if "ttf" not in _RL_READY:
        pdfmetrics.registerFont(TTFont("RL-body", FONT_PATHS["body"][0], subfontIndex=0))
        pdfmetrics.registerFont(TTFont("RL-title", FONT_PATHS["title"][0], subfontIndex=0))
        pdfmetrics.registerFont(TTFont("RL-hw", FONT_PATHS["hw"][0], subfontIndex=0))
        pdfmetrics.registerFont(TTFont("RL-kai", FONT_PATHS["kai"][0]))
        _RL_READY.add("ttf")
    if mode == "cid" and "cid" not in _RL_READY:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        _RL_READY.add("cid")
    if mode == "cid":
        return {"body": "STSong-Light", "title": "STSong-Light", "hw": "RL-hw", "kai": "RL-kai"}
    return {"body": "RL-body", "title": "RL-title", "hw": "RL-hw", "kai": "RL-kai"}


def rl_draw_page(c, page: Page, fonts, ox=0.0, oy=0.0, scale=1.0, sheet_h=297.0, images=None):
    """Draw a Page on a reportlab canvas; (ox, oy) is the top-left of the page on the sheet."""
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader

    def X(x):
        return (ox + x * scale) * mm

    def Y(y):
        return (sheet_h - (oy + y * scale)) * mm

    for op in page.ops:
        kind = op[0]
        if kind == "line":
            _, x1, y1, x2, y2, w, col = op
            c.setStrokeColorRGB(*[v / 255 for v in col])
            c.setLineWidth(w * scale * mm)
            c.line(X(x1), Y(y1), X(x2), Y(y2))
        elif kind == "text":
            _, x, y, size, s, font, col, _j = op
            c.setFillColorRGB(*[v / 255 for v in col])
            c.setFont(fonts.get(font, fonts["body"]), size * scale)
            c.drawString(X(x), Y(y), s)
        elif kind == "seal":
            _, cx, cy, r, name, sub, col, seed = op
            img = seal_image(name, sub, 150, col, seed)
            c.drawImage(ImageReader(img), X(cx - r), Y(cy + r), 2 * r * scale * mm, 2 * r * scale * mm,
                        mask="auto")
        elif kind == "image":
            _, x, y, w, h, key = op
            c.drawImage(ImageReader(images[key]), X(x), Y(y + h), w * scale * mm, h * scale * mm, mask="auto")


# --------------------------------------------------------------------- PIL out


def pil_render(page: Page, dpi=110, mode="RGB", fonts=None, rnd=None, ink=None, seal_color=None):
    from PIL import Image, ImageDraw, ImageFont

    fonts = fonts or FONT_PATHS
    k = dpi / 25.4
    W, H = int(page.w * k), int(page.h * k)
    img = Image.new("RGB", (W, H), (255, 255, 255))
    d = ImageDraw.Draw(img)
    cache = {}
    rnd = rnd or random.Random(0)

    def font(key, size_pt):
        px = max(6, int(size_pt * dpi / 72))
        fk = (key, px)
        if fk not in cache:
            path, idx = fonts.get(key, fonts["body"])
            cache[fk] = ImageFont.truetype(path, px, index=idx)
        return cache[fk]

    for op in page.ops:
        kind = op[0]
        if kind == "line":
            _, x1, y1, x2, y2, w, col = op
            d.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=col, width=max(1, int(w * k)))
        elif kind == "text":
            _, x, y, size, s, fkey, col, jit = op
            f = font(fkey, size)
            if ink and fkey == "hw":
                col = ink
            if jit:
                xx = x * k
                for ch in s:
                    dy = rnd.uniform(-0.35, 0.35) * k
                    d.text((xx, y * k - f.size * 0.88 + dy), ch, font=f, fill=col)
                    xx += d.textlength(ch, font=f) * rnd.uniform(0.92, 1.08)
            else:
                d.text((x * k, y * k - f.size * 0.88), s, font=f, fill=col)
        elif kind == "seal":
            _, cx, cy, r, name, sub, col, seed = op
            if seal_color:
                col = seal_color
            px = int(2 * r * k)
            s_img = seal_image(name, sub, px, col, seed)
            s_img = s_img.rotate(rnd.uniform(-12, 12), resample=Image.BICUBIC)
            layer = Image.new("RGBA", img.size, (255, 255, 255, 0))
            layer.alpha_composite(s_img, (int((cx - r) * k), int((cy - r) * k)))
            base = img.convert("RGBA")
            # multiply-like: darken with seal colour
            base.alpha_composite(layer)
            img = base.convert("RGB")
            d = ImageDraw.Draw(img)
    if mode == "L":
        img = img.convert("L")
    return img


# --------------------------------------------------------------------- OFD out


def ofd_write(path, pages, title, doc_id, creation, author, seal_pngs=None):
    """Write a minimal GB/T 33190 OFD package: OFD.xml, Doc_0/Document.xml, PublicRes.xml,
    DocumentRes.xml (seal images), one Content.xml per page.  Text objects carry
    TextCode with explicit DeltaX; fonts are referenced by family name (not embedded)."""
    NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    fonts = {"body": (2, "宋体", "SimSun"), "title": (3, "黑体", "SimHei"), "hw": (4, "楷体", "KaiTi"),
             "kai": (4, "楷体", "KaiTi")}
    next_id = [10]

    def nid():
        next_id[0] += 1
        return next_id[0]

    files = {}
    res_media = []
    seal_keys = {}
    page_xml = []
    for pi, pg in enumerate(pages):
        objs = []
        for op in pg.ops:
            if op[0] == "text":
                _, x, y, size, s, fkey, col, _j = op
                fs = size * PT
                fid = fonts.get(fkey, fonts["body"])[0]
                deltas = [char_w(ch, size) for ch in s[:-1]]
                dx = " ".join(f"{v:.3f}" for v in deltas)
                bw = max(text_w(s, size), fs)
                esc = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                colv = " ".join(str(v) for v in col)
                objs.append(
                    f'<ofd:TextObject ID="{nid()}" Boundary="{x:.3f} {y - fs:.3f} {bw + 1:.3f} {fs * 1.3:.3f}" '
                    f'Font="{fid}" Size="{fs:.3f}"><ofd:FillColor Value="{colv}"/>'
                    f'<ofd:TextCode X="0" Y="{fs:.3f}"' + (f' DeltaX="{dx}"' if dx else "") + f'>{esc}</ofd:TextCode>'
                    f'</ofd:TextObject>')
            elif op[0] == "line":
                _, x1, y1, x2, y2, w, col = op
                bx, by = min(x1, x2), min(y1, y2)
                bw, bh = max(abs(x2 - x1), 0.1), max(abs(y2 - y1), 0.1)
                objs.append(
                    f'<ofd:PathObject ID="{nid()}" Boundary="{bx:.3f} {by:.3f} {bw:.3f} {bh:.3f}" LineWidth="{w:.2f}">'
                    f'<ofd:StrokeColor Value="0 0 0"/><ofd:AbbreviatedData>M {x1 - bx:.3f} {y1 - by:.3f} '
                    f'L {x2 - bx:.3f} {y2 - by:.3f}</ofd:AbbreviatedData></ofd:PathObject>')
            elif op[0] == "seal":
                _, cx, cy, r, name, sub, col, seed = op
                key = (name, sub, seed)
                if key not in seal_keys:
                    mid = 100 + len(seal_keys)
                    fname = f"Image_{len(seal_keys)}.png"
                    buf = io.BytesIO()
                    seal_image(name, sub, 180, col, seed).save(buf, "PNG", optimize=True)
                    files[f"Doc_0/Res/{fname}"] = buf.getvalue()
                    res_media.append(f'<ofd:MultiMedia ID="{mid}" Type="Image" Format="PNG">'
                                     f'<ofd:MediaFile>{fname}</ofd:MediaFile></ofd:MultiMedia>')
                    seal_keys[key] = mid
                objs.append(f'<ofd:ImageObject ID="{nid()}" Boundary="{cx - r:.3f} {cy - r:.3f} {2 * r:.3f} {2 * r:.3f}" '
                            f'CTM="{2 * r:.3f} 0 0 {2 * r:.3f} 0 0" ResourceID="{seal_keys[key]}"/>')
        lid = nid()
        page_xml.append(
            f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page {NS}><ofd:Area><ofd:PhysicalBox>0 0 {pg.w:.0f} {pg.h:.0f}'
            f'</ofd:PhysicalBox></ofd:Area><ofd:Content><ofd:Layer ID="{lid}">' + "".join(objs) +
            '</ofd:Layer></ofd:Content></ofd:Page>')
    page_ids = []
    for i, xml in enumerate(page_xml):
        files[f"Doc_0/Pages/Page_{i}/Content.xml"] = xml.encode("utf-8")
        page_ids.append(nid())
    pages_list = "".join(f'<ofd:Page ID="{pid}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i, pid in enumerate(page_ids))
    font_xml = "".join(f'<ofd:Font ID="{fid}" FontName="{fn}" FamilyName="{fam}"/>'
                       for fid, fn, fam in sorted(set(fonts.values())))
    files["Doc_0/PublicRes.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res {NS} BaseLoc="Res">'
                                    f'<ofd:Fonts>{font_xml}</ofd:Fonts></ofd:Res>').encode("utf-8")
    files["Doc_0/DocumentRes.xml"] = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res {NS} BaseLoc="Res">'
                                      f'<ofd:MultiMedias>{"".join(res_media)}</ofd:MultiMedias></ofd:Res>').encode("utf-8")
    files["Doc_0/Document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document {NS}><ofd:CommonData><ofd:MaxUnitID>{next_id[0]}</ofd:MaxUnitID>'
        f'<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>'
        f'<ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes>'
        f'</ofd:CommonData><ofd:Pages>{pages_list}</ofd:Pages></ofd:Document>').encode("utf-8")
    files["OFD.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD {NS} Version="1.1" DocType="OFD"><ofd:DocBody><ofd:DocInfo>'
        f'<ofd:DocID>{doc_id}</ofd:DocID><ofd:Title>{title}</ofd:Title><ofd:Author>{author}</ofd:Author>'
        f'<ofd:CreationDate>{creation}</ofd:CreationDate><ofd:Creator>电子档案管理系统</ofd:Creator></ofd:DocInfo>'
        f'<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>').encode("utf-8")
    write_zip(path, files, order=["OFD.xml"])


def write_zip(path, files: dict, order=()):
    """Deterministic zip: fixed timestamps, fixed order."""
    names = list(order) + sorted(n for n in files if n not in order)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n in names:
            zi = zipfile.ZipInfo(n, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, files[n])


def rezip_deterministic(path):
    with zipfile.ZipFile(path) as z:
        files = {n: z.read(n) for n in z.namelist()}
        order = [n for n in z.namelist()]
    write_zip(path, files, order=order)


# ------------------------------------------------------------- raster effects


def photo_post(page_img, rnd, upside_down=False, angle=0.0, persp=0.0, long_side=1280, bg=(92, 74, 58)):
    """A phone photo of a paper page lying on a desk: margin of desk, slight rotation, keystone
    perspective, uneven lighting; optionally upside down."""
    from PIL import Image, ImageDraw, ImageFilter

    w, h = page_img.size
    pad = int(w * 0.09)
    W, H = w + 2 * pad, h + 2 * pad
    canvas_ = Image.new("RGB", (W, H), bg)
    # desk texture: soft stripes
    dd = ImageDraw.Draw(canvas_)
    for y in range(0, H, 7):
        c = tuple(max(0, min(255, v + rnd.randint(-6, 6))) for v in bg)
        dd.line([(0, y), (W, y + rnd.randint(-3, 3))], fill=c, width=7)
    canvas_ = canvas_.filter(ImageFilter.GaussianBlur(3))
    paper = page_img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=bg)
    # shadow
    sh = Image.new("L", paper.size, 0)
    ImageDraw.Draw(sh).rectangle([8, 8, paper.size[0] - 1, paper.size[1] - 1], fill=90)
    mask = Image.new("L", page_img.size, 255).rotate(angle, expand=True)
    canvas_.paste((40, 30, 25), (pad - 4 + 10, pad - 4 + 10), sh.filter(ImageFilter.GaussianBlur(8)))
    canvas_.paste(paper, (pad - (paper.size[0] - w) // 2, pad - (paper.size[1] - h) // 2), mask)
    if persp:
        k = persp
        quad = (int(W * k), 0, 0, H, W, H, int(W * (1 - k)), 0)  # top narrower: shot at an angle
        canvas_ = canvas_.transform((W, H), Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=bg)
    # lighting: darker towards one corner
    grad = Image.linear_gradient("L").resize((W, H)).rotate(rnd.choice([30, 120, 210, 300]), expand=False,
                                                              fillcolor=128)
    grad = grad.point(lambda v: 255 - int(v * 0.28))
    canvas_ = Image.composite(canvas_, Image.new("RGB", (W, H), (0, 0, 0)), grad)
    canvas_ = canvas_.filter(ImageFilter.GaussianBlur(0.6))
    if upside_down:
        canvas_ = canvas_.rotate(180)
    s = long_side / max(W, H)
    if s < 1:
        canvas_ = canvas_.resize((int(W * s), int(H * s)), Image.LANCZOS)
    return canvas_


def scan_post(page_img, rnd, skew=0.0, specks=120):
    """Greyscale office scan: small skew, a few specks, slight blur, light grey background."""
    from PIL import Image, ImageDraw, ImageFilter

    img = page_img.convert("L")
    img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=250)
    d = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(specks):
        x, y = rnd.randrange(w), rnd.randrange(h)
        r = rnd.choice([1, 1, 1, 2])
        d.ellipse([x, y, x + r, y + r], fill=rnd.randint(60, 160))
    # a punched-hole shadow and an edge line from the scanner lid
    d.ellipse([int(w * 0.03), int(h * 0.30), int(w * 0.03) + 18, int(h * 0.30) + 18], fill=200)
    d.ellipse([int(w * 0.03), int(h * 0.66), int(w * 0.03) + 18, int(h * 0.66) + 18], fill=200)
    d.line([(w - 3, 0), (w - 3, h)], fill=170, width=2)
    img = img.filter(ImageFilter.GaussianBlur(0.45))
    img = img.point(lambda v: 246 if v > 238 else int(v * 0.97))
    return img


def jpeg_bytes(img, q):
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=q, optimize=True, progressive=False)
    return buf.getvalue()

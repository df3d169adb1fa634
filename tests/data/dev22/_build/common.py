"""Shared helpers for the dev22 corpus builder (writer 102).

Identifiers with check digits, money in capitals, working-day arithmetic, a small
block-based document model, a page layout engine, and renderers to text-layer PDF,
raster page images, OFD, DOCX and plain text. Everything is deterministic.
"""
from __future__ import annotations

import datetime as dt
import io
import math
import os
import random
import zipfile

import chinese_calendar

def _font(family):
    """Locate an installed font file by family name (fontconfig), so no paths are hard-coded."""
    import subprocess
    out = subprocess.run(["fc-match", "-f", "%{file}|%{index}", family], capture_output=True, text=True).stdout
    path, _, idx = out.partition("|")
    return path, (int(idx) if path.endswith(".ttc") else None)


FONT_DIR = {
    "hei": _font("WenQuanYi Zen Hei"),
    "song": _font("AR PL UMing TW"),
    "kai": _font("AR PL KaitiM GB"),
    "hand": _font("AR PL UKai CN"),
}

# ---------------------------------------------------------------- identifiers
CC_ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code(base8: str) -> str:
    """GB 11714 organisation code: 8 chars + check char."""
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c, 36) * w[i] for i, c in enumerate(base8))
    c = 11 - s % 11
    ch = "X" if c == 10 else ("0" if c == 11 else str(c))
    return base8 + ch


def credit_code(dept: str, kind: str, region: str, org8: str) -> str:
    """GB 32100 unified social credit code with valid 主体标识码 and check char."""
    body = dept + kind + region + org_code(org8)
    s = sum(CC_ALPHA.index(c) * CC_W[i] for i, c in enumerate(body))
    c = (31 - s % 31) % 31
    return body + CC_ALPHA[c]


def credit_ok(code: str) -> bool:
    if len(code) != 18 or any(c not in CC_ALPHA for c in code):
        return False
    s = sum(CC_ALPHA.index(c) * CC_W[i] for i, c in enumerate(code[:17]))
    return CC_ALPHA[(31 - s % 31) % 31] == code[17]


def id_number(region: str, birth: str, seq: str) -> str:
    """GB 11643 citizen id number."""
    body = region + birth + seq
    w = [2 ** (17 - i) % 11 for i in range(17)]
    s = sum(int(c) * w[i] for i, c in enumerate(body))
    return body + "10X98765432"[s % 11]


def id_ok(code: str) -> bool:
    if len(code) != 18 or not code[:17].isdigit():
        return False
    w = [2 ** (17 - i) % 11 for i in range(17)]
    s = sum(int(c) * w[i] for i, c in enumerate(code[:17]))
    return "10X98765432"[s % 11] == code[17].upper()


def reg_no(prefix14: str) -> str:
    """15-digit 营业执照注册号 with ISO 7064 MOD 11,10 check digit."""
    p = 10
    for ch in prefix14:
        s = (p + int(ch)) % 10 or 10
        p = (s * 2) % 11
    return prefix14 + str((11 - p) % 10)


# ---------------------------------------------------------------- money
DIG = "零壹贰叁肆伍陆柒捌玖"


def money_cap(amount) -> str:
    """Amount in yuan -> 人民币大写 (…元整 / …角…分)."""
    cents = int(round(float(amount) * 100))
    yuan, jf = divmod(cents, 100)
    jiao, fen = divmod(jf, 10)
    units = ["", "拾", "佰", "仟"]
    big = ["", "万", "亿"]
    out = ""
    if yuan == 0:
        out = "零"
    else:
        groups = []
        y = yuan
        while y:
            groups.append(y % 10000)
            y //= 10000
        parts = []
        zero_pending = False
        for gi in range(len(groups) - 1, -1, -1):
            g = groups[gi]
            if g == 0:
                zero_pending = True
                continue
            s = ""
            digits = [g // 1000, g // 100 % 10, g // 10 % 10, g % 10]
            started = False
            for di, d in enumerate(digits):
                if d == 0:
                    if started or parts:
                        zero_pending = True
                    continue
                if zero_pending and (started or parts):
                    s += "零"
                zero_pending = False
                s += DIG[d] + units[3 - di]
                started = True
            parts.append(s + big[gi])
        out = "".join(parts)
    out += "元"
    if jiao == 0 and fen == 0:
        return out + "整"
    if jiao:
        out += DIG[jiao] + "角"
    elif fen:
        out += "零"
    if fen:
        out += DIG[fen] + "分"
    return out


def fmt_money(v, comma=True, dec=2) -> str:
    s = f"{v:,.{dec}f}" if comma else f"{v:.{dec}f}"
    return s


# ---------------------------------------------------------------- dates
CN_NUM = "〇一二三四五六七八九"


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def cn_date(x, zero="〇") -> str:
    """二〇二三年三月五日 style."""
    if isinstance(x, str):
        x = d(x)
    y = "".join(zero if c == "0" else CN_NUM[int(c)] for c in str(x.year))

    def n(v):
        if v < 10:
            return CN_NUM[v]
        if v == 10:
            return "十"
        if v < 20:
            return "十" + CN_NUM[v - 10]
        return CN_NUM[v // 10] + "十" + ("" if v % 10 == 0 else CN_NUM[v % 10])

    return f"{y}年{n(x.month)}月{n(x.day)}日"


def ymd(x) -> str:
    if isinstance(x, str):
        x = d(x)
    return f"{x.year}年{x.month}月{x.day}日"


def ymd0(x) -> str:
    if isinstance(x, str):
        x = d(x)
    return f"{x.year}年{x.month:02d}月{x.day:02d}日"


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def ymd_fw(x) -> str:
    return ymd(x).translate(FW)


def dots(x) -> str:
    if isinstance(x, str):
        x = d(x)
    return f"{x.year}.{x.month}.{x.day}"


def is_workday(x: dt.date) -> bool:
    return chinese_calendar.is_workday(x)


def add_workdays(start, n: int) -> dt.date:
    """The n-th working day after start (start itself not counted)."""
    x = d(start) if isinstance(start, str) else start
    k = 0
    while k < n:
        x += dt.timedelta(days=1)
        if is_workday(x):
            k += 1
    return x


def workdays_between(a, b) -> int:
    """Working days after a up to and including b."""
    a = d(a) if isinstance(a, str) else a
    b = d(b) if isinstance(b, str) else b
    n = 0
    x = a
    while x < b:
        x += dt.timedelta(days=1)
        if is_workday(x):
            n += 1
    return n


def days_between(a, b) -> int:
    a = d(a) if isinstance(a, str) else a
    b = d(b) if isinstance(b, str) else b
    return (b - a).days


# ---------------------------------------------------------------- document model
class Doc:
    """One document of a case file: a title for the 目录 and a list of blocks.

    Blocks (tuples):
      ('h', text)              big centred title
      ('h2', text)             smaller centred title / agency line
      ('c', text)              centred line
      ('p', text)              paragraph, first line indented two characters
      ('l', text)              left line, wrapped, no indent
      ('r', text)              right-aligned line
      ('kv', rows, lw)         two-column form table; rows = [(label, value), ...]; lw label width ratio
      ('grid', rows, widths)   table with explicit column width ratios (first row = header)
      ('sig', label, name, date)  signature line: label + handwritten name (+ date)
      ('seal', name)           round seal over the preceding right-aligned lines
      ('namestamp', name)      small square name stamp (签名章)
      ('gap', n)               n blank lines
      ('pb',)                  page break
      ('small', text)          small print line
    A value string may contain {h:...} to mark handwriting (rendered in the hand font).
    """

    def __init__(self, title, blocks, doc_type=None, date=None, number=None, font="song",
                 hand=True):
        self.title = title
        self.blocks = blocks
        self.doc_type = doc_type or title
        self.date = date
        self.number = number
        self.font = font
        self.hand = hand


# ---------------------------------------------------------------- layout
A4 = (595.0, 842.0)


def char_w(c, size):
    o = ord(c)
    if o < 128:
        return size * (0.5 if c not in "MW@%" else 0.8)
    if c in "·":
        return size * 0.5
    return size


def text_w(s, size):
    return sum(char_w(c, size) for c in s)


def split_hand(s):
    """Split a string with {h:...} markers into [(text, is_hand)]."""
    out = []
    i = 0
    while i < len(s):
        j = s.find("{h:", i)
        if j < 0:
            out.append((s[i:], False))
            break
        if j > i:
            out.append((s[i:j], False))
        k = s.find("}", j)
        out.append((s[j + 3:k], True))
        i = k + 1
    return [(t, h) for t, h in out if t]


def plain(s):
    return "".join(t for t, _ in split_hand(s))


def wrap(s, width, size, indent=0.0):
    """Wrap a (possibly hand-marked) string into lines of segments that fit width."""
    segs = split_hand(s)
    lines = []
    cur = []
    curw = indent
    buf = ""
    bufh = None

    def flush_buf():
        nonlocal buf
        if buf:
            cur.append((buf, bufh))
            buf = ""

    for text, hand in segs:
        if bufh is not None and hand != bufh:
            flush_buf()
        bufh = hand
        for ch in text:
            if ch == "\n":
                flush_buf()
                lines.append(cur)
                cur, curw = [], 0.0
                continue
            w = char_w(ch, size)
            if curw + w > width + 0.01:
                # keep closing punctuation on the line (避头)
                if ch in "，。、；：）」』》！？”" and curw + w <= width + size:
                    buf += ch
                    curw += w
                    continue
                flush_buf()
                lines.append(cur)
                cur, curw = [], 0.0
            buf += ch
            curw += w
    flush_buf()
    lines.append(cur)
    return lines


class Layout:
    """Lays blocks out on A4 pages as draw ops in points (origin top-left)."""

    def __init__(self, size=10.5, lead=1.75, margins=(72, 64, 62, 72), body="song",
                 title="hei", header=None, footer=None):
        self.size = size
        self.lead = lead
        self.ml, self.mt, self.mr, self.mb = margins
        self.body = body
        self.titlef = title
        self.header = header
        self.footer = footer
        self.W, self.H = A4

    @property
    def width(self):
        return self.W - self.ml - self.mr

    def run(self, doc: Doc):
        pages = [[]]
        y = self.mt
        lh = self.size * self.lead
        ops = pages[-1]
        last_r = []  # y of recent right-aligned lines for seals
        body = doc.font or self.body

        def newpage():
            nonlocal y, ops
            pages.append([])
            ops = pages[-1]
            y = self.mt

        def need(h):
            if y + h > self.H - self.mb:
                newpage()

        def draw_line(segs, x, yy, size, font, color=(0, 0, 0)):
            for text, hand in segs:
                f = "hand" if (hand and doc.hand) else font
                ops.append(("text", x, yy, text, f, size, (0.05, 0.1, 0.35) if (hand and doc.hand) else color))
                x += text_w(text, size)

        for b in doc.blocks:
            k = b[0]
            if k == "pb":
                newpage()
                continue
            if k == "gap":
                y += lh * b[1]
                continue
            if k in ("h", "h2", "c", "small"):
                size = {"h": self.size * 1.75, "h2": self.size * 1.3, "c": self.size, "small": self.size * 0.8}[k]
                font = self.titlef if k in ("h", "h2") else body
                for segs in wrap(b[1], self.width, size):
                    t = "".join(s for s, _ in segs)
                    need(size * 1.6)
                    x = self.ml + (self.width - text_w(t, size)) / 2 if k != "small" else self.ml
                    draw_line(segs, x, y + size, size, font)
                    y += size * (1.9 if k == "h" else 1.6)
                if k == "h":
                    y += size * 0.3
                continue
            if k in ("p", "l"):
                ind = self.size * 2 if k == "p" else 0
                lines = wrap(b[1], self.width, self.size, ind)
                for i, segs in enumerate(lines):
                    need(lh)
                    draw_line(segs, self.ml + (ind if i == 0 else 0), y + self.size, self.size, body)
                    y += lh
                continue
            if k == "r":
                t = plain(b[1])
                need(lh)
                x = self.W - self.mr - text_w(t, self.size) - self.size * 2
                draw_line(split_hand(b[1]), x, y + self.size, self.size, body)
                last_r.append((x, y, text_w(t, self.size)))
                y += lh
                continue
            if k == "seal":
                if last_r:
                    x, yy, w = last_r[-2] if len(last_r) >= 2 else last_r[-1]
                    cx = x + w / 2
                    cy = yy + self.size
                else:
                    cx, cy = self.W - self.mr - 100, y - 20
                ops.append(("seal", cx, cy, 42, b[1], b[2] if len(b) > 2 else None))
                continue
            if k == "namestamp":
                ops.append(("namestamp", self.W - self.mr - 60, y - lh * 1.2, b[1]))
                continue
            if k == "sig":
                label, name, date = b[1], b[2], b[3] if len(b) > 3 else ""
                need(lh * 1.2)
                draw_line([(label, False)], self.ml, y + self.size, self.size, body)
                x = self.ml + text_w(label, self.size) + 4
                if name:
                    draw_line(split_hand(name), x, y + self.size, self.size * 1.15, body)
                if date:
                    dx = self.W - self.mr - text_w(plain(date), self.size) - 8
                    draw_line(split_hand(date), dx, y + self.size, self.size, body)
                y += lh * 1.2
                continue
            if k in ("kv", "grid"):
                if k == "kv":
                    lw = b[2] if len(b) > 2 else 0.24
                    rows = []
                    for r in b[1]:
                        if len(r) == 2:
                            rows.append([r[0], r[1]])
                        else:
                            rows.append(list(r))
                    ncol = max(len(r) for r in rows)
                    if ncol == 2:
                        widths = [lw, 1 - lw]
                    else:
                        widths = b[3] if len(b) > 3 else [1.0 / ncol] * ncol
                else:
                    rows = [list(r) for r in b[1]]
                    widths = b[2]
                tot = sum(widths)
                colw = [self.width * w / tot for w in widths]
                fs = self.size * (0.95 if k == "grid" else 1.0)
                pad = 4
                first = True
                for ri, row in enumerate(rows):
                    # a row may have fewer cells: the last cell spans the rest
                    cells = []
                    xs = self.ml
                    ci = 0
                    for j, cell in enumerate(row):
                        span = 1
                        if j == len(row) - 1:
                            span = len(colw) - ci
                        w = sum(colw[ci:ci + span])
                        cells.append((xs, w, cell))
                        xs += w
                        ci += span
                    wrapped = [wrap(str(c), w - 2 * pad, fs) for (_, w, c) in cells]
                    minh = b[4] if (k == "kv" and len(b) > 4) else 0
                    h = max(len(wl) for wl in wrapped) * fs * 1.55 + 2 * pad + 2
                    if isinstance(row[-1], str) and row[-1].startswith("\u2063"):
                        h = max(h, 80)
                    h = max(h, minh)
                    if y + h > self.H - self.mb:
                        newpage()
                        first = True
                    top = y
                    for (cx, w, c), wl in zip(cells, wrapped):
                        ops.append(("rect", cx, top, w, h))
                        yy = top + pad + fs
                        center = (k == "grid" and ri == 0)
                        for segs in wl:
                            t = "".join(s for s, _ in segs)
                            tx = cx + pad if not center else cx + (w - text_w(t, fs)) / 2
                            draw_line(segs, tx, yy, fs, body)
                            yy += fs * 1.55
                    y = top + h
                    first = False
                y += lh * 0.4
                continue
            raise ValueError(k)
        return pages


# ---------------------------------------------------------------- seal images (PIL)
def seal_image(name, px=260, color=(214, 30, 38), inner=None, star=True, alpha=210, seed=1):
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(seed)
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    dr = ImageDraw.Draw(img)
    c = px / 2
    r = px / 2 - 6
    col = color + (alpha,)
    dr.ellipse([c - r, c - r, c + r, c + r], outline=col, width=max(4, px // 45))
    font = ImageFont.truetype(FONT_DIR["song"][0], int(px * 0.13), index=0)
    n = len(name)
    span = min(250, 22 * n)
    for i, ch in enumerate(name):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        rr = r * 0.74
        x = c + rr * math.cos(ang)
        y = c + rr * math.sin(ang)
        tile = Image.new("RGBA", (int(px * 0.17), int(px * 0.17)), (0, 0, 0, 0))
        td = ImageDraw.Draw(tile)
        td.text((tile.width / 2, tile.height / 2), ch, font=font, fill=col, anchor="mm")
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        img.alpha_composite(tile, (int(x - tile.width / 2), int(y - tile.height / 2)))
    if star:
        pts = []
        for i in range(10):
            a = math.radians(-90 + 36 * i)
            rr = px * 0.13 if i % 2 == 0 else px * 0.052
            pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
        dr.polygon(pts, fill=col)
    if inner:
        f2 = ImageFont.truetype(FONT_DIR["song"][0], int(px * 0.085), index=0)
        dr.text((c, c + px * 0.25), inner, font=f2, fill=col, anchor="mm")
    # ink unevenness
    px_ = img.load()
    for _ in range(px * 6):
        x, y = rnd.randrange(px), rnd.randrange(px)
        r_, g_, b_, a_ = px_[x, y]
        if a_:
            px_[x, y] = (r_, g_, b_, int(a_ * rnd.uniform(0.3, 0.9)))
    return img


def namestamp_image(name, px=90, color=(200, 30, 40)):
    from PIL import Image, ImageDraw, ImageFont
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    dr = ImageDraw.Draw(img)
    dr.rectangle([3, 3, px - 4, px - 4], outline=color + (220,), width=4)
    f = ImageFont.truetype(FONT_DIR["song"][0], int(px * 0.36), index=0)
    chars = list(name[:4]) if len(name) >= 3 else list(name) + ["印"]
    if len(chars) == 3:
        chars = chars + ["印"]
    pos = [(0.72, 0.28), (0.72, 0.72), (0.28, 0.28), (0.28, 0.72)]
    for ch, (fx, fy) in zip(chars, pos):
        dr.text((px * fx, px * fy), ch, font=f, fill=color + (230,), anchor="mm")
    return img


# ---------------------------------------------------------------- PDF (reportlab)
_RL_FONTS = {}


def rl_fonts():
    if _RL_FONTS:
        return _RL_FONTS
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for k, (p, idx) in FONT_DIR.items():
        name = "F_" + k
        f = TTFont(name, p, subfontIndex=idx) if idx is not None else TTFont(name, p)
        pdfmetrics.registerFont(f)
        _RL_FONTS[k] = name
    return _RL_FONTS


def pdf_draw_page(c, ops, W=595.0, H=842.0, seal_cache=None, rnd=None):
    from reportlab.lib.utils import ImageReader
    fonts = rl_fonts()
    for op in ops:
        if op[0] == "text":
            _, x, y, t, f, size, col = op
            c.setFillColorRGB(*col)
            c.setFont(fonts[f], size)
            c.drawString(x, H - y, t)
        elif op[0] == "rect":
            _, x, y, w, h = op
            c.setStrokeColorRGB(0, 0, 0)
            c.setLineWidth(0.6)
            c.rect(x, H - y - h, w, h, stroke=1, fill=0)
        elif op[0] == "line":
            _, x1, y1, x2, y2 = op
            c.setLineWidth(0.8)
            c.line(x1, H - y1, x2, H - y2)
        elif op[0] == "seal":
            _, cx, cy, r, name, inner = op
            key = (name, inner)
            if key not in seal_cache:
                im = seal_image(name, 220, inner=inner, seed=len(name))
                b = io.BytesIO()
                im.save(b, "PNG")
                b.seek(0)
                seal_cache[key] = ImageReader(b)
            c.drawImage(seal_cache[key], cx - r, H - cy - r, 2 * r, 2 * r, mask="auto")
        elif op[0] == "namestamp":
            _, x, y, name = op
            key = ("ns", name)
            if key not in seal_cache:
                im = namestamp_image(name)
                b = io.BytesIO()
                im.save(b, "PNG")
                b.seek(0)
                seal_cache[key] = ImageReader(b)
            c.drawImage(seal_cache[key], x, H - y - 26, 26, 26, mask="auto")
        elif op[0] == "image":
            _, x, y, w, h, data = op
            c.drawImage(ImageReader(io.BytesIO(data)), x, H - y - h, w, h)


# ---------------------------------------------------------------- raster pages (PIL)
_PIL_FONTS = {}


def pil_font(kind, px):
    key = (kind, px)
    if key not in _PIL_FONTS:
        from PIL import ImageFont
        p, idx = FONT_DIR[kind]
        _PIL_FONTS[key] = ImageFont.truetype(p, px, index=idx or 0)
    return _PIL_FONTS[key]


def raster_page(ops, width_px=1000, bg=(250, 249, 245), ink=(20, 20, 20), seed=0,
                hand_jitter=True, extra=None):
    """Render layout ops to an RGB image (A4 proportions)."""
    from PIL import Image, ImageDraw
    s = width_px / A4[0]
    H = int(A4[1] * s)
    img = Image.new("RGB", (width_px, H), bg)
    dr = ImageDraw.Draw(img)
    rnd = random.Random(seed)
    overlays = []
    for op in ops:
        if op[0] == "text":
            _, x, y, t, f, size, col = op
            px = max(8, int(size * s))
            fill = ink if f != "hand" else (25, 40, 110)
            if f == "hand" and hand_jitter:
                xx = x * s
                for ch in t:
                    fpx = int(px * rnd.uniform(1.0, 1.18))
                    dr.text((xx, y * s + rnd.uniform(-2, 2)), ch, font=pil_font("hand", fpx), fill=fill, anchor="ls")
                    xx += char_w(ch, size) * s * rnd.uniform(0.98, 1.1)
            else:
                dr.text((x * s, y * s), t, font=pil_font(f, px), fill=fill, anchor="ls")
        elif op[0] == "rect":
            _, x, y, w, h = op
            dr.rectangle([x * s, y * s, (x + w) * s, (y + h) * s], outline=(40, 40, 40), width=max(1, int(s * 0.7)))
        elif op[0] == "line":
            _, x1, y1, x2, y2 = op
            dr.line([x1 * s, y1 * s, x2 * s, y2 * s], fill=(40, 40, 40), width=2)
        elif op[0] in ("seal", "namestamp"):
            overlays.append(op)
    for op in overlays:
        if op[0] == "seal":
            _, cx, cy, r, name, inner = op
            im = seal_image(name, int(2 * r * s), inner=inner, seed=seed + 7)
            im = im.rotate(rnd.uniform(-12, 12), resample=Image.BICUBIC)
            img.paste(im, (int((cx - r) * s + rnd.uniform(-6, 6)), int((cy - r) * s + rnd.uniform(-6, 6))), im)
        else:
            _, x, y, name = op
            im = namestamp_image(name, int(28 * s))
            img.paste(im, (int(x * s), int((y - 28) * s)), im)
    if extra:
        extra(img, s)
    return img


def scan_effect(img, seed=0, grey=True, skew=0.6, noise=10, rotate=0, dark_edge=True):
    """Make a rendered page look scanned: skew, noise, grey, optional 90/180 rotation."""
    from PIL import Image, ImageFilter
    import numpy as np
    rnd = random.Random(seed)
    im = img.convert("L") if grey else img
    ang = rnd.uniform(-skew, skew)
    fill = 255 if grey else (255, 255, 255)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    a = np.asarray(im).astype(np.int16)
    rng = np.random.default_rng(seed)
    a = a + rng.normal(0, noise, a.shape).astype(np.int16)
    if dark_edge:
        a[:, :6] -= 60
        a[:4, :] -= 40
    # sprinkle specks
    for _ in range(25):
        y = rng.integers(0, a.shape[0])
        x = rng.integers(0, a.shape[1])
        a[y:y + 2, x:x + 2] = 60
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a)
    im = im.filter(ImageFilter.GaussianBlur(0.5))
    if rotate:
        im = im.rotate(rotate, expand=True)
    return im


def photo_effect(img, seed=0, size=(1200, 1600)):
    """Simulate a phone photo of a page lying on a desk (colour, perspective, light)."""
    from PIL import Image, ImageDraw, ImageFilter
    import numpy as np
    rnd = random.Random(seed)
    W, H = size
    bg = Image.new("RGB", (W, H), (rnd.randint(90, 120), rnd.randint(70, 95), rnd.randint(50, 70)))
    # wood-ish stripes
    dr = ImageDraw.Draw(bg)
    for i in range(0, W, 7):
        c = rnd.randint(-12, 12)
        dr.line([(i, 0), (i + rnd.randint(-30, 30), H)], fill=(100 + c, 78 + c, 58 + c), width=3)
    page = img.convert("RGB")
    pw = int(W * rnd.uniform(0.84, 0.9))
    ph = int(pw * page.height / page.width)
    if ph > H * 0.95:
        ph = int(H * 0.95)
        pw = int(ph * page.width / page.height)
    page = page.resize((pw, ph), Image.LANCZOS)
    ox = (W - pw) // 2 + rnd.randint(-20, 20)
    oy = (H - ph) // 2 + rnd.randint(-15, 15)
    bg.paste(page, (ox, oy))
    # perspective: map a slightly distorted quad back to the canvas
    j = lambda: rnd.uniform(-28, 28)
    quad = (0 + j(), 0 + j(), 0 + j(), H + j(), W + j(), H + j(), W + j(), 0 + j())
    out = bg.transform((W, H), Image.QUAD, quad, resample=Image.BICUBIC)
    a = np.asarray(out).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    cx, cy = rnd.uniform(0.3, 0.7) * W, rnd.uniform(0.2, 0.5) * H
    light = 1.08 - 0.28 * (((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2) ** 0.5
    a = a * light[..., None]
    a[..., 2] *= rnd.uniform(0.88, 0.97)  # warm cast
    a += np.random.default_rng(seed).normal(0, 4, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.6))
    return out


def jpeg_bytes(img, q=65, grey=False):
    b = io.BytesIO()
    (img.convert("L") if grey else img.convert("RGB")).save(b, "JPEG", quality=q, optimize=True)
    return b.getvalue()


# ---------------------------------------------------------------- plain text
def doc_to_text(doc: Doc, width=40):
    out = []
    for b in doc.blocks:
        k = b[0]
        if k in ("h", "h2", "c"):
            t = plain(b[1])
            out.append(" " * max(0, (width - len(t)) // 2) + t)
        elif k == "p":
            out.append("　　" + plain(b[1]))
        elif k in ("l", "small"):
            out.append(plain(b[1]))
        elif k == "r":
            t = plain(b[1])
            out.append(" " * max(0, width + 8 - len(t) * 2) + t)
        elif k == "kv":
            for r in b[1]:
                cells = [plain(str(c)).replace("\n", " ") for c in r]
                if len(cells) == 2:
                    out.append(f"{cells[0]}：{cells[1]}")
                else:
                    out.append("  ".join(cells))
        elif k == "grid":
            for r in b[1]:
                out.append(" | ".join(plain(str(c)).replace("\n", " ") for c in r))
        elif k == "sig":
            out.append(f"{b[1]}{plain(b[2])}    {plain(b[3]) if len(b) > 3 else ''}".rstrip())
        elif k == "seal":
            out.append(" " * 30 + "（印章）")
        elif k == "namestamp":
            out.append(" " * 30 + f"（{b[1]}章）")
        elif k == "gap":
            out.extend([""] * b[1])
        elif k == "pb":
            pass
    return "\n".join(out)


# ---------------------------------------------------------------- OFD
def ofd_package(pages_ops, title="", author="", seals_png=None):
    """Write a minimal GB/T 33190 OFD package from layout ops. Returns bytes.

    Text is written as TextObject/TextCode with per-glyph DeltaX; rules as PathObject;
    seal images as ImageObject referencing a PNG in Res/. Units are millimetres.
    """
    NS = "http://www.ofdspec.org/2016"
    mm = 25.4 / 72.0
    W, H = A4[0] * mm, A4[1] * mm
    now = "2024-11-20T10:00:00"
    files = {}
    files["OFD.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD">'
        f'<ofd:DocBody><ofd:DocInfo><ofd:DocID>7b1c3e5a9d2f4e6b8a0c1d2e3f405162</ofd:DocID>'
        f'<ofd:Title>{title}</ofd:Title><ofd:Author>{author}</ofd:Author>'
        f'<ofd:CreationDate>2024-11-20</ofd:CreationDate><ofd:Creator>OFD Writer</ofd:Creator></ofd:DocInfo>'
        f'<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
    fonts = {"song": ("宋体", "SimSun"), "hei": ("黑体", "SimHei"), "kai": ("楷体", "KaiTi"), "hand": ("楷体", "KaiTi")}
    font_ids = {k: 2 + i for i, k in enumerate(fonts)}
    media = []
    nid = 100
    page_entries = []
    for pi, ops in enumerate(pages_ops):
        objs = []
        for op in ops:
            nid += 1
            if op[0] == "text":
                _, x, y, t, f, size, col = op
                fs = size * mm
                dxs = [char_w(ch, size) * mm for ch in t[:-1]]
                w = sum(char_w(ch, size) for ch in t) * mm
                bx, by = x * mm, (y - size) * mm
                dx = " ".join(f"{v:.3f}" for v in dxs)
                rgb = " ".join(str(int(c * 255)) for c in col)
                tt = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                objs.append(
                    f'<ofd:TextObject ID="{nid}" Boundary="{bx:.3f} {by:.3f} {w + 1:.3f} {fs * 1.3:.3f}" '
                    f'Font="{font_ids[f]}" Size="{fs:.3f}"><ofd:FillColor Value="{rgb}"/>'
                    f'<ofd:TextCode X="0" Y="{fs:.3f}"' + (f' DeltaX="{dx}"' if dx else "") + f'>{tt}</ofd:TextCode></ofd:TextObject>')
            elif op[0] == "rect":
                _, x, y, w, h = op
                objs.append(
                    f'<ofd:PathObject ID="{nid}" Boundary="{x * mm:.3f} {y * mm:.3f} {w * mm + 0.5:.3f} {h * mm + 0.5:.3f}" LineWidth="0.2">'
                    f'<ofd:AbbreviatedData>M 0 0 L {w * mm:.3f} 0 L {w * mm:.3f} {h * mm:.3f} L 0 {h * mm:.3f} C</ofd:AbbreviatedData></ofd:PathObject>')
            elif op[0] in ("seal", "namestamp") and seals_png is not None:
                if op[0] == "seal":
                    _, cx, cy, r, name, inner = op
                    png = seals_png(name, inner)
                    bx, by, bw = (cx - r) * mm, (cy - r) * mm, 2 * r * mm
                else:
                    _, x, y, name = op
                    png = seals_png("ns:" + name, None)
                    bx, by, bw = x * mm, (y - 26) * mm, 26 * mm
                mid = len(media) + 90000
                media.append((mid, png))
                objs.append(
                    f'<ofd:ImageObject ID="{nid}" Boundary="{bx:.3f} {by:.3f} {bw:.3f} {bw:.3f}" '
                    f'CTM="{bw:.3f} 0 0 {bw:.3f} 0 0" ResourceID="{mid}"/>')
        content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="{NS}"><ofd:Area>'
                   f'<ofd:PhysicalBox>0 0 {W:.3f} {H:.3f}</ofd:PhysicalBox></ofd:Area><ofd:Content>'
                   f'<ofd:Layer ID="{nid + 1}" Type="Body">' + "".join(objs) + '</ofd:Layer></ofd:Content></ofd:Page>')
        nid += 2
        files[f"Doc_0/Pages/Page_{pi}/Content.xml"] = content
        page_entries.append(f'<ofd:Page ID="{nid}" BaseLoc="Pages/Page_{pi}/Content.xml"/>')
        nid += 1
    font_xml = "".join(
        f'<ofd:Font ID="{font_ids[k]}" FontName="{v[0]}" FamilyName="{v[1]}"/>' for k, v in fonts.items())
    files["Doc_0/PublicRes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>{font_xml}</ofd:Fonts></ofd:Res>')
    media_xml = "".join(
        f'<ofd:MultiMedia ID="{mid}" Type="Image" Format="PNG"><ofd:MediaFile>Image_{mid}.png</ofd:MediaFile></ofd:MultiMedia>'
        for mid, _ in media)
    files["Doc_0/DocumentRes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:MultiMedias>{media_xml}</ofd:MultiMedias></ofd:Res>')
    files["Doc_0/Document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>'
        f'<ofd:MaxUnitID>{max([nid + 10] + [m + 1 for m, _ in media])}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 {W:.3f} {H:.3f}</ofd:PhysicalBox></ofd:PageArea>'
        f'<ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes></ofd:CommonData>'
        f'<ofd:Pages>{"".join(page_entries)}</ofd:Pages></ofd:Document>')
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["OFD.xml", "Doc_0/Document.xml", "Doc_0/PublicRes.xml", "Doc_0/DocumentRes.xml"] + sorted(
                k for k in files if k.startswith("Doc_0/Pages")):
            zi = zipfile.ZipInfo(name, date_time=(2024, 11, 20, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, files[name].encode("utf-8"))
        for mid, png in media:
            zi = zipfile.ZipInfo(f"Doc_0/Res/Image_{mid}.png", date_time=(2024, 11, 20, 10, 0, 0))
            z.writestr(zi, png)
    return b.getvalue()

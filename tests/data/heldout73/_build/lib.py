"""Shared helpers for the heldout73 builder: ids, dates, money, layout and painters.

Markup of a document line (a list of str per document):
  "# T"  centred title          "## T"  centred sub-title (文号)
  "> T"  right-aligned line      "|a|b|c" table row (equal columns)
  "|@w=2,5,3|a|b|c" table row with relative column widths
  "@SEAL 名称"  agency seal (image + "（印章）" in text layers)
  "@PB"  forced page break       "⟦…⟧" handwritten fill-in
"""
import datetime as dt
import io
import math
import random
import re

import chinese_calendar as cc

FONT_PRINT = "/usr/share/fonts/truetype/arphic/uming.ttc"
FONT_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FONT_HAND = "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf"
FONT_HAND2 = "/usr/share/fonts/truetype/arphic/ukai.ttc"

# ---------------------------------------------------------------- identifiers
USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(body17):
    s = sum(USCC_CH.index(c) * w for c, w in zip(body17, USCC_W))
    c = 31 - s % 31
    return body17 + USCC_CH[0 if c == 31 else c]


def uscc_ok(code):
    return len(code) == 18 and all(c in USCC_CH for c in code) and uscc(code[:17]) == code


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idno(body17):
    s = sum(int(c) * w for c, w in zip(body17, ID_W))
    return body17 + "10X98765432"[s % 11]


def idno_ok(code):
    return len(code) == 18 and code[:17].isdigit() and idno(code[:17]) == code


# ---------------------------------------------------------------- dates
CN_DIG = "〇一二三四五六七八九"


def d(s):
    return dt.date.fromisoformat(s)


def _cn_num(n):
    if n < 10:
        return "〇一二三四五六七八九"[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIG[t]) + "十" + (CN_DIG[u] if u else "")


def fmt(x, style="cn"):
    if isinstance(x, str):
        x = d(x)
    if style == "cn":
        return f"{x.year}年{x.month}月{x.day}日"
    if style == "cn0":
        return f"{x.year}年{x.month:02d}月{x.day:02d}日"
    if style == "zh":
        return "".join(CN_DIG[int(c)] for c in str(x.year)) + "年" + _cn_num(x.month) + "月" + _cn_num(x.day) + "日"
    if style == "fw":
        s = f"{x.year}年{x.month}月{x.day}日"
        return s.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if style == "dot":
        return f"{x.year}.{x.month}.{x.day}"
    if style == "iso":
        return x.isoformat()
    raise ValueError(style)


def wd_after(start, n):
    """The n-th working day after start (start itself not counted)."""
    x = d(start) if isinstance(start, str) else start
    k = 0
    while k < n:
        x += dt.timedelta(days=1)
        if cc.is_workday(x):
            k += 1
    return x


def wd_between(a, b):
    """Working days after a up to and including b."""
    a = d(a) if isinstance(a, str) else a
    b = d(b) if isinstance(b, str) else b
    n, x = 0, a
    while x < b:
        x += dt.timedelta(days=1)
        if cc.is_workday(x):
            n += 1
    return n


def days(a, b):
    return (d(b) - d(a)).days


# ---------------------------------------------------------------- money
DX = "零壹贰叁肆伍陆柒捌玖"


def daxie(n):
    """Integer yuan -> 大写 with 元整."""
    n = int(n)
    if n == 0:
        return "零元整"
    units = ["", "拾", "佰", "仟"]
    out = ""
    wan, ge = divmod(n, 10000)
    yi, wan = divmod(wan, 10000)

    def four(v, lead):
        s, zero = "", False
        for i in range(3, -1, -1):
            dgt = v // (10 ** i) % 10
            if dgt == 0:
                if s or lead:
                    zero = True
            else:
                if zero:
                    s += "零"
                    zero = False
                s += DX[dgt] + units[i]
        return s
    parts = []
    if yi:
        parts.append(four(yi, False) + "亿")
    if wan:
        parts.append(four(wan, bool(yi)) + "万")
    elif yi and ge:
        parts.append("零")
    if ge:
        p = four(ge, bool(yi or wan))
        if (yi or wan) and ge < 1000 and not p.startswith("零"):
            p = "零" + p
        parts.append(p)
    out = "".join(parts)
    return out + "元整"


def yuan(n, style="plain"):
    if style == "plain":
        return f"{n}元"
    if style == "comma":
        return f"{n:,}元"
    if style == "yen":
        return f"¥{n:,.2f}"
    if style == "wan":
        return f"{n / 10000:g}万元"
    raise ValueError(style)


# ---------------------------------------------------------------- text forms
HW = re.compile(r"⟦(.*?)⟧")


def plain(line):
    """Markup line -> plain text line (for txt/docx)."""
    line = HW.sub(r"\1", line)
    if line.startswith("@SEAL"):
        return "（印章）"
    if line == "@PB":
        return None
    if line.startswith("## ") or line.startswith("# ") or line.startswith("> "):
        return line.split(" ", 1)[1]
    if line.startswith("|"):
        cells = line.split("|")[1:]
        if cells and cells[0].startswith("@w="):
            cells = cells[1:]
        return "  ".join(c for c in cells)
    return line


def doc_text(lines):
    return "\n".join(x for x in (plain(l) for l in lines) if x is not None)


# ---------------------------------------------------------------- seal image
def seal_image(name, px=260, color=(205, 30, 30, 215), seed=0):
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(seed)
    im = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    c = px / 2
    r = px / 2 - 6
    dr.ellipse([c - r, c - r, c + r, c + r], outline=color, width=max(4, px // 40))
    # star
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = px * 0.13 if i % 2 == 0 else px * 0.05
        pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
    dr.polygon(pts, fill=color)
    font = ImageFont.truetype(FONT_SANS, int(px * 0.11))
    n = len(name)
    span = min(250, 18 * n)
    for i, ch in enumerate(name):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        x = c + (r - px * 0.12) * math.cos(ang)
        y = c + (r - px * 0.12) * math.sin(ang)
        g = Image.new("RGBA", (int(px * 0.14), int(px * 0.14)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((px * 0.015, -px * 0.01), ch, font=font, fill=color)
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    # ink unevenness
    px_ = im.load()
    for _ in range(px * 6):
        x, y = rnd.randrange(px), rnd.randrange(px)
        r_, g_, b_, a_ = px_[x, y]
        if a_:
            px_[x, y] = (r_, g_, b_, int(a_ * rnd.uniform(0.3, 0.9)))
    return im.rotate(rnd.uniform(-12, 12), resample=Image.BICUBIC)


# ---------------------------------------------------------------- layout engine
class Layout:
    """Lays markup lines out on pages; returns per page a list of ops.

    ops: ("t", x, y, text, size, hand, bold)   ("l", x1, y1, x2, y2)   ("seal", cx, cy, name)
    coordinates: points from the top-left corner.
    """

    def __init__(self, measure, w=595, h=842, margin=(62, 70, 62, 70), size=11.5, lead=1.75):
        self.measure = measure  # measure(text, size, hand) -> width
        self.w, self.h = w, h
        self.ml, self.mt, self.mr, self.mb = margin
        self.size, self.lead = size, lead

    def wrap(self, text, width, size, hand=False):
        out, cur = [], ""
        for ch in text:
            if self.measure(cur + ch, size, hand) > width and cur:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        out.append(cur)
        return out

    def run(self, lines):
        pages, ops = [], []
        y = self.mt
        bottom = self.h - self.mb
        width = self.w - self.ml - self.mr

        def newpage():
            nonlocal ops, y
            pages.append(ops)
            ops = []
            y = self.mt

        def segs(text):
            # split text into (str, hand) segments
            out, pos = [], 0
            for m in HW.finditer(text):
                if m.start() > pos:
                    out.append((text[pos:m.start()], False))
                out.append((m.group(1), True))
                pos = m.end()
            if pos < len(text):
                out.append((text[pos:], False))
            return out

        def emit_line(x0, yy, text, size, bold=False):
            x = x0
            for s, hand in segs(text):
                ops.append(("t", x, yy, s, size * (1.08 if hand else 1), hand, bold))
                x += self.measure(s, size * (1.08 if hand else 1), hand)

        for raw in lines:
            size = self.size
            lh = size * self.lead
            if raw == "@PB":
                newpage()
                continue
            if raw.startswith("@SEAL"):
                name = raw[6:].strip()
                ops.append(("seal", self.w - self.mr - 95, y - lh * 1.6, name))
                continue
            if raw.startswith("# ") or raw.startswith("## "):
                big = raw.startswith("# ")
                t = raw.split(" ", 1)[1]
                sz = size * (1.55 if big else 1.0)
                lh2 = sz * (1.9 if big else self.lead)
                if y + lh2 > bottom:
                    newpage()
                tw = self.measure(HW.sub(r"\1", t), sz, False)
                emit_line(self.ml + (width - tw) / 2, y + sz, t, sz, big)
                y += lh2
                continue
            if raw.startswith("> "):
                t = raw[2:]
                if y + lh > bottom:
                    newpage()
                tw = sum(self.measure(s, size * (1.08 if h else 1), h) for s, h in segs(t))
                emit_line(self.ml + width - tw, y + size, t, size)
                y += lh
                continue
            if raw.startswith("|"):
                cells = raw.split("|")[1:]
                ws = None
                if cells and cells[0].startswith("@w="):
                    ws = [float(v) for v in cells[0][3:].split(",")]
                    cells = cells[1:]
                ws = ws or [1] * len(cells)
                tot = sum(ws)
                cws = [width * v / tot for v in ws]
                csz = size * 0.92
                clh = csz * 1.55
                wrapped = [self.wrap(HW.sub(r"\1", c), cw - 8, csz) if not HW.search(c) else
                           self.wrap(c, cw - 8 + 4 * c.count("⟦"), csz) for c, cw in zip(cells, cws)]
                nl = max(len(wc) for wc in wrapped)
                rh = nl * clh + 6
                if y + rh > bottom:
                    newpage()
                x = self.ml
                ops.append(("l", self.ml, y, self.ml + width, y))
                ops.append(("l", self.ml, y + rh, self.ml + width, y + rh))
                for wc, cw in zip(wrapped, cws):
                    ops.append(("l", x, y, x, y + rh))
                    for i, ln in enumerate(wc):
                        emit_line(x + 4, y + 3 + csz + i * clh, ln, csz)
                    x += cw
                ops.append(("l", x, y, x, y + rh))
                y += rh
                continue
            if raw == "":
                y += lh * 0.6
                continue
            # paragraph: wrap keeping handwriting markers (approximate by plain measure)
            txt = raw
            pieces = []
            cur = ""
            inhw = False
            for ch in txt:
                if ch == "⟦":
                    inhw = True
                    cur += ch
                    continue
                if ch == "⟧":
                    inhw = False
                    cur += ch
                    continue
                test = HW.sub(r"\1", cur + ch + ("⟧" if inhw else ""))
                if self.measure(test, size, False) * 1.03 > width and cur:
                    if inhw:
                        cur += "⟧"
                    pieces.append(cur)
                    cur = ("⟦" if inhw else "") + ch
                else:
                    cur += ch
            pieces.append(cur)
            for p in pieces:
                if y + lh > bottom:
                    newpage()
                emit_line(self.ml, y + size, p, size)
                y += lh
        pages.append(ops)
        return [p for p in pages if p] or [[]]


# ---------------------------------------------------------------- PDF (reportlab) painter
_RL = {}


def rl_setup():
    if _RL:
        return _RL
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdfmetrics.registerFont(TTFont("Kai", FONT_HAND))
    _RL["m"] = pdfmetrics

    def measure(t, size, hand):
        return pdfmetrics.stringWidth(t, "Kai" if hand else "STSong-Light", size)
    _RL["measure"] = measure
    return _RL


def pil_measure_factory(scale=1.0):
    from PIL import ImageFont
    cache = {}

    def f(t, size, hand):
        key = (round(size * scale), hand)
        if key not in cache:
            cache[key] = ImageFont.truetype(FONT_HAND if hand else FONT_PRINT, key[0])
        return cache[key].getlength(t) / scale
    return f


def paint_pdf(canvas, ops, h, seal_cache, hand_color=(0.1, 0.15, 0.45)):
    from reportlab.lib.utils import ImageReader
    for op in ops:
        if op[0] == "t":
            _, x, y, t, size, hand, bold = op
            if hand:
                canvas.setFillColorRGB(*hand_color)
                canvas.setFont("Kai", size)
            else:
                canvas.setFillColorRGB(0, 0, 0)
                canvas.setFont("STSong-Light", size)
            if bold and not hand:
                to = canvas.beginText(x, h - y)
                to.setFont("STSong-Light", size)
                to.setTextRenderMode(2)
                canvas.setLineWidth(0.3)
                to.textOut(t)
                canvas.drawText(to)
            else:
                canvas.drawString(x, h - y, t)
        elif op[0] == "l":
            _, x1, y1, x2, y2 = op
            canvas.setLineWidth(0.6)
            canvas.line(x1, h - y1, x2, h - y2)
        elif op[0] == "seal":
            _, cx, cy, name = op
            if name not in seal_cache:
                im = seal_image(name, 220, seed=len(name))
                b = io.BytesIO()
                im.save(b, "PNG")
                b.seek(0)
                seal_cache[name] = ImageReader(b)
            canvas.drawImage(seal_cache[name], cx - 42, h - cy - 42, 84, 84, mask="auto")
            canvas.setFillColorRGB(0, 0, 0)
            canvas.setFont("STSong-Light", 8)
            canvas.drawString(cx - 60, h - cy + 30, "（印章）")


# ---------------------------------------------------------------- PIL painter
def paint_image(ops, w, h, scale, seeds=0, hand_fonts=(FONT_HAND, FONT_HAND2), ink=(25, 25, 25),
                hand_ink=(30, 45, 120), bg=(255, 255, 255)):
    from PIL import Image, ImageDraw, ImageFont
    im = Image.new("RGB", (int(w * scale), int(h * scale)), bg)
    dr = ImageDraw.Draw(im)
    fc = {}
    rnd = random.Random(seeds)

    def font(size, hand):
        key = (round(size * scale), hand)
        if key not in fc:
            fc[key] = ImageFont.truetype(FONT_HAND if hand else FONT_PRINT, key[0])
        return fc[key]
    seals = []
    for op in ops:
        if op[0] == "t":
            _, x, y, t, size, hand, bold = op
            f = font(size, hand)
            yy = (y - size * 0.88) * scale + (rnd.uniform(-1.5, 1.5) if hand else 0)
            dr.text((x * scale, yy), t, font=f, fill=hand_ink if hand else ink)
            if bold and not hand:
                dr.text((x * scale + 1, yy), t, font=f, fill=ink)
        elif op[0] == "l":
            _, x1, y1, x2, y2 = op
            dr.line([(x1 * scale, y1 * scale), (x2 * scale, y2 * scale)], fill=(60, 60, 60), width=max(1, int(scale)))
        elif op[0] == "seal":
            seals.append(op)
    for _, cx, cy, name in seals:
        s = seal_image(name, int(95 * scale), seed=rnd.randrange(1000))
        im.paste(s, (int((cx - 47) * scale), int((cy - 47) * scale)), s)
    return im

"""Shared helpers for the dev20 builder: identifiers, amounts, dates, a small page-layout engine
and renderers to PDF (text layer), page images (scan / phone photo), DOCX and plain text.

Everything is deterministic: random generators are seeded by the caller.
"""
from __future__ import annotations

import io
import math
import random
import datetime as dt

from PIL import Image, ImageDraw, ImageFont, ImageFilter

def _font(family: str) -> str:
    """Locate an installed font file by family name through fontconfig."""
    import subprocess
    return subprocess.run(["fc-match", "-f", "%{file}", family], capture_output=True, text=True, check=True).stdout


FONT_SANS = _font("WenQuanYi Zen Hei")
FONT_KAI = _font("AR PL KaitiM GB")
FONT_SERIF = _font("Noto Serif CJK SC")
FONT_SERIF_BOLD = _font("Noto Serif CJK SC:bold")

# ---------------------------------------------------------------- identifiers
_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CCW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(body17: str) -> str:
    """Append the GB 32100 check character to a 17-character body."""
    s = sum(_CC.index(c) * w for c, w in zip(body17, _CCW))
    return body17 + _CC[(31 - s % 31) % 31]


def credit_ok(code: str) -> bool:
    return len(code) == 18 and credit_code(code[:17]) == code


_IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(body17: str) -> str:
    """Append the GB 11643 check character."""
    s = sum(int(c) * w for c, w in zip(body17, _IDW))
    return body17 + "10X98765432"[s % 11]


def id_ok(code: str) -> bool:
    return len(code) == 18 and id_number(code[:17]) == code


# ---------------------------------------------------------------- amounts / dates
_D = "零壹贰叁肆伍陆柒捌玖"


def daxie(n: int) -> str:
    """Integer yuan to 大写 (…元整)."""
    units = ["", "拾", "佰", "仟"]
    def four(x):
        s, zero = "", False
        for i in range(3, -1, -1):
            d = x // 10 ** i % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += _D[d] + units[i]
        return s
    if n == 0:
        return "零元整"
    wan, rest = divmod(n, 10000)
    out = ""
    if wan:
        out = four(wan) + "万"
        if rest and rest < 1000:
            out += "零"
    out += four(rest)
    return out + "元整"


_CN = "〇一二三四五六七八九"


def cn_num(n: int) -> str:
    if n < 10:
        return "一二三四五六七八九"[n - 1] if n else "〇"
    t, o = divmod(n, 10)
    return ("" if t == 1 else _CN[t]) + "十" + (_CN[o] if o else "")


def d_cn(d: dt.date) -> str:
    """二〇二三年三月五日"""
    return "".join(_CN[int(c)] for c in str(d.year)) + "年" + cn_num(d.month) + "月" + cn_num(d.day) + "日"


def d_std(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def d_pad(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def d_fw(d: dt.date) -> str:
    return d_std(d).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def d_dot(d: dt.date) -> str:
    return f"{d.year}.{d.month}.{d.day}"


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


# ---------------------------------------------------------------- layout engine
# A document is a dict: {"title": str (for 目录), "blocks": [...], "numbered": bool, "date": str}
# Blocks (tuples):
#   ("h", text[, size])  centred title       ("c", text)  centred line     ("r", text) right line
#   ("l", text)          left line           ("p", text)  indented paragraph
#   ("t", rows, widths)  bordered table, widths are fractions; a cell may be ("hand", text)
#   ("hand", text[, align])  handwritten line  ("seal", name[, style])  seal at the last right line
#   ("sigimg", name)     scanned signature beside the current line
#   ("photo", caption)   grey photo box       ("sp", pts)  vertical space   ("br",) page break

PAGE_W, PAGE_H = 595.0, 842.0


class Layout:
    def __init__(self, measure, body=11.5, lead=1.65, margins=(72, 68, 72, 70)):
        self.measure = measure  # measure(text, size, kai) -> width in pt
        self.body = body
        self.lead = lead
        self.top, self.right, self.bottom, self.left = margins

    def wrap(self, text, width, size, kai=False):
        lines, cur = [], ""
        for para in text.split("\n"):
            cur = ""
            for ch in para:
                if self.measure(cur + ch, size, kai) > width and cur:
                    if ch in "，。、；：）》”！？" and len(cur) > 1:
                        lines.append(cur[:-1])
                        cur = cur[-1]
                    else:
                        lines.append(cur)
                        cur = ""
                cur += ch
            lines.append(cur)
        return lines

    def pages(self, doc):
        """Return a list of pages; each page is a list of drawing ops."""
        pages, ops = [], []
        y = self.top
        W = PAGE_W - self.left - self.right
        last_right = None

        def newpage():
            nonlocal ops, y
            pages.append(ops)
            ops = []
            y = self.top

        def need(h):
            if y + h > PAGE_H - self.bottom:
                newpage()

        for b in doc["blocks"]:
            k = b[0]
            if k == "br":
                newpage()
            elif k == "sp":
                y += b[1]
            elif k == "h":
                size = b[2] if len(b) > 2 else 18
                for ln in self.wrap(b[1], W, size):
                    need(size * 1.8)
                    w = self.measure(ln, size, False)
                    ops.append(("text", self.left + (W - w) / 2, y + size, ln, size, False, "k"))
                    y += size * 1.8
            elif k in ("c", "r", "l", "p", "hand"):
                kai = k == "hand"
                size = self.body + (0.5 if kai else 0)
                align = b[2] if (kai and len(b) > 2) else {"c": "c", "r": "r", "l": "l", "p": "p", "hand": "l"}[k]
                text = b[1]
                ind = 2 * size if align == "p" else 0
                lines = self.wrap(text, W - ind, size, kai)
                for i, ln in enumerate(lines):
                    need(size * self.lead)
                    w = self.measure(ln, size, kai)
                    if align == "c":
                        x = self.left + (W - w) / 2
                    elif align == "r":
                        x = self.left + W - w - 10
                    else:
                        x = self.left + (ind if i == 0 else 0)
                    ops.append(("text", x, y + size, ln, size, kai, "b" if kai else "k"))
                    if align == "r":
                        last_right = (x + w / 2, y + size / 2, len(pages))
                    y += size * self.lead
            elif k == "sigimg":
                ops.append(("sig", self.left + W - 150, y - 34, b[1]))
            elif k == "seal":
                style = b[2] if len(b) > 2 else "red"
                if last_right and last_right[2] == len(pages):
                    ops.append(("seal", last_right[0], last_right[1] - 6, 48, b[1], style))
                else:
                    ops.append(("seal", self.left + W - 90, y - 30, 48, b[1], style))
            elif k == "photo":
                need(190)
                ops.append(("rect", self.left + 40, y, W - 80, 160))
                ops.append(("text", self.left + 50, y + 20, "［照片］", 10, False, "g"))
                y += 168
                for ln in self.wrap(b[1], W, 10):
                    ops.append(("text", self.left + 40, y + 10, ln, 10, False, "k"))
                    y += 16
            elif k == "t":
                rows, widths = b[1], b[2]
                size = self.body - 1
                for row in rows:
                    cells = []
                    for c, f in zip(row, widths):
                        kai = isinstance(c, tuple)
                        txt = c[1] if kai else c
                        cells.append((self.wrap(txt, W * f - 8, size + (0.5 if kai else 0), kai), kai))
                    h = max(len(l) for l, _ in cells) * size * 1.5 + 8
                    need(h)
                    x = self.left
                    for (lns, kai), f in zip(cells, widths):
                        cw = W * f
                        ops.append(("box", x, y, cw, h))
                        for i, ln in enumerate(lns):
                            ops.append(("text", x + 4, y + 4 + size + i * size * 1.5, ln,
                                        size + (0.5 if kai else 0), kai, "b" if kai else "k"))
                        x += cw
                    y += h
                y += 6
        pages.append(ops)
        return [p for p in pages if p] or [[]]


# ---------------------------------------------------------------- seals & signatures
def seal_image(name: str, px: int = 260, style: str = "red", seed: int = 0) -> Image.Image:
    """A round official seal (red, or blue-grey 'e' for an electronic seal) as RGBA."""
    rnd = random.Random(seed)
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    col = (200, 20, 30, 215) if style != "e" else (210, 30, 30, 240)
    c = px / 2
    d.ellipse((6, 6, px - 6, px - 6), outline=col, width=max(4, px // 40))
    # star
    r1, r2 = px * 0.13, px * 0.05
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        r = r1 if i % 2 == 0 else r2
        pts.append((c + r * math.cos(a), c + r * math.sin(a)))
    d.polygon(pts, fill=col)
    f = ImageFont.truetype(FONT_SERIF_BOLD, int(px * 0.105), index=2)
    n = len(name)
    span = min(250, 18 * n)
    for i, ch in enumerate(name):
        a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        r = px * 0.36
        x, y = c + r * math.cos(a), c + r * math.sin(a)
        t = Image.new("RGBA", (int(px * 0.14), int(px * 0.14)), (0, 0, 0, 0))
        ImageDraw.Draw(t).text((t.width / 2, t.height / 2), ch, font=f, fill=col, anchor="mm")
        t = t.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        img.alpha_composite(t, (int(x - t.width / 2), int(y - t.height / 2)))
    if style == "e":
        f2 = ImageFont.truetype(FONT_SERIF, int(px * 0.07), index=2)
        d.text((c, c + px * 0.25), "电子签章", font=f2, fill=col, anchor="mm")
    # ink unevenness
    if style != "e":
        px_ = img.load()
        for _ in range(px * 6):
            x, y = rnd.randrange(px), rnd.randrange(px)
            r, g, b, a = px_[x, y]
            if a:
                px_[x, y] = (r, g, b, int(a * rnd.uniform(0.3, 0.9)))
    return img


def sig_image(name: str, seed: int = 0, color=(20, 30, 90)) -> Image.Image:
    rnd = random.Random(seed)
    f = ImageFont.truetype(FONT_KAI, 64)
    img = Image.new("RGBA", (70 * len(name) + 40, 100), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    x = 10
    for ch in name:
        d.text((x, 15 + rnd.randint(-6, 6)), ch, font=f, fill=color + (255,))
        x += 58 + rnd.randint(-8, 4)
    return img.rotate(rnd.uniform(-6, 6), resample=Image.BICUBIC, expand=True)


# ---------------------------------------------------------------- PDF renderer
def make_pdf(path, pages, footer=None, header=None, seeds=0, title="", sans="Z", kai="K"):
    """pages: list of op lists. footer/header(i, n) -> list of (text, align)."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    n = len(pages)
    cache = {}
    for i, ops in enumerate(pages):
        for op in ops:
            _pdf_op(c, op, cache, ImageReader, sans, kai)
        for fn, y in ((header, PAGE_H - 36), (footer, 40)):
            if fn:
                for text, al in fn(i, n):
                    c.setFont(sans, 9)
                    c.setFillColorRGB(0.25, 0.25, 0.25)
                    w = c.stringWidth(text, sans, 9)
                    x = {"l": 68, "c": (PAGE_W - w) / 2, "r": PAGE_W - 68 - w}[al]
                    c.drawString(x, y, text)
        c.showPage()
    c.save()


def _pdf_op(c, op, cache, IR, sans, kai):
    k = op[0]
    if k == "text":
        _, x, y, t, size, iskai, col = op
        c.setFont(kai if iskai else sans, size)
        rgb = {"k": (0, 0, 0), "b": (0.08, 0.12, 0.45), "g": (0.4, 0.4, 0.4)}[col]
        c.setFillColorRGB(*rgb)
        c.drawString(x, PAGE_H - y, t)
    elif k == "box":
        _, x, y, w, h = op
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.6)
        c.rect(x, PAGE_H - y - h, w, h)
    elif k == "rect":
        _, x, y, w, h = op
        c.setFillColorRGB(0.82, 0.82, 0.8)
        c.rect(x, PAGE_H - y - h, w, h, fill=1, stroke=0)
    elif k == "seal":
        _, x, y, r, name, style = op
        key = ("s", name, style)
        if key not in cache:
            b = io.BytesIO()
            seal_image(name, 260, style, seed=len(name)).save(b, "PNG")
            cache[key] = IR(io.BytesIO(b.getvalue()))
        c.drawImage(cache[key], x - r, PAGE_H - y - r, 2 * r, 2 * r, mask="auto")
    elif k == "sig":
        _, x, y, name = op
        key = ("g", name)
        if key not in cache:
            im = sig_image(name, seed=sum(map(ord, name)))
            b = io.BytesIO()
            im.save(b, "PNG")
            cache[key] = (IR(io.BytesIO(b.getvalue())), im.size)
        ir, (w, h) = cache[key]
        sc = 34 / h
        c.drawImage(ir, x, PAGE_H - y - 34, w * sc, 34, mask="auto")


def register_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("Z", FONT_SANS, subfontIndex=0))
    pdfmetrics.registerFont(TTFont("K", FONT_KAI))

    def measure(text, size, kai):
        return pdfmetrics.stringWidth(text, "K" if kai else "Z", size)
    return measure


# ---------------------------------------------------------------- image renderer
def render_page(ops, scale, rnd, footer_items=(), serif=True, ink=(25, 25, 25), paper=(250, 249, 244)):
    W, H = int(PAGE_W * scale), int(PAGE_H * scale)
    img = Image.new("RGB", (W, H), paper)
    d = ImageDraw.Draw(img)
    fonts = {}

    def font(size, kai):
        key = (round(size * scale), kai)
        if key not in fonts:
            if kai:
                fonts[key] = ImageFont.truetype(FONT_KAI, key[0])
            elif serif:
                fonts[key] = ImageFont.truetype(FONT_SERIF, key[0], index=2)
            else:
                fonts[key] = ImageFont.truetype(FONT_SANS, key[0])
        return fonts[key]
    seals = []
    for op in ops:
        k = op[0]
        if k == "text":
            _, x, y, t, size, kai, col = op
            rgb = {"k": ink, "b": (30, 40, 120), "g": (110, 110, 110)}[col]
            jitter = rnd.uniform(-0.6, 0.6) if kai else 0
            d.text((x * scale, (y + jitter) * scale), t, font=font(size, kai), fill=rgb, anchor="ls")
        elif k == "box":
            _, x, y, w, h = op
            d.rectangle((x * scale, y * scale, (x + w) * scale, (y + h) * scale), outline=ink, width=1)
        elif k == "rect":
            _, x, y, w, h = op
            box = (int(x * scale), int(y * scale), int((x + w) * scale), int((y + h) * scale))
            ph = Image.new("RGB", (box[2] - box[0], box[3] - box[1]), (150, 160, 150))
            pd = ImageDraw.Draw(ph)
            for _ in range(14):
                x0, y0 = rnd.randrange(ph.width), rnd.randrange(ph.height)
                pd.rectangle((x0, y0, x0 + rnd.randrange(20, 120), y0 + rnd.randrange(10, 80)),
                             fill=tuple(rnd.randrange(70, 200) for _ in range(3)))
            img.paste(ph.filter(ImageFilter.GaussianBlur(3)), box[:2])
        elif k == "seal":
            seals.append(op)
        elif k == "sig":
            _, x, y, name = op
            s = sig_image(name, seed=sum(map(ord, name)))
            sc = 34 * scale / s.height
            s = s.resize((int(s.width * sc), int(s.height * sc)))
            img.paste(s, (int(x * scale), int(y * scale)), s)
    for text, x, y in footer_items:
        d.text((x * scale, y * scale), text, font=font(9.5, False), fill=ink, anchor="ms")
    for _, x, y, r, name, style in seals:
        s = seal_image(name, int(2 * r * scale), style, seed=rnd.randrange(999))
        s = s.rotate(rnd.uniform(-15, 15), resample=Image.BICUBIC)
        img.paste(s, (int((x - r) * scale), int((y - r) * scale)), s)
    return img


def scanify(img, rnd, grey=True, skew=1.2, noise=10):
    if grey:
        img = img.convert("L")
    img = img.rotate(rnd.uniform(-skew, skew), resample=Image.BICUBIC, expand=False,
                     fillcolor=255 if grey else (255, 255, 255))
    import numpy as np
    a = np.asarray(img).astype("int16")
    nrng = np.random.default_rng(rnd.randrange(10 ** 6))
    a = a + nrng.normal(0, noise, a.shape).astype("int16")
    # speckles
    for _ in range(60):
        y, x = nrng.integers(0, a.shape[0]), nrng.integers(0, a.shape[1])
        a[y:y + 2, x:x + 2] = 40
    a = a.clip(0, 255).astype("uint8")
    return Image.fromarray(a)


def photoify(img, rnd, out_long=1100):
    """Page image -> phone photo of the page on a desk (perspective, light falloff, colour cast)."""
    import numpy as np
    W, H = img.size
    bg = Image.new("RGB", (int(W * 1.08), int(H * 1.05)), (96 + rnd.randrange(30), 78 + rnd.randrange(20), 60))
    bd = ImageDraw.Draw(bg)
    for i in range(0, bg.height, 9):  # wood grain
        bd.line((0, i, bg.width, i + rnd.randrange(-6, 6)), fill=(84 + rnd.randrange(30), 66, 50), width=2)
    ox, oy = int(W * 0.035) + rnd.randrange(-8, 8), int(H * 0.02) + rnd.randrange(-6, 6)
    img = img.rotate(rnd.uniform(-3, 3), resample=Image.BICUBIC, expand=True, fillcolor=(96, 80, 60))
    bg.paste(img, (ox, oy))
    # perspective
    w, h = bg.size
    dx = w * rnd.uniform(0.01, 0.04)
    coeffs = _persp([(dx, 0), (w - dx * 0.3, rnd.uniform(0, 12)), (w, h), (0, h - rnd.uniform(0, 15))],
                    [(0, 0), (w, 0), (w, h), (0, h)])
    bg = bg.transform((w, h), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    a = np.asarray(bg).astype("float32")
    yy, xx = np.mgrid[0:h, 0:w]
    cx, cy = w * rnd.uniform(0.3, 0.7), h * rnd.uniform(0.3, 0.6)
    fall = 1 - 0.28 * (((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2) * 2
    a = a * fall[..., None] * np.array([1.0, 0.97, 0.9])
    a = a.clip(0, 255).astype("uint8")
    out = Image.fromarray(a)
    sc = out_long / max(out.size)
    return out.resize((int(out.width * sc), int(out.height * sc)), Image.LANCZOS).filter(ImageFilter.GaussianBlur(0.5))


def _persp(pa, pb):
    import numpy as np
    m = []
    for p1, p2 in zip(pa, pb):
        m.append([p1[0], p1[1], 1, 0, 0, 0, -p2[0] * p1[0], -p2[0] * p1[1]])
        m.append([0, 0, 0, p1[0], p1[1], 1, -p2[1] * p1[0], -p2[1] * p1[1]])
    A = np.array(m, dtype="float64")
    B = np.array(pb, dtype="float64").reshape(8)
    res = np.linalg.solve(A, B)
    return list(res)


def images_to_pdf(path, images, quality=45):
    """Image-only PDF: one JPEG per page, A4 media box, no text layer."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
    c.setCreator("")
    for im in images:
        b = io.BytesIO()
        im.save(b, "JPEG", quality=quality, optimize=True)
        c.drawImage(ImageReader(io.BytesIO(b.getvalue())), 0, 0, PAGE_W, PAGE_H)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- plain text renderer
def to_text(doc, table="colon", width=36):
    out = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "h":
            out.append(" " * max(0, (width - len(b[1])) // 2) + b[1])
        elif k == "c":
            out.append(" " * max(0, (width - len(b[1])) // 2) + b[1])
        elif k == "r":
            out.append(" " * max(0, width - len(b[1])) + b[1])
        elif k == "l":
            out.append(b[1])
        elif k == "p":
            out.append("　　" + b[1])
        elif k == "hand":
            out.append(b[1])
        elif k == "seal":
            out.append(" " * max(0, width - 6) + "（印章）")
        elif k == "photo":
            out.append("［照片］" + b[1])
        elif k == "br":
            out.append("")
        elif k == "t":
            for row in b[1]:
                cells = [c[1] if isinstance(c, tuple) else c for c in row]
                cells = [c.replace("\n", " ") for c in cells]
                if table == "colon":
                    if len(cells) % 2 == 0:
                        out.append("　".join(f"{cells[i]}：{cells[i+1]}" for i in range(0, len(cells), 2)))
                    else:
                        out.append("｜".join(cells))
                else:
                    out.append("|" + "|".join(cells) + "|")
    return "\n".join(out)


def org_code(body8: str) -> str:
    """GB 11714 organisation code: 8 characters + check character."""
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    c = 11 - sum(val(ch) * x for ch, x in zip(body8, w)) % 11
    return body8 + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(kind2: str, region: str, org8: str) -> str:
    """统一社会信用代码 from 登记管理部门码+机构类别码, 6-digit region and an 8-character org body."""
    return credit_code(kind2 + region + org_code(org8))


def paginate(docs, layout):
    """Lay out every document; returns [(doc_index, ops)], and per doc its archive page range."""
    out, ranges, n = [], [], 0
    for i, d in enumerate(docs):
        ps = layout.pages(d)
        first = None
        for p in ps:
            if d.get("numbered", True):
                n += 1
                first = first or n
            out.append((i, p))
        ranges.append((first, n) if first else None)
    return out, ranges


# ---------------------------------------------------------------- DOCX renderer
def docx_add(document, doc, first=False, footer_text=None, landscape=False, seal_png=None):
    """Append one document (blocks) as a new section of a python-docx Document."""
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_SECTION, WD_ORIENT
    from docx.oxml.ns import qn
    if first:
        sec = document.sections[0]
    else:
        sec = document.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.footer.is_linked_to_previous = False
    if footer_text is not None:
        fp = sec.footer.paragraphs[0]
        fp.text = footer_text
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def run(p, text, kai=False, size=12, bold=False):
        r = p.add_run(text)
        r.font.size = Pt(size)
        r.bold = bold
        name = "楷体_GB2312" if kai else "仿宋_GB2312"
        r.font.name = name
        r._element.rPr.rFonts.set(qn("w:eastAsia"), name)
        if kai:
            r.font.color.rgb = RGBColor(0x1A, 0x24, 0x70)
        return r
    for b in doc["blocks"]:
        k = b[0]
        if k == "h":
            p = document.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run(p, b[1], size=b[2] if len(b) > 2 else 18, bold=True)
        elif k in ("c", "r", "l", "p", "hand"):
            p = document.add_paragraph()
            p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}.get(k, WD_ALIGN_PARAGRAPH.LEFT)
            if k == "p":
                p.paragraph_format.first_line_indent = Pt(24)
            run(p, b[1], kai=(k == "hand"))
        elif k == "t":
            rows, widths = b[1], b[2]
            t = document.add_table(rows=len(rows), cols=len(widths))
            t.style = "Table Grid"
            for ri, row in enumerate(rows):
                for ci, c in enumerate(row):
                    cell = t.cell(ri, ci)
                    cell.paragraphs[0].text = ""
                    kai = isinstance(c, tuple)
                    run(cell.paragraphs[0], c[1] if kai else c, kai=kai, size=11)
            document.add_paragraph()
        elif k == "seal":
            p = document.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            buf = io.BytesIO()
            seal_image(b[1], 220, b[2] if len(b) > 2 else "red", seed=3).save(buf, "PNG")
            buf.seek(0)
            p.add_run().add_picture(buf, width=Cm(3.6))
        elif k == "sigimg":
            p = document.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            buf = io.BytesIO()
            sig_image(b[1], seed=sum(map(ord, b[1]))).save(buf, "PNG")
            buf.seek(0)
            p.add_run().add_picture(buf, height=Cm(1.0))
        elif k == "sp":
            document.add_paragraph()
        elif k == "br":
            document.add_page_break()


def docx_textbox(document, text):
    """A floating text box (wps shape) holding `text`, anchored in a new paragraph."""
    from docx.oxml import parse_xml
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
        '<v:shape id="tb1" type="#_x0000_t202" style="position:absolute;margin-left:300pt;margin-top:0pt;width:150pt;height:60pt;z-index:1">'
        '<v:textbox><w:txbxContent>'
        + "".join(f'<w:p><w:r><w:t xml:space="preserve">{line}</w:t></w:r></w:p>' for line in text.split("\n"))
        + '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = document.add_paragraph()
    p._p.append(parse_xml(xml))

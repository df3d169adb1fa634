"""Shared helpers for the dev23 corpus: identifiers, dates, amounts and four renderers.

A document is a dict {"title": str, "blocks": [...]} where each block is a tuple:
  ("h", text)        centred title            ("sub", text)  centred line (文号)
  ("p", text)        indented paragraph       ("pl", text)   paragraph without indent
  ("r", text)        right-aligned line       ("tbl", rows, widths)  table (rows of cells)
  ("seal", name)     seal of the agency       ("pb",)        page break inside a document
  ("photo", caption) photo placeholder box    ("sp",)        blank line
Text between ⟨ and ⟩ is hand-filled: plain for text layers, a brush font on images.
"""
import datetime as dt
import io
import math
import os
import random
import re

import chinese_calendar

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

FONT_WQY = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
FONT_MING = "/usr/share/fonts/truetype/arphic/uming.ttc"
FONT_KAI = "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf"
FONT_UKAI = "/usr/share/fonts/truetype/arphic/ukai.ttc"
FONT_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
FONT_SERIF_B = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
FONT_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

HW = re.compile(r"[⟨⟩]")


def plain(s):
    """Drop hand-fill markers."""
    return HW.sub("", s)


# ---------------------------------------------------------------- identifiers
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code(body8):
    """GB 11714 organisation code: 8 chars + check char."""
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    c = 11 - sum(val(ch) * wi for ch, wi in zip(body8, w)) % 11
    return body8 + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(prefix2, region6, body8):
    """GB 32100 统一社会信用代码 with valid org-code and final check characters."""
    s = prefix2 + region6 + org_code(body8)
    total = sum(USCC_CHARS.index(ch) * w for ch, w in zip(s, USCC_W))
    c = (31 - total % 31) % 31
    return s + USCC_CHARS[c]


def uscc_ok(code):
    if len(code) != 18 or any(ch not in USCC_CHARS for ch in code):
        return False
    total = sum(USCC_CHARS.index(ch) * w for ch, w in zip(code[:17], USCC_W))
    return USCC_CHARS[(31 - total % 31) % 31] == code[17]


def id_number(region6, birth, seq3):
    """GB 11643 citizen number."""
    s = region6 + birth + seq3
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return s + "10X98765432"[sum(int(a) * b for a, b in zip(s, w)) % 11]


def id_ok(num):
    if not re.fullmatch(r"\d{17}[\dX]", num):
        return False
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(num[:17], w)) % 11] == num[17]


# ---------------------------------------------------------------- dates
def D(s):
    return dt.date.fromisoformat(s)


def workdays_after(start, n):
    """The date n working days after start (start itself not counted)."""
    d = start
    k = 0
    while k < n:
        d += dt.timedelta(days=1)
        if chinese_calendar.is_workday(d):
            k += 1
    return d


def workdays_between(a, b):
    """Working days in (a, b]."""
    d, k = a, 0
    while d < b:
        d += dt.timedelta(days=1)
        if chinese_calendar.is_workday(d):
            k += 1
    return k


CN_DIG = "〇一二三四五六七八九"


def cn_num(n):
    """1..31 in Chinese (十一, 二十三)."""
    if n < 10:
        return CN_DIG[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIG[t]) + "十" + ("" if u == 0 else CN_DIG[u])


def fmt(d, style="cn"):
    if isinstance(d, str):
        d = D(d)
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "hz":
        return "".join(CN_DIG[int(c)] for c in str(d.year)) + f"年{cn_num(d.month)}月{cn_num(d.day)}日"
    if style == "hzo":  # with U+25CB like some agencies type it
        return "".join("○" if c == "0" else CN_DIG[int(c)] for c in str(d.year)) + f"年{cn_num(d.month)}月{cn_num(d.day)}日"
    if style == "fw":
        z = str.maketrans("0123456789", "０１２３４５６７８９")
        return f"{d.year}年{d.month}月{d.day}日".translate(z)
    if style == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


# ---------------------------------------------------------------- amounts
def daxie(n):
    """Amount in 大写 (元角分), standard cheque style: 壹万零捌佰元整."""
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]
    cents = round(n * 100)
    yuan, jf = divmod(cents, 100)
    if yuan == 0:
        out = "零"
    else:
        s = str(yuan)
        out = ""
        zero = False
        L = len(s)
        for i, ch in enumerate(s):
            pos = L - 1 - i
            d = int(ch)
            if d == 0:
                zero = True
            else:
                if zero:
                    out += "零"
                    zero = False
                out += digits[d] + units[pos % 4]
            if pos % 4 == 0 and pos > 0:
                grp = s[max(0, i - 3):i + 1]
                if int(grp):
                    out += "万" if pos == 4 else "亿"
                    # a zero run after 万 is spoken only when digits follow
    out += "元"
    j, f = divmod(jf, 10)
    if j == 0 and f == 0:
        return out + "整"
    if j:
        out += digits[j] + "角"
    elif f:
        out += "零"
    if f:
        out += digits[f] + "分"
    return out


def money(n, style="plain"):
    if style == "plain":
        return f"{n:.2f}" if n != int(n) else str(int(n))
    if style == "comma":
        return f"{n:,.2f}"
    if style == "yen":
        return f"¥{n:,.2f}"
    if style == "wan":
        return f"{n / 10000:g}万"
    raise ValueError(style)


# ---------------------------------------------------------------- text render
def doc_text(doc, width=36):
    lines = []
    for b in doc["blocks"]:
        k = b[0]
        if k in ("h", "sub"):
            t = plain(b[1])
            pad = max(0, (width - len(t)) // 2)
            lines.append(" " * pad + t)
        elif k == "p":
            lines.append("　　" + plain(b[1]))
        elif k == "pl":
            lines.append(plain(b[1]))
        elif k == "r":
            t = plain(b[1])
            lines.append(" " * max(0, width - len(t)) + t)
        elif k == "tbl":
            for row in b[1]:
                cells = [plain(c).replace("\n", " ") for c in row if c is not None]
                lines.append("｜".join(cells))
        elif k == "seal":
            lines.append(" " * max(0, width - 6) + "（印章）")
        elif k == "pb":
            pass
        elif k == "photo":
            lines.append("［照片］" + plain(b[1]))
        elif k == "sp":
            lines.append("")
    return lines


# ---------------------------------------------------------------- PDF (text layer)
_RL = {}


def rl_fonts():
    if _RL:
        return _RL
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("Hei", FONT_WQY, subfontIndex=0))
    pdfmetrics.registerFont(TTFont("Ming", FONT_MING, subfontIndex=0))
    pdfmetrics.registerFont(TTFont("Kai", FONT_KAI))
    _RL["ok"] = True
    return _RL


def seal_png(name, size=300, color=(210, 30, 30), seed=0, ring_text=True):
    """A round red agency seal as an RGBA PIL image (pure raster, no text layer)."""
    from PIL import Image, ImageDraw, ImageFont
    rnd = random.Random(seed)
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = size / 2
    r = size / 2 - 6
    d.ellipse([c - r, c - r, c + r, c + r], outline=color + (220,), width=max(4, size // 40))
    # star
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = size * 0.13 if i % 2 == 0 else size * 0.05
        pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
    d.polygon(pts, fill=color + (220,))
    if ring_text:
        f = ImageFont.truetype(FONT_SERIF_B, int(size * 0.11), index=2)
        n = len(name)
        span = min(250, 22 * n)
        for i, ch in enumerate(name):
            a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
            x = c + (r - size * 0.1) * math.cos(a)
            y = c + (r - size * 0.1) * math.sin(a)
            g = Image.new("RGBA", (int(size * 0.14), int(size * 0.14)), (0, 0, 0, 0))
            ImageDraw.Draw(g).text((0, 0), ch, font=f, fill=color + (220,))
            g = g.rotate(-math.degrees(a) - 90, expand=True)
            im.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    # ink unevenness
    px = im.load()
    for _ in range(size * 8):
        x, y = rnd.randrange(size), rnd.randrange(size)
        if px[x, y][3]:
            px[x, y] = (px[x, y][0], px[x, y][1], px[x, y][2], rnd.randrange(60, 200))
    return im


# ---------------------------------------------------------------- image pages
class ImgFonts:
    def __init__(self, base=24):
        from PIL import ImageFont
        self.base = base
        self.body = ImageFont.truetype(FONT_SERIF, base, index=2)
        self.title = ImageFont.truetype(FONT_SERIF_B, int(base * 1.5), index=2)
        self.small = ImageFont.truetype(FONT_SERIF, int(base * 0.85), index=2)
        self.hand = ImageFont.truetype(FONT_KAI, int(base * 1.1))


def _segments(text):
    """Split into (is_hand, str) pieces on ⟨ ⟩ markers."""
    out, hand, cur = [], False, ""
    for ch in text:
        if ch in "⟨⟩":
            if cur:
                out.append((hand, cur))
            cur = ""
            hand = ch == "⟨"
        else:
            cur += ch
    if cur:
        out.append((hand, cur))
    return out


def _wrap(text, font, hand_font, width):
    """Wrap marked text into lines of [(is_hand, str)]."""
    lines, line, w = [], [], 0
    for hand, seg in _segments(text):
        f = hand_font if hand else font
        for ch in seg:
            if ch == "\n":
                lines.append(line)
                line, w = [], 0
                continue
            cw = f.getlength(ch)
            if w + cw > width and line:
                lines.append(line)
                line, w = [], 0
            if line and line[-1][0] == hand:
                line[-1] = (hand, line[-1][1] + ch)
            else:
                line.append((hand, ch))
            w += cw
    lines.append(line)
    return lines


def render_pages(docs, W=1000, H=1414, base=24, seed=1, agency_seal=None, footer=None,
                 ink=(25, 25, 25), hand_ink=(20, 40, 120), start_page=1, new_page_per_doc=True):
    """Lay documents out on white page images. Returns list of (PIL.Image, doc_index)."""
    from PIL import Image, ImageDraw
    F = ImgFonts(base)
    rnd = random.Random(seed)
    pages = []
    M = int(W * 0.1)
    lh = int(base * 1.75)
    state = {}

    def new_page(di):
        im = Image.new("RGB", (W, H), (255, 255, 255))
        state["im"], state["d"], state["y"], state["di"] = im, ImageDraw.Draw(im), M, di
        pages.append((im, di))

    def ensure(h, di):
        if state.get("im") is None or state["y"] + h > H - M:
            new_page(di)

    def draw_line(segs, x, y):
        d = state["d"]
        for hand, s in segs:
            f = F.hand if hand else F.body
            dy = rnd.randint(-2, 2) if hand else 0
            d.text((x, y + dy), s, font=f, fill=hand_ink if hand else ink)
            x += f.getlength(s)

    for di, doc in enumerate(docs):
        if new_page_per_doc or state.get("im") is None:
            new_page(di)
        for b in doc["blocks"]:
            k = b[0]
            if k == "pb":
                new_page(di)
            elif k in ("h", "sub"):
                f = F.title if k == "h" else F.body
                t = plain(b[1])
                ensure(lh * 2, di)
                x = (W - f.getlength(t)) / 2
                state["d"].text((x, state["y"]), t, font=f, fill=ink)
                state["y"] += int(f.size * 1.9)
            elif k in ("p", "pl", "r"):
                ind = 2 * base if k == "p" else 0
                lines = _wrap(("　　" if k == "p" else "") + b[1], F.body, F.hand, W - 2 * M)
                for ln in lines:
                    ensure(lh, di)
                    x = M
                    if k == "r":
                        tw = sum((F.hand if h else F.body).getlength(s) for h, s in ln)
                        x = W - M - tw - base
                    draw_line(ln, x, state["y"])
                    state["y"] += lh
            elif k == "sp":
                state["y"] += lh // 2
            elif k == "tbl":
                rows, widths = b[1], b[2] if len(b) > 2 else None
                ncol = max(len(r) for r in rows)
                widths = widths or [1] * ncol
                tw = W - 2 * M
                cw = [tw * w / sum(widths) for w in widths]
                for row in rows:
                    cells, xs, x = [], [], M
                    ci = 0
                    for cell in row:
                        span = 1
                        if cell is None:
                            continue
                        # a cell spans the rest if row shorter than ncol
                        if row.index(cell) == len(row) - 1 and len(row) < ncol:
                            span = ncol - ci
                        wcell = sum(cw[ci:ci + span])
                        cells.append((_wrap(cell, F.body, F.hand, wcell - 12), x, wcell))
                        x += wcell
                        ci += span
                    rh = max(len(c[0]) for c in cells) * lh + 10
                    ensure(rh, di)
                    y0 = state["y"]
                    for lines, x0, wc in cells:
                        state["d"].rectangle([x0, y0, x0 + wc, y0 + rh], outline=ink, width=2)
                        for li, ln in enumerate(lines):
                            draw_line(ln, x0 + 6, y0 + 5 + li * lh)
                    state["y"] += rh
                state["y"] += lh // 2
            elif k == "seal":
                if agency_seal is not False:
                    s = seal_png(b[1], size=int(base * 7), seed=rnd.randrange(999))
                    s = s.rotate(rnd.uniform(-12, 12))
                    x = W - M - int(base * 9)
                    y = max(M, state["y"] - int(base * 6))
                    state["im"].paste(s, (x, y), s)
            elif k == "photo":
                ensure(int(H * 0.32), di)
                y0 = state["y"]
                x0, x1, y1 = M + 40, W - M - 40, y0 + int(H * 0.25)
                for yy in range(y0, y1, 3):
                    g = 150 + int(60 * math.sin(yy / 37.0)) + rnd.randint(-10, 10)
                    state["d"].line([x0, yy, x1, yy], fill=(g, g - 10, g - 25), width=3)
                state["d"].rectangle([x0, y0, x1, y1], outline=ink, width=2)
                state["y"] = y1 + 10
                for ln in _wrap(b[1], F.small, F.hand, W - 2 * M):
                    draw_line(ln, M + 40, state["y"])
                    state["y"] += lh
    if footer:
        for i, (im, di) in enumerate(pages):
            t = footer(i, len(pages))
            if t:
                d = ImageDraw.Draw(im)
                d.text(((W - F.small.getlength(t)) / 2, H - M * 0.6), t, font=F.small, fill=ink)
    return pages


def degrade_scan(im, seed, angle=0.8, grey=True, noise=10, speckles=400):
    """Make a clean page look scanned: rotate, noise, speckles, greyscale."""
    import numpy as np
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 248))
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    a = np.asarray(im).astype(np.int16)
    rs = np.random.RandomState(seed)
    a = a + rs.randint(-noise, noise + 1, a.shape[:2])[..., None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a)
    px = im.load()
    for _ in range(speckles):
        x, y = rnd.randrange(im.width), rnd.randrange(im.height)
        v = rnd.randrange(30, 120)
        px[x, y] = (v, v, v)
    if grey:
        im = im.convert("L")
    return im


def photo_effect(im, seed, angle=2.5, light=0.35, long_side=1150):
    """Phone photo: perspective-ish skew, uneven light, background margin, colour cast."""
    import numpy as np
    from PIL import Image
    rs = np.random.RandomState(seed)
    bg = Image.new("RGB", (int(im.width * 1.12), int(im.height * 1.08)), (96, 84, 70))
    bg.paste(im, (int(im.width * 0.06), int(im.height * 0.04)))
    bg = bg.rotate(angle, resample=Image.BICUBIC, fillcolor=(90, 80, 66))
    w, h = bg.size
    # slight shear to imitate a phone held at an angle
    sh = rs.uniform(-0.03, 0.03)
    bg = bg.transform((w, h), Image.AFFINE, (1, sh, -sh * h / 2, 0, 1, 0), resample=Image.BICUBIC,
                      fillcolor=(90, 80, 66))
    a = np.asarray(bg).astype(np.float32)
    yy, xx = np.mgrid[0:h, 0:w]
    cx, cy = w * rs.uniform(0.2, 0.8), h * rs.uniform(0.1, 0.5)
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(w, h)
    shade = 1.05 - light * dist - 0.12 * (xx / w)
    a = a * shade[..., None]
    a[..., 2] *= 0.93  # warm indoor light
    a += rs.normal(0, 4, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    s = long_side / max(im.size)
    return im.resize((int(im.width * s), int(im.height * s)), Image.LANCZOS)


def jpeg_bytes(im, q=62):
    b = io.BytesIO()
    im.save(b, "JPEG", quality=q, optimize=True)
    return b.getvalue()


def images_to_pdf(path, ims, q=55, dpi=110):
    """Image-only PDF (no text layer), one image per page."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(path, pageCompression=1, invariant=1)
    c.setAuthor("")
    c.setCreator("scanner")
    c.setProducer("ScanStation")
    for im in ims:
        w = im.width * 72.0 / dpi
        h = im.height * 72.0 / dpi
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(im, q))), 0, 0, w, h)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- PDF via platypus
def pdf_story(docs, styles, seal_names=None, marker_seal=True, on_doc_start=None):
    """Turn documents into platypus flowables. Tables get grid lines."""
    from reportlab.platypus import Paragraph, Table, TableStyle, Spacer, PageBreak, Image as RLImage
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    story = []
    for di, doc in enumerate(docs):
        if di:
            story.append(PageBreak())
        if on_doc_start:
            story.append(on_doc_start(di, doc))
        for b in doc["blocks"]:
            k = b[0]
            esc = lambda s: plain(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
            if k == "h":
                story.append(Paragraph(esc(b[1]), styles["h"]))
            elif k == "sub":
                story.append(Paragraph(esc(b[1]), styles["sub"]))
            elif k == "p":
                story.append(Paragraph(esc(b[1]), styles["p"]))
            elif k == "pl":
                story.append(Paragraph(esc(b[1]), styles["pl"]))
            elif k == "r":
                story.append(Paragraph(esc(b[1]), styles["r"]))
            elif k == "sp":
                story.append(Spacer(1, 4 * mm))
            elif k == "pb":
                story.append(PageBreak())
            elif k == "photo":
                story.append(Spacer(1, 2 * mm))
                t = Table([[""]], colWidths=[120 * mm], rowHeights=[60 * mm])
                t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                                       ("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.78, 0.78, 0.74))]))
                story.append(t)
                story.append(Paragraph(esc(b[1]), styles["pl"]))
            elif k == "seal":
                im = seal_png(b[1], size=200, seed=di + 7)
                bio = io.BytesIO()
                im.save(bio, "PNG")
                bio.seek(0)
                img = RLImage(bio, width=36 * mm, height=36 * mm)
                img.hAlign = "RIGHT"
                story.append(Spacer(1, -18 * mm))
                story.append(img)
                if marker_seal:
                    story.append(Paragraph("（印章）", styles["r"]))
            elif k == "tbl":
                rows = b[1]
                widths = b[2] if len(b) > 2 else None
                ncol = max(len(r) for r in rows)
                avail = styles["width"]
                if widths:
                    cw = [avail * w / sum(widths) for w in widths]
                else:
                    cw = [avail / ncol] * ncol
                data, spans = [], []
                for ri, row in enumerate(rows):
                    cells = [Paragraph(esc(c), styles["cell"]) for c in row]
                    if len(cells) < ncol:
                        spans.append(("SPAN", (len(cells) - 1, ri), (ncol - 1, ri)))
                        cells += [""] * (ncol - len(cells))
                    data.append(cells)
                t = Table(data, colWidths=cw, repeatRows=0)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                       ("VALIGN", (0, 0), (-1, -1), "MIDDLE")] + spans))
                story.append(t)
                story.append(Spacer(1, 2 * mm))
    return story


def pdf_styles(font="Ming", size=11.5, width=None):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_JUSTIFY
    rl_fonts()
    ls = size * 1.65
    return {
        "h": ParagraphStyle("h", fontName="Hei", fontSize=size * 1.55, leading=size * 2.4, alignment=TA_CENTER,
                            spaceAfter=size * 0.4, wordWrap="CJK"),
        "sub": ParagraphStyle("sub", fontName=font, fontSize=size, leading=ls, alignment=TA_CENTER, wordWrap="CJK",
                              spaceAfter=size * 0.6),
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=ls, firstLineIndent=size * 2,
                            alignment=TA_JUSTIFY, wordWrap="CJK"),
        "pl": ParagraphStyle("pl", fontName=font, fontSize=size, leading=ls, wordWrap="CJK"),
        "r": ParagraphStyle("r", fontName=font, fontSize=size, leading=ls, alignment=TA_RIGHT, wordWrap="CJK",
                            rightIndent=size * 2),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size * 0.9, leading=size * 1.35, wordWrap="CJK"),
        "width": width,
    }


# ---------------------------------------------------------------- plain-text case files
def text_pages(docs, lines_per_page=44, width=36):
    """Split each document into pages of at most lines_per_page lines. -> [(doc_index, [lines])]"""
    out = []
    for di, doc in enumerate(docs):
        lines, cur = doc_text(doc, width), []
        for ln in lines:
            cur.append(ln)
            if len(cur) >= lines_per_page:
                out.append((di, cur))
                cur = []
        # a 'pb' block forces the split exactly where the author put it
        if cur:
            out.append((di, cur))
    return out


def page_ranges(pages, numbered):
    """Map doc index -> (first, last) page numbers counting only numbered docs' pages."""
    rng, n = {}, 0
    for di, _ in pages:
        if not numbered[di]:
            continue
        n += 1
        a, b = rng.get(di, (n, n))
        rng[di] = (a, n)
    return rng


def build_pdf_case(path, docs, numbered, header=None, footer=None, font="Ming", size=11,
                   toc_index=None, make_toc=None, title="", marker_seal=True, margins=(22, 20, 24, 22)):
    """Render docs into one text-layer PDF; two passes so the 卷内目录 can carry real page numbers.

    numbered[i]: whether doc i's pages carry page numbers. footer(n) -> text for numbered page n.
    make_toc(ranges) -> blocks for the TOC document at toc_index. Docs with doc["layout"] == "two"
    are set in two columns. Returns {doc_index: (first_physical, last_physical)} and numbering map.
    """
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, NextPageTemplate, Flowable
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    rl_fonts()
    L, R, T, B = [m * mm for m in margins]
    W, H = A4
    width = W - L - R

    class Mark(Flowable):
        def __init__(self, di, rec):
            super().__init__()
            self.di, self.rec = di, rec
            self.width = self.height = 0

        def draw(self):
            self.rec.setdefault(self.di, self.canv.getPageNumber())

    def render(docs_now, rec, pagedoc):
        st = pdf_styles(font, size, width)
        st2 = pdf_styles(font, size * 0.92, (width - 8 * mm) / 2)

        def on_page(c, d):
            pn = c.getPageNumber()
            di = pagedoc.get(pn)
            c.saveState()
            if header and di is not None and numbered[di]:
                c.setFont("Hei", 8)
                c.drawString(L, H - 12 * mm, header)
                c.line(L, H - 13.5 * mm, W - R, H - 13.5 * mm)
            if footer and di is not None and numbered[di]:
                n = num_of.get(pn)
                if n:
                    c.setFont(font, 9)
                    t = footer(n, total_numbered[0])
                    c.drawCentredString(W / 2, 11 * mm, t)
            c.restoreState()

        one = Frame(L, B, width, H - T - B, id="one")
        colw = (width - 8 * mm) / 2
        two = [Frame(L, B, colw, H - T - B, id="c1"), Frame(L + colw + 8 * mm, B, colw, H - T - B, id="c2")]
        bd = BaseDocTemplate(path, pagesize=A4, leftMargin=L, rightMargin=R, topMargin=T, bottomMargin=B,
                             title=title, author="", creator="", producer="", invariant=1)
        bd.addPageTemplates([PageTemplate("one", [one], onPage=on_page), PageTemplate("two", two, onPage=on_page)])
        story = []
        from reportlab.platypus import PageBreak
        for di, doc in enumerate(docs_now):
            lay = doc.get("layout", "one")
            story.append(NextPageTemplate(lay))
            if di:
                story.append(PageBreak())
            story.append(Mark(di, rec))
            story += pdf_story([doc], st2 if lay == "two" else st, marker_seal=marker_seal)
        bd.build(story)
        return bd

    num_of, total_numbered = {}, [0]
    # pass 1
    rec = {}
    render(docs, rec, {})
    from pypdf import PdfReader
    npages = len(PdfReader(path).pages)
    starts = sorted((p, di) for di, p in rec.items())
    pagedoc = {}
    for i, (p, di) in enumerate(starts):
        end = starts[i + 1][0] - 1 if i + 1 < len(starts) else npages
        for q in range(p, end + 1):
            pagedoc[q] = di
    n = 0
    ranges = {}
    for q in range(1, npages + 1):
        di = pagedoc[q]
        if numbered[di]:
            n += 1
            num_of[q] = n
            a, _ = ranges.get(di, (n, n))
            ranges[di] = (a, n)
    total_numbered[0] = n
    if make_toc is not None:
        docs[toc_index]["blocks"] = make_toc(ranges)
    rec2 = {}
    render(docs, rec2, pagedoc)
    assert rec2 == rec, ("TOC changed pagination", rec, rec2)
    return ranges, npages


def write_docx(path, docs, header=None, when=(2021, 1, 1, 9, 0, 0), font="仿宋", size=12):
    """Plain DOCX writer (tables, page breaks, optional header); deterministic zip."""
    from docx import Document
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    import datetime as _dt
    import zipfile
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    cp = doc.core_properties
    cp.author, cp.last_modified_by, cp.title = "", "", docs[0]["title"]
    cp.created = cp.modified = _dt.datetime(*when)
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    if header:
        s.header.paragraphs[0].text = header
    for di, x in enumerate(docs):
        if di:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for b in x["blocks"]:
            k = b[0]
            if k in ("h", "sub"):
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(plain(b[1]))
                r.bold = k == "h"
                r.font.size = Pt(size + 5 if k == "h" else size)
            elif k in ("p", "pl", "r", "photo"):
                p = doc.add_paragraph(plain(b[1]))
                if k == "p":
                    p.paragraph_format.first_line_indent = Pt(size * 2)
                if k == "r":
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif k == "seal":
                p = doc.add_paragraph("（印章）")
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif k == "pb":
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            elif k == "sp":
                doc.add_paragraph()
            elif k == "tbl":
                rows = b[1]
                ncol = max(len(r) for r in rows)
                t = doc.add_table(rows=len(rows), cols=ncol)
                t.style = "Table Grid"
                for ri, row in enumerate(rows):
                    for ci, cell in enumerate(row):
                        t.cell(ri, ci).text = plain(cell)
                    if len(row) < ncol:
                        c = t.cell(ri, len(row) - 1).merge(t.cell(ri, ncol - 1))
                        c.text = plain(row[-1])
    doc.save(path)
    slim_docx(path, when)


def slim_docx(path, when):
    """Drop template parts Word does not need (stylesWithEffects, thumbnail, customXml); fixed timestamps."""
    import zipfile
    drop = ("word/stylesWithEffects.xml", "docProps/thumbnail.jpeg")
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()
                 if i.filename not in drop and not i.filename.startswith("customXml/")]
    fixed = []
    for name, data in items:
        if name.endswith(".rels") or name == "[Content_Types].xml":
            t = data.decode("utf-8")
            t = re.sub(r'<Relationship [^>]*Target="[^"]*(stylesWithEffects|thumbnail|customXml|item1)[^"]*"[^>]*/>', "", t)
            t = re.sub(r'<Override [^>]*PartName="/(word/stylesWithEffects|docProps/thumbnail|customXml)[^"]*"[^>]*/>', "", t)
            t = re.sub(r'<Default Extension="jpeg"[^>]*/>', "", t)
            data = t.encode("utf-8")
        fixed.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in fixed:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

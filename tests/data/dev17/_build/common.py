# -*- coding: utf-8 -*-
"""Shared helpers for the dev17 corpus generator: identifiers, dates, amounts, renderers.

Document model used by every case:
    doc = {"t": title, "rows": [item, ...], "seal": bool}
    item = ("kv", label, value)   a form row (label cell + value cell)
         | ("p", text)            a paragraph / full-width cell
         | ("c", text)            a centred line (文号, sub-heading)
"""
import datetime as dt
import math
import os
import random

import chinese_calendar

FONT_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FONT_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
FONT_KAI = "/usr/share/fonts/truetype/arphic/ukai.ttc"

# ---------------------------------------------------------------- identifiers
_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c, 36) * wi for c, wi in zip(code8, w))
    c9 = 11 - s % 11
    return "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))


def credit_code(prefix2, area6, body8):
    """GB 32100-2015 unified social credit code; body8 digits -> org code with GB 11714 check."""
    s17 = prefix2 + area6 + body8 + org_check(body8)
    tot = sum(_CC.index(ch) * w for ch, w in zip(s17, _CC_W))
    c = 31 - tot % 31
    return s17 + _CC[0 if c == 31 else c]


def credit_ok(code):
    if len(code) != 18 or any(ch not in _CC for ch in code):
        return False
    tot = sum(_CC.index(ch) * w for ch, w in zip(code[:17], _CC_W))
    c = 31 - tot % 31
    return code[17] == _CC[0 if c == 31 else c]


_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(area6, birth, seq3):
    s17 = area6 + birth + seq3
    return s17 + "10X98765432"[sum(int(a) * b for a, b in zip(s17, _ID_W)) % 11]


def id_ok(code):
    if len(code) != 18 or not code[:17].isdigit():
        return False
    return code[17] == "10X98765432"[sum(int(a) * b for a, b in zip(code[:17], _ID_W)) % 11]


# ---------------------------------------------------------------- dates
_CN_D = "〇一二三四五六七八九"


def _cn_num(n):
    if n < 10:
        return _CN_D[n]
    if n < 20:
        return "十" + (_CN_D[n % 10] if n % 10 else "")
    return _CN_D[n // 10] + "十" + (_CN_D[n % 10] if n % 10 else "")


def D(s):
    return dt.date.fromisoformat(s)


def cn_date(d):
    d = D(d) if isinstance(d, str) else d
    return "".join(_CN_D[int(c)] for c in str(d.year)) + "年" + _cn_num(d.month) + "月" + _cn_num(d.day) + "日"


def ar_date(d):
    d = D(d) if isinstance(d, str) else d
    return f"{d.year}年{d.month}月{d.day}日"


def dot_date(d):
    d = D(d) if isinstance(d, str) else d
    return f"{d.year}.{d.month}.{d.day}"


def date_variants(d):
    d = D(d) if isinstance(d, str) else d
    return [cn_date(d), ar_date(d), dot_date(d), d.isoformat(), f"{d.year}年{d.month:02d}月{d.day:02d}日",
            cn_date(d).replace("〇", "○")]


def working_days_after(start, end):
    """Number of working days in (start, end] (APL Art 85: holidays excluded, 调休 workdays counted)."""
    start, end = (D(start) if isinstance(start, str) else start), (D(end) if isinstance(end, str) else end)
    n, d = 0, start
    while d < end:
        d += dt.timedelta(days=1)
        if chinese_calendar.is_workday(d):
            n += 1
    return n


def add_working_days(start, n):
    d = D(start) if isinstance(start, str) else start
    while n:
        d += dt.timedelta(days=1)
        if chinese_calendar.is_workday(d):
            n -= 1
    return d


# ---------------------------------------------------------------- amounts
_DX = "零壹贰叁肆伍陆柒捌玖"


def daxie(amount):
    """人民币大写 for a non-negative amount in yuan (up to 亿)."""
    fen = int(round(amount * 100))
    yuan, jiao, f = fen // 100, (fen // 10) % 10, fen % 10
    units = ["", "拾", "佰", "仟"]
    def four(n):
        s, zero = "", False
        for i in range(3, -1, -1):
            dgt = (n // 10 ** i) % 10
            if dgt:
                if zero:
                    s += "零"
                s += _DX[dgt] + units[i]
                zero = False
            elif s:
                zero = True
        return s
    parts = []
    wan, rest = divmod(yuan, 10000)
    yi, wan = divmod(wan, 10000)
    out = ""
    if yi:
        out += four(yi) + "亿"
    if wan:
        if yi and wan < 1000:
            out += "零"
        out += four(wan) + "万"
    if rest:
        if (yi or wan) and rest < 1000:
            out += "零"
        out += four(rest)
    if not out:
        out = "零"
    out += "元"
    if jiao == 0 and f == 0:
        return out + "整"
    if jiao:
        out += _DX[jiao] + "角"
    elif f:
        out += "零"
    if f:
        out += _DX[f] + "分"
    return out


def yuan(n):
    return f"{n:,.2f}"


# ---------------------------------------------------------------- text helpers
def doc_lines(doc):
    """Plain-text lines of a document (no wrapping)."""
    out = [doc["t"]]
    for it in doc["rows"]:
        if it[0] == "kv":
            out.append(f"{it[1]}：{it[2]}")
        else:
            out.append(it[1])
    return out


def wrap(text, width):
    """Wrap by display width (CJK=2, ASCII=1)."""
    lines, cur, w = [], "", 0
    for ch in text:
        cw = 1 if ord(ch) < 128 else 2
        if w + cw > width:
            lines.append(cur)
            cur, w = "", 0
        cur += ch
        w += cw
    lines.append(cur)
    return lines


# ---------------------------------------------------------------- reportlab
def rl_font():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    try:
        pdfmetrics.getFont("STSong-Light")
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


def rl_wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines, cur = [], ""
    for ch in text:
        if stringWidth(cur + ch, font, size) > width and cur:
            lines.append(cur)
            cur = ""
        cur += ch
    lines.append(cur)
    return lines


def rl_seal(c, x, y, r, name, color=(0.85, 0.1, 0.1)):
    """Draw a round official-seal imitation centred at (x, y)."""
    font = rl_font()
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setLineWidth(2.2)
    c.circle(x, y, r, stroke=1, fill=0)
    # star
    pts = []
    for i in range(10):
        ang = math.pi / 2 + i * math.pi / 5
        rr = r * 0.22 if i % 2 == 0 else r * 0.09
        pts.append((x + rr * math.cos(ang), y + rr * math.sin(ang)))
    p = c.beginPath()
    p.moveTo(*pts[0])
    for q in pts[1:]:
        p.lineTo(*q)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    # name along the upper arc
    n = len(name)
    span = math.radians(220)
    fs = max(6, r * 0.26)
    for i, ch in enumerate(name):
        ang = math.pi / 2 + span / 2 - span * (i + 0.5) / n
        cx, cy = x + (r * 0.74) * math.cos(ang), y + (r * 0.74) * math.sin(ang)
        c.saveState()
        c.translate(cx, cy)
        c.rotate(math.degrees(ang) - 90)
        c.setFont(font, fs)
        c.drawCentredString(0, -fs / 3, ch)
        c.restoreState()
    c.restoreState()


# ---------------------------------------------------------------- PIL page rendering
def pil_font(size, path=FONT_SERIF, index=2):
    from PIL import ImageFont
    try:
        return ImageFont.truetype(path, size, index=index)
    except Exception:
        return ImageFont.truetype(path, size)


def pil_wrap(draw, text, font, width):
    lines, cur = [], ""
    for ch in text:
        if draw.textlength(cur + ch, font=font) > width and cur:
            lines.append(cur)
            cur = ""
        cur += ch
    lines.append(cur)
    return lines


def pil_seal(img, cx, cy, r, name, color):
    from PIL import ImageDraw, Image
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    w = max(3, r // 14)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=color, width=w)
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = r * 0.22 if i % 2 == 0 else r * 0.09
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=color)
    fs = max(10, int(r * 0.24))
    f = pil_font(fs, FONT_SANS, 2)
    n = len(name)
    span = math.radians(220)
    for i, ch in enumerate(name):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        px, py = cx + r * 0.74 * math.cos(ang), cy + r * 0.74 * math.sin(ang)
        g = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
        gd = ImageDraw.Draw(g)
        gd.text((fs // 2, fs // 3), ch, font=f, fill=color)
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(g, (int(px - fs), int(py - fs)))
    base = img.convert("RGBA")
    base.alpha_composite(layer)
    return base.convert(img.mode)


def render_page_image(lines, dpi, footer=None, seal=None, title_lines=1, size_mm=(210, 297), color=True):
    """Render a list of (kind, text) lines to a page image. kind: 'title','c','p','kv'."""
    from PIL import Image, ImageDraw
    W, H = int(size_mm[0] / 25.4 * dpi), int(size_mm[1] / 25.4 * dpi)
    img = Image.new("RGB", (W, H), (252, 251, 247) if color else (255, 255, 255))
    d = ImageDraw.Draw(img)
    mx, my = int(W * 0.12), int(H * 0.08)
    fs = int(dpi * 10.5 / 72)
    f = pil_font(fs)
    ft = pil_font(int(fs * 1.45), FONT_SERIF, 2)
    y = my
    for kind, text in lines:
        if kind == "title":
            tw = d.textlength(text, font=ft)
            d.text(((W - tw) / 2, y), text, font=ft, fill=(20, 20, 20))
            y += int(fs * 2.6)
        elif kind == "c":
            tw = d.textlength(text, font=f)
            d.text(((W - tw) / 2, y), text, font=f, fill=(25, 25, 25))
            y += int(fs * 1.8)
        else:
            for ln in pil_wrap(d, text, f, W - 2 * mx):
                d.text((mx, y), ln, font=f, fill=(25, 25, 25))
                y += int(fs * 1.62)
        if y > H - my - fs * 3:
            break
    if footer:
        tw = d.textlength(footer, font=f)
        d.text(((W - tw) / 2, H - my + fs), footer, font=f, fill=(40, 40, 40))
    if seal:
        name, pos = seal
        r = int(dpi * 0.8)
        cx = int(W * 0.68)
        cy = min(pos, H - my - r) if pos else int(H * 0.78)
        img = pil_seal(img, cx, cy, r, name, (205, 30, 35, 215) if color else (110, 110, 110, 235))
    return img


def paginate_lines(lines, dpi, size_mm=(210, 297)):
    """Split (kind,text) lines into page chunks that fit render_page_image."""
    from PIL import Image, ImageDraw
    W, H = int(size_mm[0] / 25.4 * dpi), int(size_mm[1] / 25.4 * dpi)
    d = ImageDraw.Draw(Image.new("L", (10, 10)))
    mx, my = int(W * 0.12), int(H * 0.08)
    fs = int(dpi * 10.5 / 72)
    f = pil_font(fs)
    limit = H - 2 * my - fs * 3
    pages, cur, used = [], [], 0
    for kind, text in lines:
        if kind == "title":
            h = int(fs * 2.6)
        elif kind == "c":
            h = int(fs * 1.8)
        else:
            h = len(pil_wrap(d, text, f, W - 2 * mx)) * int(fs * 1.62)
        if used + h > limit and cur:
            pages.append(cur)
            cur, used = [], 0
        cur.append((kind, text))
        used += h
    if cur:
        pages.append(cur)
    return pages


def doc_to_klines(doc):
    out = [("title", doc["t"])]
    for it in doc["rows"]:
        if it[0] == "kv":
            out.append(("p", f"{it[1]}：{it[2]}"))
        elif it[0] == "c":
            out.append(("c", it[1]))
        else:
            out.append(("p", it[1]))
    return out

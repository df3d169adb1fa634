"""Shared helpers for the heldout72 corpus: check digits, amounts, dates, renderers."""
import datetime as dt
import io
import math
import random

import chinese_calendar as cc
from PIL import Image, ImageDraw, ImageFilter, ImageFont

def _font(family):
    """Font file for a family name, found through fontconfig (fc-match) so no path is hard-coded."""
    import subprocess
    out = subprocess.run(["fc-match", "-f", "%{file}", family], capture_output=True, text=True, check=True)
    return out.stdout.strip()


FONT_SANS = _font("WenQuanYi Zen Hei")          # TrueType .ttc, subfont 0
FONT_MING = _font("AR PL UMing CN")             # TrueType .ttc, subfont 0
FONT_KAI = _font("AR PL KaitiM GB")             # TrueType, used for handwriting

# ---------------------------------------------------------------- identifiers
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code(body8):
    """GB 11714 organisation code: 8 chars + check char."""
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(USCC_CHARS.index(c) * w[i] if c.isdigit() else (ord(c) - 55) * w[i] for i, c in enumerate(body8))
    c = 11 - s % 11
    return body8 + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(prefix2, region6, body8):
    """GB 32100 统一社会信用代码 with valid org-code and final check digits."""
    s17 = prefix2 + region6 + org_code(body8)
    t = sum(USCC_CHARS.index(ch) * USCC_W[i] for i, ch in enumerate(s17))
    return s17 + USCC_CHARS[(31 - t % 31) % 31]


def uscc_ok(code):
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    t = sum(USCC_CHARS.index(ch) * USCC_W[i] for i, ch in enumerate(code[:17]))
    return USCC_CHARS[(31 - t % 31) % 31] == code[17]


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idno(first17):
    s = sum(int(c) * ID_W[i] for i, c in enumerate(first17))
    return first17 + "10X98765432"[s % 11]


def idno_ok(code):
    return len(code) == 18 and code[:17].isdigit() and idno(code[:17]) == code


# ---------------------------------------------------------------- amounts/dates
DIG = "零壹贰叁肆伍陆柒捌玖"


def daxie(n):
    """Integer yuan -> 大写 like 贰拾万元整."""
    if n == 0:
        return "零元整"
    units = ["", "拾", "佰", "仟"]
    def four(x):
        out, zero = "", False
        for i in range(3, -1, -1):
            d = x // (10 ** i) % 10
            if d == 0:
                zero = bool(out)
            else:
                if zero:
                    out += "零"
                    zero = False
                out += DIG[d] + units[i]
        return out
    wan, rest = divmod(n, 10000)
    s = ""
    if wan:
        s = four(wan) + "万"
        if rest and rest < 1000:
            s += "零"
    if rest:
        s += four(rest)
    return s + "元整"


CN_NUM = "〇一二三四五六七八九"


def cn_date(d, zero="〇"):
    y = "".join((zero if c == "0" else CN_NUM[int(c)]) for c in str(d.year))
    def n(x):
        if x < 10:
            return CN_NUM[x]
        if x == 10:
            return "十"
        if x < 20:
            return "十" + CN_NUM[x - 10]
        return CN_NUM[x // 10] + "十" + (CN_NUM[x % 10] if x % 10 else "")
    return f"{y}年{n(d.month)}月{n(d.day)}日"


def fw(s):
    """ASCII digits -> full-width."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


def ymd(d):
    return f"{d.year}年{d.month}月{d.day}日"


def D(s):
    return dt.date.fromisoformat(s)


def workdays_between(a, b):
    """Working days after a up to and including b (APL art. 85 style count)."""
    n, x = 0, a
    while x < b:
        x += dt.timedelta(days=1)
        if cc.is_workday(x):
            n += 1
    return n


# ---------------------------------------------------------------- seal
def seal_image(name, size=300, color=(205, 30, 35), inner="", seed=0):
    """Round red agency seal with the name on the arc and a star, RGBA."""
    rnd = random.Random(seed)
    big = size * 2
    im = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = big // 2
    d.ellipse([12, 12, big - 12, big - 12], outline=color + (255,), width=int(big * 0.035))
    # star
    r1, r2 = big * 0.16, big * 0.065
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        r = r1 if i % 2 == 0 else r2
        pts.append((c + r * math.cos(ang), c + r * math.sin(ang)))
    d.polygon(pts, fill=color + (255,))
    font = ImageFont.truetype(FONT_SANS, int(big * 0.12))
    n = len(name)
    span = min(250, 20 * n)
    start = -90 - span / 2
    rad = big * 0.36
    for i, ch in enumerate(name):
        a = start + span * (i + 0.5) / n
        ar = math.radians(a)
        tile = Image.new("RGBA", (int(big * 0.15), int(big * 0.15)), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), ch, font=font, fill=color + (255,), anchor="mm")
        tile = tile.rotate(-(a + 90), resample=Image.BICUBIC, expand=True)
        x = c + rad * math.cos(ar) - tile.width / 2
        y = c + rad * math.sin(ar) - tile.height / 2
        im.alpha_composite(tile, (int(x), int(y)))
    if inner:
        f2 = ImageFont.truetype(FONT_SANS, int(big * 0.075))
        d.text((c, c + big * 0.25), inner, font=f2, fill=color + (255,), anchor="mm")
    # ink unevenness
    px = im.load()
    for _ in range(big * 30):
        x, y = rnd.randrange(big), rnd.randrange(big)
        if px[x, y][3]:
            px[x, y] = color + (rnd.randrange(60, 200),)
    im = im.resize((size, size), Image.LANCZOS)
    return im.quantize(colors=12, method=Image.FASTOCTREE).convert("RGBA")


def seal_png_bytes(name, size=260, inner="", seed=0):
    b = io.BytesIO()
    seal_image(name, size, inner=inner, seed=seed).save(b, "PNG")
    return b.getvalue()

"""Shared helpers for the heldout70 corpus: check digits, amounts, dates, seals, fonts."""
import datetime as dt
import math
import os
import random

import chinese_calendar as cc
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

FONT_SONG = "/usr/share/fonts/truetype/arphic/uming.ttc"
FONT_KAI = "/usr/share/fonts/truetype/arphic/ukai.ttc"
FONT_HAND = "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf"
FONT_HEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
FONT_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FONT_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_check(body17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31]


def uscc(body17):
    return body17 + uscc_check(body17)


def uscc_valid(code):
    return len(code) == 18 and all(c in USCC_CHARS for c in code) and uscc_check(code[:17]) == code[17]


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(body17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, ID_W)) % 11]


def idno(body17):
    return body17 + id_check(body17)


def id_valid(code):
    return len(code) == 18 and code[:17].isdigit() and id_check(code[:17]) == code[17]


# ---------------------------------------------------------------- amounts
DIG = "零壹贰叁肆伍陆柒捌玖"


def _four(n):
    units = ["", "拾", "佰", "仟"]
    s, zero = "", False
    for i in range(3, -1, -1):
        d = n // (10 ** i) % 10
        if d == 0:
            if s:
                zero = True
        else:
            if zero:
                s += "零"
                zero = False
            s += DIG[d] + units[i]
    return s


def daxie(amount):
    """人民币大写, e.g. 72975 -> 柒万贰仟玖佰柒拾伍元整."""
    cents = int(round(amount * 100))
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    parts = []
    yi, wan, ge = yuan // 10 ** 8, yuan // 10 ** 4 % 10 ** 4, yuan % 10 ** 4
    s = ""
    if yi:
        s += _four(yi) + "亿"
    if wan:
        if s and wan < 1000:
            s += "零"
        s += _four(wan) + "万"
    elif s and ge:
        s += "零"
    if ge:
        if s and ge < 1000 and not s.endswith("零"):
            s += "零"
        s += _four(ge)
    if not s:
        s = "零"
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


def money(amount, dec=True):
    return f"{amount:,.2f}" if dec else f"{amount:,.0f}"


# ---------------------------------------------------------------- dates
CN_NUM = "〇一二三四五六七八九"


def d(s):
    return dt.date.fromisoformat(s)


def cn_year(y, zero="〇"):
    return "".join(CN_NUM[int(c)] if c != "0" else zero for c in str(y))


def cn_small(n):
    if n < 10:
        return CN_NUM[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + CN_NUM[n % 10]
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


def fmt(date, style):
    if isinstance(date, str):
        date = d(date)
    y, m, dd = date.year, date.month, date.day
    if style == "cn":
        return f"{cn_year(y)}年{cn_small(m)}月{cn_small(dd)}日"
    if style == "cno":
        return f"{cn_year(y, '○')}年{cn_small(m)}月{cn_small(dd)}日"
    if style == "ar":
        return f"{y}年{m}月{dd}日"
    if style == "ar0":
        return f"{y}年{m:02d}月{dd:02d}日"
    if style == "fw":
        t = f"{y}年{m}月{dd}日"
        return t.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if style == "dot":
        return f"{y}.{m}.{dd}"
    if style == "iso":
        return date.isoformat()
    raise ValueError(style)


def workdays_after(start, end):
    """Working days in (start, end]: holidays excluded, 调休 workdays included."""
    if isinstance(start, str):
        start, end = d(start), d(end)
    n, x = 0, start
    while x < end:
        x += dt.timedelta(days=1)
        if cc.is_workday(x):
            n += 1
    return n


def add_workdays(start, k):
    x = d(start) if isinstance(start, str) else start
    while k:
        x += dt.timedelta(days=1)
        if cc.is_workday(x):
            k -= 1
    return x


def days(a, b):
    return (d(b) - d(a)).days


# ---------------------------------------------------------------- seal images
def seal_image(name, size=300, color=(215, 30, 35), star=True, inner="", seed=0):
    """Round official seal as RGBA image (name around the rim, star, inner line)."""
    rnd = random.Random(seed)
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    dr = ImageDraw.Draw(img)
    c = size / 2
    w = max(4, size // 36)
    dr.ellipse([w, w, size - w, size - w], outline=color + (235,), width=w)
    n = len(name)
    fs = int(size * 0.13)
    font = ImageFont.truetype(FONT_HEI, fs)
    span = min(250, 20 * n + 30)
    r = c - w - fs * 0.75
    for i, ch in enumerate(name):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        x, y = c + r * math.cos(ang), c + r * math.sin(ang)
        tile = Image.new("RGBA", (fs + 6, fs + 6), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((3, 0), ch, font=font, fill=color + (235,))
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC, expand=True)
        img.alpha_composite(tile, (int(x - tile.width / 2), int(y - tile.height / 2)))
    if star:
        pts = []
        R, rr = size * 0.14, size * 0.055
        for k in range(10):
            a = math.radians(-90 + 36 * k)
            rad = R if k % 2 == 0 else rr
            pts.append((c + rad * math.cos(a), c + rad * math.sin(a)))
        dr.polygon(pts, fill=color + (235,))
    if inner:
        f2 = ImageFont.truetype(FONT_HEI, int(size * 0.085))
        tw = dr.textlength(inner, font=f2)
        dr.text((c - tw / 2, c + size * 0.2), inner, font=f2, fill=color + (235,))
    # ink unevenness
    px = img.load()
    for _ in range(size * 30):
        x, y = rnd.randrange(size), rnd.randrange(size)
        r_, g_, b_, a_ = px[x, y]
        if a_:
            px[x, y] = (r_, g_, b_, max(0, a_ - rnd.randrange(80, 200)))
    return img


def square_seal(text, size=110, color=(200, 30, 30)):
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    dr = ImageDraw.Draw(img)
    dr.rectangle([3, 3, size - 4, size - 4], outline=color + (230,), width=5)
    f = ImageFont.truetype(FONT_SONG, int(size * 0.36))
    t = text[:4].ljust(4, " ")
    for i, ch in enumerate(t):
        x = size * (0.53 if i < 2 else 0.1)
        y = size * (0.1 if i % 2 == 0 else 0.5)
        dr.text((x, y), ch, font=f, fill=color + (230,))
    return img

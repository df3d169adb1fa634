"""Shared helpers for the heldout57 corpus: check digits, dates, working days,
amounts in capitals, and a small block model that every renderer understands.

A case is a list of Doc objects. A Doc has a catalogue title (used in the 卷内目录)
and a list of blocks:

    ('title', text)            document title, centred
    ('sub', text)              line under the title (文号 etc.), centred
    ('p', text)                paragraph
    ('kv', rows)               form rows; rows = [[(label, value), ...], ...]
    ('table', header, rows)    plain table
    ('serv2', rows)            送达回证 laid out with one column per served document
    ('sign', text)             right-aligned line (signature / date)
    ('seal', agency)           seal of the agency (marker in text, red seal in images)
    ('gap',)                   empty line
    ('pb',)                    page break inside the document
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path

import chinese_calendar

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent  # tests/data/heldout57


# ---------------------------------------------------------------- check digits
_GB32100 = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_GB32100_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_GB11714_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_check(body8: str) -> str:
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body8]
    c = 11 - sum(v * w for v, w in zip(vals, _GB11714_W)) % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def credit_code(prefix2: str, region6: str, body8: str) -> str:
    """统一社会信用代码 (GB 32100) with a valid 组织机构代码 check (GB 11714)."""
    first17 = prefix2 + region6 + body8 + _org_check(body8)
    assert len(first17) == 17 and all(c in _GB32100 for c in first17), first17
    s = sum(_GB32100.index(c) * w for c, w in zip(first17, _GB32100_W))
    return first17 + _GB32100[(31 - s % 31) % 31]


def credit_code_ok(code: str) -> bool:
    if len(code) != 18 or any(c not in _GB32100 for c in code):
        return False
    s = sum(_GB32100.index(c) * w for c, w in zip(code[:17], _GB32100_W))
    if _GB32100[(31 - s % 31) % 31] != code[17]:
        return False
    return _org_check(code[8:16]) == code[16]


_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(region6: str, birth: str, seq3: str) -> str:
    """居民身份证号码 (GB 11643)."""
    first17 = region6 + birth + seq3
    s = sum(int(c) * w for c, w in zip(first17, _ID_W))
    return first17 + "10X98765432"[s % 11]


def id_ok(num: str) -> bool:
    if len(num) != 18 or not num[:17].isdigit():
        return False
    try:
        _dt.datetime.strptime(num[6:14], "%Y%m%d")
    except ValueError:
        return False
    s = sum(int(c) * w for c, w in zip(num[:17], _ID_W))
    return "10X98765432"[s % 11] == num[17]


# ---------------------------------------------------------------- dates
def D(s: str) -> _dt.date:
    return _dt.date.fromisoformat(s)


_CN = "〇一二三四五六七八九"


def _cn_num(n: int) -> str:
    if n < 10:
        return "十" if n == 10 else _CN[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else _CN[t]) + "十" + ("" if u == 0 else _CN[u])


def cn_date(d, zero="〇") -> str:
    d = D(d) if isinstance(d, str) else d
    y = "".join(_CN[int(c)] for c in str(d.year)).replace("〇", zero)
    return f"{y}年{_cn_num(d.month)}月{_cn_num(d.day)}日"


def ar_date(d) -> str:
    d = D(d) if isinstance(d, str) else d
    return f"{d.year}年{d.month}月{d.day}日"


def ar0_date(d) -> str:
    d = D(d) if isinstance(d, str) else d
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def dot_date(d) -> str:
    d = D(d) if isinstance(d, str) else d
    return f"{d.year}.{d.month}.{d.day}"


def dash_date(d) -> str:
    d = D(d) if isinstance(d, str) else d
    return d.isoformat()


def is_wd(d) -> bool:
    d = D(d) if isinstance(d, str) else d
    return chinese_calendar.is_workday(d)


def add_wd(d, n: int) -> _dt.date:
    """Date of the n-th working day after d (d itself not counted)."""
    d = D(d) if isinstance(d, str) else d
    while n > 0:
        d += _dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def wd_between(a, b) -> int:
    """Working days in (a, b]."""
    a = D(a) if isinstance(a, str) else a
    b = D(b) if isinstance(b, str) else b
    n, d = 0, a
    while d < b:
        d += _dt.timedelta(days=1)
        n += is_wd(d)
    return n


def days_between(a, b) -> int:
    a = D(a) if isinstance(a, str) else a
    b = D(b) if isinstance(b, str) else b
    return (b - a).days


# ---------------------------------------------------------------- money
_DIG = "零壹贰叁肆伍陆柒捌玖"


def _section(n: int) -> str:
    """0 < n < 10000."""
    units = ["", "拾", "佰", "仟"]
    s, zero = "", False
    for i in range(3, -1, -1):
        q = n // 10 ** i % 10
        if q == 0:
            if s:
                zero = True
        else:
            if zero:
                s += "零"
                zero = False
            s += _DIG[q] + units[i]
    return s


def rmb_upper(amount) -> str:
    """Amount in 大写, e.g. 60000 -> 陆万元整, 80.2 -> 捌拾元贰角."""
    cents = round(float(amount) * 100)
    yuan, rest = divmod(cents, 100)
    jiao, fen = divmod(rest, 10)
    parts = []
    yi, r = divmod(yuan, 10 ** 8)
    wan, ge = divmod(r, 10 ** 4)
    if yi:
        parts.append(_section(yi) + "亿")
    if wan:
        if yi and wan < 1000:
            parts.append("零")
        parts.append(_section(wan) + "万")
    if ge:
        if (yi or wan) and ge < 1000:
            parts.append("零")
        parts.append(_section(ge))
    s = "".join(parts)
    if s.startswith("拾"):
        s = "壹" + s
    if not s:
        s = "零"
    s += "元"
    if jiao == 0 and fen == 0:
        return s + "整"
    if jiao:
        s += _DIG[jiao] + "角"
    elif fen:
        s += "零"
    if fen:
        s += _DIG[fen] + "分"
    return s


def money(amount) -> str:
    """12,345.00 style."""
    return f"{float(amount):,.2f}"


# ---------------------------------------------------------------- documents
@dataclass
class Doc:
    name: str                      # title used in the 卷内目录
    blocks: list = field(default_factory=list)
    date: str = ""                 # date shown in the 目录 (display form)
    share_page: bool = False       # scanned layout: may continue on the previous page
    fname: str = ""                # folder layout: file name


def font_path(kind="serif") -> str:
    """A CJK font on this machine (Noto CJK or WenQuanYi)."""
    cands = {
        "serif": ["/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"],
        "serif-bold": ["/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"],
        "sans": ["/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"],
        "sans-bold": ["/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"],
        "hand": ["/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"],
    }[kind]
    cands += ["/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"]
    for c in cands:
        if Path(c).exists():
            return c
    import glob
    found = glob.glob("/usr/share/fonts/**/*CJK*", recursive=True) + glob.glob("/usr/share/fonts/**/wqy*", recursive=True)
    if not found:
        raise SystemExit("no CJK font found under /usr/share/fonts")
    return found[0]


def seal_image(agency: str, size: int = 300, color=(218, 30, 38), alpha=200):
    """A round red official seal as an RGBA Pillow image."""
    import math
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    dr = ImageDraw.Draw(img)
    c = size / 2
    w = max(3, size // 40)
    dr.ellipse([w, w, size - w, size - w], outline=color + (alpha,), width=w)
    # star
    r1, r2 = size * 0.13, size * 0.052
    pts = []
    for i in range(10):
        r = r1 if i % 2 == 0 else r2
        a = -math.pi / 2 + i * math.pi / 5
        pts.append((c + r * math.cos(a), c + r * math.sin(a)))
    dr.polygon(pts, fill=color + (alpha,))
    # text on arc
    fnt = ImageFont.truetype(font_path("sans-bold"), int(size * 0.105))
    n = len(agency)
    span = min(250, 20 * n + 20)
    R = size * 0.36
    for i, ch in enumerate(agency):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        t = math.radians(ang)
        x, y = c + R * math.cos(t), c + R * math.sin(t)
        glyph = Image.new("RGBA", (int(size * 0.14), int(size * 0.14)), (0, 0, 0, 0))
        gd = ImageDraw.Draw(glyph)
        gd.text((glyph.width / 2, glyph.height / 2), ch, font=fnt, fill=color + (alpha,), anchor="mm")
        glyph = glyph.rotate(-(ang + 90), resample=Image.BICUBIC)
        img.alpha_composite(glyph, (int(x - glyph.width / 2), int(y - glyph.height / 2)))
    return img


def write_bytes_rel(rel: str, data: bytes):
    p = ROOT / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)
    return p

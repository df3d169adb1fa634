"""Shared helpers for the dev18 corpus generator: check digits, money, dates, fonts, drawing."""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import chinese_calendar

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

# ---------------------------------------------------------------- check digits
CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(body17: str) -> str:
    """Append the GB 32100-2015 check character to a 17-character body."""
    assert len(body17) == 17, body17
    s = sum(CC_CHARS.index(c) * w for c, w in zip(body17, CC_W))
    c = 31 - s % 31
    return body17 + CC_CHARS[0 if c == 31 else c]


def credit_code_ok(code: str) -> bool:
    return len(code) == 18 and all(ch in CC_CHARS for ch in code) and credit_code(code[:17]) == code


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(body17: str) -> str:
    """Append the GB 11643-1999 check character to a 17-digit body."""
    s = sum(int(c) * w for c, w in zip(body17, ID_W))
    return body17 + "10X98765432"[s % 11]


def id_ok(code: str) -> bool:
    return len(code) == 18 and code[:17].isdigit() and id_number(code[:17]) == code


# ---------------------------------------------------------------- money
DIG = "零壹贰叁肆伍陆柒捌玖"


def daxie(amount: float) -> str:
    """人民币大写, e.g. 32456.1 -> 叁万贰仟肆佰伍拾陆元壹角整."""
    fen_total = round(amount * 100)
    yuan, jiao, fen = fen_total // 100, (fen_total // 10) % 10, fen_total % 10
    units = ["", "拾", "佰", "仟"]
    def four(n: int) -> str:
        s, zero = "", False
        for i in range(3, -1, -1):
            d = n // (10 ** i) % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += DIG[d] + units[i]
        return s
    parts = []
    wan, rest = divmod(yuan, 10000)
    if wan:
        parts.append(four(wan) + "万")
        if rest and rest < 1000:
            parts.append("零")
    if rest:
        parts.append(four(rest))
    out = "".join(parts) or "零"
    out += "元"
    if jiao == 0 and fen == 0:
        return out + "整"
    if jiao:
        out += DIG[jiao] + "角"
    elif fen:
        out += "零"
    if fen:
        out += DIG[fen] + "分"
    else:
        out += "整"
    return out


# ---------------------------------------------------------------- dates
CN_NUM = "〇一二三四五六七八九"


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def cn_date(s: str, zero: str = "〇") -> str:
    """2023-05-08 -> 二〇二三年五月八日."""
    x = d(s)
    y = "".join(CN_NUM[int(c)] for c in str(x.year)).replace("〇", zero)
    def small(n: int) -> str:
        if n < 10:
            return CN_NUM[n]
        t, u = divmod(n, 10)
        return ("" if t == 1 else CN_NUM[t]) + "十" + (CN_NUM[u] if u else "")
    return f"{y}年{small(x.month)}月{small(x.day)}日"


def ar_date(s: str) -> str:
    x = d(s)
    return f"{x.year}年{x.month}月{x.day}日"


def dot_date(s: str) -> str:
    x = d(s)
    return f"{x.year}.{x.month}.{x.day}"


def working_days_after(start: str, end: str) -> int:
    """Number of working days in (start, end] (行政处罚法 第八十五条 counting)."""
    a, b = d(start), d(end)
    n, cur = 0, a
    while cur < b:
        cur += dt.timedelta(days=1)
        if chinese_calendar.is_workday(cur):
            n += 1
    return n


def add_working_days(start: str, n: int) -> str:
    cur, k = d(start), 0
    while k < n:
        cur += dt.timedelta(days=1)
        if chinese_calendar.is_workday(cur):
            k += 1
    return cur.isoformat()


def days_between(a: str, b: str) -> int:
    return (d(b) - d(a)).days


# ---------------------------------------------------------------- fonts
def find_font(name: str) -> str:
    """Locate a system font file by file name through fontconfig (fc-list)."""
    import subprocess
    out = subprocess.run(["fc-list", ":", "file"], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        path = line.strip().rstrip(":")
        if path.endswith("/" + name):
            return path
    raise FileNotFoundError(name)


_FONT_CACHE: dict = {}


def pil_font(kind: str, size: int):
    key = (kind, size)
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = _pil_font(kind, size)
    return _FONT_CACHE[key]


def _pil_font(kind: str, size: int):
    from PIL import ImageFont
    if kind == "hand":
        return ImageFont.truetype(find_font("ukai.ttc"), size, index=0)
    fname = {"serif": "NotoSerifCJK-Regular.ttc", "bold": "NotoSerifCJK-Bold.ttc",
             "sans": "NotoSansCJK-Regular.ttc"}[kind]
    path = find_font(fname)
    for idx in range(6):
        try:
            f = ImageFont.truetype(path, size, index=idx)
        except OSError:
            break
        if f.getname()[0].endswith(" SC"):
            return f
    return ImageFont.truetype(path, size, index=0)


def rng(seed: int) -> random.Random:
    return random.Random(seed)

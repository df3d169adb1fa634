"""Chinese numerals → numbers: 二十七, 一百二十四, 二〇二四 (digit by digit), 壹万伍仟, 1.5万.

``cn_int`` reads small and capital (大写) numerals with units up to 亿; a run of bare digits
(``二〇二四``, ``2○15``) is read digit by digit. ``to_int`` accepts Arabic or Chinese.
"""

from __future__ import annotations

import functools
import re

DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "O": 0, "o": 0, "0": 0, "Ｏ": 0,
    "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7,
    "八": 8, "捌": 8, "九": 9, "玖": 9,
    "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9,
}  # fmt: skip
# 什 is how OCR often reads 仟 (陆什伍佰贰拾元); it is never a numeral otherwise
UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000, "什": 1000}
BIG: dict[str, int] = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}

CN_NUM_CHARS = "".join(sorted(set(DIGITS) | set(UNITS) | set(BIG)))
# A class for regexes: Chinese numeral characters (small and capital) and Arabic digits.
NUM_CLASS = "[0-9零〇○O一壹二贰貳两三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億]"


@functools.lru_cache(maxsize=4096)
def cn_int(s: str) -> int | None:
    """The integer a Chinese numeral spells, or ``None`` if ``s`` is not one.

    Cached: a pure function of a short string, and the same few numerals (第五十六条, 十五日,
    二〇二四年) come back in every document; reading one costs a few generator passes."""
    s = s.strip()
    if not s or any(ch not in DIGITS and ch not in UNITS and ch not in BIG for ch in s):
        return None
    if not any(ch in UNITS or ch in BIG for ch in s):
        # 二〇二四 / 012: positional digits
        return int("".join(str(DIGITS[ch]) for ch in s))
    total = section = num = 0
    last = 10_000  # the unit read last in this section: the next must be smaller (仟 … 佰 … 拾)
    digit = False  # a digit stands before the unit
    for ch in s:
        if ch in DIGITS:
            num, digit = DIGITS[ch], True
        elif ch in UNITS:
            unit = UNITS[ch]
            if unit >= last or (not digit and unit != 10):
                return None  # 什壹佰 (an OCR-garbled 仟 whose digit was lost), 拾壹佰, 佰仟: never written so
            section += (num or 1) * unit
            num, digit, last = 0, False, unit
        else:
            section += num
            total = (total + section) * BIG[ch] if BIG[ch] > 10_000 else total + section * BIG[ch]
            section = num = 0
            last, digit = 10_000, False
    return total + section + num


def to_int(s: str) -> int | None:
    """Arabic (``12``) or Chinese (``十二``) integer; ``None`` otherwise."""
    s = s.strip()
    if s.isdecimal():  # what ``\d+`` matches (Unicode decimal digits), without the regex call
        return int(s)
    return cn_int(s)


_FIGURE_NOISE = re.compile(r"[\s,，]")
_FIGURE = re.compile(r"(\d+(?:\.\d+)?)([万萬千仟百佰亿億]?)")
_MULT = {"": 1, "万": 1e4, "萬": 1e4, "千": 1e3, "仟": 1e3, "百": 100, "佰": 100, "亿": 1e8, "億": 1e8}


def to_number(s: str) -> float | None:
    """An amount figure: ``15,000.00``, ``1.5万``, ``一万五千``, ``壹万伍仟`` → float."""
    s = _FIGURE_NOISE.sub("", s)
    m = _FIGURE.fullmatch(s)
    if m:
        return round(float(m.group(1)) * _MULT[m.group(2)], 2)
    v = cn_int(s)
    return float(v) if v is not None else None

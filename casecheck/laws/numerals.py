"""Exact conversion of Chinese and Arabic numerals as they appear in law texts.

Handles ``二千``, ``五万``, ``一百万``, ``一千五百``, ``十``/``十五`` (leading 十), ``两``, ``〇/零``,
full-width digits (``２０１３``) and mixed forms (``5万``). Never approximates: an unparseable
string raises ``ValueError``.

>>> cn_to_int("一百万")
1000000
>>> cn_to_int("第一百二十四条".removeprefix("第").removesuffix("条"))
124
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

DIGITS = dict(zip("零〇一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CN_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(BIG_UNITS)
_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")


def _small(text: str) -> int:
    """Value of a run below 万 (e.g. ``一千五百``, ``十五``, ``二十``)."""
    total, digit = 0, None
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            total += (1 if digit is None else digit) * SMALL_UNITS[ch]
            digit = None
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + (digit or 0)


def cn_to_int(text: str) -> int:
    """Exact integer value of a Chinese numeral (``一百二十四`` → 124)."""
    text = text.strip().translate(_FULLWIDTH)
    if not text:
        raise ValueError("empty numeral")
    if text.isdigit():
        return int(text)
    total, rest = 0, text
    for unit in ("亿", "万"):
        if unit in rest:
            head, rest = rest.split(unit, 1)
            total += (cn_to_int(head) if head else 1) * BIG_UNITS[unit]
    return total + (_small(rest) if rest else 0)


def to_decimal(text: str) -> Decimal:
    """Value of an amount numeral that may be Arabic (``5``, ``0.5``), Chinese or mixed (``5万``)."""
    text = text.strip().translate(_FULLWIDTH)
    if text and text[-1] in BIG_UNITS and not all(c in CN_CHARS for c in text):
        return to_decimal(text[:-1]) * BIG_UNITS[text[-1]]
    try:
        return Decimal(text)
    except InvalidOperation:
        return Decimal(cn_to_int(text))


def int_to_cn(n: int) -> str:
    """Chinese numeral for article numbers (1 ≤ n < 10000), e.g. 124 → ``一百二十四``."""
    if not 0 < n < 10000:
        raise ValueError(f"out of range: {n}")
    names = "零一二三四五六七八九"
    parts, zero = [], False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10
        if d:
            if zero:
                parts.append("零")
            parts.append(("" if (unit == "十" and n < 20) else names[d]) + unit)
            zero = False
        elif parts:
            zero = True
    return "".join(parts)

"""Shared helpers for the held-out corpus 5 builders: check characters, dates, volume assembly.

A case module describes its volume as a list of ``Doc`` records.  Each ``Doc`` holds lines in a
tiny markup that ``render.py`` lays out on A4 pages:

- ``^^text``   centred document title (large), ``^text`` centred line, ``>>text`` right-aligned
- ``W|2|5|2|5`` column widths for the following ``T|`` rows; ``T|cell|cell`` a ruled table row
- ``{S:name}`` a signature written in another font (handwriting stand-in)
- ``[SEAL:机关名称]`` a red seal stamped over the preceding lines (takes no space)
- ``<<PB>>`` a forced page break; an empty string is an empty line
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import chinese_calendar

# ---------------------------------------------------------------- check characters

_CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(body17: str) -> str:
    """Return the 18-character 统一社会信用代码 for a 17-character body (GB 32100-2015)."""
    assert len(body17) == 17, body17
    total = sum(_CREDIT_CHARS.index(c) * w for c, w in zip(body17, _CREDIT_WEIGHTS, strict=True))
    return body17 + _CREDIT_CHARS[(31 - total % 31) % 31]


def credit_code_ok(code: str) -> bool:
    """True when an 18-character 统一社会信用代码 carries the right check character."""
    return len(code) == 18 and credit_code(code[:17]) == code


_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(body17: str) -> str:
    """Return the 18-character 居民身份证号码 for a 17-digit body (GB 11643-1999)."""
    assert len(body17) == 17 and body17.isdigit(), body17
    total = sum(int(c) * w for c, w in zip(body17, _ID_WEIGHTS, strict=True))
    return body17 + "10X98765432"[total % 11]


def id_number_ok(code: str) -> bool:
    """True when an 18-character 身份证号 carries the right check digit."""
    return len(code) == 18 and id_number(code[:17]) == code


# ---------------------------------------------------------------- dates

_DIGITS = "〇一二三四五六七八九"


def _cn_small(n: int) -> str:
    """Chinese numeral for 1..31 as written in dates (十, 十一, 二十一)."""
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else _DIGITS[tens]
    return head + "十" + (_DIGITS[ones] if ones else "")


def cn_date(d: dt.date) -> str:
    """Date in 公文 style: 二〇二三年五月十日."""
    year = "".join(_DIGITS[int(c)] for c in str(d.year))
    return f"{year}年{_cn_small(d.month)}月{_cn_small(d.day)}日"


def ymd(d: dt.date) -> str:
    """Date as 2023年5月10日."""
    return f"{d.year}年{d.month}月{d.day}日"


def dotted(d: dt.date) -> str:
    """Date as 2023.5.10 (forms)."""
    return f"{d.year}.{d.month}.{d.day}"


def add_working_days(start: dt.date, n: int) -> dt.date:
    """The n-th working day after ``start`` (statutory holidays out, 调休 workdays in)."""
    day = start
    while n:
        day += dt.timedelta(days=1)
        if chinese_calendar.is_workday(day):
            n -= 1
    return day


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after ``start`` up to and including ``end``."""
    count, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        if chinese_calendar.is_workday(day):
            count += 1
    return count


# ---------------------------------------------------------------- amounts

_UPPER = "零壹贰叁肆伍陆柒捌玖"


def rmb_upper(amount: int) -> str:
    """Whole-yuan amount in 大写: 30000 -> 叁万元整 (enough for amounts below 一亿)."""
    if amount == 0:
        return "零元整"
    units = ["", "拾", "佰", "仟"]

    def four(n: int) -> str:
        out, zero = "", False
        for i in range(3, -1, -1):
            d = n // 10**i % 10
            if d:
                if zero and out:
                    out += "零"
                out += _UPPER[d] + units[i]
                zero = False
            else:
                zero = True
        return out

    high, low = divmod(amount, 10000)
    text = ""
    if high:
        text = four(high) + "万"
        if low and low < 1000:
            text += "零"
    if low:
        text += four(low)
    return text + "元整"


# ---------------------------------------------------------------- volume model


@dataclass
class Doc:
    """One document of a volume: its 卷内目录 title, date, markup lines and page options."""

    title: str
    lines: list[str]
    date: str = ""
    number: str = ""
    numbered: bool = True  # False for 卷内目录 and 备考表 (not paginated)
    scanned: bool = True  # for mixed PDFs: False = typed page with a text layer
    pages: list[int] = field(default_factory=list)  # filled in by the layout


def toc_doc(volume_title: str, docs: list[Doc], case_no: str, style: str = "table") -> Doc:
    """A 卷内目录 built from the real page ranges of ``docs`` (after layout)."""
    lines = ["^^卷 内 目 录", f"案号：{case_no}", ""]
    numbered = [d for d in docs if d.numbered]
    if style == "table":
        lines.append("W|1.2|4.5|7.5|4|2")
        lines.append("T|序号|文号|题名|日期|页号")
        for i, d in enumerate(numbered, 1):
            lines.append(f"T|{i}|{d.number or ''}|{d.title}|{d.date}|{_range(d.pages)}")
    else:
        lines.append("序号  题名 ………………………………………… 页号")
        for i, d in enumerate(numbered, 1):
            lines.append(f"{i:>2}  {d.title} …… {_range(d.pages)}")
    lines += ["", f"（{volume_title}）"]
    return Doc("卷内目录", lines, numbered=False)


def _range(pages: list[int]) -> str:
    """Page range label: 3 or 3-5."""
    if not pages:
        return ""
    return str(pages[0]) if pages[0] == pages[-1] else f"{pages[0]}-{pages[-1]}"

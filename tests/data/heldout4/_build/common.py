"""Shared helpers for the heldout4 corpus builders (writer B).

IDs with real check characters, working-day arithmetic (chinese_calendar),
plain-text volume assembly and a small reportlab renderer for the PDF cases.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import chinese_calendar

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- IDs
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code(body8: str) -> str:
    """GB 11714 organisation code: 8 digits + check character."""
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * wi for c, wi in zip(body8, w))
    c = 11 - s % 11
    ch = "X" if c == 10 else ("0" if c == 11 else str(c))
    return body8 + ch


def uscc(prefix2: str, region6: str, org8: str) -> str:
    """GB 32100 统一社会信用代码 from 登记管理部门+类别, 行政区划, 组织机构代码本体."""
    body = prefix2 + region6 + org_code(org8)
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(body, _USCC_W))
    c = (31 - s % 31) % 31
    return body + _USCC_CHARS[c]


def uscc_ok(code: str) -> bool:
    """Verify a GB 32100 code (check character only)."""
    if len(code) != 18 or any(c not in _USCC_CHARS for c in code):
        return False
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(code[:17], _USCC_W))
    return _USCC_CHARS[(31 - s % 31) % 31] == code[17]


def idno(region6: str, birth: str, seq3: str) -> str:
    """GB 11643 公民身份号码 with its check digit."""
    body = region6 + birth + seq3
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * wi for c, wi in zip(body, w))
    return body + "10X98765432"[s % 11]


def idno_ok(code: str) -> bool:
    """Verify a GB 11643 check digit."""
    return len(code) == 18 and idno(code[:6], code[6:14], code[14:17]) == code


# ---------------------------------------------------------------- dates
def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def workdays_after(start: dt.date, end: dt.date) -> int:
    """Working days in (start, end]: the day of the act is not counted."""
    n, cur = 0, start
    while cur < end:
        cur += dt.timedelta(days=1)
        if chinese_calendar.is_workday(cur):
            n += 1
    return n


def add_workdays(start: dt.date, n: int) -> dt.date:
    """The n-th working day after start."""
    cur, k = start, 0
    while k < n:
        cur += dt.timedelta(days=1)
        if chinese_calendar.is_workday(cur):
            k += 1
    return cur


_CN = "〇一二三四五六七八九"


def cn_date(s: str) -> str:
    """2023-05-10 -> 二〇二三年五月十日."""
    x = d(s)

    def num(n: int) -> str:
        if n < 10:
            return _CN[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + _CN[n % 10]
        return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")

    return "".join(_CN[int(c)] for c in str(x.year)) + f"年{num(x.month)}月{num(x.day)}日"


def ar_date(s: str) -> str:
    """2023-05-10 -> 2023年5月10日."""
    x = d(s)
    return f"{x.year}年{x.month}月{x.day}日"


def dot_date(s: str) -> str:
    """2023-05-10 -> 2023.5.10."""
    x = d(s)
    return f"{x.year}.{x.month}.{x.day}"


# ---------------------------------------------------------------- text volumes
def assemble_txt(docs: list[tuple[str, list[str]]], footer, toc_builder, tail: list[str]) -> str:
    """Number the pages of docs (title, pages), build the 卷内目录 (unnumbered) in front
    and unnumbered tail pages (备考表) behind; pages joined with form feeds."""
    total = sum(len(p) for _, p in docs)
    ranges, out, n = [], [], 0
    for title, pages in docs:
        first = n + 1
        for p in pages:
            n += 1
            f = footer(n, total)
            out.append(p.rstrip("\n") + ("\n\n" + f if f else "") + "\n")
        ranges.append((title, first, n))
    toc = toc_builder(ranges)
    return "\f".join([toc] + out + tail)

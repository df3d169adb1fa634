"""Shared model and helpers for the heldout64 case volumes.

A case volume is a list of documents; a document is a list of pages; a page is a
list of blocks.  Renderers (txt, docx, pdf, scan) turn blocks into their format.
Everything here is deterministic: no clock, no randomness.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent  # tests/data/heldout64

# ---------------------------------------------------------------- blocks

@dataclass
class B:
    """One block of page content.

    kind: h1 (document title), h2 (centred sub-line, e.g. 文号), p (paragraph),
    r (right-aligned line), c (centred line), table (rows of cells),
    seal (seal marker, agency name in text), gap (vertical space), hr (rule).
    In text, ``{s:NAME}`` marks a handwritten signature, ``{h:TEXT}`` handwriting.
    """

    kind: str
    text: str = ""
    rows: list | None = None
    widths: list | None = None
    size: float = 0.0


def h1(t):
    return B("h1", t)


def h2(t):
    return B("h2", t)


def p(t):
    return B("p", t)


def r(t):
    return B("r", t)


def c(t):
    return B("c", t)


def gap(n=1):
    return B("gap", size=n)


def table(rows, widths=None):
    return B("table", rows=rows, widths=widths)


def seal(agency):
    return B("seal", agency)


@dataclass
class Doc:
    """A document of the volume as the 卷内目录 sees it."""

    title: str                 # 题名 in the 目录
    author: str                # 责任者
    date: str                  # ISO date shown in the 目录 ('' if none)
    pages: list                # list[list[B]]
    doc_no: str = ""           # 文号 shown in the 目录
    numbered: bool = True      # carries a printed page number
    fname: str = ""            # folder format: file name
    first: int = 0             # printed first page (filled by paginate)
    last: int = 0


@dataclass
class Case:
    case_id: str
    fmt: str                   # folder | gbk | utf8 | docx | pdf-table | pdf-prose | pdf-image
    agency: str
    docs: list = field(default_factory=list)
    label: dict = field(default_factory=dict)
    checks: dict = field(default_factory=dict)   # facts for check.py
    toc_distort: object = None                   # callable(rows)->rows, planted 目录 errors
    footer: str = "第{n}页"


SIG = re.compile(r"\{[sh]:([^}]*)\}")


def plain(text: str) -> str:
    """Text with signature/handwriting markup removed."""
    return SIG.sub(r"\1", text)


# ---------------------------------------------------------------- dates & money

CN_DIG = "〇一二三四五六七八九"


def d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def cn_num(n: int) -> str:
    """1..31 in Chinese numerals (十, 十一, 二十三)."""
    if n < 10:
        return CN_DIG[n]
    tens, ones = divmod(n, 10)
    s = ("" if tens == 1 else CN_DIG[tens]) + "十"
    return s + (CN_DIG[ones] if ones else "")


def date_cn(iso: str) -> str:
    """二〇一九年九月五日"""
    x = d(iso)
    return "".join(CN_DIG[int(ch)] for ch in str(x.year)) + "年" + cn_num(x.month) + "月" + cn_num(x.day) + "日"


def date_ar(iso: str) -> str:
    """2019年9月5日"""
    x = d(iso)
    return f"{x.year}年{x.month}月{x.day}日"


def date_ar0(iso: str) -> str:
    """2019年09月05日"""
    x = d(iso)
    return f"{x.year}年{x.month:02d}月{x.day:02d}日"


UPPER = "零壹贰叁肆伍陆柒捌玖"


def _four(n: int) -> str:
    units = ["仟", "佰", "拾", ""]
    digits = f"{n:04d}"
    out, zero = "", False
    for ch, u in zip(digits, units):
        v = int(ch)
        if v == 0:
            zero = True
        else:
            if zero and out:
                out += "零"
            zero = False
            out += UPPER[v] + u
    return out


def rmb_upper(amount: float) -> str:
    """903.2 -> 玖佰零叁元贰角整; 100000 -> 壹拾万元整."""
    cents = round(amount * 100)
    yuan, rest = divmod(cents, 100)
    jiao, fen = divmod(rest, 10)
    parts = []
    wan, low = divmod(yuan, 10000)
    if wan:
        parts.append(_four(wan) + "万")
    if low:
        s = _four(low)
        if wan and low < 1000:
            s = "零" + s
        parts.append(s)
    s = "".join(parts) or "零"
    s += "元"
    if jiao == 0 and fen == 0:
        return s + "整"
    if jiao:
        s += UPPER[jiao] + "角"
    elif fen:
        s += "零"
    if fen:
        s += UPPER[fen] + "分"
    else:
        s += "整"
    return s


def rmb_lower(amount: float) -> str:
    return f"{amount:,.2f}"


# ---------------------------------------------------------------- check digits

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8: str) -> str:
    """GB 11714 check character for an 8-character body."""
    s = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(body8, ORG_W))
    v = 11 - s % 11
    return "X" if v == 10 else "0" if v == 11 else str(v)


def uscc(prefix2: str, region6: str, org8: str) -> str:
    """GB 32100 code from 登记管理部门码+机构类别码, 行政区划码 and an 8-char org body."""
    body = prefix2 + region6 + org8 + org_check(org8)
    assert all(ch in USCC_CHARS for ch in body), body
    s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(body, USCC_W))
    v = 31 - s % 31
    return body + USCC_CHARS[0 if v == 31 else v]


def uscc_ok(code: str) -> bool:
    if len(code) != 18 or any(ch not in USCC_CHARS for ch in code):
        return False
    s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(code[:17], USCC_W))
    v = 31 - s % 31
    if USCC_CHARS[0 if v == 31 else v] != code[17]:
        return False
    return org_check(code[8:16]) == code[16]


def id_no(region6: str, birth: str, seq3: str) -> str:
    """GB 11643 citizen number; birth as YYYYMMDD."""
    body = region6 + birth + seq3
    s = sum(int(ch) * w for ch, w in zip(body, ID_W))
    return body + "10X98765432"[s % 11]


def id_ok(code: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", code):
        return False
    s = sum(int(ch) * w for ch, w in zip(code[:17], ID_W))
    try:
        dt.date(int(code[6:10]), int(code[10:12]), int(code[12:14]))
    except ValueError:
        return False
    return "10X98765432"[s % 11] == code[17]


# ---------------------------------------------------------------- working days

def workdays_after(start: str, end: str) -> int:
    """Working days in (start, end], statutory holidays excluded, 调休 days included."""
    import chinese_calendar as cc
    a, b = d(start), d(end)
    n, x = 0, a
    while x < b:
        x += dt.timedelta(days=1)
        if cc.is_workday(x):
            n += 1
    return n


def nth_workday_after(start: str, k: int) -> str:
    import chinese_calendar as cc
    x = d(start)
    n = 0
    while n < k:
        x += dt.timedelta(days=1)
        if cc.is_workday(x):
            n += 1
    return x.isoformat()


def days_between(a: str, b: str) -> int:
    return (d(b) - d(a)).days


# ---------------------------------------------------------------- volume assembly

def paginate(case: Case) -> int:
    """Assign printed page numbers to numbered documents; returns the count."""
    n = 0
    for doc in case.docs:
        if doc.numbered:
            doc.first = n + 1
            n += len(doc.pages)
            doc.last = n
    return n


def toc_rows(case: Case) -> list:
    """True 卷内目录 rows: 序号, 文号, 责任者, 题名, 日期, 页号, 备注."""
    rows, k = [], 0
    for doc in case.docs:
        if not doc.numbered:
            continue
        k += 1
        rng = f"{doc.first}" if doc.first == doc.last else f"{doc.first}-{doc.last}"
        date = doc.date.replace("-", "") if doc.date else ""
        rows.append([str(k), doc.doc_no, doc.author, doc.title, date, rng, ""])
    return rows


def fmt_range(a: int, b: int) -> str:
    return f"{a}" if a == b else f"{a}-{b}"

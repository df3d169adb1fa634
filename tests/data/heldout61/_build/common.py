"""Shared helpers for the heldout61 generators: identifiers, dates, money, working days, volumes.

Everything here is deterministic. A case module builds a ``Volume`` (an ordered list of
``Doc`` objects, each a list of page bodies); ``Volume.paginate`` numbers the pages and
fills the 卷内目录, which is always the first document and always one page.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

try:  # the official holiday calendar (statutory holidays and 调休 workdays)
    import chinese_calendar as _cc
except ImportError:  # pragma: no cover - build.py refuses to run without it
    _cc = None

D = dt.date

# --------------------------------------------------------------------------- identifiers

_ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = [pow(3, i, 31) for i in range(17)]
_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def _org_val(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - 55  # A=10 … Z=35 (GB 11714)


def org_check(body8: str) -> str:
    """GB 11714 check character for an 8-character organisation-code body."""
    s = sum(_org_val(c) * w for c, w in zip(body8, _ORG_WEIGHTS))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix2: str, region6: str, org_body8: str) -> str:
    """Build an 18-character 统一社会信用代码 (GB 32100) with a valid GB 11714 part inside."""
    org = org_body8 + org_check(org_body8)
    body = prefix2 + region6 + org
    assert len(body) == 17 and all(c in _USCC_CHARS for c in body), body
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(body, _USCC_WEIGHTS))
    return body + _USCC_CHARS[(31 - s % 31) % 31]


def uscc_valid(code: str) -> bool:
    """True when ``code`` passes GB 32100 and its characters 9–17 pass GB 11714."""
    if len(code) != 18 or any(c not in _USCC_CHARS for c in code):
        return False
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(code[:17], _USCC_WEIGHTS))
    if _USCC_CHARS[(31 - s % 31) % 31] != code[17]:
        return False
    return org_check(code[8:16]) == code[16]


def id_number(region6: str, birth: dt.date, seq3: str) -> str:
    """Build an 18-digit 公民身份号码 with a valid GB 11643 check character."""
    body = region6 + birth.strftime("%Y%m%d") + seq3
    s = sum(int(c) * w for c, w in zip(body, _ID_WEIGHTS))
    return body + "10X98765432"[s % 11]


def id_valid(num: str) -> bool:
    if not re.fullmatch(r"\d{17}[\dX]", num):
        return False
    s = sum(int(c) * w for c, w in zip(num[:17], _ID_WEIGHTS))
    return "10X98765432"[s % 11] == num[17]


# --------------------------------------------------------------------------- dates

_CN_DIGITS = "〇一二三四五六七八九"


def _cn_num(n: int) -> str:
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")


def cn_date(d: dt.date, zero: str = "〇") -> str:
    """二〇一九年九月二十七日 (``zero`` may be ○ as many agencies type it)."""
    year = "".join(_CN_DIGITS[int(c)] for c in str(d.year)).replace("〇", zero)
    return f"{year}年{_cn_num(d.month)}月{_cn_num(d.day)}日"


def ar_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def ar_date0(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def dot_date(d: dt.date) -> str:
    return f"{d.year}.{d.month}.{d.day}"


def is_workday(d: dt.date) -> bool:
    if _cc is None:
        raise RuntimeError("chinese_calendar is required (pip install chinese_calendar)")
    return _cc.is_workday(d)


def workdays_after(start: dt.date, end: dt.date) -> int:
    """Working days in (start, end]: the count 行政处罚法 第八十五条 uses for 送达/听证 windows."""
    n, d = 0, start
    while d < end:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n += 1
    return n


def add_workdays(start: dt.date, n: int) -> dt.date:
    """The date on which a period of ``n`` working days counted from ``start`` ends."""
    d = start
    while n:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d


# --------------------------------------------------------------------------- money

_UP = "零壹贰叁肆伍陆柒捌玖"


def rmb_upper(amount: int) -> str:
    """Integer yuan to 大写, e.g. 5500 -> 伍仟伍佰元整, 20510 -> 贰万零伍佰壹拾元整."""
    if amount == 0:
        return "零元整"

    def four(n: int) -> str:
        out, zero = "", False
        for unit, div in (("仟", 1000), ("佰", 100), ("拾", 10), ("", 1)):
            dgt = n // div % 10
            if dgt:
                if zero:
                    out += "零"
                    zero = False
                out += _UP[dgt] + unit
            elif out:
                zero = True
        return out

    wan, rest = divmod(amount, 10000)
    s = ""
    if wan:
        s = four(wan) + "万"
        if rest and rest < 1000:
            s += "零"
    if rest:
        s += four(rest)
    return s + "元整"


def yuan(amount: int) -> str:
    return f"{amount:,}"


# --------------------------------------------------------------------------- volumes


@dataclass
class Doc:
    """One document of a volume: a standard title for the 目录 and its page bodies."""

    title: str  # as listed in the 卷内目录
    date: dt.date | None
    pages: list[str]
    number: str = ""  # 文号 when the document has one
    key: str = ""  # short id used by the checks
    first: int = 0  # filled by Volume.paginate
    last: int = 0


@dataclass
class Volume:
    case_id: str
    docs: list[Doc] = field(default_factory=list)
    toc_offsets: dict[str, int | tuple[int, int]] = field(default_factory=dict)  # planted 目录 errors (ARCH-01)

    def add(self, title: str, date: dt.date | None, pages: list[str] | str, number: str = "",
            key: str = "") -> Doc:
        doc = Doc(title, date, [pages] if isinstance(pages, str) else list(pages), number, key)
        self.docs.append(doc)
        return doc

    def paginate(self) -> None:
        n = 0
        for doc in self.docs:
            doc.first = n + 1
            n += len(doc.pages)
            doc.last = n

    @property
    def page_count(self) -> int:
        return sum(len(d.pages) for d in self.docs)

    def toc_range(self, doc: Doc) -> tuple[int, int]:
        """The page range the 卷内目录 states for ``doc`` (differs only where a defect is planted)."""
        off = self.toc_offsets.get(doc.key, 0)
        a, b = (off, off) if isinstance(off, int) else off
        return doc.first + a, doc.last + b

    def manifest(self) -> dict:
        return {
            "case_id": self.case_id,
            "pages": self.page_count,
            "docs": [
                {"key": d.key, "title": d.title, "first": d.first, "last": d.last,
                 "toc": list(self.toc_range(d)), "number": d.number,
                 "date": d.date.isoformat() if d.date else None}
                for d in self.docs
            ],
        }


def range_text(a: int, b: int, sep: str = "-") -> str:
    return str(a) if a == b else f"{a}{sep}{b}"

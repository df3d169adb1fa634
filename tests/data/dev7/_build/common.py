"""Shared helpers for the dev7 corpus builders: check digits, dates, money, page assembly."""
from __future__ import annotations

import datetime as _dt
from pathlib import Path

import chinese_calendar as _cc

HERE = Path(__file__).resolve().parent
OUT = HERE.parent  # tests/data/dev7

# ---------------------------------------------------------------- check digits
_USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_val(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10


def org_check(body8: str) -> str:
    """GB 11714 check character for an 8-character organisation code body."""
    s = sum(_org_val(c) * w for c, w in zip(body8, _ORG_W))
    c = 11 - s % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def uscc(prefix8: str, org8: str) -> str:
    """Build a GB 32100 unified social credit code from 登记管理部门+类别+区划 (8) and an org body (8)."""
    body = prefix8 + org8 + org_check(org8)
    s = sum(_USCC.index(c) * w for c, w in zip(body, _USCC_W))
    c = (31 - s % 31) % 31
    return body + _USCC[c]


def uscc_ok(code: str) -> bool:
    if len(code) != 18 or any(c not in _USCC for c in code):
        return False
    s = sum(_USCC.index(c) * w for c, w in zip(code[:17], _USCC_W))
    return _USCC[(31 - s % 31) % 31] == code[17] and org_check(code[8:16]) == code[16]


_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(first17: str) -> str:
    """GB 11643 citizen ID number from its first 17 digits."""
    s = sum(int(c) * w for c, w in zip(first17, _ID_W))
    return first17 + "10X98765432"[s % 11]


def id_ok(num: str) -> bool:
    return len(num) == 18 and num[:17].isdigit() and id_number(num[:17]) == num


# ---------------------------------------------------------------- dates
def d(s: str) -> _dt.date:
    return _dt.date.fromisoformat(s)


def is_wd(x: _dt.date) -> bool:
    return _cc.is_workday(x)


def wd_between(a: str, b: str) -> int:
    """Working days after date a up to and including date b."""
    x, y = d(a), d(b)
    n = 0
    while x < y:
        x += _dt.timedelta(days=1)
        n += is_wd(x)
    return n


def add_wd(a: str, n: int) -> str:
    """The n-th working day after date a."""
    x = d(a)
    while n:
        x += _dt.timedelta(days=1)
        if is_wd(x):
            n -= 1
    return x.isoformat()


def days_between(a: str, b: str) -> int:
    return (d(b) - d(a)).days


_CN_DIG = "〇一二三四五六七八九"


def _cn_num(n: int) -> str:
    if n < 10:
        return "〇一二三四五六七八九"[n] if n else "〇"
    t, u = divmod(n, 10)
    s = ("" if t == 1 else _CN_DIG[t]) + "十"
    return s + (_CN_DIG[u] if u else "")


def cn_date(iso: str) -> str:
    """2019-07-29 -> 二〇一九年七月二十九日 (old-style capital date)."""
    y, m, dd = iso.split("-")
    return "".join(_CN_DIG[int(c)] for c in y) + "年" + _cn_num(int(m)) + "月" + _cn_num(int(dd)) + "日"


def cn_time(h: int, m: int) -> str:
    return _cn_num(h).replace("〇", "零") + "时" + (_cn_num(m) + "分" if m else "")


def ymd(iso: str) -> str:
    """2022-07-05 -> 2022年7月5日."""
    y, m, dd = iso.split("-")
    return f"{int(y)}年{int(m)}月{int(dd)}日"


def ymd0(iso: str) -> str:
    """2022-07-05 -> 2022年07月05日."""
    y, m, dd = iso.split("-")
    return f"{y}年{m}月{dd}日"


# ---------------------------------------------------------------- money
_UP = "零壹贰叁肆伍陆柒捌玖"


def _four(n: int) -> str:
    units = ["仟", "佰", "拾", ""]
    digits = f"{n:04d}"
    out, zero = "", False
    for dgt, u in zip(digits, units):
        v = int(dgt)
        if v == 0:
            zero = bool(out)
        else:
            if zero:
                out += "零"
                zero = False
            out += _UP[v] + u
    return out


def rmb_upper(amount: int) -> str:
    """Integer yuan to 大写, e.g. 34320 -> 叁万肆仟叁佰贰拾元整."""
    if amount == 0:
        return "零元整"
    yi, rest = divmod(amount, 100_000_000)
    wan, ge = divmod(rest, 10_000)
    parts = []
    if yi:
        parts.append(_four(yi) + "亿")
    if wan:
        if yi and wan < 1000:
            parts.append("零")
        parts.append(_four(wan) + "万")
    elif yi and ge:
        parts.append("零")
    if ge:
        if (yi or wan) and ge < 1000 and not (parts and parts[-1] == "零"):
            parts.append("零")
        parts.append(_four(ge))
    return "".join(parts) + "元整"


def money(n: int) -> str:
    return f"{n:,}"


# ---------------------------------------------------------------- text volumes
class Doc:
    """One document of a case volume: title for the 目录, 文号, date, pages of text."""

    def __init__(self, title: str, pages: list[str], number: str = "", date: str = "", duty: str = ""):
        self.title, self.pages, self.number, self.date, self.duty = title, pages, number, date, duty


def page_ranges(docs: list[Doc], first: int = 2) -> list[tuple[int, int]]:
    out, p = [], first
    for doc in docs:
        out.append((p, p + len(doc.pages) - 1))
        p += len(doc.pages)
    return out


def fmt_range(a: int, b: int, sep: str = "-") -> str:
    return str(a) if a == b else f"{a}{sep}{b}"


def write_text(path: Path, text: str, encoding: str) -> None:
    path.write_bytes(text.encode(encoding))


def pmap(docs: list[Doc], rng: list[tuple[int, int]]) -> dict[str, str]:
    """Title -> '第a页' / '第a–b页' for notes."""
    out = {}
    for doc, (a, b) in zip(docs, rng):
        out[doc.title] = f"第{a}页" if a == b else f"第{a}–{b}页"
    return out


def assemble(toc: str, docs: list[Doc], footer, sep: str = "\f") -> tuple[str, int]:
    """Join the 目录 page and all document pages, each page closed by footer(n, total)."""
    pages = [toc] + [p for doc in docs for p in doc.pages]
    total = len(pages)
    out = []
    for n, p in enumerate(pages, 1):
        p = p.replace("{TOTAL_PAGES}", str(total))
        out.append(p.rstrip("\n") + "\n" + footer(n, total))
    return sep.join(out), total

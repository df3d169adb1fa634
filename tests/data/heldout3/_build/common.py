"""Shared helpers for the heldout3 builders: check characters, Chinese dates and amounts,
working days, and assembly of a text volume (cover, 卷内目录 from real page ranges, 备考表)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import chinese_calendar

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def uscc(first17: str) -> str:
    """Complete a 统一社会信用代码 with its GB 32100 check character."""
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W))
    return first17 + USCC_CHARS[(31 - s % 31) % 31]


def uscc_ok(code: str) -> bool:
    return len(code) == 18 and uscc(code[:17]) == code


def idno(first17: str) -> str:
    """Complete a 身份证号 with its GB 11643 check digit."""
    s = sum(int(c) * w for c, w in zip(first17, ID_W))
    return first17 + "10X98765432"[s % 11]


def idno_ok(code: str) -> bool:
    return len(code) == 18 and idno(code[:17]) == code


CN_DIGITS = "〇一二三四五六七八九"


def _cn_small(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n - 10] if n > 10 else "")
    return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")


def cn_date(d: dt.date, zero: str = "〇") -> str:
    """二〇一九年五月十日 (zero may be ○ or 零 as some offices write it)."""
    y = "".join(CN_DIGITS[int(c)] for c in str(d.year)).replace("〇", zero)
    return f"{y}年{_cn_small(d.month)}月{_cn_small(d.day)}日"


def ar_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def dot_date(d: dt.date) -> str:
    return f"{d.year}.{d.month}.{d.day}"


_UP = "零壹贰叁肆伍陆柒捌玖"


def upper_yuan(n: int) -> str:
    """Capital form of a whole-yuan amount: 伍万元整, 壹拾贰万元整, 叁仟陆佰元整."""
    if n == 0:
        return "零元整"
    units = ["", "拾", "佰", "仟"]
    def four(x: int) -> str:
        out, zero = "", False
        for i in range(3, -1, -1):
            dgt = x // 10**i % 10
            if dgt:
                if zero:
                    out += "零"
                    zero = False
                out += _UP[dgt] + units[i]
            elif out:
                zero = True
        return out
    wan, rest = divmod(n, 10000)
    s = ""
    if wan:
        s = four(wan) + "万"
        if rest and rest < 1000:
            s += "零"
    if rest:
        s += four(rest)
    return s + "元整"


def is_workday(d: dt.date) -> bool:
    return chinese_calendar.is_workday(d)


def add_workdays(d: dt.date, n: int) -> dt.date:
    """The n-th working day after d."""
    cur = d
    while n:
        cur += dt.timedelta(days=1)
        if is_workday(cur):
            n -= 1
    return cur


def workdays_after(a: dt.date, b: dt.date) -> int:
    """Number of working days in (a, b]."""
    n, cur = 0, a
    while cur < b:
        cur += dt.timedelta(days=1)
        if is_workday(cur):
            n += 1
    return n


@dataclass
class Doc:
    """One document of a volume: its title as listed in the 卷内目录, date, and page texts."""

    title: str
    date: str
    pages: list[str]
    number: str = ""
    first: int = 0
    last: int = 0


@dataclass
class Volume:
    """A text volume: cover and 卷内目录 unnumbered, documents numbered from 1, 备考表 unnumbered."""

    cover: str
    docs: list[Doc]
    footer: str = "第{p}页 共{n}页"  # or "- {p} -", "{p}/{n}", "" for none
    backnote: str = ""
    toc_title: str = "卷 内 目 录"
    toc_overrides: dict[int, tuple[int, int]] = field(default_factory=dict)

    def paginate(self) -> int:
        p = 1
        for d in self.docs:
            d.first = p
            p += len(d.pages)
            d.last = p - 1
        return p - 1

    def toc(self) -> str:
        lines = [f"{self.toc_title:^40}", "", "序号\t文件名称\t文号\t日期\t页号"]
        for i, d in enumerate(self.docs, 1):
            first, last = self.toc_overrides.get(i, (d.first, d.last))
            rng = f"{first}" if first == last else f"{first}-{last}"
            lines.append(f"{i}\t{d.title}\t{d.number or '—'}\t{d.date}\t{rng}")
        lines.append("")
        lines.append("（以下空白）")
        return "\n".join(lines)

    def render(self) -> str:
        total = self.paginate()
        pages = [self.cover, self.toc()]
        for d in self.docs:
            for i, text in enumerate(d.pages):
                p = d.first + i
                foot = self.footer.format(p=p, n=total) if self.footer else ""
                pages.append(text.rstrip("\n") + ("\n\n" + f"{foot:>60}" if foot else "") + "\n")
        if self.backnote:
            pages.append(self.backnote.replace("{ndocs}", str(len(self.docs))).replace("{npages}", str(total)))
        return "\f".join(pages)

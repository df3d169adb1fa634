"""Shared helpers for the heldout31 builders: check characters, dates, amounts, volume assembly, renderers.

Document markup used in the case modules (one string per page):
  '@C text'  centred title line          '@R text'  right-aligned line
  '|a|b|'    table row (consecutive rows form one table)
  '{{SEAL}}' the agency seal; renderers draw it (PDF/scan) or print the case's seal marker (text)
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import subprocess

import chinese_calendar


def font_file(family: str) -> str:
    """Locate an installed font through fontconfig (no hard-coded paths)."""
    return subprocess.run(["fc-match", "-f", "%{file}", family], capture_output=True, text=True, check=True).stdout

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CCW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(first17: str) -> str:
    """Append the GB 32100 check character."""
    s = sum(_CC.index(c) * w for c, w in zip(first17, _CCW))
    return first17 + _CC[(31 - s % 31) % 31]


def credit_ok(code: str) -> bool:
    return len(code) == 18 and credit_code(code[:17]) == code


def id_number(first17: str) -> str:
    """Append the GB 11643 check digit."""
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(first17, w))
    return first17 + "10X98765432"[s % 11]


def id_ok(code: str) -> bool:
    return len(code) == 18 and id_number(code[:17]) == code


_D = "〇一二三四五六七八九"


def _num_cn(n: int) -> str:
    if n < 10:
        return _D[n]
    if n < 20:
        return "十" + (_D[n % 10] if n % 10 else "")
    return _D[n // 10] + "十" + (_D[n % 10] if n % 10 else "")


def cn_date(d: dt.date) -> str:
    """二〇二二年六月十五日"""
    return "".join(_D[int(c)] for c in str(d.year)) + "年" + _num_cn(d.month) + "月" + _num_cn(d.day) + "日"


def ar_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def is_wd(d: dt.date) -> bool:
    return chinese_calendar.is_workday(d)


def wd_after(start: dt.date, end: dt.date) -> int:
    """Working days after start up to and including end."""
    n, d = 0, start
    while d < end:
        d += dt.timedelta(days=1)
        n += is_wd(d)
    return n


def wd_add(start: dt.date, k: int) -> dt.date:
    """The k-th working day after start."""
    d = start
    while k:
        d += dt.timedelta(days=1)
        k -= is_wd(d)
    return d


_U = "零壹贰叁肆伍陆柒捌玖"


def upper_yuan(n: int) -> str:
    """Integer yuan in 大写, e.g. 壹拾贰万元整."""
    units = ["", "拾", "佰", "仟"]
    def four(x: int) -> str:
        s, zero = "", False
        for i in range(3, -1, -1):
            q = x // 10 ** i % 10
            if q:
                if zero:
                    s += "零"
                s += _U[q] + units[i]
                zero = False
            elif s:
                zero = True
        return s
    if n == 0:
        return "零元整"
    wan, rest = divmod(n, 10000)
    s = ""
    if wan:
        s = four(wan) + "万"
        if rest and rest < 1000:
            s += "零"
    if rest:
        s += four(rest)
    return s + "元整"


class Doc:
    """One document of a volume: title for the 目录, pages of markup text."""

    def __init__(self, title: str, pages: list[str], numbered: bool = True, date: str = ""):
        self.title, self.pages, self.numbered, self.date = title, pages, numbered, date
        self.first = self.last = 0


def paginate(docs: list[Doc]) -> int:
    n = 0
    for d in docs:
        if d.numbered:
            d.first = n + 1
            n += len(d.pages)
            d.last = n
    return n


def toc_rows(docs: list[Doc], sep: str = "|") -> list[str]:
    rows = []
    i = 0
    for d in docs:
        if not d.numbered:
            continue
        i += 1
        pr = f"{d.first}" if d.first == d.last else f"{d.first}-{d.last}"
        rows.append(f"|{i}|{d.title}|{d.date}|{pr}|")
    return rows


def text_page(page: str, seal: str) -> str:
    """Markup → plain text lines (for .txt outputs)."""
    out = []
    for ln in page.split("\n"):
        if ln.startswith("@C "):
            out.append(" " * 12 + ln[3:])
        elif ln.startswith("@R "):
            out.append(" " * 30 + ln[3:])
        else:
            out.append(ln)
    return "\n".join(out).replace("{{SEAL}}", seal)


def pages_of(docs: list[Doc]) -> list[tuple[Doc, str, int | None]]:
    out = []
    for d in docs:
        for k, p in enumerate(d.pages):
            out.append((d, p, d.first + k if d.numbered else None))
    return out

"""Shared helpers for the heldout37 corpus builders (hand-written cases, writer 39).

Markup used inside page texts (one line each):
  @c text   centred line (titles)        @C text  centred, large (document title)
  @r text   right-aligned line (文号, 日期, 落款)
  @t a|b|c  one row of a form table (cells split on '|')
  @seal     place of the agency seal on scanned pages (text renderers print nothing)
Other lines are body text, wrapped by the renderer.
"""
from __future__ import annotations

import datetime as dt
import os
import re

import chinese_calendar

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

D = dt.date

# ---------------------------------------------------------------- identifiers
_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CCW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(body17: str) -> str:
    """统一社会信用代码 with its GB 32100 check character."""
    s = sum(_CC.index(ch) * w for ch, w in zip(body17, _CCW))
    return body17 + _CC[(31 - s % 31) % 31]


def credit_ok(code: str) -> bool:
    return len(code) == 18 and all(c in _CC for c in code) and credit_code(code[:17]) == code


_IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(body17: str) -> str:
    """身份证号 with its GB 11643 check digit."""
    s = sum(int(c) * w for c, w in zip(body17, _IDW))
    return body17 + "10X98765432"[s % 11]


def id_ok(num: str) -> bool:
    return len(num) == 18 and num[:17].isdigit() and id_number(num[:17]) == num


# ---------------------------------------------------------------- calendar
def is_wd(d: dt.date) -> bool:
    return chinese_calendar.is_workday(d)


def wd_add(d: dt.date, n: int) -> dt.date:
    """The n-th working day after d."""
    while n > 0:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def wd_between(a: dt.date, b: dt.date) -> int:
    """Working days after a up to and including b."""
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


# ---------------------------------------------------------------- Chinese text
_DIG = "〇一二三四五六七八九"


def cn_date(d: dt.date) -> str:
    def small(n: int) -> str:
        if n < 10:
            return "〇一二三四五六七八九"[n]
        t, u = divmod(n, 10)
        return ("" if t == 1 else _DIG[t]) + "十" + ("" if u == 0 else _DIG[u])
    return "".join(_DIG[int(c)] for c in str(d.year)) + "年" + small(d.month) + "月" + small(d.day) + "日"


def ar_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def dot_date(d: dt.date) -> str:
    return f"{d.year}.{d.month}.{d.day}"


def money_upper(n: int) -> str:
    """Integer yuan in 大写, e.g. 132000 -> 壹拾叁万贰仟元整."""
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]

    def four(x: int) -> str:
        s, zero = "", False
        for i in range(3, -1, -1):
            q = x // (10 ** i) % 10
            if q == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += digits[q] + units[i]
        return s
    if n == 0:
        return "零元整"
    wan, rest = divmod(n, 10000)
    s = ""
    if wan:
        s = four(wan) + "万"
        if rest and rest < 1000:
            s += "零"
    s += four(rest)
    return s + "元整"


# ---------------------------------------------------------------- volume assembly
class Doc:
    def __init__(self, title: str, pages: list[str], fname: str | None = None, numbered: bool = True):
        self.title = title
        self.pages = [p.strip("\n") for p in pages]
        self.fname = fname or title
        self.numbered = numbered
        self.first = self.last = None


def paginate(docs: list[Doc]) -> int:
    n = 0
    for d in docs:
        if not d.numbered:
            continue
        d.first = n + 1
        n += len(d.pages)
        d.last = n
    return n


def catalogue(docs: list[Doc], head: list[str], style: str = "tab", override: dict | None = None) -> str:
    """卷内目录 built from the real page ranges (override lets a case misstate one on purpose)."""
    override = override or {}
    rows = []
    for i, d in enumerate([x for x in docs if x.numbered], 1):
        rng = override.get(d.title) or (f"{d.first}" if d.first == d.last else f"{d.first}-{d.last}")
        rows.append((str(i), d.title, rng))
    lines = list(head)
    if style == "tab":
        lines.append("@t 序号|文件材料名称|页号")
        lines += [f"@t {a}|{b}|{c}" for a, b, c in rows]
    else:
        lines += [f"{a}. {b} …………………… 第{c}页" for a, b, c in rows]
    return "\n".join(lines)


def footer(style: str, n: int, total: int) -> str:
    return {"of": f"第{n}页 共{total}页", "dash": f"- {n} -", "slash": f"{n}/{total}", "none": ""}[style]


# ---------------------------------------------------------------- plain-text rendering
def _w(s: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)


def to_plain(page: str, table: str = "tab", width: int = 72) -> str:
    out = []
    rows: list[list[str]] = []

    def flush():
        if not rows:
            return
        if table == "tab":
            out.extend("\t".join(r) for r in rows)
        elif table == "kv":
            for r in rows:
                if len(r) == 2:
                    out.append(f"{r[0]}：{r[1]}")
                else:
                    out.append("；".join(r))
        else:  # box characters
            for r in rows:
                out.append("│" + "│".join(r) + "│")
        rows.clear()

    for line in page.split("\n"):
        if line.startswith("@t "):
            rows.append([c.strip() for c in line[3:].split("|")])
            continue
        flush()
        if line.startswith("@seal"):
            continue
        if line.startswith("@C ") or line.startswith("@c "):
            t = line[3:]
            out.append(" " * max(0, (width - _w(t)) // 2) + t)
        elif line.startswith("@r "):
            t = line[3:]
            out.append(" " * max(0, width - _w(t)) + t)
        else:
            out.append(line)
    flush()
    return "\n".join(out)


def write_text(path: str, pages: list[str], encoding: str = "utf-8", sep: str = "\f\n"):
    with open(path, "w", encoding=encoding, newline="\n") as f:
        f.write(sep.join(pages) + "\n")

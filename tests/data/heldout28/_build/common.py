"""Shared helpers for the heldout28 builders: check characters, working days, Chinese dates, volume assembly."""
import datetime as dt
from pathlib import Path

import chinese_calendar

OUT = Path(__file__).resolve().parent.parent  # tests/data/heldout28

_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CCW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(first17: str) -> str:
    """Complete a 统一社会信用代码 with its GB 32100 check character."""
    s = sum(_CC.index(c) * w for c, w in zip(first17, _CCW))
    return first17 + _CC[(31 - s % 31) % 31]


def credit_ok(code: str) -> bool:
    return len(code) == 18 and credit_code(code[:17]) == code


_IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(first17: str) -> str:
    """Complete a 身份证号 with its GB 11643 check digit."""
    s = sum(int(c) * w for c, w in zip(first17, _IDW))
    return first17 + "10X98765432"[s % 11]


def id_ok(num: str) -> bool:
    return len(num) == 18 and id_number(num[:17]) == num


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def is_wd(d: dt.date) -> bool:
    return chinese_calendar.is_workday(d)


def wd_between(a: dt.date, b: dt.date) -> int:
    """Working days after a up to and including b."""
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        n += is_wd(d)
    return n


def add_wd(a: dt.date, n: int) -> dt.date:
    d = a
    while n:
        d += dt.timedelta(days=1)
        n -= is_wd(d)
    return d


_N = "〇一二三四五六七八九"


def _cn_num(n: int) -> str:
    if n < 10:
        return _N[n]
    if n < 20:
        return "十" + (_N[n % 10] if n % 10 else "")
    return _N[n // 10] + "十" + (_N[n % 10] if n % 10 else "")


def cn_date(d) -> str:
    """2023-05-10 -> 二〇二三年五月十日"""
    d = D(d) if isinstance(d, str) else d
    return "".join(_N[int(c)] for c in str(d.year)) + "年" + _cn_num(d.month) + "月" + _cn_num(d.day) + "日"


def ar_date(d) -> str:
    d = D(d) if isinstance(d, str) else d
    return f"{d.year}年{d.month}月{d.day}日"


def dot_date(d) -> str:
    d = D(d) if isinstance(d, str) else d
    return f"{d.year}.{d.month}.{d.day}"


_DX = "零壹贰叁肆伍陆柒捌玖"


def daxie(n: int) -> str:
    """Integer yuan amount in 大写, e.g. 46440 -> 肆万陆仟肆佰肆拾元整."""
    units = ["", "拾", "佰", "仟"]
    def four(x):
        s, zero = "", False
        for i in range(3, -1, -1):
            q = x // 10 ** i % 10
            if q:
                if zero and s:
                    s += "零"
                s += _DX[q] + units[i]
                zero = False
            else:
                zero = True
        return s
    wan, rest = divmod(n, 10000)
    s = (four(wan) + "万") if wan else ""
    if rest:
        if wan and rest < 1000:
            s += "零"
        s += four(rest)
    return s + "元整"


def assemble(docs):
    """docs: list of (title, date_text, pages[list of str]). Returns (numbered pages, catalogue rows).

    Page numbers run over the documents only; the 卷内目录 and 备考表 are not numbered.
    """
    pages, rows, p = [], [], 1
    for i, (title, date_text, dpages) in enumerate(docs, 1):
        first = p
        for body in dpages:
            pages.append((p, title, body))
            p += 1
        last = p - 1
        rows.append((i, title, date_text, f"{first}-{last}" if last > first else str(first)))
    return pages, rows


def find_font(filename: str) -> str:
    """Locate an installed font file by name through fontconfig (fc-list), so no path is hard-coded."""
    import subprocess
    out = subprocess.run(["fc-list", ":", "file"], capture_output=True, text=True).stdout
    for line in out.splitlines():
        path = line.split(":")[0].strip()
        if path.endswith("/" + filename):
            return path
    raise FileNotFoundError(f"font {filename} not installed (fc-list)")

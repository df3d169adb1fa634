"""Shared helpers for the dev4 corpus: check characters, working days, volume assembly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import chinese_calendar

CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
OUT = Path(__file__).resolve().parent.parent


def credit_code(base17: str) -> str:
    """Append the GB 32100 check character to a 17-character base."""
    s = sum(CC_CHARS.index(c) * w for c, w in zip(base17, CC_W, strict=True))
    return base17 + CC_CHARS[(31 - s % 31) % 31]


def credit_ok(code: str) -> bool:
    return len(code) == 18 and credit_code(code[:17]) == code


def id_number(base17: str) -> str:
    """Append the GB 11643 check digit to a 17-digit base."""
    s = sum(int(c) * w for c, w in zip(base17, ID_W, strict=True))
    return base17 + "10X98765432"[s % 11]


def id_ok(code: str) -> bool:
    return len(code) == 18 and id_number(code[:17]) == code


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def workdays_after(start: str, end: str) -> int:
    """Working days after `start` up to and including `end`."""
    a, b = d(start), d(end)
    n = 0
    cur = a
    while cur < b:
        cur += dt.timedelta(days=1)
        if chinese_calendar.is_workday(cur):
            n += 1
    return n


def add_workdays(start: str, n: int) -> str:
    cur = d(start)
    while n:
        cur += dt.timedelta(days=1)
        if chinese_calendar.is_workday(cur):
            n -= 1
    return cur.isoformat()


CN_DIG = "〇一二三四五六七八九"


def cn_date(iso: str) -> str:
    """2023-05-10 -> 二〇二三年五月十日."""
    y, m, dd = iso.split("-")

    def num(v: int) -> str:
        if v < 10:
            return CN_DIG[v]
        if v == 10:
            return "十"
        if v < 20:
            return "十" + CN_DIG[v - 10]
        return CN_DIG[v // 10] + "十" + (CN_DIG[v % 10] if v % 10 else "")

    return "".join(CN_DIG[int(c)] for c in y) + "年" + num(int(m)) + "月" + num(int(dd)) + "日"


def ar_date(iso: str) -> str:
    y, m, dd = iso.split("-")
    return f"{int(y)}年{int(m)}月{int(dd)}日"


def dot_date(iso: str) -> str:
    y, m, dd = iso.split("-")
    return f"{int(y)}.{int(m)}.{int(dd)}"


def footer(style: str, n: int, total: int) -> str:
    if style == "of":
        return f"第{n}页 共{total}页"
    if style == "dash":
        return f"- {n} -"
    if style == "slash":
        return f"{n}/{total}"
    return ""


def paginate(docs: list[tuple[str, list[str]]]) -> tuple[list[tuple[str, int, int]], int]:
    """Page ranges per document (1-based, numbering only the documents)."""
    ranges, p = [], 1
    for title, pages in docs:
        ranges.append((title, p, p + len(pages) - 1))
        p += len(pages)
    return ranges, p - 1


def toc(case_name: str, ranges: list[tuple[str, int, int]], style: str = "tab") -> str:
    lines = ["卷 内 目 录", "", f"案卷名称：{case_name}", ""]
    if style == "tab":
        lines.append("序号\t文件名称\t页号")
        for i, (t, a, b) in enumerate(ranges, 1):
            lines.append(f"{i}\t{t}\t{a}-{b}" if a != b else f"{i}\t{t}\t{a}")
    else:
        lines.append("┌────┬──────────────────────────┬────────┐")
        lines.append("│序号│文件名称                  │页次    │")
        for i, (t, a, b) in enumerate(ranges, 1):
            pg = f"{a}-{b}" if a != b else f"{a}"
            lines.append(f"│{i:<4}│{t:<26}│{pg:<8}│")
        lines.append("└────┴──────────────────────────┴────────┘")
    return "\n".join(lines)


def assemble(
    docs: list[tuple[str, list[str]]],
    case_name: str,
    foot: str = "of",
    toc_style: str = "tab",
    cover: str | None = None,
    back: str | None = None,
    toc_ranges: list[tuple[str, int, int]] | None = None,
) -> str:
    """One volume: cover, 卷内目录 and 备考表 unnumbered; document pages numbered."""
    ranges, total = paginate(docs)
    out = []
    if cover:
        out.append(cover)
    out.append(toc(case_name, toc_ranges or ranges, toc_style))
    n = 0
    for _title, pages in docs:
        for pg in pages:
            n += 1
            f = footer(foot, n, total)
            out.append(pg.rstrip("\n") + ("\n\n" + f.rjust(40) if f else ""))
    if back:
        out.append(back)
    return "\f".join(out) + "\n"


def write_single(case_id: str, text: str, encoding: str = "utf-8") -> Path:
    p = OUT / f"{case_id}.txt"
    p.write_bytes(text.encode(encoding))
    return p


def write_folder(case_id: str, docs: list[tuple[str, list[str]]], toc_text: str | None = None) -> Path:
    folder = OUT / case_id
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    items = list(docs)
    i0 = 0
    if toc_text:
        (folder / "00_卷内目录.txt").write_text(toc_text + "\n", encoding="utf-8")
        i0 = 1
    n = 0
    for i, (title, pages) in enumerate(items, i0):
        name = f"{i:02d}_{title}.txt"
        numbered = []
        for pg in pages:
            n += 1
            numbered.append(pg.rstrip("\n") + "\n\n" + f"- {n} -".rjust(40))
        (folder / name).write_text("\f".join(numbered) + "\n", encoding="utf-8")
    return folder

"""Shared helpers for the hand-written dev3 corpus: check characters, working days, volume assembly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import chinese_calendar

OUT = Path(__file__).resolve().parent.parent
_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_CN = "〇一二三四五六七八九"


def credit_code(body17: str) -> str:
    """Return the 18-character 统一社会信用代码 with its GB 32100 check character."""
    total = sum(_CC.index(c) * w for c, w in zip(body17, _CC_W))
    return body17 + _CC[(31 - total % 31) % 31]


def credit_ok(code: str) -> bool:
    return len(code) == 18 and credit_code(code[:17]) == code


def id_number(body17: str) -> str:
    """Return the 18-digit 身份证号 with its GB 11643 check digit."""
    total = sum(int(c) * w for c, w in zip(body17, _ID_W))
    return body17 + "10X98765432"[total % 11]


def id_ok(code: str) -> bool:
    return len(code) == 18 and id_number(code[:17]) == code


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def workdays_after(start: str, end: str) -> int:
    """Working days counted after ``start`` up to and including ``end`` (APL Art 85)."""
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


def cn_num(n: int) -> str:
    if n < 10:
        return "〇一二三四五六七八九"[n] if n else "〇"
    tens, ones = divmod(n, 10)
    s = ("" if tens == 1 else _CN[tens]) + "十"
    return s + (_CN[ones] if ones else "")


def cn_date(s: str) -> str:
    """'2023-05-10' -> '二〇二三年五月十日'."""
    x = d(s)
    year = "".join(_CN[int(c)] for c in str(x.year))
    return f"{year}年{cn_num(x.month)}月{cn_num(x.day)}日"


def ar_date(s: str) -> str:
    x = d(s)
    return f"{x.year}年{x.month}月{x.day}日"


def dot_date(s: str) -> str:
    x = d(s)
    return f"{x.year}.{x.month}.{x.day}"


def footer(style: str, page: int, total: int) -> str:
    if style == "of":
        return f"第{page}页 共{total}页"
    if style == "dash":
        return f"- {page} -"
    if style == "slash":
        return f"{page}/{total}"
    return ""


def number_pages(docs: list[dict], first: int = 1) -> None:
    """Give each document its page range (``docs[i]['pages']`` = [first, last])."""
    p = first
    for doc in docs:
        n = len(doc["body"])
        doc["pages"] = [p, p + n - 1]
        p += n


def catalogue(docs: list[dict], title: str, case_name: str, sep: str = "\t", override: dict | None = None) -> str:
    """卷内目录 from the real page ranges (``override`` maps index -> range text, for ARCH-01)."""
    override = override or {}
    rows = [title, f"案卷名称：{case_name}", "", sep.join(["序号", "文件名称", "文号", "日期", "页号"])]
    for i, doc in enumerate(docs, 1):
        a, b = doc["pages"]
        rng = override.get(i, f"{a}-{b}" if a != b else f"{a}")
        rows.append(sep.join([str(i), doc["name"], doc.get("no", "") or "", doc.get("date", ""), rng]))
    return "\n".join(rows)


def volume(
    docs: list[dict],
    style: str,
    cover: str | None = None,
    cat: str | None = None,
    back: str | None = None,
) -> str:
    """Join cover, 目录 (unnumbered), numbered document pages and 备考表 (unnumbered) with form feeds."""
    total = sum(len(x["body"]) for x in docs)
    pages: list[str] = []
    if cover:
        pages.append(cover.strip("\n"))
    if cat:
        pages.append(cat.strip("\n"))
    for doc in docs:
        for k, body in enumerate(doc["body"]):
            num = doc["pages"][0] + k
            foot = footer(style, num, total)
            text = body.strip("\n")
            pages.append(text + ("\n\n" + foot if foot else ""))
    if back:
        pages.append(back.strip("\n"))
    return "\n\f".join(pages) + "\n"


def write_file(case_id: str, text: str, encoding: str = "utf-8") -> Path:
    path = OUT / f"{case_id}.txt"
    path.write_bytes(text.encode(encoding))
    return path


def write_folder(case_id: str, files: list[tuple[str, str]]) -> Path:
    folder = OUT / case_id
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    for name, text in files:
        (folder / name).write_text(text, encoding="utf-8")
    return folder

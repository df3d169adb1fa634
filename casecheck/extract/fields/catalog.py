"""Rows of a 卷内目录: 序号, 文书名称, 页码 a-b (table cells or whitespace separated)."""

from __future__ import annotations

import re

ROW = re.compile(
    r"^\s*\|?\s*(?P<n>\d{1,3})\s*[|.、．\s]\s*(?P<title>[^|\n\d]{2,40}?)\s*(?:[|\s]+[^|\n]{0,30}?)??"
    r"[|\s]+(?P<a>\d{1,4})\s*(?:[-—–~～至]\s*(?P<b>\d{1,4}))?\s*\|?\s*$",
    re.M,
)


def catalog_rows(text: str) -> list[tuple[int, str, int, int, int, int]]:
    """``(number, title, first_page, last_page, start, end)`` for each row."""
    out = []
    for m in ROW.finditer(text):
        a = int(m.group("a"))
        b = int(m.group("b")) if m.group("b") else a
        out.append((int(m.group("n")), m.group("title").strip(), a, b, m.start("n"), m.end()))
    return out

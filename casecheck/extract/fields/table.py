"""Flattened tables: cells separated by ``|`` and line breaks (web copies of 公开表, 审批表).

``table_pairs`` maps header cells to the value cells of the first data row when a run of header
cells is followed by the same number of value cells (a ``序号`` row), and also reads
``label | value`` rows. Offsets of the values are kept for evidence. A tab-separated form (the
信用中国 公示 copy: ``处罚机关<TAB>某某局`` on each row) is read as ``label → value`` rows too.
"""

from __future__ import annotations

import re

Cell = tuple[str, int, int]
_CELL = re.compile(r"[^|\n]+")
_SPACE = re.compile(r"\s")
_SERIAL = re.compile(r"\d{1,3}")
_DIGIT = re.compile(r"\d")
_LABELLED = re.compile(r"([^:：]{2,12})[:：]\s*(\S.*)$")
_BOX_RULES = str.maketrans({"│": "|", "┃": "|", "｜": "|"})
# 处罚决定书文号<TAB>某罚〔2022〕1号: one label cell, tabs, one value cell, nothing else on the row
_TAB_ROW = re.compile(
    r"^[ \u3000]*([^\t\n|:：]{2,24}?)[ \u3000]*\t[ \t\u3000]*([^\t\n]*[^\s])[ \t\u3000]*$", re.M
)
_TAB_ROWS_MIN = 3  # a form has many rows; one tabbed line in a letter is no table


def tab_pairs(text: str) -> dict[str, Cell]:
    """Label → value cell of a tab-separated two-column form; empty when ``text`` is not one."""
    if "\t" not in text:
        return {}
    rows = list(_TAB_ROW.finditer(text))
    if len(rows) < _TAB_ROWS_MIN:
        return {}
    out: dict[str, Cell] = {}
    for m in rows:
        out.setdefault(_SPACE.sub("", m.group(1)), (m.group(2), m.start(2), m.end(2)))
    return out


def cells(text: str) -> list[Cell]:
    """Non-empty cells ``(text, start, end)`` of a ``|``-delimited text."""
    out: list[Cell] = []
    for m in _CELL.finditer(text):
        s = m.start()
        raw = m.group(0)
        lead = len(raw) - len(raw.lstrip())
        val = raw.strip()
        if val:
            out.append((val, s + lead, s + lead + len(val)))
    return out


def table_pairs(text: str) -> dict[str, Cell]:
    """Header → value cell for a flattened table; empty when ``text`` is not one."""
    if "│" in text or "┃" in text or "｜" in text:
        text = text.translate(_BOX_RULES)  # a box-drawn form (│当 事 人│张三│): same cells, same offsets
    if text.count("|") < 6:
        return tab_pairs(text)
    cs = cells(text)
    out: dict[str, Cell] = {}
    for i, (val, _, _) in enumerate(cs):
        if _SPACE.sub("", val) != "序号":
            continue
        j = i + 1
        while j < len(cs) and not _SERIAL.fullmatch(cs[j][0]):
            j += 1
        headers = cs[i + 1 : j]
        values = cs[j + 1 : j + 1 + len(headers)]
        if headers and len(values) == len(headers):
            for (h, _, _), v in zip(headers, values, strict=True):
                out.setdefault(_SPACE.sub("", h), v)
        break
    pos = k = 0
    for line in text.split("\n"):
        # |受送达人|某某公司| — a label cell and its value on one row: the row's cells are those of
        # ``cs`` on the line (no cell spans a line break), not a second scan of each line
        end = pos + len(line)
        first = k
        while k < len(cs) and cs[k][1] < end:
            k += 1
        row = cs[first:k] if line.count("|") >= 2 else []
        if len(row) >= 2 and len(row[0][0]) <= 12 and not _DIGIT.search(row[0][0]):
            key = _SPACE.sub("", row[0][0])
            out.setdefault(key, row[1])
        pos = end + 1
    for val, s, e in cs:
        m = _LABELLED.match(val)
        if m:
            out.setdefault(_SPACE.sub("", m.group(1)), (m.group(2), s + m.start(2), e))
    return out

"""A computation table's 合计 row against its own column (EVID-03): 货值计算表, 违法所得明细表.

Evidence tables list the items and close with a total row::

    商品名称⇥数量⇥单位⇥单价（元）⇥货值（元）
    电热水壶⇥10⇥个⇥45.00⇥450.00
    …
    合计⇥16⇥⇥⇥980.00

The total of a 货值/违法所得 column is reported as that kind's amount with ``computed`` — the sum
of the rows above it — so EVID-03 can compare them. Cells are separated by tabs, ``|`` or box
rules; a table needs a header naming the column, two or more numeric rows and a numeric total.
A non-numeric cell in the column (a note, a range) makes the column say nothing certain.

A PDF text layer parts a ruled table's cells by single spaces (and may wrap a header cell onto
the next line: ``每件多收（`` / ``元）``). Such a table is read when the column is the last one and
every row has as many cells as the header; a row that does not (an empty cell, a name holding a
space) makes the column say nothing certain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casecheck.extract.patterns import fast_compile

_SPLIT = fast_compile(r"\t|\s*[|│┃｜]\s*")
_NUMBER = fast_compile(r"[￥¥]?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*元?")
_SUBTOTAL = re.compile(r"小\s*计")
_TOTAL = fast_compile(r"^(?:合\s*计|总\s*计|共\s*计)")
# ``column_sum``: a column of money that names no kind (a 收款记录统计表's 金额（元）); its total is
# checked as the 违法所得/货值 a deciding document states with the same value (``amount_arithmetic``)
HEADERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("goods_value", re.compile(r"^货值(?:金额)?\s*(?:[（(]元[)）])?$")),
    ("illegal_gain", re.compile(r"^(?:违法所得|多收)(?:金额|价款|费用|款)?\s*(?:[（(]元[)）])?$")),
    (
        "column_sum",
        re.compile(
            r"^(?:(?:收款|收费|交易|销售|营业|经营)?金额|销售额|营业额|经营额|收入)\s*(?:[（(]元[)）])?$"
        ),
    ),
)
_NAMED = ("货值", "违法所得", "多收")  # one of them starts every named header
_UNNAMED = ("金额", "销售额", "营业额", "经营额", "收入")  # or of a column_sum
_OPEN = re.compile(r"[（(]")
_CLOSE = re.compile(r"[)）]")


@dataclass(frozen=True)
class ColumnTotal:
    """The total row's value of one column, what the rows above add up to, and its span."""

    kind: str
    value: float
    computed: float
    start: int
    end: int


def _cells(line: str) -> list[str]:
    return [c.strip() for c in _SPLIT.split(line.strip().strip("|│┃｜"))]


def _number(cell: str) -> float | None:
    m = _NUMBER.fullmatch(cell)
    return float(m.group(1).replace(",", "")) if m else None


def column_totals(text: str) -> list[ColumnTotal]:
    """Each 货值/违法所得 column total of a tab- or rule-separated table in ``text``."""
    out: list[ColumnTotal] = []
    if not any(w in text for w in _NAMED) and not ("合" in text and any(w in text for w in _UNNAMED)):
        return out  # no header cell (HEADERS) can start a column: nothing to total
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    header: tuple[str, int, int] | None = None  # (kind, column, number of cells)
    rows: list[float] = []
    clean = True
    for i, line in enumerate(lines):
        cells = _cells(line)
        if len(cells) < 2:
            header = None if not line.strip() and header and not rows else header
            continue
        for kind, rx in HEADERS:
            col = next((j for j, c in enumerate(cells) if rx.match(c)), None)
            if col is not None:
                header, rows, clean = (kind, col, len(cells)), [], True
                break
        else:
            if header is None:
                continue
            kind, col, width = header
            if len(cells) != width:
                # a total row aligned by spaces or fewer cells: its last cell is the last column's
                if not (_TOTAL.match(cells[0]) and col == width - 1):
                    continue
                cells = [cells[0], *([""] * (width - 2)), cells[-1]]
            value = _number(cells[col]) if cells[col] else None
            if any(_SUBTOTAL.search(c) for c in cells[: max(col, 1)]):
                continue  # 5月小计: a part of the rows above, not a row of its own
            if _TOTAL.match(cells[0]):
                if value is not None and clean and len(rows) >= 2:
                    start = offsets[i] + line.rfind(cells[col])
                    out.append(ColumnTotal(kind, value, round(sum(rows), 2), start, start + len(cells[col])))
                header = None
            elif value is not None:
                rows.append(value)
            elif cells[col]:
                clean = False
    return out + [t for t in _spaced_totals(lines, offsets) if all(t.start != o.start for o in out)]


# 合计货值金额6420元，其中…: the total stated in a sentence right under a table without a total row
_PROSE_TOTAL = re.compile(
    r"^(?:合\s*计|总\s*计|共\s*计)\s*(?P<what>货值(?:金额)?|违法所得|多收|(?:销售|经营|营业|收款)?(?:金额|额))?"
    r"\s*(?:为|是)?\s*[:：]?\s*(?:人民币)?\s*[￥¥]?(?P<v>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*元"
)
_PROSE_KIND = {"货值": "goods_value", "违法所得": "illegal_gain", "多收": "illegal_gain"}


def _spaced_totals(lines: list[str], offsets: list[int]) -> list[ColumnTotal]:
    """Totals of tables whose cells are parted by spaces: the 货值/违法所得 column last and a 合计
    row, or a money column anywhere and the total stated in a sentence right under the rows
    (``合计货值金额6420元，…``: the sentence names the kind)."""
    out: list[ColumnTotal] = []
    header: tuple[str, int, int] | None = None  # (kind, column, number of cells)
    rows: list[float] = []
    clean = True
    i = 0
    while i < len(lines):
        line, li = lines[i], i
        i += 1
        if _SPLIT.search(line.strip().strip("|│┃｜")):
            header = None  # a tab or rule separated row: the other reading's
            continue
        joined, end = line, i
        while len(_OPEN.findall(joined)) > len(_CLOSE.findall(joined)) and end < min(i + 2, len(lines)):
            joined += lines[end].lstrip()  # a header cell wrapped inside its cell: 每件多收（ / 元）
            end += 1
        head = joined.split()
        found = _money_column(head)
        if found and len(head) >= 3:
            header, rows, clean, i = (found[0], found[1], len(head)), [], True, end
            continue
        if header is None:
            continue
        kind, col, width = header
        cells = line.split()
        if not cells:
            header = None if not rows else header
            continue
        if (m := _PROSE_TOTAL.match(line.strip())) and len(cells) != width:
            what = m.group("what") or ""
            named = next((k for w, k in _PROSE_KIND.items() if what.startswith(w)), kind)
            if clean and len(rows) >= 2 and named != "column_sum":
                value = float(m.group("v").replace(",", ""))
                start = offsets[li] + line.find(m.group("v"))
                out.append(ColumnTotal(named, value, round(sum(rows), 2), start, start + len(m.group("v"))))
            header = None
            continue
        if col != width - 1 and not _TOTAL.match(cells[0]) and len(cells) != width:
            header = None  # prose after the rows: the table is over
            continue
        value = _number(cells[col]) if len(cells) == width else _number(cells[-1])
        if any(_SUBTOTAL.search(c) for c in cells[:-1]):
            continue  # 5月小计
        if _TOTAL.match(cells[0]):
            if value is not None and clean and len(rows) >= 2 and col == width - 1:
                start = offsets[li] + line.rfind(cells[-1])
                out.append(ColumnTotal(kind, value, round(sum(rows), 2), start, start + len(cells[-1])))
            header = None
        elif len(cells) != width or value is None:
            clean = False
        else:
            rows.append(value)
    return out


def _money_column(head: list[str]) -> tuple[str, int] | None:
    """The kind and index of a header row's money column: the last cell, or (for a total stated
    in a sentence under the rows) any cell."""
    for j in (len(head) - 1, *range(len(head) - 1)) if head else ():
        kind = next((k for k, rx in HEADERS if rx.match(head[j])), None)
        if kind:
            return kind, j
    return None

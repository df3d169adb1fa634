"""A 违法所得/货值金额 stated as the 合计 of a table just above it: the table's rows are its terms.

``违法所得计算表`` and decisions list the sales or fees row by row and close the table with a
``合计`` row; the sentence after it states the total (``当事人违法所得合计人民币37520元``). When the
total row holds that value in a money column (its header names 元/金额/费/款/所得/货值/销售), the
column's values on the rows above are the amount's terms, so EVID-03 can add them up. Box-drawn
(``│``) and tab-separated tables are read; a table whose rows do not all give the column a plain
number says nothing.
"""

from __future__ import annotations

import re

_ROW_SPLIT = re.compile(r"[│┃|\t]")
_RULE_ROW = re.compile(r"^[\s┌┬┐├┼┤└┴┘─━═\-+]*$")
_TOTAL_CELL = re.compile(r"^(?:合\s*计|总\s*计|共\s*计)$")
_NUMBER = re.compile(r"^[¥￥]?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*(?:元)?$")
_MONEY_HEAD = re.compile(r"元|金额|费|款|所得|货值|销售|收入")
_REACH = 3  # lines between the table's end and the sentence stating the total
_SCAN = 4000  # how far above the amount a table's total row may stand
_SUBTOTAL = re.compile(r"^(?:小\s*计|其\s*中|本页小计)")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in _ROW_SPLIT.split(line.strip().strip("│┃|"))]


def _number(cell: str) -> float | None:
    m = _NUMBER.match(cell)
    if not m:
        return None
    return float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))


def _line_before(text: str, end: int) -> tuple[str, int]:
    """The line ending just before ``end`` (a newline) and where it starts."""
    lo = text.rfind("\n", 0, end) + 1
    return text[lo:end], lo


def _table_above(text: str, start: int) -> list[list[str]]:
    """The rows (cells) of the table that ends within a few lines above ``start``, top first; read
    line by line backwards from the amount's own line."""
    pos = text.rfind("\n", 0, start)  # the newline that ends the line before the amount's
    for _ in range(_REACH + 1):  # blank lines and the table's bottom rule
        if pos < 0:
            return []
        line, lo = _line_before(text, pos)
        if _ROW_SPLIT.search(line):
            break
        if line.strip() and not _RULE_ROW.match(line):
            return []  # prose between the table and the amount's line
        pos = lo - 1
    else:
        return []
    rows: list[list[str]] = []
    while pos >= 0:
        line, lo = _line_before(text, pos)
        if _ROW_SPLIT.search(line):
            rows.append(_cells(line))
        elif not (line.strip() and _RULE_ROW.match(line)):
            break
        pos = lo - 1
    return rows[::-1]


def table_terms(text: str, start: int, value: float) -> list[list[float]] | None:
    """The terms of the amount ``value`` at ``start`` when a table just above totals it."""
    if text.rfind("计", max(0, start - _SCAN), start) < 0:
        return None  # every total cell (合计/总计/共计) holds 计: none stands in the stretch above
    rows = _table_above(text, start)
    if not rows:
        return _spaced_terms(text, start, value)
    if len(rows) < 3 or not rows[-1] or not _TOTAL_CELL.match(rows[-1][0]):
        return None
    total, head, body = rows[-1], rows[0], rows[1:-1]
    if any(r and _SUBTOTAL.match(r[0]) for r in body):
        return None  # 小计 rows inside: which rows the total adds is not certain
    for j, cell in enumerate(total):
        stated = _number(cell) if j else None
        if stated is None or abs(stated - value) > 0.005:
            continue
        if j >= len(head) or not _MONEY_HEAD.search(head[j]):
            continue
        parts = [_number(r[j]) if j < len(r) else None for r in body]
        if len(parts) >= 2 and all(p is not None for p in parts):
            return [[p] for p in parts if p is not None]
    return None


# a text-layer table read as lines of space-separated cells (a PDF's table, its long cells wrapped):
# 合计 731 28,760 under rows ending in their figures (… 210 38 7,980)
_SPACED_TOTAL = re.compile(
    r"^\s*(?:合\s*计|总\s*计|共\s*计)(?:\s+\S+)*?\s+(?P<v>[¥￥]?[\d,]+(?:\.\d{1,2})?)\s*$"
)
_FIGURE = re.compile(r"[¥￥]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?")
_PROSE_END = re.compile(r"[。；;：:]\s*$")
_SERIAL_ALONE = re.compile(r"\s*\d{1,3}\s*")  # a wrapped row's serial on its own line
_AMOUNT_CELL_END = re.compile(r"\d\s*元\s*$")
_ROW_GAP = 6  # wrapped lines of a row's long cells between two rows' figures


def _trailing_figures(line: str) -> list[str]:
    """The figures that end ``line``, cell by cell (``210 38 7,980`` → all three)."""
    out: list[str] = []
    for tok in reversed(line.split()):
        if not _FIGURE.fullmatch(tok):
            break
        out.append(tok)
    return out[::-1]


def _spaced_terms(text: str, start: int, value: float) -> list[list[float]] | None:
    """``table_terms`` of a table of space-separated cells: the total row right above the amount's
    line holds ``value`` last, and every row above it up to the header that names a money column
    ends in as many figures (two or more), the last of them the row's amount; lines between rows
    (a cell's wrapped words, a serial alone) are passed over."""
    pos = text.rfind("\n", 0, start)
    line, lo = _line_before(text, pos) if pos > 0 else ("", 0)
    m = _SPACED_TOTAL.match(line)
    if m is None or abs((_number(m.group("v")) or -1.0) - value) > 0.005:
        return None
    parts: list[float] = []
    width, gap, pos = None, 0, lo - 1
    while pos > 0 and gap <= _ROW_GAP:
        line, lo = _line_before(text, pos)
        pos = lo - 1
        figures = _trailing_figures(line)
        if len(figures) >= 2:
            if width not in (None, len(figures)):
                return None  # rows whose figures do not line up: which is the amount is unknown
            width, gap = len(figures), 0
            parts.append(_number(figures[-1]) or 0.0)
        elif _MONEY_HEAD.search(line) and not _PROSE_END.search(line) and not figures:
            return [[p] for p in parts[::-1]] if len(parts) >= 2 else None  # the header: the table's top
        elif (figures and not _SERIAL_ALONE.fullmatch(line)) or _AMOUNT_CELL_END.search(line):
            return None  # 2 运输费 / / 500 or …500元: a row whose amount this reading would drop
        else:
            gap += 1
    return None

"""Flattened tables: cells separated by ``|`` and line breaks (web copies of 公开表, 审批表).

``table_pairs`` maps header cells to the value cells of the first data row when a run of header
cells is followed by the same number of value cells (a ``序号`` row), and also reads
``label | value`` rows. Offsets of the values are kept for evidence. A tab-separated form (the
信用中国 公示 copy: ``处罚机关<TAB>某某局`` on each row) is read as ``label → value`` rows too.
"""

from __future__ import annotations

import itertools
import re

from casecheck.extract.fields.cell_rows import HEADER_WORD as _HEADER_WORD
from casecheck.extract.fields.cell_rows import Cell, cell_row_pairs, stacked_pairs

_CELL = re.compile(r"[^|\n]+")
_SPACE = re.compile(r"\s")
_SERIAL = re.compile(r"\d{1,3}")
_DIGIT = re.compile(r"\d")
_LABELLED = re.compile(r"([^:：]{2,12})[:：]\s*(\S.*)$")
_MD_RULE = re.compile(r":?-{3,}:?")
_BOX_RULES = str.maketrans({"│": "|", "┃": "|", "｜": "|"})
# 处罚决定书文号<TAB>某罚〔2022〕1号: one label cell, tabs, one value cell, nothing else on the row
_TAB_ROW = re.compile(
    r"^[ \u3000]*([^\t\n|:：]{2,24}?)[ \u3000]*\t[ \t\u3000]*([^\t\n]*[^\s])[ \t\u3000]*$", re.M
)
_TAB_ROWS_MIN = 3  # a form has many rows; one tabbed line in a letter is no table
# a numbered 项目 | 内容 row (金融监管 公开表): serial, label, value, maybe more cells after
_SERIAL_TAB_ROW = re.compile(
    r"^[ \u3000]*\d{1,2}[ \u3000]*\t[ \u3000]*([^\t\n|:：\d]{2,24}?)[ \u3000]*\t[ \t\u3000]*([^\t\n]*[^\s])",
    re.M,
)


# a row of four or more cells apart by spaces (a 公开表 copied with its columns spaced apart,
# normalisation left one space of each gap: 序号 案件名称 被处罚对象名称 处罚决定文号)
_RECORD_HEADING = re.compile(r"文号|处罚|决定|相对人|案件名称")
_SPACED_ROW = re.compile(r"^(?:[^\s|:：]{2,24} ){3,}[^\s|:：]{2,24}$", re.M)


def tab_pairs(text: str) -> dict[str, Cell]:
    """Label → value cell of a tab-separated two-column form, or of a header row over a value row
    (a 公示表 copied as text, its columns apart by tabs or by runs of spaces); empty when ``text``
    is neither."""
    if "\t" not in text:
        # each space made a tab, so the offsets stay the same; a value cell holding a space splits
        # its row into more cells than the header row has, and the row is not read
        # only a 公示表's: a form's own spaced grid (单位名称 法定代表人 联系电话 over the party's
        # row of a 检查笔录) is no record of a decision
        row = _SPACED_ROW.search(text)
        return tab_grid(text.replace(" ", "\t")) if row and _RECORD_HEADING.search(row.group(0)) else {}
    rows = list(_TAB_ROW.finditer(text))
    if len(rows) < _TAB_ROWS_MIN:
        grid = tab_grid(text)
        # 序号<TAB>项目<TAB>内容: 1<TAB>行政处罚决定书文号<TAB>某罚〔2023〕18号 — when no header row is
        # over a record's row (a 公示 list numbers its records too), and the rows name fields (a
        # 证据清单's 1<TAB>营业执照复印件<TAB>1页 names none)
        rows = [] if grid else list(_SERIAL_TAB_ROW.finditer(text))
        named = sum(1 for m in rows if _HEADER_WORD.search(m.group(1)))
        if len(rows) < _TAB_ROWS_MIN or 2 * named < len(rows):
            return grid
    out: dict[str, Cell] = {}
    for m in rows:
        out.setdefault(_SPACE.sub("", m.group(1)), (m.group(2), m.start(2), m.end(2)))
    return out


_GRID_MIN = 4  # header cells: a 公示表 has many columns; a line or two of tabs in a letter is none
_GRID_BLANK_TAIL = 2
_GRID_MAX_WIDTH = 30  # columns whose lost cells are put back by trying every place (C(w, 2) ways)
# a heading: no figures but a column's own number after it (处罚类别1, 行政相对人代码_1(统一社会信用代码));
# not 某市某路1号, a value
_HEADER_CELL = re.compile(r"[^\d:：，,。；;]{2,24}(?:_?\d(?:[（(][^\d:：，,。；;（()）]{2,20}[)）])?)?")
# a cell a 公示表 fills when it has nothing to say: it fits any column
_PLACEHOLDER = re.compile(r"[/／\-—–无]|暂无|不适用")


def tab_grid(text: str, every_heading: bool = False) -> dict[str, Cell]:
    """Header cell → value cell of the first tab-separated header row followed by a value row
    (行政相对人名称<TAB>处罚决定书文号… over 某公司<TAB>某罚〔2018〕19号…).

    Normalisation squeezes a run of tabs into one, so an empty cell leaves no trace: a row up to
    ``_GRID_BLANK_TAIL`` cells short is read by ``_alignments``, and a column is kept only when
    every way of putting the lost empty cells back that fits the typed columns gives it the same
    cell. ``every_heading``: every cell of the header row names a column (a row of label | value |
    label | value cells is no header row).
    """
    pos = 0
    rows = text.split("\n")
    for i, line in enumerate(rows[:-1]):
        heads = line.split("\t")
        pos += len(line) + 1
        named = [h for h in heads if h.strip()]  # a blank heading (a web table's copy) names no column
        if len(named) < _GRID_MIN or not all(_HEADER_CELL.fullmatch(h.strip()) for h in named):
            continue
        headings = sum(1 for h in named if _HEADER_WORD.search(h))
        if 2 * headings < len(named) or (every_heading and headings < len(named)):
            continue  # not a header row: its cells are not mostly (or not all) column headings
        values = rows[i + 1].split("\t")
        if not len(heads) - _GRID_BLANK_TAIL <= len(values) <= len(heads):
            continue
        if len(values) < len(heads) and len(heads) > _GRID_MAX_WIDTH:
            continue
        cells = _tab_cells(rows[i + 1], pos)
        if len(cells) == len(heads):  # nothing lost: each cell under its heading, whatever it holds
            ways = [tuple(cells)]
        else:
            ways = [w for w in _alignments(cells, len(heads)) if _typed_fit(heads, w)]
        out: dict[str, Cell] = {}
        for k, head in enumerate(heads):
            picks = {w[k] for w in ways}
            if head.strip() and len(picks) == 1 and (cell := picks.pop()) is not None:
                out.setdefault(_SPACE.sub("", head), cell)
        return out
    return {}


def _alignments(cells: list[Cell | None], width: int) -> list[tuple[Cell | None, ...]]:
    """``cells`` widened to ``width`` by empty cells put back at every possible place."""
    lost = width - len(cells)
    return [
        tuple(next(it) if k not in gaps else None for k in range(width))
        for gaps in map(set, itertools.combinations(range(width), lost))
        for it in (iter(cells),)
    ]


# what a typed column's cell must look like (a date column holds a date …)
_DATE_HEAD = re.compile(r"日期|时间|截止期|有效期")
_NUMBER_HEAD = re.compile(r"金额|数额|序号|数量|[（(](?:万)?元[)）]")
# where a bare figure may stand besides amounts: numbers of IDs, permits, codes, telephones
_FIGURE_HEAD = re.compile(rf"{_NUMBER_HEAD.pattern}|号码|证号|编号|编码|代码|电话|注册号")
_TYPED = (
    (_DATE_HEAD, re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}")),
    (re.compile(r"信用代码"), re.compile(r"^[0-9A-Z*＊]{15,18}$")),
    (re.compile(r"文号"), re.compile(r"号|[〔\[(（【]\s*(?:19|20)\d{2}")),
    (_NUMBER_HEAD, re.compile(r"^(?:人民币)?\s*[￥¥]?\s*[\d.,，]+\s*(?:万?元)?$")),
    # a column named by what it holds last: 处罚机关 holds a name, 处罚机关统一社会信用代码 a code
    (re.compile(r"(?:名称|机关|单位|来源|类别|类型)$"), re.compile(r"[\u4e00-\u9fa5]")),
)
# a cell that is a date or a figure alone belongs in a column of that type
_DATE_ONLY = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?")
_NUMBER_ONLY = re.compile(r"[\d.,，]+")


def _typed_fit(heads: list[str], row: tuple[Cell | None, ...]) -> bool:
    """Every typed column of ``row`` holds its type's value (or nothing), and a bare date or
    figure stands in a date or number column."""
    for head, cell in zip(heads, row, strict=True):
        if cell is None or _PLACEHOLDER.fullmatch(cell[0]):
            continue
        head = head.strip()
        if any(key.search(head) and not shape.search(cell[0]) for key, shape in _TYPED):
            return False
        if _DATE_ONLY.fullmatch(cell[0]) and not _DATE_HEAD.search(head):
            return False
        if _NUMBER_ONLY.fullmatch(cell[0]) and not _FIGURE_HEAD.search(head):
            return False
    return True


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
        found = tab_pairs(text)
        for key, cell in stacked_pairs(text).items():  # 序号⏎文号⏎…⏎1⏎某罚〔2026〕46号: a cell a line
            found.setdefault(key, cell)
        return found
    # | --- | --- |: a Markdown table's rule under its header row holds no cell
    cs = [c for c in cells(text) if not _MD_RULE.fullmatch(c[0])]
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
    # |行政相对人名称|行政处罚决定书文号|…| over |某公司|某罚〔2026〕11号|…|: a header row over a value
    # row, read as the tab-separated one is (one character for another: the offsets stay)
    for key, cell in tab_grid(text.replace("|", "\t"), every_heading=True).items():
        out.setdefault(key, cell)
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
    for key, cell in cell_row_pairs(text).items():  # a header row's cells a line, then its values'
        out.setdefault(key, cell)
    if sum(1 for line in text.split("\n") if line.strip() == "|") >= _TAB_ROWS_MIN:
        _cell_a_line(cs, out)
    for val, s, e in cs:
        m = _LABELLED.match(val)
        if m:
            out.setdefault(_SPACE.sub("", m.group(1)), (m.group(2), s + m.start(2), e))
    if "\t" in text:  # a site's 基础信息 | 行政许可信息 | … tabs over a tab-separated 公示表
        for key, cell in tab_pairs(text).items():
            out.setdefault(key, cell)
    return out


def _cell_a_line(cs: list[Cell], out: dict[str, Cell]) -> None:
    """A 公示 form copied one cell a line, the cells apart by lines holding ``|`` alone
    (行政相对人名称⏎|⏎胡某某⏎|⏎行政处罚决定文书号⏎|⏎…): a heading cell, then its value."""
    for (head, _, _), value in itertools.pairwise(cs):
        if _heading(head) and not _heading(value[0]):
            out.setdefault(_SPACE.sub("", head), value)


def _heading(cell: str) -> bool:
    """A short cell without figures that names a column (名称, 文书号, 机关 …)."""
    return len(cell) <= 12 and not _DIGIT.search(cell) and bool(_HEADER_WORD.search(cell))


# A box-drawn form (│ cells, ├──┤ rules between rows) whose cells wrap over several lines: the
# lines between two rules are one row, each column's pieces joined
# (box characters only: an ASCII | table draws no rules between its rows, each line is a row)
_BOX_CELL_LINE = re.compile(r"^[ \t\u3000]*[│┃].*[│┃][ \t\u3000]*$")
_BOX_RULE_LINE = re.compile(r"^[ \t\u3000\u2500-\u257f]*[─━═]{2,}[ \t\u3000\u2500-\u257f]*$")
_BOX_SPLIT = re.compile(r"[│┃]")


def box_rows(text: str) -> list[list[Cell | None]]:
    """The rows of the box-drawn tables in ``text``, each a list of cells (joined over the lines
    the row wraps onto; ``None`` for an empty cell)."""
    rows: list[list[Cell | None]] = []
    pieces: list[list[tuple[str, int, int]]] = []  # per column, the row's pieces so far
    pos = 0

    def close() -> None:
        if pieces:
            rows.append([_joined(col) for col in pieces])
            pieces.clear()

    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if _BOX_RULE_LINE.match(line):
            close()
            continue
        if not _BOX_CELL_LINE.match(line):
            close()
            continue
        bars = [m.start() for m in _BOX_SPLIT.finditer(line)]
        cols = [(line[a + 1 : b], start + a + 1) for a, b in itertools.pairwise(bars)]
        if pieces and len(cols) != len(pieces):
            close()
        if not pieces:
            pieces.extend([] for _ in cols)
        for k, (raw, at) in enumerate(cols):
            lead = len(raw) - len(raw.lstrip())
            if raw.strip():
                pieces[k].append((raw.strip(), at + lead, at + lead + len(raw.strip())))
    close()
    return rows


def tab_rows(text: str) -> list[list[Cell | None]]:
    """The lines of ``text`` that hold two or more tabs, each a list of its cells (a Word table's
    rows: 送达文书及文号<TAB>受送达人<TAB>送达方式 over a row per document); ``None`` for an empty cell."""
    rows: list[list[Cell | None]] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line.count("\t") < 2:
            continue
        rows.append(_tab_cells(line, start))
    return rows


def _tab_cells(line: str, start: int) -> list[Cell | None]:
    """The cells of a tab-separated ``line`` that starts at offset ``start`` (``None`` when empty)."""
    cells: list[Cell | None] = []
    at = start
    for raw in line.split("\t"):
        lead, cell = len(raw) - len(raw.lstrip()), raw.strip()
        cells.append((cell, at + lead, at + lead + len(cell)) if cell else None)
        at += len(raw) + 1
    return cells


def _joined(col: list[tuple[str, int, int]]) -> Cell | None:
    """One cell from the pieces of a wrapped cell (``None`` when it has none). Its span is its
    first piece's: the text up to its last piece holds the other columns' pieces too."""
    if not col:
        return None
    return "".join(p[0] for p in col), col[0][1], col[0][2]


# a data row of a list of decisions: its first cell a serial (1|…, 2<TAB>…), three or more cells
_RECORD_ROW = re.compile(r"^[ \u3000|]*(\d{1,3})[ \u3000]*[|\t](?:[^|\t\n]*[|\t]){2,}")
_GRID_LINE = re.compile(r"(?:[^|\t\n]*[|\t]){3,}")
# whom each record is about: with a 文号 column, the heading of a list of decisions (a 目录, a
# receipt's list of documents or a 结案 form's table of penalties names no party)
_LIST_WHO = re.compile(r"相对人|被处罚|当事人|案件名称")


def later_records_blanked(text: str) -> str:
    """``text`` with the rows after the first blanked (spaces, so every offset holds) when it is a
    published list of several decisions: a header row naming whom each record is about and its
    文号 over data rows numbered 1, 2, … The page is read as its first case: a fine or a citation
    of the second case is none of the first's. Anything else is returned as it is."""
    if "|" not in text and "\t" not in text:
        return text
    lines = text.split("\n")
    header = next(
        (
            k
            for k, line in enumerate(lines)
            if _GRID_LINE.match(line) and _LIST_WHO.search(line) and "文号" in line
        ),
        None,
    )
    if header is None or _RECORD_ROW.match(lines[header]):
        return text
    rows = [(k, m.group(1)) for k in range(header + 1, len(lines)) if (m := _RECORD_ROW.match(lines[k]))]
    if len(rows) < 2 or len({serial for _k, serial in rows}) < 2:
        return text
    for k, _serial in rows[1:]:
        lines[k] = " " * len(lines[k])
    return "\n".join(lines)


# 罚款金额（万元） / 罚款（元）: a 公示 list's fine column, the unit in its heading
_FINE_COLUMN = re.compile(r"^罚款(?:金额|数额)?[（(]([万千])?元[）)]$")  # (a column in 万元 or 千元)
_FIGURE_CELL = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


# 罚款金额（万元）：0.558 — a 信用中国 record's field, one per line
_FINE_FIELD = re.compile(
    r"(?:^|\n)[ \u3000]*罚款(?:金额|数额)?[（(]([万千])?元[）)][ \u3000]*[:：][ \u3000]*([0-9.,]+)"
    r"[ \u3000]*(?=\n|$)"
)


def fine_column(table: dict[str, Cell], text: str = "") -> tuple[float, int, int] | None:
    """The fine a 公示 list's fine column (or a 公示 record's fine field in ``text``) gives its first
    case, in yuan, and the cell's span."""
    for heading, (value, start, end) in table.items():
        m = _FINE_COLUMN.match(heading)
        if m and _FIGURE_CELL.match(value.strip()):
            return _in_yuan(value.strip(), m.group(1)), start, end
    f = _FINE_FIELD.search(text) if "罚款" in text else None
    if f and _FIGURE_CELL.match(f.group(2)):
        return _in_yuan(f.group(2), f.group(1)), f.start(2), f.end(2)
    return None


def _in_yuan(figure: str, unit: str | None) -> float:
    """A fine column's figure in yuan (the column counts 万元 or 千元 when ``unit`` says so)."""
    return round(float(figure.replace(",", "")) * {"万": 10000, "千": 1000}.get(unit or "", 1), 2)

"""A 公示表 copied one cell a line: its header row's cells, then its value row's, each cell a line
ending in ``|`` and the rows apart by a line holding ``|`` alone::

    |
    行政相对人名称 |
    处罚决定书文号 |
    …
    |
    某某五金制品厂 |
    某罚决字〔2025〕第0213号 |
    …

An empty cell keeps its line (`` |``), so the n-th value belongs to the n-th heading.
"""

from __future__ import annotations

import re

Cell = tuple[str, int, int]

_CELL_LINE = re.compile(r"[ \t\u3000]*(?P<cell>[^|\n]*?)[ \t\u3000]*\|[ \t\u3000]*")
_ROW_RULE = re.compile(r"[ \t\u3000]*\|[| \t\u3000]*")
_MIN_CELLS = 4  # a 公示表 has many columns; a few lines ending in | in a letter are none
# what a column heading names: most cells of a header row hold one (a form's label | value |
# label | value row holds values too: 当事人 | 某某建材有限公司 | 法定代表人 | 张某某); ``table`` asks it too
HEADER_WORD = re.compile(
    r"名称|文号|文书号|日期|时间|机关|代码|金额|数额|类别|类型|序号|事实|依据|内容|期限|姓名|编号|号码|结果|种类|有效期"
    r"|截止期|备注|来源|地址|住所|法定代表人|负责人|相对人|行为"
)
_SPACE = re.compile(r"\s")


def cell_row_pairs(text: str) -> dict[str, Cell]:
    """Heading → value cell of the first header row followed by a value row of as many cells.

    The header row is a run of cell lines none of them empty, mostly naming columns; one line of
    ``|`` alone may stand between it and the values. The values are the next as many lines, an
    empty cell being a line of ``|`` alone too, so the line after them must end the row (a ``|``
    line, any other line, or the end): otherwise the rows do not line up and nothing is read.
    """
    lines = text.split("\n")
    cells = _cells(lines)
    i = 0
    while i < len(cells):
        heads = _filled_run(cells, i)
        j = i + len(heads)
        if len(heads) >= _MIN_CELLS and 2 * sum(1 for h in heads if HEADER_WORD.search(h[0])) >= len(heads):
            k = j + 1 if j < len(lines) and _ROW_RULE.fullmatch(lines[j]) else j
            values = [c for c in cells[k : k + len(heads)] if c is not None]
            after = k + len(heads)
            # a last value that is a line of | alone may be the rule after a row one cell short:
            # only the rule's own line after it tells an empty cell
            nxt = cells[after] if after < len(cells) else None
            closed = bool(values and values[-1][0]) or (nxt is not None and not nxt[0])
            if len(values) == len(heads) and closed and (nxt is None or not nxt[0]):
                return {_SPACE.sub("", h[0]): v for h, v in zip(heads, values, strict=True) if v[0]}
        i = max(j, i + 1)
    return {}


def _cells(lines: list[str]) -> list[Cell | None]:
    """Each line's cell if it ends in ``|`` (empty for a line of ``|`` alone), else None."""
    out: list[Cell | None] = []
    start = 0
    for line in lines:
        m = _CELL_LINE.fullmatch(line)
        out.append((m.group("cell"), start + m.start("cell"), start + m.end("cell")) if m else None)
        start += len(line) + 1
    return out


def _filled_run(cells: list[Cell | None], i: int) -> list[Cell]:
    """The cells from ``i`` on up to the first line that is no cell or an empty one."""
    run: list[Cell] = []
    for c in cells[i:]:
        if c is None or not c[0]:
            break
        run.append(c)
    return run


# 序号⏎行政处罚决定书文号⏎…⏎处罚机关⏎1⏎某罚决字〔2026〕第0046号⏎…: a 公示表 copied one cell a line
# with no mark between cells, its header cells first (序号 the first), then the first row's
_SERIAL_HEAD = re.compile(r"^[ \t\u3000]*序[ \t\u3000]*号[ \t\u3000]*$", re.M)
_SERIAL_VALUE = re.compile(r"[ \t\u3000]*\d{1,4}[ \t\u3000]*")
_HEAD_MAX = 16  # a column heading's length
_DIGIT = re.compile(r"\d")
# what a value under a heading must look like, where the heading says
_VALUE_SHAPES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (
        re.compile(r"日期|时间"),
        re.compile(r"(?:19|20)\d{2}\s*[年\-./]|[〇○零一二][〇○零一二三四五六七八九]{3}年"),
    ),
    (re.compile(r"文号|文书号"), re.compile(r"[〔\[［(（]\s*(?:19|20)\d{2}|号")),
    (re.compile(r"信用代码"), re.compile(r"[0-9A-Z]{15,18}")),
    (re.compile(r"金额|数额"), re.compile(r"\d")),
)


def stacked_pairs(text: str) -> dict[str, Cell]:
    """Heading → value of a table copied one cell a line without marks (see ``_SERIAL_HEAD``).

    Only where the headings open with 序号 and its value is a serial number, so the n-th value
    line is the n-th heading's: no empty cell can be told apart here, so every heading that says
    what its value is (a date, a 文号, a code, an amount) must get one of that shape, and the values
    must end where the row does (the text's end, a note, a blank line or the next serial number),
    else nothing is read.
    """
    m = _SERIAL_HEAD.search(text)
    if m is None:
        return {}
    lines = text[m.start() :].split("\n")
    offsets, pos = [], m.start()
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    heads = 1
    while heads < len(lines) and lines[heads].strip() and not _SERIAL_VALUE.fullmatch(lines[heads]):
        if len(lines[heads].strip()) > _HEAD_MAX or _DIGIT.search(lines[heads]):
            return {}
        heads += 1
    named = sum(1 for h in lines[1:heads] if HEADER_WORD.search(h))
    if heads < _MIN_CELLS or heads >= len(lines) or 2 * named < heads - 1:
        return {}
    if not _SERIAL_VALUE.fullmatch(lines[heads]) or heads * 2 > len(lines):
        return {}
    values = lines[heads : 2 * heads]
    after = lines[2 * heads] if 2 * heads < len(lines) else ""
    if any(not v.strip() for v in values):
        return {}
    if after.strip() and not (_SERIAL_VALUE.fullmatch(after) or after.lstrip().startswith(("注", "备注"))):
        return {}
    out: dict[str, Cell] = {}
    for k in range(1, heads):
        head, val = _SPACE.sub("", lines[k]), values[k]
        shape = next((v for h, v in _VALUE_SHAPES if h.search(head)), None)
        if shape is not None and not shape.search(val):
            return {}  # the cells do not line up
        lead = len(val) - len(val.lstrip())
        start = offsets[heads + k] + lead
        out[head] = (val.strip(), start, start + len(val.strip()))
    return out

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

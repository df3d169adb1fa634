"""Officers listed in a table under a header row: 执法人员 | 执法证号 | 所在单位, then a row per
officer (a DOCX or PDF form's 执法人员 table), or two officers a row under a header that names
the pair twice (执法人员 执法证号 执法人员 执法证号 ⏎ 杨帆 51068223002 何静 51068223015).

The label-and-colon reading (``officers``) sees the header as a label followed by more labels and
no names; here the header's cells say which column holds names and which numbers, and each row
below gives its (name, number) pairs by position, until a line that is no such row.
"""

from __future__ import annotations

import re

from casecheck.extract.fields.names import is_person_name

Officer = tuple[str, str, int, int]  # name, certificate, name's start and end in the text

_CELL = re.compile(r"[^\s|│┃｜]+")
# a names heading then a numbers heading, cells apart: where a header row may stand (a quick scan)
_HEADER_HINT = re.compile(r"(?:人员|人|姓名)[ \t\u3000|│┃｜]+(?:行政)?(?:执法)?证")
_NAME_HEAD = re.compile(r"(?:执法|检查|调查|询问|承办|办案)人员?(?:姓名)?|姓名")
_NUMBER_HEAD = re.compile(r"(?:行政)?执法证件?(?:编?号码?)?|(?:执法)?证件(?:编?号码?)|证号")
_OTHER_HEAD = re.compile(r"序号|(?:所在|工作)?单位|职务|部门|签名|备注|执法类别|有效期")
_NUMBER = re.compile(r"[A-Za-z\u4e00-\u9fa5]{0,4}?[A-Za-z]?\d{5,18}(?:-\d{1,6})?[A-Za-z0-9]{0,3}")
_UNIT_END = ("局", "队", "所", "站", "中心", "大队", "支队", "委员会", "办公室", "科", "处")
_MAX_ROWS = 12


def table_officers(text: str) -> list[Officer]:
    """(name, certificate, start, end) of every officer row under a 执法人员/执法证号 header row."""
    out: list[Officer] = []
    for m in _HEADER_HINT.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if _is_header(_CELL.findall(text, start, end)):
            out += _rows(text, end + 1)
    return out


def _is_header(cells: list[str]) -> bool:
    """Every cell a column heading, among them a names column and a numbers column, one of them
    an officer's: 执法人员 | 证件号码, 姓名 | 执法证号 — not 姓名 | 证件号码, which lists anyone's ID
    (现场从业人员, 乘客, 证人)."""
    if not 2 <= len(cells) <= 8:
        return False
    kinds = [_head(c) for c in cells]
    if None in kinds or "name" not in kinds or "number" not in kinds:
        return False
    names = [c for c, k in zip(cells, kinds, strict=True) if k == "name"]
    numbers = [c for c, k in zip(cells, kinds, strict=True) if k == "number"]
    return any(c != "姓名" for c in names) or any("执法" in c for c in numbers)


def _head(cell: str) -> str | None:
    if _NAME_HEAD.fullmatch(cell):
        return "name"
    if _NUMBER_HEAD.fullmatch(cell):
        return "number"
    return "other" if _OTHER_HEAD.fullmatch(cell) else None


def _rows(text: str, pos: int) -> list[Officer]:
    """The officers of the rows from ``pos`` on: each row's (name, number) pairs, in order."""
    out: list[Officer] = []
    for _ in range(_MAX_ROWS):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        cells = list(_CELL.finditer(text, pos, end))
        pairs = _pairs(cells)
        if not pairs:
            break
        out += pairs
        pos = end + 1
    return out


def _pairs(cells: list[re.Match[str]]) -> list[Officer]:
    """(name, number) pairs of a row, each name followed by its number; nothing unless every
    cell is a name, a number, a unit's name (所在单位) or the row's 序号 first."""
    out: list[Officer] = []
    i = 0
    while i < len(cells):
        cell = cells[i].group()
        nxt = cells[i + 1].group() if i + 1 < len(cells) else ""
        if is_person_name(cell) and _NUMBER.fullmatch(nxt):
            out.append((cell, nxt, cells[i].start(), cells[i].end()))
            i += 2
        elif (cell.endswith(_UNIT_END) and len(cell) > 4) or (i == 0 and cell.isdigit() and len(cell) <= 3):
            i += 1  # a unit's name, or the row's 序号
        else:
            return []
    return out

"""Rows of a 卷内目录: 序号, 文书名称, 文号, 日期, 页码 a–b.

Layouts read (all seen in real files):

* delimited rows — cells split by ``|`` or tabs (DOCX tables flatten to tabs), or by two or more
  spaces: ``8 | 行政处罚告知书 | 苏市监罚告〔2024〕41号 | 2024-07-22 | 8``; empty and ``—`` cells
  are blanks;
* leader rows — ``六、行政处罚告知书（杭拱市监罚告〔2024〕86号）……第6页`` (Chinese or Arabic
  序号, dot leaders, ``第N页``);
* whitespace rows — ``1 立案审批表 1`` (title, then an optional date, then the pages);
* ``label：value`` blocks — ``序号：3`` / ``文书名称：询问笔录`` / ``日期：…`` / ``页码：4-5``, one
  block per row, on one line or several;
* wrapped rows — a title (or a 文号 in brackets) that wraps onto the next line is joined back, both
  when the 序号 line lacks the pages and when a number-less continuation line follows a row.

A 文号 written in brackets after the title is moved to ``doc_number``; the title keeps its other
brackets (送达回证（告知书）). Page ranges use ``-—–~～至``, optionally ``第…页``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from casecheck.extract.fields.dates import parse_date
from casecheck.extract.fields.ids import find_doc_numbers
from casecheck.extract.fields.numerals import to_int
from casecheck.extract.patterns import fast_compile


class CatalogRow(NamedTuple):
    """One row; the first four fields are ``(number, title, first_page, last_page)``."""

    number: int
    title: str
    first: int
    last: int
    start: int  # span of the row in the text (for evidence)
    end: int
    doc_number: str | None = None
    date: str | None = None


_NUM = r"(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})"
# 序号 then a separator: ``1 |``, ``1\t``, ``一、``, ``1.``, ``1 `` (not ``1页`` / ``2024年``)
ROW_START = fast_compile(rf"^[ \t\u3000]*\|?[ \t\u3000]*{_NUM}(?:[ \t\u3000]*[|、.．)）\t]|[ \t\u3000]+)")
PAGES = fast_compile(
    r"(?:^|(?<=[|\t …·\u3000])|(?<=\.\.)|(?<=．．)|(?<=第))(?:第\s*)?(?P<a>\d{1,4})\s*(?:页\s*)?"
    r"(?:[-—–~～至]\s*(?:第\s*)?(?P<b>\d{1,4})\s*页?)?\s*\|?\s*$"
)
_EMPTY_CELLS = re.compile(r"(?:[ \t\u3000]*\|)+[ \t\u3000]*$|[ \t\u3000]+$")
LEADER = fast_compile(r"[…]+|[.．·・]{3,}|-{4,}|—{3,}")
CELL_SPLIT = fast_compile(r"\s*(?:\||\t|[ \u3000]{2,})\s*")
BLANK_CELL = re.compile(r"^[—\-–/／无]*$")
FOOTER = fast_compile(r"本卷|合计|共\s*\d+\s*页|^[(（]?第\s*\d+\s*页")
# a 责任者 cell: officers' names (蒋文杰、唐慧), or an agency or its unit
RESPONSIBLE = re.compile(
    r"[\u4e00-\u9fa5]{2,4}(?:[、，,][\u4e00-\u9fa5]{2,4})*"
    r"|[\u4e00-\u9fa5]{2,30}(?:局|厅|委员会|政府|大队|支队|中队|所|中心|办公室|科|室)"
)
DOC_TITLE_END = re.compile(
    r"(?:书|表|录|证|单|明|告|据|函|照片|材料|报告|凭证|通知|决定|意见|回执)(?:[（(][^（）()]*[）)])?$"
)
HEADER_WORDS = re.compile(r"序号|文件名称|文书名称|题名|页号|页码|页次")
# ``label：value`` blocks
LABELS: dict[str, str] = {
    "number": r"顺序号|序号",
    "title": r"文书名称|文件名称|材料名称|题名|名称",
    "doc_number": r"责任者/文号|文书编号|文号|编号",
    "date": r"形成日期|日期|时间",
    "pages": r"起止页码|页码|页号|页次|所在页",
}
LABEL_VALUE = re.compile(
    r"(?P<label>" + "|".join(LABELS.values()) + r")\s*[:：]\s*"
    r"(?P<value>[^\n:：]*?)\s*(?=$|\n|[ \t\u3000]+\S{2,6}[:：])",
    re.M,
)


def catalog_rows(text: str) -> list[CatalogRow]:
    """All rows of a 卷内目录 text, in order (see the module docstring for the layouts)."""
    rows = _line_rows(text)
    if not rows:
        rows = _label_rows(text)
    return rows


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line.translate(_BOX_RULES)))  # a box-drawn table's │ is a cell border
        pos += len(line) + 1
    return out


_BOX_RULES = str.maketrans({"│": "|", "┃": "|", "｜": "|"})


def _line_rows(text: str) -> list[CatalogRow]:
    lines = _lines(text)
    rows: list[CatalogRow] = []
    i = 0
    last_row_line = -2
    while i < len(lines):
        start, line = lines[i]
        row = None
        if ROW_START.match(line) and not FOOTER.search(line):
            # join up to four following lines when the title, the 责任者 or the date wrapped
            # before the pages (…湘源县文化广电新闻出⏎版局⏎2018年10月22⏎日⏎12: a PDF's narrow cells)
            joined, used = line, i
            for k in range(_WRAP_LINES + 1):
                row = _parse(joined, start)
                if row or used + 1 >= len(lines) or k == _WRAP_LINES:
                    break
                nxt = lines[used + 1][1]
                if not nxt.strip() or ROW_START.match(nxt) or FOOTER.search(nxt):
                    break
                sep = " " if _PAGES_ONLY.match(nxt) else ""  # the pages cell: a cell of its own
                joined, used = joined.rstrip() + sep + _continuation(nxt), used + 1
            if row:
                rows.append(row._replace(end=start + len(joined)))
                i, last_row_line = used + 1, used
                continue
        elif rows and last_row_line == i - 1 and _is_continuation(line):
            rows[-1] = rows[-1]._replace(title=rows[-1].title + _continuation(line).strip(" |\t"))
            last_row_line = i
        i += 1
    return rows


_WRAP_LINES = 4
_PAGES_ONLY = re.compile(r"^[ \t\u3000]*\d{1,4}(?:\s*[-—–~～至]\s*\d{1,4})?[ \t\u3000]*$")


def _continuation(line: str) -> str:
    """The text of a wrapped line (its first non-blank cell when delimited)."""
    cells = [c for c in CELL_SPLIT.split(line.strip()) if c and not BLANK_CELL.match(c)]
    return cells[0] if cells else ""


def _is_continuation(line: str) -> bool:
    """A number-less short line holding only the tail of a title (``告知书）``)."""
    body = _continuation(line)
    return (
        bool(body)
        and len(body) <= 20
        and not FOOTER.search(line)
        and not HEADER_WORDS.search(line)
        and not re.search(r"\d", body)
        and bool(re.search(r"[)）]$|^[（(]|书|表|录|证|单|告|据", body))
        and len([c for c in CELL_SPLIT.split(line.strip()) if c and not BLANK_CELL.match(c)]) == 1
    )


# a cell naming a file of a case folder: 14_行政处罚决定书补正通知书.docx
_FILE_CELL = re.compile(
    r"(?:\d{1,3}[_\-.、 ]*)?(?P<stem>[^\s/\\]+?)\.(?:docx?|wps|pdf|ofd|txt|jpe?g|png|tiff?)", re.IGNORECASE
)


def _file_title(cell: str) -> str | None:
    """The document a file-name cell names (its name without serial and suffix), else ``None``."""
    m = _FILE_CELL.fullmatch(cell)
    return m.group("stem") if m else None


def _parse(line: str, offset: int) -> CatalogRow | None:
    """One row from a line (possibly joined), or ``None``."""
    head = ROW_START.match(line)
    if not head:
        return None
    rest = _EMPTY_CELLS.sub("", line[head.end() :])  # …|1 |　　|: a blank 备注 column after the pages
    pages = PAGES.search(rest)
    if not pages:
        return None
    middle = LEADER.sub("\t", rest[: pages.start()]).strip(" \t|\u3000")
    cells = [c for c in CELL_SPLIT.split(middle) if c and not BLANK_CELL.match(c)]
    if len(cells) == 1 and " " in cells[0]:
        # 1 立案审批表 2024年3月10日 1 / 1 立案审批表 — 2022年7月22日 2 (a blank 文号 cell)
        cells = [c for c in cells[0].split() if not BLANK_CELL.match(c)]
    title_parts: list[str] = []
    doc_number = date = None
    for cell in cells:
        iso = parse_date(cell) if re.search(r"\d|[〇○零一二三四五六七八九]{4}年", cell) else None
        nums = find_doc_numbers(cell, templates=True)
        if iso and date is None and not nums:
            date = iso
        elif nums and nums[0].start == 0 and doc_number is None:
            doc_number = nums[0].value
        elif not date and not doc_number:
            title_parts.append(cell)
    named = [_file_title(p) for p in title_parts]
    # 14_补正通知书.docx ⇥ 行政处罚决定书补正通知书: the 文件名 column beside the title's
    if any(named) and len(title_parts) > 1:
        title_parts = [p for p, f in zip(title_parts, named, strict=True) if not f]
    elif any(named):  # the file's name alone names the document: 14_行政处罚决定书补正通知书.docx
        title_parts = [f or p for p, f in zip(title_parts, named, strict=True)]
    if len(title_parts) > 1:  # 现场检查笔录 蒋文杰、唐慧: the 责任者 column beside the title
        titled = [p for p in title_parts if not RESPONSIBLE.fullmatch(p) or DOC_TITLE_END.search(p)]
        if any(DOC_TITLE_END.search(p) for p in titled):  # 营业执照 某某公司: no title part to keep
            title_parts = titled
    title = "".join(title_parts)
    if not title:
        return None
    nums = find_doc_numbers(title, templates=True)
    if nums and doc_number is None:
        n = nums[0]
        doc_number = n.value
        # drop the bracketed 文号 (and its brackets) from the title
        title = (title[: n.start].rstrip("（(〈[【 ") + title[n.end :].lstrip("）)〉]】 ")).strip()
    if not title or re.fullmatch(r"[\d\s\-—–]+", title):
        return None
    a = int(pages.group("a"))
    b = int(pages.group("b")) if pages.group("b") else a
    n = to_int(head.group("n"))
    if n is None or b < a:
        return None
    return CatalogRow(n, title, a, b, offset + head.start("n"), offset + len(line), doc_number, date)


def _label_rows(text: str) -> list[CatalogRow]:
    """Rows written as ``label：value`` blocks, one block per 序号."""
    rows: list[CatalogRow] = []
    block: dict[str, tuple[str, int, int]] = {}

    def flush() -> None:
        if {"number", "title", "pages"} <= set(block):
            n = to_int(block["number"][0].strip())
            pages = PAGES.search(block["pages"][0].strip())
            title = block["title"][0].strip()
            date = parse_date(block["date"][0]) if "date" in block else None
            nums = find_doc_numbers(block["doc_number"][0], templates=True) if "doc_number" in block else []
            if n is not None and pages and title:
                a = int(pages.group("a"))
                b = int(pages.group("b")) if pages.group("b") else a
                start = min(s for _, s, _ in block.values())
                end = max(e for _, _, e in block.values())
                rows.append(CatalogRow(n, title, a, b, start, end, nums[0].value if nums else None, date))
        block.clear()

    for m in LABEL_VALUE.finditer(text):
        key = next(k for k, rx in LABELS.items() if re.fullmatch(rx, m.group("label")))
        if key == "number" or key in block:
            flush()
        block[key] = (m.group("value"), m.start(), m.end())
    flush()
    return rows

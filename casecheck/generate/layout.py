"""Lay documents out on pages: wrap lines, start each document on a new page, number pages,
and build the 卷内目录 from the real page numbers.

Pages are the unit every format shares: text files separate them with form feeds, PDFs and scans
draw one page each, DOCX inserts page breaks. Page numbers printed at the foot follow the 测绘
卷面 standard: the 卷内目录 and 备考表 are not numbered, numbering starts at 1 on the first
document after the 目录. The 目录's 页号 column uses those printed numbers.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from casecheck.generate.case import GenCase
from casecheck.generate.docmodel import Doc, fdate, to_ascii

WIDTH = 36  # full-width characters per line
LINES = 40  # lines per page (body)


@dataclass
class Page:
    """One page: its body lines, printed page number (or None) and owning document index."""

    lines: list[str]
    doc: int
    number: int | None = None
    seal: bool = False  # the owning document's seal falls on this page


@dataclass
class Laid:
    """Documents laid out: pages and each document's physical page range (1-based, inclusive)."""

    docs: list[Doc]
    pages: list[Page] = field(default_factory=list)
    ranges: list[tuple[int, int]] = field(default_factory=list)


def _w(ch: str) -> float:
    return 1.0 if unicodedata.east_asian_width(ch) in ("F", "W", "A") else 0.5


def wrap(line: str, width: int = WIDTH) -> list[str]:
    """Split ``line`` into display lines of at most ``width`` full-width characters."""
    if not line:
        return [""]
    out, cur, w = [], "", 0.0
    for ch in line:
        cw = _w(ch)
        if w + cw > width and cur:
            out.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += cw
    out.append(cur)
    return out


def doc_lines(doc: Doc, case: GenCase) -> list[str]:
    """Logical lines of a document (before wrapping) in the case's style."""
    lines: list[str] = []
    pad = "    "
    heads = [b.text for b in doc.blocks if b.kind == "title"]
    if heads and case.style.merged_title and doc.key in ("decision", "notice"):
        lines.append(pad + heads[-1] + doc.title)
    else:
        lines += [pad + h for h in heads]
        lines.append(pad + doc.title)
    for b in doc.blocks:
        if b.kind == "title":
            continue
        if b.kind == "table":
            for row in b.rows:
                if len(row) == 2:
                    lines.append(f"{row[0]}：{row[1]}")
                else:
                    lines.append(" | ".join(row))
        elif b.kind == "right":
            lines.append(" " * 20 + b.text)
        elif b.kind == "blank":
            lines.append("")
        else:
            lines.append(b.text)
    if case.style.ascii_punct:
        lines = [to_ascii(x) for x in lines]
    return lines


def paginate(docs: list[Doc], case: GenCase) -> Laid:
    """Pages for ``docs`` (each document starts a new page)."""
    laid = Laid(docs)
    for i, doc in enumerate(docs):
        first = len(laid.pages) + 1
        body: list[str] = []
        for line in doc_lines(doc, case):
            body += wrap(line)
        for k in range(0, max(len(body), 1), LINES):
            laid.pages.append(Page(body[k : k + LINES], i))
        if doc.seal:
            laid.pages[-1].seal = True
        laid.ranges.append((first, len(laid.pages)))
    return laid


def footer(number: int, case: GenCase) -> str:
    """The page-number line in the case's style."""
    return {"dash": f"— {number} —", "di": f"第 {number} 页", "plain": str(number)}[case.style.page_numbers]


def number_pages(laid: Laid, skip: set[int]) -> None:
    """Give printed numbers to pages of documents not in ``skip`` (目录, 备考表)."""
    n = 0
    for page in laid.pages:
        if page.doc in skip:
            page.number = None
        else:
            n += 1
            page.number = n


def toc_doc(
    docs: list[Doc], printed: list[tuple[int, int] | None], case: GenCase, shift: dict[int, int]
) -> Doc:
    """卷内目录 listing every numbered document with its printed page range.

    ``shift`` maps a document index to an offset added to its listed range (ARCH-01).
    """
    toc = Doc("toc", "卷内目录", "卷内目录" if case.rng.random() < 0.6 else "卷内文件目录")
    rows = [["序号", "文件名称", "日期", "页号"]]
    n = 0
    for i, (doc, rng_) in enumerate(zip(docs, printed, strict=True)):
        if rng_ is None:
            continue
        n += 1
        a, b = rng_
        a, b = a + shift.get(i, 0), b + shift.get(i, 0)
        pages = f"{a}" if a == b else f"{a}-{b}"
        date = fdate(doc.date, case.style) if doc.date else ""
        rows.append([str(n), doc.title, date, pages])
    toc.table(rows, tag="toc")
    return toc

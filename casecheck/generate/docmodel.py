"""Documents as blocks (paragraphs, tables, signature lines) plus the formatting helpers they share.

A ``Doc`` is format-neutral: ``render_text`` turns it into lines and pages, ``render_docx`` into
paragraphs and Word tables, ``render_pdf``/``render_scan`` draw the text pages. Dates, amounts and
citations are written through the helpers here so each case's ``Style`` applies everywhere.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from casecheck.generate.ids import cn_date, cn_int, money, upper_amount
from casecheck.generate.scenarios import Provision


@dataclass
class Block:
    """A paragraph (``p``), centred title (``title``), right-aligned line (``right``), table
    (``table``: ``rows`` of cells) or blank line (``blank``)."""

    kind: str
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)
    tag: str = ""  # names the block for injectors (``show_cert``, ``seal``, ``remedy`` …)


@dataclass
class Doc:
    """One document of the file. ``key`` identifies it for injectors (``decision``, ``notice_receipt``)."""

    key: str
    doc_type: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    seal: bool = False  # draw a red seal on scans (outward documents carrying （印章）)
    date: dt.date | None = None  # 落款 date (for ordering)

    def p(self, text: str, tag: str = "") -> Doc:
        """Append a paragraph (skipped when empty)."""
        if text:
            self.blocks.append(Block("p", text, tag=tag))
        return self

    def right(self, text: str, tag: str = "") -> Doc:
        """Append a right-aligned line (落款, dates)."""
        self.blocks.append(Block("right", text, tag=tag))
        return self

    def table(self, rows: list[list[str]], tag: str = "") -> Doc:
        """Append a table."""
        self.blocks.append(Block("table", rows=rows, tag=tag))
        return self

    def tagged(self, tag: str) -> list[Block]:
        """Blocks carrying ``tag``."""
        return [b for b in self.blocks if b.tag == tag]

    def drop_tag(self, tag: str) -> int:
        """Remove blocks carrying ``tag``; returns how many."""
        before = len(self.blocks)
        self.blocks = [b for b in self.blocks if b.tag != tag]
        return before - len(self.blocks)

    def set_cell(self, tag: str, label: str, value: str) -> bool:
        """In tagged tables (or ``label：value`` paragraphs), set the value after ``label``."""
        done = False
        for b in self.tagged(tag):
            if b.kind == "table":
                for row in b.rows:
                    for i in range(len(row) - 1):
                        if row[i] == label:
                            row[i + 1] = value
                            done = True
            elif b.text.startswith(label):
                b.text = f"{label}：{value}" if value else f"{label}："
                done = True
        return done

    def blank(self) -> Doc:
        """Append an empty line."""
        self.blocks.append(Block("blank"))
        return self

    def text(self) -> str:
        """All text of the document (for tests and injection checks)."""
        out = [self.title]
        for b in self.blocks:
            out.append(b.text if b.kind != "table" else "\n".join("  ".join(r) for r in b.rows))
        return "\n".join(out)

    def replace(self, old: str, new: str, count: int = -1) -> int:
        """Replace text in every block; returns how many blocks changed."""
        n = 0
        for b in self.blocks:
            if b.kind == "table":
                for row in b.rows:
                    for i, cell in enumerate(row):
                        if old in cell:
                            row[i] = cell.replace(old, new, count)
                            n += 1
            elif old in b.text:
                b.text = b.text.replace(old, new, count)
                n += 1
        return n

    def drop_lines(self, needle: str) -> int:
        """Remove paragraphs containing ``needle``; returns how many."""
        before = len(self.blocks)
        self.blocks = [b for b in self.blocks if b.kind == "table" or needle not in b.text]
        return before - len(self.blocks)


def fdate(d: dt.date | None, style, *, seal: bool = False, form: bool = False) -> str:
    """A date as this case writes it; ``seal`` dates (落款) may use Chinese numerals, ``form`` cells
    may be dotted (``2024.3.12``)."""
    if d is None:
        return "    年  月  日"
    if form and style.dotted_form_dates:
        return f"{d.year}.{d.month}.{d.day}"
    if seal and style.seal_date_cn:
        return cn_date(d, "○" if style.spaced_dates else "〇")
    if style.padded_dates:
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style.spaced_dates and seal:
        return f"{d.year}年 {d.month}月 {d.day}日"
    return f"{d.year}年{d.month}月{d.day}日"


def ftime(d: dt.date | None, hm: str, style) -> str:
    """``2024年3月5日9时30分``."""
    h, m = hm.split(":")
    return f"{fdate(d, style)}{int(h)}时{m}分"


def cite(
    p: Provision,
    style,
    *,
    short: bool = False,
    drop_detail: bool = False,
    article: int | None = None,
    item: int | None = None,
    version_label: str = "",
) -> str:
    """``《中华人民共和国食品安全法》第三十四条第（十）项`` in the case's style.

    ``drop_detail`` omits 款/项 (LAW-02); ``article``/``item`` override the numbers (LAW-03);
    ``version_label`` names an old version (LAW-04).
    """
    title = p.law
    if short and title.startswith("中华人民共和国"):
        title = title.removeprefix("中华人民共和国")
    text = f"《{title}》"
    if version_label:
        text += f"（{version_label}）"
    number = article or p.article
    text += f"第{number if style.arabic_articles else cn_int(number)}条"
    if drop_detail:
        return text
    if p.paragraph:
        text += f"第{cn_int(p.paragraph)}款"
    it = item or p.item
    if it:
        lp, rp = (style.item_paren[0], style.item_paren[1]) if style.item_paren else ("", "")
        text += f"第{lp}{cn_int(it)}{rp}项"
    return text


def amount_pair(yuan: float) -> tuple[str, str]:
    """(小写, 大写) of an amount: (``5000``, ``伍仟元整``)."""
    return money(yuan), upper_amount(yuan)


def to_ascii(text: str) -> str:
    """Half-width punctuation as in copies that passed through ASCII tools (dev-set quirk)."""
    return text.translate(str.maketrans({"，": ",", "：": ":", "（": "(", "）": ")", "；": ";"}))

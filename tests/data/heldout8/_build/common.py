"""Shared helpers for the heldout8 corpus: IDs, working days, page markup and writers.

Page markup (one string per page, one line per row):
  "::c 文字"   centred line (title)         "::C 文字" centred, large (main title)
  "::r 文字"   right-aligned line
  "::t a|b|c"  one row of a form table (cells separated by |)
  "::seal 名称" a seal drawn here (scanned PDF) / written as the seal marker in text
  anything else: an ordinary paragraph line.
"""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import chinese_calendar

OUT = Path(__file__).resolve().parent.parent

CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def org_code(body8: str) -> str:
    """GB 11714 organisation code: 8 chars + check char."""
    s = sum(CC_CHARS.index(c) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    return body8 + ("X" if c == 10 else "0" if c == 11 else str(c))


def credit_code(dept: str, kind: str, region: str, body8: str) -> str:
    """GB 32100 unified social credit code with its check character."""
    first17 = dept + kind + region + org_code(body8)
    s = sum(CC_CHARS.index(c) * w for c, w in zip(first17, CC_W))
    return first17 + CC_CHARS[(31 - s % 31) % 31]


def credit_ok(code: str) -> bool:
    s = sum(CC_CHARS.index(c) * w for c, w in zip(code[:17], CC_W))
    return len(code) == 18 and CC_CHARS[(31 - s % 31) % 31] == code[17]


def id_number(region: str, birth: str, seq3: str) -> str:
    """GB 11643 citizen ID number (region 6 digits, birth YYYYMMDD, sequence 3 digits)."""
    first17 = region + birth + seq3
    s = sum(int(c) * w for c, w in zip(first17, ID_W))
    return first17 + "10X98765432"[s % 11]


def id_ok(code: str) -> bool:
    s = sum(int(c) * w for c, w in zip(code[:17], ID_W))
    return len(code) == 18 and "10X98765432"[s % 11] == code[17]


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def workdays_after(start: dt.date, end: dt.date) -> int:
    """Working days strictly after start up to and including end."""
    n, x = 0, start
    while x < end:
        x += dt.timedelta(days=1)
        if chinese_calendar.is_workday(x):
            n += 1
    return n


def add_workdays(start: dt.date, k: int) -> dt.date:
    x = start
    while k:
        x += dt.timedelta(days=1)
        if chinese_calendar.is_workday(x):
            k -= 1
    return x


CN_DIG = "〇一二三四五六七八九"


def cn_date(x: dt.date) -> str:
    """二〇二三年五月十日 style."""
    def num(n: int) -> str:
        if n < 10:
            return CN_DIG[n]
        t, u = divmod(n, 10)
        return ("" if t == 1 else CN_DIG[t]) + "十" + (CN_DIG[u] if u else "")
    return "".join(CN_DIG[int(c)] for c in str(x.year)) + f"年{num(x.month)}月{num(x.day)}日"


def ar_date(x: dt.date) -> str:
    return f"{x.year}年{x.month}月{x.day}日"


def dot_date(x: dt.date) -> str:
    return f"{x.year}.{x.month}.{x.day}"


class Volume:
    """An ordered 案卷: documents with pages; cover/目录/备考表 are unnumbered."""

    def __init__(self) -> None:
        self.front: list[str] = []
        self.docs: list[tuple[str, str, list[str]]] = []  # (toc title, date text, pages)
        self.back: list[str] = []

    def add(self, title: str, date: str, pages: list[str]) -> None:
        self.docs.append((title, date, pages))

    def ranges(self) -> list[tuple[str, str, int, int]]:
        out, p = [], 1
        for title, date, pages in self.docs:
            out.append((title, date, p, p + len(pages) - 1))
            p += len(pages)
        return out

    def total(self) -> int:
        return sum(len(p) for _, _, p in self.docs)

    def numbered_pages(self, footer) -> list[str]:
        """Front pages, then numbered document pages (footer(n, total) or None), then back pages."""
        pages = list(self.front)
        n, tot = 0, self.total()
        for _, _, dps in self.docs:
            for pg in dps:
                n += 1
                f = footer(n, tot) if footer else None
                pages.append(pg.rstrip("\n") + ("\n\n" + f if f else ""))
        return pages + list(self.back)


def to_text(page: str, table_style: str = "tab", width: int = 40) -> str:
    """Render markup to plain text."""
    out = []
    for line in page.split("\n"):
        if line.startswith("::C ") or line.startswith("::c "):
            t = line[4:]
            out.append(" " * max(0, (width - len(t)) // 2 * 2 // 2) + t)
        elif line.startswith("::r "):
            t = line[4:]
            out.append(" " * max(0, 2 * width - 2 * len(t)) + t)
        elif line.startswith("::t "):
            cells = line[4:].split("|")
            if table_style == "box":
                out.append("│" + "│".join(cells) + "│")
            elif table_style == "colon":
                out.append("；".join(c for c in cells if c))
            else:
                out.append("\t".join(cells))
        elif line.startswith("::seal "):
            out.append(f"{line[7:]}（印章）")
        elif line.startswith("::f "):
            out.append(line[4:])
        else:
            out.append(line)
    return "\n".join(out)


def write_text(path: Path, pages: list[str], encoding: str = "utf-8", table_style: str = "tab") -> None:
    path.write_bytes("\f".join(to_text(p, table_style) for p in pages).encode(encoding))


def rng(seed: str) -> random.Random:
    return random.Random(seed)


def write_docx(path: Path, pages: list[str]) -> None:
    """Word document: markup tables become real Word tables, one page per section of text + page break."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for i, page in enumerate(pages):
        lines = page.split("\n")
        k = 0
        while k < len(lines):
            line = lines[k]
            if line.startswith("::t "):
                rows = []
                while k < len(lines) and lines[k].startswith("::t "):
                    rows.append(lines[k][4:].split("|"))
                    k += 1
                ncol = max(len(r) for r in rows)
                tab = doc.add_table(rows=len(rows), cols=ncol)
                tab.style = "Table Grid"
                for r, cells in enumerate(rows):
                    for c, txt in enumerate(cells):
                        tab.cell(r, c).text = txt
                    if len(cells) < ncol:
                        tab.cell(r, len(cells) - 1).merge(tab.cell(r, ncol - 1))
                continue
            if line.startswith("::C "):
                p = doc.add_paragraph()
                run = p.add_run(line[4:])
                run.bold = True
                run.font.size = Pt(18)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif line.startswith("::c "):
                p = doc.add_paragraph(line[4:])
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif line.startswith("::r "):
                p = doc.add_paragraph(line[4:])
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif line.startswith("::seal "):
                p = doc.add_paragraph(line[7:] + "（盖章）")
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                doc.add_paragraph(line)
            k += 1
        if i < len(pages) - 1:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(str(path))


def write_mirror(case_id: str, pages: list[str]) -> None:
    """Plain-text mirror of a binary-format case, for check.py only."""
    p = OUT / "_build" / "text"
    p.mkdir(exist_ok=True)
    (p / f"{case_id}.txt").write_text("\f".join(to_text(x) for x in pages), encoding="utf-8")


def write_text_pdf(path: Path, pages: list[str], font_name: str = "WQY") -> None:
    """Text-layer PDF with real layout: centred titles, right-aligned 文号/日期, ruled form tables, seals."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    try:
        pdfmetrics.getFont(font_name)
    except KeyError:
        pdfmetrics.registerFont(TTFont(font_name, "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
    W, H = A4
    ml, mr, mt, mb = 72, 68, 70, 60
    c = canvas.Canvas(str(path), pagesize=A4)

    def wrap(text: str, size: float, width: float) -> list[str]:
        out, cur = [], ""
        for ch in text:
            if pdfmetrics.stringWidth(cur + ch, font_name, size) > width:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        return out + [cur]

    for page in pages:
        y = H - mt
        lines = page.split("\n")
        foot = lines[-1] if lines and lines[-1].startswith("::f ") else None
        if foot:
            lines = lines[:-1]
        k = 0
        while k < len(lines):
            line = lines[k]
            if line.startswith("::t "):
                rows = []
                while k < len(lines) and lines[k].startswith("::t "):
                    rows.append(lines[k][4:].split("|"))
                    k += 1
                ncol = max(len(r) for r in rows)
                tw = W - ml - mr
                if ncol == 2:
                    widths = [tw * 0.26, tw * 0.74]
                else:
                    widths = [tw / ncol] * ncol
                    if ncol == 4:
                        widths = [tw * 0.08, tw * 0.52, tw * 0.22, tw * 0.18]
                size = 10.5
                for cells in rows:
                    cw = widths if len(cells) == ncol else [tw * 0.26, tw * 0.74][: len(cells)]
                    wrapped = [wrap(t, size, w - 8) for t, w in zip(cells, cw)]
                    h = max(len(x) for x in wrapped) * 15 + 8
                    x = ml
                    for wl, w in zip(wrapped, cw):
                        c.rect(x, y - h, w, h)
                        ty = y - 15
                        c.setFont(font_name, size)
                        for t in wl:
                            c.drawString(x + 4, ty, t)
                            ty -= 15
                        x += w
                    y -= h
                y -= 8
                continue
            if line.startswith("::C "):
                c.setFont(font_name, 18)
                c.drawCentredString(W / 2, y - 6, line[4:])
                y -= 34
            elif line.startswith("::c "):
                c.setFont(font_name, 13)
                c.drawCentredString(W / 2, y, line[4:])
                y -= 22
            elif line.startswith("::r "):
                c.setFont(font_name, 11)
                c.drawRightString(W - mr, y, line[4:])
                y -= 19
            elif line.startswith("::seal "):
                name = line[7:]
                c.setFont(font_name, 11)
                c.drawRightString(W - mr, y, name + "（印章）")
                c.saveState()
                c.setStrokeColorRGB(0.85, 0.1, 0.1)
                c.setLineWidth(2)
                c.circle(W - mr - 60, y + 2, 42)
                c.restoreState()
                y -= 19
            else:
                c.setFont(font_name, 11)
                for t in wrap(line, 11, W - ml - mr) if line else [""]:
                    c.drawString(ml, y, t)
                    y -= 18
            k += 1
        if foot:
            c.setFont(font_name, 10)
            c.drawCentredString(W / 2, mb - 25, foot[4:])
        c.showPage()
    c.save()

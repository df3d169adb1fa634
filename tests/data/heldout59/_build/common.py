"""Shared pieces for building the heldout59 corpus.

A case is plain data: a list of documents, each a list of pages, each page a list of
blocks.  The renderers below turn one case into the file format the reviewer receives
(UTF-8 text with form feeds, GB18030/GBK text, DOCX with Word tables, PDF with ruled
forms, PDF in prose, or a folder with one file per document).

Block kinds (tuples):
    ("title", text)            centred document title
    ("sub", text)              centred line under the title (文号, 编号)
    ("p", text)                paragraph
    ("kv", [(k, v), ...])      two-column form rows; a 4-tuple row gives four columns
    ("grid", header, rows)     ruled table with a header row
    ("right", text)            right-aligned line (落款, 签名, 印章)
    ("blank",)                 empty line

Paths are always resolved relative to this file, never absolute.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# --------------------------------------------------------------------------- ids

_CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_val(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10


def org_check(body8: str) -> str:
    """GB 11714 check character for an 8-character organisation code body."""
    s = sum(_org_val(c) * w for c, w in zip(body8, _ORG_W))
    r = 11 - s % 11
    return "X" if r == 10 else ("0" if r == 11 else str(r))


def credit_check(first17: str) -> str:
    """GB 32100 check character for the first 17 characters."""
    s = sum(_CC_CHARS.index(c) * w for c, w in zip(first17, _CC_W))
    r = (31 - s % 31) % 31
    return _CC_CHARS[r]


def make_credit_code(prefix2: str, region6: str, org_body8: str) -> str:
    """Build a valid 统一社会信用代码 (embedded organisation code checked too)."""
    org = org_body8 + org_check(org_body8)
    for c in org:
        assert c in _CC_CHARS, (org, c)
    first = prefix2 + region6 + org
    return first + credit_check(first)


def valid_credit_code(code: str) -> bool:
    if len(code) != 18 or any(c not in _CC_CHARS for c in code):
        return False
    org = code[8:17]
    return org_check(org[:8]) == org[8] and credit_check(code[:17]) == code[17]


_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(first17: str) -> str:
    s = sum(int(c) * w for c, w in zip(first17, _ID_W))
    return "10X98765432"[s % 11]


def make_id(region6: str, birth: str, seq3: str) -> str:
    first = region6 + birth + seq3
    return first + id_check(first)


def valid_id(num: str) -> bool:
    if len(num) != 18 or not num[:17].isdigit():
        return False
    try:
        dt.date(int(num[6:10]), int(num[10:12]), int(num[12:14]))
    except ValueError:
        return False
    return id_check(num[:17]) == num[17]


# --------------------------------------------------------------------------- dates

def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def workdays_between(start: dt.date, end: dt.date) -> int:
    """Working days after `start` up to and including `end` (行政处罚法 第八十五条)."""
    import chinese_calendar as cc
    n, d = 0, start
    while d < end:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            n += 1
    return n


def add_workdays(start: dt.date, n: int) -> dt.date:
    import chinese_calendar as cc
    d, k = start, 0
    while k < n:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            k += 1
    return d


_CN_DIG = "〇一二三四五六七八九"


def cn_year(y: int) -> str:
    return "".join(_CN_DIG[int(c)] for c in str(y))


def cn_num(n: int) -> str:
    if n < 10:
        return _CN_DIG[n] if n else "〇"
    if n < 20:
        return "十" + (_CN_DIG[n % 10] if n % 10 else "")
    return _CN_DIG[n // 10] + "十" + (_CN_DIG[n % 10] if n % 10 else "")


def cn_date(s: str) -> str:
    """2023-05-06 -> 二〇二三年五月六日"""
    d = D(s)
    return f"{cn_year(d.year)}年{cn_num(d.month)}月{cn_num(d.day)}日"


def fig_date(s: str) -> str:
    d = D(s)
    return f"{d.year}年{d.month}月{d.day}日"


_UP = "零壹贰叁肆伍陆柒捌玖"


def rmb_upper(amount: float) -> str:
    """Amount in yuan -> 大写 (人民币…元…角…分 / 整)."""
    fen_total = int(round(amount * 100))
    yuan, jf = divmod(fen_total, 100)
    jiao, fen = divmod(jf, 10)
    units = ["", "拾", "佰", "仟"]
    big = ["", "万", "亿"]

    def four(n: int) -> str:
        s, zero = "", False
        for i in range(3, -1, -1):
            dgt = n // (10 ** i) % 10
            if dgt == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += _UP[dgt] + units[i]
        return s

    parts, gi, n = [], 0, yuan
    while n > 0:
        parts.append((n % 10000, gi))
        n //= 10000
        gi += 1
    out, prev_nonzero_low = "", False
    for idx, (chunk, g) in enumerate(reversed(parts)):
        if chunk == 0:
            prev_nonzero_low = True
            continue
        if out and (chunk < 1000 or prev_nonzero_low):
            out += "零"
        out += four(chunk) + big[g]
        prev_nonzero_low = False
    if not out:
        out = "零"
    out += "元"
    if jiao == 0 and fen == 0:
        return out + "整"
    if jiao:
        out += _UP[jiao] + "角"
    elif fen:
        out += "零"
    if fen:
        out += _UP[fen] + "分"
    return out


def money(amount: float) -> str:
    if abs(amount - round(amount)) < 1e-9:
        return f"{int(round(amount)):,}"
    return f"{amount:,.2f}"


# --------------------------------------------------------------------------- model

@dataclass
class Doc:
    title: str                      # name as listed in 卷内目录
    pages: list                     # list of pages; a page is a list of blocks
    numbered: bool = True           # cover, 目录, 备考表 are not numbered
    number: str = ""                # 文号 shown in 目录
    date: str = ""                  # date shown in 目录 (ISO)
    fname: str = ""                 # file name when the case is a folder


@dataclass
class Case:
    case_id: str
    docs: list                      # all documents in file order (incl. cover/toc/备考)
    page_label: str = "第{n}页"     # footer for numbered pages
    meta: dict = field(default_factory=dict)


def paginate(case: Case) -> list:
    """Assign page numbers: returns [(doc, first, last)] for numbered docs."""
    n, out = 0, []
    for d in case.docs:
        if d.numbered:
            first = n + 1
            n += len(d.pages)
            out.append((d, first, n))
        else:
            out.append((d, None, None))
    return out


def total_numbered(case: Case) -> int:
    return sum(len(d.pages) for d in case.docs if d.numbered)


def toc_rows(case: Case, overrides: dict | None = None) -> list:
    """Rows for 卷内目录: 序号, 文件名称, 文号, 日期, 页号."""
    rows, i = [], 0
    for d, a, b in paginate(case):
        if a is None:
            continue
        i += 1
        pg = f"{a}" if a == b else f"{a}-{b}"
        if overrides and d.title in overrides:
            pg = overrides[d.title]
        rows.append([str(i), d.title, d.number or "", fig_date(d.date) if d.date else "", pg])
    return rows


# --------------------------------------------------------------------------- text renderer

WIDTH = 38  # CJK characters per line in the text renderers


def _w(s: str) -> int:
    return sum(1 if ord(c) < 128 else 2 for c in s)


def _center(s: str, width: int = WIDTH * 2) -> str:
    pad = max(0, (width - _w(s)) // 2)
    return " " * pad + s


def _right(s: str, width: int = WIDTH * 2) -> str:
    pad = max(0, width - _w(s))
    return " " * pad + s


def block_lines(b, style: str = "plain") -> list:
    k = b[0]
    if k == "title":
        return [_center(b[1]), ""]
    if k == "sub":
        return [_center(b[1])]
    if k == "p":
        return ["　　" + b[1] if not b[1].startswith(("　", " ", "（", "(", "□", "■", "问", "答", "照片", "附")) else b[1]]
    if k == "right":
        return [_right(b[1])]
    if k == "blank":
        return [""]
    if k == "kv":
        out = []
        for row in b[1]:
            if len(row) == 4:
                if style == "box":
                    out.append(f"│{row[0]}│{row[1]}│{row[2]}│{row[3]}│")
                else:
                    out.append(f"{row[0]}：{row[1]}　　{row[2]}：{row[3]}")
            else:
                if style == "box":
                    out.append(f"│{row[0]}│{row[1]}│")
                else:
                    out.append(f"{row[0]}：{row[1]}")
        if style == "box":
            out = ["┌" + "─" * 30 + "┐"] + out + ["└" + "─" * 30 + "┘"]
        return out
    if k == "grid":
        header, rows = b[1], b[2]
        sep = "｜"
        out = [sep.join(header)]
        out.append("－" * min(WIDTH, _w(out[0]) // 2))
        out += [sep.join(str(c) for c in r) for r in rows]
        return out
    raise ValueError(k)


def render_page_text(page: list, style: str = "plain") -> list:
    lines = []
    for b in page:
        lines += block_lines(b, style)
    return lines


def render_text(case: Case, page_sep: str = "\f", style: str = "plain",
                footer=None, newline: str = "\n") -> str:
    """Whole case as one text; numbered pages get a footer line."""
    pages_out = []
    n = 0
    for d in case.docs:
        for p in d.pages:
            lines = render_page_text(p, style)
            if d.numbered:
                n += 1
                lab = footer(n) if footer else case.page_label.format(n=n)
                lines += ["", _center(lab)]
            pages_out.append(newline.join(lines))
    if page_sep == "\f":
        return ("\f").join(pages_out) + newline
    return (newline + page_sep + newline).join(pages_out) + newline


def write_folder(case: Case, folder: str, footer=None) -> list:
    """One UTF-8 text file per document; page numbers continue across files."""
    os.makedirs(folder, exist_ok=True)
    for f in os.listdir(folder):
        os.remove(os.path.join(folder, f))
    n, written = 0, []
    for i, d in enumerate(case.docs, 1):
        chunks = []
        for p in d.pages:
            lines = render_page_text(p)
            if d.numbered:
                n += 1
                lab = footer(n) if footer else case.page_label.format(n=n)
                lines += ["", _center(lab)]
            chunks.append("\n".join(lines))
        name = d.fname or f"{i:02d}_{d.title}.txt"
        with open(os.path.join(folder, name), "w", encoding="utf-8") as fh:
            fh.write("\f".join(chunks) + "\n")
        written.append(name)
    return written


def col_widths(header, rows, total: float) -> list:
    """Column widths proportional to the longest cell (clamped), summing to `total`."""
    n = len(header)
    need = []
    for j in range(n):
        cells = [str(header[j])] + [str(r[j]) for r in rows if j < len(r)]
        need.append(min(22, max(3, max(_w(c) for c in cells) / 2)))
    s = sum(need)
    return [total * x / s for x in need]


# --------------------------------------------------------------------------- docx renderer

def render_docx(case: Case, path: str, footer=None) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt, Mm

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin = sec.bottom_margin = Mm(22)
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")

    def para(text, align=None, bold=False, size=None):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(2)
        return p

    def table(rows, widths):
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        t.autofit = False
        for j, col in enumerate(t.columns):
            col.width = Mm(widths[j])
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                cell = t.cell(i, j)
                cell.text = ""
                par = cell.paragraphs[0]
                run = par.add_run(str(c))
                run.font.size = Pt(9.5)
                par.paragraph_format.space_after = Pt(0)
                cell.width = Mm(widths[j])
        doc.add_paragraph()

    n, first = 0, True
    for d in case.docs:
        for p in d.pages:
            if not first:
                doc.add_page_break()
            first = False
            for b in p:
                k = b[0]
                if k == "title":
                    para(b[1], "c", True, 16)
                elif k == "sub":
                    para(b[1], "c")
                elif k == "p":
                    para(("　　" + b[1]) if not b[1].startswith(("问", "答", "（", "照片", "□", "■", "附")) else b[1])
                elif k == "right":
                    para(b[1], "r")
                elif k == "blank":
                    para("")
                elif k == "kv":
                    rows = [list(r) for r in b[1]]
                    if any(len(r) == 4 for r in rows):
                        rows = [r if len(r) == 4 else [r[0], r[1], "", ""] for r in rows]
                        table(rows, [28, 52, 28, 52])
                    else:
                        table(rows, [35, 125])
                elif k == "grid":
                    rows = [list(b[1])] + [list(map(str, r)) for r in b[2]]
                    table(rows, col_widths(b[1], b[2], 160))
            if d.numbered:
                n += 1
                para(footer(n) if footer else case.page_label.format(n=n), "c")
    doc.core_properties.author = case.meta.get("agency", "")
    doc.core_properties.title = case.case_id
    stamp = dt.datetime.fromisoformat(case.meta.get("docx_time", "2022-11-25T09:00:00"))
    doc.core_properties.created = stamp
    doc.core_properties.modified = stamp
    doc.core_properties.last_modified_by = case.meta.get("agency", "")
    doc.save(path)


# --------------------------------------------------------------------------- pdf renderers

def _pdf_setup():
    from reportlab import rl_config
    rl_config.invariant = 1  # reproducible bytes: no creation timestamp or random id
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    try:
        pdfmetrics.getFont("STSong-Light")
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def render_pdf(case: Case, path: str, mode: str = "table", footer=None) -> int:
    """mode 'table': ruled forms; mode 'prose': flowing text. Returns page count."""
    _pdf_setup()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Table, TableStyle,
                                    PageBreak, Spacer)
    from reportlab.lib import colors
    from xml.sax.saxutils import escape

    base = ParagraphStyle("b", fontName="STSong-Light", fontSize=10.5, leading=16,
                          wordWrap="CJK", firstLineIndent=21 if mode == "prose" else 0)
    plain = ParagraphStyle("pl", parent=base, firstLineIndent=0)
    cell = ParagraphStyle("c", parent=base, fontSize=9.5, leading=13, firstLineIndent=0)
    title = ParagraphStyle("t", parent=base, fontSize=16, leading=24, alignment=TA_CENTER,
                           firstLineIndent=0, spaceAfter=6)
    sub = ParagraphStyle("s", parent=base, alignment=TA_CENTER, firstLineIndent=0)
    right = ParagraphStyle("r", parent=base, alignment=TA_RIGHT, firstLineIndent=0)

    labels = []
    n = 0
    for d in case.docs:
        for _ in d.pages:
            if d.numbered:
                n += 1
                labels.append(footer(n) if footer else case.page_label.format(n=n))
            else:
                labels.append(None)

    def on_page(canv, docm):
        i = canv.getPageNumber() - 1
        if i < len(labels) and labels[i]:
            canv.setFont("STSong-Light", 9.5)
            canv.drawCentredString(A4[0] / 2, 12 * mm, labels[i])

    story, first = [], True
    E = lambda s: escape(s)
    for d in case.docs:
        for p in d.pages:
            if not first:
                story.append(PageBreak())
            first = False
            for b in p:
                k = b[0]
                if k == "title":
                    story.append(Paragraph(E(b[1]), title))
                elif k == "sub":
                    story.append(Paragraph(E(b[1]), sub))
                elif k == "p":
                    st = base if not b[1].startswith(("问", "答", "（", "照片", "□", "■", "附")) else plain
                    story.append(Paragraph(E(b[1]), st))
                elif k == "right":
                    story.append(Paragraph(E(b[1]), right))
                elif k == "blank":
                    story.append(Spacer(1, 8))
                elif k == "kv":
                    if mode == "prose":
                        for r in b[1]:
                            txt = f"{r[0]}：{r[1]}" + (f"　　{r[2]}：{r[3]}" if len(r) == 4 else "")
                            story.append(Paragraph(E(txt), plain))
                    else:
                        rows = []
                        four = any(len(r) == 4 for r in b[1])
                        for r in b[1]:
                            if four:
                                r = list(r) if len(r) == 4 else [r[0], r[1], "", ""]
                                rows.append([Paragraph(E(str(c)), cell) for c in r])
                            else:
                                rows.append([Paragraph(E(str(c)), cell) for c in r])
                        if four:
                            widths = [28 * mm, 57 * mm, 28 * mm, 57 * mm]
                            span = [("SPAN", (1, i), (3, i)) for i, r in enumerate(b[1]) if len(r) == 2]
                        else:
                            widths = [34 * mm, 136 * mm]
                            span = []
                        t = Table(rows, colWidths=widths)
                        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")] + span))
                        story.append(t)
                        story.append(Spacer(1, 5))
                elif k == "grid":
                    header, rows = b[1], b[2]
                    if mode == "prose":
                        story.append(Paragraph(E("；".join(header)), plain))
                        for r in rows:
                            story.append(Paragraph(E("　".join(map(str, r))), plain))
                    else:
                        data = [[Paragraph(E(str(c)), cell) for c in header]]
                        data += [[Paragraph(E(str(c)), cell) for c in r] for r in rows]
                        t = Table(data, colWidths=[w * mm for w in col_widths(header, rows, 170)])
                        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black)]))
                        story.append(t)
                        story.append(Spacer(1, 5))
    docm = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                             topMargin=18 * mm, bottomMargin=22 * mm,
                             title=case.meta.get("pdf_title", case.case_id),
                             author=case.meta.get("agency", ""))
    docm.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return len(labels)


def pdf_page_count(path: str) -> int:
    import re
    data = open(path, "rb").read()
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))

"""Shared helpers for the dev8 corpus: identifiers, amounts, dates, working days, a small
document model (case -> documents -> pages -> blocks) and the writers for every output format.

Nothing here reads outside the dev8 folder. All paths are relative to the folder of this file.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# ---------------------------------------------------------------- identifiers

CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100 character set (no I O S V Z)
CC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8: str) -> str:
    """GB 11714 check character for an 8-character organisation code body."""
    s = sum(int(c, 36) * w for c, w in zip(body8, ORG_WEIGHTS))
    c = 11 - s % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def cc_check(first17: str) -> str:
    """GB 32100 check character for the first 17 characters of a credit code."""
    s = sum(CC_CHARS.index(c) * w for c, w in zip(first17, CC_WEIGHTS))
    return CC_CHARS[(31 - s % 31) % 31]


def credit_code(kind: str, region: str, org_body: str) -> str:
    """Build a credit code: kind '91' (company) or '92' (个体工商户), 6-digit region, 8-char org body."""
    first17 = kind + region + org_body + org_check(org_body)
    return first17 + cc_check(first17)


def credit_code_ok(code: str) -> bool:
    if len(code) != 18 or any(c not in CC_CHARS for c in code):
        return False
    org = code[8:17]
    return org_check(org[:8]) == org[8] and cc_check(code[:17]) == code[17]


def id_check(first17: str) -> str:
    s = sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS))
    return "10X98765432"[s % 11]


def id_number(region: str, birth: str, seq: str) -> str:
    """GB 11643 citizen identity number; birth as YYYYMMDD, seq 3 digits (odd = male)."""
    first17 = region + birth + seq
    return first17 + id_check(first17)


def id_ok(num: str) -> bool:
    if len(num) != 18 or not num[:17].isdigit():
        return False
    try:
        dt.date(int(num[6:10]), int(num[10:12]), int(num[12:14]))
    except ValueError:
        return False
    return id_check(num[:17]) == num[17]


# ---------------------------------------------------------------- amounts and dates

_DIG = "零壹贰叁肆伍陆柒捌玖"


def _four(n: int) -> str:
    units = ["仟", "佰", "拾", ""]
    s, zero = "", False
    for i, d in enumerate(f"{n:04d}"):
        d = int(d)
        if d == 0:
            zero = bool(s)
        else:
            if zero:
                s += "零"
                zero = False
            s += _DIG[d] + units[i]
    return s


def rmb_upper(amount: float) -> str:
    """人民币大写, e.g. 20000 -> 贰万元整, 91837.5 -> 玖万壹仟捌佰叁拾柒元伍角."""
    fen = int(round(amount * 100))
    yuan, jiao, f = fen // 100, fen // 10 % 10, fen % 10
    parts = []
    yi, wan, ge = yuan // 100000000, yuan // 10000 % 10000, yuan % 10000
    if yi:
        parts.append(_four(yi) + "亿")
    if wan:
        if parts and wan < 1000:
            parts.append("零")
        parts.append(_four(wan) + "万")
    if ge:
        if parts and ge < 1000:
            parts.append("零")
        parts.append(_four(ge))
    s = "".join(parts) or "零"
    s += "元"
    if jiao == 0 and f == 0:
        return s + "整"
    if jiao:
        s += _DIG[jiao] + "角"
    elif f:
        s += "零"
    if f:
        s += _DIG[f] + "分"
    return s


def rmb_lower(amount: float) -> str:
    return f"¥{amount:,.2f}"


_CN = "〇一二三四五六七八九"


def _cn_num(n: int) -> str:
    if n < 10:
        return "一二三四五六七八九"[n - 1]
    if n < 20:
        return "十" + ("" if n == 10 else _CN[n % 10])
    return _CN[n // 10] + "十" + ("" if n % 10 == 0 else _CN[n % 10])


def d_upper(iso: str) -> str:
    """二〇二三年五月六日."""
    d = dt.date.fromisoformat(iso)
    return "".join(_CN[int(c)] for c in str(d.year)) + f"年{_cn_num(d.month)}月{_cn_num(d.day)}日"


def d_cn(iso: str) -> str:
    """2023年5月6日."""
    d = dt.date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日"


def d_pad(iso: str) -> str:
    """2023年05月06日."""
    d = dt.date.fromisoformat(iso)
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def workdays_between(a: str, b: str) -> int:
    """Working days after a up to and including b (行政处罚法 第八十五条), from chinese_calendar."""
    import chinese_calendar as cc

    d, end, n = dt.date.fromisoformat(a), dt.date.fromisoformat(b), 0
    while d < end:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            n += 1
    return n


def days_between(a: str, b: str) -> int:
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days


# ---------------------------------------------------------------- document model
# A block is a tuple: ("T", text) title, ("C", text) centred, ("P", text) paragraph,
# ("R", text) right-aligned, ("B", "") blank line, ("TB", rows) table (rows = lists of cells;
# a row of 2 cells is label/value, of 4 cells two label/value pairs, of 1 cell a full-width line,
# any other length a plain grid row), ("QA", (q, a)) question/answer pair.


@dataclass
class Doc:
    title: str  # title as it appears in the 卷内目录
    pages: list  # list of pages; a page is a list of blocks
    date: str | None = None  # ISO date shown in the 目录
    number: str = ""  # 文号 or 责任者 shown in the 目录
    numbered: bool = True  # 卷内目录 and 备考表 carry no page number
    fname: str = ""  # file name when the case is a folder


@dataclass
class Case:
    case_id: str
    docs: list = field(default_factory=list)
    label: dict = field(default_factory=dict)

    def paginate(self):
        """Assign 卷 page numbers: numbered documents count from 1."""
        n = 0
        for d in self.docs:
            d.first = d.last = None
            if d.numbered:
                d.first = n + 1
                n += len(d.pages)
                d.last = n
        self.total_pages = n


def toc_doc(case: Case, heading: str, override: dict | None = None, extra_rows=None) -> Doc:
    """Build the 卷内目录 from the paginated documents. override maps doc index -> page text
    (used only where a case deliberately carries a wrong 目录)."""
    rows = [["序号", "文件名称", "文号/责任者", "日期", "页号", "备注"]]
    i = 0
    for idx, d in enumerate(case.docs):
        if not d.numbered:
            continue
        i += 1
        pg = f"{d.first}" if d.first == d.last else f"{d.first}-{d.last}"
        if override and idx in override:
            pg = override[idx]
        rows.append([str(i), d.title, d.number or "", (d_cn(d.date) if d.date else ""), pg, ""])
    for r in extra_rows or []:
        rows.append(r)
    return rows


# ---------------------------------------------------------------- text rendering


def _cells_text(row):
    if len(row) == 1:
        return row[0]
    if len(row) == 2:
        return f"{row[0]}：{row[1]}"
    if len(row) == 4:
        return f"{row[0]}：{row[1]}　　{row[2]}：{row[3]}"
    return " | ".join(row)


def page_text(blocks, width=40) -> str:
    out = []
    for kind, val in blocks:
        if kind == "T":
            out.append(" " * max(0, (width - len(val)) // 2 * 1) + val)
        elif kind == "C":
            out.append(" " * max(0, (width - len(val)) // 2) + val)
        elif kind == "P":
            plain = val.startswith(("　", " ", "（", "(")) or (val[:1].isdigit() and val[1:2] in ".、")
            out.append("　　" + val if not plain and len(val) > 30 else val)
        elif kind == "R":
            out.append(" " * max(0, width * 2 - len(val) * 2 - 4) + val)
        elif kind == "B":
            out.append("")
        elif kind == "TB":
            grid = val and val[0] and val[0][0] in ("序号", "编号", "地块编号")
            for row in val:
                out.append(" | ".join(row) if grid else _cells_text(row))
        elif kind == "QA":
            out.append(f"问：{val[0]}")
            out.append(f"答：{val[1]}")
    return "\n".join(out)


def pageno_line(n: int) -> str:
    return " " * 70 + f"— {n} —"


def case_text(case: Case, header=None, footer=None) -> str:
    """Whole case as one string, pages separated by form feed."""
    pages = []
    for d in case.docs:
        for i, pg in enumerate(d.pages):
            t = page_text(pg)
            if d.numbered:
                t = t.rstrip("\n") + "\n\n" + pageno_line(d.first + i)
            pages.append(t.rstrip("\n") + "\n")
    return "\f".join(pages)


def write_txt(case: Case, encoding: str, newline="\n"):
    path = os.path.join(OUT, case.case_id + ".txt")
    text = case_text(case)
    if newline != "\n":
        text = text.replace("\n", newline)
    with open(path, "wb") as f:
        f.write(text.encode(encoding))
    return path


def write_folder(case: Case, encoding="utf-8"):
    folder = os.path.join(OUT, case.case_id)
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    for k, d in enumerate(case.docs):
        pages = []
        for i, pg in enumerate(d.pages):
            t = page_text(pg)
            if d.numbered:
                t = t.rstrip("\n") + "\n\n" + pageno_line(d.first + i)
            pages.append(t.rstrip("\n") + "\n")
        fname = d.fname or f"{k:02d}_{d.title}.txt"
        with open(os.path.join(folder, fname), "wb") as f:
            f.write("\f".join(pages).encode(encoding))
    return folder


# ---------------------------------------------------------------- docx


def write_docx(case: Case, author: str, when: dt.datetime):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(11)
    core = doc.core_properties
    core.author = author
    core.title = "行政处罚案卷"
    core.created = when
    core.modified = when
    core.last_modified_by = author
    first = True
    for d in case.docs:
        for i, pg in enumerate(d.pages):
            if not first:
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            first = False
            for kind, val in pg:
                if kind in ("T", "C"):
                    p = doc.add_paragraph()
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    r = p.add_run(val)
                    if kind == "T":
                        r.bold = True
                        r.font.size = Pt(16)
                elif kind == "P":
                    p = doc.add_paragraph(val)
                elif kind == "R":
                    p = doc.add_paragraph(val)
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                elif kind == "B":
                    doc.add_paragraph()
                elif kind == "QA":
                    doc.add_paragraph(f"问：{val[0]}")
                    doc.add_paragraph(f"答：{val[1]}")
                elif kind == "TB":
                    ncol = max(len(r) for r in val)
                    t = doc.add_table(rows=0, cols=ncol)
                    t.style = "Table Grid"
                    t.alignment = WD_TABLE_ALIGNMENT.CENTER
                    for row in val:
                        cells = t.add_row().cells
                        if len(row) == ncol:
                            for c, txt in zip(cells, row):
                                c.text = txt
                        elif len(row) == 1:
                            m = cells[0].merge(cells[-1])
                            m.text = row[0]
                        elif len(row) == 2:
                            cells[0].text = row[0]
                            m = cells[1].merge(cells[-1])
                            m.text = row[1]
                        else:
                            for c, txt in zip(cells, row):
                                c.text = txt
            if d.numbered:
                p = doc.add_paragraph(f"— {d.first + i} —")
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    path = os.path.join(OUT, case.case_id + ".docx")
    doc.save(path)
    _fix_zip_times(path, when)
    return path


def _fix_zip_times(path, when):
    """Rewrite the zip with fixed member timestamps so that the build is byte-for-byte repeatable."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# ---------------------------------------------------------------- pdf


def _pdf_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    try:
        pdfmetrics.getFont("STSong-Light")
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def wrap(text: str, width: float, size: float, font="STSong-Light"):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, cur = [], ""
    for ch in text:
        if ch == "\n":
            lines.append(cur)
            cur = ""
            continue
        if stringWidth(cur + ch, font, size) > width and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


class PdfPager:
    """Draws blocks onto fixed pages. layout: 'ruled' (full-width ruled forms), 'twocol'
    (every block inside a two-column label/content grid), 'system' (ruled, with running
    header and footer of a case-management system)."""

    def __init__(self, path, layout, meta):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        _pdf_setup()
        self.W, self.H = A4
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setTitle(meta.get("title", "行政处罚案卷"))
        self.c.setAuthor(meta.get("author", ""))
        self.c.setCreator(meta.get("creator", "案卷扫描归档"))
        self.layout = layout
        self.meta = meta
        self.L, self.R = 62, self.W - 62
        self.pdf_page = 0

    def text(self, x, y, s, size=10.5, font="STSong-Light"):
        self.c.setFont(font, size)
        self.c.drawString(x, y, s)

    def page(self, blocks, pageno=None, total=None):
        c = self.c
        self.pdf_page += 1
        top = self.H - 70
        if self.layout == "system":
            m = self.meta
            c.setFont("STSong-Light", 8)
            c.drawString(self.L, self.H - 36, m["sys_name"])
            c.drawRightString(self.R, self.H - 36, f"案件编号：{m['case_no']}")
            c.line(self.L, self.H - 40, self.R, self.H - 40)
            c.line(self.L, 44, self.R, 44)
            c.drawString(self.L, 34, f"打印人：{m['printer']}　打印时间：{m['printed']}")
            c.drawRightString(self.R, 34, f"第 {self.pdf_page} 页 共 {m['pdf_total']} 页")
            top = self.H - 64
        y = top
        size = 10.5
        lh = 16
        if self.layout == "twocol":
            y = self._twocol(blocks, y)
        else:
            for kind, val in blocks:
                y = self._block(kind, val, y, size, lh)
        if y < (64 if self.layout == "system" else 52):
            raise ValueError(f"page overflow on pdf page {self.pdf_page}: y={y:.0f}")
        if pageno is not None:
            c.setFont("STSong-Light", 10)
            if self.layout == "system":
                c.drawRightString(self.R, 52, f"卷页号 {pageno}")
            else:
                c.drawRightString(self.R, 40, str(pageno))
        c.showPage()

    def _block(self, kind, val, y, size, lh):
        c = self.c
        if kind == "T":
            c.setFont("STSong-Light", 16)
            c.drawCentredString(self.W / 2, y, val)
            return y - 28
        if kind == "C":
            c.setFont("STSong-Light", 11)
            c.drawCentredString(self.W / 2, y, val)
            return y - 20
        if kind == "B":
            return y - lh / 2
        if kind == "R":
            c.setFont("STSong-Light", size)
            c.drawRightString(self.R - 10, y, val)
            return y - lh
        if kind == "P":
            first = True
            for ln in wrap(val, self.R - self.L - (21 if len(val) > 30 else 0), size):
                ind = 21 if (first and len(val) > 30) else 0
                self.text(self.L + ind, y, ln, size)
                y -= lh
                first = False
            return y
        if kind == "QA":
            y = self._block("P", "问：" + val[0], y, size, lh)
            return self._block("P", "答：" + val[1], y, size, lh)
        if kind == "TB":
            return self._table(val, y, size)
        return y

    def _table(self, rows, y, size):
        c = self.c
        ncol = max(len(r) for r in rows)
        full = self.R - self.L
        lh = 14
        c.setLineWidth(0.6)
        for row in rows:
            if len(row) == 1:
                widths = [full]
            elif len(row) == 2:
                widths = [full * 0.24, full * 0.76]
            elif len(row) == 4:
                widths = [full * 0.16, full * 0.34, full * 0.16, full * 0.34]
            elif ncol == 6 and len(row) == 6:
                widths = [full * w for w in (0.07, 0.37, 0.22, 0.14, 0.1, 0.1)]
            else:
                widths = [full / len(row)] * len(row)
            wrapped = [wrap(t, w - 8, size - 1) for t, w in zip(row, widths)]
            h = max(len(wl) for wl in wrapped) * lh + 8
            x = self.L
            for wl, w in zip(wrapped, widths):
                c.rect(x, y - h, w, h)
                yy = y - 4 - lh + 3
                for ln in wl:
                    self.text(x + 4, yy, ln, size - 1)
                    yy -= lh
                x += w
            y -= h
        return y - 18

    def _twocol(self, blocks, y):
        """Everything in a two-column grid: a narrow label column and a wide content column."""
        c = self.c
        full = self.R - self.L
        lw = full * 0.2
        lh = 14
        size = 10
        c.setLineWidth(0.5)
        pending_label = ""
        for kind, val in blocks:
            if kind == "T":
                c.setFont("STSong-Light", 15)
                c.drawCentredString(self.W / 2, y, val)
                y -= 24
                continue
            if kind == "C":
                c.setFont("STSong-Light", 10.5)
                c.drawCentredString(self.W / 2, y, val)
                y -= 18
                continue
            if kind == "B":
                continue
            if kind == "TB":
                y = self._table(val, y, size + 0.5) + 6
                continue
            if kind == "QA":
                cells = [("问", val[0]), ("答", val[1])]
            elif kind == "R":
                cells = [("", val)]
            else:
                # a paragraph "标签｜内容" puts the label in the left column
                if "｜" in val:
                    lab, txt = val.split("｜", 1)
                    cells = [(lab, txt)]
                else:
                    cells = [(pending_label, val)]
            for lab, txt in cells:
                wl = wrap(txt, full - lw - 8, size)
                ll = wrap(lab, lw - 8, size)
                h = max(len(wl), len(ll)) * lh + 6
                c.rect(self.L, y - h, lw, h)
                c.rect(self.L + lw, y - h, full - lw, h)
                yy = y - lh + 2
                for ln in ll:
                    self.text(self.L + 4, yy, ln, size)
                    yy -= lh
                yy = y - lh + 2
                for ln in wl:
                    if kind == "R":
                        c.setFont("STSong-Light", size)
                        c.drawRightString(self.R - 6, yy, ln)
                    else:
                        self.text(self.L + lw + 4, yy, ln, size)
                    yy -= lh
                y -= h
        return y

    def save(self):
        self.c.save()


def write_pdf(case: Case, layout: str, meta: dict):
    path = os.path.join(OUT, case.case_id + ".pdf")
    meta = dict(meta)
    meta["pdf_total"] = sum(len(d.pages) for d in case.docs)
    pg = PdfPager(path, layout, meta)
    for d in case.docs:
        for i, blocks in enumerate(d.pages):
            pg.page(blocks, pageno=(d.first + i) if d.numbered else None)
    pg.save()
    return path

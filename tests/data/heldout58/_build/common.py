"""Shared helpers for the heldout58 builders: check digits, working days, document model, renderers."""
import datetime as dt
import os

import chinese_calendar

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# ---------- check characters ----------
_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code(body8):
    """GB 11714 organisation code: 8 body chars + check char."""
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c, 36) * wi for c, wi in zip(body8, w))
    c = 11 - s % 11
    return body8 + ("X" if c == 10 else "0" if c == 11 else str(c))


def credit_code(prefix2, region6, body8):
    """GB 32100 unified social credit code (18 chars)."""
    base = prefix2 + region6 + org_code(body8)
    s = sum(_CC.index(ch) * w for ch, w in zip(base, _CC_W))
    c = (31 - s % 31) % 31
    return base + _CC[c]


def credit_ok(code):
    if len(code) != 18 or any(ch not in _CC for ch in code):
        return False
    s = sum(_CC.index(ch) * w for ch, w in zip(code[:17], _CC_W))
    return _CC[(31 - s % 31) % 31] == code[17]


def id_number(region6, birth8, seq3):
    """GB 11643 citizen identity number."""
    base = region6 + birth8 + seq3
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return base + "10X98765432"[sum(int(a) * b for a, b in zip(base, w)) % 11]


def id_ok(num):
    return len(num) == 18 and id_number(num[:6], num[6:14], num[14:17]) == num


# ---------- working days ----------
def wd_between(d1, d2):
    """Working days after d1 up to and including d2 (APL 第八十五条)."""
    n, x = 0, d1
    while x < d2:
        x += dt.timedelta(1)
        if chinese_calendar.is_workday(x):
            n += 1
    return n


def wd_add(d, n):
    x = d
    while n:
        x += dt.timedelta(1)
        if chinese_calendar.is_workday(x):
            n -= 1
    return x


D = dt.date
CN_DIG = "〇一二三四五六七八九"


def cn_date(d):
    """二〇二二年九月二十六日 style."""
    def num(n):
        if n < 10:
            return CN_DIG[n]
        if n < 20:
            return "十" + (CN_DIG[n % 10] if n % 10 else "")
        return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")
    return "".join(CN_DIG[int(c)] for c in str(d.year)) + "年" + num(d.month) + "月" + num(d.day) + "日"


def ymd(d):
    return f"{d.year}年{d.month}月{d.day}日"


def dots(d):
    return f"{d.year}.{d.month}.{d.day}"


# ---------- document model ----------
class Doc:
    """A document: title for the 目录, 文号, date text, and pages (lists of blocks).

    Blocks: ("h", text) heading; ("p", text) paragraph; ("kv", [(label, value), ...]) form rows;
    ("r", text) right-aligned line (seal, signature, date).
    """

    def __init__(self, title, pages, number="", date="", fname=None):
        self.title, self.pages, self.number, self.date = title, pages, number, date
        self.fname = fname or title


def layout(docs):
    """Assign page numbers; the 目录 is page 1. Returns list of (doc, first, last)."""
    out, p = [], 2
    for d in docs:
        out.append((d, p, p + len(d.pages) - 1))
        p += len(d.pages)
    return out


def catalogue(case_title, docs, unit, omit=(), shift=None, total_override=None):
    """卷内目录 page. omit: titles left out of the listing (ARCH-01 seeding)."""
    rows, lay = [], layout(docs)
    seq = 0
    for d, a, b in lay:
        if d.title in omit:
            continue
        seq += 1
        if shift is not None and a > shift[0]:
            a, b = a - shift[1], b - shift[1]
        rng = str(a) if a == b else f"{a}-{b}"
        rows.append((str(seq), d.title, d.number or "—", d.date or "—", rng))
    total = total_override or (lay[-1][2])
    return Doc("卷内目录", [[("h", "卷 内 目 录"), ("p", f"案件名称：{case_title}"), ("p", f"立卷单位：{unit}"),
                              ("tbl", [("序号", "文件名称", "文号", "日期", "页号")] + rows),
                              ("p", f"本卷共 {total} 页（含本目录页）。")]])


def page_texts(docs):
    """All pages as plain text lines, with page numbers; docs[0] is the 目录."""
    pages, n = [], 0
    for d in docs:
        for blocks in d.pages:
            n += 1
            lines = []
            for kind, val in blocks:
                if kind == "h":
                    lines.extend(" " * 12 + part for part in val.split("\n"))
                    lines.append("")
                elif kind == "p":
                    lines.append(val)
                elif kind == "r":
                    lines.append(" " * 24 + val)
                elif kind == "kv":
                    for k, v in val:
                        lines.append(f"{k}：{v}")
                elif kind == "tbl":
                    for row in val:
                        lines.append(" | ".join(row))
            lines.append("")
            lines.append(" " * 20 + f"— {n} —")
            pages.append(lines)
    return pages


def write_txt(path, docs, encoding):
    text = "\f".join("\n".join(p) + "\n" for p in page_texts(docs))
    text.encode(encoding)  # raise if a character does not fit the encoding
    with open(path, "w", encoding=encoding, newline="\n") as f:
        f.write(text)


def write_folder(path, docs):
    os.makedirs(path, exist_ok=True)
    pages = page_texts(docs)
    i = 0
    for k, d in enumerate(docs):
        chunk = pages[i:i + len(d.pages)]
        i += len(d.pages)
        fn = f"{k:02d}_{d.fname}.txt"
        with open(os.path.join(path, fn), "w", encoding="utf-8", newline="\n") as f:
            f.write("\f".join("\n".join(p) + "\n" for p in chunk))


def write_docx(path, docs):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    n = 0
    first = True
    for d in docs:
        for blocks in d.pages:
            n += 1
            if not first:
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            first = False
            for kind, val in blocks:
                if kind == "h":
                    p = doc.add_paragraph()
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    r = p.add_run(val)
                    r.bold = True
                    r.font.size = Pt(15)
                elif kind == "p":
                    doc.add_paragraph(val)
                elif kind == "r":
                    p = doc.add_paragraph(val)
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                elif kind in ("kv", "tbl"):
                    rows = val
                    ncol = len(rows[0])
                    t = doc.add_table(rows=0, cols=ncol)
                    t.style = "Table Grid"
                    for row in rows:
                        cells = t.add_row().cells
                        for c, v in zip(cells, row):
                            c.text = v
            p = doc.add_paragraph(f"第 {n} 页")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.core_properties.author = "heldout58"
    doc.save(path)


def write_pdf(path, docs, ruled):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    base = ParagraphStyle("b", fontName="STSong-Light", fontSize=10, leading=15, wordWrap="CJK")
    head = ParagraphStyle("h", parent=base, fontSize=15, leading=22, alignment=TA_CENTER, spaceAfter=6)
    right = ParagraphStyle("r", parent=base, alignment=TA_RIGHT)
    cell = ParagraphStyle("c", parent=base, fontSize=9.5, leading=13)
    story = []
    W = A4[0] - 40 * mm

    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    first = True
    for d in docs:
        for blocks in d.pages:
            if not first:
                story.append(PageBreak())
            first = False
            for kind, val in blocks:
                if kind == "h":
                    story.append(Paragraph(esc(val).replace("\n", "<br/>"), head))
                elif kind == "p":
                    story.append(Paragraph(esc(val), base))
                    story.append(Spacer(1, 2))
                elif kind == "r":
                    story.append(Paragraph(esc(val), right))
                elif kind in ("kv", "tbl"):
                    if ruled or kind == "tbl":
                        data = [[Paragraph(esc(c), cell) for c in row] for row in val]
                        ncol = len(val[0])
                        if kind == "kv":
                            widths = [32 * mm, W - 32 * mm]
                        else:
                            widths = [10 * mm, 52 * mm, 46 * mm, 32 * mm, W - 140 * mm]
                        t = Table(data, colWidths=widths[:ncol])
                        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                        story.append(t)
                        story.append(Spacer(1, 4))
                    else:
                        for k, v in val:
                            story.append(Paragraph(esc(f"{k}：{v}"), base))

    def footer(c, doc_):
        c.setFont("STSong-Light", 9)
        c.drawCentredString(A4[0] / 2, 12 * mm, f"— {doc_.page} —")

    SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                      bottomMargin=20 * mm, title=os.path.basename(path), author="heldout58").build(
        story, onFirstPage=footer, onLaterPages=footer)

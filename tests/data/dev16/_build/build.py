#!/usr/bin/env python3
"""Build the dev16 corpus (writer 88). Run from anywhere: python3 _build/build.py

Writes the eight cases, labels.jsonl next to this folder's parent. Deterministic (fixed seeds)."""
import io, json, math, random, subprocess, sys, zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

from util import iso, rmb_upper  # noqa: E402
from layout import assemble, block_lines  # noqa: E402
from cases_a import case01, case02  # noqa: E402
from cases_b import case03, case04  # noqa: E402
from cases_c import case05, case06, case07, case08  # noqa: E402
from notes import NOTES  # noqa: E402

from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from PIL import Image, ImageDraw, ImageFont, ImageFilter  # noqa: E402
import numpy as np  # noqa: E402

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
CJK = "STSong-Light"


def find_font():
    for fam in ("Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Zen Hei", "AR PL UKai CN"):
        try:
            p = subprocess.run(["fc-match", "-f", "%{file}", fam], capture_output=True, text=True).stdout.strip()
        except Exception:
            p = ""
        if p and ("CJK" in p or "wqy" in p.lower() or "ukai" in p):
            return p
    raise SystemExit("no CJK font: apt-get install -y fonts-noto-cjk")


FONT = None


def pil_font(size):
    global FONT
    if FONT is None:
        FONT = find_font()
    return ImageFont.truetype(FONT, size)


def wrap(text, width_chars):
    out, line, w = [], "", 0.0
    for ch in text:
        cw = 0.5 if ord(ch) < 128 else 1.0
        if w + cw > width_chars:
            out.append(line)
            line, w = "", 0.0
        line += ch
        w += cw
    if line or not out:
        out.append(line)
    return out


# ------------------------------------------------------------------ image pages (scan / png)
def page_lines(page, width_chars):
    """Laid-out lines: (text, align, size_key)."""
    L = []
    if page["kind"] == "toc":
        L.append((page["title"], "c", "t"))
        L.append(("序号　文件名称　　　　　　　　　　　　文号　　　　　　　日期　　　　　页号", "l", "n"))
        for r in page["rows"]:
            for j, seg in enumerate(wrap(f"{r[0]:>2}　{r[1]}　{r[2]}　{r[3]}　{r[4]}", width_chars)):
                L.append((seg if j == 0 else "　　" + seg, "l", "n"))
        return L
    L.append((page["title"], "c", "t"))
    L.append(("", "l", "n"))
    for kind, text in block_lines(page["blocks"]):
        if kind == "p":
            for j, seg in enumerate(wrap("　　" + text if not text.startswith("　") else text, width_chars)):
                L.append((seg, "l", "n"))
        elif kind == "s":
            for seg in wrap(text, width_chars):
                L.append((seg, "r", "n"))
        elif kind == "seal":
            L.append(("", "seal", text))
    return L


def render_image_page(page, dpi=150, rng=None, seal_grey=True):
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    margin = int(0.85 * dpi)
    fs = int(dpi * 0.165)
    fnt, tfnt = pil_font(fs), pil_font(int(fs * 1.45))
    width_chars = (W - 2 * margin) / fs
    lines = page_lines(page, width_chars)
    lh = int(fs * 1.55)
    while margin + len(lines) * lh > H - margin and fs > 14:
        fs -= 1
        fnt, tfnt = pil_font(fs), pil_font(int(fs * 1.45))
        width_chars = (W - 2 * margin) / fs
        lines = page_lines(page, width_chars)
        lh = int(fs * 1.55)
    y = margin
    placed = []
    last_r = None
    for text, al, sz in lines:
        f = tfnt if sz == "t" else fnt
        if al == "seal":
            if last_r is not None:
                cx, cy = last_r
                r = int(dpi * 0.8)
                col = 120 if seal_grey else 0
                for k in range(4):
                    dr.ellipse([cx - r + k, cy - r + k, cx + r - k, cy + r - k], outline=col)
                dr.ellipse([cx - 10, cy - 10, cx + 10, cy + 10], outline=col)
            continue
        tw = dr.textlength(text, font=f)
        x = margin if al == "l" else ((W - tw) / 2 if al == "c" else W - margin - tw)
        dr.text((x, y), text, font=f, fill=25)
        placed.append((text, x, y, f.size))
        if al == "r":
            last_r = (int(x + tw / 2), int(y + lh / 2))
        y += int(lh * (1.4 if sz == "t" else 1))
    if page.get("no"):
        ft = page.get("footer", f"第{page['no']}页")
        tw = dr.textlength(ft, font=fnt)
        dr.text((W - margin - tw, H - int(margin * 0.7)), ft, font=fnt, fill=25)
        placed.append((ft, W - margin - tw, H - int(margin * 0.7), fnt.size))
    rng = rng or random.Random(0)
    img = img.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=245)
    a = np.asarray(img).astype(np.int16)
    nrng = np.random.default_rng(rng.randint(0, 10 ** 6))
    a = a + nrng.normal(0, 2.2, a.shape).astype(np.int16)
    specks = nrng.random(a.shape) < 0.0006
    a[specks] = 90
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    return img, placed, (W, H)


OCR_SLIPS = [("除尘灰", "除尘夾"), ("苫盖", "苦盖"), ("围挡", "围档"), ("扬散", "扬敞"), ("耐火砖", "耐火砗"), ("询问", "询间"),
             ("陈述", "陈迷")]


def ocr_slip(text, rng):
    for a, b in OCR_SLIPS:
        if a in text and rng.random() < 0.35:
            text = text.replace(a, b, 1)
    if len(text) > 12 and rng.random() < 0.08:
        k = rng.randint(2, len(text) - 2)
        text = text[:k] + " " + text[k:]
    return text


def build_scanned_pdf(meta, path):
    pages, total = assemble(meta)
    rng = random.Random(101)
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("")
    c.setAuthor("")
    c.setProducer("scan")
    pw, ph = A4
    for pg in pages:
        img, placed, (W, H) = render_image_page(pg, 150, rng)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=38, optimize=True)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, pw, ph)
        sx, sy = pw / W, ph / H
        for text, x, y, size in placed:
            if not text.strip():
                continue
            t = c.beginText()
            t.setTextRenderMode(3)
            t.setFont(CJK, size * sx)
            t.setTextOrigin(x * sx, ph - (y + size * 0.9) * sy)
            t.textLine(ocr_slip(text, rng))
            c.drawText(t)
        c.showPage()
    c.save()
    return total


def build_png_folder(meta, folder):
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.png"):
        old.unlink()
    pages, total = assemble(meta, toc=True, backup=False)
    rng = random.Random(606)
    for i, pg in enumerate(pages):
        img, _, _ = render_image_page(pg, 150, rng)
        img = img.point(lambda v: (v // 32) * 32 + 16)  # posterise: smaller PNGs, as cheap scanners do
        img.save(folder / f"{i + 1:03d}.png", optimize=True, dpi=(150, 150))
    return total


# ------------------------------------------------------------------ plain text formats
def text_page(pg, label_line=False):
    L = []
    if pg["kind"] == "toc":
        L.append(pg["title"])
        L.append("序号\t文件名称\t文号\t日期\t页号")
        for r in pg["rows"]:
            L.append("\t".join(str(x) for x in r))
        return L
    L.append(pg["title"])
    for kind, text in block_lines(pg["blocks"]):
        if kind == "seal":
            L.append(f"（印章：{text}）")
        else:
            L.append(text)
    return L


def build_gb18030_txt(meta, path):
    pages, total = assemble(meta)
    out = []
    prev_doc = None
    for pg in pages:
        d = pg.get("doc")
        if out and (d is None or d is not prev_doc):
            out.append("-" * 40)
        out += text_page(pg)
        if pg.get("no"):
            out.append("")
            out.append(f"Page {pg['no']} of {total}")
        prev_doc = d
    data = "\r\n".join(out) + "\r\n"
    path.write_bytes(data.encode("gb18030"))
    return total


def build_web_txt(meta, path):
    pages, total = assemble(meta)
    out = ["系统名称", "行政执法综合办案平台（案卷导出）", "导出时间", "2024-05-13 16:32:05", "案件编号", "QLWJ-2024-0009", ""]
    for pg in pages:
        if pg["kind"] == "toc":
            out += ["【卷内目录】"]
            for r in pg["rows"]:
                out += ["序号", str(r[0]), "文件名称", r[1], "文号", r[2] or "无", "日期", r[3], "页号", r[4]]
            out.append("")
            continue
        out.append(f"【{pg['title']}】")
        for b in pg["blocks"]:
            if b[0] == "f":
                out += [b[1], b[2] or "（空）"]
            elif b[0] == "g":
                for a, v in b[2]:
                    out += [f"{b[1]}-{a}", v]
            elif b[0] == "p":
                out += ["内容", b[1]]
            elif b[0] == "s":
                out += ["签署", b[1]]
            elif b[0] == "seal":
                out += ["印章", f"已加盖（{b[1]}）"]
        if pg.get("no"):
            out += ["页码", f"第{pg['no']}页"]
        out.append("")
    path.write_text("\n".join(out), encoding="utf-8")
    return total


# ------------------------------------------------------------------ DOCX
def _docx():
    from docx import Document
    from docx.shared import Pt, Mm
    from docx.oxml.ns import qn
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(25)
    d.core_properties.author = "办案人员"
    d.core_properties.last_modified_by = "办案人员"
    d.core_properties.comments = ""
    return d


def _para(d, text, align=None, bold=False, size=None):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def build_docx_tables(meta, path):
    """Format 2: each document after a page break; forms are Word tables, labels in column 1, vertical merges."""
    pages, total = assemble(meta)
    d = _docx()
    first = True
    for pg in pages:
        if not first:
            d.add_page_break()
        first = False
        _para(d, pg["title"], "c", True, 16)
        if pg["kind"] == "toc":
            t = d.add_table(rows=1, cols=5)
            t.style = "Table Grid"
            for i, h in enumerate(["序号", "文件名称", "文号", "日期", "页号"]):
                t.rows[0].cells[i].text = h
            for r in pg["rows"]:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = str(v)
            continue
        blocks = pg["blocks"]
        head = [b for b in blocks if b[0] == "s" and "〔" in b[1] and blocks.index(b) == 0]
        for b in head:
            _para(d, b[1], "r")
        body = [b for b in blocks if b not in head]
        tail = []
        while body and body[-1][0] in ("s", "seal"):
            tail.insert(0, body.pop())
        rows = [b for b in body]
        if rows:
            t = d.add_table(rows=0, cols=3)
            t.style = "Table Grid"
            for b in rows:
                if b[0] == "f":
                    c = t.add_row().cells
                    c[0].merge(c[1])
                    c[0].text = b[1]
                    c[2].text = b[2]
                elif b[0] == "g":
                    start = len(t.rows)
                    for a, v in b[2]:
                        c = t.add_row().cells
                        c[1].text = a
                        c[2].text = v
                    top, bot = t.rows[start].cells[0], t.rows[len(t.rows) - 1].cells[0]
                    m = top.merge(bot)
                    m.text = b[1]
                elif b[0] in ("p", "s"):
                    c = t.add_row().cells
                    m = c[0].merge(c[2])
                    m.text = ("　　" if b[0] == "p" else "") + b[1]
                elif b[0] == "seal":
                    c = t.add_row().cells
                    m = c[0].merge(c[2])
                    m.text = f"（印章：{b[1]}）"
            from docx.shared import Mm
            for row in t.rows:
                row.cells[0].width, row.cells[1].width, row.cells[2].width = Mm(22), Mm(28), Mm(110)
        for b in tail:
            _para(d, b[1] if b[0] == "s" else f"（印章：{b[1]}）", "r")
        if pg.get("no"):
            _para(d, f"第{pg['no']}页", "r", size=9)
    d.save(str(path))
    _scrub_docx(path)
    return total


def build_docx_nested(meta, path):
    """Format 8: each document is an outer one-column frame table whose field block is a table nested in a cell."""
    from docx.shared import Mm
    pages, total = assemble(meta)
    d = _docx()
    first = True
    for pg in pages:
        if not first:
            d.add_page_break()
        first = False
        outer = d.add_table(rows=3, cols=1)
        outer.style = "Table Grid"
        outer.rows[0].cells[0].text = pg["title"]
        if pg["kind"] == "toc":
            cell = outer.rows[1].cells[0]
            inner = cell.add_table(rows=1, cols=5)
            inner.style = "Table Grid"
            for i, h in enumerate(["序号", "文件名称", "文号", "日期", "页号"]):
                inner.rows[0].cells[i].text = h
            for r in pg["rows"]:
                cells = inner.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = str(v)
            continue
        fields = [b for b in pg["blocks"] if b[0] in ("f", "g")]
        others = [b for b in pg["blocks"] if b[0] not in ("f", "g")]
        if fields:
            cell = outer.rows[1].cells[0]
            cell.paragraphs[0].text = "基本信息"
            inner = cell.add_table(rows=0, cols=2)
            inner.style = "Table Grid"
            for b in fields:
                if b[0] == "f":
                    c = inner.add_row().cells
                    c[0].text, c[1].text = b[1], b[2]
                else:
                    for a, v in b[2]:
                        c = inner.add_row().cells
                        c[0].text, c[1].text = f"{b[1]}（{a}）", v
            for row in inner.rows:
                row.cells[0].width, row.cells[1].width = Mm(35), Mm(115)
        cell2 = outer.rows[2].cells[0]
        first_p = True
        for b in others:
            txt = b[1] if b[0] != "seal" else f"（印章：{b[1]}）"
            if first_p:
                cell2.paragraphs[0].text = txt
                first_p = False
            else:
                cell2.add_paragraph(txt)
        if pg.get("no"):
            _para(d, f"第{pg['no']}页", "r", size=9)
    d.save(str(path))
    _scrub_docx(path)
    return total


def _scrub_docx(path):
    """Fix timestamps so rebuilds are byte-stable."""
    data = path.read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                b = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<", rb"<dcterms:\1\2>2024-01-01T00:00:00Z<", b)
            zi = zipfile.ZipInfo(info.filename, (2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)
    path.write_bytes(buf.getvalue())


# ------------------------------------------------------------------ spreadsheet-style PDF (format 5)
def build_sheet_pdf(meta, path):
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, PageBreak, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    pages, total = assemble(meta, toc_shift=("询问笔录", -1))
    st = ParagraphStyle("c", fontName=CJK, fontSize=8.5, leading=11, wordWrap="CJK")
    sth = ParagraphStyle("h", fontName=CJK, fontSize=12, leading=16, alignment=1)
    story, footers = [], []
    for pg in pages:
        if story:
            story.append(PageBreak())
        footers.append(pg.get("no"))
        story.append(Paragraph(pg["title"], sth))
        story.append(Spacer(1, 3 * mm))
        if pg["kind"] == "toc":
            data = [[Paragraph(h, st) for h in ["序号", "文件名称", "文号", "日期", "页号"]]]
            for r in pg["rows"]:
                data.append([Paragraph(str(x), st) for x in r])
            t = Table(data, colWidths=[10 * mm, 52 * mm, 38 * mm, 26 * mm, 14 * mm], repeatRows=1)
        else:
            data = []
            k = 0
            for kind, text in block_lines(pg["blocks"], label_sep="\x00"):
                if kind == "seal":
                    data.append(["", Paragraph("（印章）", st), Paragraph(text + "　公章", st)])
                    continue
                k += 1
                if "\x00" in text:
                    a, v = text.split("\x00", 1)
                    data.append([str(k), Paragraph(a.strip("　"), st), Paragraph(v, st)])
                else:
                    data.append([str(k), "", Paragraph(text, st)])
            t = Table(data, colWidths=[8 * mm, 24 * mm, 62 * mm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("FONT", (0, 0), (-1, -1), CJK, 8.5),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)

    def on_page(c, doc_):
        i = c.getPageNumber() - 1
        c.setFont(CJK, 8)
        c.drawString(18 * mm, 287 * mm, "Sheet1")
        if i < len(footers) and footers[i]:
            c.drawRightString(192 * mm, 10 * mm, f"第{footers[i]}页")
    doc_ = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm,
                             bottomMargin=15 * mm, title="", author="", invariant=1)
    doc_.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return total


# ------------------------------------------------------------------ text PDF with landscape 送达回证 (format 7)
def build_text_pdf(meta, path):
    pages, total = assemble(meta)
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("")
    c.setAuthor("")
    red = (0.85, 0.1, 0.1)

    def seal(x, y, r=19 * 2.835, label=""):
        c.saveState()
        c.setStrokeColorRGB(*red)
        c.setFillColorRGB(*red)
        c.setLineWidth(2.2)
        c.circle(x, y, r, stroke=1, fill=0)
        c.setFont(CJK, 9)
        if label:
            c.drawCentredString(x, y - 3, label[-6:])
        c.restoreState()

    dec_pages = [p for p in pages if p.get("doc") and p["doc"]["title"] == "行政处罚决定书"]
    for pg in pages:
        land = pg.get("landscape")
        size = landscape(A4) if land else A4
        c.setPageSize(size)
        W, H = size
        m = 25 * 2.835
        fs = 11
        c.setFont(CJK, 16)
        y = H - m
        c.drawCentredString(W / 2, y, pg["title"])
        y -= 28
        c.setFont(CJK, fs)
        if pg["kind"] == "toc":
            cols = [m, m + 30, m + 210, m + 330, m + 420]
            for i, h in enumerate(["序号", "文件名称", "文号", "日期", "页号"]):
                c.drawString(cols[i], y, h)
            y -= 18
            for r in pg["rows"]:
                name = wrap(r[1], 15)
                c.drawString(cols[0], y, str(r[0]))
                for j, seg in enumerate(name):
                    c.drawString(cols[1], y - 14 * j, seg)
                c.setFont(CJK, 8)
                c.drawString(cols[2], y, r[2])
                c.setFont(CJK, fs)
                c.drawString(cols[3], y, r[3][:12])
                c.drawString(cols[4], y, r[4])
                y -= 14 * max(1, len(name)) + 4
        elif land:
            # 送达回证 as a landscape grid
            rows = [(b[1], b[2]) for b in pg["blocks"] if b[0] == "f"]
            x0, x1, x2 = m, m + 150, W - m
            rh = 34
            c.setLineWidth(0.8)
            for i, (a, v) in enumerate(rows):
                yy = y - i * rh
                c.rect(x0, yy - rh + 10, x2 - x0, rh)
                c.line(x1, yy - rh + 10, x1, yy + 10)
                c.drawString(x0 + 8, yy - 12, a)
                c.drawString(x1 + 8, yy - 12, v)
            yy = y - len(rows) * rh - 20
            c.drawString(x0, yy, "备注：受送达人拒收的，送达人应在备注栏注明拒收事由和日期，并由见证人签名。本栏无。")
        else:
            width_chars = (W - 2 * m) / fs
            last_r = None
            for kind, text in block_lines(pg["blocks"]):
                if kind == "seal":
                    if last_r:
                        seal(*last_r, label=text)
                    continue
                if kind == "p":
                    for seg in wrap("　　" + text if not text.startswith("　") else text, width_chars):
                        c.drawString(m, y, seg)
                        y -= fs * 1.7
                else:
                    for seg in wrap(text, width_chars):
                        c.drawRightString(W - m, y, seg)
                        last_r = (W - m - c.stringWidth(seg, CJK, fs) / 2, y + 4)
                        y -= fs * 1.7
        if pg.get("no"):
            c.setFont(CJK, 10)
            c.drawRightString(W - m, 14 * 2.835, f"第{pg['no']}页")
        if pg in dec_pages and len(dec_pages) == 2:
            # 骑缝章: the same seal drawn across the page break (lower half on page 1 bottom edge, upper half on page 2 top)
            if pg is dec_pages[0]:
                seal(W / 2, 0, label="")
            else:
                seal(W / 2, H, label="")
        c.showPage()
    c.save()
    return total


# ------------------------------------------------------------------ main
FORMATS = [
    (case01, "pdf", build_scanned_pdf, "扫描件PDF（灰度JPEG页面+隐藏OCR文字层）"),
    (case02, "docx", build_docx_tables, "DOCX（分页，表格式文书，纵向合并单元格）"),
    (case03, "txt", build_web_txt, "UTF-8 文本（网上办案系统导出，字段名⏎值）"),
    (case04, "txt", build_gb18030_txt, "GB18030 文本（CRLF，四十个连字符分隔，Page N of M 页脚）"),
    (case05, "pdf", build_sheet_pdf, "电子表格打印PDF（网格线、窄列、单元格内折行）"),
    (case06, None, build_png_folder, "PNG 扫描页文件夹（150dpi灰度，简易程序）"),
    (case07, "pdf", build_text_pdf, "文字层PDF（决定书跨两页、骑缝章、横向送达回证）"),
    (case08, "docx", build_docx_nested, "DOCX（表格嵌套表格的字段区）"),
]


def label_of(meta):
    p = meta["party"]
    return {
        "case_id": meta["case_id"], "codes": meta["codes"], "encoding": meta["encoding"], "notes": NOTES[meta["case_id"]],
        "fields": {
            "agency": meta["agency"],
            "party": {"name": p["name"], "kind": p["kind"], "credit_code": p["credit_code"], "id_number": p["id_number"]},
            "penalty": {"fine_yuan": meta["fine"], "procedure": meta["procedure"]},
            "dates": {"filing": iso(meta["filing"]), "notice": iso(meta["notice"]), "decision": iso(meta["decision"]),
                      "decision_served": iso(meta["decision_served"])},
            "citations": [{"law": a, "article": b, "paragraph": c_, "item": d_, "role": e} for a, b, c_, d_, e in meta["citations"]],
        },
    }


def main():
    labels = []
    for fn, ext, builder, desc in FORMATS:
        meta = fn()
        meta.setdefault("filer", "档案员（签名）")
        target = OUT / (meta["case_id"] + ("." + ext if ext else ""))
        total = builder(meta, target)
        labels.append(label_of(meta))
        print(f"{meta['case_id']:34s} {desc}  pages={total}")
    with open(OUT / "labels.jsonl", "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

"""Shared helpers for the heldout54 build: check characters, working days, renderers.

Line markup used in the hand-written pages:
  "@C text"  centred title line        "@R text"  right-aligned line
  "|a|b|c"   one table row (cells)     anything else: body text
"""
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# ---------- check characters ----------
_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CCW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(body17):
    s = sum(_CC.index(c) * w for c, w in zip(body17, _CCW))
    return body17 + _CC[(31 - s % 31) % 31]


def credit_ok(code):
    return len(code) == 18 and credit_code(code[:17]) == code


def id_number(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(body17, w))
    return body17 + "10X98765432"[s % 11]


def id_ok(num):
    return len(num) == 18 and id_number(num[:17]) == num


# ---------- working days ----------
def workdays_after(d0, d1):
    """Number of working days after d0 up to and including d1."""
    import chinese_calendar as cc
    n, d = 0, d0
    while d < d1:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            n += 1
    return n


def add_workdays(d0, k):
    import chinese_calendar as cc
    d = d0
    while k:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            k -= 1
    return d


# ---------- volume assembly ----------
def toc_pages(docs, first_page=2):
    """docs: list of (title, date_str, pages). Returns rows (no, title, date, 'a-b')."""
    rows, p = [], first_page
    for i, (title, date, pages) in enumerate(docs, 1):
        n = len(pages)
        rows.append((i, title, date, f"{p}-{p + n - 1}" if n > 1 else f"{p}"))
        p += n
    return rows


def toc_page(agency, case_name, rows, sep="|"):
    lines = [f"@C {agency}", "@C 卷 内 目 录", f"案件名称：{case_name}", "",
             "|序号|文件名称|日期|页号"]
    for r in rows:
        lines.append(f"|{r[0]}|{r[1]}|{r[2]}|{r[3]}")
    return lines


def assemble(docs, agency, case_name, toc_override=None):
    """Return list of pages (each a list of lines) with 卷内目录 first."""
    rows = toc_pages([(t, d, p) for t, d, p in docs])
    if toc_override:
        rows = toc_override(rows)
    pages = [toc_page(agency, case_name, rows)]
    for _, _, p in docs:
        pages.extend(p)
    return pages


# ---------- text rendering ----------
WIDTH = 44


def _w(s):
    return sum(2 if ord(c) > 127 else 1 for c in s)


def render_txt(pages, footer, cellsep="\t", box=False):
    out = []
    total = len(pages)
    for i, page in enumerate(pages, 1):
        lines = []
        for ln in page:
            if ln.startswith("@C "):
                t = ln[3:]
                lines.append(" " * max(0, (WIDTH * 2 - _w(t)) // 4) + t)
            elif ln.startswith("@R "):
                t = ln[3:]
                lines.append(" " * max(0, (WIDTH * 2 - _w(t)) // 2) + t)
            elif ln.startswith("|"):
                cells = ln[1:].split("|")
                if box:
                    lines.append("│" + "│".join(cells) + "│")
                else:
                    lines.append(cellsep.join(cells))
            else:
                lines.append(ln)
        f = footer(i, total) if footer else None
        if f:
            lines += ["", " " * 30 + f]
        out.append("\n".join(lines))
    return out


# ---------- PDF (text layer) ----------
def render_pdf(pages, path, footer, title="案卷"):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    try:
        pdfmetrics.getFont("WQY")
    except KeyError:
        pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(title)
    lm, rm, top = 70, W - 70, H - 70
    total = len(pages)
    for i, page in enumerate(pages, 1):
        y = top
        for ln in page:
            if ln.startswith("@C "):
                c.setFont("WQY", 16)
                c.drawCentredString(W / 2, y, ln[3:])
                y -= 28
            elif ln.startswith("@R "):
                c.setFont("WQY", 11)
                c.drawRightString(rm, y, ln[3:])
                y -= 18
            elif ln.startswith("|"):
                cells = ln[1:].split("|")
                n = len(cells)
                widths = [(rm - lm) / n] * n
                if n >= 2:
                    first = (rm - lm) * (0.28 if n == 2 else 0.14)
                    widths = [first] + [(rm - lm - first) / (n - 1)] * (n - 1)
                # wrap each cell
                wrapped = []
                for cell, wd in zip(cells, widths):
                    per = max(1, int((wd - 6) // 10.5))
                    wrapped.append([cell[k:k + per] for k in range(0, max(1, len(cell)), per)] or [""])
                h = 15 * max(len(x) for x in wrapped) + 6
                x = lm
                c.setFont("WQY", 10.5)
                for cell, wd in zip(wrapped, widths):
                    c.rect(x, y - h + 12, wd, h)
                    for k, part in enumerate(cell):
                        c.drawString(x + 3, y - k * 15, part)
                    x += wd
                y -= h
            else:
                c.setFont("WQY", 11)
                per = 40
                parts = [ln[k:k + per] for k in range(0, len(ln), per)] or [""]
                for part in parts:
                    c.drawString(lm, y, part)
                    y -= 18
        f = footer(i, total) if footer else None
        if f:
            c.setFont("WQY", 9)
            c.drawCentredString(W / 2, 40, f)
        c.showPage()
    c.save()


# ---------- scanned PDF ----------
def render_scan(pages, path, footer, seed=7):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    import io
    rnd = random.Random(seed)
    Wpx, Hpx = 1654, 2339
    fpath = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
    f_body = ImageFont.truetype(fpath, 30, index=0)
    f_title = ImageFont.truetype(fpath, 44, index=0)
    f_small = ImageFont.truetype(fpath, 22, index=0)
    f_seal = ImageFont.truetype(fpath, 26, index=0)
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    total = len(pages)
    for i, page in enumerate(pages, 1):
        im = Image.new("RGB", (Wpx, Hpx), (250, 249, 246))
        d = ImageDraw.Draw(im)
        lm, rm, y = 150, Wpx - 150, 170
        seal_at = None
        for ln in page:
            if ln.startswith("@C "):
                t = ln[3:]
                tw = d.textlength(t, font=f_title)
                d.text(((Wpx - tw) / 2, y), t, font=f_title, fill=(20, 20, 20))
                y += 72
            elif ln.startswith("@R "):
                t = ln[3:]
                tw = d.textlength(t, font=f_body)
                d.text((rm - tw, y), t, font=f_body, fill=(25, 25, 25))
                if "（印章）" in t or "（章）" in t:
                    seal_at = (rm - tw / 2, y)
                y += 50
            elif ln.startswith("|"):
                cells = ln[1:].split("|")
                n = len(cells)
                first = (rm - lm) * (0.3 if n == 2 else 0.16)
                widths = [first] + [(rm - lm - first) / (n - 1)] * (n - 1) if n > 1 else [rm - lm]
                wrapped = []
                for cell, wd in zip(cells, widths):
                    per = max(1, int((wd - 12) // 29))
                    wrapped.append([cell[k:k + per] for k in range(0, max(1, len(cell)), per)] or [""])
                h = 42 * max(len(x) for x in wrapped) + 14
                x = lm
                for cell, wd in zip(wrapped, widths):
                    d.rectangle([x, y, x + wd, y + h], outline=(40, 40, 40), width=2)
                    for k, part in enumerate(cell):
                        d.text((x + 8, y + 6 + k * 42), part, font=f_body, fill=(25, 25, 25))
                    x += wd
                y += h
            else:
                per = 44
                parts = [ln[k:k + per] for k in range(0, len(ln), per)] or [""]
                for part in parts:
                    d.text((lm, y), part, font=f_body, fill=(25, 25, 25))
                    y += 48
                if "（印章）" in ln:
                    seal_at = (lm + 600, y - 48)
        f = footer(i, total) if footer else None
        if f:
            tw = d.textlength(f, font=f_small)
            d.text(((Wpx - tw) / 2, Hpx - 120), f, font=f_small, fill=(40, 40, 40))
        if seal_at:
            seal = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
            sd = ImageDraw.Draw(seal)
            sd.ellipse([10, 10, 290, 290], outline=(205, 30, 35, 190), width=9)
            sd.regular_polygon((150, 150, 38), 5, rotation=90, fill=(205, 30, 35, 190))
            lab = "行政执法专用章"
            tw = sd.textlength(lab, font=f_seal)
            sd.text(((300 - tw) / 2, 205), lab, font=f_seal, fill=(205, 30, 35, 190))
            im.paste(seal, (int(seal_at[0] - 150), int(seal_at[1] - 130)), seal)
        im = im.rotate(rnd.uniform(0.5, 1.2) * rnd.choice([-1, 1]), resample=Image.BICUBIC,
                       fillcolor=(245, 245, 243), expand=False)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        px = im.load()
        for _ in range(700):
            xx, yy = rnd.randrange(Wpx), rnd.randrange(Hpx)
            v = rnd.choice([90, 140, 200])
            px[xx, yy] = (v, v, v)
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=45)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=W, height=H)
        c.showPage()
    c.save()


# ---------- DOCX ----------
def render_docx(pages, path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for i, page in enumerate(pages):
        if i:
            doc.add_page_break()
        table_rows = []

        def flush():
            if not table_rows:
                return
            n = max(len(r) for r in table_rows)
            t = doc.add_table(rows=len(table_rows), cols=n)
            t.style = "Table Grid"
            for ri, r in enumerate(table_rows):
                for ci in range(n):
                    t.cell(ri, ci).text = r[ci] if ci < len(r) else ""
            table_rows.clear()

        for ln in page:
            if ln.startswith("|"):
                table_rows.append(ln[1:].split("|"))
                continue
            flush()
            if ln.startswith("@C "):
                p = doc.add_paragraph()
                r = p.add_run(ln[3:])
                r.bold = True
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif ln.startswith("@R "):
                p = doc.add_paragraph(ln[3:])
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                doc.add_paragraph(ln)
        flush()
    doc.save(path)

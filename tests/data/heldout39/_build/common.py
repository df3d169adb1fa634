"""Shared helpers for the heldout39 corpus: check characters, working days, and the
four renderers (plain text, text-layer PDF, scanned PDF, DOCX).

Document markup (one string per line):
  "^C text"  centred line (titles)          "^R text"  right-aligned line (文号, 落款, dates)
  "^T a|b|c" table row (cells split on |)   "^P"       forced page break inside a document
  "^G"       seal position (scan: red round seal drawn here; text: nothing)
  anything else: a paragraph.
"""
import datetime as dt
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# ---------------------------------------------------------------- check characters
_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CCW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code(base8):
    """GB 11714 organisation code: 8 chars + check char."""
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    s = sum(val(c) * k for c, k in zip(base8, w))
    r = 11 - s % 11
    return base8 + ("0" if r == 11 else "X" if r == 10 else str(r))


def credit_code(prefix2, region6, org8):
    body = prefix2 + region6 + org_code(org8)
    s = sum(_CC.index(c) * w for c, w in zip(body, _CCW))
    return body + _CC[(31 - s % 31) % 31]


def credit_ok(code):
    if len(code) != 18:
        return False
    s = sum(_CC.index(c) * w for c, w in zip(code[:17], _CCW))
    return _CC[(31 - s % 31) % 31] == code[17]


_IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(base17):
    s = sum(int(c) * w for c, w in zip(base17, _IDW))
    return base17 + "10X98765432"[s % 11]


def id_ok(code):
    return len(code) == 18 and id_number(code[:17]) == code

# ---------------------------------------------------------------- working days
def _cal():
    import chinese_calendar
    return chinese_calendar


def is_wd(d):
    return _cal().is_workday(d)


def wd_add(d, n):
    """the date n working days after d (d itself not counted)."""
    while n > 0:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def wd_between(a, b):
    """working days after a up to and including b."""
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


D = dt.date.fromisoformat

CN_DIG = "〇一二三四五六七八九"


def cn_date(d):
    y = "".join(CN_DIG[int(c)] for c in str(d.year))
    def num(n):
        if n < 10:
            return CN_DIG[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + CN_DIG[n - 10]
        return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")
    return f"{y}年{num(d.month)}月{num(d.day)}日"


def ar_date(d):
    return f"{d.year}年{d.month}月{d.day}日"


def dot_date(d):
    return f"{d.year}.{d.month}.{d.day}"

# ---------------------------------------------------------------- pagination (text)
def paginate_lines(lines, per_page):
    pages, cur = [], []
    for ln in lines:
        if ln == "^P":
            pages.append(cur); cur = []
            continue
        cur.append(ln)
        if len(cur) >= per_page:
            pages.append(cur); cur = []
    if cur:
        pages.append(cur)
    return pages


def build_volume(docs, make_toc, paginate, toc_pages=1):
    """docs: list of (title, lines). paginate(lines) -> list of pages.
    make_toc(entries) -> lines of the 卷内目录, entries = [(no, title, first, last)].
    Returns list of pages (first the TOC) and the entries."""
    paged = [(t, paginate(ls)) for t, ls in docs]
    entries, p = [], toc_pages + 1
    for i, (t, pg) in enumerate(paged, 1):
        entries.append((i, t, p, p + len(pg) - 1))
        p += len(pg)
    toc = paginate(make_toc(entries))
    assert len(toc) == toc_pages, "TOC page count"
    pages = toc + [pg for _, pp in paged for pg in pp]
    return pages, entries


def txt_line(ln, width=38, table="tab"):
    if ln.startswith("^C "):
        t = ln[3:]
        return " " * max(0, (width - len(t)) // 2 * 2 // 2) + t
    if ln.startswith("^R "):
        t = ln[3:]
        return " " * max(0, width * 2 - len(t) * 2 - 4) + t
    if ln.startswith("^T "):
        cells = ln[3:].split("|")
        if table == "tab":
            return "\t".join(cells)
        if table == "box":
            return "│" + "│".join(cells) + "│"
        if table == "kv":
            return "：".join(cells) if len(cells) == 2 else "　".join(cells)
    if ln == "^G":
        return None
    return ln

# ---------------------------------------------------------------- text-layer PDF
def pdf_text(pages_lines, path, footer, font_path="/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.pagesizes import A4
    try:
        pdfmetrics.getFont("ZH")
    except KeyError:
        pdfmetrics.registerFont(TTFont("ZH", font_path, subfontIndex=0))
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("案卷")
    total = len(pages_lines)
    for pno, lines in enumerate(pages_lines, 1):
        y = H - 72
        for ln in lines:
            if ln == "^G":
                continue
            if ln.startswith("^C "):
                c.setFont("ZH", 16)
                c.drawCentredString(W / 2, y - 6, ln[3:])
                y -= 30
            elif ln.startswith("^R "):
                c.setFont("ZH", 11)
                c.drawRightString(W - 70, y, ln[3:])
                y -= 19
            elif ln.startswith("^T "):
                cells = ln[3:].split("|")
                n = len(cells)
                x0, x1 = 70, W - 70
                widths = [(x1 - x0) / n] * n
                if n == 2:
                    widths = [(x1 - x0) * 0.28, (x1 - x0) * 0.72]
                c.setFont("ZH", 10)
                wrapped = [wrap(cl, w - 8, 10) for cl, w in zip(cells, widths)]
                rh = max(len(wl) for wl in wrapped) * 14 + 8
                c.setLineWidth(0.6)
                c.rect(x0, y - rh + 12, x1 - x0, rh)
                x = x0
                for wl, w in zip(wrapped, widths):
                    c.line(x, y + 12, x, y - rh + 12)
                    yy = y
                    for seg in wl:
                        c.drawString(x + 4, yy, seg)
                        yy -= 14
                    x += w
                y -= rh
            else:
                c.setFont("ZH", 11)
                for seg in wrap(ln, W - 140, 11):
                    c.drawString(70, y, seg)
                    y -= 18
        c.setFont("ZH", 9)
        c.drawCentredString(W / 2, 36, footer(pno, total))
        c.showPage()
    c.save()


def tokens(text):
    """wrap units: ASCII alphanumeric runs (IDs, numbers, 文号 digits) stay whole."""
    return re.findall(r"[A-Za-z0-9.·¥%~\-]+|.", text)


def wrap(text, width, size, font="ZH"):
    from reportlab.pdfbase import pdfmetrics
    out, cur = [], ""
    for ch in tokens(text):
        if pdfmetrics.stringWidth(cur + ch, font, size) > width:
            out.append(cur); cur = ch
        else:
            cur += ch
    out.append(cur)
    return out


def pdf_paginator(max_units=36):
    """rough page filling for the PDF layout: a paragraph line costs by its wrapped length."""
    def units(ln):
        if ln.startswith("^C "):
            return 1.7
        if ln.startswith("^T "):
            cells = ln[3:].split("|")
            per = 44 if len(cells) == 1 else (32 if len(cells) == 2 else 60 // len(cells))
            return max(1, max((len(x) + per - 1) // per for x in cells)) * 0.8 + 0.5
        if ln == "^G":
            return 0
        return max(1, (len(ln) + 38) // 39)
    def paginate(lines):
        pages, cur, u = [], [], 0
        for ln in lines:
            if ln == "^P":
                pages.append(cur); cur, u = [], 0
                continue
            k = units(ln)
            if cur and u + k > max_units:
                pages.append(cur); cur, u = [], 0
            cur.append(ln); u += k
        if cur:
            pages.append(cur)
        return pages
    return paginate

# ---------------------------------------------------------------- scanned PDF
def scan_pdf(pages_lines, path, footer, seed=7,
             font_path="/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
             seal_text="", q=45):
    import io, random, math
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    rnd = random.Random(seed)
    Wp, Hp = 1654, 2339
    f_body = ImageFont.truetype(font_path, 34, index=0)
    f_title = ImageFont.truetype(font_path, 50, index=0)
    f_small = ImageFont.truetype(font_path, 28, index=0)
    f_seal = ImageFont.truetype(font_path, 30, index=0)
    c = canvas.Canvas(path, pagesize=A4)
    total = len(pages_lines)
    L, R = 190, Wp - 190

    def pwrap(text, font, width):
        out, cur = [], ""
        for ch in tokens(text):
            if font.getlength(cur + ch) > width:
                out.append(cur); cur = ch
            else:
                cur += ch
        out.append(cur)
        return out

    for pno, lines in enumerate(pages_lines, 1):
        img = Image.new("RGB", (Wp, Hp), (246, 245, 240))
        d = ImageDraw.Draw(img)
        ink = (35, 35, 35)
        y = 200
        seals = []
        for ln in lines:
            if ln == "^G":
                seals.append((R - 340, y - 250))
                continue
            if ln.startswith("^C "):
                t = ln[3:]
                d.text(((Wp - f_title.getlength(t)) / 2, y), t, font=f_title, fill=ink)
                y += 90
            elif ln.startswith("^R "):
                t = ln[3:]
                d.text((R - f_body.getlength(t), y), t, font=f_body, fill=ink)
                y += 56
            elif ln.startswith("^T "):
                cells = ln[3:].split("|")
                n = len(cells)
                ws = [(R - L) / n] * n if n != 2 else [(R - L) * 0.28, (R - L) * 0.72]
                wl = [pwrap(cl, f_small, w - 20) for cl, w in zip(cells, ws)]
                rh = max(len(x) for x in wl) * 40 + 20
                d.rectangle([L, y, R, y + rh], outline=ink, width=2)
                x = L
                for seg, w in zip(wl, ws):
                    d.line([x, y, x, y + rh], fill=ink, width=2)
                    yy = y + 10
                    for s in seg:
                        d.text((x + 10, yy), s, font=f_small, fill=ink)
                        yy += 40
                    x += w
                y += rh
            else:
                for s in pwrap(ln, f_body, R - L):
                    d.text((L, y), s, font=f_body, fill=ink)
                    y += 54
        ft = footer(pno, total)
        d.text(((Wp - f_small.getlength(ft)) / 2, Hp - 150), ft, font=f_small, fill=ink)
        # greyscale page, then red seals on top
        img = img.convert("L").convert("RGB")
        for sx, sy in seals:
            seal = Image.new("RGBA", (360, 360), (0, 0, 0, 0))
            sd = ImageDraw.Draw(seal)
            red = (200, 30, 35, 170)
            sd.ellipse([10, 10, 350, 350], outline=red, width=9)
            # five-pointed star
            cx, cy, r1, r2 = 180, 180, 48, 19
            pts = []
            for k in range(10):
                a = -math.pi / 2 + k * math.pi / 5
                r = r1 if k % 2 == 0 else r2
                pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
            sd.polygon(pts, fill=red)
            # text along the upper arc
            n = len(seal_text)
            for i, ch in enumerate(seal_text):
                a = math.radians(-160 + 140 * i / max(1, n - 1))
                tx, ty = cx + 128 * math.cos(a), cy + 128 * math.sin(a)
                g = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
                ImageDraw.Draw(g).text((4, 0), ch, font=f_seal, fill=red)
                g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
                seal.alpha_composite(g, (int(tx - 20), int(ty - 20)))
            img.paste(seal, (sx, sy), seal)
        ang = rnd.uniform(0.5, 1.2) * rnd.choice([-1, 1])
        img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=(246, 245, 240))
        img = img.filter(ImageFilter.GaussianBlur(0.8))
        px = img.load()
        for _ in range(150):
            x, yv = rnd.randrange(Wp), rnd.randrange(Hp)
            g = rnd.randrange(90, 200)
            px[x, yv] = (g, g, g)
        buf = io.BytesIO()
        if not seals:
            img = img.convert("L")
        img.save(buf, "JPEG", quality=q, optimize=True)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()

# ---------------------------------------------------------------- DOCX
def write_docx(pages_lines, path, footer):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(11)
    total = len(pages_lines)
    for pno, lines in enumerate(pages_lines, 1):
        table, rows = None, []
        def flush():
            nonlocal rows
            if rows:
                n = max(len(r) for r in rows)
                t = doc.add_table(rows=len(rows), cols=n)
                t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j in range(n):
                        t.cell(i, j).text = r[j] if j < len(r) else ""
                rows = []
        for ln in lines:
            if ln.startswith("^T "):
                rows.append(ln[3:].split("|"))
                continue
            flush()
            if ln == "^G":
                continue
            if ln.startswith("^C "):
                p = doc.add_paragraph()
                r = p.add_run(ln[3:]); r.bold = True; r.font.size = Pt(16)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif ln.startswith("^R "):
                p = doc.add_paragraph(ln[3:])
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                doc.add_paragraph(ln)
        flush()
        p = doc.add_paragraph(footer(pno, total))
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if pno < total:
            doc.add_page_break()
    doc.save(path)


def toc_lines(entries, case_name, style="tab", head=None):
    out = ["^C 卷 内 目 录"] if head is None else list(head)
    out.append(f"案卷名称：{case_name}")
    out.append("^T 序号|文件材料名称|页号")
    for no, t, a, b in entries:
        out.append(f"^T {no}|{t}|{a}-{b}" if a != b else f"^T {no}|{t}|{a}")
    return out

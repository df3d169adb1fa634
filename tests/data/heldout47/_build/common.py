"""Shared helpers for the heldout47 corpus: IDs, working days, page assembly and writers.

Markup inside document text: a line starting with "^C " is centred, "^R " right-aligned,
a line with cells separated by " | " is a table row.
"""
import datetime as dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(body17):
    s = sum(CC_CHARS.index(c) * w for c, w in zip(body17, CC_W))
    c = 31 - s % 31
    return body17 + CC_CHARS[0 if c == 31 else c]


def credit_ok(code):
    return len(code) == 18 and credit_code(code[:17]) == code


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(body17):
    return body17 + "10X98765432"[sum(int(a) * w for a, w in zip(body17, ID_W)) % 11]


def id_ok(n):
    return len(n) == 18 and id_number(n[:17]) == n


def d(s):
    return dt.date.fromisoformat(s)


def is_workday(day):
    import chinese_calendar
    return chinese_calendar.is_workday(day)


def add_workdays(start, n):
    day = start
    while n:
        day += dt.timedelta(days=1)
        if is_workday(day):
            n -= 1
    return day


def workdays_between(a, b):
    """working days after a up to and including b"""
    n, day = 0, a
    while day < b:
        day += dt.timedelta(days=1)
        if is_workday(day):
            n += 1
    return n


CN = "〇一二三四五六七八九"


def cn_date(s):
    x = d(s)
    y = "".join(CN[int(c)] for c in str(x.year))

    def num(n):
        if n < 10:
            return CN[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + CN[n - 10]
        return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")
    return f"{y}年{num(x.month)}月{num(x.day)}日"


def ar_date(s):
    x = d(s)
    return f"{x.year}年{x.month}月{x.day}日"


def dot_date(s):
    x = d(s)
    return f"{x.year}.{x.month}.{x.day}"


LINES_PER_PAGE = 40


def paginate(docs):
    """docs: list of (title, text). Returns list of (title, [page_lines...]) with pages split at LINES_PER_PAGE."""
    out = []
    for title, text in docs:
        lines = text.strip("\n").split("\n")
        pages = [lines[i:i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]
        out.append((title, pages))
    return out


def with_catalogue(docs, cat_title="卷内目录", head_lines=(), overrides=None, pages_hint=1):
    """Prepend a 卷内目录 listing the real page ranges (catalogue itself is page 1).
    overrides: {doc_index: "a-b"} to falsify a range on purpose."""
    paged = paginate(docs)
    start = 1 + pages_hint
    rows = []
    for i, (title, pages) in enumerate(paged):
        end = start + len(pages) - 1
        rng = f"{start}" if start == end else f"{start}-{end}"
        if overrides and i in overrides:
            rng = overrides[i]
        rows.append(f"{i + 1} | {title} | {rng}")
        start = end + 1
    cat = "\n".join(["^C 卷 内 目 录", *head_lines, "", "序号 | 文书名称 | 页号", *rows])
    return [(cat_title, cat)] + docs


def plain(line, width=60):
    if line.startswith("^C "):
        t = line[3:]
        return " " * max(0, (width - len(t) * 2) // 4) + t
    if line.startswith("^R "):
        t = line[3:]
        return " " * max(0, (width - len(t) * 2) // 2) + t
    if " | " in line:
        return "\t".join(c.strip() for c in line.split(" | "))
    return line


def write_txt(name, docs, encoding="utf-8", footer=None, ff=True):
    paged = paginate(docs)
    total = sum(len(p) for _, p in paged)
    pages, n = [], 0
    for _, ps in paged:
        for p in ps:
            n += 1
            body = "\n".join(plain(x) for x in p)
            if footer:
                body += "\n\n" + plain("^C " + footer(n, total))
            pages.append(body)
    sep = "\n\f" if ff else "\n\n"
    with open(os.path.join(OUT, name), "w", encoding=encoding, newline="\n") as f:
        f.write(sep.join(pages) + "\n")
    return total


def write_folder(folder, docs, footer=None):
    path = os.path.join(OUT, folder)
    os.makedirs(path, exist_ok=True)
    for f in os.listdir(path):
        os.remove(os.path.join(path, f))
    paged = paginate(docs)
    total = sum(len(p) for _, p in paged)
    n = 0
    for i, (title, ps) in enumerate(paged):
        parts = []
        for p in ps:
            n += 1
            body = "\n".join(plain(x) for x in p)
            if footer:
                body += "\n\n" + plain("^C " + footer(n, total))
            parts.append(body)
        with open(os.path.join(path, f"{i + 1:02d}_{title}.txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(parts) + "\n")
    return total


def write_docx(name, docs):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for i, (_, text) in enumerate(docs):
        if i:
            doc.add_page_break()
        rows = []

        def flush():
            if not rows:
                return
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for ri, r in enumerate(rows):
                for ci, c in enumerate(r):
                    t.cell(ri, ci).text = c
                if len(r) < ncol:
                    t.cell(ri, len(r) - 1).merge(t.cell(ri, ncol - 1))
            rows.clear()
        for line in text.strip("\n").split("\n"):
            if " | " in line:
                rows.append([c.strip() for c in line.split(" | ")])
                continue
            flush()
            if line.startswith("^C "):
                p = doc.add_paragraph(line[3:])
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if "书" in line or "表" in line or "录" in line:
                    for r in p.runs:
                        r.font.size = Pt(18)
                        r.bold = True
            elif line.startswith("^R "):
                p = doc.add_paragraph(line[3:])
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                doc.add_paragraph(line)
        flush()
    doc.save(os.path.join(OUT, name))


FONT_TTC = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"  # system font, only used at build time


_KEEP = set("0123456789年月日.-¥￥〔〕号ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _wrap(text, width_chars):
    """Hard wrap, but never inside a number/date/code run (keeps IDs and dates intact)."""
    out = []
    while len(text) > width_chars:
        cut = width_chars
        while cut > 1 and text[cut - 1] in _KEEP and text[cut] in _KEEP:
            cut -= 1
        if cut <= width_chars // 3:
            cut = width_chars
        out.append(text[:cut])
        text = text[cut:]
    out.append(text)
    return out


def layout_pages(docs, chars=38, max_lines=44):
    """Return list of pages; each page is list of (kind, payload) with kind in text/center/right/row."""
    pages = []
    for _, text in docs:
        page = []
        for line in text.strip("\n").split("\n"):
            if line.startswith("^C "):
                items = [("center", line[3:])]
            elif line.startswith("^R "):
                items = [("right", line[3:])]
            elif " | " in line:
                cells = [c.strip() for c in line.split(" | ")]
                items = [("row", cells)]
            else:
                items = [("text", s) for s in _wrap(line, chars)] if line else [("text", "")]
            for it in items:
                h = 1
                if it[0] == "row":
                    h = max(len(_wrap(c, 10 if i % 2 == 0 and len(it[1]) > 1 else 26)) for i, c in enumerate(it[1]))
                if sum(x[2] for x in page) + h > max_lines:
                    pages.append(page)
                    page = []
                page.append((it[0], it[1], h))
        pages.append(page)
    return pages


def write_pdf(name, docs, footer):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("WQY", FONT_TTC, subfontIndex=0))
    W, H = A4
    pages = layout_pages(docs)
    c = canvas.Canvas(os.path.join(OUT, name), pagesize=A4)
    c.setTitle(name)
    lh, x0, x1 = 16.5, 70, W - 70
    for n, page in enumerate(pages, 1):
        y = H - 80
        for kind, payload, h in page:
            if kind == "center":
                c.setFont("WQY", 16 if any(k in payload for k in "书表录告单") and len(payload) < 22 else 12)
                c.drawCentredString(W / 2, y, payload)
            elif kind == "right":
                c.setFont("WQY", 11)
                c.drawRightString(x1, y, payload)
            elif kind == "text":
                c.setFont("WQY", 11)
                c.drawString(x0, y, payload)
            else:
                c.setFont("WQY", 10)
                cells = payload
                if len(cells) == 1:
                    widths = [x1 - x0]
                elif len(cells) == 2:
                    widths = [110, x1 - x0 - 110]
                else:
                    widths = [(x1 - x0) / len(cells)] * len(cells)
                top = y + lh - 4
                bottom = top - h * lh
                xx = x0
                for i, cell in enumerate(cells):
                    per = max(4, int(widths[i] / 10.5))
                    for k, s in enumerate(_wrap(cell, per)):
                        c.drawString(xx + 3, y - k * lh, s)
                    c.rect(xx, bottom, widths[i], top - bottom)
                    xx += widths[i]
            y -= lh * h
        c.setFont("WQY", 10)
        c.drawCentredString(W / 2, 40, footer(n, len(pages)))
        c.showPage()
    c.save()
    return len(pages)


NOTO = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"  # system font, build time only


def write_scanned_pdf(name, docs, footer, seal_text, seed=47):
    """Render pages with Pillow at 200 dpi (A4 1654x2339), red round seal over the 落款 line
    (the line ending with the marker '（印章）'), skew, blur, noise, JPEG q45 embedded with reportlab."""
    import io
    import math
    import random
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    rnd = random.Random(seed)
    W, Hh = 1654, 2339
    f_body = ImageFont.truetype(NOTO, 36, index=0)
    f_title = ImageFont.truetype(NOTO, 54, index=0)
    f_small = ImageFont.truetype(NOTO, 30, index=0)
    pages = layout_pages(docs, chars=36, max_lines=48)
    c = canvas.Canvas(os.path.join(OUT, name), pagesize=A4)
    for n, page in enumerate(pages, 1):
        img = Image.new("RGB", (W, Hh), (246, 245, 241))
        dr = ImageDraw.Draw(img)
        x0, x1, y, lh = 190, W - 190, 200, 52
        seal_at = None
        for kind, payload, h in page:
            if kind == "center":
                big = len(payload) < 22 and any(k in payload for k in "书表录告单")
                f = f_title if big else f_body
                w = dr.textlength(payload, font=f)
                dr.text(((W - w) / 2, y - (12 if big else 0)), payload, font=f, fill=(25, 25, 25))
                y += lh + (18 if big else 0)
                continue
            if kind == "right":
                text = payload.replace("（印章）", "")
                w = dr.textlength(text, font=f_body)
                dr.text((x1 - w, y), text, font=f_body, fill=(25, 25, 25))
                if "（印章）" in payload:
                    seal_at = (x1 - w / 2, y + 40)
            elif kind == "text":
                dr.text((x0, y), payload, font=f_body, fill=(25, 25, 25))
            else:
                cells = payload
                widths = [(x1 - x0)] if len(cells) == 1 else ([330, x1 - x0 - 330] if len(cells) == 2 else [(x1 - x0) / len(cells)] * len(cells))
                xx = x0
                for i, cell in enumerate(cells):
                    per = max(4, int(widths[i] / 37))
                    for k, s in enumerate(_wrap(cell, per)):
                        dr.text((xx + 10, y + k * lh), s, font=f_small, fill=(25, 25, 25))
                    dr.rectangle([xx, y - 8, xx + widths[i], y - 8 + h * lh], outline=(40, 40, 40), width=2)
                    xx += widths[i]
            y += lh * h
        ft = footer(n, len(pages))
        if ft:
            w = dr.textlength(ft, font=f_small)
            dr.text(((W - w) / 2, Hh - 150), ft, font=f_small, fill=(40, 40, 40))
        if seal_at:
            seal = Image.new("RGBA", (420, 420), (0, 0, 0, 0))
            sd = ImageDraw.Draw(seal)
            red = (205, 30, 35, 190)
            sd.ellipse([10, 10, 410, 410], outline=red, width=14)
            cx = cy = 210
            fs = ImageFont.truetype(NOTO, 44, index=0)
            nchar = len(seal_text)
            for i, ch in enumerate(seal_text):
                ang = math.radians(-150 + 300 * i / max(1, nchar - 1)) - math.pi / 2
                px, py = cx + 150 * math.cos(ang), cy + 150 * math.sin(ang)
                tile = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
                ImageDraw.Draw(tile).text((8, 0), ch, font=fs, fill=red)
                tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
                seal.alpha_composite(tile, (int(px - 30), int(py - 30)))
            star = [(cx + (60 if k % 2 == 0 else 24) * math.cos(math.radians(-90 + 36 * k)),
                     cy + (60 if k % 2 == 0 else 24) * math.sin(math.radians(-90 + 36 * k))) for k in range(10)]
            sd.polygon(star, fill=red)
            seal = seal.rotate(rnd.uniform(-12, 12), resample=Image.BICUBIC)
            img.paste(seal, (int(seal_at[0] - 210), int(seal_at[1] - 230)), seal)
        ang = rnd.choice([-1, 1]) * rnd.uniform(0.5, 1.2)
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(246, 245, 241))
        img = img.filter(ImageFilter.GaussianBlur(0.7))
        px = img.load()
        for _ in range(W * Hh // 180):
            xx_, yy_ = rnd.randrange(W), rnd.randrange(Hh)
            v = rnd.randint(90, 200)
            px[xx_, yy_] = (v, v, v)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=45)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return len(pages)

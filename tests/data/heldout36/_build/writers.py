"""Output writers: text-layer PDF (reportlab), scanned PDF (Pillow), DOCX (python-docx), text."""
import io
import os
import random

from common import mark, text_page

WQY = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
NOTO = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"


def write_text(path, vol, encoding="utf-8", footer=None, table="tab", sep="\f\n", width=72):
    pages = [(t, p) for t, ps in vol for p in ps]
    n = len(pages)
    chunks = []
    for i, (_, p) in enumerate(pages, 1):
        body = text_page(p, width=width, table=table)
        if footer:
            body += "\n\n" + " " * 30 + footer.format(n=i, N=n)
        chunks.append(body + "\n")
    with open(path, "w", encoding=encoding, newline="\n") as f:
        f.write(sep.join(chunks))


def write_folder(folder, vol, table="tab", footer="第{n}页"):
    os.makedirs(folder, exist_ok=True)
    n = 0
    for i, (title, ps) in enumerate(vol, 1):
        name = f"{i:02d}_{title}.txt"
        parts = []
        for p in ps:
            n += 1
            parts.append(text_page(p, table=table) + "\n\n" + " " * 32 + footer.format(n=n))
        body = "\n\n".join(parts)
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(body + "\n")


# ------------------------------------------------------------------ reportlab
def write_pdf(path, vol, footer="{n}/{N}", seal_text="（印章）"):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
    W, H = A4
    L, R, TOP = 62, W - 62, H - 70
    pages = [p for _, ps in vol for p in ps]
    N = len(pages)
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("案卷")
    for n, lines in enumerate(pages, 1):
        y = TOP
        first_c = True
        i = 0
        while i < len(lines):
            k, s = mark(lines[i])
            if k == "C":
                size = 17 if first_c else 12
                first_c = False
                c.setFont("WQY", size)
                c.drawCentredString(W / 2, y, s)
                y -= size + 10
            elif k in ("R", "S"):
                c.setFont("WQY", 11)
                c.drawRightString(R, y, seal_text if k == "S" and not s else s)
                y -= 19
            elif k == "T":
                rows = []
                while i < len(lines) and lines[i].startswith("@T "):
                    rows.append(lines[i][3:].split("\t"))
                    i += 1
                i -= 1
                y = _table(c, rows, L, R, y)
            else:
                c.setFont("WQY", 11)
                for seg in _wrap(c, s, R - L, 11):
                    c.drawString(L, y, seg)
                    y -= 18
                if not s:
                    y -= 2
            i += 1
        c.setFont("WQY", 9)
        c.drawCentredString(W / 2, 36, footer.format(n=n, N=N))
        c.showPage()
    c.save()


def _wrap(c, s, width, size):
    if not s:
        return [""]
    out, cur = [], ""
    for ch in s:
        if c.stringWidth(cur + ch, "WQY", size) > width:
            out.append(cur)
            cur = "  " + ch if False else ch
        else:
            cur += ch
    out.append(cur)
    return out


def _table(c, rows, L, R, y):
    ncol = max(len(r) for r in rows)
    widths = [0] * ncol
    for r in rows:
        for j, cell in enumerate(r):
            widths[j] = max(widths[j], min(c.stringWidth(cell, "WQY", 10) + 12, 300))
    tot = sum(widths)
    widths = [w * (R - L) / tot for w in widths]
    for r in rows:
        cells = [_wrap(c, cell, widths[j] - 8, 10) for j, cell in enumerate(r)]
        h = max(len(x) for x in cells) * 14 + 8
        x = L
        c.setFont("WQY", 10)
        for j in range(ncol):
            w = widths[j] if j < len(r) - 1 or len(r) == ncol else sum(widths[j:])
            c.rect(x, y - h + 10, w, h)
            if j < len(r):
                yy = y - 3
                for seg in cells[j]:
                    c.drawString(x + 4, yy, seg)
                    yy -= 14
            x += w
            if len(r) < ncol and j == len(r) - 1:
                break
        y -= h
    return y - 10


# ------------------------------------------------------------------ scan
def write_scan(path, vol, footer="第{n}页", seed=7):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    rnd = random.Random(seed)
    Wp, Hp = 1654, 2339
    f_body = ImageFont.truetype(NOTO, 30, index=0)
    f_title = ImageFont.truetype(NOTO, 46, index=0)
    f_small = ImageFont.truetype(NOTO, 24, index=0)
    f_seal = ImageFont.truetype(NOTO, 26, index=0)
    pages = [p for _, ps in vol for p in ps]
    N = len(pages)
    c = canvas.Canvas(path, pagesize=A4)
    W, H = A4
    L, R = 150, Wp - 150
    for n, lines in enumerate(pages, 1):
        img = Image.new("RGB", (Wp, Hp), (250, 250, 247))
        d = ImageDraw.Draw(img)
        y = 170
        first_c = True
        seals = []
        i = 0
        while i < len(lines):
            k, s = mark(lines[i])
            if k == "C":
                f = f_title if first_c else f_body
                first_c = False
                w = d.textlength(s, font=f)
                d.text(((Wp - w) / 2, y), s, font=f, fill=(25, 25, 25))
                y += 80 if f is f_title else 50
            elif k == "R":
                w = d.textlength(s, font=f_body)
                d.text((R - w, y), s, font=f_body, fill=(25, 25, 25))
                y += 50
            elif k == "S":
                seals.append((R - 290, y - 150, s))
            elif k == "T":
                rows = []
                while i < len(lines) and lines[i].startswith("@T "):
                    rows.append(lines[i][3:].split("\t"))
                    i += 1
                i -= 1
                y = _ptable(d, rows, L, R, y, f_body)
            else:
                for seg in _pwrap(d, s, R - L, f_body):
                    d.text((L, y), seg, font=f_body, fill=(25, 25, 25))
                    y += 48
            i += 1
        ft = footer.format(n=n, N=N)
        w = d.textlength(ft, font=f_small)
        d.text(((Wp - w) / 2, Hp - 120), ft, font=f_small, fill=(40, 40, 40))
        for (sx, sy, name) in seals:
            _seal(img, sx, sy, name, f_seal)
        img = img.rotate(rnd.uniform(0.5, 1.2) * rnd.choice([-1, 1]), resample=Image.BICUBIC,
                         expand=False, fillcolor=(250, 250, 247))
        px = img.load()
        for _ in range(600):
            x, yy = rnd.randrange(Wp), rnd.randrange(Hp)
            v = rnd.randrange(90, 200)
            px[x, yy] = (v, v, v)
        img = img.filter(ImageFilter.GaussianBlur(0.9))
        if not seals:
            img = img.convert("L")
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=45)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        c.showPage()
    c.save()


def _pwrap(d, s, width, f):
    if not s:
        return [""]
    out, cur = [], ""
    for ch in s:
        if d.textlength(cur + ch, font=f) > width:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return out


def _ptable(d, rows, L, R, y, f):
    ncol = max(len(r) for r in rows)
    widths = [0] * ncol
    for r in rows:
        for j, cell in enumerate(r):
            widths[j] = max(widths[j], min(d.textlength(cell, font=f) + 30, 800))
    tot = sum(widths)
    widths = [w * (R - L) / tot for w in widths]
    for r in rows:
        cells = []
        for j, cell in enumerate(r):
            w = widths[j] if len(r) == ncol or j < len(r) - 1 else sum(widths[j:])
            cells.append((w, _pwrap(d, cell, w - 20, f)))
        h = max(len(x[1]) for x in cells) * 44 + 16
        x = L
        for w, segs in cells:
            d.rectangle([x, y, x + w, y + h], outline=(30, 30, 30), width=2)
            yy = y + 8
            for seg in segs:
                d.text((x + 10, yy), seg, font=f, fill=(25, 25, 25))
                yy += 44
            x += w
        y += h
    return y + 20


def _seal(img, x, y, name, f):
    from PIL import Image, ImageDraw
    import math
    size = 300
    s = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(s)
    col = (215, 30, 35, 170)
    d.ellipse([8, 8, size - 8, size - 8], outline=col, width=9)
    # star
    cx = cy = size / 2
    pts = []
    for k in range(10):
        r = 40 if k % 2 == 0 else 16
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    d.polygon(pts, fill=col)
    chars = list(name)
    n = len(chars)
    span = math.radians(240)
    for k, ch in enumerate(chars):
        a = math.radians(-210) + span * (k + 0.5) / n
        r = 108
        px, py = cx + r * math.cos(a), cy + r * math.sin(a)
        g = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((6, 2), ch, font=f, fill=col)
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        s.alpha_composite(g, (int(px - 20), int(py - 20)))
    base = img.convert("RGBA")
    base.alpha_composite(s, (int(x), int(y)))
    img.paste(base.convert("RGB"))


# ------------------------------------------------------------------ docx
def write_docx(path, vol, seal_text="（印章）", footer="第 {n} 页"):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    pages = [p for _, ps in vol for p in ps]
    N = len(pages)
    for n, lines in enumerate(pages, 1):
        i = 0
        first_c = True
        while i < len(lines):
            k, s = mark(lines[i])
            if k == "T":
                rows = []
                while i < len(lines) and lines[i].startswith("@T "):
                    rows.append(lines[i][3:].split("\t"))
                    i += 1
                i -= 1
                ncol = max(len(r) for r in rows)
                t = doc.add_table(rows=len(rows), cols=ncol)
                t.style = "Table Grid"
                for ri, r in enumerate(rows):
                    cells = t.rows[ri].cells
                    if len(r) < ncol:
                        cells[len(r) - 1].merge(cells[ncol - 1])
                    for j, cell in enumerate(r):
                        t.rows[ri].cells[j].text = cell
            else:
                p = doc.add_paragraph()
                if k == "C":
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    run = p.add_run(s)
                    if first_c:
                        run.bold = True
                        run.font.size = Pt(16)
                        first_c = False
                elif k in ("R", "S"):
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    p.add_run(seal_text if k == "S" and not s else s)
                else:
                    p.add_run(s)
            i += 1
        p = doc.add_paragraph(footer.format(n=n, N=N))
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if n < N:
            p.add_run().add_break(WD_BREAK.PAGE)
    doc.save(path)

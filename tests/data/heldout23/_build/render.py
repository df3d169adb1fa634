"""Page layout for the PDF cases (text layer with reportlab, scanned with Pillow)."""
import io
import math
import random

PAGE_W, PAGE_H = 595.3, 841.9  # A4 in points
ML, MR, MT, MB = 72, 68, 70, 60


def _cw(ch, size):
    return size if ord(ch) > 0x2E80 else size * 0.55


def text_w(s, size):
    return sum(_cw(ch, size) for ch in s)


def wrap(s, size, width):
    import re
    toks = re.findall(r"[A-Za-z0-9.,:%/\-\*()（）×＋]+|.", s)
    out, cur, w = [], "", 0
    for t in toks:
        tw = text_w(t, size)
        if w + tw > width and cur:
            out.append(cur)
            cur, w = "", 0
        cur += t
        w += tw
    out.append(cur)
    return out


def layout(page, body=11.5):
    """Returns ops: ('t', x, y, text, size) / ('l', x1, y1, x2, y2) / ('seal', x, y); y from top."""
    ops = []
    y = MT
    width = PAGE_W - ML - MR
    lines = page.split("\n")
    i = 0
    widths = None
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("@W"):
            widths = [float(x) for x in ln[2:].split("|")]
            i += 1
            continue
        if ln.startswith("@T"):
            rows = []
            while i < len(lines) and lines[i].startswith("@T"):
                rows.append([c.strip() for c in lines[i][2:].strip().split("|")])
                i += 1
            ncol = max(len(r) for r in rows)
            ws = widths if widths and len(widths) == ncol else [1] * ncol
            tot = sum(ws)
            colw = [width * w / tot for w in ws]
            fs = body - 1
            top = y
            ops.append(("l", ML, y, ML + width, y))
            for r in rows:
                cells = r + [""] * (ncol - len(r))
                # a single-cell row spans the table
                m = len(r)
                spans = [(j, j + 1) for j in range(m - 1)] + [(m - 1, ncol)]
                cells = r
                wrapped = []
                for (a, b), c in zip(spans, cells):
                    cw = sum(colw[a:b]) - 8
                    wrapped.append(sum((wrap(p, fs, cw) for p in c.split("\\n")), []))
                h = max(len(x) for x in wrapped) * (fs + 4) + 8
                x0 = ML
                for (a, b), wl in zip(spans, wrapped):
                    xx = ML + sum(colw[:a])
                    for k, t in enumerate(wl):
                        ops.append(("t", xx + 4, y + 5 + k * (fs + 4) + fs, t, fs))
                        if "（印章）" in t or "（盖章）" in t:
                            ops.append(("seal", xx + 4 + text_w(t, fs) - fs * 2, y + 5 + k * (fs + 4)))
                for (a, b) in spans:
                    xx = ML + sum(colw[:a])
                    ops.append(("l", xx, y, xx, y + h))
                ops.append(("l", ML + width, y, ML + width, y + h))
                y += h
                ops.append(("l", ML, y, ML + width, y))
            widths = None
            y += 8
            continue
        if ln.startswith("@C"):
            t = ln[2:].strip()
            fs = 18
            y += 10
            ops.append(("t", ML + (width - text_w(t, fs)) / 2, y + fs, t, fs))
            y += fs + 14
        elif ln.startswith("@c"):
            t = ln[2:].strip()
            ops.append(("t", ML + (width - text_w(t, body)) / 2, y + body, t, body))
            y += body + 8
        elif ln.startswith("@R"):
            t = ln[2:].strip()
            ops.append(("t", ML + width - text_w(t, body), y + body, t, body))
            if "（印章）" in t or "（盖章）" in t or "（章）" in t:
                ops.append(("seal", ML + width - text_w(t, body) * 0.55, y))
            y += body + 8
        else:
            if not ln.strip():
                y += body * 0.7
            for t in wrap(ln, body, width) if ln.strip() else []:
                ops.append(("t", ML, y + body, t, body))
                y += body + 8
        i += 1
    return ops


def text_pdf(path, pages, footer=None, font="WQY"):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    try:
        pdfmetrics.getFont(font)
    except KeyError:
        pdfmetrics.registerFont(TTFont(font, "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
    c = canvas.Canvas(path, pagesize=(PAGE_W, PAGE_H))
    c.setTitle("案卷")
    for n, pg in enumerate(pages, 1):
        for op in layout(pg):
            if op[0] == "t":
                c.setFont(font, op[4])
                c.drawString(op[1], PAGE_H - op[2], op[3])
            elif op[0] == "l":
                c.setLineWidth(0.6)
                c.line(op[1], PAGE_H - op[2], op[3], PAGE_H - op[4])
        f = footer(n) if footer else None
        if f:
            c.setFont(font, 9.5)
            c.drawString(PAGE_W - MR - text_w(f, 9.5), 34, f)
        c.showPage()
    c.save()


def scanned_pdf(path, pages, footer=None, seed=7, dpi=200, quality=45):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    rnd = random.Random(seed)
    k = dpi / 72.0
    W, H = int(PAGE_W * k), int(PAGE_H * k)
    fonts = {}

    def F(sz):
        if sz not in fonts:
            fonts[sz] = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", int(sz * k), index=0)
        return fonts[sz]
    c = canvas.Canvas(path, pagesize=(PAGE_W, PAGE_H))
    for n, pg in enumerate(pages, 1):
        img = Image.new("RGB", (W, H), (246, 246, 246))
        d = ImageDraw.Draw(img)
        seals = []
        for op in layout(pg):
            if op[0] == "t":
                d.text((op[1] * k, (op[2] - op[4]) * k - 2), op[3], font=F(op[4]), fill=(25, 25, 25))
            elif op[0] == "l":
                d.line([(op[1] * k, op[2] * k), (op[3] * k, op[4] * k)], fill=(40, 40, 40), width=2)
            elif op[0] == "seal":
                seals.append((op[1] * k, op[2] * k))
        f = footer(n) if footer else None
        if f:
            d.text(((PAGE_W - MR - text_w(f, 9.5)) * k, (PAGE_H - 44) * k), f, font=F(9.5), fill=(25, 25, 25))
        for (sx, sy) in seals:
            _seal(img, sx, sy, rnd)
        ang = rnd.choice([-1, 1]) * rnd.uniform(0.5, 1.2)
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(245, 245, 240))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        px = img.load()
        for _ in range(W * H // 600):
            x, y = rnd.randrange(W), rnd.randrange(H)
            v = rnd.randrange(90, 200)
            px[x, y] = (v, v, v)
        # greyscale page, red seal kept faint: convert to L except seal hue survives as grey
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=quality)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, PAGE_W, PAGE_H)
        c.showPage()
    c.save()


def _seal(img, cx, cy, rnd):
    from PIL import Image, ImageDraw
    r = 115
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    col = (205, 30, 35, 150)
    cx += rnd.uniform(-20, 20)
    cy += rnd.uniform(-10, 30)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=col, width=9)
    # star
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = 34 if i % 2 == 0 else 14
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=col)
    img.paste(Image.alpha_composite(img.convert("RGBA"), layer).convert("RGB"))


def docx_out(path, pages, footer=None):
    """Word file: one Word page per markup page (explicit page breaks), real Word tables."""
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for s in doc.sections:
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Cm(2.5), Cm(2.2), Cm(2.6), Cm(2.4)
    first = True
    for n, pg in enumerate(pages, 1):
        if not first:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        first = False
        lines = pg.split("\n")
        i = 0
        widths = None
        while i < len(lines):
            ln = lines[i]
            if ln.startswith("@W"):
                widths = [float(x) for x in ln[2:].split("|")]
                i += 1
                continue
            if ln.startswith("@T"):
                rows = []
                while i < len(lines) and lines[i].startswith("@T"):
                    rows.append([c.strip() for c in lines[i][2:].strip().split("|")])
                    i += 1
                ncol = max(len(r) for r in rows)
                t = doc.add_table(rows=len(rows), cols=ncol)
                t.style = "Table Grid"
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                for ri, r in enumerate(rows):
                    cells = t.rows[ri].cells
                    if len(r) < ncol:
                        cells[len(r) - 1].merge(cells[ncol - 1])
                    for ci, val in enumerate(r):
                        cell = t.rows[ri].cells[ci]
                        cell.text = val.replace("\\n", "\n")
                if widths and len(widths) == ncol:
                    tot = sum(widths)
                    for ri in range(len(rows)):
                        for ci in range(ncol):
                            t.rows[ri].cells[ci].width = Cm(16 * widths[ci] / tot)
                widths = None
                continue
            p = doc.add_paragraph()
            if ln.startswith("@C"):
                r = p.add_run(ln[2:].strip())
                r.font.size = Pt(18)
                r.bold = True
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif ln.startswith("@c"):
                p.add_run(ln[2:].strip())
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif ln.startswith("@R"):
                p.add_run(ln[2:].strip())
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                p.add_run(ln)
            i += 1
        f = footer(n) if footer else None
        if f:
            p = doc.add_paragraph()
            p.add_run(f).font.size = Pt(9)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(path)

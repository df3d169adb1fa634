"""Renderers: text-layer PDF (reportlab), scanned PDF (Pillow -> JPEG -> reportlab), DOCX (python-docx)."""
import io
import math
import random

FONT_TTC = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
SCAN_TTC = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"


def _wrap(text, maxw, width_fn):
    """Greedy line wrap that never splits a run of digits/Latin letters (numbers, dates, codes)."""
    import re
    out, cur = [], ""
    for tok in re.findall(r"[0-9A-Za-z.\-:%/]+|.", text):
        if width_fn(cur + tok) > maxw and cur:
            out.append(cur)
            cur = tok
        else:
            cur += tok
    out.append(cur)
    return out


def text_pdf(path, pages, footer="- {n} -", seal_text=None, col_ratio=None):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("ZH")
    except KeyError:
        pdfmetrics.registerFont(TTFont("ZH", FONT_TTC, subfontIndex=0))
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    total = sum(1 for _, n in pages if n)
    L, R = 70, W - 70
    for lines, n in pages:
        y = H - 80
        i = 0
        while i < len(lines):
            ln = lines[i]
            if ln.startswith("@H "):
                c.setFont("ZH", 17)
                t = ln[3:]
                c.drawCentredString(W / 2, y, t)
                y -= 30
            elif ln.startswith("@C "):
                c.setFont("ZH", 13)
                c.drawCentredString(W / 2, y, ln[3:])
                y -= 22
            elif ln.startswith("@R "):
                c.setFont("ZH", 11)
                c.drawRightString(R, y, ln[3:])
                y -= 19
            elif ln.startswith("@T "):
                rows = []
                while i < len(lines) and lines[i].startswith("@T "):
                    rows.append(lines[i][3:].split("|"))
                    i += 1
                i -= 1
                c.setFont("ZH", 10.5)
                for cells in rows:
                    k = len(cells)
                    if k == 2:
                        xs = [L, L + (R - L) * 0.24, R]
                    elif k == 3 and cells[0].isdigit() or cells[0] == "序号":
                        xs = [L, L + 45, R - 80, R]
                    else:
                        xs = [L + (R - L) * j / k for j in range(k + 1)]
                    wrapped = [_wrap(cell, xs[j + 1] - xs[j] - 8,
                                     lambda s: c.stringWidth(s, "ZH", 10.5)) for j, cell in enumerate(cells)]
                    h = 16 * max(len(w) for w in wrapped) + 8
                    c.rect(L, y - h + 12, R - L, h, stroke=1, fill=0)
                    for x in xs[1:-1]:
                        c.line(x, y + 12, x, y - h + 12)
                    for j, w in enumerate(wrapped):
                        yy = y
                        for seg in w:
                            c.drawString(xs[j] + 4, yy, seg)
                            yy -= 16
                    y -= h
                y -= 8
            elif ln == "@SEAL":
                if seal_text:
                    c.saveState()
                    c.setStrokeColorRGB(0.85, 0.1, 0.1)
                    c.setFillColorRGB(0.85, 0.1, 0.1)
                    c.setLineWidth(2)
                    cx, cy = R - 80, y + 2
                    c.circle(cx, cy, 42, stroke=1, fill=0)
                    c.setLineWidth(0.8)
                    c.circle(cx, cy, 37, stroke=1, fill=0)
                    pts = [(cx + 12 * math.cos(math.radians(90 + 144 * k)), cy + 12 * math.sin(math.radians(90 + 144 * k))) for k in range(5)]
                    p = c.beginPath()
                    p.moveTo(*pts[0])
                    for q in pts[1:]:
                        p.lineTo(*q)
                    p.close()
                    c.drawPath(p, stroke=0, fill=1)
                    c.restoreState()
            else:
                c.setFont("ZH", 11)
                for seg in _wrap(ln, R - L, lambda s: c.stringWidth(s, "ZH", 11)) if ln else [""]:
                    c.drawString(L, y, seg)
                    y -= 19
            i += 1
        if n and footer:
            c.setFont("ZH", 9)
            c.drawCentredString(W / 2, 36, footer.format(n=n, total=total))
        c.showPage()
    c.save()


def scan_pdf(path, pages, footer="{n}", seal_text="", seed=7, quality=45, dpi=200):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    rnd = random.Random(seed)
    Wp, Hp = int(8.27 * dpi), int(11.69 * dpi)
    f_body = ImageFont.truetype(SCAN_TTC, 30, index=0)
    f_title = ImageFont.truetype(SCAN_TTC, 44, index=0)
    f_small = ImageFont.truetype(SCAN_TTC, 24, index=0)
    f_seal = ImageFont.truetype(SCAN_TTC, 22, index=0)
    c = canvas.Canvas(path, pagesize=A4)
    L, R = 170, Wp - 170
    for lines, n in pages:
        img = Image.new("L", (Wp, Hp), 246)
        d = ImageDraw.Draw(img)
        seals = []
        y = 190
        i = 0
        tw = lambda s, f=f_body: d.textlength(s, font=f)
        while i < len(lines):
            ln = lines[i]
            if ln.startswith("@H "):
                t = ln[3:]
                d.text(((Wp - tw(t, f_title)) / 2, y), t, font=f_title, fill=25)
                y += 78
            elif ln.startswith("@C "):
                t = ln[3:]
                d.text(((Wp - tw(t)) / 2, y), t, font=f_body, fill=30)
                y += 50
            elif ln.startswith("@R "):
                t = ln[3:]
                d.text((R - tw(t), y), t, font=f_body, fill=30)
                y += 50
            elif ln.startswith("@T "):
                cells = ln[3:].split("|")
                k = len(cells)
                xs = [L, L + (R - L) * 0.24, R] if k == 2 else [L + (R - L) * j / k for j in range(k + 1)]
                wr = [_wrap(cell, xs[j + 1] - xs[j] - 20, tw) for j, cell in enumerate(cells)]
                h = 44 * max(len(w) for w in wr) + 16
                d.rectangle([L, y - 8, R, y - 8 + h], outline=40, width=2)
                for x in xs[1:-1]:
                    d.line([x, y - 8, x, y - 8 + h], fill=40, width=2)
                for j, w in enumerate(wr):
                    for m, seg in enumerate(w):
                        d.text((xs[j] + 10, y + m * 44), seg, font=f_body, fill=30)
                y += h
            elif ln == "@SEAL":
                seals.append((R - 230, y - 150))
            else:
                for seg in _wrap(ln, R - L, tw) if ln else [""]:
                    d.text((L, y), seg, font=f_body, fill=30)
                    y += 48
            i += 1
        if n and footer:
            t = footer.format(n=n)
            d.text(((Wp - tw(t, f_small)) / 2, Hp - 130), t, font=f_small, fill=60)
        img = img.convert("RGB")
        for (sx, sy) in seals:
            seal = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
            sd = ImageDraw.Draw(seal)
            sd.ellipse([10, 10, 290, 290], outline=(205, 30, 35, 190), width=9)
            sd.text((150 - sd.textlength("★", font=f_title) / 2, 118), "★", font=f_title, fill=(205, 30, 35, 200))
            # text on the arc
            txt = seal_text
            for k, ch in enumerate(txt):
                ang = math.radians(-150 + 300 * (k + 0.5) / len(txt) - 90)
                x = 150 + 108 * math.cos(ang)
                yy = 150 + 108 * math.sin(ang)
                sd.text((x - 11, yy - 12), ch, font=f_seal, fill=(205, 30, 35, 200))
            img.paste(seal, (int(sx), int(sy)), seal)
        ang = rnd.choice([-1, 1]) * rnd.uniform(0.5, 1.2)
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(246, 246, 246))
        if not seals:
            img = img.convert("L")
        noise = Image.effect_noise((Wp, Hp), 6).convert(img.mode)
        img = Image.blend(img, noise, 0.02)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=quality, optimize=True)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def docx_file(path, pages, footer="第{n}页"):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.text import WD_BREAK
    from docx.oxml.ns import qn
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(11)
    first = True
    for lines, n in pages:
        if not first:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        first = False
        i = 0
        while i < len(lines):
            ln = lines[i]
            if ln.startswith("@T "):
                rows = []
                while i < len(lines) and lines[i].startswith("@T "):
                    rows.append(lines[i][3:].split("|"))
                    i += 1
                ncol = max(len(r) for r in rows)
                t = doc.add_table(rows=0, cols=ncol)
                t.style = "Table Grid"
                for r in rows:
                    cells = t.add_row().cells
                    if len(r) < ncol:
                        cells[len(r) - 1].merge(cells[ncol - 1])
                    for j, v in enumerate(r):
                        cells[j].text = v
                continue
            if ln == "@SEAL":
                i += 1
                continue
            p = doc.add_paragraph()
            if ln.startswith("@H "):
                r = p.add_run(ln[3:])
                r.bold = True
                r.font.size = Pt(16)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif ln.startswith("@C "):
                p.add_run(ln[3:])
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif ln.startswith("@R "):
                p.add_run(ln[3:])
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                p.add_run(ln)
            i += 1
        if n and footer:
            p = doc.add_paragraph()
            p.add_run(footer.format(n=n))
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(path)

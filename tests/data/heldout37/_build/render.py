"""Renderers: text-layer PDF (reportlab), scanned PDF (Pillow → JPEG in reportlab), DOCX (python-docx)."""
from __future__ import annotations

import io
import math
import random



def _font(file_name: str) -> str:
    """Locate an installed font file by name through fontconfig (env HELDOUT37_FONTDIR overrides)."""
    import os
    import subprocess
    d = os.environ.get("HELDOUT37_FONTDIR")
    if d:
        return os.path.join(d, file_name)
    out = subprocess.run(["fc-list", "--format", "%{file}\n"], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.endswith("/" + file_name):
            return line
    raise FileNotFoundError(file_name)


FONT_TTC = _font("wqy-zenhei.ttc")  # text-layer PDFs
SERIF_TTC = _font("NotoSerifCJK-Regular.ttc")  # scanned pages


def _wrap(text, width_fn, maxw):
    """Greedy wrap; runs of ASCII letters/digits (codes, dates' numbers) are not split."""
    import re
    lines, cur = [], ""
    for tok in re.findall(r"[0-9A-Za-z.\-×]+|.", text):
        if width_fn(cur + tok) > maxw and cur:
            lines.append(cur)
            cur = tok
        else:
            cur += tok
    lines.append(cur)
    return lines


def pdf_text(path: str, pages: list[str], footers: list[str]):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    try:
        pdfmetrics.getFont("WQY")
    except KeyError:
        pdfmetrics.registerFont(TTFont("WQY", FONT_TTC, subfontIndex=0))
    W, H = A4
    L, R, TOP = 72, W - 72, H - 72
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("案卷")
    for page, foot in zip(pages, footers):
        y = TOP
        fs = 11.5
        rows = []

        def flush_table(y):
            if not rows:
                return y
            ncol = max(len(r) for r in rows)
            for r in rows:
                cells = r + [""] * (ncol - len(r))
                if ncol == 2:
                    widths = [(R - L) * 0.26, (R - L) * 0.74]
                else:
                    widths = [(R - L) / ncol] * ncol
                wrapped = [_wrap(t, lambda s: c.stringWidth(s, "WQY", 10), w - 8) for t, w in zip(cells, widths)]
                h = max(len(x) for x in wrapped) * 14 + 8
                x = L
                for lines_, w in zip(wrapped, widths):
                    c.rect(x, y - h, w, h)
                    ty = y - 15
                    c.setFont("WQY", 10)
                    for ln in lines_:
                        c.drawString(x + 4, ty, ln)
                        ty -= 14
                    x += w
                y -= h
            rows.clear()
            return y - 6

        for line in page.split("\n"):
            if line.startswith("@t "):
                rows.append([s.strip() for s in line[3:].split("|")])
                continue
            y = flush_table(y)
            if line.startswith("@seal"):
                continue
            if line.startswith("@C "):
                c.setFont("WQY", 18)
                c.drawCentredString(W / 2, y - 6, line[3:])
                y -= 34
            elif line.startswith("@c "):
                c.setFont("WQY", 13)
                c.drawCentredString(W / 2, y, line[3:])
                y -= 22
            elif line.startswith("@r "):
                c.setFont("WQY", fs)
                c.drawRightString(R, y, line[3:])
                y -= 20
            else:
                c.setFont("WQY", fs)
                for ln in _wrap(line, lambda s: c.stringWidth(s, "WQY", fs), R - L):
                    c.drawString(L, y, ln)
                    y -= 19
        y = flush_table(y)
        if y < 50:
            raise ValueError("page overflow: " + page[:40])
        if foot:
            c.setFont("WQY", 9.5)
            c.drawCentredString(W / 2, 40, foot)
        c.showPage()
    c.save()


def scan_pdf(path: str, pages: list[str], footers: list[str], seal_text: str, seed: int = 7):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rnd = random.Random(seed)
    W, H = 1654, 2339  # A4 at 200 dpi
    f_body = ImageFont.truetype(SERIF_TTC, 36, index=0)
    f_title = ImageFont.truetype(SERIF_TTC, 56, index=0)
    f_sub = ImageFont.truetype(SERIF_TTC, 42, index=0)
    f_small = ImageFont.truetype(SERIF_TTC, 30, index=0)
    L, R = 170, W - 170
    c = canvas.Canvas(path, pagesize=A4)
    for page, foot in zip(pages, footers):
        img = Image.new("L", (W, H), 238)
        d = ImageDraw.Draw(img)
        y = 190
        seal_at = None
        rows = []
        last_right = None

        def tw(s, f):
            return d.textlength(s, font=f)

        def flush(y):
            if not rows:
                return y
            ncol = max(len(r) for r in rows)
            for r in rows:
                cells = r + [""] * (ncol - len(r))
                widths = [(R - L) * 0.26, (R - L) * 0.74] if ncol == 2 else [(R - L) / ncol] * ncol
                wrapped = [_wrap(t, lambda s: tw(s, f_body), w - 20) for t, w in zip(cells, widths)]
                h = max(len(x) for x in wrapped) * 48 + 20
                x = L
                for lines_, w in zip(wrapped, widths):
                    d.rectangle([x, y, x + w, y + h], outline=40, width=2)
                    ty = y + 10
                    for ln in lines_:
                        d.text((x + 10, ty), ln, font=f_body, fill=60)
                        ty += 48
                    x += w
                y += h
            rows.clear()
            return y + 14

        for line in page.split("\n"):
            if line.startswith("@t "):
                rows.append([s.strip() for s in line[3:].split("|")])
                continue
            y = flush(y)
            if line.startswith("@seal"):
                seal_at = (last_right or (R - 260, y - 60))
                continue
            if line.startswith("@C "):
                t = line[3:]
                d.text(((W - tw(t, f_title)) / 2, y), t, font=f_title, fill=50)
                y += 100
            elif line.startswith("@c "):
                t = line[3:]
                d.text(((W - tw(t, f_sub)) / 2, y), t, font=f_sub, fill=50)
                y += 66
            elif line.startswith("@r "):
                t = line[3:]
                d.text((R - tw(t, f_body), y), t, font=f_body, fill=60)
                last_right = (R - tw(t, f_body) / 2, y + 18)
                y += 54
            else:
                for ln in _wrap(line, lambda s: tw(s, f_body), R - L):
                    d.text((L, y), ln, font=f_body, fill=60)
                    y += 54
        y = flush(y)
        if y > H - 140:
            raise ValueError("page overflow: " + page[:40])
        if foot:
            d.text(((W - tw(foot, f_small)) / 2, H - 120), foot, font=f_small, fill=40)
        rgb = img.convert("RGB")
        if seal_at:
            _seal(rgb, seal_at, seal_text)
        ang = rnd.choice([-1, 1]) * rnd.uniform(0.5, 1.2)
        rgb = rgb.rotate(ang, resample=Image.BICUBIC, fillcolor=(246, 246, 244))
        rgb = rgb.filter(ImageFilter.GaussianBlur(1.05))
        if not seal_at:
            rgb = rgb.convert("L")  # pages without a seal are stored as greyscale
        px = rgb.load()
        for _ in range(1500):
            x, yy = rnd.randrange(W), rnd.randrange(H)
            v = rnd.randrange(120, 200)
            px[x, yy] = v if rgb.mode == "L" else (v, v, v)
        buf = io.BytesIO()
        rgb.save(buf, "JPEG", quality=42, subsampling=2)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def _seal(img, centre, text):
    from PIL import Image, ImageDraw, ImageFont
    r = 190
    S = 2 * r + 20
    layer = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 30, 35, 170)
    cx = cy = S // 2
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=10)
    f = ImageFont.truetype(SERIF_TTC, 40, index=0)
    # star
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = 52 if i % 2 == 0 else 21
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=red)
    n = len(text)
    span = math.radians(250)
    for i, ch in enumerate(text):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        x = cx + (r - 42) * math.cos(a)
        yy = cy + (r - 42) * math.sin(a)
        g = Image.new("RGBA", (48, 48), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((4, 0), ch, font=f, fill=red)
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(g, (int(x - 24), int(yy - 24)))
    img.paste(layer, (int(centre[0] - S / 2), int(centre[1] - S / 2)), layer)


def docx_write(path: str, pages: list[str], footers: list[str]):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for pi, (page, foot) in enumerate(zip(pages, footers)):
        rows = []

        def flush():
            if not rows:
                return
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for r in rows:
                cells = t.add_row().cells
                for i, v in enumerate(r + [""] * (ncol - len(r))):
                    cells[i].text = v
            rows.clear()

        for line in page.split("\n"):
            if line.startswith("@t "):
                rows.append([s.strip() for s in line[3:].split("|")])
                continue
            flush()
            if line.startswith("@seal"):
                continue
            if line.startswith("@C ") or line.startswith("@c "):
                p = doc.add_paragraph()
                run = p.add_run(line[3:])
                run.bold = line.startswith("@C ")
                run.font.size = Pt(16 if line.startswith("@C ") else 13)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif line.startswith("@r "):
                p = doc.add_paragraph(line[3:])
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                doc.add_paragraph(line)
        flush()
        if foot:
            p = doc.add_paragraph(foot)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if pi < len(pages) - 1:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(path)

"""Renderers: text-layer PDF (reportlab), scanned PDF (Pillow -> JPEG -> reportlab), DOCX."""
import io
import math
import random

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

import subprocess


def _fc(name):
    """Locate an installed font file through fontconfig (no machine paths in the repo)."""
    return subprocess.run(["fc-match", "-f", "%{file}", name], capture_output=True, text=True, check=True).stdout


WQY = _fc("WenQuanYi Zen Hei")
NOTO = _fc("Noto Serif CJK SC")
_reg = False


def _font():
    global _reg
    if not _reg:
        pdfmetrics.registerFont(TTFont("ZH", WQY, subfontIndex=0))
        _reg = True
    return "ZH"


def _wrap(text, width, measure):
    out, cur = [], ""
    for ch in text:
        if measure(cur + ch) > width and cur:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return out


def _group(lines):
    """Yield ('table', rows) or ('line', str)."""
    i = 0
    while i < len(lines):
        if lines[i].startswith("T:"):
            rows = []
            while i < len(lines) and lines[i].startswith("T:"):
                rows.append(lines[i][2:].split("|"))
                i += 1
            yield "table", rows
        else:
            yield "line", lines[i]
            i += 1


def _colwidths(rows, total, measure):
    n = max(len(r) for r in rows)
    need = [0.0] * n
    for r in rows:
        for j, c in enumerate(r):
            if len(r) == n:
                need[j] = max(need[j], min(measure(c) + 8, total * 0.7))
    s = sum(need) or 1
    if s <= total:
        extra = (total - s) / n
        return [w + extra for w in need]
    return [w * total / s for w in need]


def text_pdf(path, pages, footer, title_size=17, size=11, lead=17):
    """pages: list of markup line lists. footer(i, n) -> str or None."""
    f = _font()
    W, H = A4
    L, R, T, Bm = 25 * mm, W - 22 * mm, H - 25 * mm, 22 * mm
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("案卷")
    meas = lambda s, sz=size: pdfmetrics.stringWidth(s, f, sz)
    n = len(pages)
    for pi, pg in enumerate(pages, 1):
        y = T
        for kind, item in _group(pg):
            if kind == "line":
                ln = item
                if ln.startswith("C:"):
                    t = ln[2:]
                    sz = title_size if len(t.replace(" ", "")) <= 16 else size + 2
                    c.setFont(f, sz)
                    y -= lead * 0.4
                    c.drawCentredString(W / 2, y, t)
                    y -= lead * 1.2
                elif ln.startswith("R:"):
                    c.setFont(f, size)
                    c.drawRightString(R, y, ln[2:])
                    y -= lead
                elif ln.startswith("B:"):
                    y -= lead * 0.6
                else:
                    c.setFont(f, size)
                    for part in _wrap(ln, R - L, meas):
                        c.drawString(L, y, part)
                        y -= lead
            else:
                rows = item
                cw = _colwidths(rows, R - L, lambda s: meas(s, size - 1))
                n_cols = len(cw)
                for r in rows:
                    if len(r) < n_cols:  # merged row: last cell spans
                        widths = cw[:len(r) - 1] + [sum(cw[len(r) - 1:])]
                    else:
                        widths = cw
                    cells = [_wrap(t, w - 6, lambda s: meas(s, size - 1)) for t, w in zip(r, widths)]
                    h = max(len(x) for x in cells) * (lead - 2) + 8
                    x = L
                    c.setLineWidth(0.6)
                    for t, w in zip(cells, widths):
                        c.rect(x, y - h + lead - 4, w, h)
                        c.setFont(f, size - 1)
                        yy = y
                        for part in t:
                            c.drawString(x + 3, yy, part)
                            yy -= lead - 2
                        x += w
                    y -= h
                y -= 4
            if y < Bm:
                raise ValueError(f"page {pi} overflows: {pg[:2]}")
        ft = footer(pi, n) if footer else None
        if ft:
            c.setFont(f, 9)
            c.drawCentredString(W / 2, 12 * mm, ft)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- scanned
def scanned_pdf(path, pages, footer, seals, seed=7, quality=40):
    """seals: {page_index(1-based): (agency_text, anchor_line_substring)}"""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    rnd = random.Random(seed)
    DPI = 200
    Wp, Hp = int(8.27 * DPI), int(11.69 * DPI)
    fs = 34
    font = ImageFont.truetype(NOTO, fs, index=0)
    tfont = ImageFont.truetype(NOTO, 50, index=0)
    sfont = ImageFont.truetype(NOTO, 38, index=0)
    L, R, T = 190, Wp - 170, 200
    lead = 56
    meas = lambda s: font.getlength(s)
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    n = len(pages)
    for pi, pg in enumerate(pages, 1):
        img = Image.new("L", (Wp, Hp), 246)
        dr = ImageDraw.Draw(img)
        y = T
        anchors = {}
        for kind, item in _group(pg):
            if kind == "line":
                ln = item
                if ln.startswith("C:"):
                    t = ln[2:]
                    ff = tfont if len(t.replace(" ", "")) <= 16 else font
                    w = ff.getlength(t)
                    y += 10
                    dr.text(((Wp - w) / 2, y), t, font=ff, fill=25)
                    y += 90
                elif ln.startswith("R:"):
                    w = meas(ln[2:])
                    dr.text((R - w, y), ln[2:], font=font, fill=30)
                    anchors[ln[2:]] = (R - w / 2, y)
                    y += lead
                elif ln.startswith("B:"):
                    y += lead // 2
                else:
                    for part in _wrap(ln, R - L, meas):
                        dr.text((L, y), part, font=font, fill=30)
                        anchors[part] = (L + meas(part) / 2, y)
                        y += lead
            else:
                rows = item
                cw = _colwidths(rows, R - L, lambda s: font.getlength(s) * 0.92)
                for r in rows:
                    widths = cw if len(r) >= len(cw) else cw[:len(r) - 1] + [sum(cw[len(r) - 1:])]
                    cells = [_wrap(t, w - 14, meas) for t, w in zip(r, widths)]
                    h = max(len(x) for x in cells) * (lead - 6) + 16
                    x = L
                    for t, w in zip(cells, widths):
                        dr.rectangle([x, y, x + w, y + h], outline=40, width=2)
                        yy = y + 8
                        for part in t:
                            dr.text((x + 7, yy), part, font=font, fill=30)
                            yy += lead - 6
                        x += w
                    y += h
                y += 10
            if y > Hp - 150:
                raise ValueError(f"scan page {pi} overflows")
        ft = footer(pi, n) if footer else None
        if ft:
            w = meas(ft)
            dr.text(((Wp - w) / 2, Hp - 120), ft, font=font, fill=40)
        img = img.filter(ImageFilter.GaussianBlur(1.0))
        # light noise
        px = img.load()
        for _ in range(3500):
            xx, yy = rnd.randrange(Wp), rnd.randrange(Hp)
            px[xx, yy] = max(0, min(255, px[xx, yy] + rnd.randint(-60, 40)))
        rgb = img.convert("RGB") if pi in seals else img
        if pi in seals:
            agency, anchor = seals[pi]
            pos = None
            for k, v in anchors.items():
                if anchor in k:
                    pos = v
            if pos:
                _seal(rgb, pos[0], pos[1] + 20, agency, sfont, rnd)
        ang = rnd.choice([-1, 1]) * rnd.uniform(0.5, 1.2)
        rgb = rgb.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(246, 246, 246) if rgb.mode == "RGB" else 246)
        buf = io.BytesIO()
        rgb.save(buf, "JPEG", quality=quality, dpi=(DPI, DPI))
        buf.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def _seal(img, cx, cy, text, font, rnd):
    from PIL import Image, ImageDraw
    r = 150
    layer = Image.new("RGBA", (2 * r + 20, 2 * r + 20), (0, 0, 0, 0))
    dr = ImageDraw.Draw(layer)
    o = 10
    col = (205, 30, 35, 170)
    dr.ellipse([o, o, o + 2 * r, o + 2 * r], outline=col, width=9)
    # star
    sx, sy, sr = o + r, o + r, 42
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = sr if k % 2 == 0 else sr * 0.4
        pts.append((sx + rr * math.cos(a), sy + rr * math.sin(a)))
    dr.polygon(pts, fill=col)
    # text on arc
    n = len(text)
    span = math.radians(min(250, 24 * n))
    for i, ch in enumerate(text):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        px_, py_ = sx + (r - 40) * math.cos(a), sy + (r - 40) * math.sin(a)
        g = Image.new("RGBA", (56, 56), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((8, 4), ch, font=font, fill=col)
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(g, (int(px_ - 28), int(py_ - 28)))
    layer = layer.rotate(rnd.uniform(-15, 15), resample=Image.BICUBIC)
    img.paste(layer, (int(cx - r - 10), int(cy - r - 10)), layer)


# ---------------------------------------------------------------- docx
def docx_file(path, docs_pages, header_font="宋体"):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = header_font
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), header_font)
    first = True
    for pg in docs_pages:
        if not first:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        first = False
        for kind, item in _group(pg):
            if kind == "line":
                ln = item
                if ln.startswith("C:"):
                    p = doc.add_paragraph()
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    r = p.add_run(ln[2:])
                    r.bold = True
                    r.font.size = Pt(16)
                elif ln.startswith("R:"):
                    p = doc.add_paragraph(ln[2:])
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                elif ln.startswith("B:"):
                    doc.add_paragraph("")
                else:
                    doc.add_paragraph(ln)
            else:
                rows = item
                ncol = max(len(r) for r in rows)
                t = doc.add_table(rows=len(rows), cols=ncol)
                t.style = "Table Grid"
                for i, r in enumerate(rows):
                    cells = t.rows[i].cells
                    if len(r) < ncol:
                        m = cells[len(r) - 1].merge(cells[ncol - 1])
                        cells = list(cells[:len(r) - 1]) + [m]
                    for j, v in enumerate(r):
                        cells[j].text = v
    doc.save(path)

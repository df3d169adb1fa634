"""PDF (reportlab), photographed-page JPEG (Pillow) and DOCX (python-docx) output of paginated docs."""
import math
import random

from render import WIDTH, col_widths, dw, wrap

PW, PH = 595.0, 842.0
ML, MT = 62.0, 64.0
FS, LEAD = 12.0, 17.0
U = FS / 2          # points per half-width unit
SEAL_MARKS = ("（印章）", "（公章）", "【印】", "（单位盖章）", "（盖章）")


def layout(items, ops, measure=lambda s, size: dw(s) * size / 2):
    """Call ops(kind, ...) for each drawing op. Coordinates in points from the top-left."""
    y = MT
    for it in items:
        if it[0] == "T":
            rows = it[2]
            ws = col_widths(rows)
            y += 6
            x0 = ML
            xs = [x0]
            for w in ws:
                xs.append(xs[-1] + (w + 1) * U)
            ops("line", xs[0], y, xs[-1], y)
            for r in rows:
                cells = [wrap(r[i] if i < len(r) else "", ws[i]) for i in range(len(ws))]
                h = max(len(c) for c in cells)
                for i, c in enumerate(cells):
                    for j, s in enumerate(c):
                        ops("text", xs[i] + U / 2, y + LEAD * (j + 1) - 4, s, FS - 1)
                y2 = y + LEAD * h + 4
                for x in xs:
                    ops("line", x, y, x, y2)
                ops("line", xs[0], y2, xs[-1], y2)
                y = y2
            y += LEAD / 2
            continue
        kind, s = it[0], it[1]
        if kind == "C":
            size = FS + 6
            w = measure(s, size)
            y += LEAD + 6
            ops("text", (PW - w) / 2, y, s, size)
            y += 8
            continue
        if kind == "c":
            w = measure(s, FS)
            y += LEAD
            ops("text", (PW - w) / 2, y, s, FS)
            continue
        if kind == "R":
            w = measure(s, FS)
            y += LEAD
            ops("text", PW - ML - w, y, s, FS)
            if any(m in s for m in SEAL_MARKS):
                ops("seal", PW - ML - w / 2 - 40, y)
            continue
        for part in (wrap(s, WIDTH) if s else [""]):
            y += LEAD
            ops("text", ML, y, part, FS)
            if any(m in part for m in SEAL_MARKS):
                ops("seal", ML + dw(part) * U - 50, y)


def write_pdf(path, pages, footer_fn=None, font_name="WQY"):
    """pages: list of (items, footer string or None)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont(font_name, "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
    c = canvas.Canvas(path, pagesize=(PW, PH), pageCompression=1)
    for items, foot in pages:
        def ops(kind, *a):
            if kind == "text":
                x, y, s, size = a
                c.setFont(font_name, size)
                c.drawString(x, PH - y, s)
            elif kind == "line":
                x1, y1, x2, y2 = a
                c.setLineWidth(0.6)
                c.line(x1, PH - y1, x2, PH - y2)
        layout(items, ops, lambda s, size: pdfmetrics.stringWidth(s, font_name, size))
        if foot:
            c.setFont(font_name, 10)
            w = pdfmetrics.stringWidth(foot, font_name, 10)
            c.drawString(PW - ML - w if foot.startswith("第") else (PW - w) / 2, 40, foot)
        c.showPage()
    c.setTitle("案卷")
    c.save()


def seal_image(name, px, font_path):
    from PIL import Image, ImageDraw, ImageFont
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    dr = ImageDraw.Draw(img)
    red = (205, 30, 35, 200)
    dr.ellipse([4, 4, px - 4, px - 4], outline=red, width=max(4, px // 40))
    cx = cy = px / 2
    # star
    r1, r2 = px * 0.13, px * 0.05
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        r = r1 if k % 2 == 0 else r2
        pts.append((cx + r * math.cos(ang), cy + r * math.sin(ang)))
    dr.polygon(pts, fill=red)
    f = ImageFont.truetype(font_path, int(px * 0.12))
    n = len(name)
    span = math.radians(220)
    for k, ch in enumerate(name):
        ang = -math.pi / 2 - span / 2 + span * (k + 0.5) / n
        rr = px * 0.36
        x, y = cx + rr * math.cos(ang), cy + rr * math.sin(ang)
        tile = Image.new("RGBA", (int(px * 0.16),) * 2, (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), ch, font=f, fill=red, anchor="mm")
        tile = tile.rotate(-math.degrees(ang + math.pi / 2), resample=Image.BICUBIC)
        img.alpha_composite(tile, (int(x - tile.width / 2), int(y - tile.height / 2)))
    return img


def write_photo(path, items, foot, seal_name, seed, dpi=200,
                font_path="/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    rnd = random.Random(seed)
    k = dpi / 72.0
    W, H = int(PW * k), int(PH * k)
    page = Image.new("RGB", (W, H), (250, 249, 244))
    dr = ImageDraw.Draw(page)
    fonts = {}
    seals = []

    def font(size):
        if size not in fonts:
            fonts[size] = ImageFont.truetype(font_path, int(size * k))
        return fonts[size]

    def ops(kind, *a):
        if kind == "text":
            x, y, s, size = a
            dr.text((x * k, y * k), s, font=font(size), fill=(28, 28, 30), anchor="ls")
        elif kind == "line":
            x1, y1, x2, y2 = a
            dr.line([(x1 * k, y1 * k), (x2 * k, y2 * k)], fill=(40, 40, 40), width=2)
        elif kind == "seal":
            seals.append(a)
    layout(items, ops, lambda s, size: font(size).getlength(s) / k)
    if foot:
        w = font(10).getlength(foot) / k
        dr.text(((PW - w) / 2 * k, (PH - 38) * k), foot, font=font(10), fill=(30, 30, 30), anchor="ls")
    for x, y in seals:
        s = seal_image(seal_name, int(120 * k), font_path)
        page.paste(s, (int(x * k - s.width / 2), int(y * k - s.height / 2)), s)
    # photograph it: uneven light, perspective, rotation, background
    import numpy as np
    yy, xx = np.mgrid[0:H, 0:W]
    ang = rnd.uniform(0, 2 * math.pi)
    g = (xx / W) * math.cos(ang) + (yy / H) * math.sin(ang)
    g = (g - g.min()) / (g.max() - g.min())
    shade = 0.74 + 0.26 * g
    arr = (np.asarray(page, dtype=np.float32) * shade[..., None]).clip(0, 255).astype("uint8")
    page = Image.fromarray(arr)
    bg = Image.new("RGB", (int(W * 1.08), int(H * 1.06)), (92, 84, 72))
    bg.paste(page, (int(W * 0.04), int(H * 0.03)))
    bw, bh = bg.size
    coeffs = _persp(rnd, bw, bh)
    bg = bg.transform((bw, bh), Image.PERSPECTIVE, coeffs, resample=Image.BICUBIC, fillcolor=(70, 64, 55))
    bg = bg.rotate(rnd.choice([-1, 1]) * rnd.uniform(1.0, 3.0), resample=Image.BICUBIC, fillcolor=(70, 64, 55))
    bg = bg.filter(ImageFilter.GaussianBlur(0.7))
    bg = bg.resize((int(bw * 0.9), int(bh * 0.9)), Image.LANCZOS)
    bg.save(path, "JPEG", quality=60, optimize=True)


def _persp(rnd, w, h):
    """Coefficients for a mild keystone."""
    import numpy as np
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    dx, dy = w * 0.025, h * 0.015
    dst = [(rnd.uniform(0, dx), rnd.uniform(0, dy)), (w - rnd.uniform(0, dx), rnd.uniform(0, dy)),
           (w - rnd.uniform(0, dx * 0.3), h - rnd.uniform(0, dy * 0.3)), (rnd.uniform(0, dx * 0.3), h)]
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = [c for p in src for c in p]
    return [float(v) for v in np.linalg.solve(np.array(m, float), np.array(b, float))]


def write_docx(path, pages):
    """pages: list of (items, footer). Word tables for table rows; a page break after each page."""
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt
    from docx.shared import Cm
    doc = Document()
    for sec in doc.sections:
        sec.top_margin = sec.bottom_margin = Cm(2.0)
        sec.left_margin = sec.right_margin = Cm(2.2)
    st = doc.styles["Normal"]
    st.paragraph_format.space_after = Pt(2)
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for n, (items, foot) in enumerate(pages):
        for it in items:
            if it[0] == "T":
                rows = it[2]
                ncol = max(len(r) for r in rows)
                t = doc.add_table(rows=len(rows), cols=ncol)
                t.style = "Table Grid"
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                for i, r in enumerate(rows):
                    for j in range(ncol):
                        t.cell(i, j).text = r[j] if j < len(r) else ""
                continue
            p = doc.add_paragraph()
            run = p.add_run(it[1])
            if it[0] == "C":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run.bold = True
                run.font.size = Pt(16)
            elif it[0] == "c":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif it[0] == "R":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if foot:
            p = doc.add_paragraph(foot)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if n < len(pages) - 1:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(path)

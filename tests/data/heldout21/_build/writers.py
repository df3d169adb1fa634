"""Format writers: DOCX (python-docx, real tables), text-layer PDF (reportlab), scanned PDF (Pillow)."""
import io
import math
import os
import random

FONT_TEXT = os.environ.get("H21_FONT_TEXT", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
FONT_SCAN = os.environ.get("H21_FONT_SCAN", "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")


def _blocks(src):
    """split page markup into blocks: ('title'|'center'|'right'|'text', str) or ('table', rows)."""
    out, tbl = [], []
    for ln in src.strip("\n").split("\n"):
        if ln.startswith("T|"):
            tbl.append(ln[2:].split("|"))
            continue
        if tbl:
            out.append(("table", tbl))
            tbl = []
        if ln.startswith("## "):
            out.append(("title", ln[3:]))
        elif ln.startswith("#C "):
            out.append(("center", ln[3:]))
        elif ln.startswith("@R "):
            out.append(("right", ln[3:]))
        else:
            out.append(("text", ln))
    if tbl:
        out.append(("table", tbl))
    return out


# ---------------------------------------------------------------- DOCX
def write_docx(path, vol, total, footer):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    cp = doc.core_properties
    cp.author, cp.last_modified_by, cp.title, cp.comments = "", "", "", ""
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for i, (src, no) in enumerate(vol):
        for kind, val in _blocks(src):
            if kind == "table":
                ncol = max(len(r) for r in val)
                t = doc.add_table(rows=len(val), cols=ncol)
                t.style = "Table Grid"
                for r, row in enumerate(val):
                    for c in range(ncol):
                        t.cell(r, c).text = row[c] if c < len(row) else ""
                continue
            p = doc.add_paragraph()
            run = p.add_run(val)
            if kind == "title":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run.bold = True
                run.font.size = Pt(16)
            elif kind == "center":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run.font.size = Pt(12)
            elif kind == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if no is not None and footer:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(footer(no, total)).font.size = Pt(9)
        if i < len(vol) - 1:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(path)


# ---------------------------------------------------------------- page layout (shared by PDF backends)
def _w(s, size):
    return sum(size if ord(c) > 0x2e80 else size * 0.55 for c in s)


def _wrap(s, size, width):
    out, cur = [], ""
    for ch in s:
        if _w(cur + ch, size) > width and cur:
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return out


def layout(src, W, H, margin, body=10.5, lead=1.65):
    """return ops in top-left coordinates: ('t', x, y_baseline, text, size) and ('l', x1, y1, x2, y2)."""
    ops, y = [], margin
    width = W - 2 * margin
    for kind, val in _blocks(src):
        if kind == "table":
            ncol = max(len(r) for r in val)
            if ncol == 2:
                cw = [width * 0.26, width * 0.74]
            else:
                lens = [max(max(_w(r[c], body), body * 2) if c < len(r) else body * 2 for r in val) for c in range(ncol)]
                tot = sum(lens)
                cw = [width * l / tot for l in lens]
                mn = body * 3
                cw = [max(c, mn) for c in cw]
                s = sum(cw)
                cw = [c * width / s for c in cw]
            size = body * 0.95
            top = y
            ops.append(("l", margin, y, margin + width, y))
            for r in val:
                cells = [_wrap(r[c] if c < len(r) else "", size, cw[c] - 6) for c in range(ncol)]
                nl = max(len(c) for c in cells)
                rh = nl * size * 1.45 + 6
                x = margin
                for c in range(ncol):
                    for k, ln in enumerate(cells[c]):
                        ops.append(("t", x + 3, y + 3 + size + k * size * 1.45, ln, size))
                    x += cw[c]
                y += rh
                ops.append(("l", margin, y, margin + width, y))
            x = margin
            for c in range(ncol + 1):
                ops.append(("l", x, top, x, y))
                if c < ncol:
                    x += cw[c]
            y += body * 0.6
            continue
        if kind == "title":
            size = body * 1.6
            t = " ".join(val) if len(val) <= 8 and " " not in val else val
            y += size * 1.5
            ops.append(("t", (W - _w(t, size)) / 2, y, t, size))
            y += size * 0.6
            continue
        if kind == "center":
            size = body * 1.2
            y += size * 1.5
            ops.append(("t", (W - _w(val, size)) / 2, y, val, size))
            continue
        if kind == "right":
            y += body * lead
            ops.append(("t", W - margin - _w(val, body), y, val, body))
            continue
        if not val.strip():
            y += body * 0.8
            continue
        first = True
        for ln in _wrap(val, body, width):
            y += body * lead
            ops.append(("t", margin, y, ln, body))
            first = False
    return ops, y


# ---------------------------------------------------------------- text-layer PDF
def write_pdf(path, vol, total, footer, title=""):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("ZenHei", FONT_TEXT, subfontIndex=0))
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    for src, no in vol:
        ops, y = layout(src, W, H, 62)
        assert y < H - 70, ("page overflow", src[:60], y)
        c.setLineWidth(0.6)
        for op in ops:
            if op[0] == "t":
                c.setFont("ZenHei", op[4])
                c.drawString(op[1], H - op[2], op[3])
            else:
                c.line(op[1], H - op[2], op[3], H - op[4])
        if no is not None and footer:
            f = footer(no, total)
            c.setFont("ZenHei", 9)
            c.drawCentredString(W / 2, 36, f)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- scanned PDF
def write_scan_pdf(path, vol, total, footer, seal_text, seal_pages, seed=21, dpi=200, quality=45):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rnd = random.Random(seed)
    W, H = A4
    k = dpi / 72.0
    PW, PH = int(W * k), int(H * k)
    fonts = {}

    def font(sz):
        px = int(round(sz * k))
        if px not in fonts:
            fonts[px] = ImageFont.truetype(FONT_SCAN, px, index=2)
        return fonts[px]

    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    for i, (src, no) in enumerate(vol):
        img = Image.new("RGB", (PW, PH), (250, 249, 246))
        dr = ImageDraw.Draw(img)
        ops, y = layout(src, W, H, 62)
        assert y < H - 70, ("page overflow", src[:60], y)
        for op in ops:
            if op[0] == "t":
                f = font(op[4])
                dr.text((op[1] * k, op[2] * k), op[3], font=f, fill=(28, 28, 28), anchor="ls")
            else:
                dr.line([(op[1] * k, op[2] * k), (op[3] * k, op[4] * k)], fill=(40, 40, 40), width=2)
        if no is not None and footer:
            f = footer(no, total)
            dr.text((PW / 2, PH - 36 * k), f, font=font(9), fill=(40, 40, 40), anchor="ms")
        # greyscale text page, then red seal over the 落款 of the pages asked for
        img = img.convert("L").convert("RGB")
        if i in seal_pages:
            anchor_y = None
            for op in ops:
                if op[0] == "t" and op[3] == seal_pages[i]:
                    anchor_y = op[2] * k
                    anchor_x = (op[1] + _w(op[3], op[4]) / 2) * k
            if anchor_y is not None:
                _seal(img, anchor_x, anchor_y - 10, seal_text, font, rnd)
        img = img.rotate(rnd.choice([-1, 1]) * rnd.uniform(0.5, 1.2), resample=Image.BICUBIC,
                         expand=False, fillcolor=(250, 249, 246))
        img = img.filter(ImageFilter.GaussianBlur(0.7))
        px = img.load()
        for _ in range(PW * PH // 1600):
            x, yy = rnd.randrange(PW), rnd.randrange(PH)
            v = rnd.randint(120, 200)
            px[x, yy] = (v, v, v)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=quality)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        c.showPage()
    c.save()


def _seal(img, cx, cy, text, font, rnd):
    from PIL import Image, ImageDraw
    R = 118
    layer = Image.new("RGBA", (2 * R + 8, 2 * R + 8), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 30, 35, 185)
    o = 4
    d.ellipse([o, o, o + 2 * R, o + 2 * R], outline=red, width=7)
    # star
    sx, sy, sr = R + o, R + o, 34
    pts = []
    for j in range(10):
        a = -math.pi / 2 + j * math.pi / 5
        r = sr if j % 2 == 0 else sr * 0.4
        pts.append((sx + r * math.cos(a), sy + r * math.sin(a)))
    d.polygon(pts, fill=red)
    n = len(text)
    f = font(13)
    span = math.radians(250)
    for j, ch in enumerate(text):
        a = -math.pi / 2 - span / 2 + span * (j + 0.5) / n
        r = R - 30
        x, y = sx + r * math.cos(a), sy + r * math.sin(a)
        g = Image.new("RGBA", (48, 48), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((24, 24), ch, font=f, fill=red, anchor="mm")
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(g, (int(x - 24), int(y - 24)))
    layer = layer.rotate(rnd.uniform(-15, 15), resample=Image.BICUBIC)
    img.paste(layer, (int(cx - R - o), int(cy - R - o)), layer)

"""Renderers: plain text (UTF-8 / GBK / box tables), DOCX, text-layer PDF, scanned PDF."""

import io
import math
import random

from common import disp_width, wrap_disp

# =========================================================================== plain text

TEXT_WIDTH = 72          # display columns


def _center(s, width):
    pad = max(0, (width - disp_width(s)) // 2)
    return " " * pad + s


def _right(s, width):
    pad = max(0, width - disp_width(s) - 2)
    return " " * pad + s


def _pad(s, w):
    return s + " " * max(0, w - disp_width(s))


def _fit_widths(rows, avail):
    """Natural column widths (display columns), the widest shrunk until the table fits."""
    ws = [max(4, max(disp_width(r[i]) for r in rows)) for i in range(len(rows[0]))]
    while sum(ws) > avail:
        k = ws.index(max(ws))
        ws[k] -= 1
    return ws


def _box_table(rows, widths):
    """rows: list of list of cell strings; widths: display columns per column."""
    out = []

    def rule(l, m, r):
        return l + m.join("─" * w for w in widths) + r

    out.append(rule("┌", "┬", "┐"))
    for i, row in enumerate(rows):
        cells = [wrap_disp(c, w) for c, w in zip(row, widths)]
        h = max(len(c) for c in cells)
        for k in range(h):
            out.append("│" + "│".join(_pad(c[k] if k < len(c) else "", w) for c, w in zip(cells, widths)) + "│")
        out.append(rule("├", "┼", "┤") if i < len(rows) - 1 else rule("└", "┴", "┘"))
    return out


def text_page(blocks, style):
    """style: dict(box=bool, kvsep='：', wrap=int|None, seal='（印章）')."""
    box = style.get("box", False)
    kvsep = style.get("kvsep", "：")
    wrap = style.get("wrap")
    width = style.get("width", TEXT_WIDTH)
    lines = []

    def para(s, indent):
        s = indent + s
        if wrap:
            lines.extend(wrap_disp(s, wrap))
        else:
            lines.append(s)

    for b in blocks:
        k = b[0]
        if k == "title":
            lines.append(_center(b[1], width))
        elif k == "right":
            lines.append(_right(b[1], width))
        elif k == "p":
            para(b[1], "　　")
        elif k == "line":
            para(b[1], "")
        elif k == "kv":
            if box:
                lw = max(disp_width(a) for a, _ in b[1]) + 2
                lines.extend(_box_table([[a, v] for a, v in b[1]], [lw, width - lw - 3]))
            else:
                for a, v in b[1]:
                    para(f"{a}{kvsep}{v}", "")
        elif k == "grid":
            header, rows, widths = b[1], b[2], b[3]
            if box:
                allrows = [header] + rows
                lines.extend(_box_table(allrows, _fit_widths(allrows, width - len(widths) - 1)))
            else:
                allrows = [header] + rows
                ws = [max(disp_width(r[i]) for r in allrows) for i in range(len(header))]
                for r in allrows:
                    lines.append("  ".join(_pad(c, w) for c, w in zip(r, ws)).rstrip())
        elif k == "sig":
            lines.append("")
            lines.extend(b[1])
        elif k == "seal":
            lines.append("")
            lines.append(_right(b[1] + style.get("seal", "（印章）"), width))
            lines.append(_right(b[2], width))
        elif k == "photo":
            lines.append("〔照片粘贴处〕")
            for c in b[1].split("\n"):
                lines.append(c)
        elif k == "blank":
            lines.extend([""] * b[1])
        else:
            raise ValueError(k)
    return lines


def render_text_pages(case, pages, style):
    """pages: list of (blocks, printed_no or None). Returns list of page strings."""
    out = []
    for blocks, no in pages:
        lines = text_page(blocks, style)
        if no is not None:
            lines.append("")
            lines.append(_center(case.footer.format(n=no), style.get("width", TEXT_WIDTH)))
        out.append("\n".join(lines) + "\n")
    return out


# =========================================================================== DOCX

def render_docx(case, pages, path, author):
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
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    sec.left_margin = sec.right_margin = Cm(2.4)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = case.label.get("title", "")
    cp.comments = ""
    import datetime as _dt
    cp.created = cp.modified = _dt.datetime(2022, 9, 13, 9, 0, 0)
    cp.revision = 1

    def para(text, align=None, size=None, indent=False, bold=False):
        p = doc.add_paragraph()
        if align:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt(22)
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(text)
        if size:
            r.font.size = Pt(size)
        r.bold = bold
        return p

    def table(rows, widths=None):
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate(rows):
            for j, c in enumerate(row):
                cell = t.cell(i, j)
                cell.text = c
                for p in cell.paragraphs:
                    for r in p.runs:
                        r.font.size = Pt(10.5)
        if widths:
            t.autofit = False
            tot = sum(widths)
            for j, w in enumerate(widths):
                t.columns[j].width = Cm(16.2 * w / tot)
                for row in t.rows:
                    row.cells[j].width = Cm(16.2 * w / tot)
        return t

    for idx, (blocks, no) in enumerate(pages):
        first_title = True
        for b in blocks:
            k = b[0]
            if k == "title":
                para(b[1], WD_ALIGN_PARAGRAPH.CENTER, 18 if not first_title else 15, bold=not first_title)
                first_title = False
            elif k == "right":
                para(b[1], WD_ALIGN_PARAGRAPH.RIGHT)
            elif k == "p":
                para(b[1], indent=True)
            elif k == "line":
                para(b[1])
            elif k == "kv":
                table([[a, v] for a, v in b[1]], [1, 3.2])
            elif k == "grid":
                table([b[1]] + b[2], b[3])
            elif k == "sig":
                para("")
                for s in b[1]:
                    para(s)
            elif k == "seal":
                para("")
                para(b[1] + "（印章）", WD_ALIGN_PARAGRAPH.RIGHT)
                para(b[2], WD_ALIGN_PARAGRAPH.RIGHT)
            elif k == "photo":
                table([["（照片粘贴处）\n\n\n\n"]])
                for c in b[1].split("\n"):
                    para(c)
            elif k == "blank":
                for _ in range(b[1]):
                    para("")
        fp = para(case.footer.format(n=no) if no is not None else "", WD_ALIGN_PARAGRAPH.CENTER, 9)
        if idx < len(pages) - 1:
            fp.add_run().add_break(WD_BREAK.PAGE)
    buf = io.BytesIO()
    doc.save(buf)
    _normalise_zip(buf.getvalue(), path)


def _normalise_zip(data, path):
    """Rewrite the DOCX container with fixed member timestamps, so a rebuild is byte-identical."""
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2022, 9, 13, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))


# =========================================================================== page layout (points)

PAGE_W, PAGE_H = 595.28, 841.89
ML, MR, MT = 64, 64, 58
BOTTOM = 782
FOOT_Y = 812
FONT = "STSong-Light"


def _sw(s, size):
    from reportlab.pdfbase import pdfmetrics
    return pdfmetrics.stringWidth(s, FONT, size)


def _wrap_pts(s, width, size):
    out, cur = [], ""
    closing = "，。、；：）」』”！？,.;:)%"
    for ch in s:
        if cur and _sw(cur + ch, size) > width and ch not in closing:
            out.append(cur)
            cur = ""
        cur += ch
    if cur or not out:
        out.append(cur)
    return out


class Overflow(Exception):
    pass


def layout_page(blocks, ruled, where="", seal_text=True):
    """Return drawing ops for one page: ("text", x, y, s, size), ("line", x1, y1, x2, y2),
    ("rect", x, y, w, h), ("seal", cx, cy, text), ("sign", x, y, s, size).  y grows downward;
    for text ops y is the baseline."""
    ops = []
    y = MT
    W = PAGE_W - ML - MR
    body, lh = 11.5, 19.5
    ntitle = 0

    def need(h):
        if y + h > BOTTOM:
            raise Overflow(where)

    for b in blocks:
        k = b[0]
        if k == "title":
            size = 15 if ntitle == 0 else 18
            ntitle += 1
            for ln in _wrap_pts(b[1], W, size):
                need(size * 1.7)
                y += size * 1.7
                ops.append(("text", ML + (W - _sw(ln, size)) / 2, y, ln, size))
            y += 4
        elif k == "right":
            need(lh)
            y += lh
            ops.append(("text", PAGE_W - MR - _sw(b[1], body), y, b[1], body))
        elif k in ("p", "line"):
            s = ("　　" if k == "p" else "") + b[1]
            for ln in _wrap_pts(s, W, body):
                need(lh)
                y += lh
                ops.append(("text", ML, y, ln, body))
        elif k == "kv":
            if ruled:
                size, clh = 10.5, 16
                lw = max(_sw(a, size) for a, _ in b[1]) + 14
                lw = min(lw, 130)
                top = y + 6
                yy = top
                ops.append(("line", ML, yy, ML + W, yy))
                for a, v in b[1]:
                    la = _wrap_pts(a, lw - 10, size)
                    lv = _wrap_pts(v, W - lw - 10, size)
                    h = max(len(la), len(lv)) * clh + 8
                    if yy + h > BOTTOM:
                        raise Overflow(where)
                    for i, s in enumerate(la):
                        ops.append(("text", ML + 5, yy + 4 + (i + 1) * clh - 3, s, size))
                    for i, s in enumerate(lv):
                        ops.append(("text", ML + lw + 5, yy + 4 + (i + 1) * clh - 3, s, size))
                    yy += h
                    ops.append(("line", ML, yy, ML + W, yy))
                ops.append(("line", ML, top, ML, yy))
                ops.append(("line", ML + lw, top, ML + lw, yy))
                ops.append(("line", ML + W, top, ML + W, yy))
                y = yy + 4
            else:
                for a, v in b[1]:
                    for ln in _wrap_pts(f"{a}：{v}", W, body):
                        need(lh)
                        y += lh
                        ops.append(("text", ML, y, ln, body))
        elif k == "grid":
            header, rows, widths = b[1], b[2], b[3]
            if ruled:
                size, clh = 10, 15
                tot = sum(widths)
                ws = [W * w / tot for w in widths]
                xs = [ML]
                for w in ws:
                    xs.append(xs[-1] + w)
                top = y + 6
                yy = top
                ops.append(("line", ML, yy, ML + W, yy))
                for row in [header] + rows:
                    cells = [_wrap_pts(c, w - 8, size) for c, w in zip(row, ws)]
                    h = max(len(c) for c in cells) * clh + 7
                    if yy + h > BOTTOM:
                        raise Overflow(where)
                    for j, c in enumerate(cells):
                        for i, s in enumerate(c):
                            ops.append(("text", xs[j] + 4, yy + 3 + (i + 1) * clh - 3, s, size))
                    yy += h
                    ops.append(("line", ML, yy, ML + W, yy))
                for x in xs:
                    ops.append(("line", x, top, x, yy))
                y = yy + 4
            else:
                size = 10.5
                for row in [header] + rows:
                    s = "　".join(c for c in row if c)
                    for ln in _wrap_pts(s, W, size):
                        need(lh)
                        y += lh
                        ops.append(("text", ML, y, ln, size))
        elif k == "sig":
            y += 6
            for s in b[1]:
                for ln in _wrap_pts(s, W, body):
                    need(lh)
                    y += lh
                    ops.append(("sign", ML, y, ln, body))
        elif k == "seal":
            need(lh * 3)
            y += lh * 1.6
            name = b[1]
            mark = "（印章）" if seal_text else ""
            x = PAGE_W - MR - _sw(name + mark, body) - 10
            ops.append(("text", x, y, name + mark, body))
            ops.append(("seal", x + _sw(name, body) / 2, y - 4, name))
            y += lh
            ops.append(("text", PAGE_W - MR - _sw(b[2], body) - 10, y, b[2], body))
        elif k == "photo":
            h = 190
            need(h + 12)
            y += 8
            fx, fw = ML + W * 0.12, W * 0.76
            ops.append(("rect", fx, y, fw, h))
            ops.append(("photo", fx, y, fw, h))
            ops.append(("text", fx + fw / 2 - _sw("（现场照片）", 10) / 2, y + h / 2, "（现场照片）", 10))
            y += h
            for c in b[1].split("\n"):
                for ln in _wrap_pts(c, W, 10.5):
                    need(16)
                    y += 16
                    ops.append(("text", ML, y, ln, 10.5))
            y += 4
        elif k == "blank":
            y += lh * b[1]
            need(0)
        else:
            raise ValueError(k)
    return ops


def footer_op(text):
    return ("text", (PAGE_W - _sw(text, 10)) / 2, FOOT_Y, text, 10)


# =========================================================================== text-layer PDF

def render_pdf(case, pages, path, ruled, author, seal_color=(0.85, 0.1, 0.1)):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    try:
        pdfmetrics.getFont(FONT)
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(path, pagesize=(PAGE_W, PAGE_H), invariant=1)
    c.setAuthor(author)
    c.setTitle(case.label.get("title", ""))
    c.setCreator(author)
    c.setProducer(author)
    for i, (blocks, no) in enumerate(pages):
        ops = layout_page(blocks, ruled, where=f"{case.case_id} page {i + 1}")
        if no is not None:
            ops.append(footer_op(case.footer.format(n=no)))
        for op in ops:
            if op[0] in ("text", "sign"):
                c.setFillColorRGB(0, 0, 0)
                c.setFont(FONT, op[4])
                c.drawString(op[1], PAGE_H - op[2], op[3])
            elif op[0] == "line":
                c.setStrokeColorRGB(0, 0, 0)
                c.setLineWidth(0.6)
                c.line(op[1], PAGE_H - op[2], op[3], PAGE_H - op[4])
            elif op[0] == "rect":
                c.setStrokeColorRGB(0.3, 0.3, 0.3)
                c.setLineWidth(0.8)
                c.rect(op[1], PAGE_H - op[2] - op[4], op[3], op[4])
            elif op[0] == "seal":
                c.setStrokeColorRGB(*seal_color)
                c.setLineWidth(2.2)
                c.circle(op[1], PAGE_H - op[2], 38)
                c.setLineWidth(0.8)
                c.circle(op[1], PAGE_H - op[2], 34)
                _star(c, op[1], PAGE_H - op[2], 9, seal_color)
            elif op[0] == "photo":
                pass
        c.showPage()
    c.save()


def _star(c, cx, cy, r, color):
    pts = []
    for k in range(10):
        ang = math.pi / 2 + k * math.pi / 5
        rr = r if k % 2 == 0 else r * 0.4
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    p = c.beginPath()
    p.moveTo(*pts[0])
    for q in pts[1:]:
        p.lineTo(*q)
    p.close()
    c.setFillColorRGB(*color)
    c.drawPath(p, fill=1, stroke=0)


# =========================================================================== scanned PDF

def _find_face(path, want="SC"):
    from PIL import ImageFont
    for i in range(10):
        try:
            f = ImageFont.truetype(path, 20, index=i)
        except OSError:
            break
        if want in " ".join(f.getname()):
            return i
    return 0


def render_scan(case, pages, path, seed, font_path, sign_font_path, dpi=200, quality=38):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    import numpy as np

    rnd = random.Random(seed)
    np_rng = np.random.default_rng(seed)
    sc = dpi / 72.0
    Wpx, Hpx = int(PAGE_W * sc), int(PAGE_H * sc)
    face = _find_face(font_path)
    sface = _find_face(sign_font_path)
    fonts, sfonts = {}, {}

    def font(size):
        if size not in fonts:
            fonts[size] = ImageFont.truetype(font_path, int(size * sc), index=face)
        return fonts[size]

    def sfont(size):
        if size not in sfonts:
            sfonts[size] = ImageFont.truetype(sign_font_path, int(size * sc), index=sface)
        return sfonts[size]

    images = []
    for i, (blocks, no) in enumerate(pages):
        ops = layout_page(blocks, True, where=f"{case.case_id} page {i + 1}", seal_text=False)
        if no is not None:
            ops.append(footer_op(case.footer.format(n=no)))
        im = Image.new("L", (Wpx, Hpx), 246)
        dr = ImageDraw.Draw(im)
        for op in ops:
            if op[0] == "text":
                f = font(op[4])
                dr.text((op[1] * sc, op[2] * sc), op[3], fill=28, font=f, anchor="ls")
            elif op[0] == "sign":
                # printed label up to the colon, the name after it in a looser hand
                s = op[3]
                cut = max(s.rfind("："), s.rfind(":"))
                head, tail = (s[: cut + 1], s[cut + 1:]) if cut >= 0 else (s, "")
                f = font(op[4])
                dr.text((op[1] * sc, op[2] * sc), head, fill=28, font=f, anchor="ls")
                x = op[1] * sc + dr.textlength(head, font=f) + 6
                for ch in tail:
                    sf = sfont(op[4] * 1.15)
                    dy = rnd.uniform(-3, 3)
                    dr.text((x, op[2] * sc + dy), ch, fill=55, font=sf, anchor="ls")
                    x += dr.textlength(ch, font=sf) * rnd.uniform(0.85, 1.0)
            elif op[0] == "line":
                dr.line([(op[1] * sc, op[2] * sc), (op[3] * sc, op[4] * sc)], fill=40, width=2)
            elif op[0] == "rect":
                dr.rectangle([op[1] * sc, op[2] * sc, (op[1] + op[3]) * sc, (op[2] + op[4]) * sc], outline=70, width=2)
            elif op[0] == "photo":
                x0, y0, w, h = [v * sc for v in op[1:5]]
                # a dull photograph: grey gradient blocks
                for k in range(14):
                    bx = x0 + rnd.uniform(0, w * 0.8)
                    by = y0 + rnd.uniform(0, h * 0.8)
                    dr.rectangle([bx, by, bx + rnd.uniform(20, w * 0.3), by + rnd.uniform(20, h * 0.3)],
                                 fill=rnd.randint(120, 200))
            elif op[0] == "seal":
                cx, cy = op[1] * sc, op[2] * sc
                r = 38 * sc
                g = 120
                dr.ellipse([cx - r, cy - r, cx + r, cy + r], outline=g, width=int(2.4 * sc))
                star = []
                for k in range(10):
                    ang = -math.pi / 2 + k * math.pi / 5
                    rr = 10 * sc if k % 2 == 0 else 4 * sc
                    star.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
                dr.polygon(star, fill=g)
                # agency name along the upper arc
                name = op[3]
                fs = font(8)
                n = len(name)
                span = math.radians(220)
                for k, ch in enumerate(name):
                    ang = -math.pi / 2 - span / 2 + span * (k + 0.5) / n
                    rr = r - 11 * sc
                    tx, ty = cx + rr * math.cos(ang), cy + rr * math.sin(ang)
                    glyph = Image.new("L", (int(12 * sc), int(12 * sc)), 0)
                    ImageDraw.Draw(glyph).text((glyph.width / 2, glyph.height / 2), ch, fill=255,
                                               font=fs, anchor="mm")
                    glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
                    solid = Image.new("L", glyph.size, g)
                    im.paste(solid, (int(tx - glyph.width / 2), int(ty - glyph.height / 2)), glyph)
        # scanner look: slight rotation, blur, noise, uneven background
        ang = rnd.uniform(-0.8, 0.8)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=236)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        arr = np.asarray(im).astype(np.int16)
        noise = np_rng.normal(0, 5, arr.shape)
        grad = np.linspace(0, 8, arr.shape[1])[None, :]
        arr = np.clip(arr + noise - grad, 0, 255).astype(np.uint8)
        images.append(Image.fromarray(arr, "L"))
    import datetime as _dt
    stamp = _dt.datetime(2024, 6, 24, 9, 0, 0).timetuple()
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=dpi, quality=quality,
                   title=case.label.get("title", ""), producer="scanner", creator="scanner",
                   creationDate=stamp, modDate=stamp)

"""Renderers: one volume (list of Doc) -> one file or folder in a given format."""
from __future__ import annotations

import io
import math
import os
import random
import subprocess
import zipfile
from xml.sax.saxutils import escape

from common import Doc
import layout as LY

TEXT_COLS = 72  # display columns of a text page (CJK = 2)


# ------------------------------------------------------------------ text
def _dw(s):
    return sum(1 if ch in LY._HALF else 2 for ch in s)


def _center(s):
    pad = max(0, (TEXT_COLS - _dw(s)) // 4)
    return "　" * pad + s


def _right(s):
    pad = max(0, (TEXT_COLS - _dw(s)) // 2 - 2)
    return "　" * pad + s


def _wrap_cols(text, cols):
    out, cur, w = [], "", 0
    for ch in text:
        c = 1 if ch in LY._HALF else 2
        if w + c > cols and cur:
            out.append(cur)
            cur, w = "", 0
        cur += ch
        w += c
    out.append(cur)
    return out


def _box_table(rows, widths):
    ncol = max(len(r) for r in rows)
    widths = widths or [1.0 / ncol] * ncol
    tot = sum(widths)
    inner = TEXT_COLS - ncol - 1
    cols = [max(4, int(inner * w / tot) // 2 * 2) for w in widths]
    out = []

    def rule(l, m, r):
        return l + m.join("─" * (c // 2) for c in cols) + r

    out.append(rule("┌", "┬", "┐"))
    for ri, row in enumerate(rows):
        cells = list(row) + [""] * (ncol - len(row))
        if len(row) < ncol:  # spanning last cell
            span_w = sum(cols[len(row) - 1:]) + (ncol - len(row)) * 2
            wrapped = [_wrap_cols(c, cols[i]) for i, c in enumerate(row[:-1])] + [_wrap_cols(row[-1], span_w)]
            widths_here = cols[:len(row) - 1] + [span_w]
        else:
            wrapped = [_wrap_cols(c, cols[i]) for i, c in enumerate(cells)]
            widths_here = cols
        n = max(len(w) for w in wrapped)
        for li in range(n):
            parts = []
            for w, cw_ in zip(wrapped, widths_here):
                t = w[li] if li < len(w) else ""
                pad = cw_ - _dw(t)
                parts.append(t + "　" * (pad // 2) + " " * (pad % 2))
            out.append("│" + "│".join(parts) + "│")
        if ri < len(rows) - 1:
            out.append(rule("├", "┼", "┤"))
    out.append(rule("└", "┴", "┘"))
    return out


def text_page(blocks, footer, style):
    lines = []
    for b in blocks:
        k = b[0]
        if k == "H":
            lines.append(_center(b[1]))
            lines.append("")
        elif k == "C":
            lines.append(_center(b[1]))
        elif k == "P":
            lines.append(style.get("indent", "　　") + b[1])
        elif k == "L":
            lines.append(b[1])
        elif k == "SIG":
            lines.append(b[1] + (b[2] or "　　　　　　") + (("　　" + b[3]) if b[3] else ""))
        elif k == "R":
            for s in b[1].split("\n"):
                lines.append(_right(s))
        elif k == "GAP":
            lines.extend([""] * b[1])
        elif k == "SEAL":
            lines.append(_right(style.get("seal", "（印章）")))
        elif k == "IMG":
            lines.append(style.get("img", "［照片］") + b[1])
        elif k == "T":
            tstyle = style.get("table", "kv")
            if tstyle == "box":
                lines.extend(_box_table(b[1], b[2]))
            elif tstyle == "pipe" and not b[3]:
                for row in b[1]:
                    lines.append("｜" + "｜".join(row) + "｜")
            else:
                lines.extend(x[1] for x in LY.table_to_lines(b))
        else:
            raise ValueError(k)
    if footer:
        lines.append("")
        lines.append(_center(footer))
    return "\n".join(lines) + "\n"


def footer_of(d, i, style):
    if not d.numbered:
        return None
    return style.get("footer", "第{n}页").format(n=d.first + i)


def render_text(docs, path, encoding, style):
    pages = []
    for d in docs:
        for i, p in enumerate(d.pages):
            pages.append(text_page(p.blocks, footer_of(d, i, style), style))
    data = "\f".join(pages)
    if style.get("crlf"):
        data = data.replace("\n", "\r\n")
    with open(path, "wb") as f:
        f.write(data.encode(encoding))


def render_folder(docs, folder, style):
    os.makedirs(folder, exist_ok=True)
    for k, d in enumerate(docs, 1):
        name = f"{k:02d}_{d.fname or d.toc}.txt"
        pages = [text_page(p.blocks, footer_of(d, i, style), style) for i, p in enumerate(d.pages)]
        with open(os.path.join(folder, name), "w", encoding="utf-8", newline="\n") as f:
            f.write("\f".join(pages))


# ------------------------------------------------------------------ docx
def render_docx(docs, path, style):
    import docx
    from docx.enum.section import WD_ORIENT  # noqa: F401
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt, Mm

    document = docx.Document()
    sec = document.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin = sec.bottom_margin = Mm(22)
    st = document.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = document.core_properties
    cp.author = style.get("author", "")
    cp.title = style.get("title", "")
    cp.comments = ""
    cp.last_modified_by = ""

    def para(text, align=None, size=None, bold=False, indent=False):
        p = document.add_paragraph()
        if indent:
            p.paragraph_format.first_line_indent = Pt(22)
        if align:
            p.alignment = align
        r = p.add_run(text)
        r.font.name = "宋体"
        r._element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
        if size:
            r.font.size = Pt(size)
        r.bold = bold
        p.paragraph_format.space_after = Pt(2)
        return p

    first_page = True
    for d in docs:
        for i, pg in enumerate(d.pages):
            if not first_page:
                document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
            first_page = False
            for b in pg.blocks:
                k = b[0]
                if k == "H":
                    para(b[1], WD_ALIGN_PARAGRAPH.CENTER, 16, True)
                elif k == "C":
                    para(b[1], WD_ALIGN_PARAGRAPH.CENTER)
                elif k == "P":
                    para(b[1], indent=True)
                elif k == "L":
                    para(b[1])
                elif k == "SIG":
                    para(b[1] + (b[2] or "　　　　　　") + (("　　" + b[3]) if b[3] else ""))
                elif k == "R":
                    for s in b[1].split("\n"):
                        para(s, WD_ALIGN_PARAGRAPH.RIGHT)
                elif k == "GAP":
                    for _ in range(b[1]):
                        para("")
                elif k == "SEAL":
                    para("（印章）", WD_ALIGN_PARAGRAPH.RIGHT)
                elif k == "IMG":
                    para("【照片】" + b[1])
                elif k == "T":
                    rows, widths = b[1], b[2]
                    ncol = max(len(r) for r in rows)
                    t = document.add_table(rows=len(rows), cols=ncol)
                    t.style = "Table Grid"
                    t.alignment = WD_TABLE_ALIGNMENT.CENTER
                    for ri, row in enumerate(rows):
                        cells = t.rows[ri].cells
                        if len(row) < ncol:
                            cells[len(row) - 1].merge(cells[ncol - 1])
                        for ci, txt in enumerate(row):
                            c = t.rows[ri].cells[ci]
                            c.text = txt
                            for pr in c.paragraphs:
                                for r in pr.runs:
                                    r.font.size = Pt(10)
                                    r.font.name = "宋体"
                                    r._element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
                    para("")
                else:
                    raise ValueError(k)
            ft = footer_of(d, i, style)
            para(ft or "", WD_ALIGN_PARAGRAPH.CENTER, 9)
    import datetime as _dt
    fixed = _dt.datetime(*style.get("stamp", (2021, 11, 25, 9, 0, 0)))
    cp.created = cp.modified = cp.last_printed = fixed
    cp.revision = 1
    document.save(path)
    # rewrite the package with fixed member timestamps so a rebuild is byte-identical
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=fixed.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ------------------------------------------------------------------ pdf (text layer)
def _seal_pdf(c, cx, cy, r, agency, color):
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setLineWidth(2.2)
    c.circle(cx, cy, r, stroke=1, fill=0)
    # five-pointed star
    pts = []
    for k in range(10):
        ang = math.pi / 2 + k * math.pi / 5
        rr = 12 if k % 2 == 0 else 5
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    p = c.beginPath()
    p.moveTo(*pts[0])
    for q in pts[1:]:
        p.lineTo(*q)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.restoreState()


def render_pdf(docs, path, style, prose=False):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(path, pagesize=(LY.PAGE_W, LY.PAGE_H), pageCompression=1, invariant=1)
    c.setTitle(style.get("title", ""))
    c.setAuthor(style.get("author", ""))
    c.setCreator(style.get("creator", ""))
    c.setProducer(style.get("producer", ""))
    H = LY.PAGE_H
    for d in docs:
        for i, pg in enumerate(d.pages):
            ops, _ = LY.fit_page(pg.blocks, footer_of(d, i, style), ruled=not prose, prose_tables=prose)
            for op in ops:
                if op[0] == "text":
                    _, x, y, s, size, kind = op
                    if kind == "seal":
                        c.setFillColorRGB(0.85, 0.1, 0.1)
                    c.setFont("STSong-Light", size)
                    c.drawString(x, H - y, s)
                    c.setFillColorRGB(0, 0, 0)
                elif op[0] == "rect":
                    _, x, y, w, h = op
                    c.setLineWidth(0.6)
                    c.rect(x, H - y - h, w, h, stroke=1, fill=0)
                elif op[0] == "seal":
                    _, cx, cy, r, ag = op
                    _seal_pdf(c, cx, H - cy, r, ag, (0.85, 0.1, 0.1))
                elif op[0] == "img":
                    _, x, y, w, h, cap = op
                    c.setFillColorRGB(0.88, 0.88, 0.88)
                    c.rect(x, H - y - h, w, h, stroke=1, fill=1)
                    c.setFillColorRGB(0, 0, 0)
            c.showPage()
    c.save()


# ------------------------------------------------------------------ scan
def _font_file(pattern):
    out = subprocess.run(["fc-match", "-f", "%{file}|%{index}", pattern], capture_output=True, text=True).stdout
    f, idx = out.split("|")
    return f, int(idx or 0)


def render_scan(docs, path, style, seed):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    import numpy as np
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader

    rnd = random.Random(seed)
    nrng = np.random.default_rng(seed)
    dpi = 200
    k = dpi / 72.0
    W, Hh = int(LY.PAGE_W * k), int(LY.PAGE_H * k)
    body_f = _font_file("Noto Serif CJK SC")
    hand_f = _font_file("WenQuanYi Zen Hei")
    fonts = {}

    def font(kind, size):
        key = (kind, round(size, 1))
        if key not in fonts:
            f, idx = hand_f if kind == "hand" else body_f
            fonts[key] = ImageFont.truetype(f, int(size * k), index=idx)
        return fonts[key]

    c = canvas.Canvas(path, pagesize=(LY.PAGE_W, LY.PAGE_H), pageCompression=1, invariant=1)
    c.setTitle("")
    c.setAuthor("")
    c.setCreator("scanner")
    c.setProducer("")
    for d in docs:
        for i, pg in enumerate(d.pages):
            ops, _ = LY.fit_page(pg.blocks, footer_of(d, i, style), ruled=True)
            im = Image.new("L", (W, Hh), 250)
            dr = ImageDraw.Draw(im)
            for op in ops:
                if op[0] == "text":
                    _, x, y, s, size, kind = op
                    if kind == "seal":
                        continue  # the scan shows only the ring, not a text marker
                    if kind == "hand":
                        f = font("hand", size * 1.12)
                        xx = x * k
                        for ch in s:
                            dr.text((xx + rnd.uniform(-2, 2), y * k + rnd.uniform(-3, 3)), ch, font=f, fill=35, anchor="ls")
                            xx += size * k * 1.12 * rnd.uniform(0.92, 1.08)
                    else:
                        dr.text((x * k, y * k), s, font=font("body", size), fill=20, anchor="ls")
                elif op[0] == "rect":
                    _, x, y, w, h = op
                    dr.rectangle([x * k, y * k, (x + w) * k, (y + h) * k], outline=40, width=2)
                elif op[0] == "img":
                    _, x, y, w, h, cap = op
                    box = [int(x * k), int(y * k), int((x + w) * k), int((y + h) * k)]
                    dr.rectangle(box, fill=170, outline=60, width=2)
                    for _ in range(7):
                        x0 = rnd.randint(box[0], box[2] - 60)
                        y0 = rnd.randint(box[1], box[3] - 40)
                        dr.rectangle([x0, y0, x0 + rnd.randint(40, 260), y0 + rnd.randint(20, 140)], fill=rnd.randint(90, 210))
                elif op[0] == "seal":
                    _, cx, cy, r, ag = op
                    cx, cy, r = cx * k, cy * k, r * k
                    for dw in range(6):
                        dr.ellipse([cx - r + dw, cy - r + dw, cx + r - dw, cy + r - dw], outline=120)
                    pts = []
                    for j in range(10):
                        ang = -math.pi / 2 + j * math.pi / 5
                        rr = 0.27 * r if j % 2 == 0 else 0.11 * r
                        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
                    dr.polygon(pts, fill=120)
                    sf = font("body", 9.5)
                    n = len(ag)
                    for j, ch in enumerate(ag):
                        ang = math.radians(210 + j * (120 / max(1, n - 1)))
                        px, py = cx + 0.74 * r * math.cos(ang), cy + 0.74 * r * math.sin(ang)
                        ci = Image.new("L", (60, 60), 0)
                        ImageDraw.Draw(ci).text((30, 30), ch, font=sf, fill=255, anchor="mm")
                        ci = ci.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
                        im.paste(120, (int(px - 30), int(py - 30)), ci)
            ang = rnd.uniform(-0.9, 0.9)
            im = im.rotate(ang, resample=Image.BICUBIC, fillcolor=250, expand=False)
            arr = np.asarray(im).astype(np.int16)
            arr = arr + nrng.normal(0, 3, arr.shape).astype(np.int16)
            speck = nrng.random(arr.shape) < 0.00008
            arr[speck] = 70
            arr = np.clip(arr, 0, 255).astype("uint8")
            im = Image.fromarray(arr, "L").filter(ImageFilter.GaussianBlur(0.6))
            # flatten the paper so the JPEG stays small; noise survives on ink edges
            im = im.point(lambda v: 246 if v > 222 else v)
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=style.get("jpeg_q", 30), optimize=True)
            buf.seek(0)
            c.drawImage(ImageReader(buf), 0, 0, LY.PAGE_W, LY.PAGE_H)
            c.showPage()
    c.save()


# ------------------------------------------------------------------ ofd
NS = "http://www.ofdspec.org/2016"
MM = 25.4 / 72.0


def _f(v):
    return f"{v * MM:.2f}"


def render_ofd(docs, path, style):
    pages_xml = []
    uid = [10]

    def nid():
        uid[0] += 1
        return uid[0]

    for d in docs:
        for i, pg in enumerate(d.pages):
            ops, _ = LY.fit_page(pg.blocks, footer_of(d, i, style), ruled=True)
            objs = []
            # one TextObject per printed line: ops sharing a baseline become
            # several TextCode runs of the same object
            lines = {}
            for op in ops:
                if op[0] == "text" and op[3]:
                    key = (round(op[2], 1), op[5] == "seal")
                    lines.setdefault(key, []).append(op)
            for (_, _), runs in sorted(lines.items(), key=lambda kv: kv[0][0]):
                runs.sort(key=lambda o: o[1])
                size = max(o[4] for o in runs)
                x0 = runs[0][1]
                x1 = max(o[1] + LY.tw(o[3], o[4]) for o in runs)
                top = runs[0][2] - size
                color = '<ofd:FillColor Value="200 30 30"/>' if runs[0][5] == "seal" else ""
                codes = []
                for o in runs:
                    s_, sz = o[3], o[4]
                    dx = ""
                    if all(ch not in LY._HALF for ch in s_) and len(s_) > 1 and o[5] == "body":
                        dx = f' DeltaX="g {len(s_) - 1} {sz * MM:.2f}"'
                    codes.append(f'<ofd:TextCode X="{(o[1] - x0) * MM:.2f}" Y="{size * MM * 0.88:.2f}"{dx}>{escape(s_)}</ofd:TextCode>')
                objs.append(
                    f'<ofd:TextObject ID="{nid()}" Boundary="{_f(x0)} {_f(top)} {_f(x1 - x0 + 2)} {_f(size * 1.35)}" '
                    f'Font="3" Size="{size * MM:.2f}">{color}' + "".join(codes) + '</ofd:TextObject>')
            for op in ops:
                if op[0] == "text":
                    continue
                elif op[0] == "rect":
                    _, x, y, w, h = op
                    objs.append(
                        f'<ofd:PathObject ID="{nid()}" Boundary="{_f(x)} {_f(y)} {_f(w)} {_f(h)}" LineWidth="0.2">'
                        f'<ofd:AbbreviatedData>M 0 0 L {_f(w)} 0 L {_f(w)} {_f(h)} L 0 {_f(h)} C</ofd:AbbreviatedData></ofd:PathObject>')
                elif op[0] == "seal":
                    _, cx, cy, r, ag = op
                    rr = r * MM
                    kk = 0.5523 * rr
                    dpath = (f"M {rr:.2f} 0 B {rr + kk:.2f} 0 {2 * rr:.2f} {rr - kk:.2f} {2 * rr:.2f} {rr:.2f} "
                             f"B {2 * rr:.2f} {rr + kk:.2f} {rr + kk:.2f} {2 * rr:.2f} {rr:.2f} {2 * rr:.2f} "
                             f"B {rr - kk:.2f} {2 * rr:.2f} 0 {rr + kk:.2f} 0 {rr:.2f} "
                             f"B 0 {rr - kk:.2f} {rr - kk:.2f} 0 {rr:.2f} 0 C")
                    objs.append(
                        f'<ofd:PathObject ID="{nid()}" Boundary="{_f(cx - r)} {_f(cy - r)} {2 * rr:.2f} {2 * rr:.2f}" '
                        f'LineWidth="0.8"><ofd:StrokeColor Value="200 30 30"/>'
                        f'<ofd:AbbreviatedData>{dpath}</ofd:AbbreviatedData></ofd:PathObject>')
                elif op[0] == "img":
                    _, x, y, w, h, cap = op
                    objs.append(
                        f'<ofd:PathObject ID="{nid()}" Boundary="{_f(x)} {_f(y)} {_f(w)} {_f(h)}" Fill="true" Stroke="true">'
                        f'<ofd:FillColor Value="225 225 225"/>'
                        f'<ofd:AbbreviatedData>M 0 0 L {_f(w)} 0 L {_f(w)} {_f(h)} L 0 {_f(h)} C</ofd:AbbreviatedData></ofd:PathObject>')
            layer = nid()
            pages_xml.append(
                '<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<ofd:Page xmlns:ofd="{NS}"><ofd:Content><ofd:Layer ID="{layer}" Type="Body">'
                + "".join(objs) + "</ofd:Layer></ofd:Content></ofd:Page>")
    n = len(pages_xml)
    page_ids = [nid() for _ in range(n)]
    maxid = uid[0]
    ofd_xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo>'
        f'<ofd:DocID>{style["doc_id"]}</ofd:DocID><ofd:Title>{escape(style.get("title", ""))}</ofd:Title>'
        f'<ofd:Author>{escape(style.get("author", ""))}</ofd:Author>'
        f'<ofd:CreationDate>{style["created"]}</ofd:CreationDate><ofd:Creator>{escape(style.get("creator", ""))}</ofd:Creator>'
        '</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
    document_xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<ofd:Document xmlns:ofd="{NS}"><ofd:CommonData><ofd:MaxUnitID>{maxid}</ofd:MaxUnitID>'
        '<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>'
        '<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>'
        + "".join(f'<ofd:Page ID="{pid}" BaseLoc="Pages/Page_{j}/Content.xml"/>' for j, pid in enumerate(page_ids))
        + "</ofd:Pages></ofd:Document>")
    res_xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>'
        '<ofd:Font ID="3" FontName="宋体" FamilyName="宋体" Charset="GB18030"/>'
        '</ofd:Fonts></ofd:Res>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        def put(name, data):
            zi = zipfile.ZipInfo(name, date_time=(2024, 5, 21, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
        put("OFD.xml", ofd_xml)
        put("Doc_0/Document.xml", document_xml)
        put("Doc_0/PublicRes.xml", res_xml)
        for j, px in enumerate(pages_xml):
            put(f"Doc_0/Pages/Page_{j}/Content.xml", px)

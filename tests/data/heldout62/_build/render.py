"""Renderers: one case volume (list of Doc with numbered pages) -> one of seven file formats."""
from __future__ import annotations

import io
import math
import random
import subprocess
import time
import zipfile
from pathlib import Path

from common import Doc

FOOT = "第{}页"


# ---------------------------------------------------------------- text forms
def block_lines(block, style: str) -> list[str]:
    kind = block[0]
    if kind == "title":
        return ["", "　　　　" + block[1], ""]
    if kind == "sub":
        return ["　　　　　　" + block[1]]
    if kind == "p":
        return [block[1]]
    if kind == "right":
        return ["　　　　　　　　　　　　　　" + block[1]]
    if kind == "seal":
        return ["　　　　　　　　　　　　　　" + block[1]]
    if kind == "gap":
        return [""] * block[1]
    if kind == "img":
        return ["【照片】" + block[1]]
    if kind == "table":
        out = []
        for row in block[1]:
            cells = [str(c) for c in row]
            if len(cells) == 2 and style != "bar":
                out.append(f"{cells[0]}：{cells[1]}" if cells[0] else cells[1])
            elif style == "bar":
                out.append("｜" + "｜".join(cells) + "｜")
            else:
                out.append("　".join(cells))
        return out
    raise ValueError(kind)


def page_text(pg, no, style) -> str:
    lines = []
    for b in pg.blocks:
        lines += block_lines(b, style)
    if no is not None:
        lines += ["", "　　　　　　　　　　" + FOOT.format(no)]
    return "\n".join(lines) + "\n"


def text_pages(docs, style):
    """List of (doc_index, page_text) in file order."""
    out = []
    for i, doc in enumerate(docs):
        for j, pg in enumerate(doc.pages):
            out.append((i, page_text(pg, doc.page_no[j], style)))
    return out


def render_txt(docs, path: Path, encoding: str, style: str):
    body = "\f".join(t for _, t in text_pages(docs, style))
    path.write_bytes(body.encode(encoding))


def render_folder(docs, folder: Path, style: str):
    folder.mkdir(parents=True, exist_ok=True)
    for i, doc in enumerate(docs):
        pages = [page_text(pg, doc.page_no[j], style) for j, pg in enumerate(doc.pages)]
        (folder / f"{i + 1:02d}_{doc.fname or doc.title}.txt").write_text("\f".join(pages), encoding="utf-8")


# ---------------------------------------------------------------- docx
def render_docx(docs, path: Path, meta_title: str):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    dcm = Document()
    sec = dcm.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    st = dcm.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = dcm.core_properties
    cp.author, cp.title, cp.last_modified_by, cp.comments = "", meta_title, "", ""

    first = True
    for doc in docs:
        for j, pg in enumerate(doc.pages):
            if not first:
                dcm.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            first = False
            for b in pg.blocks:
                k = b[0]
                if k in ("title", "sub"):
                    p = dcm.add_paragraph()
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    r = p.add_run(b[1])
                    r.bold = k == "title"
                    r.font.size = Pt(16 if k == "title" else 10.5)
                elif k in ("right", "seal"):
                    p = dcm.add_paragraph(b[1])
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                elif k == "p":
                    dcm.add_paragraph(b[1])
                elif k == "gap":
                    for _ in range(b[1]):
                        dcm.add_paragraph()
                elif k == "img":
                    t = dcm.add_table(rows=1, cols=1)
                    t.style = "Table Grid"
                    t.cell(0, 0).text = "【照片】" + b[1]
                elif k == "table":
                    rows = b[1]
                    ncol = max(len(r) for r in rows)
                    t = dcm.add_table(rows=len(rows), cols=ncol)
                    t.style = "Table Grid"
                    for ri, row in enumerate(rows):
                        if len(row) < ncol:   # merge the tail cell across the rest of the row
                            cells = t.rows[ri].cells
                            for ci, c in enumerate(row):
                                cells[ci].text = str(c)
                            cells[len(row) - 1].merge(cells[ncol - 1])
                            cells[len(row) - 1].text = str(row[-1])
                        else:
                            for ci, c in enumerate(row):
                                t.cell(ri, ci).text = str(c)
            no = doc.page_no[j]
            if no is not None:
                p = dcm.add_paragraph(FOOT.format(no))
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    dcm.save(path)
    _strip_docx_dates(path)


def _strip_docx_dates(path: Path):
    """Fix the core-properties timestamps so rebuilds are byte-stable."""
    import re
    buf = io.BytesIO(path.read_bytes())
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-06-06T00:00:00Z", data)
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 6, 6, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- pdf (text layer)
def _wrap(text, width, measure):
    lines, cur = [], ""
    for ch in text:
        if ch == "\n":
            lines.append(cur)
            cur = ""
            continue
        if measure(cur + ch) > width and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


def render_pdf(docs, path: Path, mode: str, meta_title: str):
    """mode 'table': ruled tables; mode 'prose': tables flattened to running text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    W, H = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(meta_title)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    c.setSubject("")
    left, right, top, bottom = 62, W - 58, H - 58, 60

    for doc in docs:
        for j, pg in enumerate(doc.pages):
            for size in (11, 10.5, 10, 9.5, 9, 8.5, 8):
                ops = _layout_pdf(pg, size, F, left, right, top, bottom, mode, pdfmetrics)
                if ops is not None:
                    break
            else:
                raise RuntimeError(f"page does not fit: {doc.title} p{j + 1}")
            for op in ops:
                kind = op[0]
                if kind == "text":
                    _, x, y, s, fs, align = op
                    c.setFont(F, fs)
                    if align == "c":
                        c.drawCentredString(x, y, s)
                    elif align == "r":
                        c.drawRightString(x, y, s)
                    else:
                        c.drawString(x, y, s)
                elif kind == "rect":
                    _, x, y, w, h = op
                    c.setLineWidth(0.6)
                    c.rect(x, y, w, h)
            no = doc.page_no[j]
            if no is not None:
                c.setFont(F, 9.5)
                c.drawCentredString(W / 2, 34, FOOT.format(no))
            c.showPage()
    c.save()


def _layout_pdf(pg, fs, F, left, right, top, bottom, mode, pdfmetrics):
    ops = []
    y = top
    lead = fs * 1.55
    width = right - left
    meas = lambda s, size=fs: pdfmetrics.stringWidth(s, F, size)
    for b in pg.blocks:
        k = b[0]
        if k == "title":
            y -= fs * 1.9
            ops.append(("text", (left + right) / 2, y, b[1], fs + 5, "c"))
            y -= fs * 0.9
        elif k == "sub":
            y -= lead
            ops.append(("text", (left + right) / 2, y, b[1], fs, "c"))
        elif k in ("right", "seal"):
            y -= lead
            ops.append(("text", right - 10, y, b[1], fs, "r"))
        elif k == "gap":
            y -= lead * b[1]
        elif k == "p":
            for ln in _wrap(b[1], width, meas):
                y -= lead
                ops.append(("text", left, y, ln, fs, "l"))
        elif k == "img":
            h = 118
            y -= 6
            ops.append(("rect", left + 30, y - h, width - 60, h))
            cap = _wrap("【照片】" + b[1], width - 80, meas)
            yy = y - h / 2 + len(cap) * lead / 2
            for ln in cap:
                yy -= lead
                ops.append(("text", left + 40, yy, ln, fs, "l"))
            y -= h + 4
        elif k == "table":
            rows, widths = b[1], b[2]
            if mode == "prose":
                for row in rows:
                    cells = [str(x) for x in row]
                    if len(cells) == 2:
                        s = f"{cells[0]}：{cells[1]}" if cells[0] else cells[1]
                    else:
                        s = "　".join(cells)
                    for ln in _wrap(s, width, meas):
                        y -= lead
                        ops.append(("text", left, y, ln, fs, "l"))
                continue
            ncol = max(len(r) for r in rows)
            fr = widths or ([0.24, 0.76] if ncol == 2 else [1 / ncol] * ncol)
            colw = [f * width for f in fr]
            y -= 4
            for row in rows:
                cells = [str(x) for x in row]
                cw = colw[: len(cells) - 1] + [sum(colw[len(cells) - 1:])]
                wrapped = [_wrap(t, w - 8, meas) for t, w in zip(cells, cw)]
                nl = max(len(w) for w in wrapped)
                h = nl * (fs * 1.4) + 6
                x = left
                for w, lines in zip(cw, wrapped):
                    ops.append(("rect", x, y - h, w, h))
                    yy = y - 3
                    for ln in lines:
                        yy -= fs * 1.4
                        ops.append(("text", x + 4, yy + 2, ln, fs, "l"))
                    x += w
                y -= h
        if y < bottom:
            return None
    return ops


# ---------------------------------------------------------------- scanned pdf (images only)
def _cjk_font_file() -> str:
    out = subprocess.run(["fc-match", "-f", "%{file}", "Noto Serif CJK SC:style=Regular"],
                         capture_output=True, text=True, check=True).stdout.strip()
    return out


def render_scan(docs, path: Path, seed: int):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rnd = random.Random(seed)
    fontfile = _cjk_font_file()
    DPI = 200
    W, H = int(8.27 * DPI), int(11.69 * DPI)
    images = []
    for doc in docs:
        for j, pg in enumerate(doc.pages):
            for pt in (11, 10.5, 10, 9.5, 9, 8.5):
                img = _draw_scan_page(pg, doc.page_no[j], pt, W, H, DPI, fontfile, ImageFont, Image, ImageDraw)
                if img is not None:
                    break
            else:
                raise RuntimeError(f"scan page does not fit: {doc.title}")
            ang = rnd.uniform(-0.9, 0.9)
            img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=246)
            px = img.load()
            for _ in range(1400):
                x, y = rnd.randrange(W), rnd.randrange(H)
                px[x, y] = rnd.randrange(40, 160)
            img = img.filter(ImageFilter.GaussianBlur(0.45))
            images.append(img)
    buf = io.BytesIO()
    images[0].save(buf, "PDF", save_all=True, append_images=images[1:], resolution=DPI, quality=45,
                   title="", author="", creator="", producer="",
                   creationDate=time.gmtime(1749168000), modDate=time.gmtime(1749168000))
    path.write_bytes(buf.getvalue())


def _draw_scan_page(pg, no, pt, W, H, DPI, fontfile, ImageFont, Image, ImageDraw):
    px = lambda p: int(p * DPI / 72)
    fs = px(pt)
    font = ImageFont.truetype(fontfile, fs)
    tfont = ImageFont.truetype(fontfile, px(pt + 5))
    img = Image.new("L", (W, H), 246)
    dr = ImageDraw.Draw(img)
    left, right, top, bottom = px(62), W - px(58), px(58), H - px(64)
    width = right - left
    lead = int(fs * 1.6)
    meas = lambda s: font.getlength(s)
    y = top
    ink = 28
    for b in pg.blocks:
        k = b[0]
        if k == "title":
            y += int(fs * 0.8)
            w = tfont.getlength(b[1])
            dr.text(((left + right - w) / 2, y), b[1], font=tfont, fill=ink)
            y += int(tfont.size * 1.9)
        elif k == "sub":
            w = meas(b[1])
            dr.text(((left + right - w) / 2, y), b[1], font=font, fill=ink)
            y += lead
        elif k == "right":
            w = meas(b[1])
            dr.text((right - w - 20, y), b[1], font=font, fill=ink)
            y += lead
        elif k == "seal":
            w = meas(b[1])
            dr.text((right - w - 20, y), b[1], font=font, fill=ink)
            cx, cy, r = right - w / 2 - 20, y + fs / 2, px(44)
            for t in range(5):
                dr.ellipse((cx - r + t, cy - r + t, cx + r - t, cy + r - t), outline=120)
            star = [(cx + px(12) * math.cos(math.pi / 2 + i * 4 * math.pi / 5),
                     cy - px(12) * math.sin(math.pi / 2 + i * 4 * math.pi / 5)) for i in range(5)]
            dr.polygon(star, fill=125)
            y += lead
        elif k == "gap":
            y += lead * b[1]
        elif k == "p":
            for ln in _wrap(b[1], width, meas):
                dr.text((left, y), ln, font=font, fill=ink)
                y += lead
        elif k == "img":
            h = px(118)
            dr.rectangle((left + px(30), y, right - px(30), y + h), outline=90, width=3)
            cap = _wrap("【照片】" + b[1], width - px(80), meas)
            yy = y + h / 2 - len(cap) * lead / 2
            for ln in cap:
                dr.text((left + px(40), yy), ln, font=font, fill=ink)
                yy += lead
            y += h + px(6)
        elif k == "table":
            rows, widths = b[1], b[2]
            ncol = max(len(r) for r in rows)
            fr = widths or ([0.24, 0.76] if ncol == 2 else [1 / ncol] * ncol)
            colw = [f * width for f in fr]
            for row in rows:
                cells = [str(x) for x in row]
                cw = colw[: len(cells) - 1] + [sum(colw[len(cells) - 1:])]
                wrapped = [_wrap(t, w - px(8), meas) for t, w in zip(cells, cw)]
                nl = max(len(w) for w in wrapped)
                h = int(nl * fs * 1.45 + px(6))
                x = left
                for w, lines in zip(cw, wrapped):
                    dr.rectangle((x, y, x + w, y + h), outline=60, width=2)
                    yy = y + px(3)
                    for ln in lines:
                        dr.text((x + px(4), yy), ln, font=font, fill=ink)
                        yy += int(fs * 1.45)
                    x += w
                y += h
        if y > bottom:
            return None
    if no is not None:
        s = FOOT.format(no)
        dr.text(((W - meas(s)) / 2, H - px(40)), s, font=font, fill=ink)
    return img

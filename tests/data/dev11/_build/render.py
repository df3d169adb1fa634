"""Renderers: one case volume (toc + docs) to txt / folder / docx / pdf (ruled tables, prose) / scanned pdf."""
import io
import os
import random

import lib


def _pages(toc, docs):
    return lib.volume_pages(toc, docs)


def render_txt(toc, docs, path, encoding="utf-8", style="kv", footer="第{n}页"):
    texts = [lib.page_text(b, i + 1, style, footer) for i, (_, b) in enumerate(_pages(toc, docs))]
    data = "\f".join(texts) + "\n"
    with open(path, "wb") as f:
        f.write(data.encode(encoding))


def render_folder(toc, docs, folder, style="kv", footer="第{n}页"):
    os.makedirs(folder, exist_ok=True)
    for fn in os.listdir(folder):
        os.remove(os.path.join(folder, fn))
    allp = _pages(toc, docs)
    groups = {}
    for i, (di, b) in enumerate(allp):
        groups.setdefault(di, []).append(lib.page_text(b, i + 1, style, footer))
    names = [(-1, "卷内目录")] + [(i, d.kind) for i, d in enumerate(docs)]
    for k, (di, name) in enumerate(names):
        fn = f"{k:02d}_{name}.txt"
        with open(os.path.join(folder, fn), "w", encoding="utf-8") as f:
            f.write("\f".join(groups[di]) + "\n")


def render_docx(toc, docs, path, footer="第{n}页"):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    allp = _pages(toc, docs)
    for i, (_, blocks) in enumerate(allp):
        for b in blocks:
            if b[0] == "h":
                para = doc.add_paragraph()
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = para.add_run(b[1]); run.bold = True; run.font.size = Pt(15)
            elif b[0] == "p":
                doc.add_paragraph(b[1])
            elif b[0] == "t":
                rows = b[1]
                ncol = max(len(r) for r in rows)
                tb = doc.add_table(rows=len(rows), cols=ncol)
                tb.style = "Table Grid"
                for ri, r in enumerate(rows):
                    cells = list(r) + [""] * (ncol - len(r))
                    if len(r) < ncol and len(r) == 2 and ncol == 4:
                        cells = [r[0], r[1], "", ""]
                        tb.cell(ri, 1).merge(tb.cell(ri, 3))
                        tb.cell(ri, 0).text = r[0]
                        tb.cell(ri, 1).text = r[1]
                        continue
                    for ci, c in enumerate(cells):
                        tb.cell(ri, ci).text = c
            elif b[0] in ("r", "seal"):
                para = doc.add_paragraph(b[1])
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp = doc.add_paragraph(footer.format(n=i + 1))
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i < len(allp) - 1:
            doc.add_page_break()
    import datetime as _dt
    doc.core_properties.created = _dt.datetime(2000, 1, 1)
    doc.core_properties.modified = _dt.datetime(2000, 1, 1)
    doc.core_properties.author = ""
    doc.core_properties.comments = ""
    doc.save(path)


def _rl_font():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    try:
        pdfmetrics.getFont("STSong-Light")
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


def render_pdf(toc, docs, path, mode="table", footer="第{n}页", fsize=9.5):
    """mode=table: key/value forms as ruled tables; mode=prose: everything as running text."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab import rl_config
    rl_config.invariant = 1
    font = _rl_font()
    body = ParagraphStyle("b", fontName=font, fontSize=fsize, leading=fsize * 1.55, wordWrap="CJK",
                          firstLineIndent=(2 * fsize if mode == "prose" else 0))
    cellst = ParagraphStyle("c", fontName=font, fontSize=fsize - 0.5, leading=(fsize - 0.5) * 1.4, wordWrap="CJK")
    head = ParagraphStyle("h", fontName=font, fontSize=fsize + 6, leading=(fsize + 6) * 1.5, alignment=TA_CENTER,
                          spaceAfter=6)
    right = ParagraphStyle("r", fontName=font, fontSize=fsize, leading=fsize * 1.6, alignment=TA_RIGHT)
    allp = _pages(toc, docs)
    story = []
    W = A4[0] - 40 * mm
    for i, (_, blocks) in enumerate(allp):
        for b in blocks:
            if b[0] == "h":
                story.append(Paragraph(b[1], head))
            elif b[0] == "p":
                story.append(Paragraph(b[1], body))
            elif b[0] == "t":
                rows = b[1]
                if mode == "prose" and not (rows and rows[0] and rows[0][0] == "序号"):
                    for r in rows:
                        story.append(Paragraph("；".join(
                            f"{r[k]}：{r[k+1]}" for k in range(0, len(r) - 1, 2)) if len(r) % 2 == 0 else "　".join(r), body))
                    continue
                ncol = max(len(r) for r in rows)
                data, spans = [], []
                for ri, r in enumerate(rows):
                    cells = list(r) + [""] * (ncol - len(r))
                    if len(r) == 2 and ncol == 4:
                        spans.append(("SPAN", (1, ri), (3, ri)))
                    data.append([Paragraph(c, cellst) for c in cells])
                if ncol == 5 and rows[0][0] == "序号":
                    cw = [W * x for x in (0.07, 0.38, 0.25, 0.17, 0.13)]
                elif ncol == 4:
                    cw = [W * x for x in (0.17, 0.33, 0.17, 0.33)]
                elif ncol == 2:
                    cw = [W * 0.2, W * 0.8]
                else:
                    cw = [W / ncol] * ncol
                tb = Table(data, colWidths=cw)
                tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE")] + spans))
                story.append(tb)
                story.append(Spacer(1, 4))
            elif b[0] in ("r", "seal"):
                story.append(Paragraph(b[1], right))
        if i < len(allp) - 1:
            story.append(PageBreak())

    def on_page(c, d):
        c.setFont(font, 9)
        c.drawCentredString(A4[0] / 2, 12 * mm, footer.format(n=d.page))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, title="", author="", creator="", producer="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def _wrap(draw, text, font, width):
    lines, cur = [], ""
    for ch in text:
        if draw.textlength(cur + ch, font=font) > width:
            lines.append(cur); cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


def render_scan(toc, docs, path, seed=75, footer="第{n}页"):
    from PIL import Image, ImageDraw, ImageFilter
    rnd = random.Random(seed)
    W, H = 1654, 2339
    f_body = lib.cjk_font(30)
    f_head = lib.cjk_font(46)
    f_small = lib.cjk_font(26)
    imgs = []
    for i, (_, blocks) in enumerate(_pages(toc, docs)):
        im = Image.new("RGB", (W, H), (246, 245, 240))
        dr = ImageDraw.Draw(im)
        x0, y = 150, 170
        tw = W - 300
        seals = []
        ink = (28, 28, 30)
        for b in blocks:
            if b[0] == "h":
                w = dr.textlength(b[1], font=f_head)
                dr.text(((W - w) / 2, y), b[1], font=f_head, fill=ink); y += 90
            elif b[0] == "p":
                for ln in _wrap(dr, "　　" + b[1], f_body, tw):
                    dr.text((x0, y), ln, font=f_body, fill=ink); y += 46
                y += 6
            elif b[0] == "t":
                rows = b[1]
                ncol = max(len(r) for r in rows)
                if ncol == 5:
                    cw = [0.07, 0.38, 0.25, 0.17, 0.13]
                elif ncol == 4:
                    cw = [0.18, 0.32, 0.18, 0.32]
                else:
                    cw = [1 / ncol] * ncol if ncol != 2 else [0.22, 0.78]
                xs = [x0]
                for c in cw:
                    xs.append(xs[-1] + c * tw)
                for r in rows:
                    cells = list(r) + [""] * (ncol - len(r))
                    if len(r) == 2 and ncol == 4:
                        spans = [(0, 1, r[0]), (1, 4, r[1])]
                    else:
                        spans = [(k, k + 1, cells[k]) for k in range(ncol)]
                    wrapped = [(a, bb, _wrap(dr, t, f_small, xs[bb] - xs[a] - 16)) for a, bb, t in spans]
                    hgt = max(len(w[2]) for w in wrapped) * 38 + 18
                    for a, bb, lns in wrapped:
                        dr.rectangle([xs[a], y, xs[bb], y + hgt], outline=ink, width=2)
                        for k, ln in enumerate(lns):
                            dr.text((xs[a] + 8, y + 9 + k * 38), ln, font=f_small, fill=ink)
                    y += hgt
                y += 20
            elif b[0] == "r":
                w = dr.textlength(b[1], font=f_body)
                dr.text((W - 170 - w, y), b[1], font=f_body, fill=ink); y += 50
            elif b[0] == "seal":
                seals.append((W - 420, y - 150))
        w = dr.textlength(footer.format(n=i + 1), font=f_small)
        dr.text(((W - w) / 2, H - 130), footer.format(n=i + 1), font=f_small, fill=ink)
        for sx, sy in seals:
            red = (200, 30, 40)
            dr.ellipse([sx, sy, sx + 250, sy + 250], outline=red, width=9)
            dr.ellipse([sx + 14, sy + 14, sx + 236, sy + 236], outline=red, width=3)
            star = [(sx + 125, sy + 80), (sx + 140, sy + 120), (sx + 165, sy + 120), (sx + 145, sy + 140),
                    (sx + 153, sy + 170), (sx + 125, sy + 150), (sx + 97, sy + 170), (sx + 105, sy + 140),
                    (sx + 85, sy + 120), (sx + 110, sy + 120)]
            dr.polygon(star, fill=red)
        # speckle noise and slight rotation
        for _ in range(500):
            px, py = rnd.randrange(W), rnd.randrange(H)
            g = rnd.randrange(90, 200)
            dr.point((px, py), fill=(g, g, g))
        im = im.rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=(236, 235, 230))
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        if seals:
            imgs.append(im)
        else:  # bitonal archive scan
            imgs.append(im.convert("L").point(lambda v: 255 if v > 160 else 0).convert("1"))
    bufs = []
    from PIL import Image as I2
    for im in imgs:
        if im.mode == "1":
            bufs.append(im)
            continue
        b = io.BytesIO(); im.save(b, "JPEG", quality=40, optimize=True); b.seek(0)
        bufs.append(I2.open(b))
    bufs[0].save(path, "PDF", resolution=200, save_all=True, append_images=bufs[1:])

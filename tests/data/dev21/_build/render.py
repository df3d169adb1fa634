"""Renderers: text-layer PDF, scanned (image-only) PDF, DOCX, plain text."""
from __future__ import annotations

import io

from reportlab import rl_config

rl_config.useA85 = 0
import math
import random

from common import FONT_HEI, FONT_KAI, FONT_SONG, doc_to_lines
from layout import H, MB, ML, MR, W, layout_docs, page_numbers, register_fonts


def _toc_fill(docs: list[dict], opts: dict):
    """Lay out twice so the 卷内目录 (if any) carries the real page ranges (or the case's own rows)."""
    pages, meta, spans = layout_docs(docs, opts)
    pn = page_numbers(meta)
    ranges = []
    for (a, b) in spans:
        nums = [pn[i] for i in range(a, b + 1) if pn[i] is not None]
        ranges.append((nums[0], nums[-1]) if nums else None)
    if opts.get("toc_builder"):
        changed = opts["toc_builder"](docs, ranges)
        if changed:
            pages, meta, spans = layout_docs(docs, opts)
            pn = page_numbers(meta)
    return pages, meta, spans, pn


def render_pdf(path: str, docs: list[dict], opts: dict) -> dict:
    """Text-layer PDF with running header and page numbers on numbered pages."""
    from reportlab.lib.colors import Color, black
    from reportlab.pdfgen import canvas

    register_fonts()
    pages, meta, spans, pn = _toc_fill(docs, opts)
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle(opts.get("pdf_title", ""))
    c.setAuthor("")
    c.setCreator("")
    for ops, m, n in zip(pages, meta, pn):
        if n is not None and opts.get("header"):
            c.setFont("Song", 8.5)
            c.setFillColor(Color(0.35, 0.35, 0.35))
            c.drawString(ML, H - 40, opts["header"])
            c.setLineWidth(0.4)
            c.line(ML, H - 45, W - MR, H - 45)
            c.setFillColor(black)
        for op in ops:
            k = op[0]
            if k == "text":
                _, x, y, s, font, size = op
                c.setFont(font, size)
                c.drawString(x, H - y, s)
            elif k == "rect":
                _, x, y, w, h = op
                c.setLineWidth(0.6)
                c.rect(x, H - y - h, w, h)
            elif k == "seal":
                _, cx, cy, _name = op
                c.setStrokeColor(Color(0.85, 0.1, 0.1, alpha=0.8))
                c.setFillColor(Color(0.85, 0.1, 0.1, alpha=0.8))
                c.setLineWidth(2)
                c.circle(cx, H - cy, 40, stroke=1, fill=0)
                _star(c, cx, H - cy, 11)
                c.setStrokeColor(black)
                c.setFillColor(black)
        if n is not None:
            c.setFont("Song", 9.5)
            s = opts.get("pnfmt", "{n}").format(n=n)
            c.drawString(W - MR - 6 * len(s), 40, s)
        c.showPage()
    c.save()
    return {"pages": len(pages), "spans": spans, "pn": pn}


def _star(c, cx, cy, r):
    p = c.beginPath()
    for i in range(10):
        a = math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.4
        x, y = cx + rr * math.cos(a), cy + rr * math.sin(a)
        p.moveTo(x, y) if i == 0 else p.lineTo(x, y)
    p.close()
    c.drawPath(p, stroke=0, fill=1)


def render_scan(path: str, docs: list[dict], opts: dict, seed: int = 7) -> dict:
    """Greyscale 200 dpi image-only PDF: every page rasterised, slightly skewed, JPEG-compressed."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    register_fonts()
    opts = {**opts, "title_font": "Hei"}
    pages, meta, spans, pn = _toc_fill(docs, opts)
    rng = random.Random(seed)
    dpi = 200
    k = dpi / 72.0
    fonts: dict = {}

    def font(name, size):
        key = (name, round(size * k))
        if key not in fonts:
            path_ = {"Song": FONT_SONG, "Kai": FONT_KAI, "Hei": FONT_HEI}[name]
            fonts[key] = ImageFont.truetype(path_, key[1], index=0)
        return fonts[key]

    imgs = []
    for ops, n in zip(pages, pn):
        im = Image.new("L", (int(W * k), int(H * k)), 250)
        d = ImageDraw.Draw(im)
        for op in ops:
            t = op[0]
            if t == "text":
                _, x, y, s, fn, size = op
                shade = 40 if fn != "Kai" else 25
                d.text((x * k, (y - size * 0.88) * k), s, font=font(fn, size), fill=shade)
            elif t == "rect":
                _, x, y, w, h = op
                d.rectangle([x * k, y * k, (x + w) * k, (y + h) * k], outline=70, width=2)
            elif t == "seal":
                _, cx, cy, name = op
                r = 40 * k
                d.ellipse([cx * k - r, cy * k - r, cx * k + r, cy * k + r], outline=120, width=5)
                f = font("Song", 8)
                tw = d.textlength(name, font=f)
                d.text((cx * k - tw / 2, cy * k + r * 0.35), name, font=f, fill=120)
                d.regular_polygon((cx * k, cy * k - r * 0.1, r * 0.28), 5, fill=120)
        if n is not None:
            s = opts.get("pnfmt", "{n}").format(n=n)
            d.text(((W - MR - 6 * len(s)) * k, (H - 50) * k), s, font=font("Song", 10), fill=40)
        im = im.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=235)
        imgs.append(im)
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setCreator("")
    c.setAuthor("")
    for im in imgs:
        b = io.BytesIO()
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        im.save(b, "JPEG", quality=opts.get("jpeg_q", 30), dpi=(dpi, dpi), optimize=True)
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, width=W, height=H)
        c.showPage()
    c.save()
    return {"pages": len(pages), "spans": spans, "pn": pn}


def render_docx(path: str, docs: list[dict], opts: dict) -> None:
    """One DOCX: a section per document, running header, PAGE field footer, form tables, a text box."""
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "仿宋"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋")
    d.core_properties.author = ""
    d.core_properties.title = opts.get("title", "")
    import datetime as _dt
    d.core_properties.created = _dt.datetime(2021, 11, 20, 9, 0, 0)
    d.core_properties.modified = _dt.datetime(2021, 11, 20, 9, 0, 0)
    d.core_properties.last_modified_by = ""
    first = True
    for doc in docs:
        if first:
            sec = d.sections[0]
            first = False
        else:
            sec = d.add_section(WD_SECTION.NEW_PAGE)
        sec.header.is_linked_to_previous = False
        sec.footer.is_linked_to_previous = False
        hp = sec.header.paragraphs[0]
        hp.text = opts.get("header", "") if doc.get("numbered", True) else ""
        fp = sec.footer.paragraphs[0]
        fp.text = ""
        if doc.get("numbered", True):
            fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run = fp.add_run()
            run._r.append(parse_xml('<w:fldSimple xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
        for b in doc["blocks"]:
            k = b[0]
            if k == "h":
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(b[1])
                r.bold = True
                r.font.size = Pt(18)
            elif k == "c":
                p = d.add_paragraph(b[1])
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif k == "p":
                p = d.add_paragraph(b[1])
                p.paragraph_format.first_line_indent = Pt(24)
            elif k == "l":
                d.add_paragraph(b[1])
            elif k == "hand":
                p = d.add_paragraph()
                r = p.add_run(b[1])
                r.font.name = "楷体"
                r._element.rPr.rFonts.set(qn("w:eastAsia"), "楷体")
            elif k == "r":
                p = d.add_paragraph(b[1])
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif k == "sp":
                d.add_paragraph("")
            elif k == "kv":
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for lab, val in b[1]:
                    cells = t.add_row().cells
                    cells[0].text = lab
                    cells[1].text = val
                d.add_paragraph("")
            elif k == "grid":
                t = d.add_table(rows=1, cols=len(b[1]))
                t.style = "Table Grid"
                for i, h in enumerate(b[1]):
                    t.rows[0].cells[i].text = str(h)
                for row in b[2]:
                    cells = t.add_row().cells
                    for i, v in enumerate(row):
                        cells[i].text = str(v)
                d.add_paragraph("")
            elif k == "textbox":
                p = d.add_paragraph()
                p._p.append(parse_xml(_TEXTBOX.format(text=b[1])))
    d.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path: str) -> None:
    """Rewrite the DOCX zip with fixed member timestamps so rebuilds are byte-identical."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


_TEXTBOX = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
    '<v:shape id="tb1" type="#_x0000_t202" style="position:absolute;margin-left:300pt;margin-top:0;width:150pt;height:40pt">'
    '<v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox>'
    '</v:shape></w:pict></w:r>'
)


def render_txt(path: str, docs: list[dict], opts: dict) -> None:
    sep = opts.get("sep", "\n")
    parts = []
    for doc in docs:
        lines = doc_to_lines(doc, opts.get("style", "plain"))
        parts.append("\n".join(lines))
    text = opts.get("joiner", "\n\n" + "-" * 40 + "\n\n").join(parts) + "\n"
    text = text.replace("\n", sep)
    with open(path, "wb") as f:
        f.write(text.encode(opts.get("encoding", "utf-8")))

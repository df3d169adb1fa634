"""Renderers: plain text (form-feed / separator pages, any encoding), folder of text files,
Word .docx with tables, reportlab PDFs (ruled tables or flowing prose) and scanned image PDFs.

Every renderer puts a 卷内目录 on page 1 whose page ranges are computed from the layout it
actually produced, and returns {doc name: "a-b"}.
"""
from __future__ import annotations

import io
import random
import re
from pathlib import Path

from common import Doc, ROOT, font_path, seal_image

HAND = re.compile(r"\{\{(.+?)\}\}")


def plain(s: str) -> str:
    return HAND.sub(r"\1", s)


def rng(a: int, b: int) -> str:
    return str(a) if a == b else f"{a}-{b}"


# ====================================================================== text
def _text_lines(blocks, sep, join, indent=True):
    pages, cur = [], []
    for b in blocks:
        k = b[0]
        if k == "title":
            cur += [" " * max(0, 18 - len(b[1])) + plain(b[1])]
        elif k == "sub":
            cur += [" " * max(0, 22 - len(b[1]) // 2) + plain(b[1]), ""]
        elif k == "p":
            t = plain(b[1])
            lead = indent and len(t) > 24 and not re.match(r"^(问|答|[一二三四五六七八九十]+、|\d+[.、]|（|\()", t)
            cur.append(("\u3000\u3000" if lead else "") + t)
        elif k == "kv":
            for row in b[1]:
                cur.append(join.join((f"{plain(kk)}{sep}{plain(v)}" if kk else plain(v)) for kk, v in row))
        elif k == "table":
            cur.append(" | ".join(b[1]))
            for r in b[2]:
                cur.append(" | ".join(plain(str(c)) for c in r))
        elif k == "serv2":
            for row in b[1]:
                cur.append(f"{row[0]}{sep}" + " ‖ ".join(plain(c) for c in row[1:]))
        elif k == "sign":
            cur.append(" " * 28 + plain(b[1]))
        elif k == "seal":
            cur.append(" " * 28 + (b[2] if len(b) > 2 else "（印章）"))
        elif k == "gap":
            cur.append("")
        elif k == "pb":
            pages.append(cur)
            cur = []
    pages.append(cur)
    return pages


def catalog_rows(docs, pagemap):
    return [[str(i + 1), d.name, d.date, pagemap[d.name]] for i, d in enumerate(docs)]


def render_text(docs, *, case_title, sep="：", join="    ", footer, catalog_fmt, page_joiner, indent=True):
    """Return (pages as strings, pagemap). Page 1 is the catalogue."""
    body, pagemap, n = [], {}, 2
    for d in docs:
        pg = _text_lines(d.blocks, sep, join, indent)
        pagemap[d.name] = rng(n, n + len(pg) - 1)
        n += len(pg)
        body += pg
    total = len(body) + 1
    cat = catalog_fmt(case_title, catalog_rows(docs, pagemap))
    pages = [cat] + body
    out = []
    for i, pg in enumerate(pages, 1):
        out.append("\n".join(pg).rstrip("\n") + "\n\n" + footer(i, total) + "\n")
    return page_joiner(out), pagemap


# ====================================================================== folder
def render_folder(docs, outdir: Path, *, case_title, sep, join, footer, catalog_fmt):
    outdir.mkdir(parents=True, exist_ok=True)
    for old in outdir.glob("*.txt"):
        old.unlink()
    pagemap, n, files = {}, 2, []
    for d in docs:
        pg = _text_lines(d.blocks, sep, join)
        pagemap[d.name] = rng(n, n + len(pg) - 1)
        files.append((d, pg, n))
        n += len(pg)
    total = n - 1
    cat = catalog_fmt(case_title, catalog_rows(docs, pagemap))
    (outdir / "00_卷内目录.txt").write_text("\n".join(cat) + "\n\n" + footer(1, total) + "\n", encoding="utf-8")
    for i, (d, pg, start) in enumerate(files, 1):
        parts = []
        for j, p in enumerate(pg):
            parts.append("\n".join(p).rstrip("\n") + "\n\n" + footer(start + j, total) + "\n")
        (outdir / f"{i:02d}_{d.fname or d.name}.txt").write_text("\n".join(parts), encoding="utf-8")
    return pagemap


# ====================================================================== docx
def render_docx(docs, path: Path, *, case_title, agency, seal_png: bytes | None = None):
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    # page budget: every page segment must stay well inside one A4 page
    def seg_lines(blocks):
        segs, n = [], 0
        for b in blocks:
            k = b[0]
            if k == "pb":
                segs.append(n)
                n = 0
            elif k == "p":
                n += 1 + len(plain(b[1])) // 40
            elif k == "kv":
                for row in b[1]:
                    n += 1 + max(len(plain(v)) // (34 // len(row) if len(row) > 1 else 30) for _, v in row)
            elif k == "table":
                for r in b[2]:
                    n += 1 + max(len(plain(str(c))) // 10 for c in r)
                n += 1
            elif k == "title":
                n += 2
            else:
                n += 1
        segs.append(n)
        return segs

    pagemap, n = {}, 2
    for d in docs:
        segs = seg_lines(d.blocks)
        for s in segs:
            assert s <= 40, f"docx page too long ({s} lines) in {d.name}"
        pagemap[d.name] = rng(n, n + len(segs) - 1)
        n += len(segs)

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.6)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.paragraph_format.space_after = Pt(2)

    # footer: 第 X 页 with a PAGE field
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("第 ")
    r = fp.add_run()
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), tag)
        else:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = txt
        r._r.append(e)
    fp.add_run(" 页")

    def para(text, bold=False, size=None, align=None):
        p = doc.add_paragraph()
        run = p.add_run(plain(text))
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if align:
            p.alignment = align
        return p

    def table(rows, widths=None, header=False):
        ncol = max(len(r) for r in rows)
        t = doc.add_table(rows=0, cols=ncol)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for r_i, r in enumerate(rows):
            cells = t.add_row().cells
            if len(r) < ncol:  # merge the tail so the last value spans
                cells[len(r) - 1].merge(cells[ncol - 1])
            for c_i, val in enumerate(r):
                cells[c_i].text = plain(str(val))
                if header and r_i == 0:
                    for run in cells[c_i].paragraphs[0].runs:
                        run.bold = True
        if widths:
            for row in t.rows:
                for c_i, w in enumerate(widths[: len(row.cells)]):
                    row.cells[c_i].width = Cm(w)
        return t

    def page_break():
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def emit(blocks):
        for b in blocks:
            k = b[0]
            if k == "title":
                para(b[1], bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
            elif k == "sub":
                para(b[1], align=WD_ALIGN_PARAGRAPH.CENTER)
            elif k == "p":
                p = para(b[1])
                p.paragraph_format.first_line_indent = Pt(21) if len(b[1]) > 24 and not re.match(r"^(问|答)", b[1]) else None
            elif k == "kv":
                rows = []
                width = max(len(r) for r in b[1]) * 2
                for row in b[1]:
                    cells = []
                    for kk, v in row:
                        cells += [kk, v]
                    rows.append(cells)
                # pad rows with fewer pairs: last value spans (handled by merge)
                t = table(rows)
                for row in t.rows:
                    for c_i in range(0, len(row.cells), 2):
                        for run in row.cells[c_i].paragraphs[0].runs:
                            run.bold = True
                doc.add_paragraph()
            elif k == "table":
                table([b[1]] + b[2], header=True)
                doc.add_paragraph()
            elif k == "serv2":
                table(b[1], header=True)
            elif k == "sign":
                para(b[1], align=WD_ALIGN_PARAGRAPH.RIGHT)
            elif k == "seal":
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if seal_png:
                    p.add_run().add_picture(io.BytesIO(seal_png), width=Cm(3.6))
                p.add_run(b[2] if len(b) > 2 else "（公章）")
            elif k == "gap":
                doc.add_paragraph()
            elif k == "pb":
                page_break()

    # catalogue
    para("卷 内 目 录", bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(case_title, align=WD_ALIGN_PARAGRAPH.CENTER)
    table([["序号", "文件名称", "日期", "页号"]] + catalog_rows(docs, pagemap), widths=[1.3, 8.5, 3.8, 2.0], header=True)
    for d in docs:
        page_break()
        emit(d.blocks)
    path.parent.mkdir(parents=True, exist_ok=True)
    import datetime as _dt
    doc.core_properties.created = doc.core_properties.modified = _dt.datetime(2024, 10, 28, 9, 0, 0)
    doc.core_properties.author = agency
    doc.core_properties.title = case_title
    raw = io.BytesIO()
    doc.save(raw)
    # rewrite the zip with fixed timestamps so that rebuilds are byte-stable
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 10, 28, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())
    return pagemap


# ====================================================================== reportlab
def _rl_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    try:
        pdfmetrics.getFont("STSong-Light")
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def render_pdf(docs, path: Path, *, case_title, agency, style="tables", footer=None, seal_color=(218, 30, 38)):
    """style='tables': forms as ruled tables. style='prose': forms as running text,
    except 送达回证 blocks ('serv2' / kv inside a 送达回证 doc) which stay tables."""
    _rl_setup()
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import (Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle, KeepTogether)

    F = "STSong-Light"
    sz = 10.5 if style == "tables" else 11
    body = ParagraphStyle("b", fontName=F, fontSize=sz, leading=sz * 1.55, wordWrap="CJK",
                          firstLineIndent=0)
    indent = ParagraphStyle("bi", parent=body, firstLineIndent=sz * 2)
    cell = ParagraphStyle("c", fontName=F, fontSize=sz - 0.5, leading=(sz - 0.5) * 1.45, wordWrap="CJK")
    cellb = ParagraphStyle("cb", parent=cell)
    title = ParagraphStyle("t", fontName=F, fontSize=17, leading=24, alignment=TA_CENTER, spaceAfter=4)
    sub = ParagraphStyle("s", fontName=F, fontSize=sz, leading=sz * 1.6, alignment=TA_CENTER, spaceAfter=6)
    right = ParagraphStyle("r", parent=body, alignment=TA_RIGHT)

    seal = seal_image(agency, 360, color=seal_color)
    sbuf = io.BytesIO()
    seal.save(sbuf, "PNG")
    seal_reader = ImageReader(io.BytesIO(sbuf.getvalue()))

    pages: dict = {}

    class Mark(Flowable):
        def __init__(self, key):
            super().__init__()
            self.key = key
            self.width = self.height = 0

        def draw(self):
            pages.setdefault(self.key, []).append(self.canv.getPageNumber())

    class Seal(Flowable):
        def __init__(self, marker):
            super().__init__()
            self.marker = marker
            self.width, self.height = 0, sz * 1.6

        def wrap(self, aw, ah):
            self.aw = aw
            return aw, self.height

        def draw(self):
            c = self.canv
            s = 38 * mm
            c.drawImage(seal_reader, self.aw - s - 8 * mm, -8 * mm, s, s, mask="auto")
            c.setFont(F, sz - 1)
            c.drawRightString(self.aw, 2, self.marker)

    W = A4[0] - 2 * 24 * mm

    def esc(s):
        return plain(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def kv_table(rows):
        ncol = max(len(r) for r in rows) * 2
        data, spans = [], []
        lab = W * (0.20 if ncol == 2 else 0.17)
        for ri, row in enumerate(rows):
            line = []
            for kk, v in row:
                line += [Paragraph(esc(kk), cellb), Paragraph(esc(v), cell)]
            if len(line) < ncol:
                spans.append(("SPAN", (len(line) - 1, ri), (ncol - 1, ri)))
                line += [""] * (ncol - len(line))
            data.append(line)
        if ncol == 2:
            widths = [lab, W - lab]
        else:
            v = (W - lab * (ncol // 2)) / (ncol // 2)
            widths = [lab, v] * (ncol // 2)
        t = Table(data, colWidths=widths)
        st = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
              ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        for ci in range(0, ncol, 2):
            st.append(("BACKGROUND", (ci, 0), (ci, -1), colors.Color(0.95, 0.95, 0.95)))
        t.setStyle(TableStyle(st + spans))
        return t

    def plain_table(header, rows, widths=None):
        data = [[Paragraph(esc(h), cellb) for h in header]] + [[Paragraph(esc(str(c)), cell) for c in r] for r in rows]
        if widths is None:
            widths = [W / len(header)] * len(header)
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92))]))
        return t

    def story_for(blocks, is_service=False):
        out = []
        for b in blocks:
            k = b[0]
            if k == "title":
                out.append(Paragraph(esc(b[1]), title))
            elif k == "sub":
                out.append(Paragraph(esc(b[1]), sub))
            elif k == "p":
                t = esc(b[1])
                st_ = indent if (len(b[1]) > 24 and not re.match(r"^(问|答|[一二三四五六七八九十]+、|\d+[.、]|（)", b[1])) else body
                out.append(Paragraph(t, st_))
            elif k == "kv":
                if style == "tables" or is_service:
                    out.append(kv_table(b[1]))
                    out.append(Spacer(1, 4))
                else:
                    for row in b[1]:
                        out.append(Paragraph("；".join(f"{esc(kk)}：{esc(v)}" if kk else esc(v) for kk, v in row), body))
            elif k == "table":
                widths = None
                if len(b[1]) == 5:
                    widths = [W * x for x in (0.07, 0.30, 0.25, 0.30, 0.08)]
                elif len(b[1]) == 4:
                    widths = [W * x for x in (0.08, 0.46, 0.32, 0.14)]
                out.append(plain_table(b[1], b[2], widths))
                out.append(Spacer(1, 4))
            elif k == "serv2":
                rows = b[1]
                ncol = len(rows[0])
                lab = W * 0.18
                widths = [lab] + [(W - lab) / (ncol - 1)] * (ncol - 1)
                data = [[Paragraph(esc(c), cellb if j == 0 or i == 0 else cell) for j, c in enumerate(r)] for i, r in enumerate(rows)]
                t = Table(data, colWidths=widths)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                       ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.95, 0.95, 0.95))]))
                out.append(t)
                out.append(Spacer(1, 4))
            elif k == "sign":
                out.append(Paragraph(esc(b[1]), right))
            elif k == "seal":
                out.append(Seal(b[2] if len(b) > 2 else "（印章）"))
            elif k == "gap":
                out.append(Spacer(1, sz))
            elif k == "pb":
                out.append(PageBreak())
        return out

    def build(catalog_map):
        pages.clear()
        story = [Mark("__cat"), Paragraph("卷 内 目 录", title), Paragraph(esc(case_title), sub)]
        rows = [[str(i + 1), d.name, d.date, catalog_map.get(d.name, "00-00")] for i, d in enumerate(docs)]
        story.append(plain_table(["序号", "文件名称", "日期", "页号"], rows))
        for d in docs:
            story.append(PageBreak())
            story.append(Mark(d.name))
            story += story_for(d.blocks, is_service=d.name.startswith("送达回证"))
            story.append(Mark(d.name))
        buf = io.BytesIO()

        def on_page(c, docobj):
            c.saveState()
            c.setFont(F, 9)
            txt = footer(c.getPageNumber()) if footer else f"第 {c.getPageNumber()} 页"
            c.drawCentredString(A4[0] / 2, 12 * mm, txt)
            c.restoreState()

        tpl = SimpleDocTemplate(buf, pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm, topMargin=22 * mm,
                                bottomMargin=22 * mm, title=case_title, author=agency, creator="case file export",
                                invariant=1)
        tpl.build(story, onFirstPage=on_page, onLaterPages=on_page)
        return buf.getvalue()

    build({})
    cmap = {d.name: rng(min(pages[d.name]), max(pages[d.name])) for d in docs}
    pdf = build(cmap)
    cmap2 = {d.name: rng(min(pages[d.name]), max(pages[d.name])) for d in docs}
    assert cmap == cmap2, "pagination changed between passes"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf)
    return cmap


# ====================================================================== scanned
def render_scan(docs, path: Path, *, case_title, agency, seed=57, dpi=200, quality=40, footer=None):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas as rl_canvas

    rnd = random.Random(seed)
    PW, PH = int(8.27 * dpi), int(11.69 * dpi)
    ML, MR, MT, MB = 150, 150, 150, 170
    fs = 27
    f_body = ImageFont.truetype(font_path("serif"), fs)
    f_bold = ImageFont.truetype(font_path("serif-bold"), 42)
    f_sub = ImageFont.truetype(font_path("serif"), fs)
    f_cell = ImageFont.truetype(font_path("serif"), fs - 2)
    f_hand = ImageFont.truetype(font_path("hand"), 34)
    LH = int(fs * 1.55)
    seal_rgba = seal_image(agency, 330)

    def wrap(text, font, width):
        """Wrap by pixel width; a {{handwritten}} token is kept whole."""
        toks = []
        pos = 0
        for m in HAND.finditer(text):
            toks += list(text[pos:m.start()])
            toks.append(m.group(0))
            pos = m.end()
        toks += list(text[pos:])

        def tlen(t):
            return f_hand.getlength(t[2:-2]) + 14 if t.startswith("{{") else font.getlength(t)

        lines, cur, w = [], "", 0.0
        for t in toks:
            if t == "\n":
                lines.append(cur)
                cur, w = "", 0.0
                continue
            tw = tlen(t)
            if w + tw > width and cur:
                lines.append(cur)
                cur, w = t, tw
            else:
                cur += t
                w += tw
        lines.append(cur)
        return lines

    class Page:
        def __init__(self):
            self.img = Image.new("RGB", (PW, PH), (250, 249, 245))
            self.dr = ImageDraw.Draw(self.img)
            self.y = MT
            self.seals = []

    pages: list[Page] = []
    pagemap: dict = {}

    def new_page():
        p = Page()
        pages.append(p)
        return p

    def draw_text_with_hand(dr, x, y, text, font):
        """Draw text; parts in {{...}} are 'handwritten'."""
        pos = 0
        for m in HAND.finditer(text):
            seg = text[pos:m.start()]
            dr.text((x, y), seg, font=font, fill=(25, 25, 25))
            x += font.getlength(seg)
            hand = m.group(1)
            dr.text((x + 4, y - 4 + rnd.randint(-2, 2)), hand, font=f_hand, fill=(30, 40, 95))
            x += f_hand.getlength(hand) + 10
            pos = m.end()
        dr.text((x, y), text[pos:], font=font, fill=(25, 25, 25))

    def hand_len(text, font):
        return font.getlength(HAND.sub(r"\1", text)) + 14 * len(HAND.findall(text))

    def block_height(b, width):
        k = b[0]
        if k == "title":
            return 70
        if k in ("sub", "sign", "gap"):
            return LH
        if k == "seal":
            return 10
        if k == "p":
            return LH * len(wrap(b[1], f_body, width - (2 * fs if len(b[1]) > 24 else 0)))
        if k == "kv":
            h = 0
            for row in b[1]:
                n = len(row)
                cw = width / n
                hh = max(len(wrap(f"{kk}：{v}" if kk else v, f_cell, cw - 20)) for kk, v in row)
                h += hh * int((fs - 2) * 1.5) + 16
            return h + 10
        if k == "table":
            return (len(b[2]) + 1) * 80 + 10
        if k == "serv2":
            return sum(max(len(wrap(c, f_cell, width / len(r) - 20)) for c in r) * int((fs - 2) * 1.5) + 16 for r in b[1]) + 10
        return 0

    width = PW - ML - MR

    def draw_block(p, b):
        dr = p.dr
        k = b[0]
        if k == "title":
            t = plain(b[1])
            w = f_bold.getlength(t)
            dr.text(((PW - w) / 2, p.y + 8), t, font=f_bold, fill=(15, 15, 15))
            p.y += 70
        elif k == "sub":
            t = plain(b[1])
            dr.text(((PW - f_sub.getlength(t)) / 2, p.y), t, font=f_sub, fill=(25, 25, 25))
            p.y += LH
        elif k == "p":
            t = b[1]
            ind = 2 * fs if len(t) > 24 and not re.match(r"^(问|答|[一二三四五六七八九十]+、|\d+[.、]|（)", t) else 0
            for i, line in enumerate(wrap(t, f_body, width - ind)):
                draw_text_with_hand(dr, ML + (ind if i == 0 else 0), p.y, line, f_body)
                p.y += LH
        elif k == "kv":
            lh = int((fs - 2) * 1.5)
            for row in b[1]:
                n = len(row)
                cw = width / n
                cells = [wrap(f"{kk}：{v}" if kk else v, f_cell, cw - 20) for kk, v in row]
                hh = max(len(c) for c in cells) * lh + 16
                for i, lines in enumerate(cells):
                    x0 = ML + i * cw
                    dr.rectangle([x0, p.y, x0 + cw, p.y + hh], outline=(40, 40, 40), width=2)
                    yy = p.y + 8
                    for line in lines:
                        draw_text_with_hand(dr, x0 + 10, yy, line, f_cell)
                        yy += lh
                p.y += hh
            p.y += 10
        elif k == "table":
            header, rows = b[1], b[2]
            ncol = len(header)
            fr = {5: (0.07, 0.29, 0.26, 0.30, 0.08), 4: (0.08, 0.52, 0.25, 0.15)}.get(ncol, [1 / ncol] * ncol)
            xs = [ML]
            for f in fr:
                xs.append(xs[-1] + f * width)
            lh = int((fs - 2) * 1.45)
            for ri, r in enumerate([header] + rows):
                cells = [wrap(plain(str(c)), f_cell, xs[i + 1] - xs[i] - 14) for i, c in enumerate(r)]
                hh = max(len(c) for c in cells) * lh + 14
                for i, lines in enumerate(cells):
                    dr.rectangle([xs[i], p.y, xs[i + 1], p.y + hh], outline=(40, 40, 40), width=2)
                    yy = p.y + 7
                    for line in lines:
                        dr.text((xs[i] + 7, yy), line, font=f_cell, fill=(25, 25, 25))
                        yy += lh
                p.y += hh
            p.y += 10
        elif k == "serv2":
            lh = int((fs - 2) * 1.5)
            for r in b[1]:
                n = len(r)
                cw = width / n
                cells = [wrap(c, f_cell, cw - 20) for c in r]
                hh = max(len(c) for c in cells) * lh + 16
                for i, lines in enumerate(cells):
                    dr.rectangle([ML + i * cw, p.y, ML + (i + 1) * cw, p.y + hh], outline=(40, 40, 40), width=2)
                    yy = p.y + 8
                    for line in lines:
                        draw_text_with_hand(dr, ML + i * cw + 10, yy, line, f_cell)
                        yy += lh
                p.y += hh
            p.y += 10
        elif k == "sign":
            t = b[1]
            draw_text_with_hand(dr, PW - MR - hand_len(t, f_body) - 20, p.y, t, f_body)
            p.y += LH
        elif k == "seal":
            p.seals.append((PW - MR - 360 + rnd.randint(-25, 25), p.y - 250 + rnd.randint(-15, 15)))
        elif k == "gap":
            p.y += LH

    cur = None
    for d in docs:
        if cur is None or not d.share_page or (PH - MB - cur.y) < 0.30 * PH:
            cur = new_page()
        else:
            cur.y += 30
            cur.dr.line([ML, cur.y - 15, PW - MR, cur.y - 15], fill=(120, 120, 120), width=1)
        start = len(pages)
        for b in d.blocks:
            if b[0] == "pb":
                cur = new_page()
                continue
            h = block_height(b, width)
            if cur.y + h > PH - MB:
                cur = new_page()
            draw_block(cur, b)
        pagemap[d.name] = rng(start + 1, len(pages) + 1)  # +1: catalogue is page 1

    # catalogue page (page 1)
    cat = Page()
    rows = [[str(i + 1), d.name, d.date, pagemap[d.name]] for i, d in enumerate(docs)]
    for b in [("title", "卷 内 目 录"), ("sub", case_title), ("gap",), ("table", ["序号", "文件名称", "日期", "页号"], rows)]:
        draw_block(cat, b)
    pages.insert(0, cat)

    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(case_title)
    c.setAuthor("scan")
    for i, p in enumerate(pages, 1):
        for (x, y) in p.seals:
            s = seal_rgba.rotate(rnd.uniform(-12, 12), resample=Image.BICUBIC)
            p.img.paste(s, (int(x), int(y)), s)
        # page number stamp (archive numbering), bottom right
        num = footer(i) if footer else str(i)
        p.dr.text((PW - MR - f_body.getlength(num), PH - 110), num, font=f_body, fill=(40, 40, 40))
        img = p.img.rotate(rnd.uniform(-0.7, 0.7), resample=Image.BICUBIC, expand=False, fillcolor=(250, 249, 245))
        # speckle noise and a faint gray cast
        px = img.load()
        for _ in range(1400):
            x, y = rnd.randrange(PW), rnd.randrange(PH)
            v = rnd.randint(60, 170)
            px[x, y] = (v, v, v)
        img = img.filter(ImageFilter.GaussianBlur(0.45))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=quality, subsampling=2, optimize=True)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, A4[0], A4[1])  # JPEG data embedded as is (DCTDecode)
        c.showPage()
    path.parent.mkdir(parents=True, exist_ok=True)
    c.save()
    return pagemap, len(pages)



"""Renderers: one document model, many archive formats (text, PDF, scan, photo, DOCX)."""
import io
import random
import re

from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

from common import FONT_KAI, FONT_MING, FONT_SANS, seal_image

HW = re.compile(r"\{~(.*?)\}")


def plain(s):
    return HW.sub(lambda m: m.group(1), s)


# ---------------------------------------------------------------- plain text
def render_text(docs, table_style="colon", sep="\n\n", seal_mark="（印章）"):
    out = []
    for doc in docs:
        lines = []
        for el in doc["body"]:
            k = el[0]
            if k in ("h", "c"):
                lines.append(" " * 12 + plain(el[1]))
            elif k == "p":
                lines.append("　　" + plain(el[1]))
            elif k == "l":
                lines.append(plain(el[1]))
            elif k == "r":
                lines.append(" " * 28 + plain(el[1]))
            elif k == "blank":
                lines.append("")
            elif k == "seal":
                lines.append(" " * 28 + (el[2] if len(el) > 2 else seal_mark))
            elif k == "t":
                for row in el[1]:
                    cells = [plain(c) for c in row]
                    if table_style == "colon" and len(cells) % 2 == 0:
                        lines.append("    ".join(f"{cells[i]}：{cells[i+1]}" for i in range(0, len(cells), 2)))
                    else:
                        lines.append("｜".join(cells))
            elif k == "br":
                lines.append("")
        out.append("\n".join(lines).rstrip())
    return sep.join(out) + "\n"


# ---------------------------------------------------------------- images
class Pager:
    """Very small page layout engine on PIL images (for scans and photos)."""

    def __init__(self, w=1000, h=1414, margin=80, size=22, seed=0, footer=None, hw_color=(20, 30, 120),
                 body_font=FONT_MING):
        self.w, self.h, self.m, self.size = w, h, margin, size
        self.rnd = random.Random(seed)
        self.f = ImageFont.truetype(body_font, size)
        self.fb = ImageFont.truetype(FONT_SANS, int(size * 1.45))
        self.fs = ImageFont.truetype(FONT_SANS, int(size * 0.85))
        self.fk = ImageFont.truetype(FONT_KAI, int(size * 1.15))
        self.footer = footer
        self.hw_color = hw_color
        self.pages = []
        self.seals = []
        self.new()

    def new(self):
        self.img = Image.new("RGB", (self.w, self.h), (255, 255, 255))
        self.d = ImageDraw.Draw(self.img)
        self.pages.append(self.img)
        self.y = self.m
        self.last_r = None

    def lh(self):
        return int(self.size * 1.75)

    def ensure(self, hgt):
        if self.y + hgt > self.h - self.m:
            self.new()

    def segs(self, s):
        out, pos = [], 0
        for m in HW.finditer(s):
            if m.start() > pos:
                out.append((s[pos:m.start()], False))
            out.append((m.group(1), True))
            pos = m.end()
        if pos < len(s):
            out.append((s[pos:], False))
        return out

    def layout(self, s, width, indent=0):
        """Return list of lines, each a list of (char, hw)."""
        lines, cur, x = [], [], indent
        for txt, hw in self.segs(s):
            font = self.fk if hw else self.f
            for ch in txt:
                cw = font.getlength(ch)
                if x + cw > width and cur:
                    lines.append(cur)
                    cur, x = [], 0
                cur.append((ch, hw))
                x += cw
        lines.append(cur)
        return lines

    def draw_line(self, line, x, y):
        for ch, hw in line:
            if hw:
                jy = self.rnd.randint(-3, 3)
                self.d.text((x, y + jy - 2), ch, font=self.fk, fill=self.hw_color)
                x += self.fk.getlength(ch) + self.rnd.randint(-1, 2)
            else:
                self.d.text((x, y), ch, font=self.f, fill=(25, 25, 25))
                x += self.f.getlength(ch)
        return x

    def width_of(self, line):
        return sum((self.fk if hw else self.f).getlength(ch) for ch, hw in line)

    def para(self, s, align="l", indent=0):
        W = self.w - 2 * self.m
        for i, line in enumerate(self.layout(s, W, indent)):
            self.ensure(self.lh())
            if align == "c":
                x = self.m + (W - self.width_of(line)) / 2
            elif align == "r":
                x = self.w - self.m - self.width_of(line) - self.size * 2
                self.last_r = (x, self.y, self.width_of(line))
            else:
                x = self.m + (indent if i == 0 else 0)
            self.draw_line(line, x, self.y)
            self.y += self.lh()

    def title(self, s, small=False):
        f = self.fs if small else self.fb
        self.ensure(self.lh() * 2)
        self.y += 6
        self.d.text((self.w / 2, self.y), plain(s), font=f, fill=(10, 10, 10), anchor="ma")
        self.y += int(f.size * 1.6)

    def table(self, rows, widths):
        W = self.w - 2 * self.m
        tot = sum(widths)
        cols = [W * c / tot for c in widths]
        pad = 8
        for row in rows:
            cells = list(row) + [""] * (len(cols) - len(row))
            # merge: if fewer cells, last spans
            if len(row) < len(cols):
                cw = cols[:len(row) - 1] + [sum(cols[len(row) - 1:])]
                cells = list(row)
            else:
                cw = cols
            lay = [self.layout(c, w - 2 * pad) for c, w in zip(cells, cw)]
            hgt = max(len(l) for l in lay) * self.lh() + 2 * pad - 8
            self.ensure(hgt)
            x = self.m
            for lines, w in zip(lay, cw):
                self.d.rectangle([x, self.y, x + w, self.y + hgt], outline=(30, 30, 30), width=2)
                yy = self.y + pad
                for ln in lines:
                    self.draw_line(ln, x + pad, yy)
                    yy += self.lh()
                x += w
            self.y += hgt

    def seal(self, name, inner=""):
        if self.last_r is None:
            x, y = self.w - self.m - 300, self.y - 120
        else:
            x = self.last_r[0] + self.last_r[2] / 2 - 105
            y = self.last_r[1] - 150
        s = seal_image(name, 210, inner=inner, seed=self.rnd.randint(0, 999))
        s = s.rotate(self.rnd.uniform(-12, 12), resample=Image.BICUBIC, expand=False)
        self.seals.append((self.img, int(x), int(y), s))

    def render(self, docs):
        self.doc_pages = []
        for di, doc in enumerate(docs):
            if di and not doc.get("continue"):
                self.new()
            self.doc_pages.append([doc.get("title", ""), len(self.pages) - 1])
            for el in doc["body"]:
                k = el[0]
                if k == "h":
                    self.title(el[1])
                elif k == "c":
                    self.title(el[1], small=True)
                elif k == "p":
                    self.para(el[1], indent=self.size * 2)
                elif k == "l":
                    self.para(el[1])
                elif k == "r":
                    self.para(el[1], align="r")
                elif k == "blank":
                    self.y += self.lh() // 2
                elif k == "t":
                    self.table(el[1], el[2] if len(el) > 2 else [1] * len(el[1][0]))
                elif k == "seal":
                    self.seal(el[1], el[3] if len(el) > 3 else "")
                elif k == "br":
                    self.new()
        for img, x, y, s in self.seals:
            # multiply-like blend: paste red where alpha
            img.paste(s.convert("RGB"), (x, y), s)
        if self.footer:
            for i, p in enumerate(self.pages):
                txt = self.footer(i)
                if txt:
                    ImageDraw.Draw(p).text((self.w - self.m, self.h - self.m / 2), txt, font=self.fs,
                                           fill=(40, 40, 40), anchor="rm")
        return self.pages


def scan_effect(img, seed, grey=True, angle=None):
    rnd = random.Random(seed)
    im = img.convert("L") if grey else img
    a = angle if angle is not None else rnd.uniform(-1.4, 1.4)
    im = im.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=255 if grey else (250, 250, 248))
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    px = im.load()
    w, h = im.size
    for _ in range(w * h // 3000):
        x, y = rnd.randrange(w), rnd.randrange(h)
        v = rnd.randrange(90, 200)
        px[x, y] = v if grey else (v, v, v)
    # dark scanner edge
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w, 6], fill=120 if grey else (120, 120, 120))
    if not grey:
        im = Image.blend(im, Image.new("RGB", im.size, (246, 240, 226)), 0.12)
    return im


def photo_effect(img, seed, out_w=960, out_h=1280):
    """Phone photo of a page lying on a desk: perspective, shading, colour cast."""
    rnd = random.Random(seed)
    page = img.convert("RGB")
    W, H = out_w, out_h
    bg = Image.new("RGB", (W, H), (rnd.randint(90, 130), rnd.randint(70, 100), rnd.randint(50, 80)))
    # wood-ish stripes
    d = ImageDraw.Draw(bg)
    for y in range(0, H, 7):
        c = rnd.randint(-12, 12)
        base = bg.getpixel((0, 0))
        d.line([(0, y), (W, y + rnd.randint(-20, 20))], fill=tuple(max(0, min(255, v + c)) for v in base), width=4)
    pw, ph = int(W * 0.86), int(W * 0.86 * page.height / page.width)
    if ph > H * 0.95:
        ph = int(H * 0.95)
        pw = int(ph * page.width / page.height)
    page = page.resize((pw, ph), Image.LANCZOS)
    ox, oy = (W - pw) // 2 + rnd.randint(-15, 15), (H - ph) // 2 + rnd.randint(-10, 10)
    canvas = bg.copy()
    shadow = Image.new("L", (W, H), 0)
    ImageDraw.Draw(shadow).rectangle([ox + 8, oy + 10, ox + pw + 8, oy + ph + 10], fill=120)
    shadow = shadow.filter(ImageFilter.GaussianBlur(10))
    canvas.paste((30, 25, 20), (0, 0), shadow)
    canvas.paste(page, (ox, oy))
    # perspective: map output quad to input rectangle
    j = lambda: rnd.uniform(-0.035, 0.035) * W
    src = [(0 + j(), 0 + j()), (W + j(), 0 + j()), (W + j(), H + j()), (0 + j(), H + j())]
    coeffs = _persp_coeffs([(0, 0), (W, 0), (W, H), (0, H)], src)
    canvas = canvas.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    # lighting gradient
    grad = Image.linear_gradient("L").resize((W, H)).rotate(rnd.choice([0, 90, 180, 270]))
    dark = Image.new("RGB", (W, H), (40, 35, 30))
    canvas = Image.composite(dark, canvas, grad.point(lambda v: int(v * 0.22)))
    warm = Image.new("RGB", (W, H), (255, 236, 200))
    canvas = Image.blend(canvas, warm, 0.08)
    return canvas.filter(ImageFilter.GaussianBlur(0.5))


def _persp_coeffs(pa, pb):
    import numpy as np
    m = []
    for (x, y), (u, v) in zip(pa, pb):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=float)
    B = np.array([c for p in pb for c in p], dtype=float)
    return list(np.linalg.solve(A, B))


def jpeg_bytes(im, q):
    b = io.BytesIO()
    im.save(b, "JPEG", quality=q, optimize=True)
    return b.getvalue()


def images_to_pdf(jpgs, path, sizes):
    """Image-only PDF: each JPEG fills one A4 page; no text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    for data in jpgs:
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()


# ---------------------------------------------------------------- text-layer PDF
def _xml(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_pdf(docs, path, font="WQY", header=None, page_fmt="第 {n} 页", numbered=None, toc_hook=None,
               size=10.5, seal_names=None, total=0, align="right", footer_left=None):
    """Text-layer PDF. `numbered(doc)` says whether a doc's pages get page numbers.
    Returns list of (title, first_no, last_no, first_phys, last_phys) for numbered docs."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Paragraph,
                                    Spacer, Table, TableStyle)
    from reportlab.platypus import Image as RLImage

    if font == "WQY":
        pdfmetrics.registerFont(TTFont("WQY", FONT_SANS, subfontIndex=0))
    elif font == "UMING":
        pdfmetrics.registerFont(TTFont("UMING", FONT_MING, subfontIndex=0))
    else:
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    pdfmetrics.registerFont(TTFont("KAI", FONT_KAI))
    numbered = numbered or (lambda d: True)

    st = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.75, wordWrap="CJK",
                        firstLineIndent=size * 2)
    stl = ParagraphStyle("l", parent=st, firstLineIndent=0)
    str_ = ParagraphStyle("r", parent=stl, alignment=TA_RIGHT, rightIndent=size * 3)
    sth = ParagraphStyle("h", parent=stl, fontSize=size * 1.7, leading=size * 2.6, alignment=TA_CENTER)
    stc = ParagraphStyle("c", parent=stl, alignment=TA_CENTER)
    stt = ParagraphStyle("t", parent=stl, fontSize=size * 0.95, leading=size * 1.5)

    def hx(s):
        s = _xml(s)
        return HW.sub(lambda m: f'<font name="KAI" color="#1b2a7a" size="{size*1.1:.1f}">{m.group(1)}</font>', s)

    state = {"numbered": True, "n": 0, "records": []}

    class Mark(Flowable):
        def __init__(self, title, num):
            super().__init__()
            self.title, self.num = title, num

        def wrap(self, *a):
            return (0, 0)

        def draw(self):
            state["numbered"] = self.num
            state["records"].append([self.title, self.canv.getPageNumber(), self.num])

    class Seal(Flowable):
        def __init__(self, name, seed):
            super().__init__()
            self.name, self.seed = name, seed

        def wrap(self, *a):
            return (0, 0)

        def draw(self):
            img = seal_image(self.name, 260, seed=self.seed)
            b = io.BytesIO()
            img.save(b, "PNG")
            b.seek(0)
            from reportlab.lib.utils import ImageReader
            self.canv.drawImage(ImageReader(b), 290, -70, 40 * mm, 40 * mm, mask="auto")

    def on_end(canv, d):
        if header:
            canv.setFont(font, 8)
            canv.setFillColor(colors.grey)
            canv.drawString(20 * mm, A4[1] - 12 * mm, header)
            canv.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        if state["numbered"]:
            state["n"] += 1
            canv.setFont(font, 9)
            canv.setFillColor(colors.black)
            txt = page_fmt.format(n=state["n"], total=total)
            if align == "center":
                canv.drawCentredString(A4[0] / 2, 12 * mm, txt)
            else:
                canv.drawRightString(A4[0] - 20 * mm, 12 * mm, txt)
        if footer_left:
            canv.setFont(font, 7.5)
            canv.setFillColor(colors.grey)
            canv.drawString(20 * mm, 7 * mm, footer_left)
        state.setdefault("phys2no", {})[canv.getPageNumber()] = state["n"] if state["numbered"] else None

    docT = BaseDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                           bottomMargin=22 * mm, invariant=1, title="", author="", creator="", producer="")
    frame = Frame(docT.leftMargin, docT.bottomMargin, docT.width, docT.height, id="f")
    docT.addPageTemplates([PageTemplate(id="p", frames=[frame], onPageEnd=on_end)])
    story = []
    seed = 0
    for i, doc in enumerate(docs):
        if i:
            story.append(PageBreak())
        story.append(Mark(doc.get("title", ""), numbered(doc)))
        for el in doc["body"]:
            k = el[0]
            if k == "h":
                story.append(Paragraph(hx(el[1]), sth))
            elif k == "c":
                story.append(Paragraph(hx(el[1]), stc))
            elif k == "p":
                story.append(Paragraph(hx(el[1]), st))
            elif k == "l":
                story.append(Paragraph(hx(el[1]), stl))
            elif k == "r":
                story.append(Paragraph(hx(el[1]), str_))
            elif k == "blank":
                story.append(Spacer(1, size))
            elif k == "br":
                story.append(PageBreak())
            elif k == "seal":
                seed += 1
                story.append(Seal(el[1], seed))
            elif k == "t":
                rows = el[1]
                ncol = max(len(r) for r in rows)
                widths = el[2] if len(el) > 2 else [1] * ncol
                tot = sum(widths)
                cw = [docT.width * w / tot for w in widths]
                data, spans = [], []
                for ri, r in enumerate(rows):
                    cells = [Paragraph(hx(c), stt) for c in r] + [""] * (ncol - len(r))
                    if len(r) < ncol:
                        spans.append(("SPAN", (len(r) - 1, ri), (ncol - 1, ri)))
                    data.append(cells)
                t = Table(data, colWidths=cw)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                       ("VALIGN", (0, 0), (-1, -1), "MIDDLE")] + spans))
                story.append(t)
    docT.build(story)
    # records: title, physical first page, numbered flag -> compute ranges
    recs = state["records"]
    p2n = state["phys2no"]
    total = max(p2n)
    out = []
    for j, (title, phys, num) in enumerate(recs):
        last = (recs[j + 1][1] - 1) if j + 1 < len(recs) else total
        out.append((title, p2n.get(phys), p2n.get(last), phys, last))
    return out


# ---------------------------------------------------------------- DOCX
def render_docx(docs, path, seal_png=None, header_fn=None, textbox_marks=True):
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Cm, Pt, RGBColor

    d = Document()
    normal = d.styles["Normal"]
    normal.font.name = "仿宋_GB2312"
    normal.font.size = Pt(12)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    d.core_properties.author = ""
    d.core_properties.last_modified_by = ""
    import datetime as _dt
    d.core_properties.created = _dt.datetime(2022, 1, 1)
    d.core_properties.modified = _dt.datetime(2022, 1, 1)

    def runs(p, s, bold=False, size=None):
        pos = 0
        for m in list(HW.finditer(s)) + [None]:
            end = m.start() if m else len(s)
            if end > pos:
                r = p.add_run(s[pos:end])
                r.bold = bold
                if size:
                    r.font.size = Pt(size)
            if m:
                r = p.add_run(m.group(1))
                r.font.name = "楷体"
                r._element.rPr.rFonts.set(qn("w:eastAsia"), "楷体")
                r.font.color.rgb = RGBColor(0x1B, 0x2A, 0x7A)
                pos = m.end()

    for i, doc in enumerate(docs):
        if i:
            sec = d.add_section(WD_SECTION.NEW_PAGE)
        else:
            sec = d.sections[0]
        sec.left_margin = sec.right_margin = Cm(2.6)
        if header_fn:
            sec.header.is_linked_to_previous = False
            hp = sec.header.paragraphs[0]
            hp.text = header_fn(i, doc)
            hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for el in doc["body"]:
            k = el[0]
            if k in ("h", "c", "p", "l", "r"):
                p = d.add_paragraph()
                if k == "h":
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    runs(p, el[1], bold=True, size=18)
                elif k == "c":
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    runs(p, el[1])
                elif k == "r":
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    runs(p, el[1])
                else:
                    if k == "p":
                        p.paragraph_format.first_line_indent = Pt(24)
                    runs(p, el[1])
            elif k == "blank":
                d.add_paragraph()
            elif k == "br":
                d.add_page_break()
            elif k == "seal":
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if seal_png:
                    p.add_run().add_picture(io.BytesIO(seal_png), width=Cm(3.6))
                mark = el[2] if len(el) > 2 else "（印章）"
                if textbox_marks:
                    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml">'
                           '<w:pict><v:shape id="tb" type="#_x0000_t202" style="position:absolute;'
                           'margin-left:300pt;margin-top:-60pt;width:90pt;height:24pt;z-index:2" '
                           'stroked="f" filled="f"><v:textbox><w:txbxContent><w:p><w:r><w:t>'
                           f'{mark}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
                    p._p.append(parse_xml(xml))
                else:
                    p.add_run(mark)
            elif k == "t":
                rows = el[1]
                ncol = max(len(r) for r in rows)
                t = d.add_table(rows=len(rows), cols=ncol)
                t.style = "Table Grid"
                for ri, r in enumerate(rows):
                    for ci, c in enumerate(r):
                        cell = t.cell(ri, ci)
                        if ci == len(r) - 1 and len(r) < ncol:
                            cell = cell.merge(t.cell(ri, ncol - 1))
                        runs(cell.paragraphs[0], c)
    d.save(path)
    _fix_zip(path)


def _fix_zip(path, when=(2022, 1, 1, 0, 0, 0)):
    """Rewrite a DOCX with fixed member timestamps so builds are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

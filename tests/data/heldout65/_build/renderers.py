# -*- coding: utf-8 -*-
"""Format writers: ruled-table PDF, running-header PDF, DOCX, scanned PDF, JPG folder, text."""
import io
import os

from common import paginate, render_page_image, degrade

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle,
                                Spacer, KeepInFrame, PageBreak, Flowable)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
_WQY = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
pdfmetrics.registerFont(TTFont("WQY", _WQY, subfontIndex=0))


class Seal(Flowable):
    def __init__(self, name, grey=False):
        super().__init__()
        self.name = name
        self.grey = grey
        self.width, self.height = 0, 2

    def draw(self):
        c = self.canv
        col = colors.grey if self.grey else colors.Color(0.85, 0.1, 0.12)
        c.saveState()
        c.setStrokeColor(col)
        c.setFillColor(col)
        c.setLineWidth(2.2)
        x, y, r = 120 * mm, 6 * mm, 19 * mm
        c.circle(x, y, r, stroke=1, fill=0)
        c.setFont("STSong-Light", 16)
        c.drawCentredString(x, y - 4, "★")
        c.setFont("STSong-Light", 6.5)
        c.drawCentredString(x, y - 12 * mm, self.name[:16])
        c.restoreState()


def _styles(font, size=10.5):
    return {
        "title": ParagraphStyle("t", fontName=font, fontSize=16, leading=22, alignment=1, spaceAfter=6),
        "no": ParagraphStyle("n", fontName=font, fontSize=10.5, leading=15, alignment=1, spaceAfter=4),
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.6, firstLineIndent=2 * size,
                            wordWrap="CJK"),
        "cell": ParagraphStyle("c", fontName=font, fontSize=size - 0.5, leading=(size - 0.5) * 1.45, wordWrap="CJK"),
        "sig": ParagraphStyle("s", fontName=font, fontSize=size, leading=size * 1.6, alignment=2),
    }


def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def flowables(blocks, st, grey=False, qa_columns=False, label_w=32 * mm, width=170 * mm):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(Paragraph(_esc(b[1]), st["title"]))
        elif k == "no":
            out.append(Paragraph(_esc(b[1]), st["no"]))
        elif k == "p":
            out.append(Paragraph(_esc(b[1]), st["p"]))
        elif k == "kv":
            data = [[Paragraph(_esc(l), st["cell"]), Paragraph(_esc(v), st["cell"])] for l, v in b[1]]
            t = Table(data, colWidths=[label_w, width - label_w])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.95, 0.95, 0.95))]))
            out.append(t)
            out.append(Spacer(1, 4))
        elif k == "table":
            head, rows = b[1], b[2]
            allr = ([head] if head else []) + rows
            n = len(allr[0])
            data = [[Paragraph(_esc(c), st["cell"]) for c in r] for r in allr]
            t = Table(data, colWidths=[width / n] * n)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            out.append(t)
            out.append(Spacer(1, 4))
        elif k == "qa":
            if qa_columns:
                data = [[Paragraph("问", st["cell"]), Paragraph("答", st["cell"])]]
                data += [[Paragraph(_esc(q), st["cell"]), Paragraph(_esc(a), st["cell"])] for q, a in b[1]]
                t = Table(data, colWidths=[width * 0.42, width * 0.58])
                t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                                       ("LINEAFTER", (0, 0), (0, -1), 0.4, colors.grey),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                out.append(t)
            else:
                for q, a in b[1]:
                    out.append(Paragraph(_esc("问：" + q), st["p"]))
                    out.append(Paragraph(_esc("答：" + a), st["p"]))
        elif k == "sig":
            out.append(Paragraph(_esc(b[1]), st["sig"]))
        elif k == "seal":
            out.append(Seal(b[1], grey))
        elif k == "photo":
            t = Table([[Paragraph("［现场照片］", st["cell"])], [Paragraph(_esc(b[1]), st["cell"])]],
                      colWidths=[width], rowHeights=[45 * mm, None])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                                   ("BACKGROUND", (0, 0), (0, 0), colors.Color(0.8, 0.82, 0.8)),
                                   ("LINEBELOW", (0, 0), (0, 0), 0.6, colors.black)]))
            out.append(t)
            out.append(Spacer(1, 4))
        elif k == "sp":
            out.append(Spacer(1, 10))
    return out


def write_pdf(path, docs, font="STSong-Light", header=None, footer_left=None, qa_columns=False,
              footer_fmt="第{n}页", page_list=None, start_no=None):
    """Text-layer PDF. page_list: [(doc_index, page_index, number)], default paginate(docs)."""
    pages = page_list or paginate(docs)[0]
    st = _styles(font)
    nums = [n for _, _, n in pages]
    top = 28 * mm if header else 20 * mm

    def on_page(c, d):
        i = c.getPageNumber() - 1
        c.saveState()
        c.setFont(font, 8.5)
        if header:
            c.drawString(20 * mm, A4[1] - 13 * mm, header)
            c.line(20 * mm, A4[1] - 15 * mm, A4[0] - 20 * mm, A4[1] - 15 * mm)
        if footer_left:
            c.line(20 * mm, 16 * mm, A4[0] - 20 * mm, 16 * mm)
            c.drawString(20 * mm, 11 * mm, footer_left)
        if i < len(nums) and nums[i] is not None:
            c.setFont(font, 9.5)
            c.drawRightString(A4[0] - 20 * mm, 11 * mm, footer_fmt.format(n=nums[i]))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=top,
                          bottomMargin=22 * mm, title="", author="", creator="", producer="")
    frame = Frame(20 * mm, 22 * mm, A4[0] - 40 * mm, A4[1] - top - 22 * mm, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])
    story = []
    for j, (di, pi, n) in enumerate(pages):
        fl = flowables(docs[di]["pages"][pi], st, qa_columns=qa_columns)
        story.append(KeepInFrame(A4[0] - 40 * mm, A4[1] - top - 24 * mm, fl, mode="shrink"))
        if j < len(pages) - 1:
            story.append(PageBreak())
    doc.build(story)


def write_docx(path, docs, page_list=None, footer_fmt="— 第{n}页 —", font="宋体"):
    from docx import Document
    from docx.shared import Pt, RGBColor, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    pages = page_list or paginate(docs)[0]
    d = Document()
    d.core_properties.author = ""
    d.core_properties.comments = ""
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.top_margin = sec.bottom_margin = Mm(18)
    stl = d.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(10.5)
    stl.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    stl.paragraph_format.space_after = Pt(2)

    def para(text, align=None, bold=False, size=None, color=None, indent=False):
        p = d.add_paragraph()
        r = p.add_run(("　　" if indent else "") + text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return p

    for j, (di, pi, n) in enumerate(pages):
        for b in docs[di]["pages"][pi]:
            k = b[0]
            if k == "title":
                para(b[1], "c", True, 16)
            elif k == "no":
                para(b[1], "c")
            elif k == "p":
                para(b[1], indent=True)
            elif k == "kv":
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for l, v in b[1]:
                    cells = t.add_row().cells
                    cells[0].text, cells[1].text = l, v
                    cells[0].width, cells[1].width = Mm(35), Mm(135)
            elif k == "table":
                head, rows = b[1], b[2]
                allr = ([head] if head else []) + rows
                t = d.add_table(rows=0, cols=len(allr[0]))
                t.style = "Table Grid"
                for r in allr:
                    cells = t.add_row().cells
                    for c, v in zip(cells, r):
                        c.text = v
            elif k == "qa":
                for q, a in b[1]:
                    para("问：" + q)
                    para("答：" + a)
            elif k == "sig":
                para(b[1], "r")
            elif k == "seal":
                para(f"（印章：{b[1]}）", "r", color=(200, 20, 30))
            elif k == "photo":
                t = d.add_table(rows=2, cols=1)
                t.style = "Table Grid"
                t.cell(0, 0).text = "［照片粘贴处］"
                t.cell(1, 0).text = b[1]
            elif k == "sp":
                para("")
        if n is not None:
            para(footer_fmt.format(n=n), "c", size=9)
        if j < len(pages) - 1:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.save(path)


def write_scan_pdf(path, docs, dpi=200, seed=1, hand_names=(), quality=32):
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    pages = paginate(docs)[0]
    c = canvas.Canvas(path, pagesize=A4, pageCompression=1)
    c.setAuthor("")
    c.setTitle("")
    c.setProducer("")
    c.setCreator("")
    for j, (di, pi, n) in enumerate(pages):
        img = render_page_image(docs[di]["pages"][pi], n, dpi, colour=False, hand_names=hand_names, seed=seed + j)
        ang = [0.6, -0.4, 0.9, -0.7, 0.3, -0.9, 0.5][j % 7]
        img = degrade(img, ang, grey=True, seed=seed + j, sigma=1.5)
        bio = io.BytesIO()
        img.save(bio, "JPEG", quality=quality, dpi=(dpi, dpi), optimize=True)
        bio.seek(0)
        c.drawImage(ImageReader(bio), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()


def write_jpg_folder(folder, docs, dpi=110, seed=7, hand_names=(), quality=55):
    os.makedirs(folder, exist_ok=True)
    pages = paginate(docs)[0]
    names = []
    for j, (di, pi, n) in enumerate(pages):
        img = render_page_image(docs[di]["pages"][pi], n, dpi, colour=True, hand_names=hand_names, seed=seed + j)
        ang = [1.2, -0.8, 1.6, -1.3, 0.7, -1.1][j % 6]
        img = degrade(img, ang, grey=False, seed=seed + j, persp=True, sigma=3)
        name = f"p{j + 1:02d}.jpg"
        img.save(os.path.join(folder, name), "JPEG", quality=quality, optimize=True)
        names.append(name)
    return names

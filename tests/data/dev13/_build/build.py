# -*- coding: utf-8 -*-
"""Generator for the dev13 corpus (writer 80). Run: python3 _build/build.py  (from the dev13 folder or anywhere)."""
import io
import json
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCRATCH = os.environ.get("DEV13_SCRATCH") or os.path.join(__import__("tempfile").gettempdir(), "dev13-work")
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

import lib
import case_a, case_b, case_c, case_d, case_e, case_f, case_g, case_h

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
FONT = "STSong-Light"
PW, PH = A4
random.seed(80)
np.random.seed(80)

NOTO = lib.cjk_font_path()
NOTO_IDX = lib.cjk_font_index(NOTO)
SERIF = lib.serif_font_path()


def pil_font(size, serif=False):
    if serif and SERIF:
        try:
            return ImageFont.truetype(SERIF, size, index=lib.cjk_font_index(SERIF, "Noto Serif CJK SC"))
        except OSError:
            pass
    return ImageFont.truetype(NOTO, size, index=NOTO_IDX)


SIG_RE = re.compile(r"\[\[SIG:([^\]]+)\]\]")


def plain(line):
    """Text form of a content line (signatures as names)."""
    return SIG_RE.sub(lambda m: m.group(1) + " ", line)


def is_heading(line, i):
    return i < 4 and line and len(line) <= 26 and "：" not in line and not line.startswith("[[")


# ============================================================== pagination for PDFs
def paginate(lines, width, per_page):
    """lines with [[PB]] -> list of pages, each a list of (text, kind). kind: h (heading), t (text), seal, blank."""
    pages, cur = [], []
    for i, ln in enumerate(lines):
        if ln == "[[PB]]":
            pages.append(cur)
            cur = []
            continue
        if ln == "[[SEAL]]":
            cur.append(("", "seal"))
            continue
        if is_heading(ln, i):
            chunks = [(ln, "h")]
        else:
            chunks = [(c, "t") for c in lib.wrap(ln, width)] if ln else [("", "blank")]
        for c in chunks:
            if len(cur) >= per_page:
                pages.append(cur)
                cur = []
            cur.append(c)
    pages.append(cur)
    return pages


def catalog_rows(docs, starts):
    rows = []
    for k, (d, (s, e)) in enumerate(zip(docs, starts)):
        rows.append((str(k + 1), d["title"], d.get("no", ""), lib.ar_date(d["date"]) if d.get("date") else "",
                     f"{s}" if s == e else f"{s}-{e}"))
    return rows


def beikao_lines(case, npages, nitems):
    return ["卷内备考表", "",
            f"本卷共{nitems}件，{npages}页（不含封面、卷内目录、备考表）。",
            "其中：文字材料全部为原件或经核对的复印件；照片、执法记录仪音像资料另存光盘1张。",
            "说明：无缺页、无涂改。",
            "立卷人：" + case["cover"].get("立卷人", "（签名）") + "　　检查人：（签名）",
            "立卷时间：" + case["cover"]["结案日期"]]


# ============================================================== seals / images
def red_seal(c, x, y, r=16 * mm, text=None, color=(0.85, 0.1, 0.1)):
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setLineWidth(2)
    c.circle(x, y, r, stroke=1, fill=0)
    c.setFont(FONT, 8)
    # star
    import math
    pts = []
    for k in range(10):
        ang = math.pi / 2 + k * math.pi / 5
        rr = r * 0.28 if k % 2 == 0 else r * 0.12
        pts.append((x + rr * math.cos(ang), y + rr * math.sin(ang)))
    p = c.beginPath()
    p.moveTo(*pts[0])
    for q in pts[1:]:
        p.lineTo(*q)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    if text:
        # text along the upper arc
        n = len(text)
        for k, ch in enumerate(text):
            ang = math.radians(210 - k * (240 / max(n - 1, 1)))
            tx = x + (r - 9) * math.cos(ang)
            ty = y + (r - 9) * math.sin(ang)
            c.saveState()
            c.translate(tx, ty)
            c.rotate(math.degrees(ang) - 90)
            c.drawCentredString(0, -3, ch)
            c.restoreState()
    c.restoreState()


def sig_image(name):
    f = pil_font(44, serif=True)
    w = int(f.getlength(name)) + 30
    img = Image.new("L", (w, 70), 255)
    dr = ImageDraw.Draw(img)
    dr.text((12, 4), name, font=f, fill=30)
    img = img.rotate(random.uniform(-6, 6), fillcolor=255, expand=False)
    img = img.transform(img.size, Image.AFFINE, (1, random.uniform(0.15, 0.35), -10, 0, 1, 0), fillcolor=255)
    return img


# ============================================================== PDF renderer
def render_pdf(case, path, style):
    docs = case["docs"]
    width = 84 if style != "titles" else 80
    per_page = 36
    layouts = []
    for d in docs:
        lines = list(d["lines"])
        if style == "titles":
            lines = [d["title_big"], AGN(case), ""] + lines
        layouts.append(paginate(lines, width, per_page))
    # page numbering: H numbers every physical page (cover = 1); B and F number documents only (start at 1)
    front = 2  # cover + 目录
    starts = []
    if style == "hf":
        p = front + 1
    else:
        p = 1
    for lay in layouts:
        starts.append((p, p + len(lay) - 1))
        p += len(lay)
    body_pages = sum(len(l) for l in layouts)
    has_beikao = style in ("hf", "mixed")
    total = front + body_pages + (1 if has_beikao else 0)
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(case["cover"]["案件名称"])
    c.setAuthor(case["agency"])
    c.setCreator("Microsoft® Word 2016" if style == "hf" else "WPS 文字")
    phys = [0]

    def header_footer(num_label):
        phys[0] += 1
        if style == "hf":
            c.setFont(FONT, 9)
            c.drawString(25 * mm, PH - 14 * mm, case["agency"] + "　行政处罚案卷")
            c.line(25 * mm, PH - 15.5 * mm, PW - 25 * mm, PH - 15.5 * mm)
            c.drawCentredString(PW / 2, 12 * mm, f"共{total}页　第{phys[0]}页")
        elif style == "titles" and num_label:
            c.setFont(FONT, 10)
            c.drawCentredString(PW / 2, 12 * mm, f"- {num_label} -")
        elif style == "mixed" and num_label:
            c.setFont(FONT, 10)
            c.drawRightString(PW - 20 * mm, 12 * mm, str(num_label))

    # cover
    cv = case["cover"]
    c.setFont(FONT, 22)
    c.drawCentredString(PW / 2, PH - 60 * mm, case["agency"])
    c.setFont(FONT, 26)
    c.drawCentredString(PW / 2, PH - 80 * mm, "行 政 处 罚 案 卷")
    c.setFont(FONT, 12)
    y = PH - 110 * mm
    for k in ["案件名称", "决定书文号", "当事人", "办案机构", "立案日期", "结案日期", "保管期限", "归档号"]:
        for seg in lib.wrap(f"{k}：{cv[k]}", 56):
            c.drawString(30 * mm, y, seg)
            y -= 9 * mm
    c.drawString(30 * mm, y, f"本卷共{len(docs)}件{body_pages}页")
    header_footer(None)
    c.showPage()
    # catalog
    c.setFont(FONT, 18)
    c.drawCentredString(PW / 2, PH - 30 * mm, "卷 内 目 录")
    c.setFont(FONT, 9.5)
    y = PH - 45 * mm
    xs = [22 * mm, 32 * mm, 110 * mm, 155 * mm, 182 * mm]
    for k, h in enumerate(["序号", "文件名称", "文号", "日期", "页号"]):
        c.drawString(xs[k], y, h)
    y -= 3 * mm
    c.line(20 * mm, y, PW - 15 * mm, y)
    y -= 6 * mm
    for row in catalog_rows(docs, starts):
        t = lib.wrap(row[1], 44)
        c.drawString(xs[0], y, row[0])
        for j, seg in enumerate(t):
            c.drawString(xs[1], y - j * 5 * mm, seg)
        c.drawString(xs[2], y, row[2])
        c.drawString(xs[3], y, row[3])
        c.drawString(xs[4], y, row[4])
        y -= (len(t) * 5 + 3) * mm
    header_footer(None)
    c.showPage()
    # documents
    for d, lay, (s, e) in zip(docs, layouts, starts):
        for pi, page in enumerate(lay):
            num = s + pi
            if d.get("scanned"):
                img = scan_page(d, page, num, case)
                c.drawImage(img, 0, 0, PW, PH)
                phys[0] += 1
                c.showPage()
                continue
            y = PH - 28 * mm
            seal_here = []
            for li, (txt, kind) in enumerate(page):
                if kind == "h":
                    big = style == "titles" and pi == 0 and li == 0
                    c.setFont(FONT, 24 if big else (16 if li <= 1 else 12))
                    c.drawCentredString(PW / 2, y, txt)
                    y -= (14 if big else 9) * mm
                    continue
                if kind == "blank":
                    y -= 5 * mm
                    continue
                if kind == "seal":
                    seal_here.append((PW - 60 * mm, y + 12 * mm, False))
                    continue
                c.setFont(FONT, 10.5)
                x = 25 * mm
                parts = SIG_RE.split(txt)
                if style == "titles" and len(parts) > 1:
                    for k, part in enumerate(parts):
                        if k % 2 == 0:
                            c.drawString(x, y, part)
                            x += pdfmetrics.stringWidth(part, FONT, 10.5)
                        else:
                            im = sig_image(part)
                            wpt = im.size[0] * 0.28
                            c.drawImage(ImageReader(im), x, y - 4, wpt, 70 * 0.28, mask=None)
                            x += wpt + 4
                else:
                    c.drawString(x, y, plain(txt))
                if "（印章）" in txt:
                    seal_here.append((25 * mm + pdfmetrics.stringWidth(txt.split("（印章）")[0], FONT, 10.5) / 2 + 10,
                                      y + 2, True))
                y -= 6.4 * mm
            for sx, sy, named in seal_here:
                red_seal(c, sx, sy, text=case["agency"] if named else case["agency"])
            header_footer(num)
            c.showPage()
    if has_beikao:
        c.setFont(FONT, 16)
        bl = beikao_lines(case, body_pages, len(docs))
        c.drawCentredString(PW / 2, PH - 30 * mm, bl[0])
        c.setFont(FONT, 11)
        y = PH - 45 * mm
        for ln in bl[2:]:
            c.drawString(25 * mm, y, ln)
            y -= 8 * mm
        header_footer(None)
        c.showPage()
    c.save()
    return dict(starts=starts, total=total, body_pages=body_pages)


def AGN(case):
    return case["agency"]


# ============================================================== scans (PIL)
def text_page_image(lines, dpi=150, seal=False, num=None, grey_seal=True, photos=True):
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    fz = int(dpi * 0.145)
    f = pil_font(fz)
    fh = pil_font(int(fz * 1.5))
    x0, y = int(dpi * 0.95), int(dpi * 1.0)
    maxw = W - 2 * x0
    for i, ln in enumerate(lines):
        if ln == "[[SEAL]]":
            seal = True
            continue
        if ln.startswith("[[PHOTO:"):
            cap = ln[8:-2]
            dr.rectangle([x0, y, x0 + maxw, y + int(dpi * 2.2)], outline=90, width=3, fill=205)
            for k in range(40):
                xx = x0 + random.randint(10, maxw - 10)
                yy = y + random.randint(10, int(dpi * 2.2) - 10)
                dr.ellipse([xx, yy, xx + 14, yy + 9], fill=random.randint(120, 180))
            dr.text((x0 + 20, y + int(dpi * 1.9)), "【照片】" + cap, font=f, fill=40)
            y += int(dpi * 2.4)
            continue
        if ln.startswith("[[BOX:"):
            cap = ln[6:-2]
            segs = []
            cur = ""
            for ch in cap:
                if f.getlength(cur + ch) > maxw - 40:
                    segs.append(cur)
                    cur = ""
                cur += ch
            segs.append(cur)
            hgt = int(len(segs) * fz * 1.5 + 30)
            dr.rectangle([x0, y, x0 + maxw, y + hgt], outline=80, width=2, fill=236)
            for k, s in enumerate(segs):
                dr.text((x0 + 20, y + 15 + k * fz * 1.5), s, font=f, fill=45)
            y += hgt + 18
            continue
        if is_heading(ln, i):
            ff = fh if i <= 1 else f
            tw = ff.getlength(ln)
            dr.text(((W - tw) / 2, y), ln, font=ff, fill=25)
            y += int(ff.size * 1.7)
            continue
        if not ln:
            y += fz
            continue
        cur = ""
        for ch in ln:
            if f.getlength(cur + ch) > maxw:
                dr.text((x0, y), cur, font=f, fill=30)
                y += int(fz * 1.55)
                cur = ""
            cur += ch
        dr.text((x0, y), cur, font=f, fill=30)
        if "（印章）" in ln:
            seal = True
        y += int(fz * 1.55)
    if seal:
        cx, cy, r = W - int(dpi * 2.2), y - int(dpi * 0.4), int(dpi * 0.62)
        dr.ellipse([cx - r, cy - r, cx + r, cy + r], outline=110, width=5)
        dr.regular_polygon((cx, cy, int(r * 0.25)), 5, fill=110)
    if num is not None:
        dr.text((W - int(dpi * 0.9), H - int(dpi * 0.7)), str(num), font=pil_font(int(fz * 1.2), serif=True), fill=40)
    return img


def degrade(img, dpi=150, noise=0):
    img = img.rotate(random.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=235)
    a = np.asarray(img).astype(np.int16)
    if noise:
        a = a + np.random.normal(0, noise, a.shape).astype(np.int16)
    mask = np.random.random(a.shape) < 0.0008
    a[mask] = 60
    a = np.clip(a, 0, 255).astype(np.uint8)
    img = Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(0.45))
    return img


def scan_page(d, page, num, case):
    lines = []
    for txt, kind in page:
        if kind == "seal":
            lines.append("[[SEAL]]")
        else:
            lines.append(plain(txt))
    img = degrade(text_page_image(lines, 150, num=num), noise=3)
    os.makedirs(SCRATCH, exist_ok=True)
    p = os.path.join(SCRATCH, f"{case['case_id']}_{num}.jpg")
    img.save(p, "JPEG", quality=50, dpi=(150, 150))
    return p


# ============================================================== DOCX renderers
def docx_new():
    from docx import Document
    from docx.shared import Pt
    from docx.oxml.ns import qn
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for s in doc.sections:
        s.top_margin = s.bottom_margin = Pt(72)
        s.left_margin = s.right_margin = Pt(80)
    return doc


def docx_add_lines(doc, lines, tabs=False, page_no_start=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm
    pn = page_no_start

    def stamp():
        if pn is not None:
            p = doc.add_paragraph(str(pn))
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for i, ln in enumerate(lines):
        if ln == "[[PB]]":
            stamp()
            pn = pn + 1 if pn is not None else None
            doc.add_page_break()
            continue
        if ln == "[[SEAL]]":
            continue
        p = doc.add_paragraph()
        if is_heading(ln, i):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(ln)
            r.bold = True
            r.font.size = Pt(18 if i <= 1 else 12)
            continue
        if tabs and "\t" in ln:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(4.2))
            p.paragraph_format.tab_stops.add_tab_stop(Cm(11.5))
        elif not tabs and "：" not in ln[:12]:
            p.paragraph_format.first_line_indent = Pt(21)
        if "（印章）" in ln:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run(plain(ln))
    stamp()
    return pn


def render_docx_folder(case, folder):
    os.makedirs(folder, exist_ok=True)
    docs = case["docs"]
    counts = [1 + d["lines"].count("[[PB]]") for d in docs]
    starts, p = [], 1
    for n in counts:
        starts.append((p, p + n - 1))
        p += n
    body = p - 1
    cv = case["cover"]
    d0 = docx_new()
    docx_add_lines(d0, ["", case["agency"], "行政处罚案卷", ""] +
                   [f"{k}：{cv[k]}" for k in ["案件名称", "决定书文号", "当事人", "办案机构", "立案日期", "结案日期", "保管期限", "归档号"]] +
                   [f"本卷共{len(docs)}件{body}页"])
    d0.save(os.path.join(folder, "00封面.docx"))
    d1 = docx_new()
    docx_add_lines(d1, ["卷内目录", ""])
    t = d1.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for k, h in enumerate(["序号", "文件名称", "文号", "日期", "页号"]):
        t.rows[0].cells[k].text = h
    for row in catalog_rows(docs, starts):
        cells = t.add_row().cells
        for k, v in enumerate(row):
            cells[k].text = v
    d1.save(os.path.join(folder, "01卷内目录.docx"))
    for d, (s, e) in zip(docs, starts):
        dd = docx_new()
        docx_add_lines(dd, d["lines"], page_no_start=s)
        dd.save(os.path.join(folder, d["file"] + ".docx"))
    db = docx_new()
    docx_add_lines(db, beikao_lines(case, body, len(docs)))
    db.save(os.path.join(folder, f"{len(docs) + 2:02d}备考表.docx"))
    return dict(starts=starts, body_pages=body)


def add_page_field(paragraph):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def render_docx_tabs(case, path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    docs = case["docs"]
    counts = [1 + d["lines"].count("[[PB]]") for d in docs]
    starts, p = [], 3  # cover = 1, catalog = 2
    for n in counts:
        starts.append((p, p + n - 1))
        p += n
    body = sum(counts)
    doc = docx_new()
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("第 ")
    add_page_field(fp)
    fp.add_run(" 页")
    cv = case["cover"]
    docx_add_lines(doc, ["", case["agency"], "行政执法案卷", ""] +
                   [f"{k}：\t{cv[k]}" for k in ["案件名称", "决定书文号", "当事人", "办案机构", "立案日期", "结案日期", "保管期限", "归档号"]] +
                   [f"卷内文件：\t共{len(docs)}件{body}页（第3页至第{2 + body}页）"], tabs=True)
    doc.add_page_break()
    rows = catalog_rows(docs, starts)
    docx_add_lines(doc, ["卷内文件目录", "", "序号\t文件名称\t页号"] + [f"{r[0]}．{r[1]}\t{r[2] or '—'}\t{r[4]}" for r in rows], tabs=True)
    for d in docs:
        doc.add_page_break()
        docx_add_lines(doc, d["lines"], tabs=True)
    doc.add_page_break()
    docx_add_lines(doc, beikao_lines(case, body, len(docs)), tabs=True)
    doc.save(path)
    return dict(starts=starts, body_pages=body, total=body + 3)


# ============================================================== TXT renderers
def render_txt_ascii(case, path):
    docs = case["docs"]
    pages_per = [1 + d["lines"].count("[[PB]]") for d in docs]
    starts, p = [], 1
    for n in pages_per:
        starts.append((p, p + n - 1))
        p += n
    body = p - 1
    cv = case["cover"]
    out = []
    out += ["", " " * 24 + case["agency"], " " * 26 + "行 政 处 罚 案 卷", ""]
    out += lib.ascii_table([[k, cv[k]] for k in ["案件名称", "决定书文号", "当事人", "办案机构", "立案日期", "结案日期", "保管期限", "归档号"]]
                           + [["卷内文件", f"共{len(docs)}件{body}页"]], [14, 60])
    out += ["", "=" * 78, "", " " * 32 + "卷 内 目 录", ""]
    out += lib.ascii_table([["序号", "文件名称", "文号", "页号"]] +
                           [[r[0], r[1], r[2] or "", r[4]] for r in catalog_rows(docs, starts)], [4, 40, 22, 6])
    out += ["", "=" * 78, ""]
    pn = 1
    for d in docs:
        for i, ln in enumerate(d["lines"]):
            if ln == "[[PB]]":
                out += ["", " " * 60 + f"【第{pn}页】", "=" * 78, ""]
                pn += 1
                continue
            if is_heading(ln, i):
                out.append(" " * max(0, (78 - lib.cwidth(ln)) // 2) + ln)
            else:
                out.append(ln)
        out += ["", " " * 60 + f"【第{pn}页】", "=" * 78, ""]
        pn += 1
    out += [" " * 32 + "卷 内 备 考 表", ""] + lib.ascii_table([[x] for x in beikao_lines(case, body, len(docs))[2:]], [74])
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    return dict(starts=starts, body_pages=body)


def render_txt_gbk(case, path):
    docs = case["docs"]
    pages_per = [1 + d["lines"].count("[[PB]]") for d in docs]
    starts, p = [], 1
    for n in pages_per:
        starts.append((p, p + n - 1))
        p += n
    body = p - 1
    listed = list(starts)
    bad_from = None
    if case.get("arch_defect_from"):
        # plant ARCH-01: the catalogue under-counts the 询问笔录 by one page and shifts what follows
        bad_from = [d["title"] for d in docs].index(case["arch_defect_from"])
        listed = starts[:bad_from] + [(starts[bad_from][0], starts[bad_from][1] - 1)] + \
            [(s - 1, e - 1) for s, e in starts[bad_from + 1:]]
    cv = case["cover"]
    out = ["", case["agency"], "", "行政处罚案卷", ""]
    out += [f"{k}：{cv[k]}" for k in ["案件名称", "决定书文号", "当事人", "办案机构", "立案日期", "结案日期", "保管期限", "归档号"]]
    out += [f"本卷共{len(docs)}件{listed[-1][1]}页", "", "=====", "", "卷内目录", "", "序号　文件名称　文号　日期　页号"]
    for r in catalog_rows(docs, listed):
        out.append("　".join(x for x in r if x))
    out += ["", "=====", ""]
    pn = 1
    for d in docs:
        for i, ln in enumerate(d["lines"]):
            if ln == "[[PB]]":
                out += ["", " " * 36 + f"- {pn} -", ""]
                pn += 1
                continue
            out.append(ln)
        out += ["", " " * 36 + f"- {pn} -", "", "", "=====", ""]
        pn += 1
    out += beikao_lines(case, body, len(docs))
    text = "\r\n".join(out) + "\r\n"
    with open(path, "wb") as fh:
        fh.write(text.encode("gbk"))
    return dict(starts=starts, listed=listed, body_pages=body, bad_from=bad_from)


# ============================================================== PNG folder
def render_png_folder(case, folder):
    os.makedirs(folder, exist_ok=True)
    for k, pg in enumerate(case["pages"]):
        img = text_page_image(pg["lines"], 150, seal=pg.get("seal", False), num=pg.get("num"))
        img = degrade(img)
        img = ImageOps.posterize(img, 3)
        img.save(os.path.join(folder, f"p{k + 1:02d}.png"), optimize=True, dpi=(150, 150))
    return dict(pages=len(case["pages"]))


# ============================================================== main
def main():
    cases = [m.build() for m in (case_a, case_b, case_c, case_d, case_e, case_f, case_g, case_h)]
    facts = {}
    labels = []
    for cs in cases:
        cid = cs["case_id"]
        fmt = cs["fmt"]
        for d in cs.get("docs", []):
            d.setdefault("title_big", d["title"])
        for ext in ("", ".pdf", ".txt", ".docx"):
            p = os.path.join(OUT, cid + ext)
            if os.path.isdir(p):
                shutil.rmtree(p)
            elif os.path.exists(p):
                os.remove(p)
        if fmt == "docx_folder":
            info = render_docx_folder(cs, os.path.join(OUT, cid))
        elif fmt == "pdf_hf":
            info = render_pdf(cs, os.path.join(OUT, cid + ".pdf"), "hf")
        elif fmt == "pdf_mixed":
            info = render_pdf(cs, os.path.join(OUT, cid + ".pdf"), "mixed")
        elif fmt == "pdf_titles":
            info = render_pdf(cs, os.path.join(OUT, cid + ".pdf"), "titles")
        elif fmt == "txt_ascii":
            info = render_txt_ascii(cs, os.path.join(OUT, cid + ".txt"))
        elif fmt == "txt_gbk":
            info = render_txt_gbk(cs, os.path.join(OUT, cid + ".txt"))
        elif fmt == "docx_tabs":
            info = render_docx_tabs(cs, os.path.join(OUT, cid + ".docx"))
        elif fmt == "png_folder":
            info = render_png_folder(cs, os.path.join(OUT, cid))
        lab = cs["label"]
        notes = lab.get("notes")
        if cid.startswith("dev13_d"):
            k = info["bad_from"]
            docs = cs["docs"]
            s_act, s_lst = info["starts"], info["listed"]
            rng = lambda t: f"{t[0]}-{t[1]}" if t[0] != t[1] else f"{t[0]}"
            notes = ("LAW-02: the 决定书 cites the penalty basis as 《中华人民共和国统计法》第四十一条 without 款/项; Art 41 (2009 text) has three 款 "
                     "(警告 for 国家机关/企业事业单位 in 款1 with five 项, fines for 企业事业单位 in 款2, 个体工商户 in 款3) and the facts fall under "
                     "款1 项（二） + 款2. ARCH-01: the 卷内目录 lists 询问笔录 at pages "
                     f"{rng(s_lst[k])} but it occupies pages {rng(s_act[k])} (page marks '- n -'); every later entry is one page low "
                     f"(e.g. 行政处罚决定书 listed {rng(s_lst[[d['title'] for d in docs].index('行政处罚决定书')])}, actual "
                     f"{rng(s_act[[d['title'] for d in docs].index('行政处罚决定书')])}), and the cover's page total ({s_lst[-1][1]}) is one short "
                     f"of the {info['body_pages']} numbered pages. DOC-04: the 询问笔录's last page (page {s_act[k][1]}) has an empty "
                     "'被询问人签名：' and '日期：' under '以上笔录我已看过' and no note of refusal. Not defects: 2015 remedy clause (60 days, 6 months, "
                     "西青区人民政府 or 天津市统计局) and 1996/2009 numbering of 行政处罚法 (第三十一、三十二、四十二、五十一条) are correct for 2015; "
                     f"decision served {lib.workdays_after(lib.D(lab['fields']['dates']['decision']), lib.D(lab['fields']['dates']['decision_served']))} "
                     "working days after it; the fine 30,000 is inside 款2's 五万元以下. File is GBK with CRLF line ends.")
        labels.append(dict(case_id=cid, codes=lab["codes"], encoding=lab["encoding"], notes=notes, fields=lab["fields"]))
        facts[cid] = dict(fmt=fmt, checks=lab.get("checks", {}), info={k: v for k, v in info.items()})
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "facts.json"), "w", encoding="utf-8") as fh:
        json.dump(facts, fh, ensure_ascii=False, indent=1, default=str)
    print("built", len(cases), "cases")


if __name__ == "__main__":
    main()

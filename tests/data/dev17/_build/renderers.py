# -*- coding: utf-8 -*-
"""One renderer per output format. Each takes the case dict built in cases.py."""
import io
import math
import os
import random

from common import (rl_font, rl_wrap, rl_seal, wrap, doc_lines, doc_to_klines, paginate_lines,
                    render_page_image, pil_font, pil_wrap, pil_seal)

MM = 72 / 25.4


# =========================================================== (1) ruled-table PDF
def _table_layout(doc, font, size, wl, wv, wfull):
    """Rows -> list of (kind, label_lines, value_lines, height)."""
    rows = []
    lh = size * 1.45
    for it in doc["rows"]:
        if it[0] == "kv":
            ll = rl_wrap(it[1], font, size, wl - 6)
            vl = rl_wrap(it[2], font, size, wv - 6) if it[2] else [""]
            rows.append(("kv", ll, vl, max(len(ll), len(vl)) * lh + 8))
        else:
            vl = rl_wrap(it[1], font, size, wfull - 6)
            rows.append((it[0], None, vl, len(vl) * lh + 8))
    return rows


def _table_pages(doc, font, size, wl, wv, wfull, avail_first, avail):
    rows = _table_layout(doc, font, size, wl, wv, wfull)
    pages, cur, used, lim = [], [], 0, avail_first
    for r in rows:
        if used + r[3] > lim and cur:
            pages.append(cur)
            cur, used, lim = [], 0, avail
        cur.append(r)
        used += r[3]
    pages.append(cur)
    return pages


def render_table_pdf(case, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    font = rl_font()
    W, H = A4
    x0, wl = 22 * MM, 34 * MM
    wfull = W - 44 * MM
    wv = wfull - wl
    size = 10
    top = H - 24 * MM
    bottom = 22 * MM
    docs = case["docs"]
    # pass 1: pages per document (cover and 目录 carry no page number)
    for _ in range(4):  # iterate: filling the 目录 may change its own length
        plan = [_table_pages(doc, font, size, wl, wv, wfull, top - bottom - 30, top - bottom) for doc in docs]
        num = 0
        ranges = []
        for doc, pages in zip(docs, plan):
            if doc.get("unnumbered"):
                ranges.append(None)
                continue
            ranges.append((num + 1, num + len(pages)))
            num += len(pages)
        case["fill_toc"](ranges)  # lets the case write page ranges into its 卷内目录
    plan = [_table_pages(doc, font, size, wl, wv, wfull, top - bottom - 30, top - bottom) for doc in docs]
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(case["title"])
    c.setAuthor(case["agency"])
    lh = size * 1.45
    for doc, pages, rg in zip(docs, plan, ranges):
        for pi, rows in enumerate(pages):
            y = top
            if pi == 0:
                c.setFont(font, 16)
                c.drawCentredString(W / 2, y - 6, doc["t"])
                y -= 30
            # grid
            ys = [y]
            for r in rows:
                ys.append(ys[-1] - r[3])
            c.setLineWidth(0.6)
            c.rect(x0, ys[-1], wfull, ys[0] - ys[-1])
            for i, r in enumerate(rows):
                c.line(x0, ys[i + 1], x0 + wfull, ys[i + 1])
                if r[0] == "kv":
                    c.line(x0 + wl, ys[i], x0 + wl, ys[i + 1])
            # column 1: every label cell, top to bottom
            c.setFont(font, size)
            for i, r in enumerate(rows):
                if r[0] == "kv":
                    t = c.beginText(x0 + 3, ys[i] - size - 3)
                    t.setFont(font, size)
                    t.setLeading(lh)
                    for ln in r[1]:
                        t.textLine(ln)
                    c.drawText(t)
            # column 2: every value cell
            for i, r in enumerate(rows):
                if r[0] == "kv":
                    t = c.beginText(x0 + wl + 3, ys[i] - size - 3)
                    t.setFont(font, size)
                    t.setLeading(lh)
                    for ln in r[2]:
                        t.textLine(ln)
                    c.drawText(t)
            # full-width cells last
            for i, r in enumerate(rows):
                if r[0] in ("p", "c"):
                    t = c.beginText(x0 + 3, ys[i] - size - 3)
                    t.setFont(font, size)
                    t.setLeading(lh)
                    for ln in r[2]:
                        t.textLine(ln)
                    c.drawText(t)
            if doc.get("seal") and pi == len(pages) - 1:
                sy = max(ys[-1] + 30 * MM, bottom + 25 * MM)
                sy = min(sy, ys[-1] + 36 * MM) if ys[-1] > bottom + 40 * MM else bottom + 22 * MM
                rl_seal(c, W - 55 * MM, ys[-1] + 20 * MM if ys[-1] < H / 2 else ys[-1] - 25 * MM, 19 * MM,
                        case["agency"])
            if rg:
                c.setFont(font, 9)
                c.drawRightString(W - 20 * MM, 12 * MM, str(rg[0] + pi))
            c.showPage()
    c.save()


# =========================================================== flowing-text PDF pages (formats 5 and 8)
def _flow_pages(doc, font, size, width, avail):
    lh = size * 1.6
    lines = [("title", doc["t"])]
    for it in doc["rows"]:
        txt = f"{it[1]}：{it[2]}" if it[0] == "kv" else it[1]
        kind = "c" if it[0] == "c" else "p"
        for ln in rl_wrap(txt, font, size, width):
            lines.append((kind, ln))
    pages, cur, used = [], [], 0
    for kind, ln in lines:
        h = 34 if kind == "title" else lh
        if used + h > avail and cur:
            pages.append(cur)
            cur, used = [], 0
        cur.append((kind, ln))
        used += h
    pages.append(cur)
    return pages


def _draw_flow_page(c, lines, font, size, W, H, footer, seal_name=None):
    y = H - 25 * MM
    lh = size * 1.6
    for kind, ln in lines:
        if kind == "title":
            c.setFont(font, 17)
            c.drawCentredString(W / 2, y - 8, ln)
            y -= 34
        elif kind == "c":
            c.setFont(font, size)
            c.drawCentredString(W / 2, y - size, ln)
            y -= lh
        else:
            c.setFont(font, size)
            c.drawString(25 * MM, y - size, ln)
            y -= lh
    if seal_name:
        rl_seal(c, W - 60 * MM, max(y + 12 * MM, 40 * MM), 19 * MM, seal_name)
    if footer:
        c.setFont(font, 9)
        c.drawCentredString(W / 2, 12 * MM, footer)


def flow_plan(docs, size=10.5):
    from reportlab.lib.pagesizes import A4
    font = rl_font()
    W, H = A4
    return [_flow_pages(d, font, size, W - 50 * MM, H - 50 * MM) for d in docs]


def render_folder_pdfs(case, folder):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    font = rl_font()
    W, H = A4
    docs = case["docs"]
    for _ in range(4):
        plan = flow_plan(docs)
        ranges, num = [], 0
        for d, p in zip(docs, plan):
            if d.get("unnumbered"):
                ranges.append(None)
                continue
            ranges.append((num + 1, num + len(p)))
            num += len(p)
        case["fill_toc"](ranges)
    plan = flow_plan(docs)
    os.makedirs(folder, exist_ok=True)
    for i, (d, p, rg) in enumerate(zip(docs, plan, ranges)):
        fn = os.path.join(folder, f"{i + 1:02d}-{d['file']}.pdf")
        c = canvas.Canvas(fn, pagesize=A4)
        c.setTitle(d["t"])
        for pi, lines in enumerate(p):
            last = pi == len(p) - 1
            _draw_flow_page(c, lines, font, 10.5, W, H, f"第{rg[0] + pi}页" if rg else None,
                            case["agency"] if d.get("seal") and last else None)
            c.showPage()
        c.save()


def render_2up_pdf(case, path, tmp):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    from pypdf import PdfReader, PdfWriter, PageObject, Transformation
    font = rl_font()
    W, H = A4
    docs = case["docs"]
    for _ in range(4):
        plan = flow_plan(docs)
        ranges, num = [], 0
        for d, p in zip(docs, plan):
            if d.get("unnumbered"):
                ranges.append(None)
                continue
            ranges.append((num + 1, num + len(p)))
            num += len(p)
        case["fill_toc"](ranges)
    plan = flow_plan(docs)
    single = os.path.join(tmp, "2up-single.pdf")
    c = canvas.Canvas(single, pagesize=A4)
    for d, p, rg in zip(docs, plan, ranges):
        for pi, lines in enumerate(p):
            last = pi == len(p) - 1
            _draw_flow_page(c, lines, font, 10.5, W, H, f"— {rg[0] + pi} —" if rg else None,
                            case["agency"] if d.get("seal") and last else None)
            c.showPage()
    c.save()
    rd = PdfReader(single)
    out = PdfWriter()
    LW, LH = landscape(A4)
    scale = (LW / 2) / W
    for i in range(0, len(rd.pages), 2):
        sheet = PageObject.create_blank_page(width=LW, height=LH)
        for k in range(2):
            if i + k < len(rd.pages):
                pg = rd.pages[i + k]
                tf = Transformation().scale(scale, scale).translate(k * LW / 2, (LH - H * scale) / 2)
                sheet.merge_transformed_page(pg, tf)
        out.add_page(sheet)
    out.add_metadata({"/Title": case["title"], "/Author": case["agency"]})
    with open(path, "wb") as fh:
        out.write(fh)


# =========================================================== (2) DOCX with content controls
def render_docx(case, path):
    import docx
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    hp = sec.header.paragraphs[0]
    hp.text = case["agency"] + "　行政执法文书"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # page number field in footer
    r = fp.add_run("第 ")
    for code in ("PAGE",):
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), code)
        rr = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        rr.append(t)
        fld.append(rr)
        fp._p.append(fld)
    fp.add_run(" 页")
    counter = [0]

    def add_sdt(par, label, value):
        counter[0] += 1
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        al = OxmlElement("w:alias")
        al.set(qn("w:val"), label)
        tg = OxmlElement("w:tag")
        tg.set(qn("w:val"), f"f{counter[0]:03d}")
        idn = OxmlElement("w:id")
        idn.set(qn("w:val"), str(100000 + counter[0]))
        txt = OxmlElement("w:text")
        pr.extend([al, tg, idn, txt])
        ct = OxmlElement("w:sdtContent")
        rr = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        u = OxmlElement("w:u")
        u.set(qn("w:val"), "single")
        rpr.append(u)
        rr.append(rpr)
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = value
        rr.append(t)
        ct.append(rr)
        sdt.extend([pr, ct])
        par._p.append(sdt)

    first = True
    for doc in case["docs"]:
        if not first:
            d.add_page_break()
        first = False
        tp = d.add_paragraph()
        tp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        tr = tp.add_run(doc["t"])
        tr.bold = True
        tr.font.size = Pt(18)
        for it in doc["rows"]:
            if it[0] == "kv":
                p = d.add_paragraph()
                p.add_run(it[1] + "：")
                add_sdt(p, it[1], it[2])
            elif it[0] == "c":
                p = d.add_paragraph(it[1])
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                p = d.add_paragraph(it[1])
                p.paragraph_format.first_line_indent = Pt(21)
    d.core_properties.title = case["title"]
    d.core_properties.author = case["agency"]
    d.save(path)


# =========================================================== (3) GBK paged text
def render_gbk_paged(case, path, lines_per_page=30, width=80):
    docs = case["docs"]

    def build(docs):
        out = []  # list of (doc_index, line)
        for i, d in enumerate(docs):
            out.append((i, "　" * 10 + d["t"]))
            out.append((i, ""))
            for it in d["rows"]:
                txt = f"{it[1]}：{it[2]}" if it[0] == "kv" else it[1]
                if it[0] == "c":
                    out.append((i, "　" * 8 + txt))
                else:
                    for ln in wrap(txt, width):
                        out.append((i, ln))
            out.append((i, ""))
        return out

    def paginate(flat):
        pages, cur = [], []
        for item in flat:
            cur.append(item)
            if len(cur) == lines_per_page:
                pages.append(cur)
                cur = []
        if cur:
            pages.append(cur)
        return pages

    for _ in range(4):
        flat = build(docs)
        pages = paginate(flat)
        ranges = []
        for i in range(len(docs)):
            pp = [n + 1 for n, pg in enumerate(pages) if any(di == i for di, _ in pg)]
            ranges.append((pp[0], pp[-1]))
        case["fill_toc"](ranges)
    flat = build(docs)
    pages = paginate(flat)
    total = len(pages)
    text = []
    for n, pg in enumerate(pages, 1):
        for _, ln in pg:
            text.append(ln)
        for _ in range(lines_per_page - len(pg)):
            text.append("")
        text.append(" " * 30 + f"第 {n} 页 共 {total} 页")
    data = "\r\n".join(text) + "\r\n"
    with open(path, "wb") as fh:
        fh.write(data.encode("gbk"))
    return total


# =========================================================== (7) UTF-8 text, documents packed on pages
def render_utf8_packed(case, path, lines_per_page=58):
    blocks = []
    for d in case["docs"]:
        b = [d["t"]]
        for it in d["rows"]:
            b.append(f"{it[1]}：{it[2]}" if it[0] == "kv" else it[1])
        blocks.append(b)
    # pack blocks onto pages; a block that does not fit continues on the next page
    pages, cur = [], []
    for b in blocks:
        if cur:
            cur.append("")
        for ln in b:
            cur.append(ln)
            if len(cur) >= lines_per_page:
                pages.append(cur)
                cur = []
    if cur:
        pages.append(cur)
    out = []
    for n, pg in enumerate(pages, 1):
        out.extend(pg)
        out.append("")
        out.append(f"- {n} -")
        if n < len(pages):
            out.append("\f")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    return len(pages)


# =========================================================== (4) scanned 1-bit PDF
def render_scan_pdf(case, path, dpi=300, seed=4):
    from PIL import Image, ImageFilter
    rng = random.Random(seed)
    images = []
    seal_name = case["agency"]
    pageno = 0
    all_pages = []
    for _ in range(4):
        ranges, num = [], 0
        for d in case["docs"]:
            n = len(paginate_lines(doc_to_klines(d), dpi))
            if d.get("unnumbered"):
                ranges.append(None)
                continue
            ranges.append((num + 1, num + n))
            num += n
        case["fill_toc"](ranges)
    for d in case["docs"]:
        chunks = paginate_lines(doc_to_klines(d), dpi)
        for k, ch in enumerate(chunks):
            all_pages.append((d, k == len(chunks) - 1, ch))
    for idx, (d, last, ch) in enumerate(all_pages):
        footer = None
        if not d.get("unnumbered"):
            pageno += 1
            footer = f"{pageno}"
        img = render_page_image(ch, dpi, footer=footer, color=False,
                                seal=(seal_name, None) if (d.get("seal") and last) else None)
        g = img.convert("L")
        if idx in case.get("rotate_pages", ()):
            ang = case["rotate_pages"][idx]
            g = g.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        # scanner noise: sparse specks and slight blur before thresholding
        px = g.load()
        W, H = g.size
        for _ in range(1800):
            x, y = rng.randrange(W), rng.randrange(H)
            px[x, y] = rng.choice((0, 60, 120))
        g = g.filter(ImageFilter.GaussianBlur(0.6))
        bw = g.point(lambda v: 255 if v > 150 else 0, mode="1")
        images.append(bw)
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return pageno


# =========================================================== (6) desk photos (JPG)
def render_photos(case, folder, seed=6):
    from PIL import Image, ImageDraw, ImageFilter
    import numpy as np
    rng = random.Random(seed)
    os.makedirs(folder, exist_ok=True)
    for i, d in enumerate(case["docs"]):
        size = d.get("paper", (210, 297))
        page = render_page_image(doc_to_klines(d), 150, color=True, size_mm=size,
                                 seal=(d.get("seal_name", case["agency"]), int(d.get("seal_y", 0) * 150 / 25.4))
                                 if d.get("seal") else None)
        if d.get("handwriting"):
            dr = ImageDraw.Draw(page)
            f = pil_font(42, "/usr/share/fonts/truetype/arphic/ukai.ttc", 0)
            for (x, y, txt) in d["handwriting"]:
                dr.text((int(x * 150 / 25.4), int(y * 150 / 25.4)), txt, font=f, fill=(30, 40, 120))
        OW, OH = 2000, 1500
        # desk background: wood-like stripes + noise
        base = np.zeros((OH, OW, 3), dtype=np.float32)
        yy = np.arange(OH)[:, None]
        xx = np.arange(OW)[None, :]
        stripes = 18 * np.sin(xx / 37.0 + 3 * np.sin(yy / 140.0)) + 10 * np.sin(xx / 9.0)
        base[..., 0] = 150 + stripes
        base[..., 1] = 105 + stripes * 0.8
        base[..., 2] = 70 + stripes * 0.5
        base += np.random.default_rng(seed + i).normal(0, 6, base.shape)
        desk = Image.fromarray(np.clip(base, 0, 255).astype("uint8"), "RGB")
        # target quad for the page (slight perspective)
        pw, ph = page.size
        scale = (OH * 0.9) / ph if ph > pw else (OW * 0.8) / pw
        tw, th = pw * scale, ph * scale
        cx, cy = OW / 2 + rng.uniform(-40, 40), OH / 2 + rng.uniform(-15, 15)
        j = lambda: rng.uniform(-36, 36)
        quad = [(cx - tw / 2 + j() + 25, cy - th / 2 + j()), (cx + tw / 2 + j() - 25, cy - th / 2 + j()),
                (cx + tw / 2 + j(), cy + th / 2 + j()), (cx - tw / 2 + j(), cy + th / 2 + j())]
        # shadow
        sh = Image.new("L", (OW, OH), 0)
        ImageDraw.Draw(sh).polygon([(x + 14, y + 16) for x, y in quad], fill=110)
        sh = sh.filter(ImageFilter.GaussianBlur(14))
        desk = Image.composite(Image.new("RGB", (OW, OH), (40, 28, 20)), desk, sh)
        coeffs = _persp_coeffs(quad, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
        warped = page.transform((OW, OH), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
        mask = Image.new("L", (OW, OH), 0)
        ImageDraw.Draw(mask).polygon(quad, fill=255)
        desk.paste(warped, (0, 0), mask)
        # uneven lighting
        arr = np.asarray(desk).astype(np.float32)
        light = 0.88 + 0.16 * (xx / OW) - 0.06 * (yy / OH)
        arr = np.clip(arr * light[..., None], 0, 255).astype("uint8")
        Image.fromarray(arr).save(os.path.join(folder, f"{i + 1:02d}-{d['file']}.jpg"), quality=68,
                                  optimize=True)


def _persp_coeffs(dst, src):
    import numpy as np
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B.extend([u, v])
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()

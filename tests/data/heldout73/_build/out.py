"""Writers for each output format."""
import io
import os
import random

from lib import (Layout, rl_setup, paint_pdf, paint_image, pil_measure_factory, plain, doc_text)


def layout_docs(docs, measure, **kw):
    lay = Layout(measure, **kw)
    out = []
    for title, lines in docs:
        out.append((title, lay.run(lines)))
    return lay, out


def page_ranges(laid, start=1):
    res, p = [], start
    for title, pages in laid:
        res.append((title, p, p + len(pages) - 1))
        p += len(pages)
    return res


def text_pdf(path, front, docs, back, header=None, pnum_fmt="{n}", seed=0):
    """front/back: unnumbered docs (cover, 目录, 备考表); docs: numbered documents."""
    from reportlab.pdfgen import canvas as cv
    rl = rl_setup()
    m = rl["measure"]
    lay, laid = layout_docs(docs, m)
    _, fr = layout_docs(front, m)
    _, bk = layout_docs(back, m)
    c = cv.Canvas(path, pagesize=(595, 842), invariant=1)
    c.setTitle("")
    seals = {}
    n = 0
    for group, numbered in ((fr, False), (laid, True), (bk, False)):
        for title, pages in group:
            for ops in pages:
                paint_pdf(c, ops, 842, seals)
                if header:
                    c.setFont("STSong-Light", 8)
                    c.setFillColorRGB(0.35, 0.35, 0.35)
                    c.drawString(62, 842 - 40, header)
                    c.line(62, 842 - 44, 533, 842 - 44)
                if numbered:
                    n += 1
                    c.setFont("STSong-Light", 9)
                    c.setFillColorRGB(0, 0, 0)
                    c.drawRightString(533, 40, pnum_fmt.format(n=n))
                c.showPage()
    c.save()
    return page_ranges(laid)


def ranges_for(docs):
    rl = rl_setup()
    _, laid = layout_docs(docs, rl["measure"])
    return page_ranges(laid)


def degrade(im, rnd, grey=True, skew=1.2, noise=10, shade=False):
    from PIL import Image, ImageFilter
    import numpy as np
    im = im.rotate(rnd.uniform(-skew, skew), resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 247))
    a = np.asarray(im).astype("float32")
    if shade:
        h, w = a.shape[:2]
        gy = np.linspace(rnd.uniform(0.78, 0.9), 1.0, h)[:, None]
        gx = np.linspace(1.0, rnd.uniform(0.85, 0.95), w)[None, :]
        a = a * (gy * gx)[..., None]
        a[..., 2] *= 0.93
    a += np.random.default_rng(rnd.randrange(10 ** 6)).normal(0, noise, a.shape)
    a = a.clip(0, 255).astype("uint8")
    im = Image.fromarray(a)
    if grey:
        im = im.convert("L")
    return im.filter(ImageFilter.GaussianBlur(0.5))


def raster_pages(front, docs, back, scale, seed, pnum=True):
    m = pil_measure_factory(scale)
    _, fr = layout_docs(front, m)
    _, laid = layout_docs(docs, m)
    _, bk = layout_docs(back, m)
    imgs, n = [], 0
    rnd = random.Random(seed)
    for group, numbered in ((fr, False), (laid, True), (bk, False)):
        for title, pages in group:
            for ops in pages:
                ops = list(ops)
                if numbered and pnum:
                    n += 1
                    ops.append(("t", 520, 808, str(n), 12, True, False))
                imgs.append((title, paint_image(ops, 595, 842, scale, seeds=rnd.randrange(10 ** 6))))
    return imgs, page_ranges(laid)


def scan_pdf(path, front, docs, back, seed=1, grey=True, q=55, scale=1.55):
    from reportlab.pdfgen import canvas as cv
    from reportlab.lib.utils import ImageReader
    rnd = random.Random(seed)
    imgs, ranges = raster_pages(front, docs, back, scale, seed)
    c = cv.Canvas(path, pagesize=(595, 842), invariant=1)
    for title, im in imgs:
        im = degrade(im, rnd, grey=grey, skew=1.4, noise=9)
        b = io.BytesIO()
        im.save(b, "JPEG", quality=q, optimize=True)
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, 595, 842)
        c.showPage()
    c.save()
    return ranges


def photos(folder, front, docs, back, seed=2, q=62, scale=1.5):
    from PIL import Image
    rnd = random.Random(seed)
    imgs, ranges = raster_pages(front, docs, back, scale, seed)
    os.makedirs(folder, exist_ok=True)
    names = []
    for i, (title, im) in enumerate(imgs, 1):
        im = degrade(im, rnd, grey=False, skew=3.5, noise=7, shade=True)
        # put on a desk background, slight perspective via affine + crop
        W, H = im.size
        bg = Image.new("RGB", (int(W * 1.08), int(H * 1.06)), (rnd.randrange(90, 130), rnd.randrange(75, 100), rnd.randrange(55, 80)))
        bg.paste(im, (int(W * 0.04) + rnd.randrange(-8, 8), int(H * 0.03) + rnd.randrange(-8, 8)))
        bg = bg.transform(bg.size, Image.AFFINE, (1, rnd.uniform(-0.02, 0.02), 0, rnd.uniform(-0.015, 0.015), 1, 0), resample=Image.BICUBIC)
        bg.thumbnail((1400, 1400))
        name = f"IMG_2022{rnd.randrange(1000, 9999)}_{i:02d}.jpg"
        name = f"IMG_{i:02d}_{rnd.randrange(100000, 999999)}.jpg"
        bg.save(os.path.join(folder, name), "JPEG", quality=q, optimize=True)
        names.append(name)
    return ranges, names


def write_docx(path, blocks, header_text=None, footer_text=None):
    """blocks: list of (title, lines) each in its own section."""
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor
    from docx.oxml.ns import qn
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(11)
    first = True
    for title, lines in blocks:
        if not first:
            doc.add_section(WD_SECTION.NEW_PAGE)
        first = False
        sec = doc.sections[-1]
        if header_text:
            sec.header.is_linked_to_previous = False
            sec.header.paragraphs[0].text = header_text + "  " + title
        if footer_text:
            sec.footer.paragraphs[0].text = footer_text
        table = None
        for ln in lines:
            if ln == "@PB":
                continue
            if ln.startswith("|"):
                cells = ln.split("|")[1:]
                if cells and cells[0].startswith("@w="):
                    cells = cells[1:]
                cells = [plain(c) for c in cells]
                if table is None or len(table.columns) != len(cells):
                    table = doc.add_table(rows=0, cols=len(cells))
                    table.style = "Table Grid"
                row = table.add_row().cells
                for c, t in zip(row, cells):
                    c.text = t
                continue
            table = None
            if ln.startswith("@SEAL"):
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                r = p.add_run("（印章）")
                r.font.color.rgb = RGBColor(0xC0, 0x10, 0x10)
                continue
            p = doc.add_paragraph()
            t = plain(ln)
            if ln.startswith("# "):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(t)
                r.bold = True
                r.font.size = Pt(16)
            elif ln.startswith("## "):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.add_run(t)
            elif ln.startswith("> "):
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.add_run(t)
            else:
                p.add_run(t)
    doc.core_properties.author = ""
    doc.core_properties.created = __import__("datetime").datetime(2020, 1, 1)
    doc.core_properties.modified = __import__("datetime").datetime(2020, 1, 1)
    doc.save(path)


def write_text(path, blocks, encoding, newline, sep):
    parts = []
    for title, lines in blocks:
        parts.append(doc_text(lines))
    txt = sep.join(parts) + "\n"
    with open(path, "wb") as f:
        f.write(txt.replace("\n", newline).encode(encoding))

"""Renderers: text, GB18030 text, folder, docx, ruled-table PDF, landscape two-column PDF, scanned PDF."""
import random
import subprocess
from common import flatten_txt, render_txt

# ---------- generic layout (shared by PDF and image renderers) ----------
def wrap(text, width, measure):
    out, cur = [], ""
    for ch in text:
        if measure(cur + ch) > width and cur:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return out


def is_heading(b, idx):
    return isinstance(b, str) and idx < 3 and 0 < len(b) <= 22 and "：" not in b and "〔" not in b


def layout(blocks, width, size, measure_for):
    """Return list of ops (kind, height, payload) for one logical page at font size `size`."""
    lead = size * 1.55
    ops = []
    m = measure_for(size)
    for i, b in enumerate(blocks):
        if isinstance(b, tuple):
            rows = b[1]
            ncol = max(len(r) for r in rows)
            rows = [r + [""] * (ncol - len(r)) for r in rows]
            lens = [max(1, min(28, max(len(r[c]) for r in rows))) for c in range(ncol)]
            lens = [max(l, 3) for l in lens]
            tot = sum(lens)
            widths = [width * l / tot for l in lens]
            trows = []
            for r in rows:
                cells = [wrap(r[c], widths[c] - size * 0.6, m) for c in range(ncol)]
                h = max(len(c) for c in cells) * lead + size * 0.5
                trows.append((cells, h))
            ops.append(("table", sum(h for _, h in trows), (widths, trows, size, lead)))
        elif is_heading(b, i):
            hs = size * 1.35
            ops.append(("head", hs * 1.7, (b, hs)))
        elif b == "":
            ops.append(("gap", lead * 0.5, None))
        else:
            for ln in wrap(b, width, m):
                ops.append(("line", lead, (ln, size)))
    return ops


def fit(blocks, width, height, measure_for, size=11.0, columns=1, min_size=6.0):
    while True:
        ops = layout(blocks, width, size, measure_for)
        cols, h, col = [[]], 0, 0
        ok = True
        for op in ops:
            if h + op[1] > height:
                if columns > 1 and col + 1 < columns and op[0] != "table" or (columns > 1 and col + 1 < columns):
                    cols.append([]); col += 1; h = 0
                else:
                    ok = False
                    break
            cols[-1].append(op)
            h += op[1]
        if ok or size <= min_size:
            return cols, size
        size -= 0.5


# ---------- text ----------
def write_txt(docs, path, encoding="utf-8"):
    path.write_bytes(render_txt(docs).encode(encoding))


def write_folder(docs, folder):
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    for i, d in enumerate(docs):
        name = f"{i:02d}_{d.title}.txt".replace("/", "／")
        path = folder / name
        path.write_text(render_txt([d]), encoding="utf-8")


# ---------- docx ----------
def write_docx(docs, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    D = Document()
    sec = D.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    st = D.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.paragraph_format.space_after = Pt(2)
    first = True
    for d in docs:
        for k, page in enumerate(d.pages):
            if not first:
                D.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            first = False
            for i, b in enumerate(page):
                if isinstance(b, tuple):
                    rows = b[1]
                    ncol = max(len(r) for r in rows)
                    t = D.add_table(rows=len(rows), cols=ncol)
                    t.style = "Table Grid"
                    for ri, r in enumerate(rows):
                        for ci in range(ncol):
                            t.cell(ri, ci).text = r[ci] if ci < len(r) else ""
                elif is_heading(b, i):
                    p = D.add_paragraph()
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    run = p.add_run(b)
                    run.bold = True
                    run.font.size = Pt(15)
                else:
                    D.add_paragraph(b)
            if d.numbered:
                p = D.add_paragraph(f"第{d.first + k}页")
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    D.core_properties.author = "writer 66"
    D.save(str(path))


# ---------- PDF (reportlab) ----------
def _rl():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return pdfmetrics


def _draw_ops(c, ops, x0, ytop, width, font):
    y = ytop
    for kind, h, p in ops:
        if kind == "line":
            ln, size = p
            c.setFont(font, size)
            c.drawString(x0, y - size, ln)
        elif kind == "head":
            ln, hs = p
            c.setFont(font, hs)
            c.drawCentredString(x0 + width / 2, y - hs * 1.2, ln)
        elif kind == "table":
            widths, trows, size, lead = p
            c.setLineWidth(0.6)
            yy = y
            c.line(x0, yy, x0 + sum(widths), yy)
            for cells, rh in trows:
                xx = x0
                for ci, cell in enumerate(cells):
                    c.setFont(font, size)
                    for li, ln in enumerate(cell):
                        c.drawString(xx + size * 0.3, yy - size * 0.25 - (li + 1) * lead + (lead - size) * 0.6, ln)
                    xx += widths[ci]
                yy -= rh
                c.line(x0, yy, x0 + sum(widths), yy)
            xx = x0
            for w in [0] + widths:
                xx += w
                c.line(xx, y, xx, yy)
        y -= h


def write_pdf(docs, path, landscape=False, title=""):
    pm = _rl()
    from reportlab.lib.pagesizes import A4, landscape as land
    from reportlab.pdfgen import canvas
    font = "STSong-Light"
    W, H = land(A4) if landscape else A4
    c = canvas.Canvas(str(path), pagesize=(W, H))
    c.setTitle(title)
    c.setAuthor("writer 66")
    mf = lambda s: (lambda t: pm.stringWidth(t, font, s))
    margin = 50
    for d in docs:
        for k, page in enumerate(d.pages):
            if landscape:
                gut = 36
                colw = (W - 2 * margin - gut) / 2
                cols, _ = fit(page, colw, H - 2 * margin - 20, mf, size=10.5, columns=2)
                for ci, ops in enumerate(cols):
                    _draw_ops(c, ops, margin + ci * (colw + gut), H - margin, colw, font)
                c.setLineWidth(0.4)
                c.line(W / 2, margin, W / 2, H - margin)
            else:
                cols, _ = fit(page, W - 2 * margin, H - 2 * margin - 20, mf, size=11)
                _draw_ops(c, cols[0], margin, H - margin, W - 2 * margin, font)
            if d.numbered:
                c.setFont(font, 10)
                c.drawRightString(W - margin, margin - 20, f"第{d.first + k}页")
            c.showPage()
    c.save()


# ---------- scanned PDF (Pillow) ----------
def find_cjk_font():
    try:
        out = subprocess.run(["fc-list", ":lang=zh", "file", "family"], capture_output=True, text=True).stdout
    except FileNotFoundError:
        return None
    cands = [l.split(":")[0] for l in out.splitlines() if l.strip()]
    pref = [p for p in cands if "Regular" in p] + cands
    return pref[0] if pref else None


def write_scan(docs, path, dpi=200, seed=66):
    from PIL import Image, ImageDraw, ImageFont
    fpath = find_cjk_font()
    if not fpath:
        return False
    idx = 0
    for i in range(10):  # pick the SC face of a .ttc
        try:
            f = ImageFont.truetype(fpath, 20, index=i)
        except OSError:
            break
        if "SC" in " ".join(f.getname()):
            idx = i
            break
    rnd = random.Random(seed)
    Wpx, Hpx = int(8.27 * dpi), int(11.69 * dpi)
    px = dpi / 72.0
    cache = {}

    def font(sz):
        key = round(sz * px)
        if key not in cache:
            cache[key] = ImageFont.truetype(fpath, key, index=idx)
        return cache[key]
    mf = lambda s: (lambda t: font(s).getlength(t) / px)
    margin = 54
    imgs = []
    for d in docs:
        for k, page in enumerate(d.pages):
            im = Image.new("L", (Wpx, Hpx), 255)
            dr = ImageDraw.Draw(im)
            cols, _ = fit(page, 595 - 2 * margin, 842 - 2 * margin - 20, mf, size=11)
            y = margin
            x0 = margin
            width = 595 - 2 * margin
            for kind, h, p in cols[0]:
                if kind == "line":
                    ln, s = p
                    dr.text((x0 * px, y * px), ln, font=font(s), fill=20)
                    if "（印章）" in ln:
                        tx = x0 + font(s).getlength(ln[: ln.index("（印章）")]) / px + 20
                        dr.ellipse(((tx - 18) * px, (y - 30) * px, (tx + 62) * px, (y + 50) * px), outline=70, width=5)
                        dr.text(((tx - 4) * px, (y + 2) * px), "★", font=font(s * 1.6), fill=70)
                elif kind == "head":
                    ln, hs = p
                    tw = font(hs).getlength(ln) / px
                    dr.text(((x0 + (width - tw) / 2) * px, (y + hs * 0.2) * px), ln, font=font(hs), fill=10)
                elif kind == "table":
                    widths, trows, s, lead = p
                    yy = y
                    dr.line((x0 * px, yy * px, (x0 + sum(widths)) * px, yy * px), fill=30, width=2)
                    for cells, rh in trows:
                        xx = x0
                        for ci, cell in enumerate(cells):
                            for li, ln in enumerate(cell):
                                dr.text(((xx + s * 0.3) * px, (yy + s * 0.3 + li * lead) * px), ln, font=font(s), fill=20)
                            xx += widths[ci]
                        yy += rh
                        dr.line((x0 * px, yy * px, (x0 + sum(widths)) * px, yy * px), fill=30, width=2)
                    xx = x0
                    for w in [0] + widths:
                        xx += w
                        dr.line((xx * px, y * px, xx * px, yy * px), fill=30, width=2)
                y += h
            if d.numbered:
                s = f"第{d.first + k}页"
                dr.text(((595 - margin) * px - font(10).getlength(s), (842 - margin + 6) * px), s, font=font(10), fill=20)
            im = im.rotate(rnd.uniform(-0.7, 0.7), resample=Image.BICUBIC, fillcolor=255, expand=False)
            # speckle noise and a faint scanner edge
            dr = ImageDraw.Draw(im)
            for _ in range(900):
                x, yv = rnd.randrange(Wpx), rnd.randrange(Hpx)
                dr.point((x, yv), fill=rnd.randrange(0, 120))
            dr.rectangle((0, 0, Wpx, 6), fill=90)
            bw = im.point(lambda v: 0 if v < 150 else 255, mode="1")
            imgs.append(bw)
    imgs[0].save(str(path), save_all=True, append_images=imgs[1:], resolution=dpi)
    return True

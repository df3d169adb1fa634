"""Shared helpers for the heldout45 builders (writer 47).

Markup used in the hand-written texts (one line each):
  ^text   centred line (titles)        >text   right-aligned line (文号, 落款, 日期)
  |a|b|   table row (cells)            ~       page break inside a document
Each case module defines DOCS = [(title_for_toc, text), ...] and calls build().
"""
import datetime as dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

UCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
UCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def ucc(base17):
    s = sum(UCC_CHARS.index(c) * w for c, w in zip(base17, UCC_W))
    return base17 + UCC_CHARS[(31 - s % 31) % 31]


def idno(base17):
    s = sum(int(c) * w for c, w in zip(base17, ID_W))
    return base17 + "10X98765432"[s % 11]


def is_wd(d):
    import chinese_calendar
    return chinese_calendar.is_workday(d)


def wd_between(a, b):
    """working days after a up to and including b"""
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        n += is_wd(d)
    return n


def wd_add(a, n):
    d = a
    while n:
        d += dt.timedelta(days=1)
        n -= is_wd(d)
    return d


# ---------------------------------------------------------------- pages
def split_pages(text, lines_per_page=40):
    pages, cur = [], []
    for ln in text.strip("\n").split("\n"):
        if ln.strip() == "~":
            pages.append(cur); cur = []; continue
        cur.append(ln)
        if len(cur) >= lines_per_page:
            pages.append(cur); cur = []
    if cur:
        pages.append(cur)
    return pages


def assemble(docs, toc_title, lpp=40, toc_override=None):
    """docs: [(title, text)]. Returns list of (doc_index, lines) pages, page 1..n.
    The 卷内目录 is page 1 and built from the real page ranges unless toc_override
    (a list of (title, range-string)) is given."""
    body = [(i, p) for i, (_, t) in enumerate(docs) for p in split_pages(t, lpp)]
    ranges, pg = [], 2
    for i, (title, t) in enumerate(docs):
        n = len(split_pages(t, lpp))
        ranges.append((title, f"{pg}-{pg + n - 1}" if n > 1 else f"{pg}"))
        pg += n
    if toc_override:
        ranges = toc_override(ranges)
    toc = ["^卷 内 目 录", "", f"案卷：{toc_title}", "|序号|文件名称|页号|"]
    toc += [f"|{k + 1}|{t}|{r}|" for k, (t, r) in enumerate(ranges)]
    toc += ["", f"本卷共{pg - 1}页（含目录1页）"]
    return [(-1, toc)] + body, ranges


def _dw(s):
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def box_table(rows):
    """rows of cells -> box-drawing text table (display-width aware)"""
    n = max(map(len, rows))
    rows = [r + [""] * (n - len(r)) for r in rows]
    w = [min(60, max(_dw(r[i]) for r in rows)) for i in range(n)]
    def line(l, m, r):
        return l + m.join("─" * ((x + 2) // 2 + 1) for x in w) + r
    out = [line("┌", "┬", "┐")]
    for k, r in enumerate(rows):
        out.append("│" + "│".join(" " + c + " " * max(0, w[i] - _dw(c) + 1) for i, c in enumerate(r)) + "│")
        if k < len(rows) - 1:
            out.append(line("├", "┼", "┤"))
    out.append(line("└", "┴", "┘"))
    return out


def plain_lines(lines, table="box", width=36):
    out, rows = [], []
    def flush():
        if rows:
            if table == "box":
                out.extend(box_table(rows))
            elif table == "tab":
                out.extend("\t".join(r) for r in rows)
            else:
                out.extend("：".join(r) if len(r) == 2 else "　".join(r) for r in rows)
            rows.clear()
    for ln in lines:
        if ln.startswith("|"):
            rows.append(ln.strip("|").split("|")); continue
        flush()
        if ln.startswith("^"):
            t = ln[1:]; out.append("　" * max(0, (width - len(t)) // 2) + t)
        elif ln.startswith(">"):
            t = ln[1:]; out.append("　" * max(0, width - len(t)) + t)
        else:
            out.append(ln)
    flush()
    return out


def footer(style, n, total):
    return {"gong": f"第{n}页 共{total}页", "dash": f"- {n} -", "slash": f"{n}/{total}", "none": ""}[style]


def write_txt(name, pages, enc="utf-8", table="box", foot="gong"):
    total = len(pages)
    chunks = []
    for n, (_, lines) in enumerate(pages, 1):
        body = plain_lines(lines, table)
        f = footer(foot, n, total)
        chunks.append("\n".join(body + ([""] + ["　" * 16 + f] if f else [])) + "\n")
    with open(os.path.join(OUT, name + ".txt"), "w", encoding=enc, newline="\n") as fh:
        fh.write("\f".join(chunks))


def write_folder(name, docs, pages, table="tab", foot="slash"):
    d = os.path.join(OUT, name)
    os.makedirs(d, exist_ok=True)
    total = len(pages)
    for k in range(-1, len(docs)):
        title = "卷内目录" if k < 0 else docs[k][0]
        chunks = []
        for n, (i, lines) in enumerate(pages, 1):
            if i == k:
                f = footer(foot, n, total)
                chunks.append("\n".join(plain_lines(lines, table) + ([f] if f else [])))
        with open(os.path.join(d, f"{k + 2:02d}_{title}.txt"), "w", encoding="utf-8") as fh:
            fh.write("\n\n".join(chunks) + "\n")


def _font(family):
    """locate a system font file through fontconfig (no machine paths in the repo)"""
    import subprocess
    return subprocess.run(["fc-match", "-f", "%{file}", family], capture_output=True, text=True).stdout.strip()


FONT = _font("WenQuanYi Zen Hei")      # wqy-zenhei.ttc, sub-font 0
SERIF = _font("Noto Serif CJK SC")     # NotoSerifCJK-Regular.ttc


def write_pdf(name, pages, foot="gong"):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("wqy", FONT, subfontIndex=0))
    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, name + ".pdf"), pagesize=A4)
    total = len(pages)
    for n, (_, lines) in enumerate(pages, 1):
        y = H - 70
        rows = []
        def flush(y):
            if not rows:
                return y
            ncol = max(len(r) for r in rows)
            x0, x1 = 60, W - 60
            if ncol == 2:
                xs = [x0, x0 + 120, x1]
            else:
                step = (x1 - x0) / ncol
                xs = [x0 + step * i for i in range(ncol + 1)]
                if ncol == 3:
                    xs = [x0, x0 + 40, x1 - 80, x1]
            top = y + 14
            for r in rows:
                c.line(x0, top, x1, top)
                for i, cell in enumerate(r):
                    c.setFont("wqy", 10)
                    maxch = int((xs[i + 1] - xs[i] - 8) / 10)
                    parts = [cell[j:j + maxch] for j in range(0, max(len(cell), 1), maxch)] or [""]
                    for k, p in enumerate(parts):
                        c.drawString(xs[i] + 4, top - 13 - k * 13, p)
                    r_h = 18 + 13 * (len(parts) - 1)
                    r.__dict__ if False else None
                hgt = max(18 + 13 * (len([cell[j:j + int((xs[i + 1] - xs[i] - 8) / 10)] for j in range(0, max(len(cell), 1), int((xs[i + 1] - xs[i] - 8) / 10))]) - 1) for i, cell in enumerate(r))
                for xv in xs[:len(r) + 1]:
                    c.line(xv, top, xv, top - hgt)
                if len(r) < ncol:
                    c.line(x1, top, x1, top - hgt)
                top -= hgt
            c.line(x0, top, x1, top)
            rows.clear()
            return top - 10
        for ln in lines:
            if ln.startswith("|"):
                rows.append(ln.strip("|").split("|")); continue
            y = flush(y)
            if ln.startswith("^"):
                c.setFont("wqy", 16); c.drawCentredString(W / 2, y, ln[1:]); y -= 26
            elif ln.startswith(">"):
                c.setFont("wqy", 11); c.drawRightString(W - 60, y, ln[1:]); y -= 17
            else:
                c.setFont("wqy", 11)
                t = ln
                while True:
                    c.drawString(60, y, t[:42]); y -= 17
                    t = t[42:]
                    if not t:
                        break
        flush(y)
        f = footer(foot, n, total)
        if f:
            c.setFont("wqy", 9); c.drawCentredString(W / 2, 30, f)
        c.showPage()
    c.save()


def write_scan(name, pages, seal_pages, seal_text, foot="dash", seed=7):
    """seal_pages: {page_no: index of the '>' line the seal is stamped over}"""
    import io, math, random
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    rnd = random.Random(seed)
    Wp, Hp = 1654, 2339  # A4 @200 dpi
    f_body = ImageFont.truetype(SERIF, 34)
    f_title = ImageFont.truetype(SERIF, 50)
    f_small = ImageFont.truetype(SERIF, 26)
    c = canvas.Canvas(os.path.join(OUT, name + ".pdf"), pagesize=A4)
    total = len(pages)
    for n, (_, lines) in enumerate(pages, 1):
        im = Image.new("RGB", (Wp, Hp), (246, 244, 238))
        d = ImageDraw.Draw(im)
        y, rows, last_right = 170, [], None
        def flush(y):
            if not rows:
                return y
            x0, x1 = 150, Wp - 150
            ncol = max(len(r) for r in rows)
            xs = [x0, x0 + 330, x1] if ncol == 2 else [x0 + (x1 - x0) * i // ncol for i in range(ncol + 1)]
            for r in rows:
                d.line([(x0, y), (x1, y)], fill=(40, 40, 40), width=2)
                for i, cell in enumerate(r):
                    maxch = max(1, (xs[i + 1] - xs[i] - 20) // 35)
                    parts = [cell[j:j + maxch] for j in range(0, max(len(cell), 1), maxch)]
                    for k, p in enumerate(parts):
                        d.text((xs[i] + 10, y + 8 + 42 * k), p, font=f_body, fill=(20, 20, 20))
                h = max(58 + 42 * ((len(cell) - 1) // max(1, (xs[i + 1] - xs[i] - 20) // 35)) for i, cell in enumerate(r)) if r else 58
                for xv in xs:
                    d.line([(xv, y), (xv, y + h)], fill=(40, 40, 40), width=2)
                y += h
            d.line([(x0, y), (x1, y)], fill=(40, 40, 40), width=2)
            rows.clear()
            return y + 20
        rights = []
        for ln in lines:
            if ln.startswith("|"):
                rows.append(ln.strip("|").split("|")); continue
            y = flush(y)
            if ln.startswith("^"):
                t = ln[1:]; w = d.textlength(t, font=f_title)
                d.text(((Wp - w) / 2, y), t, font=f_title, fill=(15, 15, 15)); y += 80
            elif ln.startswith(">"):
                t = ln[1:]; w = d.textlength(t, font=f_body)
                d.text((Wp - 150 - w, y), t, font=f_body, fill=(15, 15, 15)); rights.append((Wp - 150 - w / 2, y)); y += 52
            else:
                t = ln
                while True:
                    d.text((150, y), t[:38], font=f_body, fill=(15, 15, 15)); y += 52
                    t = t[38:]
                    if not t:
                        break
        flush(y)
        fs = footer(foot, n, total)
        if fs:
            w = d.textlength(fs, font=f_small); d.text(((Wp - w) / 2, Hp - 110), fs, font=f_small, fill=(30, 30, 30))
        if n in seal_pages and rights:
            cx, cy = rights[seal_pages[n]]
            cy += 20
            seal = Image.new("RGBA", (420, 420), (0, 0, 0, 0))  # 4.2 cm at 200 dpi
            sd = ImageDraw.Draw(seal)
            red = (205, 30, 35, 170)
            sd.ellipse([10, 10, 410, 410], outline=red, width=12)
            # star
            pts = []
            for k in range(10):
                r_ = 70 if k % 2 == 0 else 28
                a = -math.pi / 2 + k * math.pi / 5
                pts.append((210 + r_ * math.cos(a), 210 + r_ * math.sin(a)))
            sd.polygon(pts, fill=red)
            fseal = ImageFont.truetype(SERIF, 40)
            m = len(seal_text)
            for k, ch in enumerate(seal_text):
                a = math.radians(-160 + 140 * k / max(1, m - 1))
                x, yy = 210 + 150 * math.cos(a), 210 + 150 * math.sin(a)
                g = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
                ImageDraw.Draw(g).text((10, 5), ch, font=fseal, fill=red)
                g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
                seal.alpha_composite(g, (int(x - 30), int(yy - 30)))
            im.paste(seal, (int(cx - 210), int(cy - 210)), seal)
        import numpy as np
        a = np.asarray(im).astype(int)
        mask = (a[:, :, 0] - a[:, :, 1] > 60)
        gl = np.asarray(im.convert("L"))
        o = np.stack([gl, gl, gl], axis=-1).copy()
        o[mask] = [198, 58, 58]
        out = Image.fromarray(o.astype("uint8"))
        out = out.rotate(rnd.choice([-1, 1]) * rnd.uniform(0.5, 1.2), resample=Image.BICUBIC, fillcolor=(245, 245, 245))
        out = out.filter(ImageFilter.GaussianBlur(0.7))
        noise = Image.merge("RGB", [Image.effect_noise(out.size, 14)] * 3)
        out = Image.blend(out, noise, 0.025)
        if not (n in seal_pages and rights):
            out = out.convert("L")
        buf = io.BytesIO()
        out.save(buf, "JPEG", quality=45, optimize=True)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def write_docx(name, pages):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    st = doc.styles["Normal"]
    st.font.name = "宋体"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.paragraph_format.space_after = Pt(2)
    # footer: - PAGE -
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("- ")
    r = fp.add_run()
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), tag)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt
        r._r.append(e)
    fp.add_run(" -")
    first = True
    for _, lines in pages:
        if not first:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        first = False
        rows = []
        def flush():
            if not rows:
                return
            n = max(len(x) for x in rows)
            t = doc.add_table(rows=len(rows), cols=n)
            t.style = "Table Grid"
            for i, rr in enumerate(rows):
                for j in range(n):
                    t.cell(i, j).text = rr[j] if j < len(rr) else ""
                if len(rr) < n:
                    t.cell(i, len(rr) - 1).merge(t.cell(i, n - 1))
            rows.clear()
        for ln in lines:
            if ln.startswith("|"):
                rows.append(ln.strip("|").split("|")); continue
            flush()
            if ln.startswith("^"):
                p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = p.add_run(ln[1:]); run.bold = True; run.font.size = Pt(16)
            elif ln.startswith(">"):
                p = doc.add_paragraph(ln[1:]); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                p = doc.add_paragraph(ln); p.paragraph_format.first_line_indent = Pt(21) if ln and not ln.startswith(("问", "答")) else None
        flush()
    doc.save(os.path.join(OUT, name + ".docx"))

"""Shared helpers for the heldout38 corpus builders (IDs, dates, layout, renderers).

Document sources are written in a tiny line markup:
  "# 标 题"      centred title (large)
  "^ text"      centred line
  "> text"      right-aligned line (文号, 落款, 日期)
  "|a|b|c|"     table row (consecutive rows form a table); "|=2:5:2:5" sets column weights
  "=PAGE"       forced page break inside a document
  "~SEAL"       (scanned output only) red round seal over the previous line
  other lines   paragraphs, wrapped
"""
import datetime as dt
import os

import chinese_calendar

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# ---------------------------------------------------------------- IDs
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(first17):
    assert len(first17) == 17
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(first17, _USCC_W))
    c = 31 - s % 31
    return first17 + _USCC_CHARS[0 if c == 31 else c]


def uscc_ok(code):
    return len(code) == 18 and all(c in _USCC_CHARS for c in code) and uscc(code[:17]) == code


_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def idnum(first17):
    s = sum(int(c) * w for c, w in zip(first17, _ID_W))
    return first17 + "10X98765432"[s % 11]


def idnum_ok(code):
    return len(code) == 18 and code[:17].isdigit() and idnum(code[:17]) == code


# ---------------------------------------------------------------- dates
def D(s):
    return dt.date.fromisoformat(s)


def is_wd(d):
    return chinese_calendar.is_workday(d)


def add_wd(d, n):
    """The date n working days after d."""
    while n > 0:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def wd_between(a, b):
    """Working days after a up to and including b."""
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


_CN = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n - 10] if n % 10 else "")
    return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")


def cdate(d):
    """二〇二二年五月十日"""
    return "".join(_CN[int(c)] for c in str(d.year)) + "年" + cn_num(d.month) + "月" + cn_num(d.day) + "日"


def adate(d):
    return f"{d.year}年{d.month}月{d.day}日"


def ddate(d):
    return f"{d.year}.{d.month}.{d.day}"


_DIG = "零壹贰叁肆伍陆柒捌玖"


def rmb_upper(n):
    """Integer yuan to 大写 (enough for amounts below 1亿)."""
    n = int(n)
    if n == 0:
        return "零元整"
    units = ["", "拾", "佰", "仟"]
    out = ""

    def four(x):
        s, zero = "", False
        for i in range(3, -1, -1):
            q = x // 10 ** i % 10
            if q:
                if zero:
                    s += "零"
                s += _DIG[q] + units[i]
                zero = False
            elif s:
                zero = True
        return s

    wan, rest = divmod(n, 10000)
    if wan:
        out += four(wan) + "万"
        if rest and rest < 1000:
            out += "零"
    if rest:
        out += four(rest)
    return out + "元整"


# ---------------------------------------------------------------- volume
class Doc:
    def __init__(self, title, body, number="", date=None, short=None):
        self.title = title          # title for the 卷内目录
        self.body = body            # markup text
        self.number = number        # 文号 for the directory
        self.date = date            # dt.date for the directory
        self.short = short or title


def lines_of(doc):
    return doc.body.strip("\n").split("\n")


# ---------------------------------------------------------------- geometric layout (PDF / scan)
PAGE_W, PAGE_H = 210.0, 297.0
ML, MR, MT, MB = 25.0, 22.0, 25.0, 25.0


def _w(ch, size):
    return size * (0.55 if ord(ch) < 128 else 1.0)


def text_w(s, size):
    return sum(_w(c, size) for c in s) * 0.3528  # pt -> mm


def wrap(s, size, width):
    out, cur, cw = [], "", 0.0
    for ch in s:
        w = _w(ch, size) * 0.3528
        if cw + w > width and cur:
            out.append(cur)
            cur, cw = "", 0.0
        cur += ch
        cw += w
    out.append(cur)
    return out


def layout(doc, body_size=11.5):
    """Return a list of pages; each page is a list of ops in mm (origin top-left)."""
    pages, ops = [], []
    y = MT
    width = PAGE_W - ML - MR
    lh = body_size * 0.3528 * 1.75

    def newpage():
        nonlocal ops, y
        pages.append(ops)
        ops, y = [], MT

    def need(h):
        if y + h > PAGE_H - MB:
            newpage()

    lines = lines_of(doc)
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln == "=PAGE":
            newpage()
            i += 1
            continue
        if ln.startswith("~SEAL"):
            ops.append(("seal", PAGE_W - MR - 32, y - lh * 1.3, ln[5:].strip()))
            i += 1
            continue
        if ln.startswith("# "):
            need(lh * 2)
            y += lh * 0.6
            ops.append(("text", PAGE_W / 2, y, ln[2:], 17, "c"))
            y += lh * 1.6
        elif ln.startswith("^ "):
            need(lh)
            ops.append(("text", PAGE_W / 2, y, ln[2:], body_size, "c"))
            y += lh
        elif ln.startswith("> "):
            need(lh)
            ops.append(("text", PAGE_W - MR, y, ln[2:], body_size, "r"))
            y += lh
        elif ln.startswith("|"):
            rows, weights = [], None
            while i < len(lines) and lines[i].startswith("|"):
                r = lines[i]
                if r.startswith("|="):
                    weights = [float(x) for x in r[2:].split(":")]
                else:
                    rows.append([c.strip() for c in r.strip("|").split("|")])
                i += 1
            ncol = max(len(r) for r in rows)
            weights = weights or [1.0] * ncol
            tot = sum(weights)
            colw = [width * w / tot for w in weights]
            tsize = body_size - 1
            tlh = tsize * 0.3528 * 1.6
            for r in rows:
                # merge: a row with fewer cells spans the last cell to the end
                cells, widths = [], []
                for k, c in enumerate(r):
                    if k == len(r) - 1:
                        widths.append(sum(colw[k:]))
                    else:
                        widths.append(colw[k])
                    cells.append(c)
                wrapped = [[] if c == "" else sum((wrap(p, tsize, w - 3) for p in c.split("\\n")), []) for c, w in zip(cells, widths)]
                h = max(1, max(len(wl) for wl in wrapped)) * tlh + 2.5
                if y + h > PAGE_H - MB:
                    newpage()
                x = ML
                for wl, w in zip(wrapped, widths):
                    ops.append(("rect", x, y, w, h))
                    for k, t in enumerate(wl):
                        ops.append(("text", x + 1.5, y + 1.2 + tlh * (k + 0.75), t, tsize, "l"))
                    x += w
                y += h
            y += lh * 0.4
            continue
        elif ln.strip() == "":
            y += lh * 0.5
        else:
            for part in wrap(ln, body_size, width):
                need(lh)
                ops.append(("text", ML, y + lh * 0.7, part, body_size, "l"))
                y += lh
        i += 1
    pages.append(ops)
    return pages


def fix_baselines(pages):
    """Titles/centre/right lines were placed at y (top); shift to baselines."""
    out = []
    for ops in pages:
        new = []
        for op in ops:
            if op[0] == "text" and op[5] in ("c", "r"):
                new.append(("text", op[1], op[2] + op[4] * 0.3528 * 1.1, op[3], op[4], op[5]))
            else:
                new.append(op)
        out.append(new)
    return out


def directory_doc(docs, ranges, agency_title, style="grid"):
    rows = ["|=1:6:4:2.6:2.2", "|序号|文件材料名称|文号|日期|页号|"]
    for k, (d, (a, b)) in enumerate(zip(docs, ranges), 1):
        rows.append(f"|{k}|{d.title}|{d.number or ''}|{ddate(d.date) if d.date else ''}|{a}-{b}|" if a != b else
                    f"|{k}|{d.title}|{d.number or ''}|{ddate(d.date) if d.date else ''}|{a}|")
    return Doc("卷内目录", f"# 卷 内 目 录\n^ {agency_title}\n\n" + "\n".join(rows))


def build_geometric(docs, footer, agency_title, extra_front=None):
    """Lay out all docs; return (pages, ranges). Page numbers start at 1 with the first doc after the directory."""
    laid = [fix_baselines(layout(d)) for d in docs]
    ranges, p = [], 1
    for pg in laid:
        ranges.append((p, p + len(pg) - 1))
        p += len(pg)
    total = p - 1
    front = fix_baselines(layout(directory_doc(docs, ranges, agency_title)))
    if extra_front:
        front = fix_baselines(layout(extra_front)) + front
    pages = [(None, pg) for pg in front]
    n = 1
    for pg in laid:
        for ops in pg:
            pages.append((footer(n, total), ops))
            n += 1
    return pages, ranges


def render_pdf(pages, path, title):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.units import mm
    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
    c = canvas.Canvas(path, pagesize=(PAGE_W * mm, PAGE_H * mm))
    c.setTitle(title)
    for foot, ops in pages:
        for op in ops:
            if op[0] == "text":
                _, x, y, s, size, al = op
                c.setFont("WQY", size)
                X, Y = x * mm, (PAGE_H - y) * mm
                if al == "c":
                    c.drawCentredString(X, Y, s)
                elif al == "r":
                    c.drawRightString(X, Y, s)
                else:
                    c.drawString(X, Y, s)
            elif op[0] == "rect":
                _, x, y, w, h = op
                c.setLineWidth(0.6)
                c.rect(x * mm, (PAGE_H - y - h) * mm, w * mm, h * mm)
        if foot:
            c.setFont("WQY", 9)
            c.drawCentredString(PAGE_W / 2 * mm, 12 * mm, foot)
        c.showPage()
    c.save()


NOISE = 2
SIZES = []


def render_scan(pages, path, title, seed=7):
    import io
    import math
    import random
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    from reportlab import rl_config
    rl_config.useA85 = 0
    rnd = random.Random(seed)
    dpi = 200
    k = dpi / 25.4
    W, H = int(PAGE_W * k), int(PAGE_H * k)
    fp = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
    fonts = {}

    def font(size):
        px = int(size * dpi / 72)
        if px not in fonts:
            fonts[px] = ImageFont.truetype(fp, px, index=0)
        return fonts[px]

    c = canvas.Canvas(path, pagesize=(PAGE_W * mm, PAGE_H * mm))
    c.setTitle(title)
    tmpfiles = []
    for foot, ops in pages:
        img = Image.new("RGB", (W, H), (250, 249, 246))
        dr = ImageDraw.Draw(img)
        seals = []
        for op in ops:
            if op[0] == "text":
                _, x, y, s, size, al = op
                f = font(size)
                tw = dr.textlength(s, font=f)
                X = x * k - (tw / 2 if al == "c" else tw if al == "r" else 0)
                dr.text((X, y * k), s, font=f, fill=(28, 28, 28), anchor="ls")
            elif op[0] == "rect":
                _, x, y, w, h = op
                dr.rectangle([x * k, y * k, (x + w) * k, (y + h) * k], outline=(40, 40, 40), width=2)
            elif op[0] == "seal":
                seals.append(op)
        if foot:
            f = font(9)
            dr.text((W / 2, H - 12 * k), foot, font=f, fill=(40, 40, 40), anchor="ms")
        for _, x, y, *rest in seals:
            r = int(21 * k)
            cx, cy = int(x * k), int(y * k)
            seal = Image.new("RGBA", (2 * r + 8, 2 * r + 8), (0, 0, 0, 0))
            sd = ImageDraw.Draw(seal)
            col = (205, 30, 35, 170)
            sd.ellipse([4, 4, 2 * r + 4, 2 * r + 4], outline=col, width=int(1.3 * k))
            # star
            R, rr = r * 0.28, r * 0.11
            pts = []
            for j in range(10):
                ang = -math.pi / 2 + j * math.pi / 5
                rad = R if j % 2 == 0 else rr
                pts.append((r + 4 + rad * math.cos(ang), r + 4 + rad * math.sin(ang)))
            sd.polygon(pts, fill=col)
            name = rest[0] if rest else ""
            sf = font(10)
            for j, ch in enumerate(name):
                ang = math.pi * (-0.95 + 0.9 * j / max(1, len(name) - 1)) - 0.15
                px = r + 4 + (r * 0.72) * math.cos(ang)
                py = r + 4 + (r * 0.72) * math.sin(ang)
                sd.text((px, py), ch, font=sf, fill=col, anchor="mm")
            img.paste(seal, (cx - r - 4, cy - r - 4), seal)
        # greyscale page, red seal kept in colour
        base = img.convert("L").convert("RGB")
        mask = Image.new("L", img.size, 0)
        for _, x, y, *rest in seals:
            r = int(23 * k)
            ImageDraw.Draw(mask).ellipse([int(x * k) - r, int(y * k) - r, int(x * k) + r, int(y * k) + r], fill=255)
        g = Image.composite(img, base, mask)
        ang = rnd.choice([-1, 1]) * rnd.uniform(0.5, 1.2)
        g = g.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(247, 247, 247))
        g = g.filter(ImageFilter.GaussianBlur(1.1))
        from PIL import ImageChops
        # low-frequency paper mottling + sparse specks (light noise that JPEG can still compress)
        noise = Image.effect_noise((W // 6, H // 6), NOISE).resize((W, H), Image.BILINEAR).convert("RGB")
        g = ImageChops.add(g, noise, 1.0, -128)
        gd = ImageDraw.Draw(g)
        for _ in range(900):
            x0, y0 = rnd.randrange(W), rnd.randrange(H)
            v = rnd.randrange(90, 190)
            gd.point((x0, y0), fill=(v, v, v))
        if not seals:
            g = g.convert("L")
        buf = io.BytesIO()
        g.save(buf, "JPEG", quality=43, optimize=True)
        SIZES.append(buf.tell())
        import tempfile
        tf = tempfile.NamedTemporaryFile(suffix=".jpg", delete=False)
        tf.write(buf.getvalue())
        tf.close()
        tmpfiles.append(tf.name)
        c.drawImage(tf.name, 0, 0, PAGE_W * mm, PAGE_H * mm)  # JPEG passed through (DCTDecode)
        c.showPage()
    c.save()
    for t in tmpfiles:
        os.unlink(t)


# ---------------------------------------------------------------- plain text
def txt_render_lines(doc, table="tab"):
    out = []
    for ln in lines_of(doc):
        if ln == "=PAGE" or ln.startswith("~SEAL"):
            out.append("~SEAL" if ln.startswith("~SEAL") else ln)
        elif ln.startswith("# "):
            out.append(" " * 14 + ln[2:])
        elif ln.startswith("^ "):
            out.append(" " * 12 + ln[2:])
        elif ln.startswith("> "):
            t = ln[2:]
            out.append(" " * max(2, 44 - len(t)) + t)
        elif ln.startswith("|="):
            continue
        elif ln.startswith("|"):
            cells = [c.strip().replace("\\n", "；") for c in ln.strip("|").split("|")]
            if table == "tab":
                out.append("\t".join(cells))
            elif table == "box":
                out.append("│" + "│".join(cells) + "│")
            else:  # kv
                if len(cells) == 2:
                    out.append(f"{cells[0]}：{cells[1]}")
                else:
                    out.append("  ".join(cells))
        else:
            out.append(ln)
    return out


def paginate_txt(docs, per_page, table):
    """Return list of page-line-lists per doc."""
    res = []
    for d in docs:
        lines = txt_render_lines(d, table)
        pages, cur = [], []
        for ln in lines:
            if ln == "~SEAL":
                continue
            if ln == "=PAGE" or len(cur) >= per_page:
                pages.append(cur)
                cur = []
                if ln == "=PAGE":
                    continue
            cur.append(ln)
        pages.append(cur)
        res.append(pages)
    return res


def build_txt(docs, footer, agency_title, per_page=44, table="tab", dir_table=None, tail=None):
    """Return list of (doc_or_None, [page strings]) — first item is the directory."""
    paged = paginate_txt(docs, per_page, table)
    ranges, p = [], 1
    for pg in paged:
        ranges.append((p, p + len(pg) - 1))
        p += len(pg)
    total = p - 1
    dd = directory_doc(docs, ranges, agency_title)
    front = ["\n".join(txt_render_lines(dd, dir_table or table))]
    out = [(dd, front)]
    n = 1
    for d, pg in zip(docs, paged):
        strs = []
        for lines in pg:
            f = footer(n, total)
            strs.append("\n".join(lines) + ("\n\n" + " " * 20 + f if f else ""))
            n += 1
        out.append((d, strs))
    if tail:
        out.append((tail, ["\n".join(txt_render_lines(tail, table))]))
    return out, ranges


# ---------------------------------------------------------------- DOCX
def render_docx(docs, path, agency_title, title):
    """One document per page (keep each short); 卷内目录 lists page i for document i."""
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    dd = directory_doc(docs, [(i, i) for i in range(1, len(docs) + 1)], agency_title)
    d = Document()
    d.core_properties.title = title
    d.core_properties.author = ""
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.paragraph_format.space_after = Pt(2)
    sec = d.sections[0]
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    sec.left_margin = sec.right_margin = Cm(2.4)

    def add_page_field(par):
        for kind, txt in (("begin", None), ("instr", "PAGE"), ("end", None)):
            r = par.add_run()
            if kind == "instr":
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = txt
                r._r.append(it)
            else:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), kind)
                r._r.append(fc)

    def emit(doc, first=False):
        lines = lines_of(doc)
        i = 0
        while i < len(lines):
            ln = lines[i]
            if ln.startswith("~SEAL"):
                i += 1
                continue
            if ln == "=PAGE":
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
                i += 1
                continue
            if ln.startswith("|"):
                rows, weights = [], None
                while i < len(lines) and lines[i].startswith("|"):
                    r = lines[i]
                    if r.startswith("|="):
                        weights = [float(x) for x in r[2:].split(":")]
                    else:
                        rows.append([c.strip() for c in r.strip("|").split("|")])
                    i += 1
                ncol = max(len(r) for r in rows)
                t = d.add_table(rows=len(rows), cols=ncol)
                t.style = "Table Grid"
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                tot = sum(weights) if weights else ncol
                for ri, r in enumerate(rows):
                    cells = t.rows[ri].cells
                    if len(r) < ncol:
                        cells[len(r) - 1].merge(cells[ncol - 1])
                    for ci, txt in enumerate(r):
                        cell = t.rows[ri].cells[ci]
                        cell.text = ""
                        parts = txt.split("\\n")
                        cell.paragraphs[0].add_run(parts[0])
                        for p in parts[1:]:
                            cell.add_paragraph(p)
                if weights:
                    for ci, w in enumerate(weights):
                        for row in t.rows:
                            row.cells[ci].width = Cm(16.2 * w / tot)
                d.add_paragraph()
                continue
            if ln.startswith("# "):
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(ln[2:])
                r.bold = True
                r.font.size = Pt(16)
            elif ln.startswith("^ "):
                p = d.add_paragraph(ln[2:])
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif ln.startswith("> "):
                p = d.add_paragraph(ln[2:])
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                d.add_paragraph(ln)
            i += 1

    emit(dd)
    # documents start in a new section whose page numbering restarts at 1
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), "1")
    s2._sectPr.append(pg)
    s2.footer.is_linked_to_previous = False
    fp = s2.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("第 ")
    add_page_field(fp)
    fp.add_run(" 页")
    for k, doc in enumerate(docs):
        if k:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        emit(doc)
    d.save(path)

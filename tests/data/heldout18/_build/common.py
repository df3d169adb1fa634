"""Shared helpers for the heldout18 corpus: IDs, dates, pagination and the output writers.

Markup used in the hand-written document texts (one logical line per text line):
  @c text      centred line (titles)
  @r text      right-aligned line (文号, 落款, dates)
  @t a|b|c     one row of a form table (consecutive rows form one table)
  @s           the agency seal sits here (text marker in text formats, red seal in scans)
  @p           page break inside a document
Every document starts on a new page. Pages of the documents are numbered 1..N; the cover,
the 卷内目录 and the 备考表 are not numbered.
"""
import datetime as dt
import math
import os
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

# ---------------------------------------------------------------- identifiers
_CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(base17):
    """Append the GB 32100 check character to 17 characters."""
    s = sum(_CC_CHARS.index(c) * w for c, w in zip(base17, _CC_W))
    return base17 + _CC_CHARS[(31 - s % 31) % 31]


def credit_ok(code):
    return len(code) == 18 and credit_code(code[:17]) == code


_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(base17):
    """Append the GB 11643 check digit."""
    s = sum(int(c) * w for c, w in zip(base17, _ID_W))
    return base17 + "10X98765432"[s % 11]


def id_ok(code):
    return len(code) == 18 and id_number(code[:17]) == code


# ---------------------------------------------------------------- dates
def is_workday(d):
    import chinese_calendar
    return chinese_calendar.is_workday(d)


def add_workdays(d, n):
    """The n-th working day after d."""
    while n > 0:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d


def workdays_after(d1, d2):
    """Working days counted after d1 up to and including d2."""
    n, d = 0, d1
    while d < d2:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n += 1
    return n


_CN = "〇一二三四五六七八九"


def _cn_num(n):
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + ("" if n == 10 else _CN[n - 10])
    return _CN[n // 10] + "十" + ("" if n % 10 == 0 else _CN[n % 10])


def cn_date(d):
    """二〇二三年五月十日"""
    return "".join(_CN[int(c)] for c in str(d.year)) + "年" + _cn_num(d.month) + "月" + _cn_num(d.day) + "日"


def ar_date(d):
    return f"{d.year}年{d.month}月{d.day}日"


def dot_date(d):
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def D(s):
    return dt.date.fromisoformat(s)


# ---------------------------------------------------------------- layout
def dwidth(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


LINE_W = 76        # display columns of a text line
PAGE_LINES = 34    # logical lines per page before an automatic break


def est_lines(line):
    if line.startswith("@t "):
        cells = line[3:].split("|")
        return max(1, max(math.ceil(dwidth(c) / max(10, LINE_W // len(cells) - 2)) for c in cells))
    if line.startswith("@s") or line.startswith("@p"):
        return 0
    body = line[3:] if line[:3] in ("@c ", "@r ") else line
    return max(1, math.ceil(dwidth(body) / LINE_W))


def paginate(text):
    """Split a document's markup into pages (lists of markup lines)."""
    pages, cur, used = [], [], 0
    for line in text.strip("\n").split("\n"):
        if line.strip() == "@p":
            pages.append(cur)
            cur, used = [], 0
            continue
        n = est_lines(line)
        if used + n > PAGE_LINES and cur:
            pages.append(cur)
            cur, used = [], 0
        cur.append(line)
        used += n
    if cur:
        pages.append(cur)
    return pages


class Volume:
    """One 案卷: cover + 卷内目录 + numbered documents + 备考表."""

    def __init__(self, cover, docs, backnote, footer="第{n}页 共{N}页", dir_override=None,
                 dir_title="@c 卷 内 目 录", dir_cols=("序号", "文书名称", "文号", "日期", "页号")):
        self.docs = docs  # list of dicts: title, no, date, text, (in_dir=True)
        self.footer = footer
        self.pages = []   # list of (kind, number or None, lines, doc_index)
        numbered = []
        for i, d in enumerate(docs):
            for pg in paginate(d["text"]):
                numbered.append((i, pg))
        N = len(numbered)
        ranges = {}
        for k, (i, _) in enumerate(numbered, 1):
            a, b = ranges.get(i, (k, k))
            ranges[i] = (min(a, k), k)
        self.ranges = ranges
        self.total = N
        rows = [f"@t {'|'.join(dir_cols)}"]
        seq = 0
        for i, d in enumerate(docs):
            if not d.get("in_dir", True):
                continue
            seq += 1
            a, b = ranges[i]
            pr = f"{a}" if a == b else f"{a}-{b}"
            if dir_override and d["title"] in dir_override:
                pr = dir_override[d["title"]]
            cells = [str(seq), d["title"], d.get("no") or "/", d.get("date") or "/", pr]
            if len(dir_cols) == 4:
                cells = [str(seq), d["title"], d.get("no") or d.get("date") or "", pr]
            rows.append("@t " + "|".join(cells))
        self.dir_rows = rows
        dir_text = dir_title + "\n" + "\n".join(rows)
        for pg in (paginate(cover) if cover.strip() else []):
            self.pages.append(("front", None, pg))
        for pg in paginate(dir_text):
            self.pages.append(("front", None, pg))
        for k, (i, pg) in enumerate(numbered, 1):
            self.pages.append(("doc", k, pg))
        for pg in paginate(backnote):
            self.pages.append(("back", None, pg))

    def footer_text(self, n):
        if n is None or not self.footer:
            return ""
        return self.footer.format(n=n, N=self.total)


# ---------------------------------------------------------------- plain text
BOX = dict(tl="┌", tm="┬", tr="┐", ml="├", mm="┼", mr="┤", bl="└", bm="┴", br="┘", h="─", v="│")


def _pad(s, w):
    return s + " " * max(0, w - dwidth(s))


def _wrap_w(text, width):
    res, cur = [], ""
    for ch in text:
        if dwidth(cur + ch) > width:
            res.append(cur)
            cur = ch
        else:
            cur += ch
    res.append(cur)
    return res


def render_table_txt(rows, style):
    if style == "tab":
        return ["\t".join(r) for r in rows]
    if style == "kv":
        out = []
        for r in rows:
            if len(r) == 2:
                out.append(f"{r[0]}：{r[1]}")
            elif len(r) % 2 == 0 and len(r) > 2:
                out.append("    ".join(f"{r[j]}：{r[j + 1]}" for j in range(0, len(r), 2)))
            else:
                out.append("  ".join(r))
        return out
    # box drawing: each row gets its own column widths, separated by ├┼┤ lines
    out = []
    widths_prev = None
    for k, r in enumerate(rows):
        w = [dwidth(c) + 2 for c in r]
        total = sum(w) + len(w) + 1
        if total < LINE_W:
            w[-1] += LINE_W - total
        seg = [BOX["h"] * x for x in w]
        if k == 0:
            out.append(BOX["tl"] + BOX["tm"].join(seg) + BOX["tr"])
        else:
            out.append(BOX["ml"] + BOX["mm"].join(seg) + BOX["mr"])
        while sum(w) + len(w) + 1 > LINE_W and max(w) > 14:
            w[w.index(max(w))] -= 1
        seg = [BOX["h"] * x for x in w]
        if k == 0:
            out[-1] = BOX["tl"] + BOX["tm"].join(seg) + BOX["tr"]
        else:
            out[-1] = BOX["ml"] + BOX["mm"].join(seg) + BOX["mr"]
        cols = [_wrap_w(c, x - 2) for c, x in zip(r, w)]
        for j in range(max(len(x) for x in cols)):
            out.append(BOX["v"] + BOX["v"].join(" " + _pad(cl[j] if j < len(cl) else "", x - 1)
                                                 for cl, x in zip(cols, w)) + BOX["v"])
        widths_prev = w
    seg = [BOX["h"] * x for x in widths_prev]
    out.append(BOX["bl"] + BOX["bm"].join(seg) + BOX["br"])
    return out


def page_to_text(lines, table_style, seal_text):
    out, tbl = [], []

    def flush():
        if tbl:
            out.extend(render_table_txt(tbl, table_style))
            tbl.clear()

    for line in lines:
        if line.startswith("@t "):
            tbl.append([c.strip() for c in line[3:].split("|")])
            continue
        flush()
        if line.startswith("@c "):
            body = line[3:]
            out.append(" " * max(0, (LINE_W - dwidth(body)) // 2) + body)
        elif line.startswith("@r "):
            body = line[3:]
            out.append(" " * max(0, LINE_W - dwidth(body)) + body)
        elif line.strip() == "@s":
            out.append(" " * max(0, LINE_W - dwidth(seal_text)) + seal_text)
        else:
            out.append(line)
    flush()
    return out


def volume_pages_text(vol, table_style="tab", seal_text="（印章）"):
    res = []
    for kind, n, lines in vol.pages:
        body = page_to_text(lines, table_style, seal_text)
        f = vol.footer_text(n)
        if f:
            body += ["", " " * max(0, (LINE_W - dwidth(f)) // 2) + f]
        res.append("\n".join(body).rstrip() + "\n")
    return res


def write_single_txt(vol, path, encoding="utf-8", table_style="tab", seal_text="（印章）", formfeed=True):
    pages = volume_pages_text(vol, table_style, seal_text)
    sep = "\f" if formfeed else "\n\n"
    Path(path).write_bytes(sep.join(pages).encode(encoding))


# ---------------------------------------------------------------- PDF (text layer)
# system fonts (Debian/Ubuntu packages fonts-wqy-zenhei, fonts-noto-cjk); override with env vars
FONT_TTC = os.environ.get("HELDOUT_WQY_TTC", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")


def write_text_pdf(vol, path, seal_text="（印章）", font_size=10.5, red_seal=None):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    try:
        pdfmetrics.getFont("WQY")
    except KeyError:
        pdfmetrics.registerFont(TTFont("WQY", FONT_TTC, subfontIndex=0))
    W, H = A4
    L, R, T, B = 72, W - 72, H - 70, 60
    lh = font_size * 1.55
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(Path(path).stem)

    def wrap(text, width, fs):
        res, cur = [], ""
        for ch in text:
            if pdfmetrics.stringWidth(cur + ch, "WQY", fs) > width:
                res.append(cur)
                cur = ch
            else:
                cur += ch
        res.append(cur)
        return res

    for kind, n, lines in vol.pages:
        y = T
        i = 0
        while i < len(lines):
            line = lines[i]
            if line.startswith("@t "):
                block = []
                while i < len(lines) and lines[i].startswith("@t "):
                    block.append([x.strip() for x in lines[i][3:].split("|")])
                    i += 1
                fs = font_size - 0.5
                same = len({len(r) for r in block}) == 1 and len(block) > 2
                colw = [max(min(max(dwidth(r[j]), 6), 30) for r in block) for j in range(len(block[0]))]
                for r in block:
                    wts = colw if same else [min(max(dwidth(x), 8), 30) for x in r]
                    tw = sum(wts)
                    widths = [(R - L) * x / tw for x in wts]
                    wrapped = [wrap(x, w - 8, fs) for x, w in zip(r, widths)]
                    h = max(len(x) for x in wrapped) * fs * 1.4 + 6
                    x0 = L
                    c.setLineWidth(0.6)
                    for wl, w in zip(wrapped, widths):
                        c.rect(x0, y - h, w, h)
                        c.setFont("WQY", fs)
                        yy = y - fs - 3
                        for tl in wl:
                            c.drawString(x0 + 4, yy, tl)
                            yy -= fs * 1.4
                        x0 += w
                    y -= h
                y -= 4
                continue
            i += 1
            if line.startswith("@c "):
                body = line[3:]
                fs = font_size + 5 if len(body) < 24 and " " in body.strip() or body.endswith("书") else font_size + 1
                c.setFont("WQY", fs)
                c.drawCentredString(W / 2, y - fs, body)
                y -= fs * 1.8
            elif line.startswith("@r "):
                c.setFont("WQY", font_size)
                c.drawRightString(R, y - font_size, line[3:])
                y -= lh
            elif line.strip() == "@s":
                if red_seal:
                    c.saveState()
                    c.setStrokeColorRGB(0.85, 0.1, 0.1)
                    c.setFillColorRGB(0.85, 0.1, 0.1)
                    c.setLineWidth(2)
                    c.circle(R - 60, y - lh * 0.6, 42)
                    c.setFont("WQY", 7)
                    c.drawCentredString(R - 60, y - lh * 0.6 - 3, red_seal)
                    c.restoreState()
                c.setFont("WQY", font_size)
                c.drawRightString(R, y - font_size, seal_text)
                y -= lh
            else:
                c.setFont("WQY", font_size)
                for tl in wrap(line, R - L, font_size) if line else [""]:
                    c.drawString(L, y - font_size, tl)
                    y -= lh
        f = vol.footer_text(n)
        if f:
            c.setFont("WQY", 9)
            c.drawCentredString(W / 2, 36, f)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- DOCX
def write_docx(vol, path, seal_text="（印章）", created=None):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    first = True
    for kind, n, lines in vol.pages:
        if not first:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        first = False
        i = 0
        while i < len(lines):
            line = lines[i]
            if line.startswith("@t "):
                block = []
                while i < len(lines) and lines[i].startswith("@t "):
                    block.append([x.strip() for x in lines[i][3:].split("|")])
                    i += 1
                ncol = max(len(r) for r in block)
                t = doc.add_table(rows=len(block), cols=ncol)
                t.style = "Table Grid"
                for ri, r in enumerate(block):
                    cells = t.rows[ri].cells
                    for ci, val in enumerate(r):
                        cells[ci].text = val
                    if len(r) < ncol:
                        merged = cells[len(r) - 1].merge(cells[ncol - 1])
                        merged.text = r[-1]
                continue
            i += 1
            if line.startswith("@c "):
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = p.add_run(line[3:])
                run.bold = True
                run.font.size = Pt(15 if line[3:].endswith("书") or "  " in line[3:] or " " in line[3:] else 12)
            elif line.startswith("@r "):
                p = doc.add_paragraph(line[3:])
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif line.strip() == "@s":
                p = doc.add_paragraph(seal_text)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                doc.add_paragraph(line)
        f = vol.footer_text(n)
        if f:
            p = doc.add_paragraph(f)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.core_properties.author = ""
    doc.core_properties.comments = ""
    if created:
        doc.core_properties.created = created
        doc.core_properties.modified = created
    doc.save(str(path))


# ---------------------------------------------------------------- scanned PDF
NOTO = os.environ.get("HELDOUT_NOTO_TTC", "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")


def _seal(img, cx, cy, r, name):
    from PIL import Image, ImageDraw, ImageFont
    size = 2 * r + 20
    layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    col = (205, 30, 35, 190)
    c = size // 2
    d.ellipse([c - r, c - r, c + r, c + r], outline=col, width=9)
    # star
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.26 if k % 2 == 0 else r * 0.11
        pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
    d.polygon(pts, fill=col)
    f = ImageFont.truetype(NOTO, int(r * 0.26))
    n = len(name)
    span = math.radians(230)
    for k, ch in enumerate(name):
        ang = -math.pi / 2 - span / 2 + span * (k + 0.5) / n
        glyph = Image.new("RGBA", (int(r * 0.32), int(r * 0.36)), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((0, 0), ch, font=f, fill=col)
        glyph = glyph.rotate(-math.degrees(ang) - 90, expand=True)
        gx = c + (r * 0.72) * math.cos(ang) - glyph.width / 2
        gy = c + (r * 0.72) * math.sin(ang) - glyph.height / 2
        layer.alpha_composite(glyph, (int(gx), int(gy)))
    img.alpha_composite(layer, (int(cx - c), int(cy - c)))


def write_scanned_pdf(vol, path, seal_name, seed=7, quality=45):
    import io
    import random
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    rnd = random.Random(seed)
    Wpx, Hpx = 1654, 2339
    fs = 30
    font = ImageFont.truetype(NOTO, fs)
    tfont = ImageFont.truetype(NOTO, 44)
    sfont = ImageFont.truetype(NOTO, 26)
    L, R, T = 190, Wpx - 190, 200
    lh = int(fs * 1.6)
    c = canvas.Canvas(str(path), pagesize=A4)

    def wrap(text, width, f):
        res, cur = [], ""
        for ch in text:
            if f.getlength(cur + ch) > width:
                res.append(cur)
                cur = ch
            else:
                cur += ch
        res.append(cur)
        return res

    for kind, n, lines in vol.pages:
        img = Image.new("RGBA", (Wpx, Hpx), (250, 250, 248, 255))
        d = ImageDraw.Draw(img)
        ink = (35, 35, 38, 255)
        y = T
        seals = []
        i = 0
        while i < len(lines):
            line = lines[i]
            if line.startswith("@t "):
                block = []
                while i < len(lines) and lines[i].startswith("@t "):
                    block.append([x.strip() for x in lines[i][3:].split("|")])
                    i += 1
                same = len({len(r) for r in block}) == 1 and len(block) > 2
                colw = [max(min(max(dwidth(r[j]), 6), 30) for r in block) for j in range(len(block[0]))]
                for r in block:
                    wts = colw if same else [min(max(dwidth(x), 8), 30) for x in r]
                    tw = sum(wts)
                    widths = [(R - L) * x / tw for x in wts]
                    wrapped = [wrap(x, w - 20, sfont) for x, w in zip(r, widths)]
                    h = max(len(x) for x in wrapped) * 38 + 16
                    x0 = L
                    for wl, w in zip(wrapped, widths):
                        d.rectangle([x0, y, x0 + w, y + h], outline=ink, width=2)
                        yy = y + 8
                        for tl in wl:
                            d.text((x0 + 10, yy), tl, font=sfont, fill=ink)
                            yy += 38
                        x0 += w
                    y += h
                y += 10
                continue
            i += 1
            if line.startswith("@c "):
                body = line[3:]
                f = tfont if (body.endswith("书") or "  " in body or " " in body) else font
                wdt = f.getlength(body)
                d.text(((Wpx - wdt) / 2, y), body, font=f, fill=ink)
                y += int(f.size * 1.8)
            elif line.startswith("@r "):
                body = line[3:]
                d.text((R - font.getlength(body), y), body, font=font, fill=ink)
                y += lh
            elif line.strip() == "@s":
                seals.append((R - 170, y - lh * 1.2))
            else:
                for tl in wrap(line, R - L, font) if line else [""]:
                    d.text((L, y), tl, font=font, fill=ink)
                    y += lh
        f = vol.footer_text(n)
        if f:
            d.text(((Wpx - font.getlength(f)) / 2, Hpx - 150), f, font=font, fill=ink)
        for sx, sy in seals:
            _seal(img, sx, sy, 150, seal_name)
        im = img.convert("RGB")
        im = im.rotate(rnd.uniform(0.5, 1.2) * rnd.choice([-1, 1]), resample=Image.BICUBIC,
                       expand=False, fillcolor=(250, 250, 248))
        px = im.load()
        for _ in range(400):
            x, yy = rnd.randrange(Wpx), rnd.randrange(Hpx)
            v = rnd.randrange(150, 215)
            px[x, yy] = (v, v, v)
        im = im.filter(ImageFilter.GaussianBlur(1.05))
        if not seals:
            im = im.convert("L")
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality)
        buf.seek(0)
        W, H = A4
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        c.showPage()
    c.save()


def write_folder(vol, folder, names, table_style="kv", seal_text="[公章]"):
    """One UTF-8 txt per document; cover/目录/备考表 get their own files. names: list of file names
    in volume order (cover, dir, docs..., back)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    groups = []  # (key, [page texts])
    texts = volume_pages_text(vol, table_style, seal_text)
    front = [t for (k, n, _), t in zip(vol.pages, texts) if k == "front"]
    back = [t for (k, n, _), t in zip(vol.pages, texts) if k == "back"]
    nfront_cover = len(paginate(vol._cover)) if hasattr(vol, "_cover") else 1
    groups.append(front[:nfront_cover])
    groups.append(front[nfront_cover:])
    docpages = [(n, t) for (k, n, _), t in zip(vol.pages, texts) if k == "doc"]
    for i, d in enumerate(vol.docs):
        a, b = vol.ranges[i]
        groups.append([t for n, t in docpages if a <= n <= b])
    groups.append(back)
    assert len(groups) == len(names), (len(groups), len(names))
    for name, pages in zip(names, groups):
        (folder / name).write_text("\f".join(pages), encoding="utf-8")

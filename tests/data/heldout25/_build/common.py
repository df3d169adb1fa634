"""Shared helpers for the heldout25 hand-written corpus (writer 27).

Each case module holds its own hand-written text as a list of documents
(title, [page, ...]).  A page is text with a tiny layout markup:
  ^C text   centred line          ^R text   right-aligned line
  |a|b|c|   one row of a form table (consecutive rows = one table)
  other     ordinary paragraph line
This module numbers pages, builds the 卷内目录 from the real page ranges and
renders the volume as txt / PDF (text layer) / scanned PDF / DOCX.
"""
import datetime as _dt
import os

import chinese_calendar

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# ---------------------------------------------------------------- check characters
_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CCW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(body17):
    s = sum(_CC.index(c) * w for c, w in zip(body17, _CCW))
    return body17 + _CC[(31 - s % 31) % 31]


def credit_ok(code):
    return len(code) == 18 and credit_code(code[:17]) == code


_IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(body17):
    s = sum(int(c) * w for c, w in zip(body17, _IDW))
    return body17 + "10X98765432"[s % 11]


def id_ok(num):
    return len(num) == 18 and id_number(num[:17]) == num


# ---------------------------------------------------------------- working days
def D(s):
    return _dt.date.fromisoformat(s)


def workdays_between(a, b):
    """Working days in (a, b]."""
    a, b = D(a) if isinstance(a, str) else a, D(b) if isinstance(b, str) else b
    n, d = 0, a
    while d < b:
        d += _dt.timedelta(days=1)
        if chinese_calendar.is_workday(d):
            n += 1
    return n


def add_workdays(a, n):
    d = D(a) if isinstance(a, str) else a
    while n:
        d += _dt.timedelta(days=1)
        if chinese_calendar.is_workday(d):
            n -= 1
    return d


# ---------------------------------------------------------------- volume assembly
def assemble(docs, toc_title="卷 内 目 录", toc_row=None, toc_head=None, wrong_toc=None,
             tail=None):
    """docs: list of (title, pages, date_str).  Returns (pages, ranges).

    The first page is the 卷内目录 (not numbered); document pages are numbered
    from 1; ``tail`` (e.g. 备考表) is appended unnumbered."""
    ranges, n = [], 0
    for title, pages, date in docs:
        ranges.append((title, n + 1, n + len(pages), date))
        n += len(pages)
    shown = list(ranges) if wrong_toc is None else wrong_toc(list(ranges))
    head = toc_head or "|序号|文件名称|日期|页号|"
    rows = [f"^C{toc_title}", "", head]
    for i, (t, a, b, d) in enumerate(shown, 1):
        pg = f"{a}" if a == b else f"{a}-{b}"
        rows.append(toc_row(i, t, d, pg) if toc_row else f"|{i}|{t}|{d}|{pg}|")
    toc = "\n".join(rows)
    body = [p for _, pages, _ in docs for p in pages]
    return toc, body, ranges, n


# ---------------------------------------------------------------- plain text
def plain(page, table="tab", width=40):
    out = []
    for ln in page.split("\n"):
        if ln.startswith("^C"):
            t = ln[2:]
            out.append("　" * max(0, (width - len(t)) // 2) + t)
        elif ln.startswith("^R"):
            t = ln[2:]
            out.append("　" * max(0, width - len(t)) + t)
        elif ln.startswith("|") and ln.endswith("|") and len(ln) > 1:
            cells = ln[1:-1].split("|")
            if table == "tab":
                out.append("\t".join(cells))
            elif table == "box":
                out.append("│" + "│".join(cells) + "│")
            elif table == "kv":
                if len(cells) == 2:
                    out.append(f"{cells[0]}：{cells[1]}")
                else:
                    out.append("  ".join(cells))
            else:
                out.append("  ".join(cells))
        else:
            out.append(ln)
    return "\n".join(out)


# ---------------------------------------------------------------- PDF (text layer)
def _font(family):
    """Locate a system font file through fontconfig (no machine paths in the repo)."""
    import subprocess
    return subprocess.run(["fc-match", "-f", "%{file}", family], capture_output=True,
                          text=True, check=True).stdout.strip()


FONT_WQY = _font("WenQuanYi Zen Hei")          # wqy-zenhei.ttc, subfontIndex 0
FONT_NOTO = _font("Noto Serif CJK SC")         # NotoSerifCJK-Regular.ttc


_NOSTART = "，。、；：？！）》”’〕】%"


def _wrap(text, maxw, width_fn):
    """Line breaking with simple kinsoku: no break inside an ASCII word/number,
    no closing punctuation at a line start (it hangs on the previous line)."""
    lines, cur = [], ""
    for ch in text:
        if width_fn(cur + ch) > maxw and cur and ch not in _NOSTART:
            k = len(cur)
            if ch.isascii() and ch.isalnum():
                while k > 0 and cur[k - 1].isascii() and (cur[k - 1].isalnum() or cur[k - 1] in ".-:/"):
                    k -= 1
                if k == 0:
                    k = len(cur)
            lines.append(cur[:k])
            cur = cur[k:] + ch
        else:
            cur += ch
    lines.append(cur)
    return lines


def layout(page, width_fn, W, margin, fs, lead):
    """Yield draw ops: ('text', x, y_from_top, s) / ('line', x1, y1, x2, y2)."""
    ops, y = [], margin
    lines = page.split("\n")
    i = 0
    inner = W - 2 * margin
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("|") and ln.endswith("|") and len(ln) > 1:
            rows = []
            while i < len(lines) and lines[i].startswith("|") and lines[i].endswith("|") and len(lines[i]) > 1:
                rows.append(lines[i][1:-1].split("|"))
                i += 1
            y += lead * 0.35
            widths = {}
            for k in {len(r) for r in rows}:
                if k == 2:
                    widths[k] = [inner * 0.27, inner * 0.73]
                    continue
                lens = [2] * k
                for r in rows:
                    if len(r) == k:
                        lens = [max(a, min(16, len(c))) for a, c in zip(lens, r)]
                tot = sum(lens)
                widths[k] = [inner * l / tot for l in lens]
            for cells in rows:
                k = len(cells)
                ws = widths[k]
                wrapped = [_wrap(c, w - fs * 0.6, width_fn) for c, w in zip(cells, ws)]
                h = max(len(w) for w in wrapped) * lead + fs * 0.6
                x = margin
                ops.append(("line", margin, y, W - margin, y))
                for w, wl in zip(ws, wrapped):
                    for j, s in enumerate(wl):
                        ops.append(("text", x + fs * 0.3, y + fs * 0.3 + (j + 1) * lead - (lead - fs) - 2, s))
                    ops.append(("line", x, y, x, y + h))
                    x += w
                ops.append(("line", W - margin, y, W - margin, y + h))
                y += h
                ops.append(("line", margin, y, W - margin, y))
            y += lead * 0.5
            continue
        if ln.startswith("^C"):
            s = ln[2:]
            big = s.replace(" ", "") and (len(s) < 26 and " " in s)
            ops.append(("ctext", W / 2, y + lead, s, big))
            y += lead * (1.6 if big else 1)
        elif ln.startswith("^R"):
            ops.append(("rtext", W - margin, y + lead, ln[2:]))
            y += lead
        elif ln == "":
            y += lead * 0.6
        else:
            for s in _wrap(ln, inner, width_fn):
                ops.append(("text", margin, y + lead - 2, s))
                y += lead
        i += 1
    return ops


def write_pdf(path, pages, footer, title="", fs=10.5):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    try:
        pdfmetrics.getFont("WQY")
    except KeyError:
        pdfmetrics.registerFont(TTFont("WQY", FONT_WQY, subfontIndex=0))
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(title)
    wf = lambda s, f=fs: pdfmetrics.stringWidth(s, "WQY", f)
    for n, page in enumerate(pages):
        lead = fs * 1.55
        ops = layout(page, wf, W, 62, fs, lead)
        low = max(o[2] if o[0] != "line" else max(o[2], o[4]) for o in ops)
        if low > H - 45:
            raise SystemExit(f"page {n} overflows ({low:.0f} > {H - 45:.0f})")
        for op in ops:
            if op[0] == "line":
                c.setLineWidth(0.6)
                c.line(op[1], H - op[2], op[3], H - op[4])
            elif op[0] == "text":
                c.setFont("WQY", fs)
                c.drawString(op[1], H - op[2], op[3])
            elif op[0] == "ctext":
                f = 16 if op[4] else fs + 1
                c.setFont("WQY", f)
                c.drawCentredString(op[1], H - op[2], op[3])
            elif op[0] == "rtext":
                c.setFont("WQY", fs)
                c.drawRightString(op[1], H - op[2], op[3])
        ft = footer(n)
        if ft:
            c.setFont("WQY", 9)
            c.drawCentredString(W / 2, 30, ft)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- scanned PDF
def write_scanned(path, pages, footer, seal_pages, seal_text, skews, seed=7):
    import io
    import math
    import random
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rnd = random.Random(seed)
    dpi = 200
    Wp, Hp = int(8.27 * dpi), int(11.69 * dpi)
    fs = 34
    font = ImageFont.truetype(FONT_NOTO, fs)
    fbig = ImageFont.truetype(FONT_NOTO, 50)
    wf = lambda s: font.getlength(s)
    c = canvas.Canvas(path, pagesize=A4)
    W, H = A4
    for n, page in enumerate(pages):
        img = Image.new("RGB", (Wp, Hp), (246, 245, 240))
        dr = ImageDraw.Draw(img)
        ink = (38, 38, 38)
        seal_at = None
        for op in layout(page, wf, Wp, 170, fs, fs * 1.6):
            if op[0] == "line":
                dr.line([(op[1], op[2]), (op[3], op[4])], fill=ink, width=2)
            elif op[0] == "text":
                dr.text((op[1], op[2] - fs), op[3], font=font, fill=ink)
            elif op[0] == "ctext":
                f = fbig if op[4] else font
                w = f.getlength(op[3])
                dr.text((op[1] - w / 2, op[2] - fs), op[3], font=f, fill=ink)
            elif op[0] == "rtext":
                w = font.getlength(op[3])
                dr.text((op[1] - w, op[2] - fs), op[3], font=font, fill=ink)
                if seal_text in op[3]:
                    seal_at = (op[1] - w / 2, op[2] - fs / 2)
        ft = footer(n)
        if ft:
            w = font.getlength(ft)
            dr.text(((Wp - w) / 2, Hp - 120), ft, font=font, fill=ink)
        if n in seal_pages and seal_at:
            _seal(img, seal_at, seal_text)
        img = img.rotate(skews[n % len(skews)], resample=Image.BICUBIC, fillcolor=(250, 250, 250))
        # light noise
        px = img.load()
        for _ in range(9000):
            x, y = rnd.randrange(Wp), rnd.randrange(Hp)
            v = rnd.randint(120, 200)
            px[x, y] = (v, v, v)
        img = img.filter(ImageFilter.GaussianBlur(0.7))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=45)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        c.showPage()
    c.save()


def _seal(img, center, text):
    import math
    from PIL import Image, ImageDraw, ImageFont
    R = 170
    layer = Image.new("RGBA", (2 * R + 20, 2 * R + 20), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 30, 30, 175)
    cx = cy = R + 10
    d.ellipse([10, 10, 10 + 2 * R, 10 + 2 * R], outline=red, width=9)
    f = ImageFont.truetype(FONT_NOTO, 40)
    # star
    pts = []
    for k in range(10):
        r = 52 if k % 2 == 0 else 21
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    d.polygon(pts, fill=red)
    chars = list(text)
    span = math.radians(220)
    for k, ch in enumerate(chars):
        a = math.radians(-200) + span * (k + 0.5) / len(chars)
        x = cx + (R - 42) * math.cos(a)
        y = cy + (R - 42) * math.sin(a)
        g = Image.new("RGBA", (48, 48), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((4, 0), ch, font=f, fill=red)
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(g, (int(x - 24), int(y - 24)))
    img.paste(layer, (int(center[0] - cx), int(center[1] - cy)), layer)


# ---------------------------------------------------------------- DOCX
def write_docx(path, pages, footer, author=""):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for n, page in enumerate(pages):
        lines = page.split("\n")
        i = 0
        while i < len(lines):
            ln = lines[i]
            if ln.startswith("|") and ln.endswith("|") and len(ln) > 1:
                rows = []
                while i < len(lines) and lines[i].startswith("|") and lines[i].endswith("|") and len(lines[i]) > 1:
                    rows.append(lines[i][1:-1].split("|"))
                    i += 1
                ncol = max(len(r) for r in rows)
                t = d.add_table(rows=0, cols=ncol)
                t.style = "Table Grid"
                for r in rows:
                    cells = t.add_row().cells
                    for j, v in enumerate(r):
                        cells[j].text = v
                    if len(r) < ncol:
                        cells[len(r) - 1].merge(cells[ncol - 1])
                continue
            if ln.startswith("^C"):
                p = d.add_paragraph(ln[2:])
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if " " in ln[2:] and len(ln) < 28:
                    for r in p.runs:
                        r.font.size = Pt(16)
                        r.bold = True
            elif ln.startswith("^R"):
                p = d.add_paragraph(ln[2:])
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                d.add_paragraph(ln)
            i += 1
        ft = footer(n)
        p = d.add_paragraph(ft or "")
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if n < len(pages) - 1:
            p.add_run().add_break(WD_BREAK.PAGE)
    cp = d.core_properties
    cp.title, cp.author, cp.comments, cp.last_modified_by = "", author, "", author
    d.save(path)

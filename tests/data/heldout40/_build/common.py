"""Shared helpers for the heldout40 corpus: ID check characters, working days, renderers.

Page markup used by the case modules (one string per page):
  "@C text"   centred title line        "@R text"  right-aligned line
  "@T a|b|c"  one table row (cells)      other lines: ordinary text (wrapped)
"""
import datetime as dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# ---------- identifiers ----------
_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def org_code(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c, 36) * w[i] for i, c in enumerate(body8))
    c = 11 - s % 11
    return body8 + ("X" if c == 10 else "0" if c == 11 else str(c))


def credit_code(area6, body8, prefix="91"):
    s17 = prefix + area6 + org_code(body8)
    tot = sum(_CC.index(ch) * pow(3, i, 31) for i, ch in enumerate(s17))
    c = (31 - tot % 31) % 31
    return s17 + _CC[c]


def credit_ok(code):
    tot = sum(_CC.index(ch) * pow(3, i, 31) for i, ch in enumerate(code[:17]))
    return _CC[(31 - tot % 31) % 31] == code[17]


def id_number(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * w[i] for i, c in enumerate(body17))
    return body17 + "10X98765432"[s % 11]


def id_ok(n):
    return id_number(n[:17]) == n


# ---------- dates ----------
def workdays_between(a, b):
    """Working days after a up to and including b."""
    import chinese_calendar as cc
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            n += 1
    return n


def add_workdays(a, k):
    import chinese_calendar as cc
    d = a
    while k:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            k -= 1
    return d


CN = "〇一二三四五六七八九"


def cn_date(d):
    y = "".join(CN[int(c)] for c in str(d.year))

    def num(n):
        if n < 10:
            return CN[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + CN[n % 10]
        return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")
    return f"{y}年{num(d.month)}月{num(d.day)}日"


def ar_date(d):
    return f"{d.year}年{d.month}月{d.day}日"


def dot_date(d):
    return f"{d.year}.{d.month}.{d.day}"


# ---------- text renderers ----------
def plain(page, width=None):
    out = []
    for ln in page.split("\n"):
        if ln.startswith("@C "):
            t = ln[3:]
            out.append(" " * max(0, (36 - len(t))) + t)
        elif ln.startswith("@R "):
            t = ln[3:]
            out.append(" " * max(0, (60 - 2 * len(t))) + t)
        elif ln.startswith("@T "):
            out.append("\t".join(c.strip() for c in ln[3:].split("|")))
        else:
            out.append(ln)
    return "\n".join(out).rstrip() + "\n"


def write_txt(name, pages, footer, encoding="utf-8", sep="\f"):
    n = len(pages)
    body = []
    for i, p in enumerate(pages, 1):
        t = plain(p)
        f = footer(i, n) if footer else ""
        body.append(t + (f + "\n" if f else ""))
    text = sep.join(body)
    with open(os.path.join(OUT, name), "w", encoding=encoding, newline="\n") as fh:
        fh.write(text)


# ---------- reportlab text PDF ----------
def write_pdf(name, pages, footer):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("WQY")
    except KeyError:
        pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
    W, H = A4
    c = canvas.Canvas(os.path.join(OUT, name), pagesize=A4)
    c.setTitle(name)
    L, R = 62, W - 62
    n = len(pages)
    for i, p in enumerate(pages, 1):
        y = H - 70
        rows = []
        for ln in p.split("\n") + [""]:
            if ln.startswith("@T "):
                rows.append([x.strip() for x in ln[3:].split("|")])
                continue
            if rows:
                y = _pdf_table(c, rows, L, R, y)
                rows = []
            if ln.startswith("@C "):
                c.setFont("WQY", 17)
                c.drawCentredString(W / 2, y, ln[3:])
                y -= 28
            elif ln.startswith("@R "):
                c.setFont("WQY", 11)
                c.drawRightString(R, y, ln[3:])
                y -= 19
            else:
                c.setFont("WQY", 11)
                from reportlab.pdfbase.pdfmetrics import stringWidth
                for seg in wrap_w(ln, R - L, lambda t: stringWidth(t, "WQY", 11)):
                    c.drawString(L, y, seg)
                    y -= 18
        if y < 50:
            print(f"warning: {name} page {i} overflows (y={y:.0f})")
        f = footer(i, n) if footer else ""
        if f:
            c.setFont("WQY", 9)
            c.drawCentredString(W / 2, 36, f)
        c.showPage()
    c.save()


def _wrap(s, k):
    if not s:
        return [""]
    out = []
    while s:
        out.append(s[:k])
        s = s[k:]
    return out


def _tokens(s):
    import re
    return re.findall(r"[A-Za-z0-9.\-:：〔〕（）()]+|.", s)


def wrap_w(s, maxw, width_fn):
    out, cur = [], ""
    for t in _tokens(s):
        if cur and width_fn(cur + t) > maxw:
            out.append(cur)
            cur = t
        else:
            cur += t
    out.append(cur)
    return out


def col_x(n, L, R):
    fr = {2: [0, .27, 1], 4: [0, .17, .5, .67, 1]}.get(n) or [k / n for k in range(n + 1)]
    return [L + f * (R - L) for f in fr]


def _pdf_table(c, rows, L, R, y):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    fw = lambda t: stringWidth(t, "WQY", 11)
    c.setFont("WQY", 11)
    for r in rows:
        xs = col_x(len(r), L, R)
        lines = [wrap_w(x, xs[j + 1] - xs[j] - 8, fw) for j, x in enumerate(r)]
        h = 18 * max(len(x) for x in lines) + 8
        c.rect(L, y - h + 13, R - L, h)
        for j, cell in enumerate(lines):
            x0 = xs[j]
            if j:
                c.line(x0, y + 13, x0, y - h + 13)
            yy = y
            for seg in cell:
                c.drawString(x0 + 4, yy, seg)
                yy -= 18
        y -= h
    return y - 10


# ---------- python-docx ----------
def write_docx(name, pages, footer):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    n = len(pages)
    for i, p in enumerate(pages, 1):
        rows = []
        for ln in p.split("\n") + [""]:
            if ln.startswith("@T "):
                rows.append([x.strip() for x in ln[3:].split("|")])
                continue
            if rows:
                ncol = max(len(r) for r in rows)
                t = d.add_table(rows=len(rows), cols=ncol)
                t.style = "Table Grid"
                for ri, r in enumerate(rows):
                    cells = t.rows[ri].cells
                    if len(r) < ncol:
                        cells[len(r) - 1].merge(cells[ncol - 1])
                    for ci, x in enumerate(r):
                        t.rows[ri].cells[ci].text = x
                rows = []
            if ln.startswith("@C "):
                para = d.add_paragraph()
                run = para.add_run(ln[3:])
                run.bold = True
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif ln.startswith("@R "):
                para = d.add_paragraph(ln[3:])
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif ln:
                d.add_paragraph(ln)
        f = footer(i, n) if footer else ""
        if f:
            para = d.add_paragraph(f)
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i < n:
            d.add_page_break()
    d.save(os.path.join(OUT, name))


# ---------- scanned PDF (Pillow) ----------
def write_scan(name, pages, footer, seal_pages=(), seal_text="", skew=(0.7,)):
    import random
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    import io
    rnd = random.Random(40)
    FP = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
    f_body = ImageFont.truetype(FP, 36, index=0)  # Noto Serif CJK SC? index 0 = JP; pick SC below
    for idx in range(0, 12):
        try:
            fnt = ImageFont.truetype(FP, 36, index=idx)
            if "SC" in " ".join(fnt.getname()):
                f_body = fnt
                break
        except OSError:
            break
    sc_idx = idx
    f_title = ImageFont.truetype(FP, 52, index=sc_idx)
    f_small = ImageFont.truetype(FP, 28, index=sc_idx)
    f_seal = ImageFont.truetype(FP, 30, index=sc_idx)
    Wp, Hp = 1654, 2339
    c = canvas.Canvas(os.path.join(OUT, name), pagesize=A4)
    W, H = A4
    n = len(pages)
    for i, p in enumerate(pages, 1):
        img = Image.new("RGB", (Wp, Hp), (245, 245, 245))
        dr = ImageDraw.Draw(img)
        L, R = 150, Wp - 150
        y = 180
        rows = []
        last_y = y
        for ln in p.split("\n") + [""]:
            if ln.startswith("@T "):
                rows.append([x.strip() for x in ln[3:].split("|")])
                continue
            if rows:
                for r in rows:
                    xs = col_x(len(r), L, R)
                    cells = [wrap_w(x, xs[j + 1] - xs[j] - 20, lambda t: dr.textlength(t, font=f_body)) for j, x in enumerate(r)]
                    h = 50 * max(len(x) for x in cells) + 16
                    dr.rectangle([L, y, R, y + h], outline=(30, 30, 30), width=2)
                    for j, cell in enumerate(cells):
                        x0 = xs[j]
                        if j:
                            dr.line([x0, y, x0, y + h], fill=(30, 30, 30), width=2)
                        for q, seg in enumerate(cell):
                            dr.text((x0 + 10, y + 8 + 50 * q), seg, font=f_body, fill=(20, 20, 20))
                    y += h
                y += 20
                rows = []
            if ln.startswith("@C "):
                t = ln[3:]
                tw = dr.textlength(t, font=f_title)
                dr.text(((Wp - tw) / 2, y), t, font=f_title, fill=(15, 15, 15))
                y += 90
            elif ln.startswith("@R "):
                t = ln[3:]
                tw = dr.textlength(t, font=f_body)
                dr.text((R - tw, y), t, font=f_body, fill=(20, 20, 20))
                last_y = y
                y += 54
            else:
                for seg in wrap_w(ln, R - L, lambda t: dr.textlength(t, font=f_body)):
                    dr.text((L, y), seg, font=f_body, fill=(20, 20, 20))
                    y += 54
        if y > Hp - 150:
            print(f"warning: {name} page {i} overflows (y={y})")
        f = footer(i, n) if footer else ""
        if f:
            tw = dr.textlength(f, font=f_small)
            dr.text(((Wp - tw) / 2, Hp - 130), f, font=f_small, fill=(40, 40, 40))
        if i in seal_pages:
            _seal(img, R - 230, last_y - 40, seal_text, f_seal)
        ang = skew[(i - 1) % len(skew)] * (1 if i % 2 else -1)
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(245, 245, 245))
        img = img.filter(ImageFilter.GaussianBlur(0.7))
        px = img.load()
        for _ in range(600):
            x, yy = rnd.randrange(Wp), rnd.randrange(Hp)
            v = rnd.randrange(90, 200)
            px[x, yy] = (v, v, v)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=45, optimize=True)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        c.showPage()
    c.save()


def _seal(img, cx, cy, text, font):
    import math
    from PIL import Image, ImageDraw
    r = 170
    lay = Image.new("RGBA", (2 * r + 20, 2 * r + 20), (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    o = r + 10
    red = (205, 30, 30, 170)
    d.ellipse([10, 10, 2 * r + 10, 2 * r + 10], outline=red, width=9)
    # star
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = 48 if k % 2 == 0 else 19
        pts.append((o + rr * math.cos(a), o + rr * math.sin(a)))
    d.polygon(pts, fill=red)
    n = len(text)
    span = math.radians(250)
    for k, ch in enumerate(text):
        a = -math.pi / 2 - span / 2 + span * (k + 0.5) / n
        x, y = o + (r - 48) * math.cos(a), o + (r - 48) * math.sin(a)
        g = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((4, 0), ch, font=font, fill=red)
        g = g.rotate(-math.degrees(a) - 90, expand=False)
        lay.alpha_composite(g, (int(x - 20), int(y - 20)))
    img.paste(lay, (int(cx - o), int(cy - o)), lay)

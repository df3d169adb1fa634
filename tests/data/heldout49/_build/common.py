"""Shared helpers for the heldout49 builders (writer 51). Paths are relative to this file."""
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
FONT_TTC = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
SERIF_TTC = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"

CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(body17):
    s = sum(CC_CHARS.index(c) * w for c, w in zip(body17, CC_W))
    return body17 + CC_CHARS[(31 - s % 31) % 31]


def credit_ok(code):
    return len(code) == 18 and credit_code(code[:17]) == code


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(body17):
    s = sum(int(c) * w for c, w in zip(body17, ID_W))
    return body17 + "10X98765432"[s % 11]


def id_ok(n):
    return len(n) == 18 and id_number(n[:17]) == n


def workdays_after(d0, d1):
    """number of working days after d0 up to and including d1"""
    import chinese_calendar as cc
    n, d = 0, d0
    while d < d1:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            n += 1
    return n


def add_workdays(d0, k):
    import chinese_calendar as cc
    d = d0
    while k:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            k -= 1
    return d


def paginate(docs, catalog_title="卷 内 目 录", catalog_fmt=None):
    """docs: list of (title, [page_text,...]). Returns list of page texts with 卷内目录 first."""
    pages_needed = [len(p) for _, p in docs]
    start = 2
    rows = []
    for (t, p) in docs:
        end = start + len(p) - 1
        rows.append((t, start, end))
        start = end + 1
    total = start - 1
    if catalog_fmt is None:
        lines = [catalog_title.center(30), "", "序号\t文件名称\t页号"]
        for i, (t, a, b) in enumerate(rows, 1):
            lines.append(f"{i}\t{t}\t{a}-{b}" if b > a else f"{i}\t{t}\t{a}")
        cat = "\n".join(lines)
    else:
        cat = catalog_fmt(rows)
    pages = [cat] + [pg for _, p in docs for pg in p]
    return pages, rows, total


def text_pdf(path, pages, footer=lambda i, n: f"第{i}页 共{n}页", size=10.5):
    """Render pages to a text-layer PDF. Line markers: '^C' centred title, '^R' right aligned,
    '^T' table row with cells separated by '|' (drawn with ruled lines)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    try:
        pdfmetrics.getFont("wqy")
    except KeyError:
        pdfmetrics.registerFont(TTFont("wqy", FONT_TTC, subfontIndex=0))
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    n = len(pages)
    L, R = 62, W - 62
    for pi, pg in enumerate(pages, 1):
        y = H - 70
        for raw in pg.split("\n"):
            if raw.startswith("^C"):
                c.setFont("wqy", 17)
                c.drawCentredString(W / 2, y, raw[2:])
                y -= 28
                continue
            if raw.startswith("^R"):
                c.setFont("wqy", size)
                c.drawRightString(R, y, raw[2:])
                y -= size * 1.8
                continue
            if raw.startswith("^T"):
                cells = raw[2:].split("|")
                widths = [110] + [(R - L - 110) / max(1, len(cells) - 1)] * (len(cells) - 1) if len(cells) > 1 else [R - L]
                # wrap last cells by chars
                x = L
                rowlines = []
                for cell, w in zip(cells, widths):
                    per = max(1, int((w - 8) // size))
                    rowlines.append([cell[i:i + per] for i in range(0, len(cell), per)] or [""])
                h = max(len(r) for r in rowlines) * size * 1.5 + 8
                c.setFont("wqy", size)
                for cell_lines, w in zip(rowlines, widths):
                    c.rect(x, y - h + size + 4, w, h)
                    yy = y
                    for ln in cell_lines:
                        c.drawString(x + 4, yy, ln)
                        yy -= size * 1.5
                    x += w
                y -= h
                continue
            c.setFont("wqy", size)
            per = int((R - L) // size)
            chunks = [raw[i:i + per] for i in range(0, len(raw), per)] or [""]
            for ch in chunks:
                c.drawString(L, y, ch)
                y -= size * 1.75
        if footer:
            c.setFont("wqy", 9)
            c.drawCentredString(W / 2, 36, footer(pi, n))
        c.showPage()
    c.save()


def scan_pdf(path, pages, seed=7, footer=None):
    """Scanned-look PDF: Pillow 200 dpi greyscale page images, red round seal on pages whose text has
    a line starting with '^S' (the seal is drawn over that 落款 line), skew, blur, noise, JPEG q45."""
    import io
    import math
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    rnd = random.Random(seed)
    Wpx, Hpx = 1654, 2339
    f_body = ImageFont.truetype(SERIF_TTC, 36, index=2)
    f_title = ImageFont.truetype(SERIF_TTC, 54, index=2)
    f_seal = ImageFont.truetype(SERIF_TTC, 30, index=2)
    c = canvas.Canvas(path, pagesize=A4)
    n = len(pages)
    for pi, pg in enumerate(pages, 1):
        im = Image.new("RGB", (Wpx, Hpx), (246, 245, 240))
        dr = ImageDraw.Draw(im)
        y = 170
        seal_at = None
        for raw in pg.split("\n"):
            if raw.startswith("^C"):
                w = dr.textlength(raw[2:], font=f_title)
                dr.text(((Wpx - w) / 2, y), raw[2:], font=f_title, fill=(25, 25, 25))
                y += 86
                continue
            seal = raw.startswith("^S")
            right = raw.startswith("^R") or seal
            txt = raw[2:] if right else raw
            if right:
                w = dr.textlength(txt, font=f_body)
                x0 = Wpx - 170 - w
                dr.text((x0, y), txt, font=f_body, fill=(30, 30, 30))
                if seal:
                    seal_at = (x0 + w / 2, y + 20, txt)
                y += 62
                continue
            per = 36
            for i in range(0, max(1, len(txt)), per):
                dr.text((170, y), txt[i:i + per], font=f_body, fill=(30, 30, 30))
                y += 60
        if footer:
            t = footer(pi, n)
            w = dr.textlength(t, font=f_body)
            dr.text(((Wpx - w) / 2, Hpx - 140), t, font=f_body, fill=(60, 60, 60))
        if seal_at:
            cx, cy, name = seal_at
            lay = Image.new("RGBA", im.size, (0, 0, 0, 0))
            ld = ImageDraw.Draw(lay)
            r = 150
            red = (205, 30, 35, 170)
            ld.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=9)
            star = [(cx + 38 * math.cos(math.radians(-90 + k * 36)) * (1 if k % 2 == 0 else 0.4),
                     cy + 38 * math.sin(math.radians(-90 + k * 36)) * (1 if k % 2 == 0 else 0.4)) for k in range(10)]
            ld.polygon(star, fill=red)
            label = name.replace("（印章）", "")[:14]
            for k, ch in enumerate(label):
                ang = math.radians(-160 + k * (140 / max(1, len(label) - 1)))
                ld.text((cx + 112 * math.cos(ang) - 15, cy + 112 * math.sin(ang) - 15), ch, font=f_seal, fill=red)
            im = Image.alpha_composite(im.convert("RGBA"), lay).convert("RGB")
        im = im.rotate(rnd.uniform(0.5, 1.2) * rnd.choice([-1, 1]), resample=Image.BICUBIC, expand=False,
                       fillcolor=(246, 245, 240))
        im = im.filter(ImageFilter.GaussianBlur(0.8))
        px = im.load()
        for _ in range(1500):
            x, yy = rnd.randrange(Wpx), rnd.randrange(Hpx)
            v = rnd.randrange(90, 200)
            px[x, yy] = (v, v, v)
        # greyscale body, keep the red seal: convert non-red pixels to grey
        if not seal_at:
            im = im.convert("L")
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=45)
        buf.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()

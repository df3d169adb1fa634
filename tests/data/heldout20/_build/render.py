"""Page layout shared by the PDF (text layer) and scanned-PDF builders.

A document is a list of items:
  "T:text"  title, centred, large        "C:text" centred
  "R:text"  right-aligned line           "P:text" paragraph, first-line indent, wrapped
  "L:text"  plain wrapped line           "B:"     blank line
  "S:name"  seal over the previous right-aligned line (agency name)
  "PB"      page break
  ("table", rows, widths)  grid table; widths are fractions of the text width
"""
import math
import random

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

PW, PH = 595.27, 841.89
ML, MR, MT, MB = 72, 68, 70, 72
TW = PW - ML - MR
FONT = "WQY"


def font_file(basename):
    """Locate an installed font file by its file name (via fontconfig), so no path is hard-coded."""
    import subprocess
    for line in subprocess.run(["fc-list", "--format", "%{file}\n"], capture_output=True, text=True).stdout.split("\n"):
        if line.endswith("/" + basename):
            return line
    raise FileNotFoundError(basename)


pdfmetrics.registerFont(TTFont(FONT, font_file("wqy-zenhei.ttc"), subfontIndex=0))


def sw(s, size):
    return pdfmetrics.stringWidth(s, FONT, size)


def wrap(text, width, size):
    lines, cur = [], ""
    for ch in text:
        if ch == "\n":
            lines.append(cur)
            cur = ""
            continue
        if sw(cur + ch, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


def layout(items, size=11.5, lead=20):
    pages, ops = [], []
    y = PH - MT
    last_right = None

    def newpage():
        nonlocal ops, y
        pages.append(ops)
        ops = []
        y = PH - MT

    def need(h):
        if y - h < MB:
            newpage()

    for it in items:
        if isinstance(it, tuple):
            _, rows, widths = it
            ws = [w * TW for w in widths]
            for row in rows:
                cells = [wrap(str(c), ws[i] - 8, size - 1) for i, c in enumerate(row)]
                h = max(len(c) for c in cells) * (lead - 3) + 8
                need(h)
                x = ML
                ops.append(("line", ML, y, ML + TW, y))
                for i, c in enumerate(cells):
                    for j, ln in enumerate(c):
                        ops.append(("text", x + 4, y - 14 - j * (lead - 3), ln, size - 1))
                    ops.append(("line", x, y, x, y - h))
                    x += ws[i]
                ops.append(("line", ML + TW, y, ML + TW, y - h))
                y -= h
                ops.append(("line", ML, y, ML + TW, y))
            y -= 6
            continue
        if it == "PB":
            newpage()
            continue
        kind, text = it.split(":", 1)
        if kind == "T":
            need(40)
            ops.append(("text", (PW - sw(text, 18)) / 2, y - 22, text, 18))
            y -= 40
        elif kind == "C":
            need(lead)
            ops.append(("text", (PW - sw(text, size)) / 2, y - 14, text, size))
            y -= lead
        elif kind == "R":
            need(lead)
            x = ML + TW - sw(text, size)
            ops.append(("text", x, y - 14, text, size))
            last_right = (x, y - 14, text)
            y -= lead
        elif kind == "S":
            if last_right:
                x, yy, t = last_right
                ops.append(("seal", x + sw(t, size) / 2, yy + 4, text, x))
        elif kind == "B":
            y -= lead
        else:
            ind = "　　" if kind == "P" else ""
            for ln in wrap(ind + text, TW, size):
                need(lead)
                ops.append(("text", ML, y - 14, ln, size))
                y -= lead
    pages.append(ops)
    return pages


def footer(style, n, total):
    return {"gong": f"第{n}页 共{total}页", "dash": f"- {n} -", "slash": f"{n}/{total}", "none": ""}[style]


def draw_pdf(path, pages, footer_style, seal_text="（印章）"):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(path, pagesize=(PW, PH))
    c.setAuthor("")
    total = len(pages)
    for n, ops in enumerate(pages, 1):
        for op in ops:
            if op[0] == "text":
                c.setFont(FONT, op[4])
                c.drawString(op[1], op[2], op[3])
            elif op[0] == "line":
                c.setLineWidth(0.6)
                c.line(*op[1:5])
            elif op[0] == "seal":
                c.setFont(FONT, 10.5)
                c.drawString(op[4] - sw(seal_text, 10.5) - 6, op[2] - 4, seal_text)
        f = footer(footer_style, n, total)
        if f:
            c.setFont(FONT, 9.5)
            c.drawCentredString(PW / 2, 40, f)
        c.showPage()
    c.save()


def draw_scan(path, pages, footer_style, seed=7, quality=45):
    """Scanned look: 200 dpi greyscale page, red seal, skew, blur, noise, JPEG."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    import io
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    rnd = random.Random(seed)
    k = 200 / 72
    W, H = int(PW * k), int(PH * k)
    fpath = font_file("NotoSerifCJK-Regular.ttc")
    fonts = {}

    def F(size):
        px = int(size * k)
        if px not in fonts:
            fonts[px] = ImageFont.truetype(fpath, px, index=2)  # SC face
        return fonts[px]

    c = canvas.Canvas(path, pagesize=(PW, PH))
    total = len(pages)
    for n, ops in enumerate(pages, 1):
        img = Image.new("L", (W, H), 250)
        d = ImageDraw.Draw(img)
        seals = []
        for op in ops:
            if op[0] == "text":
                d.text((op[1] * k, (PH - op[2]) * k - op[4] * k * 0.95), op[3], fill=rnd.randint(20, 45), font=F(op[4]))
            elif op[0] == "line":
                d.line([(op[1] * k, (PH - op[2]) * k), (op[3] * k, (PH - op[4]) * k)], fill=40, width=2)
            elif op[0] == "seal":
                seals.append(op)
        f = footer(footer_style, n, total)
        if f:
            fw = d.textlength(f, font=F(9.5))
            d.text(((W - fw) / 2, (PH - 40) * k - 26), f, fill=40, font=F(9.5))
        img = img.convert("RGB")
        for op in seals:
            _seal(img, op[1] * k, (PH - op[2]) * k, op[3], F, rnd)
        ang = rnd.choice([-1, 1]) * rnd.uniform(0.5, 1.2)
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 250))
        noise = Image.effect_noise((W // 3, H // 3), 5).resize((W, H)).convert("RGB")
        img = Image.blend(img, noise, 0.012)
        img = img.filter(ImageFilter.GaussianBlur(0.9))
        if not seals:
            img = img.convert("L")
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=quality, optimize=True)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, PW, PH)
        c.showPage()
    c.save()


def _seal(img, cx, cy, text, F, rnd):
    from PIL import Image, ImageDraw
    R = 118
    layer = Image.new("RGBA", (2 * R + 20, 2 * R + 20), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    o = R + 10
    red = (205, 35, 40, 170)
    d.ellipse([o - R, o - R, o + R, o + R], outline=red, width=7)
    # star
    pts = []
    for i in range(10):
        r = 34 if i % 2 == 0 else 14
        a = -math.pi / 2 + i * math.pi / 5
        pts.append((o + r * math.cos(a), o + r * math.sin(a)))
    d.polygon(pts, fill=red)
    font = F(11)
    n = len(text)
    span = min(250, 22 * n)
    for i, ch in enumerate(text):
        a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        x, y = o + (R - 30) * math.cos(a), o + (R - 30) * math.sin(a)
        ch_img = Image.new("RGBA", (44, 44), (0, 0, 0, 0))
        ImageDraw.Draw(ch_img).text((6, 0), ch, fill=red, font=font)
        ch_img = ch_img.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(ch_img, (int(x - 22), int(y - 22)))
    layer = layer.rotate(rnd.uniform(-15, 15), resample=Image.BICUBIC)
    img.paste(layer, (int(cx - o), int(cy - o)), layer)


def assemble(docs, dates, headline, footer_style, out, scan=False, toc_shift=0, seed=7):
    """Lay out each document, build a one-page 卷内目录 from the real page ranges
    (toc_shift != 0 deliberately shifts ranges, for a 目录 defect), then draw."""
    from common import dot_date
    laid = [(t, layout(items)) for t, items in docs]
    rows = [["序号", "文件名称", "日期", "页号"]]
    page = 2
    for i, (t, pages) in enumerate(laid, 1):
        n = len(pages)
        a, b = page, page + n - 1
        rows.append([str(i), t, dot_date(dates[i - 1]) if dates[i - 1] else "", f"{a}-{b}" if n > 1 else str(a)])
        page += n
    toc = ["T:卷 内 目 录", "L:" + headline, ("table", rows, [0.1, 0.55, 0.18, 0.17])]
    toc_pages = layout(toc, size=10.5, lead=17)
    assert len(toc_pages) == 1, len(toc_pages)
    allp = toc_pages + [p for _, ps in laid for p in ps]
    if scan:
        draw_scan(out, allp, footer_style, seed=seed)
    else:
        draw_pdf(out, allp, footer_style)
    return [(t, r[3]) for (t, _), r in zip(laid, rows[1:])], len(allp)

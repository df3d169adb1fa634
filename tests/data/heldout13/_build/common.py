"""Shared helpers for the heldout13 corpus builders (IDs, working days, writers)."""
import datetime as dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# ---- IDs -------------------------------------------------------------
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


# ---- working days ----------------------------------------------------
def is_workday(d):
    import chinese_calendar
    return chinese_calendar.is_workday(d)


def workdays_after(start, end):
    """Working days in (start, end]."""
    n, d = 0, start
    while d < end:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n += 1
    return n


def add_workdays(start, n):
    d = start
    while n:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d


CN_DIGITS = "〇一二三四五六七八九"


def cn_date(d):
    y = "".join(CN_DIGITS[int(c)] for c in str(d.year))

    def num(n):
        if n < 10:
            return CN_DIGITS[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + CN_DIGITS[n % 10]
        return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return f"{y}年{num(d.month)}月{num(d.day)}日"


def ar_date(d):
    return f"{d.year}年{d.month}月{d.day}日"


def dot_date(d):
    return f"{d.year}.{d.month}.{d.day}"


# ---- volume assembly ---------------------------------------------------
def paginate(docs):
    """docs: list of (title, [page_text, ...]). Returns list of (title, first, last)."""
    out, p = [], 1
    for title, pages in docs:
        out.append((title, p, p + len(pages) - 1))
        p += len(pages)
    return out


def catalogue_text(entries, header="卷 内 目 录", style="tab"):
    lines = [header.center(40), ""]
    if style == "tab":
        lines.append("序号\t文件材料名称\t页号")
        for i, (t, a, b) in enumerate(entries, 1):
            lines.append(f"{i}\t{t}\t{a}-{b}" if a != b else f"{i}\t{t}\t{a}")
    else:
        lines.append("┌──┬────────────────────────┬──────┐")
        for i, (t, a, b) in enumerate(entries, 1):
            rng = f"{a}-{b}" if a != b else f"{a}"
            lines.append(f"│{i:>2}│{t:<24}│{rng:^6}│")
        lines.append("└──┴────────────────────────┴──────┘")
    return "\n".join(lines)


# ---- text-layer PDF (reportlab) ---------------------------------------
def write_pdf(path, pages, footer=None, font="WQY"):
    """pages: list of page strings using a tiny markup:
    '^C text' centred title, '^R text' right-aligned, '^T a|b|c' table row (boxed cells),
    other lines left-aligned and wrapped. footer(i, n) -> str or None."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont(font)
    except KeyError:
        pdfmetrics.registerFont(TTFont(font, "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
    W, H = A4
    L, R = 60, W - 60
    c = canvas.Canvas(path, pagesize=A4)
    n = len(pages)
    for i, page in enumerate(pages, 1):
        y = H - 70
        for line in page.split("\n"):
            if line.startswith("^C "):
                c.setFont(font, 16)
                c.drawCentredString(W / 2, y, line[3:])
                y -= 28
            elif line.startswith("^R "):
                c.setFont(font, 10.5)
                c.drawRightString(R, y, line[3:])
                y -= 18
            elif line.startswith("^T "):
                cells = line[3:].split("|")
                c.setFont(font, 10)
                widths = _col_widths(cells, R - L)
                # wrap each cell
                wrapped = [_wrap(t, w - 8, c, font, 10) for t, w in zip(cells, widths)]
                h = max(len(x) for x in wrapped) * 14 + 8
                x = L
                for lines_, w in zip(wrapped, widths):
                    c.rect(x, y - h + 12, w, h)
                    yy = y
                    for ln in lines_:
                        c.drawString(x + 4, yy, ln)
                        yy -= 14
                    x += w
                y -= h
            else:
                c.setFont(font, 10.5)
                for ln in _wrap(line, R - L, c, font, 10.5) or [""]:
                    c.drawString(L, y, ln)
                    y -= 17
        if footer:
            f = footer(i, n)
            if f:
                c.setFont(font, 9)
                c.drawCentredString(W / 2, 35, f)
        c.showPage()
    c.save()


def _col_widths(cells, total):
    if len(cells) == 2:
        return [total * 0.28, total * 0.72]
    if len(cells) == 4:
        return [total * 0.18, total * 0.32, total * 0.18, total * 0.32]
    return [total / len(cells)] * len(cells)


def _wrap(text, width, c, font, size):
    out, cur = [], ""
    for ch in text:
        if c.stringWidth(cur + ch, font, size) > width:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


# ---- scanned PDF (Pillow page images, JPEG in a reportlab PDF) ---------
def _seal(draw_img, cx, cy, r, text):
    from PIL import Image, ImageDraw, ImageFont
    import math
    layer = Image.new("RGBA", (2 * r + 20, 2 * r + 20), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    c = r + 10
    red = (205, 30, 35, 170)
    d.ellipse([c - r, c - r, c + r, c + r], outline=red, width=9)
    # star
    pts = []
    for k in range(10):
        rr = r * 0.22 if k % 2 == 0 else r * 0.09
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    d.polygon(pts, fill=red)
    font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", int(r * 0.24))
    n = len(text)
    span = math.radians(250)
    for k, ch in enumerate(text):
        a = math.radians(-215) + span * (k + 0.5) / n
        x = c + r * 0.74 * math.cos(a)
        y = c + r * 0.74 * math.sin(a)
        g = Image.new("RGBA", (int(r * 0.3), int(r * 0.3)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((0, 0), ch, font=font, fill=red)
        g = g.rotate(-math.degrees(a) - 90, expand=True)
        layer.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    draw_img.alpha_composite(layer, (int(cx - c), int(cy - c)))


def write_scanned_pdf(path, pages, seed=13, quality=45):
    """pages: markup strings ('^C ', '^R ', '^SEAL name' puts a red seal over the last right-aligned line)."""
    import io
    import random
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    rnd = random.Random(seed)
    fp = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
    f_body = ImageFont.truetype(fp, 34)
    f_title = ImageFont.truetype(fp, 52)
    W, H = 1654, 2339
    c = canvas.Canvas(path, pagesize=A4)
    for page in pages:
        img = Image.new("RGBA", (W, H), (250, 249, 246, 255))
        d = ImageDraw.Draw(img)
        y, L, R = 170, 170, W - 170
        last_r = (R - 300, y)
        for line in page.split("\n"):
            if line.startswith("^C "):
                t = line[3:]
                w = d.textlength(t, font=f_title)
                d.text(((W - w) / 2, y), t, font=f_title, fill=(25, 25, 25, 255))
                y += 90
            elif line.startswith("^R "):
                t = line[3:]
                w = d.textlength(t, font=f_body)
                d.text((R - w, y), t, font=f_body, fill=(25, 25, 25, 255))
                last_r = (R - w / 2, y + 17)
                y += 56
            elif line.startswith("^SEAL "):
                _seal(img, last_r[0] - 10, last_r[1] - 20, 150, line[6:])
            else:
                cur = ""
                for ch in line:
                    if d.textlength(cur + ch, font=f_body) > R - L:
                        d.text((L, y), cur, font=f_body, fill=(25, 25, 25, 255))
                        y += 54
                        cur = ch
                    else:
                        cur += ch
                d.text((L, y), cur, font=f_body, fill=(25, 25, 25, 255))
                y += 54
        img = img.convert("RGB").rotate(rnd.uniform(0.5, 1.2) * rnd.choice([-1, 1]), resample=Image.BICUBIC,
                                        fillcolor=(250, 249, 246))
        img = img.filter(ImageFilter.GaussianBlur(0.7))
        # light noise: sparse specks
        px = img.load()
        for _ in range(6000):
            x, yy = rnd.randrange(W), rnd.randrange(H)
            v = rnd.randrange(150, 235)
            px[x, yy] = (v, v, v)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=quality)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()

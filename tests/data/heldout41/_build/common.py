"""Shared helpers for the heldout41 corpus (writer 43). Hand-written case texts live in case_*.py."""
import datetime as _dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CCW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(first17):
    s = sum(_CC.index(c) * w for c, w in zip(first17, _CCW))
    return first17 + _CC[(31 - s % 31) % 31]


def id_number(first17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(first17, w))
    return first17 + "10X98765432"[s % 11]


def cc_ok(c):
    return len(c) == 18 and credit_code(c[:17]) == c


def id_ok(c):
    return len(c) == 18 and id_number(c[:17]) == c


def workdays_after(d0, d1):
    """number of working days from d0 (exclusive) to d1 (inclusive)."""
    import chinese_calendar as cc
    n, d = 0, d0
    while d < d1:
        d += _dt.timedelta(days=1)
        if cc.is_workday(d):
            n += 1
    return n


def paginate(docs, lines_per_page=38, toc=True, toc_override=None):
    """docs: list of (title, text). Returns list of pages (list of str) and toc rows.
    Every document starts on a new page. If toc, a 卷内目录 page is prepended and counted as page 1."""
    pages, rows = [], []
    start = 2 if toc else 1
    for title, text in docs:
        lines = text.strip("\n").split("\n")
        first = start + len(pages)
        for i in range(0, len(lines), lines_per_page):
            pages.append(lines[i:i + lines_per_page])
        rows.append((title, first, start + len(pages) - 1))
    return pages, rows


# ---------- text-layer PDF (reportlab) ----------
def find_font(fname):
    """Locate a system font file by its file name via fontconfig (no paths hard-coded)."""
    import subprocess
    out = subprocess.run(["fc-list", ":", "file"], capture_output=True, text=True).stdout
    for ln in out.splitlines():
        p = ln.strip().rstrip(":")
        if os.path.basename(p) == fname:
            return p
    raise FileNotFoundError(fname)


FONT_TTC = find_font("wqy-zenhei.ttc")


def _reg():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "wqy" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("wqy", FONT_TTC, subfontIndex=0))


def _wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    _reg()
    out, cur = [], ""
    for ch in text:
        if stringWidth(cur + ch, font, size) > width:
            out.append(cur); cur = ch
        else:
            cur += ch
    out.append(cur)
    return out


def layout_pdf(docs, size=11):
    """docs: list of (title, blocks). blocks: ("c", text) title line, ("h", text) agency line, ("r", text) right,
    ("p", text) paragraph, ("t", rows) table (2+ columns). Returns pages = list of list of draw ops, rows for toc."""
    from reportlab.lib.pagesizes import A4
    W, H = A4
    L, R, TOP, BOT = 72, W - 72, H - 72, 80
    pages, rows = [], []
    F = "wqy"
    for title, blocks in docs:
        cur = []; pages.append(cur); y = TOP; first = len(pages)
        def need(h):
            nonlocal cur, y
            if y - h < BOT:
                cur = []; pages.append(cur); y = TOP
        for b in blocks:
            k = b[0]
            if k == "h":
                need(22); cur.append(("center", F, 13, W / 2, y, b[1])); y -= 22
            elif k == "c":
                need(30); cur.append(("center", F, 17, W / 2, y - 4, b[1])); y -= 32
            elif k == "r":
                need(18); cur.append(("right", F, size, R, y, b[1])); y -= 18
            elif k == "p":
                lines = _wrap("\u3000\u3000" + b[1] if not b[1].startswith(("问", "答", "（", "一", "1")) else b[1], F, size, R - L)
                for ln in lines:
                    need(17); cur.append(("left", F, size, L, y, ln)); y -= 17
                y -= 3
            elif k == "t":
                ncol = len(b[1][0]); widths = b[2] if len(b) > 2 else [110] + [(R - L - 110) / (ncol - 1)] * (ncol - 1)
                for row in b[1]:
                    cells = [_wrap(c, F, size - 1, w - 8) for c, w in zip(row, widths)]
                    h = max(len(c) for c in cells) * 15 + 8
                    need(h)
                    x = L
                    cur.append(("rect", L, y - h + 12, R - L, h))
                    for c, w in zip(cells, widths):
                        if x > L:
                            cur.append(("vline", x, y + 12, y - h + 12))
                        for i, ln in enumerate(c):
                            cur.append(("left", F, size - 1, x + 4, y - i * 15, ln))
                        x += w
                    y -= h
                y -= 8
        rows.append((title, first, len(pages)))
    return pages, rows


def draw_pdf(path, pages, footer):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    _reg()
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    N = len(pages)
    for n, ops in enumerate(pages, 1):
        for op in ops:
            if op[0] in ("left", "center", "right"):
                _, f, s, x, y, t = op
                c.setFont(f, s)
                {"left": c.drawString, "center": c.drawCentredString, "right": c.drawRightString}[op[0]](x, y, t)
            elif op[0] == "rect":
                c.rect(op[1], op[2], op[3], op[4])
            elif op[0] == "vline":
                c.line(op[1], op[2], op[1], op[3])
        ft = footer(n, N)
        if ft:
            c.setFont("wqy", 9); c.drawCentredString(W / 2, 40, ft)
        c.showPage()
    c.save()


def toc_blocks(rows, offset, heading="卷 内 目 录", sub=None):
    tb = [["序号", "文件题名", "页号"]]
    for i, (t, a, b) in enumerate(rows, 1):
        a += offset; b += offset
        tb.append([str(i), t, f"{a}-{b}" if a != b else str(a)])
    bl = [("c", heading)]
    if sub:
        bl.append(("r", sub))
    bl.append(("t", tb, [50, 300, 101]))
    return bl


# ---------- scanned PDF (Pillow, 200 dpi) ----------
NOTO = find_font("NotoSerifCJK-Regular.ttc")


def render_scan(pages, path, footer, seed=41):
    """pages: list of list of lines. Line prefixes: '^^' centred title, '>>' right-aligned, '@@SEAL:<text>' draws a
    red round seal over the preceding line. Greyscale page + red seal, skew, blur, noise, JPEG q45, into a PDF."""
    import io, math, random
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    rnd = random.Random(seed)
    W, H = 1654, 2339
    f_body = ImageFont.truetype(NOTO, 36, index=2)
    f_title = ImageFont.truetype(NOTO, 50, index=2)
    f_seal = ImageFont.truetype(NOTO, 26, index=2)
    c = canvas.Canvas(path, pagesize=A4)
    N = len(pages)
    for n, lines in enumerate(pages, 1):
        img = Image.new("L", (W, H), 250)
        d = ImageDraw.Draw(img)
        y, L, R = 190, 170, W - 170
        seals = []
        last = None
        for ln in lines:
            if ln.startswith("@@SEAL:"):
                seals.append((last, ln[7:])); continue
            if ln.startswith("^^"):
                t = ln[2:]; w = d.textlength(t, font=f_title)
                d.text(((W - w) / 2, y), t, font=f_title, fill=25); last = ((W - w) / 2, y, w); y += 80
            elif ln.startswith(">>"):
                t = ln[2:]; w = d.textlength(t, font=f_body)
                d.text((R - w, y), t, font=f_body, fill=30); last = (R - w, y, w); y += 56
            else:
                # wrap
                t = ln
                while True:
                    k = len(t)
                    while d.textlength(t[:k], font=f_body) > R - L:
                        k -= 1
                    d.text((L, y), t[:k], font=f_body, fill=30); last = (L, y, d.textlength(t[:k], font=f_body)); y += 56
                    t = t[k:]
                    if not t:
                        break
        ft = footer(n, N)
        if ft:
            w = d.textlength(ft, font=f_body); d.text(((W - w) / 2, H - 150), ft, font=f_body, fill=60)
        img = img.rotate(rnd.uniform(0.5, 1.2) * rnd.choice([-1, 1]), resample=Image.BICUBIC, fillcolor=250)
        noise = Image.effect_noise((W, H), 10).point(lambda v: (v - 128) // 4 + 128)
        img = Image.blend(img, noise.convert("L"), 0.025)
        img = img.filter(ImageFilter.GaussianBlur(0.9))
        if seals:
            img = img.convert("RGB")
        for (x, yy, w), text in seals:
            cx, cy, r = int(x + w / 2), int(yy + 20), 150
            layer = Image.new("RGBA", (W, H), (0, 0, 0, 0)); sd = ImageDraw.Draw(layer)
            col = (205, 30, 35, 170)
            sd.ellipse((cx - r, cy - r, cx + r, cy + r), outline=col, width=9)
            # star
            pts = []
            for i in range(10):
                a = -math.pi / 2 + i * math.pi / 5; rr = 42 if i % 2 == 0 else 17
                pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
            sd.polygon(pts, fill=col)
            # text on arc
            m = len(text); span = math.radians(230)
            for i, ch in enumerate(text):
                a = -math.pi / 2 - span / 2 + span * (i + 0.5) / m
                tx, ty = cx + (r - 34) * math.cos(a), cy + (r - 34) * math.sin(a)
                g = Image.new("RGBA", (40, 40), (0, 0, 0, 0)); ImageDraw.Draw(g).text((6, 2), ch, font=f_seal, fill=col)
                g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
                layer.alpha_composite(g, (int(tx - 20), int(ty - 20)))
            img = Image.alpha_composite(img.convert("RGBA"), layer).convert("RGB")
        buf = io.BytesIO(); img.save(buf, "JPEG", quality=45, optimize=True, progressive=True, dpi=(200, 200)); buf.seek(0)
        pw, ph = A4
        c.drawImage(ImageReader(buf), 0, 0, pw, ph)
        c.showPage()
    c.save()

"""Shared helpers for the heldout9 builders: IDs, working days, layout, renderers.

A document is (title, blocks); a block is one of
  ("h", text)      centred title line          ("c", text)  centred line
  ("r", text)      right-aligned line          ("p", text)  paragraph (wrapped)
  ("t", rows)      form table, rows = [[cell, ...], ...]
  ("brk", None)    forced page break inside a document
Pagination is done once (paginate) so every renderer and the 卷内目录 agree on pages.
"""
from __future__ import annotations

import datetime as dt
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def uscc(body17: str) -> str:
    """Return the 18-char 统一社会信用代码 with its GB 32100 check character."""
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_W))
    return body17 + USCC_CHARS[(31 - s % 31) % 31]


def uscc_ok(code: str) -> bool:
    return len(code) == 18 and uscc(code[:17]) == code


def idno(body17: str) -> str:
    """Return the 18-digit 身份证号 with its GB 11643 check digit."""
    s = sum(int(c) * w for c, w in zip(body17, ID_W))
    return body17 + "10X98765432"[s % 11]


def idno_ok(code: str) -> bool:
    return len(code) == 18 and idno(code[:17]) == code


def is_workday(d: dt.date) -> bool:
    import chinese_calendar

    return chinese_calendar.is_workday(d)


def add_workdays(d: dt.date, n: int) -> dt.date:
    """The date n working days after d (d itself not counted)."""
    while n:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d


def workdays_between(a: dt.date, b: dt.date) -> int:
    """Working days in (a, b]."""
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        n += is_workday(d)
    return n


CN_DIG = "〇一二三四五六七八九"


def cn_date(d: dt.date) -> str:
    """二〇二三年五月十日 style."""
    def num(n: int) -> str:
        if n < 10:
            return CN_DIG[n]
        if n < 20:
            return "十" + (CN_DIG[n % 10] if n % 10 else "")
        return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")
    y = "".join(CN_DIG[int(c)] for c in str(d.year))
    return f"{y}年{num(d.month)}月{num(d.day)}日"


def ar_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def dot_date(d: dt.date) -> str:
    return f"{d.year}.{d.month}.{d.day}"


def text_width(s: str) -> int:
    """Display width: CJK 2, ASCII 1."""
    return sum(1 if ord(c) < 128 else 2 for c in s)


def wrap(s: str, width: int) -> list[str]:
    out, cur, w = [], "", 0
    for ch in s:
        cw = 1 if ord(ch) < 128 else 2
        if w + cw > width:
            out.append(cur)
            cur, w = "", 0
        cur += ch
        w += cw
    out.append(cur)
    return out


def block_lines(block: tuple, width: int = 84) -> int:
    """Estimated printed lines of a block at the given display width."""
    kind, val = block
    if kind == "p":
        return len(wrap(val, width - 4))
    if kind == "t":
        n = 0
        for row in val:
            cw = (width - 2) // max(1, len(row))
            n += max(len(wrap(c, max(8, cw - 2))) for c in row)
        return n + 1
    if kind == "brk":
        return 0
    return 1


def paginate(docs: list, per_page: int = 40) -> list:
    """Split documents into pages. Returns [(title, [page_blocks, ...]), ...]."""
    out = []
    for title, blocks in docs:
        pages, cur, n = [], [], 0
        for b in blocks:
            if b[0] == "brk":
                pages.append(cur)
                cur, n = [], 0
                continue
            k = block_lines(b) + (1 if b[0] in ("h", "t") else 0)
            if n + k > per_page and cur:
                pages.append(cur)
                cur, n = [], 0
            cur.append(b)
            n += k
        pages.append(cur)
        out.append((title, pages))
    return out


def page_ranges(paged: list, first: int = 1) -> list:
    """[(title, first_page, last_page)] for numbered documents."""
    res, p = [], first
    for title, pages in paged:
        res.append((title, p, p + len(pages) - 1))
        p += len(pages)
    return res


def catalogue_rows(ranges: list, override: dict | None = None) -> list:
    """卷内目录 rows (序号, 文件名称, 页码). override maps index -> page text (to plant ARCH-01)."""
    rows = []
    for i, (t, a, b) in enumerate(ranges, 1):
        pg = f"{a}" if a == b else f"{a}-{b}"
        if override and i in override:
            pg = override[i]
        rows.append([str(i), t, pg])
    return rows


# ---------------------------------------------------------------- text renderers
def render_text(blocks: list, style: str = "tab", width: int = 84) -> str:
    """Render blocks as plain text. style: tab | box | bracket | colon."""
    out = []
    for kind, val in blocks:
        if kind == "h":
            t = " ".join(val) if len(val) <= 10 else val
            out.append(" " * max(0, (width - text_width(t)) // 2) + t)
            out.append("")
        elif kind == "c":
            out.append(" " * max(0, (width - text_width(val)) // 2) + val)
        elif kind == "r":
            out.append(" " * max(0, width - text_width(val)) + val)
        elif kind == "p":
            out.extend("　　" + ln if i == 0 else ln for i, ln in enumerate(wrap(val, width - 4)))
        elif kind == "t":
            out.extend(render_table(val, style, width))
    return "\n".join(out)


def render_table(rows: list, style: str, width: int) -> list:
    if style == "tab":
        return ["\t".join(r) for r in rows]
    if style == "bracket":
        res = []
        for r in rows:
            if len(r) == 2:
                res.append(f"【{r[0]}】{r[1]}")
            else:
                res.append("　".join(f"【{c}】" if i % 2 == 0 else c for i, c in enumerate(r)))
        return res
    if style == "colon":
        res = []
        for r in rows:
            if len(r) % 2 == 0:
                res.append("    ".join(f"{r[i]}：{r[i + 1]}" for i in range(0, len(r), 2)))
            else:
                res.append("    ".join(r))
        return res
    # box
    res = ["┌" + "─" * 40 + "┐"]
    for r in rows:
        res.append("│" + "│".join(r) + "│")
    res.append("└" + "─" * 40 + "┘")
    return res


# ---------------------------------------------------------------- PDF (text layer)
def pdf_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
    return "WQY"


def draw_pages_pdf(path: pathlib.Path, pages: list, footer) -> None:
    """pages: list of block lists (already paginated); footer(i) -> (text, align) or None."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = pdf_font()
    W, H = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    lm, rm, top = 62, W - 62, H - 70
    fs = 10.5
    lh = 16.5
    maxw = (rm - lm) / fs * 2
    for i, blocks in enumerate(pages):
        y = top
        for kind, val in blocks:
            if kind == "h":
                c.setFont(font, 16)
                t = " ".join(val) if len(val) <= 10 else val
                c.drawCentredString(W / 2, y, t)
                y -= 30
            elif kind == "c":
                c.setFont(font, 12)
                c.drawCentredString(W / 2, y, val)
                y -= lh + 2
            elif kind == "r":
                c.setFont(font, fs)
                c.drawRightString(rm, y, val)
                y -= lh
            elif kind == "p":
                c.setFont(font, fs)
                for j, ln in enumerate(wrap(val, int(maxw) - 10)):
                    c.drawString(lm + (2 * fs if j == 0 else 0), y, ln)
                    y -= lh
            elif kind == "t":
                y = draw_table_pdf(c, font, val, lm, rm, y, fs)
        f = footer(i)
        if f:
            c.setFont(font, 9)
            if f[1] == "right":
                c.drawRightString(rm, 40, f[0])
            else:
                c.drawCentredString(W / 2, 40, f[0])
        c.showPage()
    c.save()


def draw_table_pdf(c, font, rows, lm, rm, y, fs) -> float:
    ncol = max(len(r) for r in rows)
    total = rm - lm
    for r in rows:
        while len(r) > 1 and r[-1] == "":
            r = r[:-1]
        if len(r) == 2 and ncol == 4:
            widths = [total * 0.18 / 1.0, total * 0.82]
        elif len(r) == 1:
            widths = [total]
        elif len(r) == 2:
            widths = [total * 0.24, total * 0.76]
        elif len(r) == 3:
            widths = [total * 0.1, total * 0.7, total * 0.2] if ncol == 3 and r[0].isdigit() or r[0] == "序号" else [total / 3] * 3
        else:
            base = [0.18, 0.32] * (len(r) // 2) + ([0.18] if len(r) % 2 else [])
            s = sum(base)
            widths = [total * b / s for b in base]
        wrapped = [wrap(cell, max(4, int(w / fs * 2) - 3)) for cell, w in zip(r, widths)]
        h = max(len(w) for w in wrapped) * (fs + 4) + 6
        x = lm
        for cell_lines, w in zip(wrapped, widths):
            c.rect(x, y - h + fs, w, h, stroke=1, fill=0)
            yy = y
            c.setFont(font, fs)
            for ln in cell_lines:
                c.drawString(x + 3, yy - 2, ln)
                yy -= fs + 4
            x += w
        y -= h
    return y - 10


# ---------------------------------------------------------------- scanned PDF (Pillow images)
SCAN_FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"


def _seal(img, cx: int, cy: int, name: str, r: int = 150) -> None:
    """Draw a red round seal (ring, star, agency name on an arc) centred at (cx, cy)."""
    import math

    from PIL import Image, ImageDraw, ImageFont

    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 30, 35, 170)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=9)
    # five-pointed star
    pts = []
    for k in range(10):
        rad = r * (0.30 if k % 2 == 0 else 0.12)
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    d.polygon(pts, fill=red)
    f = ImageFont.truetype(SCAN_FONT, int(r * 0.26), index=0)
    n = len(name)
    span = math.radians(250)
    for k, ch in enumerate(name):
        a = -math.pi / 2 - span / 2 + span * (k + 0.5) / n
        x = cx + r * 0.74 * math.cos(a)
        y = cy + r * 0.74 * math.sin(a)
        g = Image.new("RGBA", (int(r * 0.34), int(r * 0.34)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((0, 0), ch, font=f, fill=red)
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC, expand=True)
        layer.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    img.alpha_composite(layer)


def render_scan_page(blocks: list, footer: str | None, seal_name: str | None, seed: int):
    """Draw one A4 page at 200 dpi; returns a PIL RGB image (skewed, blurred, noisy)."""
    import random

    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    W, H = 1654, 2339
    img = Image.new("RGBA", (W, H), (250, 249, 245, 255))
    d = ImageDraw.Draw(img)
    fs = 34
    f = ImageFont.truetype(SCAN_FONT, fs, index=0)
    fh = ImageFont.truetype(SCAN_FONT, 52, index=0)
    fc = ImageFont.truetype(SCAN_FONT, 38, index=0)
    lm, rm, y = 170, W - 170, 180
    lh = 50
    ink = (25, 25, 25, 255)
    chars = int((rm - lm) / fs * 2) - 4
    seal_at = None
    for kind, val in blocks:
        if kind == "h":
            t = " ".join(val) if len(val) <= 10 else val
            w = d.textlength(t, font=fh)
            d.text(((W - w) / 2, y), t, font=fh, fill=ink)
            y += 95
        elif kind == "c":
            w = d.textlength(val, font=fc)
            d.text(((W - w) / 2, y), val, font=fc, fill=ink)
            y += 62
        elif kind == "r":
            w = d.textlength(val, font=f)
            d.text((rm - w, y), val, font=f, fill=ink)
            if seal_name and ("印章" in val or "（章）" in val or "公章" in val):
                seal_at = (int(rm - w / 2), y + 10)
            y += lh
        elif kind == "p":
            for j, ln in enumerate(wrap(val, chars)):
                d.text((lm + (2 * fs if j == 0 else 0), y), ln, font=f, fill=ink)
                y += lh
        elif kind == "t":
            ncol = max(len(r) for r in val)
            total = rm - lm
            for r in val:
                while len(r) > 1 and r[-1] == "":
                    r = r[:-1]
                if len(r) == 1:
                    widths = [total]
                elif len(r) == 2:
                    widths = [total * 0.24, total * 0.76] if ncol != 4 else [total * 0.18, total * 0.82]
                elif len(r) == 3 and (r[0].isdigit() or r[0] == "序号"):
                    widths = [total * 0.1, total * 0.7, total * 0.2]
                else:
                    base = [0.18, 0.32] * (len(r) // 2) + ([0.18] if len(r) % 2 else [])
                    widths = [total * b / sum(base) for b in base]
                wr = [wrap(c, max(4, int(w / fs * 2) - 2)) for c, w in zip(r, widths)]
                h = max(len(x) for x in wr) * (fs + 12) + 16
                x = lm
                for cl, w in zip(wr, widths):
                    d.rectangle([x, y, x + w, y + h], outline=ink, width=2)
                    yy = y + 8
                    for ln in cl:
                        d.text((x + 8, yy), ln, font=f, fill=ink)
                        yy += fs + 12
                    x += w
                y += h
            y += 30
    if footer:
        w = d.textlength(footer, font=f)
        d.text(((W - w) / 2, H - 150), footer, font=f, fill=ink)
    if seal_at:
        _seal(img, seal_at[0], seal_at[1], seal_name)
    rnd = random.Random(seed)
    angle = rnd.choice([-1, 1]) * rnd.uniform(0.5, 1.2)
    img = img.convert("RGB").rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(250, 249, 245))
    import numpy as np

    img = img.filter(ImageFilter.GaussianBlur(1.1))
    arr = np.asarray(img, dtype=np.int16)
    rng = np.random.default_rng(seed)
    specks = rng.random((H, W, 1)) < 0.00008
    arr = arr - specks * rng.integers(40, 120, size=(H, W, 1))
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    return out if seal_at else out.convert("L")


def scans_to_pdf(path: pathlib.Path, images: list, quality: int = 45) -> None:
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for im in images:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality, optimize=True)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()

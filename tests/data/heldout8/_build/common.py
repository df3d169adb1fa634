"""Shared helpers for the heldout8 corpus: IDs, working days, page markup and writers.

Page markup (one string per page, one line per row):
  "::c 文字"   centred line (title)         "::C 文字" centred, large (main title)
  "::r 文字"   right-aligned line
  "::t a|b|c"  one row of a form table (cells separated by |)
  "::seal 名称" a seal drawn here (scanned PDF) / written as the seal marker in text
  anything else: an ordinary paragraph line.
"""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import chinese_calendar

OUT = Path(__file__).resolve().parent.parent

CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def org_code(body8: str) -> str:
    """GB 11714 organisation code: 8 chars + check char."""
    s = sum(CC_CHARS.index(c) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    return body8 + ("X" if c == 10 else "0" if c == 11 else str(c))


def credit_code(dept: str, kind: str, region: str, body8: str) -> str:
    """GB 32100 unified social credit code with its check character."""
    first17 = dept + kind + region + org_code(body8)
    s = sum(CC_CHARS.index(c) * w for c, w in zip(first17, CC_W))
    return first17 + CC_CHARS[(31 - s % 31) % 31]


def credit_ok(code: str) -> bool:
    s = sum(CC_CHARS.index(c) * w for c, w in zip(code[:17], CC_W))
    return len(code) == 18 and CC_CHARS[(31 - s % 31) % 31] == code[17]


def id_number(region: str, birth: str, seq3: str) -> str:
    """GB 11643 citizen ID number (region 6 digits, birth YYYYMMDD, sequence 3 digits)."""
    first17 = region + birth + seq3
    s = sum(int(c) * w for c, w in zip(first17, ID_W))
    return first17 + "10X98765432"[s % 11]


def id_ok(code: str) -> bool:
    s = sum(int(c) * w for c, w in zip(code[:17], ID_W))
    return len(code) == 18 and "10X98765432"[s % 11] == code[17]


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def workdays_after(start: dt.date, end: dt.date) -> int:
    """Working days strictly after start up to and including end."""
    n, x = 0, start
    while x < end:
        x += dt.timedelta(days=1)
        if chinese_calendar.is_workday(x):
            n += 1
    return n


def add_workdays(start: dt.date, k: int) -> dt.date:
    x = start
    while k:
        x += dt.timedelta(days=1)
        if chinese_calendar.is_workday(x):
            k -= 1
    return x


CN_DIG = "〇一二三四五六七八九"


def cn_date(x: dt.date) -> str:
    """二〇二三年五月十日 style."""
    def num(n: int) -> str:
        if n < 10:
            return CN_DIG[n]
        t, u = divmod(n, 10)
        return ("" if t == 1 else CN_DIG[t]) + "十" + (CN_DIG[u] if u else "")
    return "".join(CN_DIG[int(c)] for c in str(x.year)) + f"年{num(x.month)}月{num(x.day)}日"


def ar_date(x: dt.date) -> str:
    return f"{x.year}年{x.month}月{x.day}日"


def dot_date(x: dt.date) -> str:
    return f"{x.year}.{x.month}.{x.day}"


class Volume:
    """An ordered 案卷: documents with pages; cover/目录/备考表 are unnumbered."""

    def __init__(self) -> None:
        self.front: list[str] = []
        self.docs: list[tuple[str, str, list[str]]] = []  # (toc title, date text, pages)
        self.back: list[str] = []

    def add(self, title: str, date: str, pages: list[str]) -> None:
        self.docs.append((title, date, pages))

    def ranges(self) -> list[tuple[str, str, int, int]]:
        out, p = [], 1
        for title, date, pages in self.docs:
            out.append((title, date, p, p + len(pages) - 1))
            p += len(pages)
        return out

    def total(self) -> int:
        return sum(len(p) for _, _, p in self.docs)

    def numbered_pages(self, footer) -> list[str]:
        """Front pages, then numbered document pages (footer(n, total) or None), then back pages."""
        pages = list(self.front)
        n, tot = 0, self.total()
        for _, _, dps in self.docs:
            for pg in dps:
                n += 1
                f = footer(n, tot) if footer else None
                pages.append(pg.rstrip("\n") + ("\n\n" + f if f else ""))
        return pages + list(self.back)


def to_text(page: str, table_style: str = "tab", width: int = 40) -> str:
    """Render markup to plain text."""
    out = []
    for line in page.split("\n"):
        if line.startswith("::C ") or line.startswith("::c "):
            t = line[4:]
            out.append(" " * max(0, (width - len(t)) // 2 * 2 // 2) + t)
        elif line.startswith("::r "):
            t = line[4:]
            out.append(" " * max(0, 2 * width - 2 * len(t)) + t)
        elif line.startswith("::t "):
            cells = line[4:].split("|")
            if table_style == "box":
                out.append("│" + "│".join(cells) + "│")
            elif table_style == "colon":
                out.append("；".join(c for c in cells if c))
            else:
                out.append("\t".join(cells))
        elif line.startswith("::seal "):
            out.append(f"{line[7:]}（印章）")
        elif line.startswith("::f "):
            out.append(line[4:])
        else:
            out.append(line)
    return "\n".join(out)


def write_text(path: Path, pages: list[str], encoding: str = "utf-8", table_style: str = "tab") -> None:
    path.write_bytes("\f".join(to_text(p, table_style) for p in pages).encode(encoding))


def rng(seed: str) -> random.Random:
    return random.Random(seed)


def write_docx(path: Path, pages: list[str]) -> None:
    """Word document: markup tables become real Word tables, one page per section of text + page break."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for i, page in enumerate(pages):
        lines = page.split("\n")
        k = 0
        while k < len(lines):
            line = lines[k]
            if line.startswith("::t "):
                rows = []
                while k < len(lines) and lines[k].startswith("::t "):
                    rows.append(lines[k][4:].split("|"))
                    k += 1
                ncol = max(len(r) for r in rows)
                tab = doc.add_table(rows=len(rows), cols=ncol)
                tab.style = "Table Grid"
                for r, cells in enumerate(rows):
                    for c, txt in enumerate(cells):
                        tab.cell(r, c).text = txt
                    if len(cells) < ncol:
                        tab.cell(r, len(cells) - 1).merge(tab.cell(r, ncol - 1))
                continue
            if line.startswith("::C "):
                p = doc.add_paragraph()
                run = p.add_run(line[4:])
                run.bold = True
                run.font.size = Pt(18)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif line.startswith("::c "):
                p = doc.add_paragraph(line[4:])
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif line.startswith("::r "):
                p = doc.add_paragraph(line[4:])
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif line.startswith("::seal "):
                p = doc.add_paragraph(line[7:] + "（盖章）")
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                doc.add_paragraph(line)
            k += 1
        if i < len(pages) - 1:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "writer9"
    cp.created = cp.modified = __import__("datetime").datetime(2026, 1, 1)
    cp.revision = 1
    doc.save(str(path))


def write_mirror(case_id: str, pages: list[str]) -> None:
    """Plain-text mirror of a binary-format case, for check.py only."""
    p = OUT / "_build" / "text"
    p.mkdir(exist_ok=True)
    (p / f"{case_id}.txt").write_text("\f".join(to_text(x) for x in pages), encoding="utf-8")


def write_text_pdf(path: Path, pages: list[str], font_name: str = "WQY") -> None:
    """Text-layer PDF with real layout: centred titles, right-aligned 文号/日期, ruled form tables, seals."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    try:
        pdfmetrics.getFont(font_name)
    except KeyError:
        pdfmetrics.registerFont(TTFont(font_name, "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
    W, H = A4
    ml, mr, mt, mb = 72, 68, 70, 60
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)

    def wrap(text: str, size: float, width: float) -> list[str]:
        out, cur = [], ""
        for ch in text:
            if pdfmetrics.stringWidth(cur + ch, font_name, size) > width:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        return out + [cur]

    for page in pages:
        y = H - mt
        lines = page.split("\n")
        foot = lines[-1] if lines and lines[-1].startswith("::f ") else None
        if foot:
            lines = lines[:-1]
        k = 0
        while k < len(lines):
            line = lines[k]
            if line.startswith("::t "):
                rows = []
                while k < len(lines) and lines[k].startswith("::t "):
                    rows.append(lines[k][4:].split("|"))
                    k += 1
                ncol = max(len(r) for r in rows)
                tw = W - ml - mr
                if ncol == 2:
                    widths = [tw * 0.26, tw * 0.74]
                else:
                    widths = [tw / ncol] * ncol
                    if ncol == 4:
                        widths = [tw * 0.08, tw * 0.52, tw * 0.22, tw * 0.18]
                size = 10.5
                for cells in rows:
                    cw = widths if len(cells) == ncol else [tw * 0.26, tw * 0.74][: len(cells)]
                    wrapped = [wrap(t, size, w - 8) for t, w in zip(cells, cw)]
                    h = max(len(x) for x in wrapped) * 15 + 8
                    x = ml
                    for wl, w in zip(wrapped, cw):
                        c.rect(x, y - h, w, h)
                        ty = y - 15
                        c.setFont(font_name, size)
                        for t in wl:
                            c.drawString(x + 4, ty, t)
                            ty -= 15
                        x += w
                    y -= h
                y -= 8
                continue
            if line.startswith("::C "):
                c.setFont(font_name, 18)
                c.drawCentredString(W / 2, y - 6, line[4:])
                y -= 34
            elif line.startswith("::c "):
                c.setFont(font_name, 13)
                c.drawCentredString(W / 2, y, line[4:])
                y -= 22
            elif line.startswith("::r "):
                c.setFont(font_name, 11)
                c.drawRightString(W - mr, y, line[4:])
                y -= 19
            elif line.startswith("::seal "):
                name = line[7:]
                c.setFont(font_name, 11)
                c.drawRightString(W - mr, y, name + "（印章）")
                c.saveState()
                c.setStrokeColorRGB(0.85, 0.1, 0.1)
                c.setLineWidth(2)
                c.circle(W - mr - 60, y + 2, 42)
                c.restoreState()
                y -= 19
            else:
                c.setFont(font_name, 11)
                for t in wrap(line, 11, W - ml - mr) if line else [""]:
                    c.drawString(ml, y, t)
                    y -= 18
            k += 1
        if foot:
            c.setFont(font_name, 10)
            c.drawCentredString(W / 2, mb - 25, foot[4:])
        c.showPage()
    c.save()


def _seal(img, cx: int, cy: int, name: str, r: int = 150) -> None:
    """Red round official seal: ring, star, agency name along the upper arc."""
    import math

    from PIL import Image, ImageDraw, ImageFont

    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    dr = ImageDraw.Draw(layer)
    red = (214, 30, 36, 200)
    dr.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=9)
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = 42 if k % 2 == 0 else 17
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    dr.polygon(pts, fill=red)
    font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 36, index=2)
    n = len(name)
    span = math.radians(250)
    for i, ch in enumerate(name):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        x, y = cx + (r - 38) * math.cos(ang), cy + (r - 38) * math.sin(ang)
        g = Image.new("RGBA", (44, 44), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((4, -6), ch, font=font, fill=red)
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(g, (int(x - 22), int(y - 22)))
    img.alpha_composite(layer)


def write_scanned_pdf(path: Path, pages: list[str], seed: str, quality: int = 45) -> None:
    """Scanned-looking PDF: pages drawn with Pillow at 200 dpi, red seals, skew, blur, noise, JPEG."""
    import io

    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    R = rng(seed)
    W, H = 1654, 2339
    fp = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
    f_body = ImageFont.truetype(fp, 30, index=2)
    f_title = ImageFont.truetype(fp, 50, index=2)
    f_sub = ImageFont.truetype(fp, 36, index=2)
    ml, mr, mt = 190, 170, 200
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)

    def tw(t: str, f) -> float:
        return f.getlength(t)

    def wrap(text: str, f, width: float) -> list[str]:
        out, cur = [], ""
        for ch in text:
            if tw(cur + ch, f) > width:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        return out + [cur]

    for page in pages:
        img = Image.new("RGBA", (W, H), (250, 249, 245, 255))
        dr = ImageDraw.Draw(img)
        ink = (25, 25, 28, 255)
        y = mt
        seals = []
        lines = page.split("\n")
        k = 0
        while k < len(lines):
            line = lines[k]
            if line.startswith("::t "):
                rows = []
                while k < len(lines) and lines[k].startswith("::t "):
                    rows.append(lines[k][4:].split("|"))
                    k += 1
                ncol = max(len(r) for r in rows)
                tot = W - ml - mr
                widths = [tot * 0.27, tot * 0.73] if ncol == 2 else (
                    [tot * 0.08, tot * 0.52, tot * 0.22, tot * 0.18] if ncol == 4 else [tot / ncol] * ncol)
                for cells in rows:
                    cw = widths if len(cells) == ncol else [tot * 0.27, tot * 0.73][: len(cells)]
                    wr = [wrap(t, f_body, w - 20) for t, w in zip(cells, cw)]
                    h = max(len(x) for x in wr) * 44 + 20
                    x = ml
                    for wl, w in zip(wr, cw):
                        dr.rectangle([x, y, x + w, y + h], outline=ink, width=2)
                        ty = y + 10
                        for t in wl:
                            dr.text((x + 10, ty), t, font=f_body, fill=ink)
                            ty += 44
                        x += w
                    y += h
                y += 20
                continue
            if line.startswith("::C "):
                t = line[4:]
                dr.text(((W - tw(t, f_title)) / 2, y), t, font=f_title, fill=ink)
                y += 90
            elif line.startswith("::c "):
                t = line[4:]
                dr.text(((W - tw(t, f_sub)) / 2, y), t, font=f_sub, fill=ink)
                y += 62
            elif line.startswith("::r "):
                t = line[4:]
                dr.text((W - mr - tw(t, f_body), y), t, font=f_body, fill=ink)
                y += 48
            elif line.startswith("::seal "):
                t = line[7:]
                dr.text((W - mr - tw(t, f_body), y), t, font=f_body, fill=ink)
                seals.append((int(W - mr - tw(t, f_body) / 2 + R.randint(-25, 25)), y + 40 + R.randint(-15, 15), t))
                y += 48
            elif line.startswith("::f "):
                t = line[4:]
                dr.text((W - mr - tw(t, f_body), H - 140), t, font=f_body, fill=ink)
            else:
                for t in wrap(line, f_body, W - ml - mr) if line else [""]:
                    dr.text((ml, y), t, font=f_body, fill=ink)
                    y += 48
            k += 1
        for sx, sy, name in seals:
            _seal(img, sx, sy, name)
        g = img.convert("RGB")
        g = g.rotate(R.uniform(0.5, 1.2) * R.choice([-1, 1]), resample=Image.BICUBIC, fillcolor=(250, 249, 245))
        g = g.filter(ImageFilter.GaussianBlur(0.9))
        arr = np.asarray(g).astype(np.int16)
        nrng = np.random.default_rng(R.randint(0, 2**31))
        arr = arr + nrng.normal(0, 1.6, arr.shape[:2])[..., None].astype(np.int16)
        g = Image.fromarray(np.clip(arr, 0, 255).astype("uint8"))
        if not seals:  # pages without a seal were scanned in greyscale
            g = g.convert("L")
        buf = io.BytesIO()
        g.save(buf, "JPEG", quality=quality, subsampling=2, optimize=True)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()

"""Shared helpers for the heldout30 corpus: check characters, working days, volume assembly, renderers.

A case is a list of documents. A document is a dict: {"title": str, "blocks": [...]} where a block is
("c", text) centred, ("r", text) right-aligned, ("p", text) paragraph, ("t", rows) table (list of cell lists),
("seal", agency) a seal placed over the preceding lines, ("pb",) page break, ("sp",) empty line.
Pages are fixed by explicit ("pb",) markers, so all formats share one pagination and the 卷内目录 is exact.
"""
from __future__ import annotations

import datetime as dt
import os
import random

import chinese_calendar

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# ---------------------------------------------------------------- check characters
_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(first17: str) -> str:
    """GB 32100 统一社会信用代码 from its first 17 characters."""
    s = sum(_CC.index(c) * w for c, w in zip(first17, _CC_W))
    return first17 + _CC[(31 - s % 31) % 31]


def credit_ok(code: str) -> bool:
    return len(code) == 18 and credit_code(code[:17]) == code


_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(first17: str) -> str:
    """GB 11643 身份证号 from its first 17 digits."""
    s = sum(int(c) * w for c, w in zip(first17, _ID_W))
    return first17 + "10X98765432"[s % 11]


def id_ok(num: str) -> bool:
    return len(num) == 18 and id_number(num[:17]) == num


# ---------------------------------------------------------------- dates
def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def is_wd(d: dt.date) -> bool:
    return chinese_calendar.is_workday(d)


def wd_after(a: dt.date, b: dt.date) -> int:
    """Working days in (a, b]."""
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        n += is_wd(d)
    return n


def add_wd(a: dt.date, n: int) -> dt.date:
    d = a
    while n:
        d += dt.timedelta(days=1)
        n -= is_wd(d)
    return d


_CN = "〇一二三四五六七八九"


def _cn_num(n: int) -> str:
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n % 10] if n % 10 else "")
    return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")


def cn(d: dt.date) -> str:
    return "".join(_CN[int(c)] for c in str(d.year)) + "年" + _cn_num(d.month) + "月" + _cn_num(d.day) + "日"


def ar(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def dot(d: dt.date) -> str:
    return f"{d.year}.{d.month}.{d.day}"


# ---------------------------------------------------------------- volume assembly
def paginate(docs):
    """Split every document into pages at ("pb",); return [(doc_index, blocks_of_page)]."""
    pages = []
    for i, doc in enumerate(docs):
        cur = []
        for b in doc["blocks"]:
            if b[0] == "pb":
                pages.append((i, cur))
                cur = []
            else:
                cur.append(b)
        pages.append((i, cur))
    return pages


def page_ranges(docs):
    """1-based page ranges of each document (catalogue itself is not numbered)."""
    rng, p = [], 1
    for doc in docs:
        n = 1 + sum(1 for b in doc["blocks"] if b[0] == "pb")
        rng.append((p, p + n - 1))
        p += n
    return rng


def catalogue(docs, head, overrides=None, style="tab", title="卷 内 目 录"):
    """Build a 卷内目录 document for docs (which exclude the catalogue). overrides: {index: (from, to)}."""
    rng = page_ranges(docs)
    if overrides:
        for k, v in overrides.items():
            rng[k] = v
    rows = [["序号", "文件名称", "文件日期", "页号"]]
    for i, (doc, (a, b)) in enumerate(zip(docs, rng), 1):
        rows.append([str(i), doc["title"], doc.get("date", ""), f"{a}" if a == b else f"{a}-{b}"])
    return {"title": "卷内目录", "blocks": [("c", title), ("p", head), ("t", rows)], "unnumbered": True}


# ---------------------------------------------------------------- plain-text rendering
def _wcell(s: str) -> int:
    return sum(2 if ord(c) > 0x2E7F else 1 for c in s)


def table_text(rows, style):
    if style == "tab":
        return ["\t".join(r) for r in rows]
    if style == "kv":
        out = []
        for r in rows:
            if len(r) == 2:
                out.append(f"{r[0]}：{r[1]}")
            else:
                out.append("  ".join(r))
        return out
    # box
    ncol = max(len(r) for r in rows)
    w = [0] * ncol
    for r in rows:
        for j, c in enumerate(r):
            w[j] = max(w[j], min(_wcell(c), 44))
    line = "├" + "┼".join("─" * (x + 2) for x in w) + "┤"
    out = ["┌" + "┬".join("─" * (x + 2) for x in w) + "┐"]
    for k, r in enumerate(rows):
        cells = list(r) + [""] * (ncol - len(r))
        out.append("│" + "│".join(" " + c + " " * (w[j] - _wcell(c) + 1) for j, c in enumerate(cells)) + "│")
        out.append(line if k < len(rows) - 1 else "└" + "┴".join("─" * (x + 2) for x in w) + "┘")
    return out


def page_text(blocks, table_style="box", width=36, seal_text=True):
    out = []
    for b in blocks:
        k = b[0]
        if k == "c":
            pad = max(0, (width * 2 - _wcell(b[1])) // 4)
            out.append("　" * pad + b[1] if pad else b[1])
        elif k == "r":
            pad = max(0, (width * 2 - _wcell(b[1])) // 2)
            out.append(" " * pad + b[1])
        elif k == "p":
            out.append(b[1])
        elif k == "sp":
            out.append("")
        elif k == "t":
            out.extend(table_text(b[1], table_style))
        elif k == "seal":
            if seal_text and len(b) > 2:
                out.append(b[2])
    return "\n".join(out)


def footer(style, n, total):
    return {"cn": f"第{n}页 共{total}页", "dash": f"- {n} -", "slash": f"{n}/{total}", "none": ""}[style]


def text_pages(docs, table_style, footer_style):
    """[(doc_index, text)] with footers; catalogue pages unnumbered."""
    pages = paginate(docs)
    total = sum(1 for i, _ in pages if not docs[i].get("unnumbered"))
    out, n = [], 0
    for i, blocks in pages:
        t = page_text(blocks, table_style)
        if not docs[i].get("unnumbered"):
            n += 1
            f = footer(footer_style, n, total)
            if f:
                t += "\n\n" + " " * 30 + f
        out.append((i, t))
    return out


# ---------------------------------------------------------------- PDF (text layer)
def pdf_text(docs, path, footer_style="cn", font_path="/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("ZH", font_path, subfontIndex=0))
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle("案卷")
    pages = paginate(docs)
    total = sum(1 for i, _ in pages if not docs[i].get("unnumbered"))
    n = 0
    left, right, top, bottom = 70, W - 65, H - 70, 70
    fs, lh = 10.5, 16

    def wrap(text, width, size):
        lines, cur = [], ""
        for ch in text:
            if pdfmetrics.stringWidth(cur + ch, "ZH", size) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
        return lines

    for i, blocks in pages:
        y = top
        last_y = y
        for b in blocks:
            k = b[0]
            if k == "c":
                size = 16 if b[1].replace(" ", "").endswith(("书", "表", "笔录", "录", "报告", "回证", "目录", "凭证", "证明", "单", "意见", "审批表")) and len(b[1]) < 30 else 12
                c.setFont("ZH", size)
                c.drawCentredString(W / 2, y, b[1])
                y -= size + 10
            elif k == "r":
                c.setFont("ZH", fs)
                c.drawRightString(right, y, b[1])
                y -= lh
            elif k == "p":
                c.setFont("ZH", fs)
                for ln in wrap(b[1], right - left, fs):
                    c.drawString(left, y, ln)
                    y -= lh
            elif k == "sp":
                y -= lh
            elif k == "t":
                rows = b[1]
                ncol = max(len(r) for r in rows)
                tw = right - left
                if ncol == 2:
                    cw = [tw * 0.26, tw * 0.74]
                elif ncol == 4:
                    cw = [tw * 0.08, tw * 0.56, tw * 0.2, tw * 0.16]
                else:
                    cw = [tw / ncol] * ncol
                c.setLineWidth(0.6)
                for r in rows:
                    cells = list(r) + [""] * (ncol - len(r))
                    if len(r) == 1:
                        wl = [wrap(r[0], tw - 8, fs - 0.5)]
                    else:
                        wl = [wrap(cell, cw[j] - 8, fs - 0.5) for j, cell in enumerate(cells)]
                    hgt = max(len(x) for x in wl) * (lh - 1) + 6
                    c.rect(left, y - hgt + lh - 4, tw, hgt)
                    x = left
                    c.setFont("ZH", fs - 0.5)
                    if len(r) == 1:
                        for m, ln in enumerate(wl[0]):
                            c.drawString(x + 4, y - m * (lh - 1), ln)
                    else:
                        for j, lines in enumerate(wl):
                            if j:
                                c.line(x, y - hgt + lh - 4, x, y + lh - 4)
                            for m, ln in enumerate(lines):
                                c.drawString(x + 4, y - m * (lh - 1), ln)
                            x += cw[j]
                    y -= hgt
                y -= 6
            elif k == "seal":
                c.setFont("ZH", fs)
                if len(b) > 2:
                    c.drawRightString(right - 40, y, b[2])
                    y -= lh
            last_y = y
            if y < bottom:
                raise ValueError(f"page overflow in {docs[i]['title']}")
        if not docs[i].get("unnumbered"):
            n += 1
            f = footer(footer_style, n, total)
            if f:
                c.setFont("ZH", 9)
                c.drawCentredString(W / 2, 40, f)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- DOCX
def docx_render(docs, path, footer_style="cn"):
    """Word file: one page per page of the volume, forms as real Word tables, page number line at the foot."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    pages = paginate(docs)
    total = sum(1 for i, _ in pages if not docs[i].get("unnumbered"))
    n = 0
    for pi, (i, blocks) in enumerate(pages):
        for b in blocks:
            k = b[0]
            if k in ("c", "r", "p", "sp"):
                para = doc.add_paragraph()
                if k == "c":
                    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                elif k == "r":
                    para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if k != "sp":
                    run = para.add_run(b[1])
                    if k == "c":
                        run.bold = True
                        run.font.size = Pt(15)
            elif k == "t":
                rows = b[1]
                ncol = max(len(r) for r in rows)
                t = doc.add_table(rows=len(rows), cols=ncol)
                t.style = "Table Grid"
                for ri, r in enumerate(rows):
                    if len(r) < ncol:
                        cell = t.cell(ri, 0).merge(t.cell(ri, ncol - 1)) if ncol > 1 else t.cell(ri, 0)
                        cell.text = r[0] if len(r) == 1 else "　".join(r)
                    else:
                        for ci, v in enumerate(r):
                            t.cell(ri, ci).text = v
            elif k == "seal":
                if len(b) > 2:
                    doc.add_paragraph(b[2]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if not docs[i].get("unnumbered"):
            n += 1
            f = footer(footer_style, n, total)
            if f:
                doc.add_paragraph(f).alignment = WD_ALIGN_PARAGRAPH.CENTER
        if pi < len(pages) - 1:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.core_properties.author = "档案室"
    doc.save(path)


# ---------------------------------------------------------------- scanned PDF
def _seal(img, cx, cy, agency, r=150):
    import math
    from PIL import Image, ImageDraw, ImageFont
    red = (205, 30, 35)
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    dr = ImageDraw.Draw(layer)
    dr.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red + (200,), width=9)
    # star
    pts = []
    for k in range(10):
        rr = 42 if k % 2 == 0 else 17
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    dr.polygon(pts, fill=red + (200,))
    f = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 34, index=0)
    n = len(agency)
    span = math.radians(230)
    for k, ch in enumerate(agency):
        a = -math.pi / 2 - span / 2 + span * (k + 0.5) / n
        x, y = cx + (r - 36) * math.cos(a), cy + (r - 36) * math.sin(a)
        g = Image.new("RGBA", (44, 44), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((22, 22), ch, font=f, fill=red + (210,), anchor="mm")
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(g, (int(x - 22), int(y - 22)))
    img.alpha_composite(layer)


def pdf_scan(docs, path, footer_style="cn", seed=7, quality=45):
    """Scanned-looking PDF: pages drawn with Pillow at 200 dpi, seal, skew, blur, noise, JPEG in a reportlab PDF."""
    import io
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rnd = random.Random(seed)
    fp = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
    fb = ImageFont.truetype(fp, 30, index=0)
    ft = ImageFont.truetype(fp, 46, index=0)
    fs = ImageFont.truetype(fp, 26, index=0)
    Wp, Hp = 1654, 2339
    L, R = 180, Wp - 170
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    pages = paginate(docs)
    total = sum(1 for i, _ in pages if not docs[i].get("unnumbered"))
    n = 0
    tmp_files = []

    def wrap(dr, text, width, font):
        lines, cur = [], ""
        for ch in text:
            if dr.textlength(cur + ch, font=font) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
        return lines

    for i, blocks in pages:
        img = Image.new("RGBA", (Wp, Hp), (255, 255, 255, 255))
        dr = ImageDraw.Draw(img)
        y = 190
        seal_at = None
        for b in blocks:
            k = b[0]
            if k == "c":
                big = len(b[1]) < 24 and not b[1].startswith(("案卷", "档号"))
                f = ft if big else fb
                dr.text((Wp / 2, y), b[1], font=f, fill=(20, 20, 20, 255), anchor="mt")
                y += 78 if big else 50
            elif k == "r":
                dr.text((R, y), b[1], font=fb, fill=(20, 20, 20, 255), anchor="rt")
                y += 50
            elif k == "p":
                for ln in wrap(dr, b[1], R - L, fb):
                    dr.text((L, y), ln, font=fb, fill=(20, 20, 20, 255))
                    y += 48
            elif k == "sp":
                y += 40
            elif k == "t":
                rows = b[1]
                ncol = max(len(r) for r in rows)
                tw = R - L
                cw = [tw * 0.27, tw * 0.73] if ncol == 2 else ([tw * 0.08, tw * 0.56, tw * 0.2, tw * 0.16] if ncol == 4 else [tw / ncol] * ncol)
                for r in rows:
                    cells = [r[0]] if len(r) == 1 else list(r) + [""] * (ncol - len(r))
                    widths = [tw] if len(r) == 1 else cw
                    wl = [wrap(dr, cell, widths[j] - 24, fs) for j, cell in enumerate(cells)]
                    h = max(len(x) for x in wl) * 40 + 24
                    dr.rectangle([L, y, R, y + h], outline=(30, 30, 30, 255), width=2)
                    x = L
                    for j, lines in enumerate(wl):
                        if j:
                            dr.line([x, y, x, y + h], fill=(30, 30, 30, 255), width=2)
                        for m, ln in enumerate(lines):
                            dr.text((x + 12, y + 12 + m * 40), ln, font=fs, fill=(20, 20, 20, 255))
                        x += widths[j]
                    y += h
                y += 20
            elif k == "seal":
                # a scan shows the stamp itself, not a textual seal marker; it sits over the 落款 date
                seal_at = (R - 230, y + 40, b[1])
                y += 30
            if y > Hp - 200:
                raise ValueError(f"scan page overflow in {docs[i]['title']}")
        if not docs[i].get("unnumbered"):
            n += 1
            f = footer(footer_style, n, total)
            if f:
                dr.text((Wp / 2, Hp - 130), f, font=fs, fill=(40, 40, 40, 255), anchor="mt")
        # greyscale paper, then the red seal on top
        g = img.convert("L").filter(ImageFilter.GaussianBlur(1.35))
        img = g.convert("RGBA")
        if seal_at:
            _seal(img, int(seal_at[0]), int(seal_at[1]), seal_at[2])
        ang = rnd.choice([-1, 1]) * rnd.uniform(0.5, 1.2)
        img = img.convert("RGB").rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 248))
        # light scanner noise: sparse specks and a few short streaks (dense noise would bloat the JPEGs)
        sd = ImageDraw.Draw(img)
        for _ in range(50):
            x, yy = rnd.randrange(Wp), rnd.randrange(Hp)
            v = rnd.randrange(90, 200)
            sd.point((x, yy), fill=(v, v, v))
        for _ in range(4):
            x, yy = rnd.randrange(Wp), rnd.randrange(Hp)
            sd.line([x, yy, x + rnd.randrange(5, 40), yy + rnd.randrange(-2, 3)], fill=(185, 185, 185), width=1)
        img = Image.eval(img, lambda v: min(255, int(v * 1.04)))
        if not seal_at:
            img = img.convert("L")
        # reportlab embeds a JPEG file as is (DCTDecode); a PIL image would be re-encoded losslessly
        import tempfile
        with tempfile.NamedTemporaryFile(suffix=".jpg", delete=False) as tf:
            img.save(tf, "JPEG", quality=quality, dpi=(200, 200))
        Wa, Ha = A4
        c.drawImage(tf.name, 0, 0, Wa, Ha)
        tmp_files.append(tf.name)
        c.showPage()
    c.save()
    for t in tmp_files:
        os.remove(t)

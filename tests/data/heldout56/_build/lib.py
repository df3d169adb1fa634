"""Shared helpers for the heldout56 corpus: ids, dates, page assembly and the seven writers.

A case module supplies ``DOCS``: a list of ``(title, date_text, source)`` where ``source`` is a
small markup: ``^`` centred line, ``>`` right-aligned line, ``|a|b|c|d|`` table row,
``<<PB>>`` page break, anything else a paragraph.  The lib builds the 卷内目录 (page 1) from
the real page count of every document, numbers the pages and writes one output format.
"""
from __future__ import annotations

import datetime as _dt
import io
import math
import os
import random
import textwrap
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
CN_DIG = "〇一二三四五六七八九"
CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


# ---------------------------------------------------------------- identifiers
def org_check(body8: str) -> str:
    """GB 11714 check character of an 8-character organisation-code body."""
    s = sum(CC_CHARS.index(c) * w for c, w in zip(body8, ORG_W))
    r = 11 - s % 11
    return {10: "X", 11: "0"}.get(r, str(r))


def credit_code(prefix2: str, area6: str, org8: str) -> str:
    """Build an 18-character 统一社会信用代码 with valid GB 11714 and GB 32100 checks."""
    first17 = prefix2 + area6 + org8 + org_check(org8)
    s = sum(CC_CHARS.index(c) * w for c, w in zip(first17, CC_W))
    return first17 + CC_CHARS[(31 - s % 31) % 31]


def credit_ok(code: str) -> bool:
    """True when both check characters of a credit code are right."""
    if len(code) != 18 or any(c not in CC_CHARS for c in code):
        return False
    return credit_code(code[:2], code[2:8], code[8:16]) == code


def id_number(area6: str, birth: str, seq3: str) -> str:
    """Build an 18-digit 公民身份号码 with a valid GB 11643 check digit."""
    first17 = area6 + birth + seq3
    return first17 + "10X98765432"[sum(int(c) * w for c, w in zip(first17, ID_W)) % 11]


def id_ok(num: str) -> bool:
    """True when the check digit of an 18-digit ID number is right."""
    if len(num) != 18 or not num[:17].isdigit():
        return False
    return id_number(num[:6], num[6:14], num[14:17]) == num


# ---------------------------------------------------------------- dates / money
def cn_date(iso: str) -> str:
    """2023-05-06 -> 二〇二三年五月六日."""
    d = _dt.date.fromisoformat(iso)

    def num(n: int) -> str:
        if n < 10:
            return CN_DIG[n]
        if n < 20:
            return "十" + (CN_DIG[n % 10] if n % 10 else "")
        return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")

    return "".join(CN_DIG[int(c)] for c in str(d.year)) + "年" + num(d.month) + "月" + num(d.day) + "日"


def ymd(iso: str) -> str:
    """2023-05-06 -> 2023年5月6日."""
    d = _dt.date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日"


def dots(iso: str) -> str:
    """2023-05-06 -> 2023.5.6."""
    d = _dt.date.fromisoformat(iso)
    return f"{d.year}.{d.month}.{d.day}"


def workdays_after(start: str, end: str) -> int:
    """Number of working days in (start, end] using chinese_calendar."""
    import chinese_calendar as cc

    a, b = _dt.date.fromisoformat(start), _dt.date.fromisoformat(end)
    n, d = 0, a
    while d < b:
        d += _dt.timedelta(days=1)
        n += cc.is_workday(d)
    return n


def add_workdays(start: str, n: int) -> str:
    """The date that is the n-th working day after start."""
    import chinese_calendar as cc

    d = _dt.date.fromisoformat(start)
    while n:
        d += _dt.timedelta(days=1)
        n -= cc.is_workday(d)
    return d.isoformat()


# ---------------------------------------------------------------- markup
def parse(src: str) -> list[list[tuple[str, object]]]:
    """Split markup into pages of blocks (kind, payload)."""
    pages: list[list[tuple[str, object]]] = [[]]
    for raw in textwrap.dedent(src).strip("\n").split("\n"):
        line = raw.rstrip()
        if line.strip() == "<<PB>>":
            pages.append([])
        elif line.strip() == "<<SEAL>>":
            pages[-1].append(("s", None))
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if pages[-1] and pages[-1][-1][0] == "t":
                pages[-1][-1][1].append(cells)
            else:
                pages[-1].append(("t", [cells]))
        elif line.startswith("^"):
            pages[-1].append(("c", line[1:].strip()))
        elif line.startswith(">"):
            pages[-1].append(("r", line[1:].strip()))
        else:
            pages[-1].append(("p", line))
    return pages


def assemble(docs, toc_title="卷 内 目 录", toc_head=""):
    """Return (pages, toc_rows): pages is a list of (doc_title, blocks), page 1 the 卷内目录."""
    # a source starting with <<CONT>> continues on the previous document's last sheet
    parsed = [(t, d, s.lstrip().startswith("<<CONT>>"), parse(s.replace("<<CONT>>", "", 1))) for t, d, s in docs]
    rows, body = [], []
    for i, (t, d, cont, pgs) in enumerate(parsed, 1):
        if cont and body:
            a = len(body) + 1
            body[-1] = (body[-1][0], body[-1][1] + [("p", "")] + pgs[0])
            body += [(t, b) for b in pgs[1:]]
        else:
            a = len(body) + 2
            body += [(t, b) for b in pgs]
        b_ = len(body) + 1
        rows.append([str(i), t, d, f"{a}" if a == b_ else f"{a}-{b_}"])
    toc = [("c", toc_title)]
    if toc_head:
        toc += [("p", x) for x in toc_head.split("\n")]
    toc.append(("t", [["序号", "文件材料名称", "日期", "页号"]] + rows))
    return [("卷内目录", toc)] + body, rows


def text_of_blocks(blocks, width=40) -> str:
    """Plain-text rendering of a page's blocks (tables as label：value pairs)."""
    out = []
    for kind, val in blocks:
        if kind == "s":
            continue
        if kind == "c":
            out.append(val.center(width - len(val)).rstrip() if len(val) < width else val)
        elif kind == "r":
            out.append(" " * max(0, width - 2 * len(val)) + val)
        elif kind == "p":
            out.append(val)
        else:
            for cells in val:
                if len(cells) == 4 and cells[0] == "序号":
                    out.append("  ".join(cells))
                elif len(cells) >= 4 and cells[0].isdigit():
                    out.append("  ".join(cells))
                elif len(cells) % 2 == 0:
                    out.append("    ".join(f"{cells[i]}：{cells[i + 1]}" for i in range(0, len(cells), 2)))
                else:
                    out.append("  ".join(cells))
    return "\n".join(out)


# ---------------------------------------------------------------- writers
def write_txt(case_id, pages, footer, encoding="utf-8"):
    """One text file, pages separated by form feed, footer on every page."""
    n = len(pages)
    chunks = [text_of_blocks(b) + "\n\n" + footer(i, n) + "\n" for i, (_, b) in enumerate(pages, 1)]
    path = OUT / f"{case_id}.txt"
    path.write_bytes("\f".join(chunks).encode(encoding))
    return path


def write_folder(case_id, pages, footer):
    """One UTF-8 text file per document, named NN_标题.txt; pages inside separated by \\f."""
    d = OUT / case_id
    d.mkdir(exist_ok=True)
    for f in d.glob("*.txt"):
        f.unlink()
    n = len(pages)
    groups: list[tuple[str, list[str]]] = []
    prev = None
    for i, (t, b) in enumerate(pages, 1):
        txt = text_of_blocks(b) + "\n\n" + footer(i, n) + "\n"
        if groups and t == prev:
            groups[-1][1].append(txt)
        else:
            groups.append((t, [txt]))
        prev = t
    for k, (t, chunks) in enumerate(groups):
        (d / f"{k:02d}_{t}.txt").write_text("\f".join(chunks), encoding="utf-8")
    return d


def write_docx(case_id, pages, footer_text):
    """DOCX with Word tables for forms, a page break between pages and a footer field line."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    n = len(pages)
    for i, (_, blocks) in enumerate(pages, 1):
        for kind, val in blocks:
            if kind == "s":
                continue
            if kind == "t":
                ncol = max(len(r) for r in val)
                tb = doc.add_table(rows=len(val), cols=ncol)
                tb.style = "Table Grid"
                for r, cells in enumerate(val):
                    for c, v in enumerate(cells):
                        tb.cell(r, c).text = v
                    if len(cells) < ncol:  # merge the tail for a long last cell
                        tb.cell(r, len(cells) - 1).merge(tb.cell(r, ncol - 1))
            else:
                p = doc.add_paragraph(val)
                if kind == "c":
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    for run in p.runs:
                        run.bold = True
                        run.font.size = Pt(15)
                elif kind == "r":
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp = doc.add_paragraph(footer_text(i, n))
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i < n:
            fp.add_run().add_break(WD_BREAK.PAGE)
    path = OUT / f"{case_id}.docx"
    doc.save(path)
    return path


def _wrap(s: str, width: int) -> list[str]:
    """Wrap CJK text by character count (ASCII counts half)."""
    out, cur, w = [], "", 0.0
    for ch in s:
        cw = 0.55 if ord(ch) < 128 else 1.0
        if w + cw > width:
            out.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += cw
    out.append(cur)
    return out


def write_pdf(case_id, pages, footer_text, ruled=True):
    """Text-layer PDF with reportlab; tables drawn with ruled lines when ``ruled``."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    W, H = A4
    c = canvas.Canvas(str(OUT / f"{case_id}.pdf"), pagesize=A4)
    c.setTitle(case_id)
    n = len(pages)
    left, right = 62, W - 62
    for i, (_, blocks) in enumerate(pages, 1):
        size = 11.0
        while True:  # shrink until the page fits on one sheet
            lines = _layout(blocks, size, right - left, ruled)
            if sum(h for h, *_ in lines) < H - 150 or size < 7:
                break
            size -= 0.5
        y = H - 70
        for h, kind, payload in lines:
            y -= h
            if kind == "text":
                align, s, fs = payload
                c.setFont("STSong-Light", fs)
                if align == "c":
                    c.drawCentredString(W / 2, y, s)
                elif align == "r":
                    c.drawRightString(right, y, s)
                else:
                    c.drawString(left, y, s)
            else:  # table row
                widths, cell_lines, fs, top = payload
                c.setFont("STSong-Light", fs)
                x = left
                for wdt, cl in zip(widths, cell_lines):
                    for k, s in enumerate(cl):
                        c.drawString(x + 3, y + h - (k + 1) * fs * 1.35, s)
                    if ruled:
                        c.rect(x, y, wdt, h - 2, stroke=1, fill=0)
                    x += wdt
        c.setFont("STSong-Light", 9)
        c.drawCentredString(W / 2, 34, footer_text(i, n))
        c.showPage()
    c.save()
    return OUT / f"{case_id}.pdf"


def _layout(blocks, size, width, ruled):
    """Turn blocks into (height, kind, payload) lines for the PDF writer."""
    lines = []
    chars = width / size
    for kind, val in blocks:
        if kind == "s":
            continue
        if kind == "c":
            lines.append((size * 2.2, "text", ("c", val, size * 1.45)))
        elif kind in ("p", "r"):
            for s in _wrap(val, chars) if val else [""]:
                lines.append((size * 1.6, "text", (kind if kind == "r" else "l", s, size)))
        else:
            ncol = max(len(r) for r in val)
            if not ruled:
                for cells in val:
                    txt = text_of_blocks([("t", [cells])])
                    for s in _wrap(txt, chars):
                        lines.append((size * 1.6, "text", ("l", s, size)))
                continue
            if ncol == 4 and val[0][0] == "序号":
                fr = [0.08, 0.55, 0.22, 0.15]
            elif ncol == 4:
                fr = [0.17, 0.33, 0.17, 0.33]
            elif ncol == 2:
                fr = [0.22, 0.78]
            else:
                fr = [1 / ncol] * ncol
            for cells in val:
                ws = [f * width for f in fr]
                if len(cells) < ncol:
                    ws = ws[: len(cells) - 1] + [sum(ws[len(cells) - 1:])]
                cl = [_wrap(v, wd / size - 0.6) for v, wd in zip(cells, ws)]
                h = max(len(x) for x in cl) * size * 1.35 + 6
                lines.append((h, "row", (ws, cl, size, 0)))
    return lines


# ---------------------------------------------------------------- scanned PDF
FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
FONT_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def _seal(draw_img, cx, cy, r, name, rng):
    """Draw a red round official seal (ring, star, agency name on an arc) onto an RGBA layer."""
    from PIL import Image, ImageDraw, ImageFont

    layer = Image.new("RGBA", draw_img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 30, 35, 170)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=9)
    # five-pointed star
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.28 if k % 2 == 0 else r * 0.11
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    f = ImageFont.truetype(FONT_SANS, int(r * 0.25), index=2)
    n = len(name)
    span = min(250, 18 * n)
    for k, ch in enumerate(name):
        ang = math.radians(-90 - span / 2 + span * (k + 0.5) / n)
        x, y = cx + r * 0.72 * math.cos(ang), cy + r * 0.72 * math.sin(ang)
        g = Image.new("RGBA", (int(r * 0.3), int(r * 0.3)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((0, 0), ch, font=f, fill=red)
        g = g.rotate(-math.degrees(ang) - 90, expand=True)
        layer.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    # uneven ink
    px = layer.load()
    for _ in range(2500):
        x, y = rng.randint(cx - r, cx + r - 1), rng.randint(cy - r, cy + r - 1)
        if 0 <= x < layer.width and 0 <= y < layer.height and px[x, y][3]:
            px[x, y] = (0, 0, 0, 0)
    return layer


def write_scanned_pdf(case_id, pages, footer_text, seal_name, dpi=200, quality=50, seed=58):
    """Render every page to a greyscale-text image with seals, rotate, add noise, JPEG, wrap in PDF."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    fs = int(10.5 / 72 * dpi)
    f = ImageFont.truetype(FONT, fs, index=2)
    ft = ImageFont.truetype(FONT, int(fs * 1.45), index=2)
    tmpdir = OUT / "_build" / "_scan_tmp"
    tmpdir.mkdir(exist_ok=True)
    c = canvas.Canvas(str(OUT / f"{case_id}.pdf"), pagesize=A4)
    n = len(pages)
    left, right = int(0.85 * dpi), W - int(0.85 * dpi)
    chars = (right - left) / fs
    for i, (_, blocks) in enumerate(pages, 1):
        img = Image.new("RGB", (W, H), (250, 250, 247))
        d = ImageDraw.Draw(img)
        ink = (rng.randint(35, 60),) * 3
        y = int(0.95 * dpi)
        seals = []
        for kind, val in blocks:
            if kind == "s":
                seals.append(y)
                continue
            if kind == "c":
                tw = d.textlength(val, font=ft)
                d.text(((W - tw) / 2, y), val, font=ft, fill=ink)
                y += int(fs * 2.3)
            elif kind in ("p", "r"):
                for s in _wrap(val, chars) if val else [""]:
                    x = right - d.textlength(s, font=f) if kind == "r" else left
                    d.text((x, y), s, font=f, fill=ink)
                    y += int(fs * 1.55)
            else:
                ncol = max(len(r) for r in val)
                width = right - left
                if ncol == 4 and val[0][0] == "序号":
                    fr = [0.08, 0.55, 0.22, 0.15]
                elif ncol == 4:
                    fr = [0.17, 0.33, 0.17, 0.33]
                elif ncol == 2:
                    fr = [0.22, 0.78]
                else:
                    fr = [1 / ncol] * ncol
                for cells in val:
                    ws = [q * width for q in fr]
                    if len(cells) < ncol:
                        ws = ws[: len(cells) - 1] + [sum(ws[len(cells) - 1:])]
                    cl = [_wrap(v, wd / fs - 0.6) for v, wd in zip(cells, ws)]
                    h = max(len(q) for q in cl) * int(fs * 1.4) + 12
                    x = left
                    for wd, lines in zip(ws, cl):
                        d.rectangle([x, y, x + wd, y + h], outline=ink, width=2)
                        for k, s in enumerate(lines):
                            d.text((x + 8, y + 6 + k * int(fs * 1.4)), s, font=f, fill=ink)
                        x += wd
                    y += h
                y += int(fs * 0.6)
        ftxt = footer_text(i, n)
        d.text(((W - d.textlength(ftxt, font=f)) / 2, H - int(0.55 * dpi)), ftxt, font=f, fill=ink)
        img = img.convert("RGBA")
        for sy in seals:
            r = int(0.75 * dpi)
            img.alpha_composite(_seal(img, right - r - 60 + rng.randint(-20, 20), sy + int(fs * 0.4), r, seal_name, rng))
        img = img.convert("RGB")
        ang = rng.choice([-1, 1]) * rng.uniform(0.5, 1.0)
        img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=(238, 238, 234))
        px = img.load()
        for _ in range(9000):  # speckle noise
            x, yy = rng.randrange(W), rng.randrange(H)
            v = rng.randint(90, 200)
            px[x, yy] = (v, v, v)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        p = tmpdir / f"{case_id}_{i:02d}.jpg"
        img.save(p, "JPEG", quality=quality, dpi=(dpi, dpi))
        c.drawImage(str(p), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    for p in tmpdir.glob(f"{case_id}_*.jpg"):
        p.unlink()
    tmpdir.rmdir()
    return OUT / f"{case_id}.pdf"

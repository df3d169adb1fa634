"""Build the seven heldout63 case volumes next to this folder.

Usage: python build.py   (then labels.py, then check.py)
Every path is relative to this file; the random seed is fixed.
"""
from __future__ import annotations

import importlib
import io
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

CASES = ["case01", "case02", "case03", "case04", "case05", "case06", "case07"]
WIDTH = 38  # text-format line width in full-width characters


def load(name):
    return importlib.import_module(name).build()


# ------------------------------------------------------------------ pagination / 目录
def paginate(case):
    """Return flat pages [(doc_index, blocks)] with page 1 = 卷内目录, and 目录 rows."""
    docs = case["docs"]
    rows, page = [], 2
    for i, dc in enumerate(docs):
        n = len(dc["pages"])
        rng = str(page) if n == 1 else f"{page}-{page + n - 1}"
        rows.append([str(i + 1), dc["title"], dc.get("toc_date", dc["date"]), rng])
        page += n
    if case.get("toc_fix"):
        rows = case["toc_fix"](rows)
    toc_style = case.get("toc_style", {})
    header = toc_style.get("header", ["序号", "文件名称", "日期", "页号"])
    toc_blocks = [("h", toc_style.get("title", "卷内目录"))]
    if toc_style.get("case_line"):
        toc_blocks.append(("p", toc_style["case_line"]))
    toc_blocks.append(("grid", header, [[r[0], r[1], case.get("date_fmt", lambda x: x)(r[2]) if r[2] else "", r[3]] for r in rows]))
    flat = [(-1, toc_blocks)]
    for i, dc in enumerate(docs):
        for pg in dc["pages"]:
            flat.append((i, pg))
    return flat, rows


# ------------------------------------------------------------------ text
def _center(t):
    pad = max(0, (WIDTH - len(t)) // 2)
    return "\u3000" * pad + t


def _right(t):
    pad = max(0, WIDTH - len(t) - 2)
    return "\u3000" * pad + t


def text_page(blocks, n, style):
    out = []
    kvs = style.get("kv", "colon")
    for b in blocks:
        k = b[0]
        if k == "h":
            out.append(_center(b[1]))
        elif k == "c":
            out.append(_center(b[1]))
        elif k == "p":
            out.append(style.get("indent", "\u3000\u3000") + b[1])
        elif k == "kv":
            for a, v in b[1]:
                if kvs == "colon":
                    out.append(f"{a}：{v}")
                elif kvs == "tab":
                    out.append(f"{a}\t{v}")
                else:
                    out.append(f"【{a}】{v}")
        elif k == "grid":
            sep = style.get("grid_sep", " | ")
            out.append(sep.join(b[1]))
            for r in b[2]:
                out.append(sep.join(r))
        elif k == "r":
            out.append(_right(b[1]))
        elif k == "seal":
            out.append(_right("（印章）"))
        elif k == "sp":
            out.append("")
    out.append("")
    out.append(_center(style.get("pageno", "第{n}页").format(n=n)))
    return "\n".join(out) + "\n"


def write_text(case, path, encoding, style):
    flat, _ = paginate(case)
    pages = [text_page(b, i + 1, style) for i, (_, b) in enumerate(flat)]
    path.write_bytes("\f".join(pages).encode(encoding))


def write_folder(case, folder, style):
    flat, _ = paginate(case)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    groups = {}
    for n, (i, b) in enumerate(flat, start=1):
        groups.setdefault(i, []).append(text_page(b, n, style))
    for i, pages in groups.items():
        if i == -1:
            name = "00_卷内目录.txt"
        else:
            dc = case["docs"][i]
            name = f"{i + 1:02d}_{dc.get('file') or dc['title']}.txt"
        (folder / name).write_text("\f".join(pages), encoding="utf-8")


# ------------------------------------------------------------------ wrapping helpers
def wrap(text, width_fn, maxw):
    lines, cur = [], ""
    for ch in text:
        if ch == "\n":
            lines.append(cur)
            cur = ""
            continue
        if width_fn(cur + ch) > maxw and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


# ------------------------------------------------------------------ PDF (reportlab)
def write_pdf(case, path, ruled):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    W, Hh = A4
    L, Rm, T, B = 62, 62, 60, 70
    cw = W - L - Rm
    flat, _ = paginate(case)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(case.get("pdf_title", case["case_id"]))
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")

    def sw(t, size):
        return pdfmetrics.stringWidth(t, F, size)

    for n, (_, blocks) in enumerate(flat, start=1):
        y = Hh - T
        body = case.get("body_size", 10.5)
        lh = body * 1.75
        for b in blocks:
            k = b[0]
            if k == "h":
                c.setFont(F, 15)
                c.drawCentredString(W / 2, y - 15, b[1])
                y -= 28
            elif k == "c":
                c.setFont(F, body)
                c.drawCentredString(W / 2, y - body, b[1])
                y -= lh
            elif k == "p":
                c.setFont(F, body)
                for j, ln in enumerate(wrap("\u3000\u3000" + b[1], lambda t: sw(t, body), cw)):
                    c.drawString(L, y - body, ln)
                    y -= lh
            elif k == "r":
                c.setFont(F, body)
                c.drawRightString(W - Rm - 10, y - body, b[1])
                y -= lh
            elif k == "sp":
                y -= lh * 0.6
            elif k == "seal":
                c.saveState()
                c.setStrokeColorRGB(0.85, 0.1, 0.1)
                c.setFillColorRGB(0.85, 0.1, 0.1)
                c.setLineWidth(1.6)
                c.circle(W - Rm - 70, y - 20, 30)
                c.setFont(F, 9)
                c.drawCentredString(W - Rm - 70, y - 23, "（印章）")
                c.restoreState()
                y -= 30
            elif k in ("kv", "grid"):
                if k == "kv":
                    rows = [list(r) for r in b[1]]
                    widths = [cw * 0.28, cw * 0.72]
                    head = None
                else:
                    head = b[1]
                    rows = [list(r) for r in b[2]]
                    widths = case.get("grid_widths", {}).get(len(head)) or [cw / len(head)] * len(head)
                    if abs(sum(widths) - cw) > 1:
                        widths = [w * cw / sum(widths) for w in widths]
                size = body - 0.5
                allrows = ([head] if head else []) + rows
                if ruled:
                    for ri, r in enumerate(allrows):
                        cells = [wrap(str(v), lambda t: sw(t, size), widths[ci] - 8) for ci, v in enumerate(r)]
                        hgt = max(len(x) for x in cells) * size * 1.5 + 8
                        x = L
                        c.setFont(F, size)
                        for ci, lines in enumerate(cells):
                            c.rect(x, y - hgt, widths[ci], hgt)
                            for li, ln in enumerate(lines):
                                c.drawString(x + 4, y - 4 - size - li * size * 1.5, ln)
                            x += widths[ci]
                        y -= hgt
                    y -= 8
                else:
                    c.setFont(F, body)
                    for r in allrows:
                        line = "：".join(r) if k == "kv" else "　".join(r)
                        for ln in wrap(line, lambda t: sw(t, body), cw):
                            c.drawString(L, y - body, ln)
                            y -= lh
            if y < B:
                raise SystemExit(f"{case['case_id']}: page {n} overflows")
        c.setFont(F, 9)
        c.drawCentredString(W / 2, 36, f"第{n}页")
        c.showPage()
    c.save()


# ------------------------------------------------------------------ scanned PDF (PIL)
def write_scan(case, path):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rnd = random.Random(63)
    font_path = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
    fnt = ImageFont.truetype(font_path, 30, index=0)
    fnt_h = ImageFont.truetype(font_path, 44, index=0)
    fnt_s = ImageFont.truetype(font_path, 22, index=0)
    W, Hh = 1654, 2339
    L, Rm, T, B = 170, 170, 170, 200
    cw = W - L - Rm
    flat, _ = paginate(case)
    images = []
    for n, (_, blocks) in enumerate(flat, start=1):
        img = Image.new("RGB", (W, Hh), (250, 249, 244))
        dr = ImageDraw.Draw(img)
        y = T
        lh = 50
        ink = (28, 28, 32)
        seals = []
        for b in blocks:
            k = b[0]
            if k == "h":
                tw = dr.textlength(b[1], font=fnt_h)
                dr.text(((W - tw) / 2, y), b[1], font=fnt_h, fill=ink)
                y += 72
            elif k == "c":
                tw = dr.textlength(b[1], font=fnt)
                dr.text(((W - tw) / 2, y), b[1], font=fnt, fill=ink)
                y += lh
            elif k == "p":
                for ln in wrap("\u3000\u3000" + b[1], lambda t: dr.textlength(t, font=fnt), cw):
                    dr.text((L, y), ln, font=fnt, fill=ink)
                    y += lh
            elif k == "r":
                tw = dr.textlength(b[1], font=fnt)
                dr.text((W - Rm - tw - 20, y), b[1], font=fnt, fill=ink)
                y += lh
            elif k == "sp":
                y += lh // 2
            elif k == "seal":
                seals.append((W - Rm - 190, y - 110))
                y += 20
            elif k in ("kv", "grid"):
                if k == "kv":
                    rows = [list(r) for r in b[1]]
                    widths = [cw * 0.3, cw * 0.7]
                else:
                    rows = [list(b[1])] + [list(r) for r in b[2]]
                    widths = case.get("grid_widths_px", {}).get(len(b[1])) or [cw / len(b[1])] * len(b[1])
                for r in rows:
                    cells = [wrap(str(v), lambda t: dr.textlength(t, font=fnt_s if k == "grid" else fnt), widths[ci] - 16) for ci, v in enumerate(r)]
                    step = 34 if k == "grid" else lh
                    hgt = max(len(x) for x in cells) * step + 14
                    x = L
                    for ci, lines in enumerate(cells):
                        dr.rectangle([x, y, x + widths[ci], y + hgt], outline=(60, 60, 60), width=2)
                        for li, ln in enumerate(lines):
                            dr.text((x + 8, y + 6 + li * step), ln, font=fnt_s if k == "grid" else fnt, fill=ink)
                        x += widths[ci]
                    y += hgt
                y += 16
            if y > Hh - B:
                raise SystemExit(f"{case['case_id']}: scan page {n} overflows")
        for sx, sy in seals:
            seal = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
            sd = ImageDraw.Draw(seal)
            sd.ellipse([10, 10, 290, 290], outline=(205, 30, 35, 200), width=9)
            sd.regular_polygon((150, 150, 34), 5, rotation=rnd.uniform(-8, 8), fill=(205, 30, 35, 190))
            name = case.get("seal_text", "")
            for i, ch in enumerate(name):
                ang = -70 + i * (140 / max(1, len(name) - 1))
                import math
                px = 150 + 105 * math.sin(math.radians(ang))
                py = 150 - 105 * math.cos(math.radians(ang))
                sd.text((px - 14, py - 16), ch, font=ImageFont.truetype(font_path, 26, index=0), fill=(205, 30, 35, 200))
            seal = seal.rotate(rnd.uniform(-20, 20), resample=Image.BICUBIC)
            img.paste(seal, (int(sx), int(sy)), seal)
        pn = f"第{n}页"
        tw = dr.textlength(pn, font=fnt_s)
        dr.text(((W - tw) / 2, Hh - 120), pn, font=fnt_s, fill=ink)
        # scanner look: light noise, slight blur, small rotation
        noise = Image.effect_noise((W // 4, Hh // 4), 18).resize((W, Hh)).convert("L")
        img = Image.blend(img, Image.merge("RGB", (noise, noise, noise)), 0.06)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        img = img.rotate(rnd.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=False, fillcolor=(235, 235, 230))
        images.append(img)
    buf = []
    for im in images:
        b = io.BytesIO()
        im.save(b, format="JPEG", quality=42, dpi=(200, 200))
        b.seek(0)
        buf.append(Image.open(b))
    buf[0].save(str(path), "PDF", save_all=True, append_images=buf[1:], resolution=200.0)


# ------------------------------------------------------------------ DOCX
def write_docx(case, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt

    flat, _ = paginate(case)
    dx = Document()
    st = dx.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    dx.core_properties.author = ""
    dx.core_properties.title = case.get("pdf_title", "")
    import datetime as _d
    dx.core_properties.created = _d.datetime(2018, 6, 20, 9, 0, 0)
    dx.core_properties.modified = _d.datetime(2018, 6, 20, 9, 0, 0)
    for n, (_, blocks) in enumerate(flat, start=1):
        for b in blocks:
            k = b[0]
            if k in ("h", "c"):
                p = dx.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(b[1])
                if k == "h":
                    r.bold = True
                    r.font.size = Pt(15)
            elif k == "p":
                p = dx.add_paragraph(b[1])
                p.paragraph_format.first_line_indent = Pt(21)
            elif k == "r":
                p = dx.add_paragraph(b[1])
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif k == "seal":
                p = dx.add_paragraph("（印章）")
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif k == "sp":
                dx.add_paragraph("")
            elif k in ("kv", "grid"):
                rows = [list(r) for r in b[1]] if k == "kv" else [list(b[1])] + [list(r) for r in b[2]]
                t = dx.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = "Table Grid"
                for ri, r in enumerate(rows):
                    for ci, v in enumerate(r):
                        t.cell(ri, ci).text = str(v)
        p = dx.add_paragraph(f"第{n}页")
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if n < len(flat):
            p.add_run().add_break(WD_BREAK.PAGE)
    dx.save(str(path))


# ------------------------------------------------------------------ main
def main():
    for name in CASES:
        case = load(name)
        fmt = case["fmt"]
        cid = case["case_id"]
        style = case.get("text_style", {})
        if fmt == "folder":
            write_folder(case, OUT / cid, style)
        elif fmt == "gbk":
            write_text(case, OUT / f"{cid}.txt", "gbk", style)
        elif fmt == "utf-8":
            write_text(case, OUT / f"{cid}.txt", "utf-8", style)
        elif fmt == "docx":
            write_docx(case, OUT / f"{cid}.docx")
        elif fmt == "pdf-text":
            write_pdf(case, OUT / f"{cid}.pdf", ruled=case.get("ruled", True))
        elif fmt == "pdf-image":
            write_scan(case, OUT / f"{cid}.pdf")
        print("built", cid, fmt)


if __name__ == "__main__":
    main()

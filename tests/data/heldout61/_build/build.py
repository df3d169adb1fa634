"""Build the seven heldout61 case volumes next to this folder's parent.

Usage: python build.py        (writes ../<case files>, ./manifest.json; then run labels.py and check.py)

Each case module returns a ``Volume`` and its label metadata; this script fills the 卷内目录, renders the
volume in the case's format and records page ranges in ``manifest.json`` for check.py. Output is
deterministic: fixed random seed, fixed document metadata, no timestamps taken from the clock.
"""

from __future__ import annotations

import datetime as dt
import importlib
import io
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

from common import Volume, range_text  # noqa: E402

CASES = ["case_hb2019", "case_gx2022", "case_js2023", "case_sc2024", "case_sd2018", "case_fj2017", "case_hn2025"]
SEED = 61
FIXED_TIME = dt.datetime(2025, 6, 1, 9, 0, 0)


# --------------------------------------------------------------------------- 卷内目录


def toc_rows(v: Volume, datefmt) -> list[list[str]]:
    rows = []
    for i, d in enumerate(v.docs[1:], 1):
        a, b = v.toc_range(d)
        rows.append([str(i), d.title, datefmt(d.date) if d.date else "", range_text(a, b)])
    return rows


def blocks_to_text(page) -> str:
    """Flatten a block page (docx/pdf style) to plain text; used for the manifest and scan checks."""
    if isinstance(page, str):
        return page
    out = []
    for b in page:
        if isinstance(b, str):
            out.append(b)
        elif b[0] in ("H", "R"):
            out.append(b[1])
        elif b[0] == "T":
            out.extend(" | ".join(r) for r in b[1])
    return "\n".join(out)


# --------------------------------------------------------------------------- text formats


def render_folder(v: Volume, meta: dict) -> list[Path]:
    """hb2019: one UTF-8 .txt per document, form feeds between pages, 第N页 at the bottom."""
    root = OUT / v.case_id
    if root.exists():
        shutil.rmtree(root)
    root.mkdir()
    rows = toc_rows(v, lambda d: f"{d.year}.{d.month:02d}.{d.day:02d}")
    lines = ["卷 内 目 录", "", f"案卷题名：{meta['party']['name']}车辆违法超限运输案", "",
             "序号  文件名称                                  日期          页号"]
    for r in rows:
        lines.append(f"{r[0]:>3}   {r[1]:<30}  {r[2]:<12}  {r[3]}")
    v.docs[0].pages = ["\n".join(lines) + "\n"]
    files = []
    for i, d in enumerate(v.docs):
        pages = []
        for k, body in enumerate(d.pages):
            pages.append(body.rstrip("\n") + f"\n\n                                        第{d.first + k}页\n")
        name = f"{i:02d}_{d.title}.txt"
        (root / name).write_text("\f".join(pages), encoding="utf-8")
        files.append(root / name)
    return files


def render_gbk(v: Volume, meta: dict) -> list[Path]:
    """sd2018: one GBK .txt, CRLF, 第N页 footer and a rule line between pages, no form feeds."""
    rows = toc_rows(v, lambda d: d.strftime("%Y%m%d"))
    lines = [f"潍坊市奎文区商务局行政处罚案卷", "卷内目录", "",
             "序号 | 文件题名 | 日期 | 页号"]
    for r in rows:
        lines.append(" | ".join(r))
    v.docs[0].pages = ["\n".join(lines) + "\n"]
    chunks = []
    n = v.page_count
    for d in v.docs:
        for k, body in enumerate(d.pages):
            p = d.first + k
            chunk = body.rstrip("\n") + f"\n\n                              第{p}页\n"
            if p < n:
                chunk += "=" * 60 + "\n"
            chunks.append(chunk)
    text = "".join(chunks).replace("\n", "\r\n")
    path = OUT / f"{v.case_id}.txt"
    path.write_bytes(text.encode("gbk"))
    return [path]


def render_utf8_ff(v: Volume, meta: dict) -> list[Path]:
    """fj2017: one UTF-8 .txt, form feed between pages, 第N页 footer."""
    rows = toc_rows(v, lambda d: f"{d.year}-{d.month:02d}-{d.day:02d}")
    lines = ["晋江市统计局", "统计行政处罚案卷  卷内目录", f"案卷题名：{meta['party']['name']}提供不真实统计资料案",
             "", "序号　文件名称　　　　　　　　　　　　日期　　　　　页号"]
    for r in rows:
        lines.append(f"{r[0]:>2}　{r[1]}　{r[2]}　{r[3]}")
    v.docs[0].pages = ["\n".join(lines) + "\n"]
    pages = []
    for d in v.docs:
        for k, body in enumerate(d.pages):
            pages.append(body.rstrip("\n") + f"\n\n　　　　　　　　　　　　　　第{d.first + k}页\n")
    path = OUT / f"{v.case_id}.txt"
    path.write_text("\f".join(pages), encoding="utf-8")
    return [path]


# --------------------------------------------------------------------------- docx


def render_docx(v: Volume, meta: dict) -> list[Path]:
    """gx2022: Word document with tables, explicit page breaks, 第N页 paragraph at the bottom of each page."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    rows = toc_rows(v, lambda d: d.strftime("%Y%m%d"))
    v.docs[0].pages = [[("H", "卷 内 目 录"), ("T", [["序号", "文件名称", "日期", "页号"]] + rows)]]

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.paragraph_format.space_after = Pt(2)
    st.paragraph_format.line_spacing = 1.15
    cp = doc.core_properties
    cp.author = cp.last_modified_by = meta["agency"]
    cp.title = f"{meta['party']['name']}行政处罚案卷"
    cp.created = cp.modified = FIXED_TIME
    cp.revision = 1

    first_par = True
    for d in v.docs:
        for k, page in enumerate(d.pages):
            heading_seen = 0
            for b in page:
                if isinstance(b, str):
                    p = doc.add_paragraph(b)
                    p.paragraph_format.first_line_indent = Pt(21)
                elif b[0] == "H":
                    p = doc.add_paragraph()
                    r = p.add_run(b[1])
                    r.bold = True
                    r.font.size = Pt(15 if heading_seen == 1 or len(b[1]) < 12 else 12)
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    heading_seen += 1
                elif b[0] == "R":
                    p = doc.add_paragraph(b[1])
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                elif b[0] == "T":
                    rows_ = b[1]
                    ncol = max(len(r) for r in rows_)
                    t = doc.add_table(rows=0, cols=ncol)
                    t.style = "Table Grid"
                    for r in rows_:
                        cells = t.add_row().cells
                        for j in range(ncol):
                            cells[j].text = r[j] if j < len(r) else ""
                    if ncol == 2:
                        for r in t.rows:
                            r.cells[0].width, r.cells[1].width = Cm(3.6), Cm(13.0)
                first_par = False
            foot = doc.add_paragraph(f"第{d.first + k}页")
            foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if d.first + k < v.page_count:
                foot.add_run().add_break(WD_BREAK.PAGE)
    path = OUT / f"{v.case_id}.docx"
    doc.save(path)
    _fix_zip_times(path)
    return [path]


def _fix_zip_times(path: Path) -> None:
    """Rewrite the .docx zip with fixed entry times so that rebuilding gives identical bytes."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# --------------------------------------------------------------------------- text PDFs (reportlab)


def _rl_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def render_pdf(v: Volume, meta: dict, prose: bool) -> list[Path]:
    """js2023 (ruled tables) and hn2025 (prose): STSong-Light CID font, 第N页 footer drawn on each page."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _rl_setup()
    F = "STSong-Light"
    body = ParagraphStyle("b", fontName=F, fontSize=10.5, leading=16, wordWrap="CJK", firstLineIndent=21)
    cell = ParagraphStyle("c", fontName=F, fontSize=9.5, leading=13, wordWrap="CJK")
    h1 = ParagraphStyle("h1", fontName=F, fontSize=16, leading=24, alignment=TA_CENTER, spaceAfter=4)
    h2 = ParagraphStyle("h2", fontName=F, fontSize=12, leading=18, alignment=TA_CENTER)
    right = ParagraphStyle("r", fontName=F, fontSize=10.5, leading=16, alignment=TA_RIGHT)
    plain = ParagraphStyle("p", fontName=F, fontSize=10.5, leading=17, wordWrap="CJK")

    if prose:
        rows = toc_rows(v, lambda d: f"{d.year}年{d.month}月{d.day}日")
        lines = ["卷内目录", f"案卷：{meta['party']['name']}占用消防车通道案（简易程序）", ""]
        for r in rows:
            lines.append(f"{r[0]}．{r[1]}（{r[2]}）　第{r[3]}页")
        v.docs[0].pages = ["\n".join(lines)]
    else:
        rows = toc_rows(v, lambda d: d.isoformat())
        v.docs[0].pages = [[("H", "卷内目录"), ("H", f"{meta['party']['name']}行政处罚案"),
                            ("T", [["序号", "文件名称", "日期", "页号"]] + rows)]]

    total = v.page_count

    def esc(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    story = []
    for d in v.docs:
        for k, page in enumerate(d.pages):
            if isinstance(page, str):  # prose: first lines up to a blank are headings
                paras = page.strip("\n").split("\n\n")
                head = paras[0].split("\n")
                for j, line in enumerate(head):
                    story.append(Paragraph(esc(line), h1 if j == 1 or len(head) == 1 else h2))
                story.append(Spacer(1, 6))
                for para in paras[1:]:
                    for line in para.split("\n"):
                        sty = right if ("（印章）" in line or line.strip().startswith("20") and len(line) < 14) else plain
                        story.append(Paragraph(esc(line), sty))
                    story.append(Spacer(1, 5))
            else:
                heads = 0
                for b in page:
                    if isinstance(b, str):
                        story.append(Paragraph(esc(b), body))
                    elif b[0] == "H":
                        story.append(Paragraph(esc(b[1]), h2 if heads == 0 and len(page) > 1 and
                                               isinstance(page[1], tuple) and page[1][0] == "H" else h1))
                        heads += 1
                    elif b[0] == "R":
                        story.append(Paragraph(esc(b[1]), right))
                    elif b[0] == "T":
                        data = [[Paragraph(esc(c), cell) for c in r] for r in b[1]]
                        ncol = max(len(r) for r in b[1])
                        width = 170 * mm
                        if ncol == 2:
                            cw = [38 * mm, width - 38 * mm]
                        elif ncol == 4 and b[1][0][0] == "序号":
                            cw = [12 * mm, 96 * mm, 34 * mm, 28 * mm]
                        else:
                            cw = [width / ncol] * ncol
                        t = Table(data, colWidths=cw)
                        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                               ("TOPPADDING", (0, 0), (-1, -1), 3),
                                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
                        story.append(t)
                    story.append(Spacer(1, 4))
            if d.first + k < total:
                story.append(PageBreak())

    def footer(c, docobj):
        c.setFont(F, 9)
        label = f"第{docobj.page}页" if not prose else f"第{docobj.page}页  共{total}页"
        c.drawCentredString(A4[0] / 2, 12 * mm, label)

    path = OUT / f"{v.case_id}.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=22 * mm, title=f"{meta['party']['name']}行政处罚案卷",
                            author=meta["agency"], creator=meta["agency"], invariant=1)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return [path]


# --------------------------------------------------------------------------- scanned PDF


def _font_file(prefer: str) -> str:
    """Pick a CJK font reported by fc-list :lang=zh (no hard-coded machine paths)."""
    out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, check=True).stdout
    files = sorted({ln.split(":")[0].strip() for ln in out.splitlines() if ln.strip()})
    for f in files:
        if prefer in f:
            return f
    return files[0]


def render_scan(v: Volume, meta: dict) -> list[Path]:
    """sc2024: page images only (200 dpi, greyscale, slight rotation, specks, blur), grey seal rings."""
    import numpy as np
    from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

    rng = random.Random(SEED)
    nrng = np.random.default_rng(SEED)
    W, H = 1654, 2339
    serif = _font_file("NotoSerifCJK-Regular")
    sans = _font_file("NotoSansCJK-Regular")

    def font(path, size):
        try:
            return ImageFont.truetype(path, size, index=2)  # SC face in the Noto CJK collections
        except OSError:
            return ImageFont.truetype(path, size)

    f_body, f_h1, f_h2, f_cell, f_foot = font(serif, 29), font(sans, 46), font(sans, 36), font(serif, 27), font(serif, 26)

    rows = toc_rows(v, lambda d: f"{d.year}.{d.month}.{d.day}")
    v.docs[0].pages = [[("H", "卷 内 目 录"), ("T", [["序号", "文件名称", "日期", "页号"]] + rows)]]

    def wrap(draw, text, fnt, width):
        lines, cur = [], ""
        for ch in text:
            if draw.textlength(cur + ch, font=fnt) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines or [""]

    def seal(draw, cx, cy, r):
        # drawn on its own layer and multiplied in, so the ink of the text stays legible under it
        g = rng.choice([120, 135, 150])
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=g, width=9)
        draw.ellipse((cx - r + 16, cy - r + 16, cx + r - 16, cy + r - 16), outline=g + 40, width=2)
        s = r * 0.28
        pts = []
        import math
        for i in range(10):
            ang = -math.pi / 2 + i * math.pi / 5
            rad = s if i % 2 == 0 else s * 0.45
            pts.append((cx + rad * math.cos(ang), cy - r * 0.15 + rad * math.sin(ang)))
        draw.polygon(pts, fill=g)
        f = font(sans, 22)
        label = "行政处罚专用章"
        draw.text((cx - draw.textlength(label, font=f) / 2, cy + r * 0.30), label, font=f, fill=g + 30)

    images = []
    left, right_x, top = 170, W - 170, 190
    for d in v.docs:
        for k, page in enumerate(d.pages):
            im = Image.new("L", (W, H), 246)
            dr = ImageDraw.Draw(im)
            layer = Image.new("L", (W, H), 255)
            sdr = ImageDraw.Draw(layer)
            y = top
            heads = 0
            for b in page:
                if isinstance(b, str):
                    for j, line in enumerate(wrap(dr, b, f_body, right_x - left - (58 if True else 0))):
                        x = left + (58 if j == 0 else 0)
                        dr.text((x, y), line, font=f_body, fill=28)
                        y += 47
                    y += 8
                elif b[0] == "H":
                    fnt = f_h1 if (heads == 1 or (heads == 0 and len(b[1]) < 10)) else f_h2
                    tw = dr.textlength(b[1], font=fnt)
                    dr.text(((W - tw) / 2, y), b[1], font=fnt, fill=20)
                    y += 70 if fnt is f_h1 else 58
                    heads += 1
                elif b[0] == "R":
                    text = b[1]
                    stamp = "（印章）" in text
                    text = text.replace("（印章）", "")
                    lines = wrap(dr, text, f_body, right_x - left)
                    for line in lines:
                        tw = dr.textlength(line, font=f_body)
                        dr.text((right_x - tw, y), line, font=f_body, fill=28)
                        if stamp:
                            seal(sdr, right_x - tw / 2 - 10, y - 15, 112)
                        y += 47
                    y += 6
                elif b[0] == "T":
                    rows_ = b[1]
                    ncol = max(len(r) for r in rows_)
                    tw = right_x - left
                    if ncol == 2:
                        cw = [int(tw * 0.27), tw - int(tw * 0.27)]
                    elif ncol == 4 and rows_[0][0] == "序号":
                        cw = [int(tw * 0.08), int(tw * 0.58), int(tw * 0.18)]
                        cw.append(tw - sum(cw))
                    else:
                        cw = [int(tw * 0.10)] + [int(tw * 0.9 / (ncol - 1))] * (ncol - 1)
                        cw[-1] = tw - sum(cw[:-1])
                    dr.line((left, y, right_x, y), fill=40, width=2)
                    for r in rows_:
                        cells = [wrap(dr, (r[j] if j < len(r) else ""), f_cell, cw[j] - 20) for j in range(ncol)]
                        hgt = max(len(c) for c in cells) * 40 + 18
                        x = left
                        for j in range(ncol):
                            for li, line in enumerate(cells[j]):
                                dr.text((x + 10, y + 9 + li * 40), line, font=f_cell, fill=30)
                            x += cw[j]
                        x = left
                        for j in range(ncol + 1):
                            dr.line((x, y, x, y + hgt), fill=40, width=2)
                            if j < ncol:
                                x += cw[j]
                        y += hgt
                        dr.line((left, y, right_x, y), fill=40, width=2)
                    y += 22
            if y > H - 200:
                raise SystemExit(f"scan page overflow: {v.case_id} {d.title} p{d.first + k}")
            im = ImageChops.darker(im, layer)
            dr = ImageDraw.Draw(im)
            label = f"第{d.first + k}页"
            dr.text(((W - dr.textlength(label, font=f_foot)) / 2, H - 130), label, font=f_foot, fill=40)
            for _ in range(260):
                x0, y0 = rng.randrange(W), rng.randrange(H)
                s = rng.choice([1, 1, 2, 3])
                dr.ellipse((x0, y0, x0 + s, y0 + s), fill=rng.randrange(70, 200))
            im = im.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=232)
            im = im.filter(ImageFilter.GaussianBlur(0.55))
            a = np.asarray(im).astype(np.float32)
            shade = np.linspace(0, rng.uniform(4, 12), W)[None, :] + np.linspace(0, rng.uniform(2, 8), H)[:, None]
            a = a - shade + nrng.normal(0, 0.7, (H, W))
            images.append(Image.fromarray(np.clip(a, 0, 255).astype("uint8")))
    path = OUT / f"{v.case_id}.pdf"
    images[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=images[1:], quality=SCAN_QUALITY,
                   title=f"{meta['party']['name']}行政处罚案卷（扫描件）", author=meta["agency"], producer="Scanner",
                   creator="Scanner", creationDate=FIXED_TIME.timetuple(), modDate=FIXED_TIME.timetuple())
    return [path]


SCAN_QUALITY = 30

RENDER = {
    "folder": render_folder,
    "gbk": render_gbk,
    "utf-8": render_utf8_ff,
    "docx": render_docx,
    "pdf-image": render_scan,
}


def main() -> None:
    random.seed(SEED)
    manifest = {}
    for name in CASES:
        mod = importlib.import_module(name)
        v, meta = mod.build()
        enc = meta["encoding"]
        if enc == "pdf-text":
            files = render_pdf(v, meta, prose=(meta["procedure"] == "简易"))
        else:
            files = RENDER[enc](v, meta)
        m = v.manifest()
        m["files"] = [str(p.relative_to(OUT)) for p in files]
        m["encoding"] = enc
        m["page_texts"] = [blocks_to_text(p) for d in v.docs for p in d.pages]
        manifest[v.case_id] = m
        print(f"{v.case_id:18} {enc:10} {v.page_count:3d} pages  " + ", ".join(m["files"]))
    (HERE / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

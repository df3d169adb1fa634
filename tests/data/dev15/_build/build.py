# -*- coding: utf-8 -*-
"""Build the dev15 corpus: python3 build.py  (writes next to this folder's parent)."""
import io
import json
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from common import Flow, wrap, fmt  # noqa: E402
import backends as B  # noqa: E402
from cases_a_d import case01, case02, case03, case04  # noqa: E402
from cases_e_h import case05, case06, case07, case08  # noqa: E402
from labels import LABELS  # noqa: E402


def prange(a, b):
    return str(a) if a == b else f"{a}-{b}"


def toc_rows(case, counts, style):
    """counts: list of page counts per doc (None for unnumbered). Returns rows and the true ranges."""
    skew = case.get("toc_skew", {})
    rows, true, listed_pos, pos = [], [], 1, 1
    n = 0
    for doc, c in zip(case["docs"], counts):
        if doc.get("kind") in ("cover", "toc", "backup"):
            continue
        n += 1
        lc = c + skew.get(doc["title"], 0)
        rows.append([str(n), doc["title"], fmt(doc["date"], style) if doc.get("date") else "", prange(listed_pos, listed_pos + lc - 1)])
        true.append((doc["title"], pos, pos + c - 1))
        listed_pos += lc
        pos += c
    return rows, true


def toc_blocks(rows, total):
    total = int(rows[-1][3].split("-")[-1])
    return [("title", "卷 内 目 录"),
            ("grid", [["序号", "文件名称", "日期", "页号"]] + rows, [0.09, 0.55, 0.24, 0.12]),
            ("line", f"本卷共{len(rows)}件，{total}页（封面、卷内目录、备考表不编页号）。")]


# ------------------------------------------------------------------ flow-based volumes
def flow_volume(case, flow, style, footer_fmt="第{n}页", footer_pos="center", header=None):
    counts = []
    for doc in case["docs"]:
        if doc.get("kind") in ("cover", "toc", "backup"):
            counts.append(None)
        else:
            counts.append(len(flow.layout(doc)))
    rows, true = toc_rows(case, counts, style)
    total = sum(c for c in counts if c)
    pages, n = [], 0
    for doc in case["docs"]:
        if doc.get("kind") == "toc":
            doc = dict(doc, blocks=toc_blocks(rows, total))
        for ops in flow.layout(doc):
            pg = {"ops": ops, "footer_pos": footer_pos, "hand": doc.get("hand", [])}
            if doc.get("kind") not in ("cover", "toc", "backup"):
                n += 1
                pg["footer"] = footer_fmt.format(n=n, t=total)
            if header and doc.get("kind") != "cover":
                pg["header"] = header
            pages.append(pg)
    return pages, rows, true


def build01(case):
    flow = Flow(size=12, lead=1.7)
    pages, rows, true = flow_volume(case, flow, "arabic")
    B.pdf_pages(os.path.join(OUT, case["id"] + ".pdf"), pages)
    return {"toc": rows, "true": true, "pages": len(pages)}


def build04(case):
    flow = Flow(margin=(64, 72, 64, 80))
    pages, rows, true = flow_volume(case, flow, "cn", footer_fmt="- {n} -", footer_pos="right")
    font = B.find_font(["NotoSansCJK-Regular.ttc", "NotoSerifCJK-Regular.ttc", "wqy-zenhei.ttc"])
    rnd = random.Random(404)
    from PIL import Image
    imgs = []
    for i, pg in enumerate(pages):
        im = B.render_image(pg, 200, "L", font_path=font)
        im = B.scan_effect(im, rnd, rnd.uniform(-1.2, 1.2))
        imgs.append(im)
    path = os.path.join(OUT, case["id"] + ".pdf")
    # image-only PDF, greyscale JPEG pages at 200 dpi
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(path, pagesize=(595, 842))
    c.setAuthor(""); c.setCreator(""); c.setProducer(""); c.setTitle("")
    for im in imgs:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=38, optimize=True)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, 595, 842)
        c.showPage()
    c.save()
    return {"toc": rows, "true": true, "pages": len(pages)}


def build08(case):
    flow = Flow(margin=(60, 62, 60, 64))
    header = ("玛纳斯县农业局　行政处罚案卷", "玛农（药）立〔2018〕9号")
    pages, rows, true = flow_volume(case, flow, "arabic", footer_fmt="第 {n} 页", header=header)
    B.pdf_pages(os.path.join(OUT, case["id"] + ".pdf"), pages)
    return {"toc": rows, "true": true, "pages": len(pages)}


def build06(case):
    folder = os.path.join(OUT, case["id"])
    os.makedirs(folder, exist_ok=True)
    flow = Flow(margin=(56, 60, 56, 60))
    font = B.find_font(["NotoSansCJK-Regular.ttc", "NotoSerifCJK-Regular.ttc", "wqy-zenhei.ttc"])
    hand = B.find_font(["ukai.ttc", "uming.ttc"]) if True else None
    rnd = random.Random(606)
    n = 0
    for doc in case["docs"]:
        for ops in flow.layout(doc):
            n += 1
            pg = {"ops": ops, "hand": doc.get("hand", [])}
            im = B.render_image(pg, 110, "RGB", font_path=font, hand_font=hand)
            im = B.photo_effect(im, rnd, rnd.choice([-1, 1]) * rnd.uniform(0.4, 1.0))
            im.save(os.path.join(folder, f"{doc['file']}.jpg"), "JPEG", quality=62, optimize=True)
    return {"toc": None, "true": None, "pages": n}


# ------------------------------------------------------------------ text volumes
def text_lines(doc, width, kv_sep, indent="", grid_style="bar"):
    out = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            t = b[1]
            pad = max(0, (width - len(t)) // 2)
            out.append("　" * pad + t)
        elif k == "sub":
            pad = max(0, (width - len(b[1])) // 2)
            out.append("　" * pad + b[1])
        elif k in ("p", "line"):
            first = "　　" if k == "p" else ""
            for i, ln in enumerate(_wrap_chars(first + b[1], width)):
                out.append(ln)
        elif k == "right":
            out.append("　" * max(0, width - len(b[1]) - 1) + b[1])
        elif k == "kv":
            for a, v in b[1]:
                head = f"{indent}{a}{kv_sep}"
                ls = _wrap_chars(v, max(8, width - len(head)))
                out.append(head + ls[0])
                for ln in ls[1:]:
                    out.append(" " * (len(head.encode('gbk', 'replace')) if kv_sep != "：" else 0) + ("　" * len(head) if kv_sep == "：" else "") + ln)
        elif k == "grid":
            for r in b[1]:
                cells = [c for c in r if c is not None]
                if grid_style == "bar":
                    out.extend(_wrap_chars("| " + " | ".join(cells) + " |", width))
                else:
                    out.extend(_wrap_chars(indent + "；".join(f"{c}" for c in cells), width))
        elif k == "seal":
            out.append("　" * (width - 8) + "（印章）")
        elif k == "space":
            out.append("")
        elif k == "photo":
            out.append("［照片］")
            out.extend(_wrap_chars(b[1], width))
        elif k == "pb":
            out.append("\x0c")
    return out


def _wrap_chars(s, width):
    res, cur, w = [], "", 0
    for ch in s:
        cw = 1 if ord(ch) > 255 else 0.5
        if w + cw > width and cur:
            res.append(cur); cur, w = "", 0
        cur += ch; w += cw
    res.append(cur)
    return res


def paginate_text(lines, per_page):
    pages, cur = [], []
    for ln in lines:
        if ln == "\x0c":
            if cur:
                pages.append(cur); cur = []
            continue
        cur.append(ln)
        if len(cur) >= per_page:
            pages.append(cur); cur = []
    if cur:
        pages.append(cur)
    return pages


def text_volume(case, width, per_page, kv_sep, indent, grid_style, style):
    per_doc = []
    for doc in case["docs"]:
        per_doc.append(paginate_text(text_lines(doc, width, kv_sep, indent, grid_style), per_page))
    counts = [None if d.get("kind") in ("cover", "toc", "backup") else len(p) for d, p in zip(case["docs"], per_doc)]
    rows, true = toc_rows(case, counts, style)
    total = sum(c for c in counts if c)
    return per_doc, counts, rows, true, total


def build03(case):
    W, P = 38, 46
    per_doc, counts, rows, true, total = text_volume(case, W, P, "  ", "", "bar", "arabic0")
    out, n = [], 0
    for doc, pages in zip(case["docs"], per_doc):
        if doc.get("kind") == "toc":
            ls = ["　" * 15 + "卷 内 目 录", "", "序号  文件名称" + "　" * 12 + "日期          页号"]
            for r in rows:
                ls.append(f"{r[0]:<4}  {r[1]}  {r[2]}  {r[3]}")
            ls += ["", f"本卷共{len(rows)}件，{total}页。"]
            pages = [ls]
        for pg in pages:
            body = list(pg)
            if doc.get("kind") not in ("cover", "toc", "backup"):
                n += 1
                body += [""] * (P - len(body)) + ["　" * 17 + f"第{n}页"]
            out.append("\r\n".join(body))
    data = "\r\n\x0c".join(out) + "\r\n"
    with open(os.path.join(OUT, case["id"] + ".txt"), "wb") as f:
        f.write(data.encode("gbk"))
    return {"toc": rows, "true": true, "pages": len(out)}


def build07(case):
    W, P = 40, 40
    per_doc, counts, rows, true, total = text_volume(case, W, P, "：", "　　", "semi", "cn")
    out, n = [], 0
    for doc, pages in zip(case["docs"], per_doc):
        if doc.get("kind") == "toc":
            ls = ["　" * 16 + "卷内目录", ""]
            for r in rows:
                ls.append(f"　　序号：{r[0]}")
                ls.append(f"　　　　文件题名：{r[1]}")
                ls.append(f"　　　　日期：{r[2]}")
                ls.append(f"　　　　页号：{r[3]}")
            ls += ["", f"　　本卷共{len(rows)}件，{total}页。"]
            pages = [ls]
        for pg in pages:
            body = list(pg)
            if doc.get("kind") not in ("cover", "toc", "backup"):
                n += 1
                body += ["", "　" * 17 + f"—第{n}页—"]
            else:
                body += ["", "　" * 17 + "——"]
            out.append("\n".join(body))
    with open(os.path.join(OUT, case["id"] + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(out) + "\n")
    return {"toc": rows, "true": true, "pages": len(out)}


# ------------------------------------------------------------------ docx
DOCX_LINES, DOCX_CHARS = 30, 36


def docx_estimate(doc):
    """Split a doc's blocks into pages (lists of blocks), conservatively."""
    pages, cur, used = [], [], 0
    for b in doc["blocks"]:
        k = b[0]
        if k == "pb":
            pages.append(cur); cur, used = [], 0; continue
        if k == "title":
            h = 2
        elif k in ("p", "line"):
            h = len(_wrap_chars(("　　" if k == "p" else "") + b[1], DOCX_CHARS))
        elif k in ("right", "sub", "seal"):
            h = 1 if k != "seal" else 0
        elif k == "space":
            h = 1
        elif k == "photo":
            h = 10
        elif k in ("kv", "grid"):
            rows = [[a, v] for a, v in b[1]] if k == "kv" else b[1]
            fr = [0.28, 0.72] if k == "kv" else b[2]
            h = 1
            for r in rows:
                hh = 1
                for c, f in zip(r, fr):
                    if c is None:
                        continue
                    hh = max(hh, len(_wrap_chars(str(c), max(4, int(DOCX_CHARS * f) - 2))))
                h += hh + 0.4
            h = int(h + 0.99)
        if used + h > DOCX_LINES and cur and k not in ("kv", "grid"):
            pages.append(cur); cur, used = [], 0
        cur.append(b); used += h
    if cur:
        pages.append(cur)
    return pages


def docx_write(document, blocks, first_in_doc):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    for b in blocks:
        k = b[0]
        if k == "title":
            p = document.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == "sub":
            p = document.add_paragraph(b[1]); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == "p":
            p = document.add_paragraph(b[1]); p.paragraph_format.first_line_indent = Pt(24)
        elif k == "line":
            document.add_paragraph(b[1])
        elif k == "right":
            p = document.add_paragraph(b[1]); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == "seal":
            p = document.add_paragraph("（印章）"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == "space":
            document.add_paragraph("")
        elif k == "photo":
            document.add_paragraph("［现场照片粘贴处］")
            document.add_paragraph(b[1])
        elif k in ("kv", "grid"):
            rows = [[a, v] for a, v in b[1]] if k == "kv" else b[1]
            ncol = 2 if k == "kv" else len(b[2])
            t = document.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                start = 0
                for j in range(ncol):
                    c = r[j] if j < len(r) else None
                    if c is None and j > 0:
                        t.cell(i, start).merge(t.cell(i, j))
                    else:
                        t.cell(i, j).text = str(c)
                        if len(rows) > 12:
                            for para in t.cell(i, j).paragraphs:
                                para.paragraph_format.line_spacing = Pt(15)
                                for run in para.runs:
                                    run.font.size = Pt(10)
                        start = j
            document.add_paragraph("")


def docx_setup(document):
    from docx.shared import Pt, Cm
    from docx.oxml.ns import qn
    st = document.styles["Normal"]
    st.font.name = "宋体"; st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.line_spacing = Pt(20)
    s = document.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2.6); s.top_margin = s.bottom_margin = Cm(2.5)
    cp = document.core_properties
    cp.author = ""; cp.last_modified_by = ""; cp.comments = ""


def footer_field(section, restart=None, static=None):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    section.footer.is_linked_to_previous = False
    p = section.footer.paragraphs[0]
    p.text = ""
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if static is not None:
        p.add_run(static)
    elif restart is not False:
        p.add_run("第 ")
        r = p.add_run()
        for tag, txt in (("begin", None), (None, " PAGE "), ("end", None)):
            if tag:
                e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), tag); r._r.append(e)
            else:
                e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r._r.append(e)
        p.add_run(" 页")
    for old in section._sectPr.findall(qn("w:pgNumType")):
        section._sectPr.remove(old)
    if restart:
        pg = OxmlElement("w:pgNumType"); pg.set(qn("w:start"), "1")
        section._sectPr.append(pg)


def build02(case):
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_BREAK
    counts, splits = [], []
    for doc in case["docs"]:
        sp = docx_estimate(doc)
        splits.append(sp)
        counts.append(None if doc.get("kind") in ("cover", "toc", "backup") else len(sp))
    rows, true = toc_rows(case, counts, "cn")
    total = sum(c for c in counts if c)
    D = docx.Document()
    docx_setup(D)
    first_numbered = True
    for i, (doc, sp) in enumerate(zip(case["docs"], splits)):
        if doc.get("kind") == "toc":
            sp = [toc_blocks(rows, total)]
        sec = D.sections[0] if i == 0 else D.add_section(WD_SECTION.NEW_PAGE)
        numbered = doc.get("kind") not in ("cover", "toc", "backup")
        if numbered:
            footer_field(sec, restart=True if first_numbered else None)
            first_numbered = False
        else:
            footer_field(sec, restart=False, static="")
        for j, blocks in enumerate(sp):
            if j > 0:
                D.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            docx_write(D, blocks, j == 0)
    D.save(os.path.join(OUT, case["id"] + ".docx"))
    return {"toc": rows, "true": true, "pages": sum(len(s) for s in splits) + 1}


def build05(case):
    import docx
    from docx.enum.text import WD_BREAK
    folder = os.path.join(OUT, case["id"])
    os.makedirs(folder, exist_ok=True)
    flow = Flow()
    counts, cache = [], []
    for doc in case["docs"]:
        if doc["fmt"] == "pdf":
            lay = flow.layout(doc); cache.append(lay); c = len(lay)
        else:
            sp = docx_estimate(doc); cache.append(sp); c = len(sp)
            if doc.get("kind") not in ("cover", "toc", "backup") and c != 1:
                raise SystemExit(f"docx document must fit one page: {doc['title']}")
        counts.append(None if doc.get("kind") in ("cover", "toc", "backup") else c)
    rows, true = toc_rows(case, counts, "arabic")
    total = sum(c for c in counts if c)
    n = 0
    for doc, lay in zip(case["docs"], cache):
        numbered = doc.get("kind") not in ("cover", "toc", "backup")
        path = os.path.join(folder, doc["file"] + "." + doc["fmt"])
        if doc["fmt"] == "pdf":
            pages = []
            for ops in lay:
                n += 1
                pages.append({"ops": ops, "footer": f"第{n}页", "footer_pos": "right"})
            B.pdf_pages(path, pages)
        else:
            D = docx.Document(); docx_setup(D)
            blocks = toc_blocks(rows, total) if doc.get("kind") == "toc" else doc["blocks"]
            if numbered:
                n += 1
                footer_field(D.sections[0], static=f"第{n}页")
            docx_write(D, blocks, True)
            D.save(path)
    return {"toc": rows, "true": true, "pages": n}


BUILDERS = [(case01, build01), (case02, build02), (case03, build03), (case04, build04),
            (case05, build05), (case06, build06), (case07, build07), (case08, build08)]


def main():
    # clean previous outputs (only inside this corpus folder)
    for name in os.listdir(OUT):
        if name.startswith("dev15_"):
            p = os.path.join(OUT, name)
            shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    manifest = {}
    for mk, bd in BUILDERS:
        case = mk()
        info = bd(case)
        manifest[case["id"]] = info
        print(case["id"], info["pages"], "pages")
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in LABELS:
            lab = dict(lab)
            info = manifest[lab["case_id"]]
            def sub(mo):
                kind, title = mo.group(1), mo.group(2)
                if kind == "p":
                    for t, a, b in info["true"]:
                        if t == title:
                            return f"第{a}页" if a == b else f"第{a}-{b}页"
                else:
                    for r in info["toc"]:
                        if r[1] == title:
                            return r[3]
                raise SystemExit(f"unresolved page ref {title} in {lab['case_id']}")
            tt = info["true"][-1][2] if info["true"] else 0
            lt = sum(int(r[3].split("-")[-1]) - int(r[3].split("-")[0]) + 1 for r in info["toc"]) if info["toc"] else 0
            lab["notes"] = lab["notes"].replace("{toc_total}", str(lt)).replace("{true_total}", str(tt))
            lab["notes"] = re.sub(r"\{(p|toc):([^}]+)\}", sub, lab["notes"])
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

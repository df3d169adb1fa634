# -*- coding: utf-8 -*-
"""Build the held-out corpus. Run from anywhere: python3 _build/build.py"""
import io, json, os, random, shutil, sys, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
from common import *
import cases_a, cases_b
from render import *

import numpy as np
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle, Spacer,
                                PageBreak, NextPageTemplate, Flowable)
from reportlab.pdfgen import canvas as rl_canvas
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
FONT = "STSong-Light"
WORK = tempfile.mkdtemp(prefix="ho66_")

# ------------------------------------------------------------------ helpers


def numbered(docs):
    return [d for d in docs if d.get("numbered", True)]


def toc_rows(docs, pmap, datefmt, override=None):
    rows = []
    for i, d in enumerate(numbered(docs), 1):
        a, b = pmap[d["key"]]
        pg = f"{a}" if a == b else f"{a}-{b}"
        rows.append([str(i), d["title"], datefmt(d["date"]) if d.get("date") else "", pg])
    bk = [d for d in docs if d["key"] == "beikao"]
    if bk:
        rows.append([str(len(rows) + 1), "备考表", "", "—"])
    if override:
        rows = override(rows)
    return rows


def page_ranges(docs, counts):
    pmap, n = {}, 0
    for d in numbered(docs):
        c = counts[d["key"]]
        pmap[d["key"]] = (n + 1, n + c)
        n += c
    return pmap, n

# ------------------------------------------------------------------ TXT cases


def build_txt(docs, width, per_page, datefmt, encoding, path, header=None, footer_fmt="第{n}页",
              toc_override=None, subst=None):
    def render(rows):
        pages_all, counts = [], {}
        for d in docs:
            lines = doc_text_lines(d, width, rows, style="box" if encoding != "utf-8" else "plain")
            if subst:
                lines = [subst(l) for l in lines]
            pg = paginate(lines, per_page)
            counts[d["key"]] = len(pg)
            pages_all.append((d, pg))
        return pages_all, counts
    pages_all, counts = render([["0", "x", "x", "0"]] * (len(numbered(docs)) + 1))
    pmap, total = page_ranges(docs, counts)
    rows = toc_rows(docs, pmap, datefmt, toc_override)
    pages_all, counts2 = render(rows)
    assert counts2 == counts
    out, n = [], 0
    for d, pg in pages_all:
        for p in pg:
            num = None
            if d.get("numbered", True):
                n += 1
                num = n
            body = list(p)
            if header:
                body = header(d, num) + body
            if num and footer_fmt:
                body += [""] * (per_page - len(p)) + ["", center(footer_fmt.format(n=num), width)]
            out.append("\n".join(body))
    text = "\n\f".join(out) + "\n"
    with open(path, "w", encoding=encoding, newline="\r\n" if encoding == "gbk" else "\n") as f:
        f.write(text)
    return pmap, total

# ------------------------------------------------------------------ PDF (reportlab)


class Marker(Flowable):
    def __init__(self, key, rec):
        super().__init__()
        self.key, self.rec = key, rec
        self.width = self.height = 0

    def draw(self):
        self.rec[self.key] = self.canv.getPageNumber()


class Seal(Flowable):
    def __init__(self, name, r=15 * mm, gray=False):
        super().__init__()
        self.name, self.r = name, r
        self.width = self.height = 0
        self.col = colors.Color(0.45, 0.45, 0.45) if gray else colors.Color(0.85, 0.1, 0.1, alpha=0.85)

    def wrap(self, aw, ah):
        self.aw = aw
        return 0, 0

    def draw(self):
        c = self.canv
        r = self.r
        cx, cy = self.aw - r - 10 * mm, 8 * mm
        c.saveState()
        c.setStrokeColor(self.col)
        c.setFillColor(self.col)
        c.setLineWidth(1.6)
        c.circle(cx, cy, r)
        n = len(self.name)
        fs = r * 0.27
        c.setFont(FONT, fs)
        span = 240.0
        for i, ch in enumerate(self.name):
            ang = math.radians(90 + span / 2 - span * (i + 0.5) / n)
            x = cx + r * 0.74 * math.cos(ang)
            y = cy + r * 0.74 * math.sin(ang)
            c.saveState()
            c.translate(x, y)
            c.rotate(math.degrees(ang) - 90)
            c.drawCentredString(0, -fs * 0.35, ch)
            c.restoreState()
        p = c.beginPath()
        for i in range(10):
            rr = r * 0.22 if i % 2 == 0 else r * 0.09
            a = math.radians(90 + 36 * i)
            (p.moveTo if i == 0 else p.lineTo)(cx + rr * math.cos(a), cy + rr * math.sin(a))
        p.close()
        c.drawPath(p, fill=1, stroke=0)
        c.restoreState()


def styles(base=10.5):
    return dict(
        title=ParagraphStyle("t", fontName=FONT, fontSize=base * 1.5, leading=base * 2.1, alignment=TA_CENTER, spaceAfter=4),
        sub=ParagraphStyle("s", fontName=FONT, fontSize=base, leading=base * 1.6, alignment=TA_CENTER, spaceAfter=4),
        p=ParagraphStyle("p", fontName=FONT, fontSize=base, leading=base * 1.7, firstLineIndent=base * 2, wordWrap="CJK"),
        cell=ParagraphStyle("c", fontName=FONT, fontSize=base * 0.92, leading=base * 1.45, wordWrap="CJK"),
        sign=ParagraphStyle("g", fontName=FONT, fontSize=base, leading=base * 1.7, alignment=TA_RIGHT, rightIndent=base * 3),
    )


def flow_doc(d, st, width, rows, gray=False):
    fl = []
    for b in d["blocks"]:
        k = b[0]
        if k == "title":
            fl.append(Paragraph(b[1], st["title"]))
        elif k == "sub":
            fl.append(Paragraph(b[1], st["sub"]))
        elif k == "p":
            fl.append(Paragraph(b[1], st["p"]))
        elif k in ("kv", "table", "TOC"):
            if k == "kv":
                data = [[Paragraph(a_, st["cell"]), Paragraph(v_ or "／", st["cell"])] for a_, v_ in b[1]]
                cw = [width * 0.26, width * 0.74]
            elif k == "table":
                data = [[Paragraph(x, st["cell"]) for x in b[1]]] + [[Paragraph(x, st["cell"]) for x in r] for r in b[2]]
                cw = [width / len(b[1])] * len(b[1])
            else:
                hdr = ["序号", "文件名称", "日期", "页号"]
                data = [[Paragraph(x, st["cell"]) for x in hdr]] + [[Paragraph(x, st["cell"]) for x in r] for r in rows]
                cw = [width * 0.1, width * 0.5, width * 0.25, width * 0.15]
            t = Table(data, colWidths=cw)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            fl.append(t)
            fl.append(Spacer(1, 4))
        elif k == "sign":
            fl.append(Spacer(1, 6))
            for ln in b[1]:
                fl.append(Paragraph(ln, st["sign"]))
        elif k == "seal":
            fl.append(Seal(b[1], gray=gray))
            fl.append(Paragraph("（印章）", st["sign"]))
        elif k == "pb":
            fl.append(PageBreak())
    return fl


def build_pdf(path, docs, datefmt, twocol=False, run_header=None, footer_fmt="第 {n} 页", base=10.5,
              number_offset=0, single=False):
    """Builds a PDF holding docs; returns (pmap, total_numbered_pages, physical pages)."""
    W, H = A4
    lm = 22 * mm
    st = styles(base)

    def make(rows, labels):
        rec = {}
        doc = BaseDocTemplate(path, pagesize=A4, leftMargin=lm, rightMargin=lm, topMargin=24 * mm, bottomMargin=22 * mm,
                              title=docs[0]["title"] if single else (run_header or "行政处罚案卷"), author="")
        fw = W - 2 * lm
        one = Frame(lm, 22 * mm, fw, H - 46 * mm, id="one")
        gap = 7 * mm
        cw = (fw - gap) / 2
        two = [Frame(lm, 22 * mm, cw, H - 46 * mm, id="L"), Frame(lm + cw + gap, 22 * mm, cw, H - 46 * mm, id="R")]

        def deco(c, d_):
            p = c.getPageNumber()
            c.saveState()
            c.setFont(FONT, 8.5)
            if run_header:
                c.drawString(lm, H - 14 * mm, run_header)
                c.setLineWidth(0.4)
                c.line(lm, H - 15.5 * mm, W - lm, H - 15.5 * mm)
            lab = labels.get(p)
            if lab:
                c.setFont(FONT, 9)
                c.drawCentredString(W / 2, 11 * mm, footer_fmt.format(n=lab))
                if run_header:
                    c.line(lm, 16 * mm, W - lm, 16 * mm)
            if twocol and p in labels:
                c.setLineWidth(0.3)
                c.line(W / 2, 24 * mm, W / 2, H - 26 * mm)
            c.restoreState()
        doc.addPageTemplates([PageTemplate("one", [one], onPage=deco), PageTemplate("two", two, onPage=deco)])
        story = []
        first = True
        for d in docs:
            if not first:
                if twocol and d.get("numbered", True):
                    story.append(NextPageTemplate("two"))
                else:
                    story.append(NextPageTemplate("one"))
                story.append(PageBreak())
            elif twocol and d.get("numbered", True):
                story.append(NextPageTemplate("two"))
            first = False
            story.append(Marker(d["key"], rec))
            width = cw if (twocol and d.get("numbered", True)) else fw
            story.extend(flow_doc(d, st, width, rows))
        doc.build(story)
        from pypdf import PdfReader
        return rec, len(PdfReader(path).pages)

    dummy = [["0", "x" * 6, "x" * 8, "00-00"]] * (len(numbered(docs)) + 1)
    rec, npages = make(dummy, {})
    order = [d["key"] for d in docs]
    starts = [rec[k] for k in order]
    counts = {}
    for i, k in enumerate(order):
        end = (starts[i + 1] - 1) if i + 1 < len(order) else npages
        counts[k] = end - starts[i] + 1
    pmap, total = page_ranges(docs, counts)
    pmap = {k: (a + number_offset, b + number_offset) for k, (a, b) in pmap.items()}
    labels = {}
    for d in numbered(docs):
        s = rec[d["key"]]
        a, b = pmap[d["key"]]
        for j in range(b - a + 1):
            labels[s + j] = a + j
    rows = toc_rows(docs, pmap, datefmt) if any(b[0] == "TOC" for d in docs for b in d["blocks"]) else []
    rec2, npages2 = make(rows, labels)
    assert rec2 == rec and npages2 == npages, (rec, rec2)
    return pmap, total, npages, counts

# ------------------------------------------------------------------ DOCX


def docx_doc(path, docs, datefmt, rows, pmap, seal_fmt="（加盖{}印章）", start_new=False, base=10.5):
    D_ = docx.Document()
    sec = D_.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
    stl = D_.styles["Normal"]
    stl.font.name = "SimSun"
    stl.font.size = Pt(base)
    stl.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    stl.paragraph_format.space_after = Pt(2)
    first = True
    for d in docs:
        if not first:
            D_.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        first = False
        plain = d.get("plain")
        for b in d["blocks"]:
            k = b[0]
            if k == "title":
                p = D_.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(base * 1.5)
            elif k == "sub":
                p = D_.add_paragraph(b[1]); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif k == "p":
                p = D_.add_paragraph(b[1])
                p.paragraph_format.first_line_indent = Pt(base * 2)
            elif k == "kv":
                if plain:
                    for a_, v_ in b[1]:
                        D_.add_paragraph(f"{a_}：{v_}")
                    continue
                t = D_.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for a_, v_ in b[1]:
                    cells = t.add_row().cells
                    cells[0].text, cells[1].text = a_, v_ or "／"
                    cells[0].width, cells[1].width = Cm(4.2), Cm(12.4)
            elif k in ("table", "TOC"):
                hdr = b[1] if k == "table" else ["序号", "文件名称", "日期", "页号"]
                body = b[2] if k == "table" else rows
                t = D_.add_table(rows=1, cols=len(hdr))
                t.style = "Table Grid"
                for i, h in enumerate(hdr):
                    t.rows[0].cells[i].text = h
                for r in body:
                    cells = t.add_row().cells
                    for i, x in enumerate(r):
                        cells[i].text = x
            elif k == "sign":
                for ln in b[1]:
                    p = D_.add_paragraph(ln); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif k == "seal":
                p = D_.add_paragraph(seal_fmt.format(b[1])); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif k == "pb":
                D_.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        if d.get("numbered", True) and pmap and d["key"] in pmap:
            a, b_ = pmap[d["key"]]
            p = D_.add_paragraph(f"第 {b_} 页")
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    D_.core_properties.author = ""
    D_.core_properties.title = docs[0]["title"]
    D_.save(path)


def docx_pages(d):
    return 1 + sum(1 for b in d["blocks"] if b[0] == "pb")

# ------------------------------------------------------------------ image cases


def image_pages(docs, lay, datefmt, footer_font, footer_fmt):
    def render(rows):
        out = []
        for d in docs:
            out.append((d, lay.render_doc(d, rows)))
        return out
    first = render([["0", "x", "x", "0"]] * (len(numbered(docs)) + 1))
    counts = {d["key"]: len(p) for d, p in first}
    pmap, total = page_ranges(docs, counts)
    rows = toc_rows(docs, pmap, datefmt)
    final = render(rows)
    n = 0
    flat = []
    for d, pgs in final:
        for im in pgs:
            if d.get("numbered", True):
                n += 1
                stamp_footer(im, footer_fmt.format(n=n), footer_font, lay.dpi)
            flat.append((d, im))
    return pmap, total, flat

# ================================================================== per case


def fmt_cn(x): return cn_date(x)
def fmt_cno(x): return cn_date(x, zero="○")
def fmt_ar(x): return ar_date(x)
def fmt_dot(x): return dot_date(x)


RESULTS = {}


def build01():
    meta, docs = cases_a.case01()
    cid = "ho66-01-tianjin-jiliang"
    path = os.path.join(OUT, cid + ".txt")
    def override(rows):
        # the volume clerk counted the 询问笔录 (with its attached 授权委托书) as one page
        out, shift = [], 0
        for r in rows:
            r = list(r)
            if r[3] != "—":
                a, _, b = r[3].partition("-")
                a, b = int(a), int(b or a)
                if r[1] == "询问笔录":
                    a, b = a, b - 1
                    shift = 1
                elif shift:
                    a, b = a - shift, b - shift
                r[3] = f"{a}" if a == b else f"{a}-{b}"
            out.append(r)
        return out
    holder = {}
    def subst(l):
        return l.replace("十七页", holder.get("total", "十七页"))
    pmap, total = build_txt(docs, 72, 44, fmt_cn, "gbk", path, toc_override=override, subst=subst)
    holder["total"] = cn_num(total) + "页"
    pmap, total = build_txt(docs, 72, 44, fmt_cn, "gbk", path, toc_override=override, subst=subst)
    RESULTS[cid] = dict(meta=meta, pmap=pmap, total=total, fmt="txt-gbk", encoding="gbk", files=[cid + ".txt"])


def build02():
    meta, docs = cases_a.case02()
    cid = "ho66-02-shanxi-yanhua"
    serif = font_path("Noto Serif CJK SC:style=Regular") or font_path("Noto Serif CJK SC")
    hand = font_path("AR PL UKai CN")
    lay = ImgLayout(1240, 1754, 150, serif, hand_file=hand, fontsize_pt=10.5, seal_color=(120, 120, 120))
    ff = ImageFont.truetype(hand, 26)
    pmap, total, flat = image_pages(docs, lay, fmt_ar, ff, "第{n}页")
    rng = np.random.default_rng(2)
    path = os.path.join(OUT, cid + ".pdf")
    c = rl_canvas.Canvas(path, pagesize=A4)
    c.setTitle("")
    c.setAuthor("")
    W, H = A4
    for i, (d, im) in enumerate(flat):
        g = scanify(im, rng, angle=float(rng.uniform(-1.3, 1.3)))
        g = g.resize((1034, 1462))  # ~125 dpi stored
        jp = os.path.join(WORK, f"s02_{i:02d}.jpg")
        g.save(jp, "JPEG", quality=38, optimize=True)
        c.drawImage(jp, 0, 0, W, H)
        c.showPage()
    c.save()
    RESULTS[cid] = dict(meta=meta, pmap=pmap, total=total, fmt="pdf-scan", encoding=None, files=[cid + ".pdf"],
                        pages=len(flat), texts=docs)


def build03():
    meta, docs = cases_a.case03()
    cid = "ho66-03-guizhou-cehui"
    path = os.path.join(OUT, cid + ".pdf")
    pmap, total, npages, _ = build_pdf(path, docs, fmt_cno, twocol=True,
                                       run_header="都匀市自然资源局  行政处罚案卷  匀自然资罚〔2020〕12号",
                                       footer_fmt="— {n} —", base=9.5)
    RESULTS[cid] = dict(meta=meta, pmap=pmap, total=total, fmt="pdf-2col", encoding=None, files=[cid + ".pdf"], pages=npages)


def build04():
    meta, docs = cases_a.case04()
    cid = "ho66-04-hubei-yangchen"
    path = os.path.join(OUT, cid + ".pdf")
    pmap, total, npages, _ = build_pdf(path, docs, fmt_ar, footer_fmt="第 {n} 页", base=10.5)
    RESULTS[cid] = dict(meta=meta, pmap=pmap, total=total, fmt="pdf-tables", encoding=None, files=[cid + ".pdf"], pages=npages)


def build05():
    meta, docs = cases_b.case05()
    cid = "ho66-05-shanghai-zhiye"
    counts = {d["key"]: docx_pages(d) for d in docs}
    pmap, total = page_ranges(docs, counts)
    rows = toc_rows(docs, pmap, fmt_dot)
    path = os.path.join(OUT, cid + ".docx")
    docx_doc(path, docs, fmt_dot, rows, pmap, base=10.5)
    RESULTS[cid] = dict(meta=meta, pmap=pmap, total=total, fmt="docx", encoding=None, files=[cid + ".docx"])


def build06():
    meta, docs = cases_b.case06()
    cid = "ho66-06-fujian-zhatu"
    folder = os.path.join(OUT, cid)
    os.makedirs(folder, exist_ok=True)
    serif = font_path("Noto Serif CJK SC:style=Regular") or font_path("Noto Serif CJK SC")
    lay = ImgLayout(910, 1287, 110, serif, fontsize_pt=11, seal_color=(205, 30, 35))
    rng = np.random.default_rng(6)
    names = []
    for i, d in enumerate(docs, 1):
        pgs = lay.render_doc(d)
        for j, im in enumerate(pgs):
            ph = photoify(im, rng)
            nm = f"IMG_20240620_{i:02d}{j}.jpg"
            ph.save(os.path.join(folder, nm), "JPEG", quality=70, optimize=True)
            names.append(nm)
    RESULTS[cid] = dict(meta=meta, pmap={}, total=len(names), fmt="jpg-photos", encoding=None, files=names, texts=docs)


def build07():
    meta, docs = cases_b.case07()
    cid = "ho66-07-chongqing-wangyueche"
    path = os.path.join(OUT, cid + ".txt")
    stamp = {"cover": "2025-03-28 09:41"}
    def header(d, num):
        return ["━" * 36,
                " 重庆市交通运输综合执法办案系统 · 电子卷宗打印件",
                f" 案件编号：沙交执〔2024〕1187号   当事人：谭国平   打印时间：2025-03-28 09:41",
                f" 当前文书：{d['title']}   卷内页码：{num if num else '—'}",
                "━" * 36, ""]
    pmap, total = build_txt(docs, 72, 40, fmt_ar, "utf-8", path, header=header, footer_fmt=None)
    RESULTS[cid] = dict(meta=meta, pmap=pmap, total=total, fmt="txt-utf8-header", encoding="utf-8", files=[cid + ".txt"])


def build08():
    meta, docs = cases_b.case08()
    cid = "ho66-08-heilongjiang-zhongzi"
    folder = os.path.join(OUT, cid)
    os.makedirs(folder, exist_ok=True)
    ext = {"txt": "txt", "docx": "docx", "pdf": "pdf"}
    # pass 1: page counts
    counts = {}
    for d in docs:
        if d["fmt"] == "txt":
            counts[d["key"]] = len(paginate(doc_text_lines(d, 66, [], style="plain"), 42))
        elif d["fmt"] == "docx":
            counts[d["key"]] = docx_pages(d)
        else:
            tmp = os.path.join(WORK, "c8_" + d["key"] + ".pdf")
            _, _, npg, _ = build_pdf(tmp, [dict(d, numbered=False)], fmt_cn, single=True)
            counts[d["key"]] = npg
    pmap, total = page_ranges(docs, counts)
    rows = toc_rows(docs, pmap, fmt_cn)
    files = []
    for i, d in enumerate(docs):
        nm = f"{i:02d}_{d['title']}.{ext[d['fmt']]}"
        p = os.path.join(folder, nm)
        files.append(nm)
        if d["fmt"] == "txt":
            lines = doc_text_lines(d, 66, rows, style="plain")
            pages = paginate(lines, 42)
            out = []
            for j, pg in enumerate(pages):
                body = list(pg)
                if d.get("numbered", True):
                    body += ["", center(f"第{pmap[d['key']][0] + j}页", 66)]
                out.append("\n".join(body))
            open(p, "w", encoding="utf-8").write("\n\f".join(out) + "\n")
        elif d["fmt"] == "docx":
            docx_doc(p, [d], fmt_cn, rows, pmap)
        else:
            off = pmap[d["key"]][0] - 1
            pm, _, _, _ = build_pdf(p, [d], fmt_cn, number_offset=off, single=True)
            assert pm[d["key"]] == pmap[d["key"]]
    RESULTS[cid] = dict(meta=meta, pmap=pmap, total=total, fmt="folder-mixed", encoding="utf-8", files=files)


# ------------------------------------------------------------------ labels & notes
from notes import NOTES, CODES


def write_labels():
    lines = []
    for cid in sorted(RESULTS):
        r = RESULTS[cid]
        m = r["meta"]
        dates = {k: (v.isoformat() if v else None) for k, v in m["dates"].items()}
        cits = [dict(law=l, article=a, paragraph=p, item=i, role=ro) for l, a, p, i, ro in m["citations"]]
        note = NOTES[cid].format(**{k: (f"{a}" if a == b else f"{a}-{b}") for k, (a, b) in r["pmap"].items()})
        obj = dict(case_id=cid, codes=CODES[cid], encoding=r["encoding"], notes=note,
                   fields=dict(agency=m["agency"], party=m["party"],
                               penalty=dict(fine_yuan=m["fine"], procedure=m["procedure"]),
                               dates=dates, citations=cits))
        lines.append(json.dumps(obj, ensure_ascii=False))
    open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    json.dump({cid: dict(pmap=r["pmap"], total=r["total"], files=r["files"], fmt=r["fmt"], pages=r.get("pages"))
               for cid, r in RESULTS.items()},
              open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    for f in (build01, build02, build03, build04, build05, build06, build07, build08):
        f()
        print("built", f.__name__)
    write_labels()
    shutil.rmtree(WORK, ignore_errors=True)
    print("labels written")

"""Build the held-out corpus: python3 _build/build.py (run from anywhere)."""
from __future__ import annotations

import io
import json
import os
import random
import shutil
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

from PIL import Image, ImageDraw  # noqa: E402

import cases_a  # noqa: E402
import cases_b  # noqa: E402
from common import Layout, blocks_to_text, d_ar, d_cn, d_dot, strip_hand  # noqa: E402
from render import images_to_pdf, page_to_image, pages_to_pdf, photoify, scanify  # noqa: E402

CASES = {
    "hj2019_wuxi_vocs": cases_a.case1,
    "sj2023_jinhua_food": cases_b.case2,
    "jt2020_zhoukou_cargo": cases_a.case3,
    "wl2024_hengyang_netbar": cases_a.case4,
    "sl2021_ganzhou_spoil": cases_b.case5,
    "yj2016_mianyang_training": cases_b.case6,
    "zj2025_foshan_property": cases_b.case7,
    "yc2022_qujing_wholesale": cases_b.case8,
}
MANIFEST = {}


# ------------------------------------------------------------------ shared front/back matter
def cover_doc(meta, style="ar", pages_total=None):
    D = meta["D"]
    f = {"ar": d_ar, "cn": d_cn, "dot": d_dot}[style]
    start = D.get("filing") or D.get("insp")
    rows = [
        ["案件名称", (meta["case_name"], 3)],
        ["当事人", (meta["party"], 3)],
        ["处罚决定书文号", (meta["dec_no"], 3)],
        ["立案日期", f(start), "结案日期", f(D["closing"])],
        ["保管期限", meta["retention"], "本卷共", f"{pages_total}页" if pages_total else "　"],
        ["立卷人", f"⟦{meta['maker']}⟧", "检查人", f"⟦{meta['checker']}⟧"],
    ]
    return {"key": "封面", "title": "封面", "date": D["closing"], "number": "", "numbered": False, "blocks": [
        ("gap", 20), ("title", meta["agency"]), ("gap", 8), ("title", "行 政 处 罚 案 卷"), ("gap", 20),
        ("table", rows, [0.2, 0.3, 0.2, 0.3]), ("gap", 10), ("r", f"归档号：{D['closing'][:4]}-{sum(map(ord, meta['case_name'])) % 9000 + 1000:04d}"),
    ]}


def toc_doc(entries, with_pages=True):
    rows = [["序号", "文件名称", "文号/日期", "页号" if with_pages else "备注"]]
    for i, e in enumerate(entries, 1):
        rows.append([str(i), e["title"], e["number"] or e["date_str"], e.get("pages", "")])
    return {"key": "卷内目录", "title": "卷内目录", "date": "", "number": "", "numbered": False,
            "blocks": [("title", "卷 内 目 录"), ("table", rows, [0.09, 0.47, 0.3, 0.14])]}


def back_doc(meta, pages_total, note):
    return {"key": "备考表", "title": "备考表", "date": meta["D"]["closing"], "number": "", "numbered": False, "blocks": [
        ("title", "卷 内 备 考 表"),
        ("p", f"本卷共有文件材料{pages_total}页。{note}"),
        ("sig", "立卷人：", meta["maker"]), ("sig", "检查人：", meta["checker"]),
        ("r", d_ar(meta["D"]["closing"])),
    ]}


def pr(a, b):
    return f"{a}" if a == b else f"{a}-{b}"


def layout_content(docs, flow=False, **kw):
    L = Layout(**kw)
    spans = []
    for i, d in enumerate(docs):
        start_new = True
        if flow and i > 0 and d["key"] not in ("处罚决定书", "事先告知书"):
            start_new = False
        a, b = L.add_doc(d, start_new=start_new)
        spans.append((a, b))
    return L.pages, spans


def entries_for(docs, spans, offset=1):
    out = []
    for d, (a, b) in zip(docs, spans):
        heading = [blk[1] for blk in d["blocks"] if blk[0] == "title" and not blk[1].endswith("局")][0]
        out.append({"title": d["title"], "number": d["number"], "date_str": d_ar(d["date"]) if d["date"] else "",
                    "pages": pr(a + offset, b + offset), "first": a + offset, "last": b + offset, "heading": heading})
    return out


def layout_one(doc_):
    L = Layout()
    L.add_doc(doc_)
    return L.pages


# ------------------------------------------------------------------ case 1: text PDF, ruled tables
def build_pdf_tables(cid, meta, docs):
    pages, spans = layout_content(docs)
    entries = entries_for(docs, spans)
    n = len(pages)
    # the 目录 was typed from a draft in which the 调查询问笔录 took two pages; never corrected
    shown = [dict(e) for e in entries]
    bad = []
    hit = False
    for e in shown:
        if e["title"] == "调查询问笔录":
            hit = True
            e["pages"] = pr(e["first"], e["last"] + 1)
            bad.append(e["title"])
            continue
        if hit:
            e["pages"] = pr(e["first"] + 1, e["last"] + 1)
            bad.append(e["title"])
    front = layout_one(cover_doc(meta, "cn", n)) + layout_one(toc_doc(shown))
    back = layout_one(back_doc(meta, n, "封面、卷内目录、备考表不编页号。"))
    allp = front + pages + back
    labels = [None] * len(front) + [f"第 {i} 页" for i in range(1, n + 1)] + [None] * len(back)
    path = os.path.join(ROOT, cid + ".pdf")
    pages_to_pdf(allp, path, title="行政处罚案卷", footer=lambda i, t: labels[i])
    MANIFEST[cid] = {"pages": len(allp), "front": len(front), "numbered": n, "entries": entries, "shown": shown,
                     "toc_mismatch": bad}


# ------------------------------------------------------------------ case 8: text PDF, running headers, flowing docs
def build_pdf_running(cid, meta, docs):
    pages, spans = layout_content(docs, flow=True, margin=(22, 24, 20, 24))
    entries = entries_for(docs, spans)
    n = len(pages)
    front = layout_one(cover_doc(meta, "ar", n)) + layout_one(toc_doc(entries))
    back = layout_one(back_doc(meta, n, "卷内文件按办案顺序排列，部分文书跨页连续装订。"))
    allp = front + pages + back
    nf = len(front)
    hdr = f"{meta['agency']}　行政处罚案卷　{meta['dec_no']}"

    def header(i, t):
        return None if i == 0 else hdr

    def footer(i, t):
        if nf <= i < nf + n:
            return f"第 {i - nf + 1} 页　共 {n} 页"
        return None

    path = os.path.join(ROOT, cid + ".pdf")
    pages_to_pdf(allp, path, title="行政处罚案卷", header=header, footer=footer)
    MANIFEST[cid] = {"pages": len(allp), "front": nf, "numbered": n, "entries": entries, "shown": entries, "toc_mismatch": []}


# ------------------------------------------------------------------ case 4: scanned PDF
def build_scan(cid, meta, docs):
    pages, spans = layout_content(docs)
    entries = entries_for(docs, spans)
    n = len(pages)
    front = layout_one(cover_doc(meta, "ar", n)) + layout_one(toc_doc(entries))
    back = layout_one(back_doc(meta, n, "本案适用简易程序，当场处罚决定书已于2024年5月20日报局法规股备案。"))
    allp = front + pages + back
    nf = len(front)
    rnd = random.Random(404)
    imgs = []
    for i, pg in enumerate(allp):
        foot = f"第{i - nf + 1}页" if nf <= i < nf + n else None
        im = page_to_image(pg, 200, seal_color=(200, 30, 30), footer_text=foot)
        imgs.append(scanify(im, rnd))
    path = os.path.join(ROOT, cid + ".pdf")
    images_to_pdf(imgs, path, 200, quality=32)
    MANIFEST[cid] = {"pages": len(allp), "front": nf, "numbered": n, "entries": entries, "shown": entries, "toc_mismatch": []}


# ------------------------------------------------------------------ case 6: folder of phone photos
def build_photos(cid, meta, docs):
    pages, spans = layout_content(docs)
    entries = entries_for(docs, spans)
    n = len(pages)
    front = layout_one(toc_doc(entries))
    allp = front + pages
    nf = len(front)
    folder = os.path.join(ROOT, cid)
    os.makedirs(folder, exist_ok=True)
    rnd = random.Random(616)
    for i, pg in enumerate(allp):
        foot = f"{i - nf + 1}" if i >= nf else None
        im = page_to_image(pg, 130, footer_text=foot)
        ph = photoify(im, rnd, out_w=940)
        ph.save(os.path.join(folder, f"IMG_2016{i + 1:04d}.jpg"), "JPEG", quality=50, optimize=True)
    MANIFEST[cid] = {"pages": len(allp), "front": nf, "numbered": n, "entries": entries, "shown": entries, "toc_mismatch": [],
                     "files": sorted(os.listdir(folder))}


# ------------------------------------------------------------------ case 3: GB18030 text with form feeds
def build_gb_text(cid, meta, docs):
    FW = "　"
    page_texts, spans = [], []
    for d in docs:
        lines = blocks_to_text(d, fw_space=True)
        start = len(page_texts)
        chunk = []
        for ln in lines:
            chunk.append(ln)
            if len(chunk) >= 38:
                page_texts.append(chunk)
                chunk = []
        if chunk:
            page_texts.append(chunk)
        spans.append((start, len(page_texts) - 1))
    entries = entries_for(docs, spans)
    n = len(page_texts)
    out_pages = []
    out_pages.append(blocks_to_text(cover_doc(meta, "ar", n), fw_space=True))
    out_pages.append(blocks_to_text(toc_doc(entries), fw_space=True, table_style="grid"))
    for i, pt in enumerate(page_texts, 1):
        out_pages.append(pt + ["", FW * 16 + f"－{i}－"])
    out_pages.append(blocks_to_text(back_doc(meta, n, "封面、目录、备考表不编页。"), fw_space=True))
    text = "\r\n".join(["\r\n".join(p) for p in out_pages][0:1]) + "\r\n\f" + "\r\n\f".join("\r\n".join(p) for p in out_pages[1:]) + "\r\n"
    with open(os.path.join(ROOT, cid + ".txt"), "wb") as fh:
        fh.write(text.encode("gb18030"))
    MANIFEST[cid] = {"pages": len(out_pages), "front": 2, "numbered": n, "entries": entries, "shown": entries, "toc_mismatch": []}


# ------------------------------------------------------------------ case 7: system export
def build_system_text(cid, meta, docs):
    out = []
    gen_base = {"立案审批表": "09:12:44", "现场检查笔录": "16:03:27"}
    case_no = "NHJS-2025-ZF-00307"
    out.append(f"【案件综合管理系统·案卷导出】案件编号：{case_no}　导出时间：2025-06-17 09:30:18　导出人：何婉仪")
    out.append("=" * 60)
    out.append(f"文书名称：案卷封面 | 文书编号：无 | 生成时间：2025-06-16 17:20:05")
    out.append("-" * 60)
    out.extend(blocks_to_text(cover_doc(meta, "ar", None)))
    entries = [{"title": d["title"], "number": d["number"], "date_str": d["date"], "pages": ""} for d in docs]
    out.append("")
    out.append(f"文书名称：卷内目录 | 文书编号：无 | 生成时间：2025-06-16 17:20:06")
    out.append("-" * 60)
    for i, e in enumerate(entries, 1):
        out.append(f"{i:02d}  {e['title']}  {e['number'] or '—'}  {e['date_str']}")
    for i, d in enumerate(docs):
        t = gen_base.get(d["key"], f"{9 + i % 8:02d}:{(17 * i) % 60:02d}:{(31 * i) % 60:02d}")
        out.append("")
        out.append("=" * 60)
        out.append(f"文书名称：{d['title']} | 文书编号：{d['number'] or '无'} | 生成时间：{d['date']} {t}")
        out.append("-" * 60)
        out.extend(blocks_to_text(d))
        if d["key"] in ("处罚决定书", "事先告知书"):
            out.append("[电子签章：" + meta["agency"] + "]")
    out.append("")
    out.append("文书名称：卷内备考表 | 文书编号：无 | 生成时间：2025-06-16 17:20:09")
    out.append("-" * 60)
    out.extend(blocks_to_text(back_doc(meta, len(docs), "本卷为系统导出电子案卷，纸质案卷另行归档。")))
    with open(os.path.join(ROOT, cid + ".txt"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    MANIFEST[cid] = {"pages": None, "entries": entries, "shown": entries, "toc_mismatch": []}


# ------------------------------------------------------------------ DOCX writer
def seal_png(agency, px=300):
    from render import _seal_img
    from common import PAGE_W
    im = Image.new("RGBA", (px, px), (255, 255, 255, 0))
    # draw at a fake 'dpi' so that a 19 mm radius fills the image
    dpi = px / 42 * 25.4
    _seal_img(im, 21, 21, 19, agency, dpi, (205, 30, 30))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    buf.seek(0)
    return buf


def docx_add_docs(document, docs, agency, first_break=False):
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    def run(p, text, hand=False, size=11, bold=False):
        r = p.add_run(text)
        r.font.size = Pt(size + (2 if hand else 0))
        r.bold = bold
        fn = "AR PL UKai CN" if hand else "宋体"
        r.font.name = fn
        r._element.rPr.rFonts.set(qn("w:eastAsia"), "楷体" if hand else "宋体")
        if hand:
            r.font.color.rgb = RGBColor(0x20, 0x24, 0x60)
        return r

    def rich(p, text, size=11):
        from common import hand_split
        for seg, h in hand_split(text):
            run(p, seg, hand=h, size=size)

    for i, d in enumerate(docs):
        if i > 0 or first_break:
            document.add_page_break()
        for b in d["blocks"]:
            k = b[0]
            if k in ("title", "sub"):
                p = document.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run(p, b[1], size=16 if k == "title" else 11, bold=(k == "title"))
            elif k == "p":
                p = document.add_paragraph()
                p.paragraph_format.first_line_indent = Pt(22)
                rich(p, b[1])
            elif k == "l":
                p = document.add_paragraph()
                rich(p, b[1])
            elif k == "r":
                p = document.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                rich(p, b[1])
            elif k == "sig":
                p = document.add_paragraph()
                run(p, b[1])
                run(p, b[2], hand=True)
            elif k == "seal":
                p = document.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.add_run().add_picture(seal_png(b[1]), width=Mm(38))
            elif k == "gap":
                document.add_paragraph()
            elif k == "table":
                rows, widths = b[1], b[2]
                ncol = len(widths)
                t = document.add_table(rows=len(rows), cols=ncol)
                t.style = "Table Grid"
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                for ri, row in enumerate(rows):
                    ci = 0
                    for cell in row:
                        span = 1
                        if isinstance(cell, tuple):
                            cell, span = cell
                        c = t.cell(ri, ci)
                        if span > 1:
                            c = c.merge(t.cell(ri, ci + span - 1))
                        c.paragraphs[0].text = ""
                        rich(c.paragraphs[0], cell, size=10.5)
                        ci += span
            elif k == "break":
                document.add_page_break()


def add_page_field(paragraph, prefix="第 ", mid=" 页　共 ", suffix=" 页"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def field(instr):
        r = paragraph.add_run()
        b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
        t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
        r._r.append(b); r._r.append(t); r._r.append(e)

    paragraph.add_run(prefix)
    field("PAGE")
    paragraph.add_run(mid)
    field("NUMPAGES")
    paragraph.add_run(suffix)


def new_docx(header_text):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm

    document = docx.Document()
    sec = document.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin, sec.bottom_margin = Mm(25), Mm(22)
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)
    cp = document.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.comments = ""
    import datetime as dt
    cp.created = cp.modified = dt.datetime(2023, 10, 25, 9, 0, 0)
    return document


def build_docx(cid, meta, docs):
    document = new_docx(f"{meta['agency']}　行政处罚案卷")
    entries = [{"title": d["title"], "number": d["number"], "date_str": d_ar(d["date"]), "pages": "1份"} for d in docs]
    front = [cover_doc(meta, "ar", None), toc_doc(entries, with_pages=False)]
    back = back_doc(meta, len(docs), "本卷另附现场照片光盘一张、执法记录仪视频光盘一张。卷内文件以件为单位编号。")
    docx_add_docs(document, front + docs + [back], meta["agency"])
    document.save(os.path.join(ROOT, cid + ".docx"))
    MANIFEST[cid] = {"pages": None, "entries": entries, "shown": entries, "toc_mismatch": []}


# ------------------------------------------------------------------ case 5: folder of mixed files
FOLDER_KIND = {
    "立案审批表": "docx", "现场检查笔录": "pdf", "询问笔录": "txt", "测量报告": "pdf", "调查终结报告": "docx",
    "事先告知书": "pdf", "送达回证1": "txt", "听证申请及通知": "docx", "听证笔录及报告": "txt", "法制审核意见": "docx",
    "集体讨论记录": "txt", "处罚决定书": "pdf", "送达回证2": "pdf", "分期缴纳审批": "docx", "缴款凭证": "txt",
    "结案审批表": "docx",
}


def build_folder(cid, meta, docs):
    folder = os.path.join(ROOT, cid)
    os.makedirs(folder, exist_ok=True)
    files = []
    for i, d in enumerate(docs, 1):
        kind = FOLDER_KIND[d["key"]]
        name = f"{i:02d}_{d['title'].replace('、', '及').replace('（', '(').replace('）', ')')}.{kind}"
        path = os.path.join(folder, name)
        if kind == "txt":
            with open(path, "w", encoding="utf-8-sig", newline="\r\n") as fh:
                fh.write("\n".join(blocks_to_text(d)) + "\n")
        elif kind == "pdf":
            L = Layout()
            L.add_doc(d)
            pages_to_pdf(L.pages, path, title=d["title"], footer=lambda j, t: f"第{j + 1}页 共{t}页")
        else:
            document = new_docx(meta["agency"])
            docx_add_docs(document, [d], meta["agency"])
            document.save(path)
        files.append(name)
    entries = [{"title": d["title"], "number": d["number"], "date_str": d_ar(d["date"]), "pages": f} for d, f in zip(docs, files)]
    lines = blocks_to_text(cover_doc(meta, "ar", None)) + ["", "卷内目录", "序号　文件名称　文号/日期　电子文件"]
    for i, e in enumerate(entries, 1):
        lines.append(f"{i:02d}　{e['title']}　{e['number'] or e['date_str']}　{e['pages']}")
    lines += [""] + blocks_to_text(back_doc(meta, len(docs), "本卷为电子化案卷，一件一档。"))
    with open(os.path.join(folder, "00_封面及卷内目录.txt"), "w", encoding="utf-8-sig", newline="\r\n") as fh:
        fh.write("\n".join(lines) + "\n")
    MANIFEST[cid] = {"pages": None, "entries": entries, "shown": entries, "toc_mismatch": [], "files": ["00_封面及卷内目录.txt"] + files}


BUILDERS = {
    "hj2019_wuxi_vocs": build_pdf_tables,
    "sj2023_jinhua_food": build_docx,
    "jt2020_zhoukou_cargo": build_gb_text,
    "wl2024_hengyang_netbar": build_scan,
    "sl2021_ganzhou_spoil": build_folder,
    "yj2016_mianyang_training": build_photos,
    "zj2025_foshan_property": build_system_text,
    "yc2022_qujing_wholesale": build_pdf_running,
}


def main():
    for cid in CASES:
        for p in (os.path.join(ROOT, cid), *[os.path.join(ROOT, cid + e) for e in (".pdf", ".txt", ".docx")]):
            if os.path.isdir(p):
                shutil.rmtree(p)
            elif os.path.exists(p):
                os.remove(p)
    metas = {}
    for cid, fn in CASES.items():
        meta, docs = fn()
        BUILDERS[cid](cid, meta, docs)
        metas[cid] = meta
        print("built", cid)
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(MANIFEST, fh, ensure_ascii=False, indent=1)
    import labels
    labels.write(ROOT, metas, MANIFEST)


if __name__ == "__main__":
    main()

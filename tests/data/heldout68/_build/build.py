"""Build the heldout68 corpus. Run from anywhere: python3 _build/build.py"""
import io
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from lib import (layout_doc, draw_pdf_page, pdf_fonts, raster_page, scanify, jpeg_bytes, images_to_pdf,
                 doc_to_lines, Page, PAGE_W, D, cn_date)
from cases_a import case1, case3, case4
from cases_b import case2, case5, case6
from cases_c import case7, case8
from notes import NOTES

MANIFEST = {}


def cover_doc(meta, extra=None):
    rows = [("案件名称", meta.get("cover_title") or f"{meta['party']['name']}案"),
            ("案号", meta.get("caseno", "/")), ("处罚决定书文号", meta["jd"]),
            ("办案机关", meta["agency"])]
    if extra:
        rows += extra
    return {"title": "封面", "blocks": [("gap", 30), ("title", meta["agency"]), ("title", "行政处罚案卷"), ("gap", 12),
                                       ("kv", rows, 40)]}


def toc_doc(entries, title="卷内目录", cols=("序号", "文件名称", "页号")):
    rows = [list(cols)] + [[str(i + 1), t, p] for i, (t, p) in enumerate(entries)]
    return {"title": title, "blocks": [("title", title), ("grid", [10, 80, 22], rows)]}


def ranges(counts, start=1):
    out, p = [], start
    for c in counts:
        out.append(f"{p}" if c == 1 else f"{p}-{p + c - 1}")
        p += c
    return out


# ------------------------------------------------------------------ case 1: text PDF with header
def build_pdf_case(meta, docs, path, value_role="print", header=True, footer_fmt="- {n} -"):
    from reportlab.pdfgen import canvas
    pdf_fonts()
    laid = [layout_doc(d, value_role) for d in docs]
    counts = [len(l) for l in laid]
    rng = ranges(counts)
    toc = toc_doc([(d["title"], r) for d, r in zip(docs, rng)])
    cov = cover_doc(meta, [("立案日期", meta["dates"]["filing"] or "/"), ("结案日期", meta.get("closing", "/")),
                           ("保管期限", "长期"), ("本卷页数", str(sum(counts)))])
    bk = {"title": "备考表", "blocks": [("title", "卷内备考表"),
                                      ("p", f"本卷共有文件材料{len(docs)}件，{sum(counts)}页（封面、卷内目录、备考表不编页号）。执法记录仪音像资料另行归档。"),
                                      ("right", "立卷人：" + ("李沐" if "滨海" in meta["agency"] else "冉雪梅") + "\n检查人：" + ("周晓东" if "滨海" in meta["agency"] else "钟晓岚"))]}
    c = canvas.Canvas(path)
    c.setAuthor(""); c.setCreator(""); c.setProducer(""); c.setTitle(meta["case_id"])
    hdr = meta.get("header") if header else None
    pages_out = 0
    for pg in layout_doc(cov, value_role) + layout_doc(toc, value_role):
        draw_pdf_page(c, pg, hdr); c.showPage(); pages_out += 1
    n = 0
    pagemap = {}
    for d, l in zip(docs, laid):
        pagemap[d["title"]] = (n + 1, n + len(l))
        for pg in l:
            n += 1
            draw_pdf_page(c, pg, hdr, footer_fmt.format(n=n)); c.showPage(); pages_out += 1
    for pg in layout_doc(bk, value_role):
        draw_pdf_page(c, pg, hdr); c.showPage(); pages_out += 1
    c.save()
    MANIFEST[meta["case_id"]] = {"kind": "pdf", "pages": pages_out, "numbered": n,
                                 "toc": [[d["title"], r, next(x[1] for x in d["blocks"] if x[0] == "title")] for d, r in zip(docs, rng)], "footer": footer_fmt}
    return pagemap


# ------------------------------------------------------------------ case 2: DOCX
def build_docx(meta, docs, path):
    from docx import Document
    from docx.shared import Pt, Mm, RGBColor
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"; st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    doc.core_properties.author = ""; doc.core_properties.last_modified_by = ""
    allds = [cover_doc(meta, [("立案日期", "2019年5月22日"), ("结案日期", "2019年7月20日"), ("保管期限", "永久")]),
             toc_doc([(d["title"], "1") for d in docs], cols=("件号", "文件题名", "份数"))] + docs
    first = True
    for d in allds:
        if first:
            sec = doc.sections[0]; first = False
        else:
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.header.is_linked_to_previous = False
        hp = sec.header.paragraphs[0]
        hp.text = f"{meta['agency']}　环境行政处罚案卷　{meta['caseno']}　｜　{d['title']}"
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for b in d["blocks"]:
            k = b[0]
            if k == "title":
                p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(18)
            elif k == "sub":
                p = doc.add_paragraph(b[1]); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif k == "p":
                for para in b[1].split("\n"):
                    p = doc.add_paragraph(para); p.paragraph_format.first_line_indent = Pt(22)
            elif k == "right":
                for ln in b[1].split("\n"):
                    p = doc.add_paragraph(ln); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif k == "seal":
                p = doc.add_paragraph("（印章：" + b[1] + "）"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.runs[0].font.color.rgb = RGBColor(0xC0, 0x10, 0x10)
            elif k == "gap":
                doc.add_paragraph("")
            elif k in ("kv", "kv4"):
                rows = b[1]
                t = doc.add_table(rows=len(rows), cols=4); t.style = "Table Grid"
                for i, r in enumerate(rows):
                    cells = t.rows[i].cells
                    if k == "kv":
                        cells[0].text = r[0]
                        m = cells[1].merge(cells[3]); m.text = r[1]
                    else:
                        for j in range(4):
                            cells[j].text = r[j]
            elif k == "grid":
                rows = b[2]
                t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
                for i, r in enumerate(rows):
                    for j, v in enumerate(r):
                        t.rows[i].cells[j].text = v
    doc.save(path)
    MANIFEST[meta["case_id"]] = {"kind": "docx", "sections": len(allds), "toc": [d["title"] for d in docs]}


# ------------------------------------------------------------------ text cases
def paginate(lines, per):
    pages, cur = [], []
    for ln in lines:
        if ln == "\f":
            if cur:
                pages.append(cur); cur = []
            continue
        cur.append(ln)
        if len(cur) >= per:
            pages.append(cur); cur = []
    if cur:
        pages.append(cur)
    return pages


def build_gbk_txt(meta, docs, path):
    per = 34
    pd = [paginate(doc_to_lines(d, 36, "bracket"), per) for d in docs]
    counts = [len(p) for p in pd]
    rng = ranges(counts)
    toc_rng = list(rng)
    # the archived 目录 was not updated after two pages were re-filed (see notes)
    titles = [d["title"] for d in docs]
    i_q = titles.index("询问笔录"); i_e = titles.index("证据材料（复印件）")
    toc_rng[i_q] = "4-5"; toc_rng[i_e] = "6"
    out = []
    out.append("【系统】吉林省交通运输行政执法综合管理信息系统　案卷导出")
    out.append(f"【导出时间】二〇一五年十月九日")
    out.append("【案卷】" + meta["agency"] + "　行政处罚案卷　" + meta["caseno"])
    out.append("")
    out.append("==================== 封面 ====================")
    out.append(f"【案件名称】{meta['party']['name']}车辆擅自超限行驶公路案")
    out.append(f"【立案编号】{meta['caseno']}　【决定书文号】{meta['jd']}")
    out.append("【立案日期】二〇一五年九月十七日　【结案日期】二〇一五年九月二十五日")
    out.append(f"【办案单位】{meta['agency']}路政科　【保管期限】长期　【本卷页数】{sum(counts)}")
    out.append("")
    out.append("==================== 卷内目录 ====================")
    for i, (t, r) in enumerate(zip(titles, toc_rng)):
        out.append(f"【{i + 1:02d}】{t}　……　第{r}页")
    out.append("")
    n = 0
    for d, pages in zip(docs, pd):
        out.append(f"==================== {d['title']} ====================")
        for pg in pages:
            n += 1
            out.extend(pg)
            out.append(f"　　　　　　　　　　　　　　〔第{n}页〕")
            out.append("\f")
    out.append("==================== 备考表 ====================")
    out.append(f"【说明】本卷共{len(docs)}件{n}页。执法记录仪视频另存。")
    out.append("【立卷人】孟庆海　【检查人】曲秀华　【日期】二〇一五年十月八日")
    txt = "\r\n".join(out) + "\r\n"
    with open(path, "wb") as f:
        f.write(txt.encode("gbk"))
    MANIFEST[meta["case_id"]] = {"kind": "txt", "encoding": "gbk", "numbered": n,
                                 "toc_true": [[t, r] for t, r in zip(titles, rng)],
                                 "toc_written": [[t, r] for t, r in zip(titles, toc_rng)]}
    return {t: r for t, r in zip(titles, rng)}


def build_utf8_shuffled(meta, docs, path):
    per = 30
    pd = [paginate(doc_to_lines(d, 38), per) for d in docs]
    counts = [len(p) for p in pd]
    rng = ranges(counts)
    titles = [d["title"] for d in docs]
    # page numbers are those of the archived volume; the working copy re-orders documents
    numbered = []
    n = 0
    for d, pages in zip(docs, pd):
        for pg in pages:
            n += 1
            numbered.append((d["title"], n, pg))
    toc_lines = ["卷内目录", "序号　文件名称　页号"] + [f"{i + 1}　{t}　{r}" for i, (t, r) in enumerate(zip(titles, rng))]
    order = ["行政处罚决定书", "送达回执（决定书）", "消防监督检查记录", "询问笔录", "复查记录", "受案登记表", "立案审批表",
             "行政处罚告知笔录", "送达回执（告知书）", "更正通知书", "陈述申辩笔录及复核意见", "案件调查终结报告", "法制审核意见",
             "分期缴纳罚款申请及审批", "缴款凭证", "结案报告"]
    assert sorted(order) == sorted(titles), (set(order) ^ set(titles))
    out = ["评查工作副本（按评查关注顺序整理，页码为原卷页码）",
           f"案卷：{meta['agency']}　{meta['caseno']}　{meta['party']['name']}消防设施未保持完好有效案",
           "整理人：市司法局执法监督科案卷评查组", "", "────────"]
    first_two = order[:2]
    rest = order[2:]
    def emit(t):
        out.append(f"【{t}】")
        for (tt, num, pg) in numbered:
            if tt == t:
                out.extend(pg); out.append(f"　　　　　　　　　　　　　　　　第{num}页"); out.append("────────")
    for t in first_two:
        emit(t)
    out.append("【卷内目录（原卷，未编页号）】")
    out.extend(toc_lines)
    out.append("────────")
    out.append("【封面（原卷，未编页号）】")
    out.append(f"案件名称：{meta['party']['name']}消防设施未保持完好有效案　立案：2023.4.12　结案：2023.6.28　保管期限：长期")
    out.append("────────")
    for t in rest:
        emit(t)
    out.append("【备考表（原卷，未编页号）】本卷文件16件，共" + str(n) + "页。立卷人：郑凯　检查人：许丽娟　2023.6.30")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    MANIFEST[meta["case_id"]] = {"kind": "txt", "encoding": "utf-8", "numbered": n,
                                 "toc": [[t, r] for t, r in zip(titles, rng)]}
    return {t: r for t, r in zip(titles, rng)}


# ------------------------------------------------------------------ scanned PDF (case 4)
def build_scanned_pdf(meta, docs, path, seed=4):
    rng_ = random.Random(seed)
    dpi = 150
    laid = [layout_doc(d) for d in docs]
    counts = [len(l) for l in laid]
    rg = ranges(counts)
    toc = toc_doc([(d["title"], r) for d, r in zip(docs, rg)])
    cov = cover_doc(meta, [("立案日期", "2022年6月16日"), ("结案日期", "2022年10月24日"), ("保管期限", "长期")])
    pages = [(p, None) for p in layout_doc(cov) + layout_doc(toc)]
    n = 0
    for l in laid:
        for p in l:
            n += 1
            pages.append((p, f"{n}"))
    out = []
    for i, (p, foot) in enumerate(pages):
        img = raster_page(p, dpi, footer=foot)
        rot = 180 if i in (5, 12) else (90 if i == 9 else 0)
        g = scanify(img, rng_, noise=4, rot=rot)
        out.append((jpeg_bytes(g, 30), g.size))
    images_to_pdf(path, out, dpi)
    MANIFEST[meta["case_id"]] = {"kind": "pdf-scan", "pages": len(pages), "numbered": n,
                                 "toc": [[d["title"], r] for d, r in zip(docs, rg)], "rotated_pages": [6, 10, 13]}
    pm, k = {}, 0
    for d, c in zip(docs, counts):
        pm[d["title"]] = (k + 1, k + c); k += c
    return pm


# ------------------------------------------------------------------ folder of PDFs (case 5)
def build_pdf_folder(meta, docs, folder, seed=5):
    from reportlab.pdfgen import canvas
    pdf_fonts()
    rng_ = random.Random(seed)
    os.makedirs(folder, exist_ok=True)
    body = docs[1:]
    laid = {d["file"]: layout_doc(d) for d in body}
    toc_rows = [[str(i + 1), d["file"] + ".pdf", d["title"], str(len(laid[d["file"]]))] for i, d in enumerate(body)]
    docs[0]["blocks"] = [("title", "卷内目录"), ("p", f"案号：{meta['caseno']}　当事人：{meta['party']['name']}"),
                         ("grid", [8, 50, 40, 14], [["序号", "文件", "题名", "页数"]] + toc_rows)]
    info = {}
    for d in docs:
        pages = layout_doc(d)
        fn = os.path.join(folder, d["file"] + ".pdf")
        if d["kind"] == "text":
            c = canvas.Canvas(fn); c.setAuthor(""); c.setCreator(""); c.setProducer("")
            for p in pages:
                draw_pdf_page(c, p, (meta["agency"], meta["caseno"])); c.showPage()
            c.save()
        else:
            imgs = []
            for p in pages:
                g = scanify(raster_page(p, 150), rng_, noise=4)
                imgs.append((jpeg_bytes(g, 30), g.size))
            images_to_pdf(fn, imgs, 150)
        info[d["file"]] = {"kind": d["kind"], "pages": len(pages)}
    MANIFEST[meta["case_id"]] = {"kind": "folder-pdf", "files": info}
    return info


# ------------------------------------------------------------------ PNG folder (case 6)
def build_png_folder(meta, docs, folder):
    os.makedirs(folder, exist_ok=True)
    k = 0
    info = []
    for d in docs:
        for p in layout_doc(d, "hand"):
            k += 1
            img = raster_page(p, 300).convert("L").point(lambda v: 255 if v > 170 else 0).convert("1")
            fn = f"{k:02d}.png"
            img.save(os.path.join(folder, fn), optimize=True, dpi=(300, 300))
            info.append([fn, d["title"]])
    MANIFEST[meta["case_id"]] = {"kind": "folder-png", "files": info}


def main():
    for name in os.listdir(OUT):
        if name.startswith("ho68_") or name == "labels.jsonl":
            p = os.path.join(OUT, name)
            shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    labels = []
    pm = {}
    m, d = case1(); pm[m["case_id"]] = build_pdf_case(m, d, os.path.join(OUT, m["case_id"] + ".pdf")); labels.append((m, "utf-8"))
    m, d = case2(); build_docx(m, d, os.path.join(OUT, m["case_id"] + ".docx")); labels.append((m, None))
    m, d = case3(); pm[m["case_id"]] = build_gbk_txt(m, d, os.path.join(OUT, m["case_id"] + ".txt")); labels.append((m, "gbk"))
    m, d = case4(); pm[m["case_id"]] = build_scanned_pdf(m, d, os.path.join(OUT, m["case_id"] + ".pdf")); labels.append((m, None))
    m, d = case5(); build_pdf_folder(m, d, os.path.join(OUT, m["case_id"])); labels.append((m, None))
    m, d = case6(); build_png_folder(m, d, os.path.join(OUT, m["case_id"])); labels.append((m, None))
    m, d = case7(); pm[m["case_id"]] = build_utf8_shuffled(m, d, os.path.join(OUT, m["case_id"] + ".txt")); labels.append((m, "utf-8"))
    m, d = case8(); pm[m["case_id"]] = build_pdf_case(m, d, os.path.join(OUT, m["case_id"] + ".pdf"), value_role="hand", header=False, footer_fmt="第{n}页"); labels.append((m, "utf-8"))
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for m, enc in labels:
            cid = m["case_id"]
            if cid in ("ho68_01_tj_tzsb", "ho68_08_cq_zhatu"):
                enc = None  # PDFs: encoding not applicable
            rec = {"case_id": cid, "codes": m["codes"], "encoding": enc,
                   "notes": NOTES[cid],
                   "fields": {"agency": m["agency"], "party": m["party"],
                              "penalty": {"fine_yuan": m["fine"], "procedure": m["procedure"]},
                              "dates": m["dates"], "citations": m["citations"]}}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    meta_rows = [{k: m[k] for k in ("case_id", "format", "sector", "party_kind", "year", "codes")} for m, _ in labels]
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"cases": MANIFEST, "table": meta_rows, "pagemaps": pm}, f, ensure_ascii=False, indent=1)
    print("built", len(labels), "cases")


if __name__ == "__main__":
    main()

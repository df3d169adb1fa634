"""Build the dev22 corpus (writer 102): every case and labels.jsonl, deterministically.

Run with a Python that has reportlab, python-docx, pillow, numpy, chinese_calendar:
    python _build/build.py
"""
from __future__ import annotations

import io
import json
import os
import random
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import (Doc, Layout, A4, jpeg_bytes, ofd_package, pdf_draw_page, raster_page,  # noqa: E402
                    scan_effect, photo_effect, seal_image, namestamp_image, rl_fonts, plain, text_w)

import case01, case02, case03, case04, case05, case06, case07, case08  # noqa: E402

CASES = [
    ("w102_01_tongji", case01, "txt"),
    ("w102_02_yancao", case02, "scan"),
    ("w102_03_yibao", case03, "mixed"),
    ("w102_04_renfang", case04, "docx"),
    ("w102_05_yaopin", case05, "pdf"),
    ("w102_06_qixiang", case06, "photos"),
    ("w102_07_liangshi", case07, "folder"),
    ("w102_08_jiage", case08, "ofd"),
]


# ---------------------------------------------------------------- pagination helpers
def entries_of(case_mod):
    out = []
    for e in case_mod.docs():
        role, doc = e[0], e[1]
        hint = tuple(e[2:]) if len(e) > 3 else (e[2] if len(e) > 2 else None)
        out.append({"role": role, "doc": doc, "hint": hint})
    return out


def paginate(entries, layout):
    """Lay out every document; number the pages of role 'doc' from 1."""
    n = 0
    for e in entries:
        e["pages"] = layout.run(e["doc"])
        if e["role"] == "doc":
            e["first"] = n + 1
            n += len(e["pages"])
            e["last"] = n
    return n


def catalog_doc(entries, title_font="hei", style="grid", shift_after=None, agency="", date_fmt=None,
                numbers=True):
    """Build a 卷内目录 from the paginated entries. shift_after: title of the entry whose range is
    understated by one page (defect ARCH-01)."""
    rows = [["序号", "文件名称", "文号", "日期", "页号"]]
    k = 0
    shift = 0
    for e in entries:
        if e["role"] != "doc":
            continue
        k += 1
        d = e["doc"]
        a, b = e["first"] - shift, e["last"] - shift
        if shift_after and d.title == shift_after and shift == 0 and b > a:
            b -= 1
            shift = 1
        pr = f"{a}" if a == b else f"{a}-{b}"
        dt_ = d.date or ""
        if date_fmt and dt_:
            dt_ = date_fmt(dt_)
        rows.append([str(k), d.title, d.number or "", dt_, pr])
    blocks = [("h", "卷 内 目 录"), ("grid", rows, [0.08, 0.4, 0.24, 0.16, 0.12])]
    return Doc("卷内目录", blocks, font="song")


def add_page_numbers(entries, layout, style="br", hand=False):
    for e in entries:
        if e["role"] != "doc":
            continue
        for i, ops in enumerate(e["pages"]):
            n = e["first"] + i
            if style == "br":
                ops.append(("text", A4[0] - layout.mr - 10, A4[1] - 34, str(n), "hand" if hand else "song", 11,
                            (0.1, 0.1, 0.1)))
            elif style == "tr":
                ops.append(("text", A4[0] - 60, 40, str(n), "hand" if hand else "song", 13, (0.1, 0.1, 0.1)))
            elif style == "center":
                t = f"— {n} —"
                ops.append(("text", A4[0] / 2 - 16, A4[1] - 34, t, "song", 10.5, (0, 0, 0)))


def ops_to_text(ops):
    """Turn a page's draw ops into reading-order text lines (what a text layer would give)."""
    items = []
    for op in ops:
        if op[0] == "text":
            _, x, y, t, f, size, col = op
            items.append((round(y / 3), x, t, size))
        elif op[0] == "seal":
            items.append((round((op[2] + 30) / 3), op[1], "（印章）", 10))
        elif op[0] == "namestamp":
            items.append((round(op[2] / 3), op[1], f"（{op[3]}）", 10))
    items.sort(key=lambda z: (z[0], z[1]))
    lines = []
    cur_y = None
    cur = []
    for yk, x, t, size in items:
        if cur_y is None or abs(yk - cur_y) > 1:
            if cur:
                lines.append(cur)
            cur = []
            cur_y = yk
        cur.append((x, t, size))
    if cur:
        lines.append(cur)
    out = []
    for ln in lines:
        ln.sort()
        s = ""
        endx = None
        for x, t, size in ln:
            if endx is not None and x - endx > size * 0.6:
                s += "  "
            s += t
            endx = x + text_w(t, size)
        out.append(s.rstrip())
    return out


# ---------------------------------------------------------------- format writers
def write_txt(cid, mod):
    lay = Layout(size=10.5, body="song")
    ents = entries_of(mod)
    paginate(ents, lay)
    cat = catalog_doc(ents, date_fmt=lambda s: s.replace("-", ""))
    lines = []
    for e in ents:
        if e["role"] == "cover":
            for ops in e["pages"]:
                lines += ops_to_text(ops)
            lines += ["", "=" * 36, ""]
            for ops in lay.run(cat):
                lines += ops_to_text(ops)
            lines += ["", "=" * 36, ""]
            continue
        for i, ops in enumerate(e["pages"]):
            lines += ops_to_text(ops)
            if e["role"] == "doc":
                lines += ["", f"（第{e['first'] + i}页）", "-" * 36, ""]
            else:
                lines += ["", "-" * 36, ""]
    text = "\r\n".join(lines) + "\r\n"
    path = os.path.join(ROOT, cid + ".txt")
    with open(path, "wb") as f:
        f.write(text.encode("gb18030"))


def _img_pdf(pages, path, meta_title=""):
    """pages: list of JPEG bytes (any orientation) -> image-only PDF, page size from image aspect."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    from PIL import Image
    c = canvas.Canvas(path, pagesize=A4, pageCompression=1, invariant=1)
    c.setTitle(meta_title)
    c.setProducer("Scanner")
    c.setCreator("Scanner")
    for jb in pages:
        im = Image.open(io.BytesIO(jb))
        w, h = im.size
        if w > h:
            ps = (A4[1], A4[0])
        else:
            ps = A4
        c.setPageSize(ps)
        c.drawImage(ImageReader(io.BytesIO(jb)), 0, 0, ps[0], ps[1])
        c.showPage()
    c.save()


def write_scan(cid, mod):
    lay = Layout(size=11, body="song", margins=(70, 60, 60, 70))
    ents = entries_of(mod)
    paginate(ents, lay)
    add_page_numbers(ents, lay, style="tr", hand=True)
    cat = catalog_doc(ents, shift_after="询问笔录", date_fmt=lambda s: s.replace("-0", "-").replace("-", "."))
    seq = []
    for e in ents:
        seq.append((e["pages"], e["hint"]))
        if e["role"] == "cover":
            seq.append((lay.run(cat), None))
    pages = []
    k = 0
    for plist, hint in seq:
        for ops in plist:
            k += 1
            img = raster_page(ops, width_px=800, seed=200 + k, bg=(246, 246, 244))
            rot = 0
            if hint == "rot90":
                rot = 90
            elif hint == "rot180":
                rot = 180
            im = scan_effect(img, seed=k, grey=True, skew=0.8, noise=3, rotate=rot)
            pages.append(jpeg_bytes(im, q=32, grey=True))
    _img_pdf(pages, os.path.join(ROOT, cid + ".pdf"))


def _text_pdf(path, page_list, header=None, footer_num=None, title="", author=""):
    """page_list: list of (ops, page_number_or_None, image_jpeg_or_None)."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    rl_fonts()
    c = canvas.Canvas(path, pagesize=A4, pageCompression=1, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("WPS Office")
    cache = {}
    for ops, num, jpg in page_list:
        if jpg is not None:
            c.drawImage(ImageReader(io.BytesIO(jpg)), 0, 0, A4[0], A4[1])
        else:
            pdf_draw_page(c, ops, seal_cache=cache)
            if header:
                c.setFont("F_song", 8.5)
                c.setFillColorRGB(0.3, 0.3, 0.3)
                c.drawString(72, A4[1] - 34, header)
                c.setLineWidth(0.4)
                c.line(72, A4[1] - 38, A4[0] - 62, A4[1] - 38)
            if num is not None:
                c.setFont("F_song", 10)
                c.setFillColorRGB(0, 0, 0)
                if footer_num == "center":
                    c.drawCentredString(A4[0] / 2, 30, f"第 {num} 页")
                else:
                    c.drawRightString(A4[0] - 62, 30, str(num))
        c.showPage()
    c.save()


def write_pdf(cid, mod):
    lay = Layout(size=10.5, body="song", margins=(72, 62, 62, 70))
    ents = entries_of(mod)
    paginate(ents, lay)
    cat = catalog_doc(ents, date_fmt=lambda s: s.replace("-", ""))
    plist = []
    for e in ents:
        for i, ops in enumerate(e["pages"]):
            plist.append((ops, e["first"] + i if e["role"] == "doc" else None, None))
        if e["role"] == "cover":
            for ops in lay.run(cat):
                plist.append((ops, None, None))
    _text_pdf(os.path.join(ROOT, cid + ".pdf"), plist, header="温州市鹿城区市场监督管理局　行政处罚案卷（正卷）",
              footer_num="center", title="行政处罚案卷", author="鹿城区市场监督管理局")


def write_mixed(cid, mod):
    lay = Layout(size=10.5, body="song", margins=(72, 62, 62, 70))
    ents = entries_of(mod)
    paginate(ents, lay)
    cat = catalog_doc(ents, date_fmt=lambda s: s.replace("-", "."))
    plist = []
    k = 0
    for e in ents:
        for i, ops in enumerate(e["pages"]):
            k += 1
            num = e["first"] + i if e["role"] == "doc" else None
            if e["hint"] == "scan":
                ops2 = list(ops)
                if num is not None:
                    ops2.append(("text", A4[0] - 70, A4[1] - 30, str(num), "hand", 12, (0.1, 0.1, 0.1)))
                img = raster_page(ops2, width_px=820, seed=300 + k, bg=(244, 242, 236))
                im = scan_effect(img, seed=300 + k, grey=False, skew=0.7, noise=2)
                plist.append((None, None, jpeg_bytes(im, q=34)))
            else:
                plist.append((ops, num, None))
        if e["role"] == "cover":
            for ops in lay.run(cat):
                plist.append((ops, None, None))
    _text_pdf(os.path.join(ROOT, cid + ".pdf"), plist, title="行政处罚案卷", author="颍州区医疗保障局")


# ---------------------------------------------------------------- DOCX
def _docx_fit_pages(doc):
    """Conservative page count of a Doc when typeset in the DOCX (seal pictures take space)."""
    blocks = []
    for b in doc.blocks:
        blocks.append(b)
        if b[0] == "seal":
            blocks.append(("gap", 4))
    tmp = Doc(doc.title, blocks, font=doc.font)
    lay = Layout(size=11.5, lead=1.75, margins=(74, 71, 62, 65))
    return len(lay.run(tmp))


def _png(im):
    b = io.BytesIO()
    im.save(b, "PNG")
    b.seek(0)
    return b


def write_docx(cid, mod):
    import re
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn, nsdecls
    from docx.shared import Pt, Cm, RGBColor

    ents = entries_of(mod)
    # page counts: explicit page breaks only; verify nothing overflows
    n = 0
    for e in ents:
        d = e["doc"]
        explicit = 1 + sum(1 for b in d.blocks if b[0] == "pb")
        fit = _docx_fit_pages(d)
        assert fit == explicit, (d.title, fit, explicit)
        if e["role"] == "doc":
            e["first"] = n + 1
            n += explicit
            e["last"] = n
    cat = catalog_doc(ents, date_fmt=lambda s: s.replace("-0", "-").replace("-", "."))

    docx = Document()
    st = docx.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = docx.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.3)
    sec.left_margin, sec.right_margin = Cm(2.6), Cm(2.2)
    seal_png = _png(seal_image(mod.AG, 300, seed=4))
    ns_cache = {}

    def set_font(run, east, size=None, color=None, bold=False):
        run.font.name = east
        run._element.rPr.rFonts.set(qn("w:eastAsia"), east)
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor(*color)
        run.bold = bold

    def add_runs(par, text, size=11, east="宋体", bold=False):
        for part in re.split(r"(〔签名章：[^〕]+〕)", text):
            if not part:
                continue
            m = re.match(r"〔签名章：([^〕]+)〕", part)
            if m:
                name = m.group(1)
                if name not in ns_cache:
                    ns_cache[name] = _png(namestamp_image(name, 120)).getvalue()
                r = par.add_run()
                r.add_picture(io.BytesIO(ns_cache[name]), width=Cm(1.1))
                dp = r._element.xpath(".//wp:docPr")[0]
                dp.set("descr", "签名章：" + name)
                continue
            for seg, hand in split_hand_(part):
                r = par.add_run(seg)
                if hand:
                    set_font(r, "楷体", size + 1, (25, 40, 110))
                else:
                    set_font(r, east, size, bold=bold)

    def para(text="", align=None, size=11, east="宋体", bold=False, indent=False, space=18):
        p = docx.add_paragraph()
        pf = p.paragraph_format
        pf.line_spacing = Pt(space)
        pf.space_after = Pt(0)
        pf.space_before = Pt(0)
        if indent:
            pf.first_line_indent = Pt(22)
        if align:
            p.alignment = align
        add_runs(p, text, size, east, bold)
        return p

    def table(rows, widths):
        ncol = len(widths)
        t = docx.add_table(rows=0, cols=ncol)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        tot = sum(widths)
        full = 16.2
        for r in rows:
            cells = list(t.add_row().cells)
            if len(r) < ncol:
                a = cells[len(r) - 1]
                cells[len(r) - 1] = a.merge(cells[ncol - 1])
            for j, v in enumerate(r):
                c = cells[j]
                c.paragraphs[0].paragraph_format.line_spacing = Pt(17)
                lines = str(v).split("\n")
                add_runs(c.paragraphs[0], lines[0], 10.5)
                for more in lines[1:]:
                    pp = c.add_paragraph()
                    pp.paragraph_format.line_spacing = Pt(17)
                    add_runs(pp, more, 10.5)
        for j, w in enumerate(widths):
            for c in t.columns[j].cells:
                c.width = Cm(full * w / tot)
        docx.add_paragraph().paragraph_format.space_after = Pt(0)

    def render(d):
        for b in d.blocks:
            k = b[0]
            if k == "h":
                para(b[1], WD_ALIGN_PARAGRAPH.CENTER, 20, "黑体", True, space=34)
            elif k == "h2":
                para(b[1], WD_ALIGN_PARAGRAPH.CENTER, 15, "黑体", False, space=26)
            elif k == "c":
                para(b[1], WD_ALIGN_PARAGRAPH.CENTER)
            elif k == "small":
                para(b[1], size=9)
            elif k == "p":
                para(b[1], indent=True)
            elif k == "l":
                para(b[1])
            elif k == "r":
                para(b[1], WD_ALIGN_PARAGRAPH.RIGHT)
            elif k == "sig":
                para(f"{b[1]}{b[2]}　　{b[3] if len(b) > 3 else ''}")
            elif k == "seal":
                p = docx.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                r = p.add_run()
                seal_png.seek(0)
                r.add_picture(seal_png, width=Cm(3.6))
                r._element.xpath(".//wp:docPr")[0].set("descr", "印章：" + b[1])
            elif k == "gap":
                for _ in range(b[1]):
                    para("")
            elif k == "pb":
                docx.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            elif k == "kv":
                lw = b[2] if len(b) > 2 else 0.24
                table([list(r) for r in b[1]], [lw, 1 - lw])
            elif k == "grid":
                table([list(r) for r in b[1]], b[2])

    def textbox(text):
        xml = (
            '<w:p %s><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="tb1" type="#_x0000_t202" '
            'style="position:absolute;margin-left:300pt;margin-top:0pt;width:150pt;height:40pt;z-index:1">'
            '<v:textbox><w:txbxContent><w:p><w:r><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="20"/></w:rPr>'
            '<w:t>%s</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>'
            % (nsdecls("w"), text))
        docx.element.body.append(parse_xml(xml))

    def footer_page_field(section):
        section.footer.is_linked_to_previous = False
        p = section.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p.add_run()
        r._element.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
        r2 = p.add_run()
        r2._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        r3 = p.add_run()
        r3._element.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
        pg = parse_xml('<w:pgNumType %s w:start="1"/>' % nsdecls("w"))
        section._sectPr.append(pg)

    first_doc = True
    for e in ents:
        if e["role"] == "cover":
            textbox("档号：LYRF-2019-CF-005　共1卷第1卷")
            render(e["doc"])
            docx.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            render(cat)
            continue
        if e["role"] == "doc":
            if first_doc:
                s2 = docx.add_section(WD_SECTION.NEW_PAGE)
                footer_page_field(s2)
                first_doc = False
            else:
                docx.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            render(e["doc"])
        else:
            s3 = docx.add_section(WD_SECTION.NEW_PAGE)
            s3.footer.is_linked_to_previous = False
            s3.footer.paragraphs[0].text = ""
            render(e["doc"])
    docx.core_properties.author = "裴玉洁"
    docx.core_properties.title = "洛阳锦泰置业有限公司未按规定修建防空地下室案"
    import datetime as _dt
    docx.core_properties.created = _dt.datetime(2020, 1, 13, 9, 0, 0)
    docx.core_properties.modified = _dt.datetime(2020, 1, 13, 9, 0, 0)
    docx.core_properties.last_modified_by = "裴玉洁"
    docx.core_properties.revision = 1
    out = os.path.join(ROOT, cid + ".docx")
    docx.save(out)
    _normalize_zip(out)


def split_hand_(s):
    from common import split_hand
    return split_hand(s)


def _normalize_zip(path):
    """Rewrite a zip (docx) with fixed timestamps so builds are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 13, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------------------------------------------- photos, folder, OFD
def write_photos(cid, mod):
    lay = Layout(size=11, body="song", margins=(70, 60, 60, 70))
    ents = entries_of(mod)
    paginate(ents, lay)
    add_page_numbers(ents, lay, style="br", hand=True)
    cat = catalog_doc(ents, date_fmt=lambda s: s.replace("-0", "-").replace("-", "."))
    folder = os.path.join(ROOT, cid)
    os.makedirs(folder)
    seq = []
    for e in ents:
        seq += e["pages"]
        if e["role"] == "cover":
            seq += lay.run(cat)
    t0 = 93012
    for i, ops in enumerate(seq):
        img = raster_page(ops, width_px=820, seed=600 + i, bg=(248, 246, 240))
        ph = photo_effect(img, seed=600 + i, size=(900, 1200))
        hh, mm, ss = 9, 30 + (i * 37) // 60, (12 + i * 37) % 60
        name = f"IMG_20201215_{hh:02d}{mm:02d}{ss:02d}.jpg"
        with open(os.path.join(folder, name), "wb") as f:
            f.write(jpeg_bytes(ph, q=44))


def write_folder(cid, mod):
    import re
    from common import doc_to_text
    folder = os.path.join(ROOT, cid)
    os.makedirs(folder)
    lay = Layout(size=10.5, body="song", margins=(72, 62, 62, 70))
    toc = ["祁东县发展和改革局行政处罚案卷　卷内目录", "案件：祁东县丰禾粮油购销有限公司未建立粮食经营台账案", "",
           "序号  文件名称                    日期          文件"]
    for i, e in enumerate(entries_of(mod), 1):
        d = e["doc"]
        kind, fname = e["hint"]
        path = os.path.join(folder, fname)
        if kind == "pdf":
            d.font, d.hand = "hei", False
        pages = lay.run(d)
        if kind == "pdf":
            _text_pdf(path, [(ops, None, None) for ops in pages], title=d.title, author="祁东县发展和改革局")
        elif kind == "scanpdf":
            jp = []
            for j, ops in enumerate(pages):
                img = raster_page(ops, width_px=820, seed=700 + i * 10 + j, bg=(245, 243, 238))
                jp.append(jpeg_bytes(scan_effect(img, seed=700 + i, grey=True, skew=0.9, noise=2), q=36, grey=True))
            _img_pdf(jp, path, d.title)
        elif kind == "jpg":
            img = raster_page(pages[0], width_px=820, seed=800 + i, bg=(248, 246, 240))
            with open(path, "wb") as f:
                f.write(jpeg_bytes(photo_effect(img, seed=800 + i, size=(900, 1200)), q=55))
        elif kind == "txt":
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(doc_to_text(d) + "\n")
        elif kind == "docx":
            _single_docx(d, path, mod.AG)
        date = d.date.replace("-", ".") if d.date else ""
        toc.append(f"{i:>2}    {d.title:<20}  {date:<12}  {fname}")
    with open(os.path.join(folder, "00_卷内目录.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(toc) + "\n")


def _single_docx(d, path, agency):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm, RGBColor
    from common import split_hand
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    def runs(par, text, size=12, east="仿宋_GB2312", bold=False):
        for seg, hand in split_hand(text):
            r = par.add_run(seg)
            r.font.size = Pt(size + (1 if hand else 0))
            r.font.name = "楷体" if hand else east
            r._element.rPr.rFonts.set(qn("w:eastAsia"), "楷体" if hand else east)
            r.bold = bold
            if hand:
                r.font.color.rgb = RGBColor(25, 40, 110)

    for b in d.blocks:
        k = b[0]
        if k in ("h", "h2", "c"):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            runs(p, b[1], {"h": 18, "h2": 15, "c": 12}[k], "方正小标宋简体" if k != "c" else "仿宋_GB2312", k == "h")
        elif k in ("p", "l", "small"):
            p = doc.add_paragraph()
            if k == "p":
                p.paragraph_format.first_line_indent = Pt(24)
            runs(p, b[1])
        elif k == "r":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            runs(p, b[1])
        elif k == "sig":
            runs(doc.add_paragraph(), f"{b[1]}{b[2]}　　{b[3] if len(b) > 3 else ''}")
        elif k == "seal":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            r = p.add_run()
            r.add_picture(_png(seal_image(agency, 300, seed=9)), width=Cm(3.6))
            r._element.xpath(".//wp:docPr")[0].set("descr", "印章：" + agency)
        elif k in ("kv", "grid"):
            rows = [list(r) for r in b[1]]
            widths = [b[2], 1 - b[2]] if k == "kv" else b[2]
            ncol = len(widths)
            t = doc.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r in rows:
                cells = list(t.add_row().cells)
                if len(r) < ncol:
                    cells[len(r) - 1] = cells[len(r) - 1].merge(cells[ncol - 1])
                for j, v in enumerate(r):
                    runs(cells[j].paragraphs[0], str(v), 11)
            for j, w in enumerate(widths):
                for c in t.columns[j].cells:
                    c.width = Cm(16 * w / sum(widths))
        elif k == "gap":
            for _ in range(b[1]):
                doc.add_paragraph()
    import datetime as _dt
    doc.core_properties.author = "曾雅婷"
    doc.core_properties.created = _dt.datetime(2023, 8, 25, 10, 0, 0)
    doc.core_properties.modified = _dt.datetime(2023, 8, 25, 10, 0, 0)
    doc.save(path)
    _normalize_zip(path)


def write_ofd(cid, mod):
    lay = Layout(size=10.5, body="song", margins=(72, 62, 62, 70))
    ents = entries_of(mod)
    paginate(ents, lay)
    add_page_numbers(ents, lay, style="center")
    cat = catalog_doc(ents, date_fmt=lambda s: s.replace("-", ""))
    pages = []
    for e in ents:
        pages += e["pages"]
        if e["role"] == "cover":
            pages += lay.run(cat)
    cache = {}

    def seals_png(name, inner):
        if name not in cache:
            if name.startswith("ns:"):
                im = namestamp_image(name[3:], 120)
            else:
                im = seal_image(name, 300, inner=inner, seed=11)
            b = io.BytesIO()
            im.save(b, "PNG")
            cache[name] = b.getvalue()
        return cache[name]

    data = ofd_package(pages, title="简易程序行政处罚案卷", author=mod.AG, seals_png=seals_png)
    with open(os.path.join(ROOT, cid + ".ofd"), "wb") as f:
        f.write(data)


def main():
    random.seed(102)
    for name in os.listdir(ROOT):
        if name.startswith("w102_"):
            p = os.path.join(ROOT, name)
            shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    labels = []
    for cid, mod, fmt in CASES:
        {"txt": write_txt, "scan": write_scan, "mixed": write_mixed, "docx": write_docx, "pdf": write_pdf,
         "photos": write_photos, "folder": write_folder, "ofd": write_ofd}[fmt](cid, mod)
        lab = {"case_id": cid}
        lab.update(mod.LABEL)
        labels.append(lab)
    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

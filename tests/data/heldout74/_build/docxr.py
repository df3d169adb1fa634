"""DOCX writer for the line markup (python-docx + a little raw XML for floats and text boxes)."""
from __future__ import annotations

import copy
import io

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

from layout import parse, segments
import render

FONT = {"song": "宋体", "hei": "黑体", "kai": "楷体_GB2312", "kai2": "楷体", "fang": "仿宋_GB2312"}


def _set_font(run, name, size=None, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)
    if size:
        run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def _add_runs(p, text, body, hw, size, bold=False):
    for t, f in segments(text, "b", "h"):
        r = p.add_run(t)
        _set_font(r, hw if f == "h" else body, size, bold)


def _page_field(p):
    r = p.add_run()
    r._element.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    r2 = p.add_run()
    r2._element.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>'))
    r3 = p.add_run()
    r3._element.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def _float_picture(run, image_bytes, width_mm, offset_x_mm, offset_y_mm, pic_id):
    """Insert a picture and turn it into an anchored float behind the text."""
    shape = run.add_picture(io.BytesIO(image_bytes), width=Mm(width_mm))
    inline = shape._inline
    cx, cy = inline.extent.cx, inline.extent.cy
    graphic = copy.deepcopy(inline.graphic)
    anchor = parse_xml(
        f'<wp:anchor {nsdecls("wp", "a", "pic", "r")} distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        f'relativeHeight="{251658240 + pic_id}" behindDoc="1" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{int(Mm(offset_x_mm))}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{int(Mm(offset_y_mm))}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{100 + pic_id}" name="印章{pic_id}"/><wp:cNvGraphicFramePr/></wp:anchor>'
    )
    anchor.append(graphic)
    inline.getparent().replace(inline, anchor)


def _text_box(p, text, width_mm, height_mm, left_mm, top_mm, font="黑体", size=12):
    """A VML text box (as Word writes for legacy text boxes)."""
    xml = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        f'<v:shape id="tb{sum(map(ord, text)) % 10000}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:{left_mm}mm;margin-top:{top_mm}mm;width:{width_mm}mm;height:{height_mm}mm;z-index:2" strokeweight="1pt">'
        f'<v:textbox><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
        f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/><w:sz w:val="{int(size * 2)}"/></w:rPr>'
        f'<w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    )
    p._p.append(parse_xml(xml))


def write_docx(docs, path, opts):
    body_font = FONT[opts.get("body_font", "fang")] if opts.get("body_font", "fang") in FONT else opts["body_font"]
    title_font = opts.get("title_font", "方正小标宋简体")
    hw = opts.get("hw_font", "楷体_GB2312")
    size = opts.get("size", 12)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(size)
    st.font.name = body_font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), body_font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(opts.get("top", 30)), Mm(opts.get("bottom", 28))
    sec.left_margin, sec.right_margin = Mm(opts.get("left", 28)), Mm(opts.get("right", 26))
    pic_id = 0
    first_section_done = False
    for di, d in enumerate(docs):
        if di > 0:
            if d.style.get("new_section") or (not first_section_done and opts.get("cover_section") and di == opts.get("cover_docs", 1)):
                new = doc.add_section(WD_SECTION.NEW_PAGE)
                first_section_done = True
                if opts.get("page_numbers", True):
                    new.footer.is_linked_to_previous = False
                    fp = new.footer.paragraphs[0]
                    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if opts.get("pn_align", "right") == "right" else WD_ALIGN_PARAGRAPH.CENTER
                    r = fp.add_run("— ")
                    _page_field(fp)
                    fp.add_run(" —")
                    sect_pr = new._sectPr
                    pg = parse_xml(f'<w:pgNumType {nsdecls("w")} w:start="1"/>')
                    sect_pr.append(pg)
            else:
                p = doc.add_paragraph()
                p.add_run().add_break(WD_BREAK.PAGE)
        first_par = len(doc.paragraphs)
        for b in parse(d.markup):
            k = b[0]
            if k == "#T":
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                _add_runs(p, b[1], title_font, hw, opts.get("title_size", 20), bold=False)
                p.paragraph_format.space_after = Pt(10)
            elif k in ("#S", "#C"):
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                _add_runs(p, b[1], body_font, hw, size + (1 if k == "#S" else 0))
            elif k == "#R":
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                _add_runs(p, b[1], body_font, hw, size)
            elif k in ("#L", "#N"):
                p = doc.add_paragraph()
                _add_runs(p, b[1], body_font, hw, size - (2 if k == "#N" else 0))
            elif k == "P":
                p = doc.add_paragraph()
                p.paragraph_format.first_line_indent = Pt(size * 2)
                p.paragraph_format.line_spacing = 1.35
                _add_runs(p, b[1], body_font, hw, size)
            elif k == "table":
                rows, widths_for = b[1], b[2]
                groups = []
                for row in rows:
                    if groups and len(groups[-1][0]) == len(row):
                        groups[-1].append(row)
                    else:
                        groups.append([row])
                avail = 210 - opts.get("left", 28) - opts.get("right", 26)
                for g in groups:
                    n = len(g[0])
                    t = doc.add_table(rows=len(g), cols=n)
                    t.style = "Table Grid"
                    t.alignment = WD_TABLE_ALIGNMENT.CENTER
                    ws = widths_for.get(n) or [1] * n
                    tot = sum(ws)
                    for ri, row in enumerate(g):
                        for ci, cell_text in enumerate(row):
                            cell = t.cell(ri, ci)
                            cell.width = Mm(avail * ws[ci] / tot)
                            center = cell_text.startswith("^")
                            txt = cell_text[1:] if center else cell_text
                            parts = txt.split("<br>")
                            cp = cell.paragraphs[0]
                            for pi, part in enumerate(parts):
                                if pi:
                                    cp = cell.add_paragraph()
                                if center:
                                    cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                                _add_runs(cp, part, body_font, hw, opts.get("table_size", size - 1.5))
            elif k == "seal":
                pic_id += 1
                p = doc.paragraphs[-1] if doc.paragraphs else doc.add_paragraph()
                _float_picture(p.add_run(), render.seal_png(b[1], 240), 40, opts.get("seal_x", 95), -26, pic_id)
            elif k == "textbox":
                pass
            elif k == "photo":
                im = render.synthetic_photo(480, int(b[1] * 4), pic_id + 99)
                buf = io.BytesIO()
                im.save(buf, "JPEG", quality=55)
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.add_run().add_picture(buf, width=Mm(110))
                if b[2]:
                    cp = doc.add_paragraph()
                    _add_runs(cp, b[2], body_font, hw, size - 1.5)
            elif k in ("sp", "blank"):
                doc.add_paragraph()
            elif k == "hr":
                p = doc.add_paragraph()
                ppr = p._p.get_or_add_pPr()
                ppr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>'))
            elif k == "pb":
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for tb in d.style.get("textboxes", []):
            p = doc.paragraphs[min(first_par, len(doc.paragraphs) - 1)]
            _text_box(p, *tb)
    cp = doc.core_properties
    cp.author = opts.get("author", "")
    cp.title = opts.get("title", "")
    cp.last_modified_by = ""
    cp.comments = ""
    import datetime as _dt
    stamp = _dt.datetime.fromisoformat(opts.get("stamp", "2020-01-01T09:00:00"))
    cp.created = stamp
    cp.modified = stamp
    cp.revision = 1
    doc.save(str(path))
    render.normalise_zip(path, drop=("word/stylesWithEffects.xml", "docProps/thumbnail.jpeg", "customXml/item1.xml",
                                     "customXml/_rels/item1.xml.rels", "customXml/itemProps1.xml"))

"""DOCX backend (python-docx + raw WordprocessingML for text boxes, fields and sections)."""
from __future__ import annotations

import io
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

FIXED_ZIP_TIME = (2016, 7, 8, 9, 0, 0)


def _font(run, name="宋体", size=None, bold=False, colour=None):
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    run.bold = bold
    if colour:
        run.font.color.rgb = RGBColor(*colour)


def _textbox_xml(lines, left_pt, top_pt, w_pt, h_pt, oval=False, colour="000000", idx=1):
    shape = "v:oval" if oval else "v:shape"
    typ = "" if oval else ' type="#_x0000_t202"'
    paras = "".join(
        f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="宋体"/>'
        f'<w:color w:val="{colour}"/><w:sz w:val="{20 if oval else 21}"/></w:rPr>'
        f'<w:t xml:space="preserve">{t}</w:t></w:r></w:p>' for t in lines)
    ns = (nsdecls("w") + ' xmlns:v="urn:schemas-microsoft-com:vml"'
          ' xmlns:o="urn:schemas-microsoft-com:office:office"')
    return (f'<w:r {ns}><w:pict>'
            f'<{shape} id="tb{idx}"{typ} style="position:absolute;margin-left:{left_pt}pt;'
            f'margin-top:{top_pt}pt;width:{w_pt}pt;height:{h_pt}pt;z-index:{idx};'
            f'mso-position-horizontal-relative:text;mso-position-vertical-relative:text" '
            f'strokecolor="#{colour}" strokeweight="{2 if oval else 0.75}pt" filled="f">'
            f'<v:textbox inset="2pt,2pt,2pt,2pt"><w:txbxContent>{paras}</w:txbxContent></v:textbox>'
            f'</{shape}></w:pict></w:r>')


def _page_field(paragraph):
    r = paragraph.add_run()
    r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    r2 = paragraph.add_run()
    r2._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>'))
    r3 = paragraph.add_run()
    r3._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    r4 = paragraph.add_run("1")
    r5 = paragraph.add_run()
    r5._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))
    return r4


def _strip_refs(xml: str) -> str:
    """Remove relationships / overrides that point at the parts dropped from the template."""
    import re
    for pat in (r'<Relationship [^>]*Target="[^"]*(stylesWithEffects|thumbnail|customXml)[^"]*"[^>]*/>',
                r'<Override [^>]*PartName="/(word/stylesWithEffects|docProps/thumbnail|customXml)[^"]*"[^>]*/>',
                r'<Default Extension="jpeg"[^>]*/>'):
        xml = re.sub(pat, "", xml)
    return xml


def build_docx(docs, ranges, out_path, header_text=None, seal_docs=(), props=None):
    """docs: list of common.Doc; ranges: archive page ranges; seal_docs: keys whose ("seal", ...)
    blocks become a red oval text box with the agency name and （印章）. Other ("seal") blocks are
    dropped (the document carries no seal)."""
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(12)
    tb_idx = [1]
    first = True
    for doc in docs:
        if first:
            sec = d.sections[0]
            first = False
        else:
            sec = d.add_section(WD_SECTION.NEW_PAGE)
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.6)
        sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
        sec.header.is_linked_to_previous = False
        sec.footer.is_linked_to_previous = False
        hp = sec.header.paragraphs[0]
        hp.text = ""
        if header_text and doc.numbered:
            r = hp.add_run(header_text)
            _font(r, size=9, colour=(110, 110, 110))
            hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
        fp = sec.footer.paragraphs[0]
        fp.text = ""
        if doc.numbered:
            fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _page_field(fp)
            pg = sec._sectPr.find(qn("w:pgNumType"))
            if pg is None:
                pg = parse_xml(f'<w:pgNumType {nsdecls("w")}/>')
                sec._sectPr.append(pg)
            pg.set(qn("w:start"), str(ranges[doc.key][0]))
        for pi, page in enumerate(doc.pages):
            if pi > 0:
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            last_r = None
            for b in page:
                k = b[0]
                if k == "title":
                    p = d.add_paragraph()
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    _font(p.add_run(b[1]), "黑体", 18, True)
                elif k in ("sub", "c"):
                    p = d.add_paragraph()
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    _font(p.add_run(b[1]), "仿宋", 12 if k == "sub" else 10.5)
                elif k in ("p", "l", "hand"):
                    p = d.add_paragraph()
                    if k == "p":
                        p.paragraph_format.first_line_indent = Pt(24)
                    _font(p.add_run(b[1]), "楷体" if k == "hand" else "仿宋", 12)
                elif k == "r":
                    p = d.add_paragraph()
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    p.paragraph_format.right_indent = Pt(24)
                    _font(p.add_run(b[1]), "仿宋", 12)
                    last_r = p
                elif k == "gap":
                    for _ in range(b[1]):
                        d.add_paragraph()
                elif k == "sig":
                    pre, _, hand = b[1].partition("｜")
                    p = d.add_paragraph()
                    _font(p.add_run(pre), "仿宋", 12)
                    if hand:
                        _font(p.add_run(hand), "楷体", 13)
                elif k == "kv":
                    p = d.add_paragraph()
                    for item in b[1]:
                        _font(p.add_run(item[0]), "仿宋", 12)
                        r = p.add_run(item[1])
                        _font(r, "楷体" if (len(item) > 2 and item[2]) else "仿宋", 12)
                        r.underline = True
                        _font(p.add_run("　　"), "仿宋", 12)
                elif k == "table":
                    rows, widths = b[1], b[2]
                    t = d.add_table(rows=len(rows), cols=len(widths))
                    t.style = "Table Grid"
                    t.alignment = WD_TABLE_ALIGNMENT.CENTER
                    tot = float(sum(widths))
                    for ri, row in enumerate(rows):
                        for ci, cell in enumerate(row):
                            c = t.cell(ri, ci)
                            c.width = Cm(15.8 * widths[ci] / tot)
                            txt = cell[1:] if cell.startswith("✍") else cell
                            lines = txt.split("\n")
                            c.paragraphs[0].text = ""
                            _font(c.paragraphs[0].add_run(lines[0]), "仿宋", 10.5)
                            for extra in lines[1:]:
                                _font(c.add_paragraph().add_run(extra), "仿宋", 10.5)
                    d.add_paragraph()
                elif k == "seal":
                    if doc.key in seal_docs:
                        anchor = last_r if last_r is not None else d.add_paragraph()
                        anchor._p.append(parse_xml(_textbox_xml(
                            [b[1], "（印章）"], 150, -58, 112, 112, oval=True, colour="D42428",
                            idx=tb_idx[0])))
                        tb_idx[0] += 1
                elif k == "box":
                    p = d.add_paragraph()
                    p._p.append(parse_xml(_textbox_xml(b[1], b[2], b[3], b[4], b[5], idx=tb_idx[0])))
                    tb_idx[0] += 1
                else:
                    raise ValueError(k)
    cp = d.core_properties
    for attr, val in (props or {}).items():
        setattr(cp, attr, val)
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so the bytes are stable
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    drop = ("word/stylesWithEffects.xml", "docProps/thumbnail.jpeg", "customXml/")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            if it.filename.startswith(drop):
                continue
            data = zin.read(it.filename)
            if it.filename.endswith(".rels") or it.filename == "[Content_Types].xml":
                data = _strip_refs(data.decode("utf-8")).encode("utf-8")
            zi = zipfile.ZipInfo(it.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    with open(out_path, "wb") as fh:
        fh.write(out.getvalue())

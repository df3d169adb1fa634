"""Write layout-style blocks into a DOCX (python-docx), with optional sections and VML text boxes."""
import io
import re
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from layout import parse, photo_image

FONTS = {"song": "宋体", "hei": "黑体", "kai": "楷体", "fang": "仿宋", "title": "方正小标宋简体"}
FIXED = (2021, 5, 10, 9, 0, 0)


def set_font(run, name, size=None, color=None, bold=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(r'<w:rFonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor(*color)
    if bold is not None:
        run.font.bold = bold


class DocxWriter:
    def __init__(self, body="fang", body_pt=14, title_font="title", hand="kai", margins=(37, 28, 35, 26)):
        self.d = Document()
        self.body, self.body_pt, self.title_font, self.hand = body, body_pt, title_font, hand
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = [Mm(v) for v in margins]
        st = self.d.styles["Normal"]
        st.font.name = FONTS[body]
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FONTS[body])
        st.font.size = Pt(body_pt)
        self.first = True
        self.last_par = None
        self.shape_id = 1

    # -- inline runs
    def runs(self, par, markup, pt=None, font=None):
        for txt, kind in parse(markup):
            r = par.add_run(txt)
            if "h" in kind:
                set_font(r, FONTS[self.hand], pt, (20, 40, 120))
            elif kind == "b":
                set_font(r, FONTS["hei"], pt)
            else:
                set_font(r, FONTS[font or self.body], pt)
            if "u" in kind:
                r.font.underline = True

    def para(self, markup, align="l", indent=None, pt=None, font=None, sb=0, sa=0):
        p = self.d.add_paragraph()
        p.alignment = {"l": WD_ALIGN_PARAGRAPH.JUSTIFY, "c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        pf = p.paragraph_format
        pf.space_before, pf.space_after = Pt(sb * 2.8), Pt(sa * 2.8)
        pf.line_spacing = 1.25
        if indent is None:
            indent = 2 if align == "l" else 0
        if indent:
            pf.first_line_indent = Pt((pt or self.body_pt) * indent)
        self.runs(p, markup, pt or self.body_pt, font)
        self.last_par = p
        return p

    def title(self, text, pt=22, font=None, color=None, spacing=0):
        p = self.d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(6)
        r = p.add_run(text)
        set_font(r, FONTS[font or self.title_font], pt, color)
        if spacing:
            rpr = r._element.get_or_add_rPr()
            rpr.append(parse_xml(f'<w:spacing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="{int(spacing * 20)}"/>'))
        self.last_par = p

    def table(self, rows, widths, pt=None, minh=0):
        ncol = len(widths)
        t = self.d.add_table(rows=len(rows), cols=ncol)
        t.style = self.d.styles["Table Grid"]
        total = 210 - 55
        ws = [w * total if w <= 1 else w for w in widths]
        for ri, row in enumerate(rows):
            ci = 0
            for c in row:
                if not isinstance(c, dict):
                    c = {"t": c}
                span = c.get("span", 1)
                cell = t.cell(ri, ci)
                if span > 1:
                    cell = cell.merge(t.cell(ri, ci + span - 1))
                cell.paragraphs[0].text = ""
                lines = c.get("t", "").split("\n")
                for li, line in enumerate(lines):
                    p = cell.paragraphs[0] if li == 0 else cell.add_paragraph()
                    if c.get("align") == "c":
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    self.runs(p, line, pt or self.body_pt - 2)
                if c.get("seal"):
                    self.textbox(cell.paragraphs[-1], c.get("seal_text", "（盖章）"), 60, -10, 90, 26)
                ci += span
            h = max([minh] + [(c.get("minh", 0) if isinstance(c, dict) else 0) for c in row])
            if h:
                t.rows[ri].height = Mm(h)
                t.rows[ri].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        t.autofit = False
        for ci, w in enumerate(ws):
            t.columns[ci].width = Mm(w)
        for ri in range(len(rows)):
            for ci, w in enumerate(ws):
                t.cell(ri, ci).width = Mm(w)
        self.last_par = None
        self.d.add_paragraph()

    def textbox(self, par, text, left_pt, top_pt, w_pt, h_pt, color="C00000"):
        """Floating VML text box anchored in `par` (used for the seal marker over the 落款)."""
        self.shape_id += 1
        xml = (
            '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
            f'<w:pict><v:shape id="Seal{self.shape_id}" o:spid="_x0000_s{1024 + self.shape_id}" type="#_x0000_t202" '
            f'style="position:absolute;margin-left:{left_pt}pt;margin-top:{top_pt}pt;width:{w_pt}pt;height:{h_pt}pt;'
            f'z-index:{self.shape_id};mso-position-horizontal-relative:text;mso-position-vertical-relative:text" '
            f'filled="f" strokecolor="#{color}" strokeweight="1.5pt">'
            '<v:textbox inset="2pt,2pt,2pt,2pt"><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
            f'<w:r><w:rPr><w:rFonts w:eastAsia="宋体"/><w:color w:val="{color}"/><w:sz w:val="21"/></w:rPr><w:t>{text}</w:t></w:r>'
            '</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
        par._p.append(parse_xml(xml))

    def seal(self, name):
        if self.last_par is not None:
            self.textbox(self.last_par, "（印章）", 260, -30, 80, 26)

    def photos(self, items):
        t = self.d.add_table(rows=2, cols=len(items))
        t.style = self.d.styles["Table Grid"]
        for i, (cap, kind) in enumerate(items):
            im = photo_image(kind, 320, 220, 0.1 + i / 10)
            b = io.BytesIO()
            im.save(b, "JPEG", quality=55)
            b.seek(0)
            t.cell(0, i).paragraphs[0].add_run().add_picture(b, width=Mm(70))
            self.runs(t.cell(1, i).paragraphs[0], cap, 10.5)
        self.d.add_paragraph()

    def page_break(self):
        p = self.d.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def new_section(self, header=None, page_numbers=False):
        sec = self.d.add_section(WD_SECTION.NEW_PAGE)
        sec.header.is_linked_to_previous = False
        sec.footer.is_linked_to_previous = False
        hp = sec.header.paragraphs[0]
        hp.text = ""
        if header:
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = hp.add_run(header)
            set_font(r, "宋体", 9, (90, 90, 90))
        fp = sec.footer.paragraphs[0]
        fp.text = ""
        if page_numbers:
            fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            fp._p.append(parse_xml(
                '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:t xml:space="preserve">第 </w:t></w:r>'))
            for x in ('<w:fldChar w:fldCharType="begin"/>', '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
                      '<w:fldChar w:fldCharType="separate"/>', '<w:t>1</w:t>', '<w:fldChar w:fldCharType="end"/>'):
                fp._p.append(parse_xml('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' + x + '</w:r>'))
            fp._p.append(parse_xml(
                '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:t xml:space="preserve"> 页</w:t></w:r>'))
            pg = parse_xml('<w:pgNumType xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:start="1"/>')
            sec._sectPr.append(pg)
        return sec

    def blocks(self, blocks):
        for b in blocks:
            k = b[0]
            o = b[-1] if isinstance(b[-1], dict) else {}
            if k == "title":
                self.title(b[1], o.get("pt", 20), o.get("font"), o.get("color"), o.get("spacing", 0))
            elif k == "para":
                self.para(b[1], o.get("align", "l"), o.get("indent"), o.get("pt"), o.get("font"), o.get("sb", 0), o.get("sa", 0))
            elif k == "table":
                self.table(b[1], b[2], o.get("pt"), o.get("minh", 0))
            elif k == "space":
                p = self.d.add_paragraph()
                p.paragraph_format.space_after = Pt(b[1] * 2)
            elif k == "break":
                self.page_break()
            elif k == "seal":
                self.seal(b[1])
            elif k == "photos":
                self.photos(b[1])
            elif k in ("rule", "keep"):
                pass

    def save(self, path, title="", author="", when=FIXED):
        cp = self.d.core_properties
        cp.title, cp.author, cp.last_modified_by = title, author, author
        import datetime as dt
        cp.created = cp.modified = dt.datetime(*when)
        cp.revision = 1
        cp.comments = ""
        buf = io.BytesIO()
        self.d.save(buf)
        deterministic_zip(buf.getvalue(), path, when)


def deterministic_zip(data, path, when):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))

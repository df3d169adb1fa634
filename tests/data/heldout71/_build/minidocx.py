"""A minimal DOCX writer (WordprocessingML by hand): paragraphs and bordered tables, a few KB per file."""
import zipfile
from xml.sax.saxutils import escape

_CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
       '<Default Extension="xml" ContentType="application/xml"/>'
       '<Override PartName="/word/document.xml" '
       'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
       '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
       '</Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
         'Target="docProps/core.xml"/></Relationships>')
NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


class MiniDoc:
    def __init__(self, font="仿宋_GB2312", size=16):
        self.font, self.size, self.body = font, size, []

    def _run(self, text, bold=False, size=None, font=None, underline=False):
        f = font or self.font
        rpr = (f'<w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>' + ("<w:b/>" if bold else "")
               + ("<w:u w:val=\"single\"/>" if underline else "") + f'<w:sz w:val="{(size or self.size) * 2}"/>')
        return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'

    def p(self, text="", align=None, bold=False, size=None, font=None, indent=True, runs=None, page_break=False):
        ppr = ""
        if align:
            ppr += f'<w:jc w:val="{align}"/>'
        if indent and not align:
            ppr += f'<w:ind w:firstLineChars="200" w:firstLine="{(size or self.size) * 40}"/>'
        ppr += '<w:spacing w:line="400" w:lineRule="exact"/>'
        body = "".join(self._run(t, **kw) for t, kw in runs) if runs else self._run(text, bold, size, font)
        br = '<w:r><w:br w:type="page"/></w:r>' if page_break else ""
        self.body.append(f"<w:p><w:pPr>{ppr}</w:pPr>{br}{body}</w:p>")

    def title(self, text, size=22, font="方正小标宋简体"):
        self.p(text, align="center", size=size, font=font, indent=False)

    def table(self, rows, widths, size=None):
        """rows: list of lists of cell texts ('' allowed); widths in twips; a cell may be (text, span)."""
        grid = "".join(f'<w:gridCol w:w="{x}"/>' for x in widths)
        b = ''.join(f'<w:{e} w:val="single" w:sz="6" w:space="0" w:color="000000"/>'
                    for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
        out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{b}</w:tblBorders>'
               f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
        for row in rows:
            out.append("<w:tr>")
            ci = 0
            for cell in row:
                text, span = (cell if isinstance(cell, tuple) else (cell, 1))
                wdt = sum(widths[ci:ci + span])
                ci += span
                tcpr = f'<w:tcW w:w="{wdt}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "")
                paras = "".join(
                    f'<w:p><w:pPr><w:spacing w:line="360" w:lineRule="exact"/></w:pPr>{self._run(t, size=size or self.size - 2)}</w:p>'
                    for t in (text.split("\n") if text else [""]))
                out.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{paras}</w:tc>")
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self.body.append("".join(out))

    def save(self, path, title="", creator="", when="2022-06-24T09:00:00Z"):
        sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1417" w:bottom="1440" '
                'w:left="1531" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
        doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>'
               + "".join(self.body) + sect + "</w:body></w:document>")
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties '
                'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f'<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>'
                f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created></cp:coreProperties>')
        def zi(n):
            info = zipfile.ZipInfo(n, date_time=(2022, 6, 24, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            return info
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(zi("[Content_Types].xml"), _CT)
            z.writestr(zi("_rels/.rels"), _RELS)
            z.writestr(zi("word/document.xml"), doc)
            z.writestr(zi("docProps/core.xml"), core)

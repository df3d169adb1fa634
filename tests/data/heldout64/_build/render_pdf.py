"""Text-layer PDF rendering with reportlab (STSong-Light CID font).

prose=False: forms as ruled tables.  prose=True: the agency types everything as
running text; tables become lines of text without rules.
Each logical page is shrunk into one physical page; the footer carries 第N页.
"""
from __future__ import annotations

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Frame, KeepInFrame, PageBreak, PageTemplate, Paragraph,
                                BaseDocTemplate, Spacer, Table, TableStyle)
from xml.sax.saxutils import escape

from common import SIG, plain

rl_config.invariant = 1
_REG = False


def _fonts():
    global _REG
    if not _REG:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        try:
            pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
        except Exception:  # the heading font is optional
            pass
        _REG = True
    return "WQY" if "WQY" in pdfmetrics.getRegisteredFontNames() else "STSong-Light"


def _markup(text):
    """Escape for Paragraph; signatures slightly larger."""
    out, pos = [], 0
    for m in SIG.finditer(text):
        out.append(escape(text[pos:m.start()]))
        out.append(f'<font size="12">{escape(m.group(1))}</font>')
        pos = m.end()
    out.append(escape(text[pos:]))
    return "".join(out)


def render(case, out_path, prose=False):
    head_font = _fonts()
    base = 10.5 if not prose else 11
    st = dict(
        h1=ParagraphStyle("h1", fontName=("STSong-Light" if prose else head_font), fontSize=17, leading=24, alignment=TA_CENTER, spaceAfter=4,
                          wordWrap="CJK"),
        h2=ParagraphStyle("h2", fontName="STSong-Light", fontSize=14, leading=20, alignment=TA_CENTER, spaceAfter=4,
                          wordWrap="CJK"),
        p=ParagraphStyle("p", fontName="STSong-Light", fontSize=base, leading=base * 1.7, alignment=TA_JUSTIFY,
                         wordWrap="CJK"),
        r=ParagraphStyle("r", fontName="STSong-Light", fontSize=base, leading=base * 1.7, alignment=TA_RIGHT,
                         wordWrap="CJK"),
        c=ParagraphStyle("c", fontName="STSong-Light", fontSize=base, leading=base * 1.7, alignment=TA_CENTER,
                         wordWrap="CJK"),
        cell=ParagraphStyle("cell", fontName="STSong-Light", fontSize=9.5, leading=13.5, alignment=TA_LEFT,
                            wordWrap="CJK"),
    )
    W, H = A4
    lm, rm, tm, bm = 2.6 * cm, 2.4 * cm, 2.4 * cm, 2.6 * cm
    fw, fh = W - lm - rm, H - tm - bm
    labels = []
    story = []
    for d in case.docs:
        for i, blocks in enumerate(d.pages):
            labels.append(case.footer.format(n=d.first + i) if d.numbered else "")
            flow = []
            for b in blocks:
                if b.kind in ("h1", "h2", "p", "r", "c"):
                    flow.append(Paragraph(_markup(b.text), st[b.kind]))
                elif b.kind == "seal":
                    flow.append(Paragraph("（印章）", st["r"]))
                elif b.kind == "gap":
                    flow.append(Spacer(1, 12 * (b.size or 1)))
                elif b.kind == "table":
                    if prose:
                        for row in b.rows:
                            cells = [plain(str(x)).replace("\n", " ") for x in row if str(x) != ""]
                            if len(row) == 2:
                                txt = f"{cells[0]}：{cells[1]}" if len(cells) == 2 else "".join(cells)
                            else:
                                txt = "　　".join(cells)
                            flow.append(Paragraph(escape(txt), st["p"]))
                        flow.append(Spacer(1, 4))
                    else:
                        ncol = max(len(x) for x in b.rows)
                        widths = b.widths or [1] * ncol
                        cw = [fw * w / sum(widths) for w in widths]
                        data = [[Paragraph(_markup(str(x)).replace("\n", "<br/>"), st["cell"]) for x in row]
                                + [""] * (ncol - len(row)) for row in b.rows]
                        t = Table(data, colWidths=cw)
                        t.setStyle(TableStyle([
                            ("GRID", (0, 0), (-1, -1), 0.6, "black"),
                            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                            ("TOPPADDING", (0, 0), (-1, -1), 3),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                        ]))
                        flow.append(t)
                        flow.append(Spacer(1, 6))
                else:
                    raise ValueError(b.kind)
            story.append(KeepInFrame(fw, fh, flow, mode="shrink"))
            story.append(PageBreak())
    story.pop()

    def on_page(canv, doc):
        k = canv.getPageNumber() - 1
        if k < len(labels) and labels[k]:
            canv.setFont("STSong-Light", 10.5)
            canv.drawCentredString(W / 2, 1.5 * cm, labels[k])

    doc = BaseDocTemplate(str(out_path), pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm,
                          bottomMargin=bm, title="行政处罚案卷", author=case.agency, creator="", producer="",
                          invariant=1)
    doc.addPageTemplates([PageTemplate("pg", [Frame(lm, bm, fw, fh, id="f", leftPadding=0, rightPadding=0,
                                                    topPadding=0, bottomPadding=0)], onPage=on_page)])
    doc.build(story)

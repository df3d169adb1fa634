"""Tiny text-layer PDF renderer (reportlab) for the PDF cases.
A document is a list of blocks: str (wrapped paragraph), ("center"|"title"|"right", text),
("table", [[k, v], ...]) drawn with ruled lines. Each document starts on a new page; long ones flow on."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "WQY"
pdfmetrics.registerFont(TTFont(FONT, "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
W, H = A4
ML, MR, MT, MB = 70, 70, 72, 80


def wrap(text, size, width):
    lines, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, FONT, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


def layout(docs):
    """Return list of pages; each page is a list of draw ops, plus doc->(first,last) page map."""
    pages, ranges = [], []
    for title, blocks in docs:
        page, y = [], H - MT
        first = len(pages) + 1

        def newpage():
            nonlocal page, y
            pages.append(page)
            page, y = [], H - MT
        for b in blocks:
            if isinstance(b, str):
                for ln in wrap(b, 11, W - ML - MR):
                    if y < MB:
                        newpage()
                    page.append(("left", ln, 11, y))
                    y -= 19
            elif b[0] == "table":
                kw = b[2] if len(b) > 2 else 110
                for k, v in b[1]:
                    vl = wrap(v, 10.5, W - ML - MR - kw - 12) if v else [""]
                    kl = wrap(k, 10.5, kw - 10)
                    vl = vl + [""] * (len(kl) - len(vl))
                    h = 8 + 16 * len(vl)
                    if y - h < MB:
                        newpage()
                    page.append(("rect", ML, y - h + 12, W - ML - MR, h))
                    page.append(("vline", ML + kw, y - h + 12, y + 12))
                    for j, kk in enumerate(kl):
                        page.append(("left_at", kk, 10.5, ML + 6, y - 4 - 16 * j))
                    for i, ln in enumerate(vl):
                        page.append(("left_at", ln, 10.5, ML + kw + 6, y - 4 - 16 * i))
                    y -= h
                y -= 10
            else:
                kind, text = b
                size = 17 if kind == "title" else 11.5
                if y < MB:
                    newpage()
                page.append((kind, text, size, y))
                y -= 30 if kind == "title" else 20
        pages.append(page)
        ranges.append((title, first, len(pages)))
    return pages, ranges


def render(path, pages, footer):
    c = canvas.Canvas(path, pagesize=A4)
    n = len(pages)
    for i, ops in enumerate(pages, 1):
        for op in ops:
            if op[0] == "rect":
                c.rect(op[1], op[2], op[3], op[4])
            elif op[0] == "vline":
                c.line(op[1], op[2], op[1], op[3])
            elif op[0] == "left_at":
                c.setFont(FONT, op[2])
                c.drawString(op[3], op[4], op[1])
            else:
                kind, text, size, y = op
                c.setFont(FONT, size)
                if kind == "left":
                    c.drawString(ML, y, text)
                elif kind == "right":
                    c.drawRightString(W - MR, y, text)
                else:
                    c.drawCentredString(W / 2, y, text)
        c.setFont(FONT, 9)
        c.drawCentredString(W / 2, 40, footer(i, n))
        c.showPage()
    c.save()


def build_volume(path, docs, footer):
    """Lay out the documents once to learn their page ranges, then prepend a 卷内目录 built from them."""
    _, ranges = layout(docs)
    toc_rows = [["序号  文件材料题名", "页号"]] + [
        [f"{i}  {t}", f"{a}" if a == b else f"{a}-{b}"] for i, (t, a, b) in
        enumerate([(t, a + 1, b + 1) for t, a, b in ranges], 1)]
    toc = ("卷内目录", [("title", "卷 内 目 录"), ("table", toc_rows, 360)])
    pages, ranges = layout([toc] + docs)
    render(path, pages, footer)
    return ranges

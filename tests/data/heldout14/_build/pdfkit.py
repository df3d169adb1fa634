"""Tiny reportlab layout helper: centred titles, right-aligned 文号/dates, wrapped paragraphs,
ruled tables with text in cells, page numbers."""
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

FONT = "WQY"
pdfmetrics.registerFont(TTFont(FONT, "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
W, H = A4
ML, MR, MT, MB = 72, 72, 72, 70


def wrap(text, size, width):
    out = []
    for para in text.split("\n"):
        line = ""
        for ch in para:
            if pdfmetrics.stringWidth(line + ch, FONT, size) > width:
                out.append(line)
                line = ch
            else:
                line += ch
        out.append(line)
    return out


def layout(docs):
    """docs: list of (title, blocks). Returns list of pages; each page = (doc_index, [ops])."""
    pages = []
    for di, (title, blocks) in enumerate(docs):
        ops, y = [], H - MT

        def newpage():
            nonlocal ops, y
            pages.append((di, ops))
            ops, y = [], H - MT
        for kind, val in blocks:
            if kind == "title":
                if y < MB + 60: newpage()
                ops.append(("c", 18, y - 18, val)); y -= 34
            elif kind == "head":
                ops.append(("c", 13, y - 13, val)); y -= 24
            elif kind == "right":
                ops.append(("r", 11, y - 11, val)); y -= 20
            elif kind == "sign":
                if y < MB + 40: newpage()
                for ln in val.split("\n"):
                    ops.append(("r", 11, y - 11, ln)); y -= 18
            elif kind == "p":
                for ln in wrap(val, 11, W - ML - MR):
                    if y < MB + 16: newpage()
                    ops.append(("l", 11, y - 11, ln)); y -= 17
            elif kind == "gap":
                y -= val
            elif kind == "table":
                rows, cw = val
                tw = W - ML - MR
                xs = [ML]
                for c in cw: xs.append(xs[-1] + c * tw)
                for row in rows:
                    cells = [wrap(str(c), 10, (xs[i + 1] - xs[i]) - 8) for i, c in enumerate(row)]
                    h = max(len(c) for c in cells) * 14 + 8
                    if y - h < MB: newpage()
                    ops.append(("box", xs, y, h))
                    for i, c in enumerate(cells):
                        for k, ln in enumerate(c):
                            ops.append(("t", 10, xs[i] + 4, y - 14 - k * 14, ln))
                    y -= h
                y -= 10
        pages.append((di, ops))
    return pages


def render(path, docs, footer="第{n}页 共{t}页", meta_title=""):
    pages = layout(docs)
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(meta_title)
    t = len(pages)
    for n, (di, ops) in enumerate(pages, 1):
        for op in ops:
            if op[0] == "box":
                xs, y, h = op[1:]
                c.rect(xs[0], y - h, xs[-1] - xs[0], h)
                for x in xs[1:-1]: c.line(x, y, x, y - h)
            else:
                c.setFont(FONT, op[1])
                if op[0] == "c": c.drawCentredString(W / 2, op[2], op[3])
                elif op[0] == "r": c.drawRightString(W - MR, op[2], op[3])
                elif op[0] == "l": c.drawString(ML, op[2], op[3])
                elif op[0] == "t": c.drawString(op[2], op[3], op[4])
        if footer:
            c.setFont(FONT, 9)
            c.drawCentredString(W / 2, 40, footer.format(n=n, t=t))
        c.showPage()
    c.save()
    return pages


def page_ranges(docs):
    pages = layout(docs)
    rng = {}
    for n, (di, _) in enumerate(pages, 1):
        a, b = rng.get(di, (n, n))
        rng[di] = (min(a, n), max(b, n))
    return [rng[i] for i in range(len(docs))]

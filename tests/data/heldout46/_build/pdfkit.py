"""Tiny reportlab layout helper for the two text-layer PDF cases."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "WQY"
pdfmetrics.registerFont(TTFont(FONT, "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
W, H = A4
L, R = 64, W - 64


def _wrap(text, size, width):
    out, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, FONT, size) > width:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return out


def draw_page(c, items, footer):
    y = H - 70
    for it in items:
        kind = it[0]
        if kind == "gap":
            y -= it[1]
            continue
        if kind == "table":
            rows, widths = it[1], it[2]
            size = 10.5
            x0 = L
            c.setFont(FONT, size)
            for row in rows:
                lines = [_wrap(cell, size, w - 8) for cell, w in zip(row, widths)]
                h = max(len(x) for x in lines) * (size + 4) + 8
                x = x0
                for cell_lines, w in zip(lines, widths):
                    c.rect(x, y - h, w, h)
                    ty = y - size - 4
                    for ln in cell_lines:
                        c.drawString(x + 4, ty, ln)
                        ty -= size + 4
                    x += w
                y -= h
            y -= 8
            continue
        text, size = it[1], (it[2] if len(it) > 2 else 11)
        c.setFont(FONT, size)
        if kind == "c":
            c.drawCentredString(W / 2, y, text)
            y -= size * 1.8
        elif kind == "r":
            c.drawRightString(R, y, text)
            y -= size * 1.7
        else:
            for ln in _wrap(text, size, R - L):
                c.drawString(L, y, ln)
                y -= size * 1.65
    if footer:
        c.setFont(FONT, 9)
        c.drawCentredString(W / 2, 36, footer)


def build_pdf(path, pages, footer):
    c = canvas.Canvas(path, pagesize=A4)
    n = len(pages)
    for i, items in enumerate(pages, 1):
        draw_page(c, items, footer(i, n))
        c.showPage()
    c.save()


def with_toc_pdf(docs, title="卷 内 目 录"):
    """docs: list of (title, [page_items,...]); returns pages with a 目录 page listing real ranges."""
    ranges, p = [("卷内目录", 1, 1)], 2
    for t, pgs in docs:
        ranges.append((t, p, p + len(pgs) - 1))
        p += len(pgs)
    rows = [["序号", "文件名称", "页号"]] + [
        [str(i), t, f"{a}-{b}" if a != b else str(a)] for i, (t, a, b) in enumerate(ranges, 1)]
    toc = [("c", title, 16), ("gap", 10), ("table", rows, [50, 320, 97])]
    return [toc] + [pg for _, pgs in docs for pg in pgs], ranges

"""Tiny flowing layout for text-layer PDFs (reportlab canvas): titles, paragraphs, ruled tables."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "WQY"
pdfmetrics.registerFont(TTFont(FONT, "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
W, H = A4
ML, MR, MT, MB = 62, 62, 64, 70


def wrap(text, width, size):
    lines = []
    for para in text.split("\n"):
        cur = ""
        for ch in para:
            if pdfmetrics.stringWidth(cur + ch, FONT, size) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


def layout(blocks, size=11.5):
    """Return list of pages; each page = list of ops ('t', x, y, text, size) / ('l', x1, y1, x2, y2)."""
    pages, ops, y = [], [], H - MT
    lh = size * 1.65

    def newpage():
        nonlocal ops, y
        pages.append(ops)
        ops, y = [], H - MT

    for b in blocks:
        kind = b[0]
        if kind == "break":
            newpage(); continue
        if kind == "gap":
            y -= b[1]; continue
        if kind in ("title", "center", "right"):
            s = b[2] if len(b) > 2 else (18 if kind == "title" else size)
            if y - s * 1.8 < MB:
                newpage()
            tw = pdfmetrics.stringWidth(b[1], FONT, s)
            x = (W - tw) / 2 if kind in ("title", "center") else W - MR - tw
            y -= s * 1.8
            ops.append(("t", x, y, b[1], s))
            y -= s * 0.45          # descent: keep following rules/tables clear of the glyphs
            continue
        if kind == "p":
            indent = b[2] if len(b) > 2 else 2
            text = "\u3000" * indent + b[1]
            for ln in wrap(text, W - ML - MR, size):
                if y - lh < MB:
                    newpage()
                y -= lh
                ops.append(("t", ML, y, ln, size))
            continue
        if kind == "table":
            rows, fr = b[1], b[2]
            tw = W - ML - MR
            cw = [tw * f for f in fr]
            s = size - 1
            for row in rows:
                spans = []          # merge: cells given as fewer items than columns -> last cell spans rest
                for i, cell in enumerate(row):
                    if i == len(row) - 1:
                        spans.append((sum(cw[:i]), sum(cw[i:]), cell))
                    else:
                        spans.append((sum(cw[:i]), cw[i], cell))
                cell_lines = [wrap(c, w - 8, s) for _, w, c in spans]
                rh = max(len(cl) for cl in cell_lines) * s * 1.5 + 8
                if y - rh < MB:
                    newpage()
                top = y
                ops.append(("l", ML, top, ML + tw, top))
                ops.append(("l", ML, top - rh, ML + tw, top - rh))
                for (x0, w, _), cl in zip(spans, cell_lines):
                    ops.append(("l", ML + x0, top, ML + x0, top - rh))
                    yy = top - 4
                    for ln in cl:
                        yy -= s * 1.5
                        ops.append(("t", ML + x0 + 4, yy + 3, ln, s))
                ops.append(("l", ML + tw, top, ML + tw, top - rh))
                y = top - rh
            continue
    pages.append(ops)
    return pages


def render(path, page_list, title="", footer=None):
    """page_list: list of (ops, footer_text_or_None)."""
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(title)
    for ops, foot in page_list:
        for op in ops:
            if op[0] == "t":
                c.setFont(FONT, op[4]); c.drawString(op[1], op[2], op[3])
            else:
                c.setLineWidth(0.6); c.line(op[1], op[2], op[3], op[4])
        if foot:
            c.setFont(FONT, 10)
            tw = pdfmetrics.stringWidth(foot, FONT, 10)
            x = W - MR - tw if foot.isdigit() else (W - tw) / 2
            c.drawString(x, 40, foot)
        c.showPage()
    c.save()

"""Tiny text-layer PDF layout for hand-written documents (reportlab, WenQuanYi Zen Hei).

Markup per line: "^C text" centred title, "^c text" centred normal, "^R text" right-aligned,
"^T a|b|c" a table row (consecutive rows form one grid), "^P" forced page break, else wrapped body text.
"""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "WQY"
pdfmetrics.registerFont(TTFont(FONT, "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
W, H = A4
ML, MR, MT, MB = 72, 72, 70, 70
BODY = 11
LEAD = 19


def _wrap(text, size, width):
    out, cur = [], ""
    for ch in text:
        if ch in "，。、；：！？”）》』」" and cur:
            cur += ch  # no closing punctuation at the start of a line (it may hang into the margin)
            continue
        if pdfmetrics.stringWidth(cur + ch, FONT, size) > width:
            # like a word processor: never break inside a run of digits/Latin letters
            k = len(cur)
            while k > 0 and ch.isascii() and ch.isalnum() and cur[k - 1].isascii() and cur[k - 1] in "0123456789.,ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz":
                k -= 1
            if 0 < k < len(cur):
                out.append(cur[:k])
                cur = cur[k:] + ch
            else:
                out.append(cur)
                cur = ch
        else:
            cur += ch
    out.append(cur)
    return out


def layout(text):
    """Return a list of pages, each a list of ops (kind, y, payload)."""
    pages, ops, y = [], [], H - MT
    lines = text.strip("\n").split("\n")
    i = 0

    def newpage():
        nonlocal ops, y
        pages.append(ops)
        ops, y = [], H - MT

    while i < len(lines):
        ln = lines[i]
        if ln.startswith("^P"):
            newpage()
            i += 1
            continue
        if ln.startswith("^T"):
            rows = []
            while i < len(lines) and lines[i].startswith("^T"):
                rows.append(lines[i][2:].strip().split("|"))
                i += 1
            ncol = max(len(r) for r in rows)
            colw = (W - ML - MR) / ncol
            for r in rows:
                cells = [_wrap(c.strip(), BODY - 1, (W - ML - MR) / len(r) - 8) for c in r]
                h = max(len(c) for c in cells) * 15 + 8
                if y - h < MB:
                    newpage()
                ops.append(("row", y, (r, cells, h)))
                y -= h
            y -= 8
            continue
        if ln.startswith("^C"):
            ops.append(("center", y, (ln[2:].strip(), 16)))
            y -= 30
        elif ln.startswith("^c"):
            ops.append(("center", y, (ln[2:].strip(), BODY + 1)))
            y -= LEAD + 2
        elif ln.startswith("^R"):
            ops.append(("right", y, (ln[2:].strip(), BODY)))
            y -= LEAD
        else:
            for part in _wrap(ln, BODY, W - ML - MR) if ln else [""]:
                if y < MB:
                    newpage()
                ops.append(("left", y, (part, BODY)))
                y -= LEAD
        i += 1
        if y < MB:
            newpage()
    if ops:
        pages.append(ops)
    return pages


def draw_page(c, ops):
    for kind, y, p in ops:
        if kind == "row":
            r, cells, h = p
            cw = (W - ML - MR) / len(r)
            for k, lines in enumerate(cells):
                x = ML + k * cw
                c.rect(x, y - h, cw, h)
                c.setFont(FONT, BODY - 1)
                for j, t in enumerate(lines):
                    c.drawString(x + 4, y - 14 - j * 15, t)
            continue
        text, size = p
        c.setFont(FONT, size)
        if kind == "center":
            c.drawCentredString(W / 2, y, text)
        elif kind == "right":
            c.drawRightString(W - MR, y, text)
        else:
            c.drawString(ML, y, text)


def build_pdf(path, docs, footer, toc_title="卷内目录", toc_shift=None, title=None):
    """docs: list of (title, marked-up text).  Writes a volume with a 卷内目录 page first."""
    laid = [(t, layout(x)) for t, x in docs]
    ranges, p = [], 1
    for t, pages in laid:
        ranges.append((t, p, p + len(pages) - 1))
        p += len(pages)
    total = p - 1
    toc = [f"^C{toc_title}", ""] + ["^T序号|文件材料名称|页号"]
    for i, (t, a, b) in enumerate(ranges, 1):
        if toc_shift and i in toc_shift:
            a, b = a + toc_shift[i][0], b + toc_shift[i][1]
        toc.append(f"^T{i}|{t}|{a}-{b}" if a != b else f"^T{i}|{t}|{a}")
    c = canvas.Canvas(str(path), pagesize=A4)
    if title:
        c.setTitle(title)
    for ops in layout("\n".join(toc)):
        draw_page(c, ops)
        c.showPage()
    n = 0
    for _, pages in laid:
        for ops in pages:
            n += 1
            draw_page(c, ops)
            f = footer(n, total)
            if f:
                c.setFont(FONT, 9)
                c.drawCentredString(W / 2, 36, f)
            c.showPage()
    c.save()
    return ranges

"""Tiny page-layout engine shared by the PDF (reportlab) and scanned (Pillow) cases.

Page markup (one line each):
  ^^text      centred title (large)
  ^text       centred line (normal size)
  >>text      right-aligned line
  ||a\tb\tc   table row (consecutive rows form one ruled table)
  (blank)     small gap
  other       paragraph, first line indented two characters, wrapped
"""
PAGE_W, PAGE_H = 595.0, 842.0
ML, MR, MT, MB = 72.0, 72.0, 70.0, 70.0
BODY, TITLE, LEAD = 12.0, 18.0, 1.65


def layout(page_text, width_fn, footer=None):
    """Return draw ops: ('text', x, y_top, size, s) and ('line', x1, y1, x2, y2); y from the top."""
    ops, y = [], MT
    lines = page_text.split("\n")
    i = 0
    avail = PAGE_W - ML - MR
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("||"):
            rows = []
            while i < len(lines) and lines[i].startswith("||"):
                rows.append(lines[i][2:].split("\t"))
                i += 1
            y = _table(ops, rows, y, width_fn, avail)
            continue
        i += 1
        if not ln.strip():
            y += BODY * 0.6
            continue
        if ln.startswith("^^"):
            s = ln[2:]
            w = width_fn(s, TITLE)
            ops.append(("text", ML + (avail - w) / 2, y, TITLE, s))
            y += TITLE * 1.8
        elif ln.startswith("^"):
            s = ln[1:]
            w = width_fn(s, BODY)
            ops.append(("text", ML + (avail - w) / 2, y, BODY, s))
            y += BODY * LEAD
        elif ln.startswith(">>"):
            s = ln[2:]
            w = width_fn(s, BODY)
            ops.append(("text", PAGE_W - MR - w, y, BODY, s))
            y += BODY * LEAD
        else:
            for k, part in enumerate(_wrap("\u3000\u3000" + ln, width_fn, BODY, avail)):
                ops.append(("text", ML, y, BODY, part))
                y += BODY * LEAD
    if y > PAGE_H - MB:
        raise ValueError("page overflow: " + page_text[:40])
    if footer:
        w = width_fn(footer, 10.5)
        ops.append(("text", (PAGE_W - w) / 2, PAGE_H - MB + 25, 10.5, footer))
    return ops


def _wrap(s, width_fn, size, avail):
    out, cur = [], ""
    for ch in s:
        if width_fn(cur + ch, size) > avail:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def _table(ops, rows, y, width_fn, avail):
    ncol = max(len(r) for r in rows)
    if ncol == 1:
        cw = [avail]
    else:
        first = min(130.0, avail * 0.3)
        cw = [first] + [(avail - first) / (ncol - 1)] * (ncol - 1)
    pad = 4.0
    lh = BODY * 1.45
    top = y
    hs = []
    for r in rows:
        cells = r + [""] * (ncol - len(r))
        if len(r) < ncol:  # last cell spans the rest
            span = [cw[j] for j in range(len(r) - 1)] + [sum(cw[len(r) - 1:])]
            cells = r
        else:
            span = cw
        wrapped = [_wrap(c, width_fn, BODY, span[j] - 2 * pad) or [""] for j, c in enumerate(cells)]
        h = max(len(w) for w in wrapped) * lh + 2 * pad
        x = ML
        for j, wl in enumerate(wrapped):
            for k, s in enumerate(wl):
                ops.append(("text", x + pad, y + pad + k * lh, BODY, s))
            if j:
                ops.append(("line", x, y, x, y + h))
            x += span[j]
        ops.append(("line", ML, y, ML + avail, y))
        y += h
    ops.append(("line", ML, y, ML + avail, y))
    ops.append(("line", ML, top, ML, y))
    ops.append(("line", ML + avail, top, ML + avail, y))
    return y + BODY * 0.8


def write_pdf(path, pages, font_name="WQY", font_path="/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", title=""):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    try:
        pdfmetrics.getFont(font_name)
    except KeyError:
        pdfmetrics.registerFont(TTFont(font_name, font_path, subfontIndex=0))

    def wf(s, size):
        return pdfmetrics.stringWidth(s, font_name, size)

    c = canvas.Canvas(path, pagesize=(PAGE_W, PAGE_H))
    c.setTitle(title)
    for text, footer in pages:
        for op in layout(text, wf, footer):
            if op[0] == "text":
                _, x, y, size, s = op
                c.setFont(font_name, size)
                c.drawString(x, PAGE_H - y - size, s)
            else:
                _, x1, y1, x2, y2 = op
                c.setLineWidth(0.6)
                c.line(x1, PAGE_H - y1, x2, PAGE_H - y2)
        c.showPage()
    c.save()

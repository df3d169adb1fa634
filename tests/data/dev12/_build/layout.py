"""Fixed-page layout shared by the PDF, scan and OFD renderers.

Units are PostScript points, origin top-left, y growing downwards. A page is
laid out into draw operations; backends only translate coordinates.
"""
from __future__ import annotations

PAGE_W, PAGE_H = 595.28, 841.89
ML, MR, MT, MB = 68.0, 62.0, 60.0, 78.0
FOOT_Y = PAGE_H - 42.0

_HALF = set(" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~")


def cw(ch, size):
    return size * (0.5 if ch in _HALF else 1.0)


def tw(text, size):
    return sum(cw(c, size) for c in text)


def wrap(text, width, size, indent=0.0):
    lines, cur, w, first = [], "", indent, True
    for ch in text:
        if ch == "\n":
            lines.append(cur)
            cur, w, first = "", 0.0, False
            continue
        c = cw(ch, size)
        if w + c > width and cur:
            # keep closing punctuation on the line it belongs to
            if ch in "，。、；：）」』》”’！？" and w + c <= width + size:
                cur += ch
                lines.append(cur)
                cur, w = "", 0.0
                continue
            lines.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += c
    if cur or not lines:
        lines.append(cur)
    return lines


class Overflow(Exception):
    pass


def table_to_lines(block):
    """Prose form of a table: label/value pairs become '标签：值' lines."""
    _, rows, widths, kv, head = block
    out = []
    for row in rows:
        if kv or len(row) == 2:
            parts = []
            for i in range(0, len(row) - 1, 2):
                k, v = row[i], row[i + 1]
                if k or v:
                    parts.append(f"{k}：{v}" if k else v)
            out.append(("L", "　".join(parts)))
        else:
            out.append(("L", "　".join(c for c in row if c)))
    return out


def layout_page(blocks, size, footer, ruled=True, prose_tables=False):
    """Return draw ops for one page or raise Overflow."""
    ops = []
    width = PAGE_W - ML - MR
    lh = size * 1.72
    y = MT
    bottom = PAGE_H - MB

    def need(h):
        if y + h > bottom + 0.5:
            raise Overflow

    expanded = []
    for b in blocks:
        if b[0] == "T" and (prose_tables or not ruled and False):
            expanded.extend(table_to_lines(b))
        else:
            expanded.append(b)

    for b in expanded:
        k = b[0]
        if k == "H":
            s = size * 1.55
            for line in wrap(b[1], width, s):
                need(s * 1.9)
                ops.append(("text", (PAGE_W - tw(line, s)) / 2, y + s, line, s, "title"))
                y += s * 1.9
        elif k == "C":
            for line in wrap(b[1], width, size):
                need(lh)
                ops.append(("text", (PAGE_W - tw(line, size)) / 2, y + size, line, size, "body"))
                y += lh
        elif k in ("P", "L"):
            ind = 2 * size if k == "P" else 0.0
            for i, line in enumerate(wrap(b[1], width, size, ind)):
                need(lh)
                ops.append(("text", ML + (ind if i == 0 else 0), y + size, line, size, "body"))
                y += lh
        elif k == "SIG":
            label, name, tail = b[1], b[2], b[3]
            need(lh)
            x = ML
            ops.append(("text", x, y + size, label, size, "body"))
            x += tw(label, size)
            if name:
                ops.append(("text", x, y + size, name, size, "hand"))
                x += tw(name, size) + size
            else:
                x += 7 * size  # the signature space is left blank
            if tail:
                ops.append(("text", x, y + size, tail, size, "body"))
            y += lh
        elif k == "R":
            for line in b[1].split("\n"):
                need(lh)
                ops.append(("text", PAGE_W - MR - tw(line, size) - size, y + size, line, size, "body"))
                y += lh
        elif k == "GAP":
            y += lh * b[1]
            need(0)
        elif k == "SEAL":
            r = 44.0
            cx = PAGE_W - MR - 70
            cy = max(MT + r, y - lh * 1.2)
            ops.append(("seal", cx, cy, r, b[1]))
            ops.append(("text", cx - tw("（印章）", size * 0.8) / 2, cy + size * 0.3, "（印章）", size * 0.8, "seal"))
        elif k == "IMG":
            h = b[2]
            need(h + lh * 1.2)
            ops.append(("img", ML + 10, y + 4, width - 20, h, b[1]))
            y += h + 10
            for line in wrap(b[1], width - 20, size * 0.9):
                need(lh * 0.9)
                ops.append(("text", ML + 10, y + size * 0.9, line, size * 0.9, "body"))
                y += lh * 0.9
            y += 4
        elif k == "T":
            _, rows, widths, kv, head = b
            ncol = max(len(r) for r in rows)
            if not widths:
                widths = [1.0 / ncol] * ncol
            tot = sum(widths)
            colw = [width * w / tot for w in widths]
            pad = 3.0
            ts = size * 0.95
            tlh = ts * 1.55
            for ri, row in enumerate(rows):
                cells = list(row) + [""] * (ncol - len(row))
                wrapped = []
                # a row with fewer cells spans: last cell takes the rest
                spans = []
                ci = 0
                for j, cell in enumerate(row):
                    span = 1 if j < len(row) - 1 else ncol - j
                    wcol = sum(colw[ci:ci + span])
                    wrapped.append(wrap(cell, wcol - 2 * pad, ts))
                    spans.append((ci, span, wcol))
                    ci += span
                nl = max(len(w) for w in wrapped)
                rh = nl * tlh + 2 * pad
                need(rh)
                x0 = ML
                for (ci, span, wcol), lines, cell in zip(spans, wrapped, row):
                    xs = ML + sum(colw[:ci])
                    for li, line in enumerate(lines):
                        ops.append(("text", xs + pad, y + pad + ts + li * tlh, line, ts, "body"))
                    if ruled:
                        ops.append(("rect", xs, y, wcol, rh))
                y += rh
            y += 4
        else:
            raise ValueError(k)
    if footer:
        ops.append(("text", (PAGE_W - tw(footer, size)) / 2, FOOT_Y, footer, size, "body"))
    return ops


def fit_page(blocks, footer, ruled=True, prose_tables=False, sizes=(11.0, 10.5, 10.0, 9.5, 9.0, 8.5, 8.0, 7.5)):
    for s in sizes:
        try:
            return layout_page(blocks, s, footer, ruled, prose_tables), s
        except Overflow:
            continue
    raise Overflow(str(blocks[:2]))

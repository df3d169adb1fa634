"""Text-layer PDF renderer (reportlab) for the common.Doc markup: centred titles, right-aligned lines,
ruled tables with wrapped cell text, red seal circle at {{SEAL}}, page footer."""
from __future__ import annotations

import math

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from common import font_file

FONT = "WQY"
pdfmetrics.registerFont(TTFont(FONT, font_file("WenQuanYi Zen Hei"), subfontIndex=0))
W, H = A4
ML, MR, MT, MB = 70, 70, 72, 70


def _wrap(text: str, width: float, size: float) -> list[str]:
    lines, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, FONT, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines


def _seal(c: canvas.Canvas, x: float, y: float, name: str) -> None:
    c.saveState()
    c.setStrokeColorRGB(0.85, 0.1, 0.1)
    c.setFillColorRGB(0.85, 0.1, 0.1)
    c.setLineWidth(2.2)
    c.circle(x, y, 42)
    # star
    pts = []
    for k in range(10):
        r = 11 if k % 2 == 0 else 4.5
        a = math.pi / 2 + k * math.pi / 5
        pts.append((x + r * math.cos(a), y + 6 + r * math.sin(a)))
    p = c.beginPath()
    p.moveTo(*pts[0])
    for q in pts[1:]:
        p.lineTo(*q)
    p.close()
    c.drawPath(p, fill=1, stroke=0)
    # agency name along the upper arc
    c.setFont(FONT, 8)
    n = len(name)
    for i, ch in enumerate(name):
        a = math.radians(200 - i * (220 / max(n - 1, 1)))
        cx, cy = x + 32 * math.cos(a), y + 32 * math.sin(a)
        c.saveState()
        c.translate(cx, cy)
        c.rotate(math.degrees(a) - 90)
        c.drawCentredString(0, -3, ch)
        c.restoreState()
    c.restoreState()


def render(path, pages: list[tuple[str, int | None]], footer, seal_name: str, seal_text: str = "（印章）",
           size: float = 10.5) -> None:
    """pages: (markup, page number or None); footer(num) -> str or None."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("")
    lead = size * 1.75
    for markup, num in pages:
        y = H - MT
        rows: list[list[str]] = []

        def flush_table():
            nonlocal y, rows
            if not rows:
                return
            ncol = max(len(r) for r in rows)
            tw = W - ML - MR
            lens = [max((len(r[i]) if i < len(r) else 0) for r in rows) for i in range(ncol)]
            lens = [min(max(l, 3), 40) for l in lens]
            widths = [tw * l / sum(lens) for l in lens]
            for r in rows:
                ws = widths[:len(r) - 1] + [sum(widths[len(r) - 1:])]
                cells = [_wrap(r[i], ws[i] - 8, size - 0.5) for i in range(len(r))]
                h = max(len(cl) for cl in cells) * (size + 4) + 8
                x = ML
                for i, cl in enumerate(cells):
                    c.rect(x, y - h, ws[i], h)
                    c.setFont(FONT, size - 0.5)
                    for k, t in enumerate(cl):
                        c.drawString(x + 4, y - 4 - (k + 1) * (size + 4) + 4, t)
                    x += ws[i]
                y -= h
            y -= size + 10
            rows = []

        for ln in markup.split("\n"):
            if ln.startswith("|"):
                rows.append([s.strip() for s in ln.strip().strip("|").split("|")])
                continue
            flush_table()
            if ln.startswith("@C "):
                c.setFont(FONT, size + 6)
                c.drawCentredString(W / 2, y - 6, ln[3:])
                y -= lead + 10
            elif ln.startswith("@R "):
                t = ln[3:]
                c.setFont(FONT, size)
                if "{{SEAL}}" in t:
                    t = t.replace("{{SEAL}}", seal_text)
                    tx = W - MR - pdfmetrics.stringWidth(t, FONT, size)
                    _seal(c, tx + pdfmetrics.stringWidth(t, FONT, size) / 2, y - 10, seal_name)
                c.setFillColorRGB(0, 0, 0)
                c.drawRightString(W - MR, y, t)
                y -= lead
            else:
                c.setFont(FONT, size)
                for t in _wrap(ln, W - ML - MR, size) if ln else [""]:
                    c.drawString(ML, y, t)
                    y -= lead
        flush_table()
        if y < MB - 10:
            raise ValueError(f"page overflow ({y:.0f}): {markup[:40]}")
        if num is not None and footer:
            c.setFont(FONT, 9)
            c.drawCentredString(W / 2, 36, footer(num))
        c.showPage()
    c.save()

"""reportlab renderer for text-layer PDFs. Markup per line: '^' centred title, '>' right-aligned,
'|a|b' table row (drawn with lines), other lines wrapped paragraphs."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT = "WQY"
_reg = False


def _font():
    global _reg
    if not _reg:
        pdfmetrics.registerFont(TTFont(FONT, "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
        _reg = True


def wrap(text, width, size):
    out, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, FONT, size) > width:
            out.append(cur); cur = ch
        else:
            cur += ch
    out.append(cur)
    return out


def render(path, pages, footer, size=10.5, title=""):
    """footer(i, n) -> str or None."""
    _font()
    W, H = A4
    L, R, T = 62, W - 62, H - 60
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(title)
    n = len(pages)
    for i, page in enumerate(pages, 1):
        y = T
        lines = page.split("\n")
        k = 0
        while k < len(lines):
            line = lines[k]
            if line.startswith("|"):
                rows = []
                while k < len(lines) and lines[k].startswith("|"):
                    rows.append(lines[k][1:].split("|")); k += 1
                ncol = max(len(r) for r in rows)
                if ncol == 2:
                    widths = [110, R - L - 110]
                else:
                    widths = [(R - L) / ncol] * ncol
                    if ncol >= 5:
                        widths = [34, 120, (R - L) - 34 - 120 - 78 - 52, 78, 52][:ncol] if ncol == 5 else widths
                c.setFont(FONT, size - 1)
                for r in rows:
                    cells = [wrap(r[j] if j < len(r) else "", widths[j] - 8, size - 1) for j in range(ncol)]
                    h = max(len(x) for x in cells) * (size + 3) + 8
                    x = L
                    for j in range(ncol):
                        c.rect(x, y - h, widths[j], h)
                        yy = y - size - 3
                        for ln in cells[j]:
                            c.drawString(x + 4, yy, ln); yy -= size + 3
                        x += widths[j]
                    y -= h
                y -= size + 8
                continue
            if line.startswith("^"):
                c.setFont(FONT, 17)
                c.drawCentredString(W / 2, y - 6, line[1:]); y -= 30
            elif line.startswith(">"):
                c.setFont(FONT, size)
                c.drawRightString(R, y, line[1:]); y -= size + 7
            elif not line.strip():
                y -= size
            else:
                c.setFont(FONT, size)
                for ln in wrap(line, R - L, size):
                    c.drawString(L, y, ln); y -= size + 7
            k += 1
        if y < 50:
            print("WARNING: page overflow", path, i, y)
        f = footer(i, n)
        if f:
            c.setFont(FONT, 9)
            c.drawCentredString(W / 2, 36, f)
        c.showPage()
    c.save()

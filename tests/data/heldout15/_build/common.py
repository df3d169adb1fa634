"""Shared helpers for the heldout15 corpus builders (writer 17)."""
import datetime as dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CJK_TTC = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
SERIF_TTC = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"

_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CCW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(body17):
    s = sum(_CC.index(c) * w for c, w in zip(body17, _CCW))
    return body17 + _CC[(31 - s % 31) % 31]


def id_number(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(body17, w))
    return body17 + "10X98765432"[s % 11]


def workdays_between(a, b):
    """Working days after a up to and including b."""
    import chinese_calendar as cc
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            n += 1
    return n


def add_workdays(a, n):
    import chinese_calendar as cc
    d = a
    while n:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            n -= 1
    return d


def paginate(docs):
    """docs: list of (title, [pages text]). returns list of (title, first, last)."""
    out, p = [], 1
    for title, pages in docs:
        out.append((title, p, p + len(pages) - 1))
        p += len(pages)
    return out


def strip_marks(line):
    """Markup: '^C ' centred, '^R ' right, '^T a|b|c' table row, '^S' seal spot."""
    if line.startswith("^C ") or line.startswith("^R "):
        return line[3:]
    if line.startswith("^T "):
        return "\t".join(line[3:].split("|"))
    return line


def wrap(txt, width, fs, font="WQY"):
    """Width-measured wrap that never splits a run of ASCII letters/digits."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    out, cur = [], ""
    for i, ch in enumerate(txt):
        if stringWidth(cur + ch, font, fs) > width and cur:
            j = len(cur)
            while j > 0 and cur[j - 1].isascii() and cur[j - 1].isalnum() and ch.isascii() and ch.isalnum():
                j -= 1
                if j == 0 or not (cur[j - 1].isascii() and cur[j - 1].isalnum()):
                    break
            if 0 < j < len(cur) and cur[j].isascii() and cur[j].isalnum() and ch.isascii() and ch.isalnum():
                out.append(cur[:j]); cur = cur[j:]
            else:
                out.append(cur); cur = ""
        cur += ch
    out.append(cur if cur else " ")
    return out


def render_text_pdf(path, pages, footer=lambda n, t: "- %d -" % n, font_size=11):
    """Text-layer PDF with reportlab. pages: list of marked-up page strings."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("WQY")
    except KeyError:
        pdfmetrics.registerFont(TTFont("WQY", CJK_TTC, subfontIndex=0))
    W, H = A4
    L, R = 70, W - 65
    c = canvas.Canvas(path, pagesize=A4)
    total = len(pages)
    for n, page in enumerate(pages, 1):
        y = H - 80
        for line in page.split("\n"):
            fs = font_size
            if line.startswith("^C "):
                txt = line[3:]
                fs = 16 if len(txt) <= 16 else 12
                c.setFont("WQY", fs)
                c.drawCentredString(W / 2, y, txt)
                y -= fs + 10
                continue
            if line.startswith("^R "):
                c.setFont("WQY", fs)
                c.drawRightString(R, y, line[3:])
                y -= fs + 8
                continue
            if line.startswith("^T "):
                cells = line[3:].split("|")
                c.setFont("WQY", fs)
                widths = [110] + [(R - L - 110) / max(1, len(cells) - 1)] * (len(cells) - 1) if len(cells) > 1 else [R - L]
                # wrap each cell
                wrapped = []
                for cell, w in zip(cells, widths):
                    per = max(1, int((w - 8) // fs))
                    parts = [cell[i:i + per] for i in range(0, len(cell), per)] or [""]
                    wrapped.append(parts)
                h = max(len(p) for p in wrapped) * (fs + 4) + 8
                x = L
                for parts, w in zip(wrapped, widths):
                    c.rect(x, y - h + fs + 2, w, h)
                    yy = y - 2
                    for part in parts:
                        c.drawString(x + 4, yy, part)
                        yy -= fs + 4
                    x += w
                y -= h
                continue
            c.setFont("WQY", fs)
            for part in wrap(line, R - L, fs):
                c.drawString(L, y, part)
                y -= fs + 7
        c.setFont("WQY", 9)
        c.drawCentredString(W / 2, 40, footer(n, total))
        c.showPage()
    c.save()

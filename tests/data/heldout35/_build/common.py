"""Shared helpers for the heldout35 corpus builders: IDs, working days, volume assembly, writers."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import chinese_calendar

OUT = Path(__file__).resolve().parent.parent
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
CN_DIGITS = "〇一二三四五六七八九"


def uscc(body17: str) -> str:
    """Append the GB 32100 check character to a 17-character body."""
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_W))
    return body17 + USCC_CHARS[(31 - s % 31) % 31]


def idno(body17: str) -> str:
    """Append the GB 11643 check digit."""
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(body17, w))
    return body17 + "10X98765432"[s % 11]


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def is_wd(x: dt.date) -> bool:
    return chinese_calendar.is_workday(x)


def wd_between(a: str, b: str) -> int:
    """Working days after a up to and including b."""
    x, y, n = d(a), d(b), 0
    while x < y:
        x += dt.timedelta(days=1)
        n += is_wd(x)
    return n


def cn_date(s: str) -> str:
    x = d(s)
    y = "".join(CN_DIGITS[int(c)] for c in str(x.year))
    def num(n: int) -> str:
        if n < 10:
            return CN_DIGITS[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + CN_DIGITS[n - 10]
        return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return f"{y}年{num(x.month)}月{num(x.day)}日"


def ar_date(s: str) -> str:
    x = d(s)
    return f"{x.year}年{x.month}月{x.day}日"


def dot_date(s: str) -> str:
    x = d(s)
    return f"{x.year}.{x.month}.{x.day}"


def paginate(docs, lines_per_page=40):
    """docs: list of (title, text). Returns list of (title, [page_texts]) splitting long docs."""
    out = []
    for title, text in docs:
        lines = text.strip("\n").split("\n")
        pages = [lines[i:i + lines_per_page] for i in range(0, len(lines), lines_per_page)] or [[]]
        out.append((title, ["\n".join(p) for p in pages]))
    return out


def toc(paged, start=1, numbered_toc=False):
    """Return list of (seq, title, first, last) page ranges, body pages numbered from start."""
    rows, p = [], start
    for i, (title, pages) in enumerate(paged, 1):
        rows.append((i, title, p, p + len(pages) - 1))
        p += len(pages)
    return rows


# ---------------------------------------------------------------- text-layer PDF
FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"


def _wrap(text, width, size, font, pdfmetrics):
    out, cur = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, font, size) > width:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return out


def layout_pdf_doc(text, pdfmetrics, font="ZH", size=10.5, width=440, height=680):
    """Split one document's markup into pages of drawable items (kind, payload, h)."""
    items = []
    for raw in text.strip("\n").split("\n"):
        if raw.startswith("^C "):
            items.append(("C", raw[3:], 26))
        elif raw.startswith("^R "):
            items.append(("R", raw[3:], 17))
        elif raw.startswith("|"):
            cells = raw.strip("|").split("|")
            lines = max(len(_wrap(c, width / len(cells) - 8, size, font, pdfmetrics)) for c in cells)
            items.append(("T", cells, 8 + 14 * lines))
        elif raw == "^P":
            items.append(("P", None, 0))
        else:
            for w in _wrap(raw, width, size, font, pdfmetrics) if raw else [""]:
                items.append(("L", w, 17))
    pages, cur, h = [], [], 0
    for it in items:
        if it[0] == "P" or h + it[2] > height:
            pages.append(cur)
            cur, h = [], 0
            if it[0] == "P":
                continue
        cur.append(it)
        h += it[2]
    pages.append(cur)
    return [p for p in pages if p]


def render_pdf(path, docs, header, toc_title, footer_fmt, first_no=1):
    """docs: list of (title, markup). Writes a PDF with a 卷内目录 page (unnumbered) then numbered pages."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    try:
        pdfmetrics.getFont("ZH")
    except KeyError:
        pdfmetrics.registerFont(TTFont("ZH", FONT_PATH, subfontIndex=0))
    laid = [(t, layout_pdf_doc(m, pdfmetrics)) for t, m in docs]
    total = sum(len(p) for _, p in laid)
    rows, p = [], first_no
    for i, (t, pages) in enumerate(laid, 1):
        rows.append((i, t, p, p + len(pages) - 1))
        p += len(pages)
    W, H = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(header)
    # 卷内目录 (not numbered)
    c.setFont("ZH", 16)
    c.drawCentredString(W / 2, H - 80, toc_title)
    y = H - 120
    xs = [70, 110, 400, 525]
    c.setFont("ZH", 10.5)
    hdr = ("序号", "文件材料名称", "页号")
    c.line(xs[0], y + 16, xs[3], y + 16)
    for x, t in zip(xs, hdr):
        c.drawString(x + 4, y + 3, t)
    c.line(xs[0], y - 2, xs[3], y - 2)
    for n, t, a, b in rows:
        y -= 20
        c.drawString(xs[0] + 4, y + 3, str(n))
        c.drawString(xs[1] + 4, y + 3, t)
        c.drawString(xs[2] + 4, y + 3, f"{a}-{b}" if a != b else str(a))
        c.line(xs[0], y - 2, xs[3], y - 2)
    for x in xs:
        c.line(x, y - 2, x, H - 120 + 16)
    c.showPage()
    pno = first_no
    for _t, pages in laid:
        for items in pages:
            c.setFont("ZH", 8)
            c.drawString(70, H - 40, header)
            c.line(70, H - 44, W - 70, H - 44)
            y = H - 75
            for kind, payload, h in items:
                if kind == "C":
                    c.setFont("ZH", 15)
                    c.drawCentredString(W / 2, y - 14, payload)
                elif kind == "R":
                    c.setFont("ZH", 10.5)
                    c.drawRightString(W - 80, y - 12, payload)
                elif kind == "L":
                    c.setFont("ZH", 10.5)
                    c.drawString(78, y - 12, payload)
                elif kind == "T":
                    c.setFont("ZH", 10)
                    cw = 440 / len(payload)
                    for k, cell in enumerate(payload):
                        x0 = 78 + k * cw
                        c.rect(x0, y - h, cw, h)
                        for j, ln in enumerate(_wrap(cell, cw - 8, 10, "ZH", pdfmetrics)):
                            c.drawString(x0 + 4, y - 14 - 14 * j, ln)
                y -= h
            c.setFont("ZH", 9)
            c.drawCentredString(W / 2, 40, footer_fmt.format(p=pno, n=total + first_no - 1))
            c.showPage()
            pno += 1
    c.save()
    return rows

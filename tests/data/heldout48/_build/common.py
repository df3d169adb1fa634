"""Shared helpers for the heldout48 corpus builders (hand-written case texts live in case_*.py)."""
import datetime as dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

_U = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(body17):
    s = sum(_U.index(c) * w for c, w in zip(body17, _UW))
    return body17 + _U[(31 - s % 31) % 31]


def uscc_ok(code):
    return len(code) == 18 and uscc(code[:17]) == code


def idno(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(body17, w))
    return body17 + "10X98765432"[s % 11]


def idno_ok(code):
    return len(code) == 18 and idno(code[:17]) == code


def d(s):
    return dt.date.fromisoformat(s)


def is_wd(day):
    import chinese_calendar
    return chinese_calendar.is_workday(day)


def wd_after(start, n):
    """the n-th working day after `start` (start itself not counted)."""
    day = d(start) if isinstance(start, str) else start
    k = 0
    while k < n:
        day += dt.timedelta(days=1)
        if is_wd(day):
            k += 1
    return day


def wd_between(a, b):
    """working days after a up to and including b."""
    a, b = d(a), d(b)
    n, day = 0, a
    while day < b:
        day += dt.timedelta(days=1)
        if is_wd(day):
            n += 1
    return n


CN = "〇一二三四五六七八九"


def cn_date(s):
    x = d(s)
    y = "".join(CN[int(c)] for c in str(x.year))

    def num(n):
        if n < 10:
            return CN[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + CN[n - 10]
        return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")
    return f"{y}年{num(x.month)}月{num(x.day)}日"


def ar_date(s):
    x = d(s)
    return f"{x.year}年{x.month}月{x.day}日"


def dot_date(s):
    x = d(s)
    return f"{x.year}.{x.month}.{x.day}"


def paginate(docs, lines_per_page=38):
    """docs: list of (title, text). Returns list of (title, [page_texts]) and page ranges."""
    out, ranges, p = [], [], 1
    for title, text in docs:
        lines = text.strip("\n").split("\n")
        pages = [lines[i:i + lines_per_page] for i in range(0, len(lines), lines_per_page)] or [[]]
        out.append((title, ["\n".join(pg) for pg in pages]))
        ranges.append((title, p, p + len(pages) - 1))
        p += len(pages)
    return out, ranges


def catalogue(ranges, style="tab", shift=None):
    """卷内目录 text; `shift` = {index: (start, end)} overrides for an intended ARCH-01."""
    rows = ["卷 内 目 录", "", "序号\t文件名称\t页号"]
    if style == "box":
        rows = ["卷 内 目 录", "", "│序号│文件名称│页号│"]
    for i, (t, a, b) in enumerate(ranges, 1):
        if shift and i in shift:
            a, b = shift[i]
        pg = f"{a}" if a == b else f"{a}-{b}"
        rows.append(f"│{i}│{t}│{pg}│" if style == "box" else f"{i}\t{t}\t{pg}")
    return "\n".join(rows)


def volume(docs, footer="第{p}页 共{n}页", cat_style="tab", shift=None, lines_per_page=38,
           cover=None, tail=None):
    """Assemble a volume: [cover] + 卷内目录 (1 page) + docs (+ 备考表 tail).
    Page numbers start at the 卷内目录 page = 1 (cover is unnumbered)."""
    body = list(docs) + ([("备考表", tail)] if tail else [])
    paged, ranges = paginate(body, lines_per_page)
    ranges = [(t, a + 1, b + 1) for t, a, b in ranges]
    pages = [catalogue(ranges, cat_style, shift)]
    for _, pgs in paged:
        pages.extend(pgs)
    n = len(pages)
    if footer:
        pages = [pg.rstrip("\n") + "\n\n" + " " * 20 + footer.format(p=i + 1, n=n) for i, pg in enumerate(pages)]
    if cover:
        pages = [cover] + pages
    return pages, ranges


FONT_TTC = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"


def pdf_text(pages, path, footer="第{p}页 共{n}页"):
    """Text-layer PDF. Line markup: '#C ' centred title, '#R ' right-aligned, cells split by '│' drawn as a ruled table row."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("ZH")
    except KeyError:
        pdfmetrics.registerFont(TTFont("ZH", FONT_TTC, subfontIndex=0))
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    n = len(pages)
    for i, pg in enumerate(pages, 1):
        y = H - 60
        for raw in pg.split("\n"):
            if raw.startswith("#C "):
                txt = raw[3:]
                c.setFont("ZH", 16)
                c.drawCentredString(W / 2, y, txt)
                y -= 26
                continue
            c.setFont("ZH", 10)
            if raw.startswith("#R "):
                c.drawRightString(W - 60, y, raw[3:])
            elif "│" in raw:
                cells = [x for x in raw.strip("│").split("│")]
                widths = [110] + [(W - 120 - 110) / max(1, len(cells) - 1)] * (len(cells) - 1) if len(cells) > 1 else [W - 120]
                x = 60
                for cell, w in zip(cells, widths):
                    c.rect(x, y - 5, w, 18, stroke=1, fill=0)
                    s = cell
                    while c.stringWidth(s, "ZH", 10) > w - 6 and len(s) > 1:
                        s = s[:-1]
                    c.drawString(x + 3, y, s)
                    x += w
                y -= 18
                continue
            else:
                # wrap long lines
                s = raw
                while c.stringWidth(s, "ZH", 10) > W - 120:
                    k = len(s)
                    while c.stringWidth(s[:k], "ZH", 10) > W - 120:
                        k -= 1
                    c.drawString(60, y, s[:k])
                    y -= 15
                    s = s[k:]
                c.drawString(60, y, s)
            y -= 15
        if footer:
            c.setFont("ZH", 9)
            c.drawCentredString(W / 2, 30, footer.format(p=i, n=n))
        c.showPage()
    c.save()

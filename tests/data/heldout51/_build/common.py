"""Shared helpers for the heldout51 hand-written corpus (writer 53).

Each case module defines DOCS: a list of (title, pages) where pages is a list of
pages and each page a list of lines.  Line prefixes: "^C" centred, "^R" right-aligned,
"^T" a table row with cells separated by "|".
"""
import datetime as dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

_USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(body17):
    s = sum(_USCC.index(c) * w for c, w in zip(body17, _W))
    c = 31 - s % 31
    return body17 + _USCC[0 if c == 31 else c]


def idno(body17):
    s = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(body17))
    return body17 + "10X98765432"[s % 11]


def wd_after(d0, d1):
    """Working days strictly after d0 up to and including d1."""
    import chinese_calendar as cc
    n, d = 0, d0
    while d < d1:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            n += 1
    return n


def D(s):
    return dt.date.fromisoformat(s)


CN = "〇一二三四五六七八九"


def cn_date(s):
    d = D(s)
    y = "".join(CN[int(c)] for c in str(d.year))

    def n(x):
        if x < 10:
            return CN[x]
        if x == 10:
            return "十"
        if x < 20:
            return "十" + CN[x % 10]
        return CN[x // 10] + "十" + (CN[x % 10] if x % 10 else "")
    return f"{y}年{n(d.month)}月{n(d.day)}日"


def ar_date(s):
    d = D(s)
    return f"{d.year}年{d.month}月{d.day}日"


def paginate(docs, first_page=2):
    """Return list of (title, start, end) with page numbers starting at first_page."""
    out, p = [], first_page
    for title, pages in docs:
        out.append((title, p, p + len(pages) - 1))
        p += len(pages)
    return out


def catalogue(docs, heading_lines, override=None, style="tab"):
    rows = paginate(docs)
    if override:
        rows = override(rows)
    lines = list(heading_lines) + ["^C卷 内 目 录", ""]
    if style == "tab":
        lines.append("序号\t文件材料名称\t页号")
        for i, (t, a, b) in enumerate(rows, 1):
            lines.append(f"{i}\t{t}\t{a}-{b}" if a != b else f"{i}\t{t}\t{a}")
    else:
        lines.append("^T序号|文件材料名称|页号")
        for i, (t, a, b) in enumerate(rows, 1):
            lines.append(f"^T{i}|{t}|{a}-{b}" if a != b else f"^T{i}|{t}|{a}")
    return lines


def render_line_txt(l, width=64):
    if l.startswith("^C"):
        t = l[2:]
        return " " * max(0, (width - 2 * len(t)) // 4) + t
    if l.startswith("^R"):
        t = l[2:]
        return " " * max(0, width - 2 * len(t)) // 1 * 1 + t if False else " " * max(0, (width - 2 * len(t)) // 2) + t
    if l.startswith("^T"):
        return "│" + "│".join(l[2:].split("|")) + "│"
    return l


def all_pages(cat, docs):
    pages = [cat]
    for _, ps in docs:
        pages.extend(ps)
    return pages


def write_txt(path, pages, footer, encoding="utf-8", sep="\f"):
    total = len(pages)
    chunks = []
    for i, pg in enumerate(pages, 1):
        body = "\n".join(render_line_txt(l) for l in pg)
        f = footer(i, total)
        chunks.append(body + ("\n\n" + f if f else "") + "\n")
    with open(path, "w", encoding=encoding, newline="\n") as fh:
        fh.write(sep.join(chunks))


def write_pdf(path, pages, footer, font_size=10.5):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    try:
        pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
    except Exception:
        pass
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    total = len(pages)
    for i, pg in enumerate(pages, 1):
        y = H - 60
        j = 0
        while j < len(pg):
            l = pg[j]
            if l.startswith("^C"):
                c.setFont("WQY", 16)
                c.drawCentredString(W / 2, y, l[2:])
                y -= 26
            elif l.startswith("^R"):
                c.setFont("WQY", font_size)
                c.drawRightString(W - 60, y, l[2:])
                y -= 18
            elif l.startswith("^T"):
                rows = []
                while j < len(pg) and pg[j].startswith("^T"):
                    rows.append(pg[j][2:].split("|"))
                    j += 1
                j -= 1
                ncol = max(len(r) for r in rows)
                widths = [(W - 120) / ncol] * ncol
                if ncol == 2:
                    widths = [110, W - 230]
                rh = 20
                c.setFont("WQY", font_size - 1)
                top = y + 14
                for r in rows:
                    x = 60
                    for k in range(ncol):
                        c.rect(x, top - rh, widths[k], rh)
                        txt = r[k] if k < len(r) else ""
                        c.drawString(x + 4, top - rh + 6, txt)
                        x += widths[k]
                    top -= rh
                y = top - 12
            else:
                c.setFont("WQY", font_size)
                # wrap long lines
                for part in wrap(l, lambda s: pdfmetrics.stringWidth(s, "WQY", font_size), W - 120) or [""]:
                    c.drawString(60, y, part)
                    y -= 17
            j += 1
        f = footer(i, total)
        if f:
            c.setFont("WQY", 9)
            c.drawCentredString(W / 2, 30, f)
        c.showPage()
    c.save()


def wrap(s, measure, width):
    """Greedy wrap by measured width; never split a run of ASCII letters/digits/punctuation."""
    out = []
    while s:
        if measure(s) <= width:
            out.append(s)
            break
        k = 1
        while k < len(s) and measure(s[:k + 1]) <= width:
            k += 1
        j = k
        while 0 < j < len(s) and s[j].isascii() and s[j] not in " " and s[j - 1].isascii() and s[j - 1] != " ":
            j -= 1
        if j == 0:
            j = k
        out.append(s[:j])
        s = s[j:]
    return out

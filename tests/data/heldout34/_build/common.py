"""Shared helpers for the heldout34 corpus: check characters, working days, writers."""
import datetime as dt
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def _font(fname: str) -> str:
    """Locate a system font file by its file name through fontconfig (no hard-coded machine path)."""
    import subprocess
    out = subprocess.run(["fc-list", "--format", "%{file}\n"], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if os.path.basename(line) == fname:
            return line
    raise FileNotFoundError(fname)


FONT_TTC = _font("wqy-zenhei.ttc")
SERIF_TTC = _font("NotoSerifCJK-Regular.ttc")

_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(first17: str) -> str:
    """Append the GB 11643 check digit."""
    s = sum(int(c) * w for c, w in zip(first17, _W))
    return first17 + "10X98765432"[s % 11]


_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(first17: str) -> str:
    """Append the GB 32100 check character."""
    s = sum(_CC.index(c) * w for c, w in zip(first17, _CW))
    return first17 + _CC[(31 - s % 31) % 31]


def is_wd(d: dt.date) -> bool:
    import chinese_calendar
    return chinese_calendar.is_workday(d)


def wd_between(a: dt.date, b: dt.date) -> int:
    """Working days after a up to and including b."""
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        n += is_wd(d)
    return n


CN_DIG = "〇一二三四五六七八九"


def cn_date(d: dt.date) -> str:
    """二〇二三年五月十日 style."""
    def num(n):
        if n < 10:
            return CN_DIG[n]
        t, u = divmod(n, 10)
        return ("" if t == 1 else CN_DIG[t]) + "十" + ("" if u == 0 else CN_DIG[u])
    return "".join(CN_DIG[int(c)] for c in str(d.year)) + "年" + num(d.month) + "月" + num(d.day) + "日"


def ar_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def paginate(docs, per_page=38):
    """docs: list of (title, lines). Lines '\f' force a page break. Returns pages and ranges."""
    pages, ranges = [], []
    for title, lines in docs:
        start = len(pages) + 1
        cur = []
        for ln in lines:
            if ln == "\f" or len(cur) >= per_page:
                pages.append(cur)
                cur = []
                if ln == "\f":
                    continue
            cur.append(ln)
        pages.append(cur)
        ranges.append((title, start, len(pages)))
    return pages, ranges


def catalogue(ranges, offset, heading="卷 内 目 录", style="tab"):
    """Build a 卷内目录 from real page ranges; offset = pages taken by the catalogue itself."""
    out = ["^C" + heading, ""]
    if style == "tab":
        out.append("序号\t文件名称\t日期\t页号")
    for i, (title, s, e, date) in enumerate(ranges, 1):
        pg = f"{s + offset}" if s == e else f"{s + offset}-{e + offset}"
        out.append(f"{i}\t{title}\t{date}\t{pg}")
    return out


def strip_marks(line: str) -> str:
    for m in ("^C", "^R"):
        if line.startswith(m):
            return line[2:]
    return line


def write_txt(path, pages, encoding="utf-8", footer=None, center_width=40):
    total = len(pages)
    chunks = []
    for i, p in enumerate(pages, 1):
        lines = []
        for ln in p:
            if ln.startswith("^C"):
                lines.append(ln[2:].center(center_width).rstrip())
            elif ln.startswith("^R"):
                lines.append(ln[2:].rjust(center_width))
            else:
                lines.append(ln)
        if footer:
            lines += ["", footer(i, total).center(center_width).rstrip()]
        chunks.append("\n".join(lines) + "\n")
    with open(path, "w", encoding=encoding, newline="\n") as f:
        f.write("\f".join(chunks))


def pdf_text(path, pages, footer):
    """Text-layer PDF: ^C centred, ^R right, lines with '|' drawn as a ruled table row."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("ZH", FONT_TTC, subfontIndex=0))
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(os.path.basename(path))
    total = len(pages)
    left, right = 60, W - 60
    for i, p in enumerate(pages, 1):
        y = H - 70
        in_table = False
        for ln in p:
            if ln.startswith("^C"):
                c.setFont("ZH", 16)
                c.drawCentredString(W / 2, y, ln[2:])
                y -= 26
                in_table = False
                continue
            c.setFont("ZH", 10.5)
            if ln.startswith("^R"):
                c.drawRightString(right, y, ln[2:])
            elif ln.startswith("|"):
                cells = ln.strip("|").split("|")
                rowh = 20
                if not in_table:
                    c.line(left, y + 14, right, y + 14)
                fr = [0.25, 0.75] if len(cells) == 2 else [1 / len(cells)] * len(cells)
                if len(cells) == 4:
                    fr = [0.1, 0.5, 0.22, 0.18]
                xs = [left]
                for f_ in fr:
                    xs.append(xs[-1] + f_ * (right - left))
                for k, cell in enumerate(cells):
                    c.drawString(xs[k] + 4, y, cell.strip())
                for x in xs:
                    c.line(x, y + 14, x, y + 14 - rowh)
                c.line(left, y + 14 - rowh, right, y + 14 - rowh)
                y -= rowh
                in_table = True
                continue
            else:
                # wrap long body lines
                s = ln
                maxw = right - left
                while pdfmetrics.stringWidth(s, "ZH", 10.5) > maxw:
                    k = len(s)
                    while pdfmetrics.stringWidth(s[:k], "ZH", 10.5) > maxw:
                        k -= 1
                    c.drawString(left, y, s[:k])
                    y -= 17
                    s = s[k:]
                c.drawString(left, y, s)
            in_table = False
            y -= 17
        if footer:
            c.setFont("ZH", 9)
            c.drawCentredString(W / 2, 35, footer(i, total))
        c.showPage()
    c.save()


def line_count_fits(pages, limit=40):
    return all(len(p) <= limit for p in pages)

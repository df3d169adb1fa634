"""Shared helpers for the dev11 corpus: identifiers, dates, amounts, document model, renderers."""
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# ---------------------------------------------------------------- identifiers
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8):
    s = sum(int(c, 36) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(prefix2, region6, org8):
    org9 = org8 + org_check(org8)
    body = prefix2 + region6 + org9
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_W))
    c = (31 - s % 31) % 31
    return body + USCC_CHARS[c]


def uscc_ok(code):
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    org = code[8:17]
    if org_check(org[:8]) != org[8]:
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31] == code[17]


def id_number(region6, birth, seq3):
    body = region6 + birth + seq3
    s = sum(int(c) * w for c, w in zip(body, ID_W))
    return body + "10X98765432"[s % 11]


def id_ok(n):
    if len(n) != 18 or not n[:17].isdigit():
        return False
    s = sum(int(c) * w for c, w in zip(n[:17], ID_W))
    return "10X98765432"[s % 11] == n[17]

# ---------------------------------------------------------------- dates
CN_DIG = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return "零一二三四五六七八九"[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else "零一二三四五六七八九"[t]) + "十" + ("" if u == 0 else "零一二三四五六七八九"[u])


def D(s):
    return dt.date.fromisoformat(s)


def fd(d, style="ar"):
    """format a date: ar=2022年7月1日, cn=二〇二二年七月一日, pad=2022年07月01日, dot=2022.7.1"""
    if isinstance(d, str):
        d = D(d)
    if style == "cn":
        return "".join(CN_DIG[int(c)] for c in str(d.year)) + "年" + cn_num(d.month) + "月" + cn_num(d.day) + "日"
    if style == "pad":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    if style == "dash":
        return d.isoformat()
    return f"{d.year}年{d.month}月{d.day}日"


def workday(d):
    import chinese_calendar
    return chinese_calendar.is_workday(d)


def add_workdays(d, n):
    """the n-th working day after d (d itself not counted)"""
    cur = d
    k = 0
    while k < n:
        cur += dt.timedelta(days=1)
        if workday(cur):
            k += 1
    return cur


def workdays_between(a, b):
    """working days after a up to and including b"""
    n, cur = 0, a
    while cur < b:
        cur += dt.timedelta(days=1)
        if workday(cur):
            n += 1
    return n

# ---------------------------------------------------------------- amounts
DX = "零壹贰叁肆伍陆柒捌玖"


def daxie(n):
    """integer yuan to 大写, e.g. 55000 -> 伍万伍仟元整"""
    n = int(n)
    if n == 0:
        return "零元整"

    def four(x):
        units = ["仟", "佰", "拾", ""]
        s, zero = "", False
        digits = f"{x:04d}"
        for i, ch in enumerate(digits):
            v = int(ch)
            if v == 0:
                zero = True
            else:
                if zero and s:
                    s += "零"
                s += DX[v] + units[i]
                zero = False
        return s
    yi, rest = divmod(n, 100000000)
    wan, ge = divmod(rest, 10000)
    out = ""
    if yi:
        out += four(yi).lstrip("零") + "亿"
    if wan:
        w = four(wan)
        if out and wan < 1000:
            out += "零"
        out += w + "万"
    elif out and ge:
        out += "零"
    if ge:
        if (yi or wan) and ge < 1000 and not out.endswith("零"):
            out += "零"
        out += four(ge)
    if not (yi or wan):
        out = out.lstrip("零")
    if out.startswith("壹拾"):
        pass
    return out + "元整"

# ---------------------------------------------------------------- document model
# A document is a dict: title, kind, number, date, pages (list of lists of blocks).
# blocks: ("h", text) centred heading; ("p", text) paragraph; ("t", rows) table, rows = lists of cells;
#         ("r", text) right-aligned line (signature / seal / date); ("seal",) seal marker


class Doc:
    def __init__(self, title, kind=None, number="", date="", toc_title=None):
        self.title = title
        self.kind = kind or title
        self.number = number
        self.date = date
        self.toc_title = toc_title or title
        self.pages = [[]]

    def h(self, t):
        self.pages[-1].append(("h", t)); return self

    def p(self, t):
        self.pages[-1].append(("p", t)); return self

    def t(self, rows):
        self.pages[-1].append(("t", rows)); return self

    def r(self, t):
        self.pages[-1].append(("r", t)); return self

    def seal(self, text="（印章）"):
        self.pages[-1].append(("seal", text)); return self

    def brk(self):
        self.pages.append([]); return self


def paginate(docs):
    """assign global page numbers: page 1 is the 卷内目录"""
    start = 2
    ranges = []
    for d in docs:
        ranges.append((start, start + len(d.pages) - 1))
        start += len(d.pages)
    return ranges, start - 1


def toc_doc(docs, ranges, style, override=None, title="卷内目录", header=None):
    rows = [["序号", "文件名称", "文号", "日期", "页号"]]
    for i, (d, (a, b)) in enumerate(zip(docs, ranges), 1):
        pg = str(a) if a == b else f"{a}-{b}"
        rows.append([str(i), d.toc_title, d.number or "", d.date or "", pg])
    if override:
        rows = override(rows)
    t = Doc(title)
    if header:
        for line in header:
            t.p(line)
    t.h(title)
    t.t(rows)
    return t, rows

# ---------------------------------------------------------------- text rendering


def cell_w(s):
    return sum(2 if ord(c) > 0x2000 else 1 for c in s)


def table_text(rows, style):
    if style == "box":
        ncol = max(len(r) for r in rows)
        widths = [0] * ncol
        for r in rows:
            for i, c in enumerate(r):
                widths[i] = max(widths[i], min(cell_w(c), 44))
        def line(l, m, r_):
            return l + m.join("─" * (w + 2) for w in widths) + r_
        out = [line("┌", "┬", "┐")]
        for k, r in enumerate(rows):
            cells = list(r) + [""] * (ncol - len(r))
            out.append("│" + "│".join(" " + c + " " * (widths[i] - cell_w(c) + 1) for i, c in enumerate(cells)) + "│")
            out.append(line("├", "┼", "┤") if k < len(rows) - 1 else line("└", "┴", "┘"))
        return out
    if style == "tab":
        return ["\t".join(r) for r in rows]
    out = []
    for r in rows:
        if len(r) == 2:
            out.append(f"{r[0]}：{r[1]}")
        elif len(r) == 4 and style == "kv":
            out.append(f"{r[0]}：{r[1]}　　{r[2]}：{r[3]}")
        else:
            out.append("  ".join(r))
    return out


def page_text(blocks, pno, style, footer="第{n}页"):
    lines = []
    for b in blocks:
        if b[0] == "h":
            lines.append(" " * 16 + b[1])
        elif b[0] == "p":
            lines.append(b[1])
        elif b[0] == "t":
            lines.extend(table_text(b[1], style))
        elif b[0] == "r":
            lines.append(" " * 30 + b[1])
        elif b[0] == "seal":
            lines.append(" " * 34 + b[1])
    lines.append("")
    lines.append(" " * 20 + footer.format(n=pno))
    return "\n".join(lines)


def volume_pages(toc, docs):
    """list of (doc_index or -1, blocks) in order"""
    out = [(-1, pg) for pg in toc.pages]
    for i, d in enumerate(docs):
        out.extend((i, pg) for pg in d.pages)
    return out

# ---------------------------------------------------------------- fonts


def cjk_font_path():
    for p in ["/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
              "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"]:
        if os.path.exists(p):
            return p
    import subprocess
    out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True).stdout
    return out.split(":")[0].strip()


def cjk_font(size):
    from PIL import ImageFont
    path = cjk_font_path()
    for idx in range(10):
        try:
            f = ImageFont.truetype(path, size, index=idx)
        except Exception:
            break
        if "SC" in " ".join(f.getname()):
            return f
    return ImageFont.truetype(path, size)

"""Shared helpers for the heldout24 corpus builders (hand-written cases; no tool code used)."""
import datetime as dt
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# ---------------------------------------------------------------- identifiers
_UC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c, 36) * w[i] for i, c in enumerate(body8))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def credit_code(area6, org8, prefix="91"):
    """统一社会信用代码 (GB 32100) with a valid 组织机构代码 check and check character."""
    body = prefix + area6 + org8 + _org_check(org8)
    s = sum(_UC.index(c) * _UW[i] for i, c in enumerate(body))
    c = (31 - s % 31) % 31
    return body + _UC[c]


def credit_ok(code):
    s = sum(_UC.index(c) * _UW[i] for i, c in enumerate(code[:17]))
    return _UC[(31 - s % 31) % 31] == code[17]


def id_number(area6, birth, seq3):
    body = area6 + birth + seq3
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * w[i] for i, c in enumerate(body)) % 11]


def id_ok(num):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * w[i] for i, c in enumerate(num[:17])) % 11] == num[17]


# ---------------------------------------------------------------- dates
CN_DIG = "〇一二三四五六七八九"


def cn_date(d):
    def num(n):
        if n < 10:
            return CN_DIG[n]
        if n < 20:
            return "十" + (CN_DIG[n % 10] if n % 10 else "")
        return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")
    return "".join(CN_DIG[int(c)] for c in str(d.year)) + "年" + num(d.month) + "月" + num(d.day) + "日"


def ar_date(d):
    return f"{d.year}年{d.month}月{d.day}日"


def dot_date(d):
    return f"{d.year}.{d.month}.{d.day}"


def workdays_between(a, b):
    """Working days after a up to and including b (行政处罚法 第八十五条)."""
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


# ---------------------------------------------------------------- volume
# A document is (title, [page, ...]); a page is a list of markup lines:
#   "@C text"  centred      "@H text" centred title (large)
#   "@R text"  right-aligned
#   "@T a|b|c" table row (cells)
#   other      body paragraph (wrapped)
#   "@SEAL"    where a seal sits (scanned/PDF: drawn; text: nothing extra)


class Volume:
    def __init__(self, docs, cover=None, toc_title="卷 内 目 录", toc_override=None, tail=None):
        self.docs = docs
        self.cover = cover
        self.toc_title = toc_title
        self.toc_override = toc_override
        self.tail = tail  # 备考表 page (unnumbered)

    def ranges(self):
        out, p = [], 1
        for title, pages in self.docs:
            out.append((title, p, p + len(pages) - 1))
            p += len(pages)
        return out

    def total(self):
        return sum(len(p) for _, p in self.docs)

    def toc_page(self, cols="序号|文书名称|页码"):
        lines = ["@H " + self.toc_title, "@T " + cols]
        rows = self.toc_override or self.ranges()
        for i, (t, a, b) in enumerate(rows, 1):
            pr = str(a) if a == b else f"{a}-{b}"
            lines.append(f"@T {i}|{t}|{pr}")
        return lines

    def pages(self):
        """[(page_lines, number_or_None)] in volume order."""
        out = []
        if self.cover:
            out.append((self.cover, None))
        out.append((self.toc_page(), None))
        n = 1
        for _, pages in self.docs:
            for pg in pages:
                out.append((pg, n))
                n += 1
        if self.tail:
            out.append((self.tail, None))
        return out


def to_text(lines, table_style="tab", width=36):
    res = []
    for ln in lines:
        if ln.startswith("@H ") or ln.startswith("@C "):
            t = ln[3:]
            pad = max(0, (width - len(t)) // 2)
            res.append("　" * pad + t)
        elif ln.startswith("@R "):
            t = ln[3:]
            res.append("　" * max(0, width - len(t)) + t)
        elif ln.startswith("@T "):
            cells = ln[3:].split("|")
            if table_style == "tab":
                res.append("\t".join(cells))
            elif table_style == "box":
                res.append("│" + "│".join(cells) + "│")
            elif table_style == "kv":
                if cells == ["项目", "内容"]:
                    continue
                if len(cells) == 2:
                    res.append(f"{cells[0]}：{cells[1]}")
                else:
                    res.append("　".join(cells))
        elif ln == "@SEAL":
            continue
        else:
            res.append(ln)
    return "\n".join(res)


def write(path, text, enc="utf-8"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding=enc, newline="\n") as f:
        f.write(text)

"""Shared helpers for the held-out corpus generator: identifiers, money, dates, page layout.

Everything here is deterministic so that a rebuild gives the same files (apart from
PDF timestamps, which are fixed too).
"""
from __future__ import annotations

import datetime as dt
import random

# ---------------------------------------------------------------- identifiers
CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100 character set (31 chars)
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code_check(code8: str) -> str:
    """GB 11714 check character for an 8-character organisation code body."""
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in code8]
    c = 11 - sum(a * b for a, b in zip(vals, w)) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def credit_code_check(code17: str) -> str:
    s = sum(CC_CHARS.index(ch) * w for ch, w in zip(code17, CC_W))
    c = (31 - s % 31) % 31
    return CC_CHARS[c]


def make_credit_code(prefix2: str, region6: str, body8: str) -> str:
    """prefix2 e.g. '91' (企业) or '92' (个体工商户); body8 = 8 chars of the 主体标识码."""
    org9 = body8 + org_code_check(body8)
    c17 = prefix2 + region6 + org9
    return c17 + credit_code_check(c17)


def valid_credit_code(code: str) -> bool:
    if len(code) != 18 or any(ch not in CC_CHARS for ch in code):
        return False
    return credit_code_check(code[:17]) == code[17]


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(id17: str) -> str:
    return "10X98765432"[sum(int(a) * b for a, b in zip(id17, ID_W)) % 11]


def make_id(region6: str, birth: str, seq3: str) -> str:
    body = region6 + birth + seq3
    return body + id_check(body)


def valid_id(idn: str) -> bool:
    return len(idn) == 18 and idn[:17].isdigit() and id_check(idn[:17]) == idn[17]


# ---------------------------------------------------------------- money
_DIG = "零壹贰叁肆伍陆柒捌玖"


def daxie(amount: int) -> str:
    """Integer yuan -> 大写 with 元整, e.g. 35400 -> 叁万伍仟肆佰元整."""
    if amount == 0:
        return "零元整"

    def four(n: int) -> str:
        units = ["仟", "佰", "拾", ""]
        s, zero = "", False
        digits = f"{n:04d}"
        for d, u in zip(digits, units):
            d = int(d)
            if d == 0:
                zero = True
            else:
                if zero and s:
                    s += "零"
                zero = False
                s += _DIG[d] + u
        return s

    wan, rest = divmod(amount, 10000)
    out = ""
    if wan:
        out += four(wan) + "万"
        if rest and rest < 1000:
            out += "零"
    if rest:
        out += four(rest)
    return out + "元整"


def comma(n: int) -> str:
    return f"{n:,}"


# ---------------------------------------------------------------- dates
CN_NUM = "〇一二三四五六七八九"


def cn_year(y: int) -> str:
    return "".join(CN_NUM[int(c)] for c in str(y))


def cn_small(n: int) -> str:
    if n < 10:
        return CN_NUM[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + CN_NUM[n % 10]
    t, o = divmod(n, 10)
    return CN_NUM[t] + "十" + (CN_NUM[o] if o else "")


def d_cn(s: str) -> str:
    d = dt.date.fromisoformat(s)
    return f"{cn_year(d.year)}年{cn_small(d.month)}月{cn_small(d.day)}日"


def d_ar(s: str) -> str:
    d = dt.date.fromisoformat(s)
    return f"{d.year}年{d.month}月{d.day}日"


def d_dot(s: str) -> str:
    d = dt.date.fromisoformat(s)
    return f"{d.year}.{d.month}.{d.day}"


def d_iso(s: str) -> str:
    return s


# ---------------------------------------------------------------- layout
# A document is a dict: title (index title), date (ISO), number (文号 or ''),
# numbered (bool: gets a page number), newpage (bool), blocks (list).
# Blocks:
#   ("title", text)            centred heading
#   ("sub", text)              centred line (文号)
#   ("p", text)                paragraph, first line indented two characters
#   ("l", text)                plain line(s), wrapped
#   ("r", text)                right-aligned line
#   ("table", rows, widths)    ruled table; rows are lists of cell strings, widths are fractions
#   ("sig", label, name)       label in print, name in handwriting style
#   ("seal", agency)           seal ring placed over the preceding right-aligned lines
#   ("gap", mm)
#   ("break",)                 force a new page inside a document

PAGE_W, PAGE_H = 210.0, 297.0
PT = 0.3528  # mm per point


def char_w(ch: str, size: float) -> float:
    o = ord(ch)
    if ch in "⟦⟧":
        return 0.0
    if o < 0x2E80 and ch not in "　":
        return size * PT * 0.55
    return size * PT


def text_w(s: str, size: float) -> float:
    return sum(char_w(c, size) for c in s)


def wrap(s: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    lines, cur, w = [], "", indent
    for ch in s:
        cw = char_w(ch, size)
        if w + cw > width and cur:
            lines.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += cw
    lines.append(cur)
    return lines


class Page:
    def __init__(self):
        self.ops = []  # ('text', x, y, s, size, style) y = baseline from top, mm
        self.doc_keys = []


class Layout:
    """Paginates documents into pages of drawing operations (mm, origin top-left)."""

    def __init__(self, margin=(22, 25, 20, 25), size=11.0, lead=1.75, header=None, footer=None):
        self.ml, self.mt, self.mr, self.mb = margin
        self.size = size
        self.lead = lead
        self.header = header  # callable(page_no_in_file) -> str or None
        self.footer = footer
        self.pages: list[Page] = []
        self.y = 0.0
        self.cur: Page | None = None

    @property
    def width(self):
        return PAGE_W - self.ml - self.mr

    def new_page(self):
        self.cur = Page()
        self.pages.append(self.cur)
        self.y = self.mt

    def need(self, h):
        if self.cur is None or self.y + h > PAGE_H - self.mb:
            self.new_page()

    def line_h(self, size):
        return size * PT * self.lead

    def add_doc(self, doc, start_new=True):
        if start_new or self.cur is None:
            self.new_page()
        else:
            self.y += 6
        first = len(self.pages) - 1
        ops_before = len(self.cur.ops)
        last_right_y = None
        for b in doc["blocks"]:
            kind = b[0]
            if kind == "break":
                self.new_page()
                continue
            if kind == "gap":
                self.y += b[1]
                continue
            if kind in ("title", "sub"):
                size = self.size + (5 if kind == "title" else 0)
                h = self.line_h(size) * (1.3 if kind == "title" else 1.0)
                self.need(h)
                self.y += h
                tw = text_w(b[1], size)
                self.cur.ops.append(("text", (PAGE_W - tw) / 2, self.y - 1.5, b[1], size, "bold" if kind == "title" else "body"))
                continue
            if kind in ("p", "l"):
                ind = text_w("　　", self.size) if kind == "p" else 0.0
                lines = wrap(b[1], self.width, self.size, ind)
                for i, ln in enumerate(lines):
                    h = self.line_h(self.size)
                    self.need(h)
                    self.y += h
                    x = self.ml + (ind if i == 0 else 0)
                    self.cur.ops.append(("text", x, self.y - 1.5, ln, self.size, "body"))
                continue
            if kind == "r":
                h = self.line_h(self.size)
                self.need(h)
                self.y += h
                tw = text_w(b[1], self.size)
                x = PAGE_W - self.mr - tw - 6
                self.cur.ops.append(("text", x, self.y - 1.5, b[1], self.size, "body"))
                last_right_y = (x + tw / 2, self.y)
                continue
            if kind == "seal":
                if last_right_y is None:
                    cx, cy = PAGE_W - self.mr - 35, self.y - 8
                else:
                    cx, cy = last_right_y[0], last_right_y[1] - 6
                self.cur.ops.append(("seal", cx, cy, 19.0, b[1]))
                continue
            if kind == "sig":
                h = self.line_h(self.size) * 1.2
                self.need(h)
                self.y += h
                lab = b[1]
                self.cur.ops.append(("text", self.ml, self.y - 1.5, lab, self.size, "body"))
                if b[2]:
                    x = self.ml + text_w(lab, self.size) + 2
                    self.cur.ops.append(("text", x, self.y - 1.0, b[2], self.size + 3, "hand"))
                continue
            if kind == "table":
                rows, widths = b[1], b[2]
                tsize = self.size - 1
                pad = 1.6
                colw = [w * self.width for w in widths]
                for row in rows:
                    # cells may span: a cell given as (text, span)
                    cells, xs, x = [], [], self.ml
                    ci = 0
                    for cell in row:
                        span = 1
                        if isinstance(cell, tuple):
                            cell, span = cell
                        w = sum(colw[ci:ci + span])
                        cells.append((cell, x, w))
                        x += w
                        ci += span
                    wrapped = [wrap(c, w - 2 * pad, tsize) if c else [""] for c, _, w in cells]
                    nl = max(len(wl) for wl in wrapped)
                    lh = tsize * PT * 1.55
                    h = nl * lh + 2 * pad
                    if self.cur is None or self.y + h > PAGE_H - self.mb:
                        self.new_page()
                    top = self.y
                    for (c, cx, w), wl in zip(cells, wrapped):
                        self.cur.ops.append(("rect", cx, top, w, h))
                        for i, ln in enumerate(wl):
                            self.cur.ops.append(("text", cx + pad, top + pad + (i + 1) * lh - 1.2, ln, tsize, "body"))
                    self.y = top + h
                    # handwriting inside cells: marked with ⟦name⟧
                continue
            raise ValueError(kind)
        if len(self.pages[first].ops) == ops_before and first < len(self.pages) - 1:
            first += 1  # nothing of this document landed on the starting page
        return first, len(self.pages) - 1


def hand_split(s: str):
    """Split 'text⟦hand⟧text' into [(text, is_hand)]."""
    out, cur, hand = [], "", False
    for ch in s:
        if ch == "⟦":
            if cur:
                out.append((cur, hand))
            cur, hand = "", True
        elif ch == "⟧":
            out.append((cur, True))
            cur, hand = "", False
        else:
            cur += ch
    if cur:
        out.append((cur, hand))
    return out


def strip_hand(s: str) -> str:
    return s.replace("⟦", "").replace("⟧", "")


# ---------------------------------------------------------------- text rendering
def blocks_to_text(doc, fw_space=False, table_style="pairs", width=36):
    """Render one document as plain text lines."""
    sp = "　" if fw_space else " "
    out = []
    for b in doc["blocks"]:
        k = b[0]
        if k == "title":
            t = strip_hand(b[1])
            pad = max(0, (width - len(t)) // 2)
            out.append(("　" * pad if fw_space else " " * (pad * 2)) + t)
        elif k == "sub":
            t = strip_hand(b[1])
            pad = max(0, (width - len(t)) // 2)
            out.append(("　" * pad if fw_space else " " * (pad * 2)) + t)
        elif k == "p":
            out.append(("　　" if fw_space else "    ") + strip_hand(b[1]))
        elif k == "l":
            out.append(strip_hand(b[1]))
        elif k == "r":
            t = strip_hand(b[1])
            pad = max(0, width - len(t) - 2)
            out.append(("　" * pad + t) if fw_space else (" " * (pad * 2) + t))
        elif k == "seal":
            out.append(("　" * (width - 8) if fw_space else " " * ((width - 8) * 2)) + "（印章）")
        elif k == "sig":
            out.append(b[1] + (b[2] or ""))
        elif k == "gap":
            out.append("")
        elif k == "break":
            out.append("")
        elif k == "table":
            for row in b[1]:
                cells = [c[0] if isinstance(c, tuple) else c for c in row]
                cells = [strip_hand(c) for c in cells]
                if table_style == "grid":
                    out.append("│" + "│".join(cells) + "│")
                else:
                    pairs = []
                    i = 0
                    while i < len(cells):
                        lab = cells[i]
                        val = cells[i + 1] if i + 1 < len(cells) else ""
                        if lab and val:
                            pairs.append(f"{lab}：{val}" if not lab.endswith("：") else lab + val)
                        elif lab:
                            pairs.append(lab)
                        i += 2
                    out.append((sp * 2).join(pairs))
        else:
            raise ValueError(k)
    return out


def rng(seed):
    return random.Random(seed)

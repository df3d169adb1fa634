# -*- coding: utf-8 -*-
"""Shared helpers for the dev15 corpus generator: identifiers, amounts, dates, page layout."""
import datetime as _dt

# ---------------------------------------------------------------- identifiers
_CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org_check(body8):
    """GB 11714 check character for an 8-char organisation code body."""
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = 0
    for ch, wi in zip(body8, w):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * wi
    c = 11 - s % 11
    return "0" if c == 11 else ("X" if c == 10 else str(c))


def credit_code(prefix2, area6, body8):
    """GB 32100 unified social credit code: prefix (登记管理部门+机构类别) + area + org code + check."""
    org = body8 + _org_check(body8)
    s17 = prefix2 + area6 + org
    total = sum(_CC_CHARS.index(c) * w for c, w in zip(s17, _CC_W))
    return s17 + _CC_CHARS[(31 - total % 31) % 31]


def credit_ok(code):
    if len(code) != 18 or any(c not in _CC_CHARS for c in code):
        return False
    total = sum(_CC_CHARS.index(c) * w for c, w in zip(code[:17], _CC_W))
    return _CC_CHARS[(31 - total % 31) % 31] == code[17]


def id_number(area6, birth8, seq3):
    s17 = area6 + birth8 + seq3
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return s17 + "10X98765432"[sum(int(a) * b for a, b in zip(s17, w)) % 11]


def id_ok(code):
    if len(code) != 18 or not code[:17].isdigit():
        return False
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(code[:17], w)) % 11] == code[17]


# ---------------------------------------------------------------- amounts
_D = "零壹贰叁肆伍陆柒捌玖"


def daxie(n):
    """Integer yuan -> 人民币大写 (…元整)."""
    n = int(n)
    if n == 0:
        return "零元整"
    units = ["", "拾", "佰", "仟"]
    def four(x):
        s, zero = "", False
        for i in range(3, -1, -1):
            d = x // (10 ** i) % 10
            if d == 0:
                zero = True
            else:
                if zero and s:
                    s += "零"
                s += _D[d] + units[i]
                zero = False
        return s
    parts = []
    wan, rest = divmod(n, 10000)
    yi, wan = divmod(wan, 10000)
    out = ""
    if yi:
        out += four(yi) + "亿"
    if wan:
        if out and wan < 1000:
            out += "零"
        out += four(wan) + "万"
    elif out and rest:
        out += "零"
    if rest:
        if (yi or wan) and rest < 1000 and not out.endswith("零"):
            out += "零"
        out += four(rest)
    return out + "元整"


# ---------------------------------------------------------------- dates
_CN = "〇一二三四五六七八九"


def d(s):
    return _dt.date.fromisoformat(s)


def cn_num(n):
    if n < 10:
        return "一二三四五六七八九"[n - 1] if n else "〇"
    t, u = divmod(n, 10)
    return ("" if t == 1 else _CN[t]) + "十" + (_CN[u] if u else "")


def fmt(s, style="arabic", zero="〇"):
    x = d(s)
    if style == "arabic":
        return f"{x.year}年{x.month}月{x.day}日"
    if style == "arabic0":
        return f"{x.year}年{x.month:02d}月{x.day:02d}日"
    if style == "dot":
        return f"{x.year}.{x.month}.{x.day}"
    if style == "cn":
        y = "".join(_CN[int(c)] for c in str(x.year)).replace("〇", zero)
        return f"{y}年{cn_num(x.month)}月{cn_num(x.day)}日"
    raise ValueError(style)


# ---------------------------------------------------------------- layout engine
# A document is a dict {"title": str, "blocks": [...], "numbered": bool, "cols": 1|2}.
# Blocks: ("title", s) ("sub", s) ("p", s) ("line", s) ("right", s) ("kv", [(k, v)...])
#         ("grid", rows, fracs, header_rows) ("seal", name) ("space", pts) ("pb",) ("photo", caption)
PAGE_W, PAGE_H = 595.0, 842.0

try:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    def text_width(s, size):
        return pdfmetrics.stringWidth(s, "STSong-Light", size)
except Exception:  # pragma: no cover
    def text_width(s, size):
        return sum(size if ord(c) > 255 else size * 0.5 for c in s)


def wrap(s, width, size):
    lines, cur, w = [], "", 0.0
    for ch in s:
        if ch == "\n":
            lines.append(cur); cur, w = "", 0.0; continue
        cw = text_width(ch, size)
        if w + cw > width and cur:
            lines.append(cur); cur, w = "", 0.0
        cur += ch; w += cw
    lines.append(cur)
    return lines


class Flow:
    """Lays blocks onto A4 pages; output = list of pages, each a list of draw ops (top-left origin)."""

    def __init__(self, margin=(60, 70, 60, 70), size=10.5, lead=1.6, header=None, footer=None,
                 table_kv_frac=0.26):
        self.ml, self.mt, self.mr, self.mb = margin
        self.size, self.lead = size, lead
        self.header, self.footer = header, footer
        self.kvf = table_kv_frac

    def layout(self, doc):
        pages = []
        cols = doc.get("cols", 1)
        gap = 18
        full_w = PAGE_W - self.ml - self.mr
        col_w = (full_w - gap) / 2 if cols == 2 else full_w
        state = {"ops": [], "y": self.mt, "col": 0}

        def x0():
            return self.ml + state["col"] * (col_w + gap)

        def new_page():
            pages.append(state["ops"])
            state["ops"], state["y"], state["col"] = [], self.mt, 0

        def need(h):
            if state["y"] + h > PAGE_H - self.mb:
                if cols == 2 and state["col"] == 0:
                    state["col"], state["y"] = 1, self.mt
                else:
                    new_page()

        def put_lines(lines, size, indent_first=0.0, align="left", lh=None):
            lh = lh or size * self.lead
            for i, ln in enumerate(lines):
                need(lh)
                if align == "center":
                    x = x0() + (col_w - text_width(ln, size)) / 2
                elif align == "right":
                    x = x0() + col_w - text_width(ln, size) - 6
                else:
                    x = x0() + (indent_first if i == 0 else 0)
                state["ops"].append(("text", x, state["y"] + size, ln, size))
                state["y"] += lh

        for b in doc["blocks"]:
            k = b[0]
            if k == "title":
                put_lines(wrap(b[1], col_w, 16), 16, align="center", lh=28)
                state["y"] += 4
            elif k == "sub":
                put_lines([b[1]], 10.5, align="center", lh=20)
            elif k in ("p", "line"):
                ind = 2 * self.size if k == "p" else 0
                first = wrap(b[1], col_w - ind, self.size)[0] if ind else None
                if ind:
                    rest = b[1][len(first):]
                    lines = [first] + (wrap(rest, col_w, self.size) if rest else [])
                else:
                    lines = wrap(b[1], col_w, self.size)
                put_lines(lines, self.size, indent_first=ind)
            elif k == "right":
                put_lines([b[1]], self.size, align="right")
            elif k == "space":
                state["y"] += b[1]
            elif k == "pb":
                if state["ops"]:
                    new_page()
            elif k == "seal":
                state["ops"].append(("seal", x0() + col_w - 95, state["y"] - 40, b[1]))
            elif k == "photo":
                h = 150
                need(h + 20)
                state["ops"].append(("photo", x0() + 20, state["y"], col_w - 40, h, b[1]))
                state["y"] += h + 6
                put_lines(wrap(b[1], col_w, 9), 9)
            elif k in ("kv", "grid"):
                if k == "kv":
                    rows = [[a, v] for a, v in b[1]]
                    fracs = [self.kvf, 1 - self.kvf]
                else:
                    rows, fracs = b[1], b[2]
                if cols == 2:
                    for r in rows:
                        txt = "；".join(str(c) for c in r if c not in (None, ""))
                        if k == "kv":
                            txt = f"{r[0]}：{r[1]}"
                        put_lines(wrap(txt, col_w, self.size), self.size)
                    continue
                sz = self.size - 0.5
                widths = [f * col_w for f in fracs]
                for r in rows:
                    # merged cell: None means "span from the left neighbour"
                    cells, cw = [], []
                    for c, wdt in zip(r, widths):
                        if c is None and cells:
                            cw[-1] += wdt
                        else:
                            cells.append("" if c is None else str(c)); cw.append(wdt)
                    wrapped = [wrap(c, w - 8, sz) for c, w in zip(cells, cw)]
                    nl = max(len(x) for x in wrapped)
                    lh = sz * 1.45
                    h = nl * lh + 8
                    need(h)
                    y, x = state["y"], x0()
                    for c, w in zip(wrapped, cw):
                        state["ops"].append(("rect", x, y, w, h))
                        for j, ln in enumerate(c):
                            state["ops"].append(("text", x + 4, y + 4 + sz + j * lh, ln, sz))
                        x += w
                    state["y"] += h
                state["y"] += 6
            else:
                raise ValueError(k)
        if state["ops"]:
            pages.append(state["ops"])
        return pages


def ring_text_points(cx, cy, r, n):
    import math
    pts = []
    for i in range(n):
        a = math.radians(200 - i * (220 / max(n - 1, 1)))
        pts.append((cx + r * math.cos(a), cy - r * math.sin(a), a))
    return pts

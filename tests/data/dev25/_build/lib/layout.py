"""Page layout in millimetres -> list of drawing ops per page (used by raster and OFD backends).

Ops:
  ("text", x, y_baseline, size_mm, face, text, hand)   face in common.FONTS keys
  ("line", x1, y1, x2, y2, width_mm)
  ("seal", cx, cy, radius_mm, agency, subtext)
  ("box", x, y, w, h, caption)                          photo placeholder
"""
from PIL import ImageFont

from .common import font_path
from .model import Hand

PT = 0.3528  # mm per point
_metric_cache = {}


def _font(face, px=100):
    key = (face, px)
    if key not in _metric_cache:
        path, idx = font_path(face)
        _metric_cache[key] = ImageFont.truetype(path, px, index=idx or 0)
    return _metric_cache[key]


def text_width(text, face, size_mm):
    if not text:
        return 0.0
    return _font(face).getlength(text) * size_mm / 100.0


NO_START = set("，。、；：？！）》」』”’〕】…%·")


def wrap(text, face, size_mm, width):
    """Greedy CJK wrap with simple kinsoku; returns list of lines."""
    lines = []
    for para in str(text).split("\n"):
        cur = ""
        for ch in para:
            if text_width(cur + ch, face, size_mm) > width and cur:
                if ch in NO_START:
                    cur += ch
                    lines.append(cur)
                    cur = ""
                    continue
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


class Style:
    def __init__(self, body="nserif", hand="kai", title="nserifb", size_pt=12, title_pt=18,
                 leading=1.75, margins=(25, 25, 20, 22), page=(210, 297), hand_jitter=True):
        self.body, self.hand, self.title = body, hand, title
        self.size = size_pt * PT
        self.tsize = title_pt * PT
        self.leading = leading
        self.ml, self.mt, self.mr, self.mb = margins
        self.pw, self.ph = page
        self.hand_jitter = hand_jitter

    @property
    def cw(self):
        return self.pw - self.ml - self.mr


def layout(docs, st: Style, page_header=None):
    """Lay out documents; each starts on a new page. Returns list of pages:
    {"ops": [...], "doc": index, "numbered": bool}."""
    pages = []

    for di, d in enumerate(docs):
        page = {"ops": [], "doc": di, "numbered": d.get("numbered", True), "title": d["title"]}
        pages.append(page)
        y = st.mt

        def newpage():
            nonlocal page, y
            page = {"ops": [], "doc": di, "numbered": d.get("numbered", True), "title": d["title"]}
            pages.append(page)
            y = st.mt

        def ensure(h):
            if y + h > st.ph - st.mb:
                newpage()

        lh = st.size * st.leading
        for b in d["blocks"]:
            k = b[0]
            if k == "h":
                ensure(st.tsize * 2.2)
                w = text_width(b[1], st.title, st.tsize)
                y += st.tsize * 1.3
                page["ops"].append(("text", (st.pw - w) / 2, y, st.tsize, st.title, b[1], False))
                y += st.tsize * 0.9
            elif k == "sub":
                ensure(lh)
                y += st.size * 1.2
                w = text_width(b[1], st.body, st.size)
                page["ops"].append(("text", (st.pw - w) / 2, y, st.size, st.body, b[1], isinstance(b[1], Hand)))
                y += st.size * 0.8
            elif k in ("p", "l", "r"):
                text = str(b[1])
                hand = isinstance(b[1], Hand)
                face = st.hand if hand else st.body
                indent = st.size * 2 if k == "p" else 0
                lines = wrap(text, face, st.size, st.cw - indent) if k != "r" else [text]
                for i, ln in enumerate(lines):
                    ensure(lh)
                    y += lh
                    if k == "r":
                        x = st.pw - st.mr - text_width(ln, face, st.size)
                    else:
                        x = st.ml + (indent if i == 0 else 0)
                        if i > 0 and k == "p":
                            x = st.ml
                    page["ops"].append(("text", x, y, st.size, face, ln, hand))
            elif k == "kv":
                for lab, val in b[1]:
                    lab_s = f"{lab}："
                    lw = text_width(lab_s, st.body, st.size)
                    hand = isinstance(val, Hand)
                    face = st.hand if hand else st.body
                    lines = wrap(str(val), face, st.size, st.cw - lw)
                    for i, ln in enumerate(lines):
                        ensure(lh)
                        y += lh
                        if i == 0:
                            page["ops"].append(("text", st.ml, y, st.size, st.body, lab_s, False))
                        page["ops"].append(("text", st.ml + lw, y, st.size, face, ln, hand))
                        if hand:
                            page["ops"].append(("line", st.ml + lw, y + 1.0, st.pw - st.mr, y + 1.0, 0.15))
            elif k == "table":
                rows, widths = b[1], b[2]
                y += st.size * 0.5
                tot = sum(widths)
                colw = [st.cw * w / tot for w in widths]
                pad = 1.6
                tsz = st.size * 0.92
                tlh = tsz * 1.55
                for row in rows:
                    cells = []
                    row = list(row)
                    rw = list(colw)
                    L = max([i for i, c in enumerate(row) if str(c) != "" or isinstance(c, Hand)] or [0])
                    if L < len(row) - 1 and all(type(c) is str and c == "" for c in row[L + 1:]):
                        rw = rw[:L] + [sum(rw[L:])]
                        row = row[:L + 1]
                    for ci, cell in enumerate(row):
                        hand = isinstance(cell, Hand)
                        face = st.hand if hand else st.body
                        cells.append((wrap(str(cell), face, tsz, rw[ci] - 2 * pad), face, hand))
                    nmax = max(len(c[0]) for c in cells)
                    rh = nmax * tlh + 2 * pad
                    if y + rh > st.ph - st.mb:
                        newpage()
                    x = st.ml
                    ops = page["ops"]
                    ops.append(("line", st.ml, y, st.ml + st.cw, y, 0.25))
                    ops.append(("line", st.ml, y + rh, st.ml + st.cw, y + rh, 0.25))
                    for ci, (lines, face, hand) in enumerate(cells):
                        ops.append(("line", x, y, x, y + rh, 0.25))
                        yy = y + pad
                        for ln in lines:
                            yy += tlh
                            ops.append(("text", x + pad, yy - tlh * 0.28, tsz, face, ln, hand))
                        x += rw[ci]
                    ops.append(("line", st.ml + st.cw, y, st.ml + st.cw, y + rh, 0.25))
                    y += rh
                y += 2
            elif k == "sign":
                lines, seal = b[1], b[2]
                ensure(lh * (len(lines) + 1.5))
                y += lh * 0.6
                first_y = None
                xs = []
                for ln in lines:
                    y += lh
                    hand = isinstance(ln, Hand)
                    face = st.hand if hand else st.body
                    x = st.pw - st.mr - 8 - text_width(str(ln), face, st.size)
                    xs.append(x)
                    page["ops"].append(("text", x, y, st.size, face, str(ln), hand))
                    if first_y is None:
                        first_y = y
                if seal:
                    cx = st.pw - st.mr - 8 - text_width(str(lines[0]), st.body, st.size) / 2
                    page["ops"].append(("seal", cx, first_y + 2, 20.5, seal, ""))
            elif k == "gap":
                y += b[1]
            elif k == "pb":
                newpage()
            elif k == "hr":
                ensure(4)
                y += 3
                page["ops"].append(("line", st.ml, y, st.pw - st.mr, y, 0.3))
            elif k == "img":
                h = b[2]
                ensure(h + 8)
                y += 3
                page["ops"].append(("box", st.ml + 10, y, st.cw - 20, h, b[3], b[1]))
                y += h + 2
                y += lh
                w = text_width(b[3], st.body, st.size * 0.9)
                page["ops"].append(("text", (st.pw - w) / 2, y, st.size * 0.9, st.body, b[3], False))
            else:
                raise ValueError(k)
    return pages

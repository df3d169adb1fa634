"""Page layout shared by the text-layer PDF and the scanned-PDF renderers.

layout_docs() turns documents into pages of drawing operations (in PDF points, origin top-left):
("text", x, y, s, font, size), ("line", x1, y1, x2, y2), ("rect", x, y, w, h), ("seal", cx, cy, name).
Each document starts on a new page; numbered documents get a footer page number.
"""
from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from common import FONT_HEI, FONT_KAI, FONT_SONG

W, H = 595.0, 842.0
ML, MR, MT, MB = 72.0, 68.0, 80.0, 72.0

_reg = False


def register_fonts() -> None:
    global _reg
    if _reg:
        return
    pdfmetrics.registerFont(TTFont("Song", FONT_SONG, subfontIndex=0))
    pdfmetrics.registerFont(TTFont("Kai", FONT_KAI, subfontIndex=0))
    pdfmetrics.registerFont(TTFont("Hei", FONT_HEI, subfontIndex=0))
    _reg = True


def sw(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, font, size)


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    lines, cur = [], ""
    for ch in s:
        if sw(cur + ch, font, size) > width:
            # keep closing punctuation off the line start
            if ch in "，。；：、）》”" and cur:
                cur += ch
                lines.append(cur)
                cur = ""
                continue
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur or not lines:
        lines.append(cur)
    return lines


class Pager:
    def __init__(self, opts: dict):
        self.o = opts
        self.pages: list[list] = []
        self.meta: list[dict] = []
        self.y = 0.0

    def new_page(self, numbered: bool, doc_title: str) -> None:
        self.pages.append([])
        self.meta.append({"numbered": numbered, "doc": doc_title})
        self.y = MT

    def ensure(self, h: float, numbered: bool, doc_title: str) -> None:
        if self.y + h > H - MB:
            self.new_page(numbered, doc_title)

    def op(self, *a) -> None:
        self.pages[-1].append(a)


def layout_docs(docs: list[dict], opts: dict) -> tuple[list[list], list[dict], list[tuple[int, int]]]:
    """Return pages (ops), page meta and each document's (first, last) physical page index (0-based)."""
    body, size, lead = opts.get("font", "Song"), opts.get("size", 11.0), opts.get("lead", 19.0)
    pg = Pager(opts)
    spans = []
    tw = W - ML - MR
    for doc in docs:
        numbered = doc.get("numbered", True)
        pg.new_page(numbered, doc["title"])
        first = len(pg.pages) - 1
        for b in doc["blocks"]:
            k = b[0]
            if k == "h":
                pg.ensure(34, numbered, doc["title"])
                s = b[1]
                hs = 17.0
                tf = opts.get("title_font", "Song")
                pg.op("text", (W - sw(s, tf, hs)) / 2, pg.y + hs, s, tf, hs)
                pg.y += 34
            elif k == "c":
                pg.ensure(lead, numbered, doc["title"])
                pg.op("text", (W - sw(b[1], body, size)) / 2, pg.y + size, b[1], body, size)
                pg.y += lead
            elif k in ("p", "l", "hand"):
                font = "Kai" if k == "hand" else body
                fsz = size + 1 if k == "hand" else size
                indent = 2 * size if k == "p" else 0
                first_line = True
                for ln in wrap(b[1], font, fsz, tw - indent) if indent == 0 else _wrap_indent(b[1], font, fsz, tw, indent):
                    pg.ensure(lead, numbered, doc["title"])
                    x = ML + (indent if (k == "p" and first_line) else 0)
                    pg.op("text", x, pg.y + fsz, ln, font, fsz)
                    pg.y += lead
                    first_line = False
            elif k == "r":
                pg.ensure(lead, numbered, doc["title"])
                pg.op("text", W - MR - sw(b[1], body, size) - 10, pg.y + size, b[1], body, size)
                if "（印章）" in b[1] or "（公章）" in b[1]:
                    pg.op("seal", W - MR - 70, pg.y - 6, opts.get("seal_name", ""))
                pg.y += lead
            elif k == "sp":
                pg.y += lead * 0.6
            elif k == "kv":
                lw = opts.get("label_w", 110.0)
                for lab, val in b[1]:
                    vlines = wrap(val, body, size, tw - lw - 12) if val else [""]
                    llines = wrap(lab, body, size, lw - 10)
                    n = max(len(vlines), len(llines))
                    h = n * lead + 6
                    pg.ensure(h, numbered, doc["title"])
                    pg.op("rect", ML, pg.y, lw, h)
                    pg.op("rect", ML + lw, pg.y, tw - lw, h)
                    for i, ln in enumerate(llines):
                        pg.op("text", ML + 5, pg.y + 4 + size + i * lead, ln, body, size)
                    vf = "Kai" if opts.get("kv_hand") else body
                    for i, ln in enumerate(vlines):
                        pg.op("text", ML + lw + 6, pg.y + 4 + size + i * lead, ln, vf, size)
                    pg.y += h
                pg.y += 6
            elif k == "grid":
                cols, rows = b[1], b[2]
                widths = b[3]
                scale = tw / sum(widths)
                widths = [w * scale for w in widths]
                fs = size - 1.5
                for ri, row in enumerate([cols] + rows):
                    cells = [wrap(str(c), body, fs, w - 6) for c, w in zip(row, widths)]
                    n = max(len(c) for c in cells)
                    h = n * (fs + 5) + 8
                    pg.ensure(h, numbered, doc["title"])
                    x = ML
                    for c, w in zip(cells, widths):
                        pg.op("rect", x, pg.y, w, h)
                        for i, ln in enumerate(c):
                            pg.op("text", x + 3, pg.y + 4 + fs + i * (fs + 5), ln, body, fs)
                        x += w
                    pg.y += h
                pg.y += 6
        spans.append((first, len(pg.pages) - 1))
    return pg.pages, pg.meta, spans


def _wrap_indent(s: str, font: str, size: float, tw: float, indent: float) -> list[str]:
    first = wrap(s, font, size, tw - indent)
    if len(first) == 1:
        return first
    head = first[0]
    rest = wrap(s[len(head):], font, size, tw)
    return [head] + rest


def page_numbers(meta: list[dict]) -> list[int | None]:
    """Archive page number for each physical page: numbered pages 1..n, others None."""
    n, out = 0, []
    for m in meta:
        if m["numbered"]:
            n += 1
            out.append(n)
        else:
            out.append(None)
    return out

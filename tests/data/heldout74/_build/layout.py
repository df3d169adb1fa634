"""A small page-layout engine shared by the PDF, image and OFD renderers.

Documents are written in a tiny line markup:

    #T title            centred title (large)
    #S text             centred subtitle
    #C text             centred line
    #R text             right-aligned line
    #L text             left-aligned line, no indent
    #N text             small note line (left, small)
    |a|b|c|             table row (consecutive rows form one table)
    @cols 2,5,2,5       relative column widths for following rows with that many cells
    @size 10.5          body size for the rest of the document
    @seal NAME          round seal over the preceding lines (right side)
    @photo H caption    synthetic photo block of height H mm
    @sp N               N mm of vertical space
    @hr                 horizontal rule
    @pb                 page break
    @blank              nothing (for empty lines in text renderers)
    plain text          paragraph, first line indented by two characters

Inline: ⟦...⟧ marks handwriting (drawn in a brush font by image renderers);
in table cells, <br> breaks a line and a leading ^ centres the cell.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

PT = 0.3528  # mm per point
NOHEAD = set("，。、；：？！）》」』”’,.;:?!)]%")


@dataclass
class Style:
    page_w: float = 210.0
    page_h: float = 297.0
    top: float = 25.0
    bottom: float = 24.0
    left: float = 26.0
    right: float = 24.0
    body_font: str = "song"
    body_size: float = 12.0
    title_font: str = "hei"
    title_size: float = 18.0
    table_size: float = 10.5
    line_h: float = 1.65
    hw_font: str = "kai"
    indent_chars: float = 2.0
    pagenum: str = "br"  # br | tr | bc | none  (archive page numbers)
    pagenum_fmt: str = "{n}"
    pageof: bool = False  # "第 x 页 共 y 页" on multi-page 笔录


@dataclass
class Doc:
    key: str
    title: str  # as listed in 卷内目录
    markup: str
    number: str = ""  # 文号
    date: str = ""  # 落款日期 shown in 目录
    numbered: bool = True  # archive page numbers (cover/目录/备考表: False)
    pageof: bool | None = None
    style: dict = field(default_factory=dict)
    fmt: str = ""  # for folder cases: pdf|docx|txt


def parse(markup: str) -> list[tuple]:
    blocks: list[tuple] = []
    cols: dict[int, list[float]] = {}
    table: list[list[str]] | None = None
    widths_for: dict[int, list[float]] = {}

    def flush():
        nonlocal table
        if table:
            blocks.append(("table", table, dict(widths_for)))
        table = None

    for raw in markup.strip("\n").split("\n"):
        line = raw.rstrip()
        if line.startswith("|"):
            body = line.strip()
            body = body[1:-1] if body.endswith("|") and len(body) > 1 else body[1:]
            cells = [c.strip() for c in body.split("|")]
            if table is None:
                table = []
                widths_for = dict(cols)
            table.append(cells)
            continue
        flush()
        if not line.strip():
            continue
        if line.startswith("@cols"):
            ws = [float(x) for x in line.split(None, 1)[1].split(",")]
            cols[len(ws)] = ws
        elif line.startswith("@size"):
            blocks.append(("size", float(line.split()[1])))
        elif line.startswith("@seal"):
            blocks.append(("seal", line.split(None, 1)[1].strip()))
        elif line.startswith("@photo"):
            parts = line.split(None, 2)
            blocks.append(("photo", float(parts[1]), parts[2] if len(parts) > 2 else ""))
        elif line.startswith("@sp"):
            blocks.append(("sp", float(line.split()[1])))
        elif line.startswith("@hr"):
            blocks.append(("hr",))
        elif line.startswith("@pb"):
            blocks.append(("pb",))
        elif line.startswith("@blank"):
            blocks.append(("blank",))
        elif line[:2] in ("#T", "#S", "#C", "#R", "#L", "#N"):
            blocks.append((line[:2], line[3:]))
        else:
            blocks.append(("P", line.strip()))
    flush()
    return blocks


def plain(s: str) -> str:
    """Text without markup (handwriting markers and <br>)."""
    return s.replace("⟦", "").replace("⟧", "").replace("<br>", "\n").lstrip("^")


def segments(s: str, base_font: str, hw_font: str) -> list[tuple[str, str]]:
    """Split text into (text, font) runs on ⟦ ⟧ markers."""
    out = []
    for part in re.split(r"(⟦[^⟧]*⟧)", s):
        if not part:
            continue
        if part.startswith("⟦"):
            out.append((part[1:-1], hw_font))
        else:
            out.append((part, base_font))
    return out


TOKEN = re.compile(r"[A-Za-z0-9¥￥.,%:/\-·×]+|.", re.S)


class Layout:
    def __init__(self, style: Style, measure):
        self.st = style
        self.measure = measure  # (text, font, size_pt) -> mm
        self.pages: list[list[tuple]] = []
        self.page_doc: list[int] = []
        self.y = 0.0

    # -- page handling
    def new_page(self, doc_idx: int):
        self.pages.append([])
        self.page_doc.append(doc_idx)
        self.y = self.st.top

    @property
    def items(self):
        return self.pages[-1]

    @property
    def width(self):
        return self.st.page_w - self.st.left - self.st.right

    def ensure(self, h: float, doc_idx: int):
        if self.y + h > self.st.page_h - self.st.bottom:
            self.new_page(doc_idx)

    # -- text wrapping
    def wrap(self, segs, width, size, first_indent=0.0):
        toks = []
        for text, font in segs:
            for m in TOKEN.finditer(text):
                t = m.group(0)
                if t == "\n":
                    toks.append(("\n", font, 0.0))
                else:
                    toks.append((t, font, self.measure(t, font, size)))
        lines = []
        cur: list = []
        curw = first_indent
        avail = width
        for t, font, w in toks:
            if t == "\n":
                lines.append(cur)
                cur, curw = [], 0.0
                continue
            if curw + w > avail + 0.01 and cur and t[0] not in NOHEAD:
                if w > avail and len(t) > 1:  # split long token
                    pass
                lines.append(cur)
                cur, curw = [], 0.0
            cur.append((t, font, w))
            curw += w
        lines.append(cur)
        return lines

    def emit_line(self, toks, x0, baseline, size, align="left", width=None, color=(0, 0, 0)):
        width = self.width if width is None else width
        total = sum(w for _, _, w in toks)
        if align == "center":
            x = x0 + (width - total) / 2
        elif align == "right":
            x = x0 + width - total
        else:
            x = x0
        # merge consecutive tokens with the same font into runs
        run_t, run_f, run_x, run_w = "", None, x, 0.0
        for t, f, w in toks:
            if f != run_f and run_t:
                self.items.append(("text", run_x, baseline, run_t, run_f, size, color, run_w))
                run_x += run_w
                run_t, run_w = "", 0.0
            run_f = f
            run_t += t
            run_w += w
        if run_t:
            self.items.append(("text", run_x, baseline, run_t, run_f, size, color, run_w))

    # -- blocks
    def para(self, text, doc_idx, size, font, align="left", indent=True, lh=None):
        lh = (lh or self.st.line_h) * size * PT
        first = self.measure("国", font, size) * self.st.indent_chars if indent else 0.0
        lines = self.wrap(segments(text, font, self.st.hw_font), self.width, size, first)
        for i, toks in enumerate(lines):
            self.ensure(lh, doc_idx)
            base = self.y + lh * 0.72
            x0 = self.st.left + (first if i == 0 and align == "left" else 0.0)
            self.emit_line(toks, x0, base, size, align, self.width - (first if i == 0 and align == "left" else 0))
            self.y += lh

    def table(self, rows, widths_for, doc_idx, size, font):
        pad = 1.4
        lh = 1.45 * size * PT
        x_left = self.st.left
        for cells in rows:
            n = len(cells)
            ws = widths_for.get(n) or [1.0] * n
            tot = sum(ws)
            cw = [self.width * w / tot for w in ws]
            wrapped = []
            for c, w in zip(cells, cw):
                center = c.startswith("^")
                txt = c[1:] if center else c
                txt = txt.replace("<br>", "\n")
                wrapped.append((self.wrap(segments(txt, font, self.st.hw_font), w - 2 * pad, size), center))
            nlines = max(len(wl) for wl, _ in wrapped)
            h = max(nlines * lh + 2 * pad, 8.0)
            start = 0
            while True:
                avail = self.st.page_h - self.st.bottom - self.y
                fit = int((avail - 2 * pad) // lh)
                remaining = nlines - start
                if remaining * lh + 2 * pad <= avail or fit >= remaining:
                    take = remaining
                elif fit < 2:
                    self.new_page(doc_idx)
                    continue
                else:
                    take = fit
                hh = max(take * lh + 2 * pad, 8.0 if start == 0 else 0)
                if self.y + hh > self.st.page_h - self.st.bottom + 0.01:
                    self.new_page(doc_idx)
                    continue
                x = x_left
                for (wl, center), w in zip(wrapped, cw):
                    for k, toks in enumerate(wl[start:start + take]):
                        base = self.y + pad + lh * k + lh * 0.75
                        self.emit_line(toks, x + pad, base, size, "center" if center else "left", w - 2 * pad)
                    self.items.append(("rect", x, self.y, w, hh))
                    x += w
                self.y += hh
                start += take
                if start >= nlines:
                    break
                self.new_page(doc_idx)

    def run_doc(self, doc: Doc, doc_idx: int):
        st = self.st
        self.new_page(doc_idx)
        size = doc.style.get("body_size", st.body_size)
        tsize = doc.style.get("table_size", st.table_size)
        font = doc.style.get("body_font", st.body_font)
        for b in parse(doc.markup):
            kind = b[0]
            if kind == "size":
                size = b[1]
                tsize = b[1]
            elif kind == "#T":
                ts = doc.style.get("title_size", st.title_size)
                self.para(b[1], doc_idx, ts, doc.style.get("title_font", st.title_font), "center", False, 1.5)
                self.y += 1.5
            elif kind == "#S":
                self.para(b[1], doc_idx, size + 1, font, "center", False)
            elif kind == "#C":
                self.para(b[1], doc_idx, size, font, "center", False)
            elif kind == "#R":
                self.para(b[1], doc_idx, size, font, "right", False)
            elif kind == "#L":
                self.para(b[1], doc_idx, size, font, "left", False)
            elif kind == "#N":
                self.para(b[1], doc_idx, size - 2, font, "left", False, 1.4)
            elif kind == "P":
                self.para(b[1], doc_idx, size, font, "left", True)
            elif kind == "table":
                self.table(b[1], b[2], doc_idx, tsize, font)
            elif kind == "sp":
                self.y += b[1]
            elif kind == "blank":
                self.y += size * PT * st.line_h
            elif kind == "hr":
                self.ensure(3, doc_idx)
                self.items.append(("line", st.left, self.y + 1.5, st.page_w - st.right, self.y + 1.5, 0.5))
                self.y += 3
            elif kind == "pb":
                self.new_page(doc_idx)
            elif kind == "seal":
                r = doc.style.get("seal_r", 20.0)
                cx = st.page_w - st.right - 32
                cy = max(self.y - doc.style.get("seal_up", 6.5), st.top + r)
                self.items.append(("seal", cx, cy, r, b[1]))
            elif kind == "photo":
                h = b[1]
                self.ensure(h + 8, doc_idx)
                self.items.append(("photo", st.left + 10, self.y, self.width - 20, h, b[2]))
                self.y += h + 1
                if b[2]:
                    self.para(b[2], doc_idx, size - 1.5, font, "left", False, 1.4)


def layout_case(docs: list[Doc], style: Style, measure):
    """Lay out every document; returns (pages, page_doc, ranges, archive_numbers)."""
    lay = Layout(style, measure)
    for i, d in enumerate(docs):
        lay.run_doc(d, i)
    ranges: dict[int, list[int]] = {}
    for p, di in enumerate(lay.page_doc):
        ranges.setdefault(di, []).append(p)
    # archive numbering: continuous over numbered documents
    arch: list[int | None] = []
    n = 0
    for p, di in enumerate(lay.page_doc):
        if docs[di].numbered:
            n += 1
            arch.append(n)
        else:
            arch.append(None)
    # decorate pages: archive numbers and 第x页共y页
    for p, items in enumerate(lay.pages):
        di = lay.page_doc[p]
        d = docs[di]
        pages_of_doc = ranges[di]
        pageof = style.pageof if d.pageof is None else d.pageof
        if pageof and len(pages_of_doc) > 1:
            k = pages_of_doc.index(p) + 1
            s = f"第 {k} 页  共 {len(pages_of_doc)} 页"
            w = measure(s, style.body_font, 9)
            items.append(("text", (style.page_w - w) / 2, style.page_h - style.bottom + 9, s, style.body_font, 9, (0, 0, 0), w))
        foot = d.style.get("footer")
        if foot:
            lay.pages = lay.pages  # keep reference
            segs = segments(foot, style.body_font, style.hw_font)
            x = style.left
            for t, f in segs:
                w = measure(t, f, 10)
                items.append(("text", x, style.page_h - style.bottom + 4, t, f, 10, (0, 0, 0), w))
                x += w
        if arch[p] is not None and style.pagenum != "none":
            s = style.pagenum_fmt.format(n=arch[p])
            f = style.hw_font if style.pagenum in ("tr",) else style.body_font
            w = measure(s, f, 11)
            if style.pagenum == "br":
                x, y = style.page_w - style.right - w + 6, style.page_h - 10
            elif style.pagenum == "tr":
                x, y = style.page_w - style.right - w + 8, 13
            else:
                x, y = (style.page_w - w) / 2, style.page_h - 10
            items.append(("text", x, y, s, f, 11, (0, 0, 0), w))
    return lay.pages, lay.page_doc, ranges, arch


def doc_archive_range(ranges, arch, di):
    nums = [arch[p] for p in ranges[di] if arch[p] is not None]
    if not nums:
        return ""
    return str(nums[0]) if nums[0] == nums[-1] else f"{nums[0]}-{nums[-1]}"

"""Layout and output for the heldout10 builders.

A document is written as markup lines:
  '#C text'  centred title     '#c text' centred line     '#R text' right-aligned line
  '|a|b|c'   table row (box-drawn in text output, ruled grid in PDF/images, Word table in DOCX)
  '¦a¦b¦c'   table row (tab-separated in text output, grid elsewhere)
  '#PAGE'    page break         anything else: a paragraph, wrapped
"""
import unicodedata

WIDTH = 70          # half-width units per text line
LINES = 40          # lines per page before an automatic break


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _alnum(c):
    return c.isascii() and (c.isalnum() or c in "-.")


def wrap(s, width):
    """Wrap at a display width without splitting a run of ASCII letters/digits (numbers, codes)."""
    out, cur, w = [], "", 0
    for c in s:
        cw = dw(c)
        if w + cw > width:
            k = len(cur)
            if _alnum(c):
                while k > 0 and _alnum(cur[k - 1]):
                    k -= 1
                if k == 0 or len(cur) - k > width // 2:
                    k = len(cur)
            out.append(cur[:k])
            cur = cur[k:]
            w = dw(cur)
        cur += c
        w += cw
    out.append(cur)
    return out


class Doc:
    def __init__(self, name, number, date, text, unnumbered=False):
        self.name, self.number, self.date = name, number, date
        self.text = text.strip("\n")
        self.unnumbered = unnumbered
        self.pages = []       # list of list of items
        self.first = self.last = None


def items_of(text):
    """Group markup lines into items: ('p', s) ('C', s) ('c', s) ('R', s) ('T', style, rows) ('BR',)"""
    items = []
    for line in text.split("\n"):
        if line.startswith("|") or line.startswith("¦"):
            style = "box" if line[0] == "|" else "tab"
            row = line[1:].split(line[0])
            if items and items[-1][0] == "T" and items[-1][1] == style:
                items[-1][2].append(row)
            else:
                items.append(("T", style, [row]))
        elif line.startswith("#PAGE"):
            items.append(("BR",))
        elif line.startswith("#C "):
            items.append(("C", line[3:]))
        elif line.startswith("#c "):
            items.append(("c", line[3:]))
        elif line.startswith("#R "):
            items.append(("R", line[3:]))
        else:
            items.append(("p", line))
    return items


def col_widths(rows, width=WIDTH + 8):
    n = max(len(r) for r in rows)
    need = [max(dw(r[i]) if i < len(r) else 0 for r in rows) for i in range(n)]
    avail = width - (n + 1)
    if sum(need) <= avail:
        return need
    base = [min(x, 10) for x in need]
    extra = avail - sum(base)
    grow = [x - b for x, b in zip(need, base)]
    tot = sum(grow) or 1
    return [b + int(extra * g / tot) for b, g in zip(base, grow)]


def table_height(rows):
    ws = col_widths(rows)
    h = 1
    for r in rows:
        h += max(len(wrap(r[i] if i < len(r) else "", ws[i])) for i in range(len(ws))) + 1
    return h


def item_height(it):
    if it[0] == "T":
        return table_height(it[2]) if it[1] == "box" else sum(
            len(wrap("\t".join(r), WIDTH)) for r in it[2])
    if it[0] == "BR":
        return 0
    return len(wrap(it[1], WIDTH)) if it[1] else 1


def paginate(doc):
    pages, cur, h = [], [], 0
    for it in items_of(doc.text):
        if it[0] == "BR":
            pages.append(cur)
            cur, h = [], 0
            continue
        ih = item_height(it)
        if h + ih > LINES and cur:
            pages.append(cur)
            cur, h = [], 0
        cur.append(it)
        h += ih
    pages.append(cur)
    doc.pages = pages


def assemble(docs):
    """Paginate and number the documents; unnumbered ones (cover, 目录, 备考表) get no page number."""
    n = 0
    for doc in docs:
        paginate(doc)
        if not doc.unnumbered:
            doc.first = n + 1
            n += len(doc.pages)
            doc.last = n
    return n


def toc_rows(docs):
    rows, i = [], 0
    for doc in docs:
        if doc.unnumbered:
            continue
        i += 1
        rng = f"{doc.first}" if doc.first == doc.last else f"{doc.first}-{doc.last}"
        rows.append([str(i), doc.name, doc.number or "", doc.date or "", rng])
    return rows


# ---------------------------------------------------------------- text output
def box_table(rows):
    ws = col_widths(rows)
    def hline(l, m, r):
        return l + m.join("─" * w for w in ws) + r
    out = [hline("┌", "┬", "┐")]
    for k, r in enumerate(rows):
        cells = [wrap(r[i] if i < len(r) else "", ws[i]) for i in range(len(ws))]
        hgt = max(len(c) for c in cells)
        for j in range(hgt):
            out.append("│" + "│".join(
                (c[j] if j < len(c) else "") + " " * (ws[i] - dw(c[j] if j < len(c) else ""))
                for i, c in enumerate(cells)) + "│")
        out.append(hline("├", "┼", "┤") if k < len(rows) - 1 else hline("└", "┴", "┘"))
    return out


def page_text(items):
    out = []
    for it in items:
        if it[0] == "T":
            if it[1] == "box":
                out += box_table(it[2])
            else:
                out += ["\t".join(r) for r in it[2]]
        elif it[0] == "C":
            pad = max(0, (WIDTH - dw(it[1])) // 2)
            out.append(" " * pad + it[1])
        elif it[0] == "c":
            pad = max(0, (WIDTH - dw(it[1])) // 2)
            out.append(" " * pad + it[1])
        elif it[0] == "R":
            out.append(" " * max(0, WIDTH - dw(it[1])) + it[1])
        else:
            out.append(it[1])
    return out


def text_pages(docs, footer, total):
    """[(doc, [page strings])] with footers on numbered pages."""
    res = []
    for doc in docs:
        pages = []
        for k, items in enumerate(doc.pages):
            lines = page_text(items)
            if not doc.unnumbered and footer:
                f = footer(doc.first + k, total)
                if f:
                    lines += ["", " " * max(0, (WIDTH - dw(f)) // 2) + f]
            pages.append("\n".join(lines).rstrip() + "\n")
        res.append((doc, pages))
    return res

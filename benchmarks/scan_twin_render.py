"""Render a plain-text case as a degraded scan: the page images of ``benchmarks/scan_twin.py``.

A case's text pages (form feeds; each file of a folder case starts a page) are laid out on A4 at
200 dpi in Noto Serif CJK of 12–13 pt: long lines wrapped at the page width (never inside a run of
Latin letters or digits), short head lines centred and larger (titles), tab-separated lines laid
out as columns, ~40 lines a page. A seal marker in the text (``（印章）``, ``[公章]``, ``××局（章）``,
``（收讫章）`` …) is not drawn: a red round seal is stamped over its spot instead (the page is then
in colour). Each page is skewed 0.3–1.2° either way, gets paper grain and a light blur, and is
saved as JPEG at quality 50 in an image-only PDF. Everything is drawn from one ``random.Random``
seeded by the case id, so a case renders to the same bytes every time.
"""

from __future__ import annotations

import hashlib
import io
import random
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Protocol

from PIL import Image, ImageChops, ImageDraw, ImageFont

from casecheck.generate.render_scan import A4_IN, _jpeg, _seal, grain_and_blur

FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
FONT_INDEX = 2  # the collection's Simplified Chinese face
DPI = 200
LINES_PER_PAGE = 40
JPEG_QUALITY = 50
PAPER, INK = 247, 25
# Bump when the drawing changes: rendered PDFs of an older version are drawn again.
RENDER_VERSION = "2"

# A bracketed name of a seal: （印章） （公章） [公章] （章） （收讫章） （公司盖章） …, but not a form's
# label (收款单位（章）：, 收件人（签名或盖章）：) nor an instruction to sign.
SEAL_MARKER = re.compile(r"[（(\[【]([^（）()\[\]【】\n]{0,16}?章)[）)\]】](?![ \u3000]*[：:])")
_SIGN_WORDS = ("签名", "签字")
_SMALL_SEALS = ("收讫", "转讫", "业务", "受理", "电子", "票据", "征税", "检验", "检测", "回单")
_ORG_END = re.compile(
    r"[\u4e00-\u9fff]{2,30}(?:局|委员会|委|公司|中心|院|所|行|社|队|站|厅|办公室|政府|部|厂|店|馆|会)$"
)
_DIGIT = re.compile(r"[0-9０-９]")
_NO_TITLE = re.compile(r"[：:，,。；;、（）()〔〕\[\]]")
_NO_LINE_START = "。，、；：！？）》」』”’〕】…%,.;:!?)"
_LATIN_RUN = re.compile(r"[A-Za-z0-9０-９.\-/%]+$")


@dataclass(frozen=True)
class Seal:
    """A seal to stamp: centre in page pixels (before skew), radius, the name on its arc."""

    x: int
    y: int
    r: int
    name: str


@dataclass
class Row:
    """One printed line: text runs ``(x, text, big)``, the seals stamped over it, table rules (a
    horizontal ``(x0, x1)`` through its middle, vertical ones at ``x`` over its height) and its
    height in line heights (1.4 for a title, 0.5 for a rule between table rows)."""

    runs: list[tuple[int, str, bool]] = field(default_factory=list)
    seal_marks: list[tuple[int, int, str]] = field(default_factory=list)  # (x centre, radius, name)
    hlines: list[tuple[int, int]] = field(default_factory=list)
    vlines: list[int] = field(default_factory=list)
    scale: float = 1.0

    @property
    def blank(self) -> bool:
        return not (self.runs or self.seal_marks or self.hlines or self.vlines)


@dataclass
class LaidPage:
    """A page's rows and where its seals fall (``seals`` filled by :func:`paginate`)."""

    rows: list[Row]
    seals: list[Seal] = field(default_factory=list)

    @property
    def text(self) -> str:
        """What the page prints, row by row (for tests and debugging)."""
        return "\n".join("".join(t for _x, t, _b in row.runs) for row in self.rows)


@dataclass(frozen=True)
class Geometry:
    """Page size and type metrics in pixels at ``DPI``."""

    size_pt: float

    @property
    def width(self) -> int:
        return int(A4_IN[0] * DPI)

    @property
    def height(self) -> int:
        return int(A4_IN[1] * DPI)

    @property
    def left(self) -> int:
        return int(DPI * 0.9)

    @property
    def top(self) -> int:
        return int(DPI * 0.75)

    @property
    def text_width(self) -> int:
        return self.width - 2 * self.left

    @property
    def size(self) -> int:
        return round(DPI * self.size_pt / 72)

    @property
    def lead(self) -> int:
        return round(self.size * 1.45)


@cache
def font(size: int) -> ImageFont.FreeTypeFont:
    """Noto Serif CJK SC at ``size`` pixels."""
    return ImageFont.truetype(FONT, size, index=FONT_INDEX)


def case_rng(case_id: str) -> random.Random:
    """The case's random source: seeded by its id, so a render is reproducible."""
    return random.Random(int.from_bytes(hashlib.sha256(case_id.encode("utf-8")).digest()[:8], "big"))


def find_seals(line: str) -> list[re.Match[str]]:
    """The seal markers of one line (form labels and signing instructions excluded)."""
    return [m for m in SEAL_MARKER.finditer(line) if not any(w in m.group(1) for w in _SIGN_WORDS)]


def _org_before(text: str) -> str | None:
    """The organisation named just before a marker (``…市场监督管理局（印章）``), if any."""
    tail = re.split(r"[\s\u3000：:，,。；;]", text.rstrip())[-1] if text.strip() else ""
    m = _ORG_END.search(tail)
    return m.group(0) if m else None


@dataclass(frozen=True)
class SealNames:
    """Names a seal may carry when the text does not say whose it is: the case's agency and party."""

    agency: str = ""
    party: str = ""


_PARTY_SEALS = ("公司", "单位", "受检", "当事人")


def _seal_name(lines: list[str], i: int, before: str, inner: str, names: SealNames) -> str:
    """The name around a seal's arc: the organisation before the marker; for a party's seal
    (（公司章）) the party; else an organisation on a line just above or below it (the 落款), else
    the case's agency."""
    own = _org_before(before)
    if own:
        return own
    if names.party and any(w in inner for w in _PARTY_SEALS):
        return names.party
    for j in (i - 1, i - 2, i + 1, i - 3, i + 2):
        if 0 <= j < len(lines):
            cand = _org_before(SEAL_MARKER.sub("", lines[j]))
            if cand and len(lines[j].strip()) <= 32:
                return cand
    return names.agency


def _is_title(text: str, position: int, indent_chars: int) -> bool:
    """A short head line without punctuation or digits in a page's first lines."""
    body = text.strip().replace("\u3000", "").replace(" ", "")
    return (
        position < 5
        and indent_chars < 30
        and 2 <= len(body) <= 22
        and re.search(r"[\u4e00-\u9fff]", body) is not None
        and not _DIGIT.search(body)
        and not _NO_TITLE.search(body)
        and "页" not in body[-3:]
    )


def _split_width(text: str, width: float, fnt: ImageFont.FreeTypeFont) -> tuple[str, str]:
    """The longest head of ``text`` that fits ``width``, not cut inside a Latin/digit run."""
    if fnt.getlength(text) <= width:
        return text, ""
    lo, hi = 1, len(text)
    while lo < hi:  # the longest prefix that fits
        mid = (lo + hi + 1) // 2
        if fnt.getlength(text[:mid]) <= width:
            lo = mid
        else:
            hi = mid - 1
    cut = max(lo, 1)
    head, rest = text[:cut], text[cut:]
    run = _LATIN_RUN.search(head)
    if run and rest[:1] and _LATIN_RUN.match(rest[:1]) and run.start() > 0 and len(run.group(0)) < 30:
        cut = run.start()
    while cut < len(text) and text[cut] in _NO_LINE_START:  # 避头: squeezed onto the row
        cut += 1
    return text[:cut], text[cut:]


def wrap(text: str, first: float, other: float, fnt: ImageFont.FreeTypeFont) -> list[str]:
    """Wrap ``text`` at ``first`` pixels for its first row and ``other`` for the rest."""
    out, width = [], first
    while True:
        head, text = _split_width(text, width, fnt)
        out.append(head)
        if not text:
            return out
        width = other


def _column_widths(
    rows: list[list[str]], avail: float, gap: float, fnt: ImageFont.FreeTypeFont
) -> list[float]:
    """Column widths of a tab table: natural widths when they fit, else narrow columns keep theirs
    and the wide ones share what is left."""
    n = max(len(r) for r in rows)
    natural = [max((fnt.getlength(r[c].strip()) for r in rows if c < len(r)), default=0.0) for c in range(n)]
    room = avail - gap * (n - 1)
    if sum(natural) <= room:
        return natural
    widths = [0.0] * n
    todo = list(range(n))
    while todo:
        share = (room - sum(widths)) / len(todo)
        narrow = [c for c in todo if natural[c] <= share]
        if not narrow:
            for c in todo:
                widths[c] = max(share, fnt.size * 2.0)
            break
        for c in narrow:
            widths[c] = natural[c]
            todo.remove(c)
    return widths


_BOX_RULE = set("─━┄┈═┌┍┎┏┐┑┒┓└┕┖┗┘┙┚┛├┝┞┟┠┡┢┣┤┥┦┧┨┩┪┫┬┭┮┯┰┱┲┳┴┵┶┷┸┹┺┻┼╋╔╗╚╝╠╣╦╩╬╟╢╤╧╪+-=│|┃ ")
_CELL_SEP = re.compile(r"[│┃|]")


def is_rule(line: str) -> bool:
    """A line drawn with box characters or ``+---+`` (a table's rule), not text."""
    body = line.strip()
    return len(body) >= 3 and set(body) <= _BOX_RULE and bool(set(body) & set("─━┄┈═-="))


def pipe_cells(line: str) -> list[str] | None:
    """The cells of a ``│a│b│`` or ``a | b | c`` table row (two separators at least), else None."""
    if len(_CELL_SEP.findall(line)) < 2 or is_rule(line):
        return None
    cells = _CELL_SEP.split(line.strip())
    if cells and not cells[0].strip():
        cells = cells[1:]
    if cells and not cells[-1].strip():
        cells = cells[:-1]
    return cells


def _locate(parts: list[str], start: int, pos: int) -> tuple[int, str]:
    """The row (index into ``parts``, which begin at offset ``start``) holding offset ``pos``, and
    the row's text before it; a marker that closes the text belongs to the last row."""
    at = start
    for k, part in enumerate(parts):
        if at <= pos < at + len(part):
            return k, part[: pos - at]
        at += len(part)
    return len(parts) - 1, parts[-1]


def _seal_mark(
    x: int, prefix: str, mark: tuple[int, str, str], name: str, fnt: ImageFont.FreeTypeFont
) -> tuple[int, int, str]:
    """Where a seal for ``mark`` goes on a row drawn from ``x``: over the marker's spot, or over
    the organisation name it follows."""
    _pos, before, inner = mark
    offset = fnt.getlength(prefix)
    centre = x + offset + fnt.getlength(f"（{inner}）") / 2
    if name and before.rstrip().endswith(name):  # stamped over the name it follows
        centre = x + offset - fnt.getlength(name) * 0.4
    small = any(w in inner for w in _SMALL_SEALS)
    return int(centre), int(DPI * (0.5 if small else 0.8)), name


def _table_rows(
    cells: list[list[str] | None], geo: Geometry, seal_name: SealNamer, framed: bool
) -> list[Row]:
    """Rows of a table: cells laid out in columns (wrapped within them); ``None`` rows are rules.
    A ``framed`` table (box characters or pipes) is drawn with its grid."""
    fnt = font(geo.size)
    gap = geo.size * 1.5
    clean = [[_marker_free(c.strip()) for c in row] for row in cells if row is not None]
    if not clean:
        return [Row(hlines=[(geo.left, geo.left + geo.text_width)], scale=0.5) for _ in cells]
    widths = _column_widths([[t for t, _m in row] for row in clean], geo.text_width, gap, fnt)
    xs = [int(geo.left + sum(widths[:c]) + gap * c) for c in range(len(widths))]
    x_end = int(xs[-1] + widths[-1] + gap / 2)
    bounds = [int(x - gap / 2) for x in xs] + [x_end]
    rows: list[Row] = []
    it = iter(clean)
    for source in cells:
        if source is None:
            rows.append(Row(hlines=[(bounds[0], x_end)], scale=0.5))
            continue
        row_cells = next(it)
        wrapped = [wrap(t, widths[c], widths[c], fnt) if t else [] for c, (t, _m) in enumerate(row_cells)]
        first = len(rows)
        for k in range(max((len(w) for w in wrapped), default=1) or 1):
            row = Row(vlines=bounds if framed else [])
            for c, parts in enumerate(wrapped):
                if k < len(parts):
                    row.runs.append((xs[c], parts[k], False))
            rows.append(row)
        for c, (_t, marks) in enumerate(row_cells):
            for mark in marks:
                k, prefix = _locate(wrapped[c] or [""], 0, mark[0])
                rows[first + k].seal_marks.append(
                    _seal_mark(xs[c], prefix, mark, seal_name(mark[1], mark[2]), fnt)
                )
    return rows


def _marker_free(line: str) -> tuple[str, list[tuple[int, str, str]]]:
    """The line without its seal markers, and per marker (position in the new line, the text before
    it, the marker's inner name)."""
    out, marks, last = [], [], 0
    for m in find_seals(line):
        out.append(line[last : m.start()])
        marks.append((len("".join(out)), "".join(out), m.group(1)))
        last = m.end()
    out.append(line[last:])
    return "".join(out), marks


class SealNamer(Protocol):
    def __call__(self, before: str, inner: str) -> str: ...


def _table_block(lines: list[str], i: int) -> tuple[list[list[str] | None], bool, int]:
    """The table starting at line ``i`` (tab rows, or pipe/box rows and rules): its rows (``None``
    for a rule), whether it is framed, and the index after it."""
    if "\t" in lines[i]:
        block: list[list[str] | None] = []
        while i < len(lines) and "\t" in lines[i]:
            block.append(lines[i].rstrip().split("\t"))
            i += 1
        return block, False, i
    block = []
    while i < len(lines) and (is_rule(lines[i]) or pipe_cells(lines[i]) is not None):
        block.append(None if is_rule(lines[i]) else pipe_cells(lines[i]))
        i += 1
    return block, True, i


def layout_source_page(text: str, geo: Geometry, names: SealNames) -> list[Row]:
    """The printed rows of one source page (no page breaks yet)."""
    fnt, big = font(geo.size), font(round(geo.size * 1.3))
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rows: list[Row] = []
    i, seen = 0, 0
    while i < len(lines):
        line = lines[i].rstrip()

        def namer(before: str, inner: str, i: int = i) -> str:
            return _seal_name(lines, i, before, inner, names)

        if "\t" in line or is_rule(line) or pipe_cells(line) is not None:
            block, framed, end = _table_block(lines, i)
            rows.extend(_table_rows(block, geo, namer, framed))
            seen += end - i
            i = end
            continue
        body, marks = _marker_free(line)
        stripped = body.lstrip(" \u3000")
        lead_ws = body[: len(body) - len(stripped)]
        indent = fnt.getlength(lead_ws)
        if stripped and _is_title(stripped, seen, len(lead_ws)):
            width = big.getlength(stripped.strip())
            rows.append(Row([(int((geo.width - width) / 2), stripped.strip(), True)], scale=1.4))
        elif stripped or marks:
            width = fnt.getlength(stripped)
            if indent + width > geo.text_width:
                indent = max(0.0, geo.text_width - width)  # a long 落款 line: flush right
            parts = wrap(stripped, geo.text_width - indent, geo.text_width, fnt) if stripped else [""]
            first = len(rows)
            for k, part in enumerate(parts):
                x = int(geo.left + (indent if k == 0 else 0))
                rows.append(Row([(x, part, False)] if part else []))
            for mark in marks:
                k, prefix = _locate(parts, len(lead_ws), mark[0])
                x = int(geo.left + (indent if k == 0 else 0))
                rows[first + k].seal_marks.append(_seal_mark(x, prefix, mark, namer(mark[1], mark[2]), fnt))
        else:
            rows.append(Row())
        if stripped:
            seen += 1
        i += 1
    return rows


def paginate(source_pages: list[list[Row]], geo: Geometry) -> list[LaidPage]:
    """Cut rows into pages of at most ``LINES_PER_PAGE`` line heights; each source page starts a
    new page. Seal positions are fixed here (they depend on the row's place on the page)."""
    budget = LINES_PER_PAGE * geo.lead
    pages: list[LaidPage] = []
    for rows in source_pages:
        while rows and rows[-1].blank:
            rows = rows[:-1]
        current: list[Row] = []
        used = 0
        for row in rows:
            h = int(geo.lead * row.scale)
            if current and used + h > budget:
                pages.append(LaidPage(current))
                current, used = [], 0
            if not current and row.blank:
                continue  # no blank line at the head of a continued page
            current.append(row)
            used += h
        if current or not pages:
            pages.append(LaidPage(current))
    for page in pages:
        y = geo.top
        for row in page.rows:
            h = int(geo.lead * row.scale)
            for x, r, name in row.seal_marks:
                page.seals.append(Seal(x, y + geo.size // 2, r, name))
            y += h
    return pages


def layout_case(source_pages: list[str], size_pt: float, names: SealNames | None = None) -> list[LaidPage]:
    """Lay out a case's text pages (in order) at ``size_pt``."""
    geo = Geometry(size_pt)
    return paginate([layout_source_page(p, geo, names or SealNames()) for p in source_pages], geo)


def draw_page(page: LaidPage, geo: Geometry, rng: random.Random) -> Image.Image:
    """The scanned image of one page: greyscale, or RGB when a seal is stamped on it."""
    colour = bool(page.seals)
    paper = (PAPER, PAPER - 1, PAPER - 5) if colour else PAPER
    ink = (INK, INK, INK) if colour else INK
    img = Image.new("RGB" if colour else "L", (geo.width, geo.height), paper)
    draw = ImageDraw.Draw(img)
    fnt, big = font(geo.size), font(round(geo.size * 1.3))
    y = geo.top
    for row in page.rows:
        for x, text, is_big in row.runs:
            draw.text(
                (x, y - (geo.size * 0.15 if is_big else 0)), text, font=big if is_big else fnt, fill=ink
            )
        h = int(geo.lead * row.scale)
        top = y - (geo.lead - geo.size) // 2  # rules sit between the rows of text
        for x0, x1 in row.hlines:
            draw.line((x0, top + h // 2, x1, top + h // 2), fill=ink, width=2)
        for x in row.vlines:
            draw.line((x, top, x, top + h), fill=ink, width=2)
        y += h
    if colour:  # stamped ink multiplies with the print below: black text stays black
        layer = Image.new("RGB", img.size, "white")
        layer_draw = ImageDraw.Draw(layer)
        for seal in page.seals:
            jitter_x, jitter_y = rng.randint(-12, 12), rng.randint(-12, 12)
            _seal(layer_draw, seal.x + jitter_x, seal.y + jitter_y, seal.r, seal.name or " ")
        img = ImageChops.multiply(img, layer)
    angle = rng.choice((-1, 1)) * rng.uniform(0.3, 1.2)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=paper)
    return grain_and_blur(img, colour, rng, 4.0)


def render_case(
    case_id: str, source_pages: list[str], path: Path, names: SealNames | None = None
) -> list[int]:
    """Write ``path``: the image-only PDF scan of a case's text pages; returns the number of seals
    stamped on each page (one entry a page)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = case_rng(case_id)
    geo = Geometry(rng.uniform(12.0, 13.0))
    pages = paginate([layout_source_page(p, geo, names or SealNames()) for p in source_pages], geo)
    pw, ph = A4_IN[0] * 72, A4_IN[1] * 72
    tmp = path.with_name(path.name + ".part")
    c = canvas.Canvas(str(tmp), pagesize=(pw, ph), invariant=1)
    c.setCreator("scanner")
    for page in pages:
        data = _jpeg(draw_page(page, geo, rng), JPEG_QUALITY)
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, width=pw, height=ph)
        c.showPage()
    c.save()
    tmp.replace(path)
    return [len(page.seals) for page in pages]

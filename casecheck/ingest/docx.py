"""DOCX files with python-docx: paragraphs and tables in document order, split at page breaks.

The body's XML is walked in order, so tables stay where they stand between paragraphs. A table
row becomes one line, its cells joined by a tab (a cell's paragraphs by a space). Pages split at
``w:br w:type="page"``, ``w:lastRenderedPageBreak``, ``pageBreakBefore`` and section breaks that
start a new page; a break on a still-empty page is ignored, because Word writes a rendered
break right after a hard one. Deleted text, field codes and ``mc:Fallback`` copies of text boxes
are skipped. Headers and footers are not read.

A picture on a page (``a:blip``, or VML's ``v:imagedata``) that is a red round seal (an e-seal or
a stamp cut out and pasted under the 落款: a ring on white, ``seal_image.seal_picture``) marks its
page as sealed; a page whose pictures show none says nothing either way (the seal may be text,
``（印章）``, or out of the file). A smaller picture, of a signature's size (a pasted name stamp,
a name signed on a tablet), marks its page as one whose blank signature line may be signed in
a picture (``RawPage.picture``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from casecheck.ingest.archive import open_zip
from casecheck.ingest.pages import RawPage
from casecheck.model import CaseError

_SKIP = frozenset(
    {
        "pPr",
        "rPr",
        "del",
        "delText",
        "instrText",
        "Fallback",
        "sectPr",
        "tblPr",
        "trPr",
        "tcPr",
        "tblGrid",
        "moveFrom",
        "footnoteReference",
        "endnoteReference",
        "commentReference",
    }
)
_NO_BREAK_SECTIONS = frozenset({"continuous", "nextColumn"})


def _local(el: Any) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _attr(el: Any, name: str) -> str | None:
    for key, value in el.attrib.items():
        if key.rsplit("}", 1)[-1] == name:
            return value
    return None


def _child(el: Any, name: str) -> Any | None:
    return next((c for c in el if _local(c) == name), None)


class _Writer:
    """Collects text into pages."""

    def __init__(self, section_types: list[str]) -> None:
        self.pages: list[list[str]] = [[]]
        self.section_types = section_types
        self.sections_seen = 0
        self.pictures: dict[int, list[str]] = {}  # page index -> relationship ids of its pictures
        self.signed: set[int] = set()  # pages with a picture of a signature's size by a signing line
        self.sized = False  # a picture of a signature's size since the paragraph or row began
        self.last_paragraph = ""  # the text of the paragraph before, outside tables
        self.last_row = ""  # the text of the table row before

    def picture(self, rid: str | None, signature_sized: bool = False) -> None:
        if rid:
            self.pictures.setdefault(len(self.pages) - 1, []).append(rid)
        self.sized = self.sized or signature_sized

    def take_pictures(self, sub: _Writer) -> None:
        """The pictures of ``sub`` (a table cell's writer) as on this writer's current page."""
        for rids in sub.pictures.values():
            for rid in rids:
                self.picture(rid)
        self.sized = self.sized or sub.sized or bool(sub.signed)

    def sign_here(self, text: str) -> None:
        """A picture of a signature's size in the paragraph or row just written signs the page
        when that paragraph or row (``text``, with the line before it) is one where people sign
        (签名, 意见, 审批, 承办人 …): a logo or a QR code in a header cell signs nothing."""
        if self.sized and _SIGNING.search(text):
            self.signed.add(len(self.pages) - 1)
        self.sized = False

    def add(self, text: str) -> None:
        self.pages[-1].append(text)

    def page_break(self) -> None:
        if "".join(self.pages[-1]).strip():
            self.pages.append([])

    def section_break(self) -> None:
        # A section's own w:type says how it starts; the break after section k is section k+1's.
        self.sections_seen += 1
        following = self.section_types[self.sections_seen : self.sections_seen + 1] or ["nextPage"]
        if following[0] not in _NO_BREAK_SECTIONS:
            self.page_break()


def _walk(el: Any, out: _Writer, in_table: bool) -> None:
    for child in el:
        _node(child, out, in_table)


def _node(el: Any, out: _Writer, in_table: bool) -> None:
    tag = _local(el)
    if tag == "p":
        _paragraph(el, out, in_table)
    elif tag == "tbl":
        _table(el, out)
    elif tag == "r":
        _run(el, out, in_table)
    elif tag == "blip" or tag == "imagedata":  # a picture: DrawingML's r:embed, VML's r:id
        out.picture(_attr(el, "embed") or _attr(el, "id"), _signature_sized(el))
    elif tag == "AlternateContent":
        choice = _child(el, "Choice")  # the Fallback repeats the same text
        if choice is not None:
            _walk(choice, out, in_table)
    elif tag and tag not in _SKIP:
        _walk(el, out, in_table)  # hyperlinks, insertions, content controls, text boxes …


def _paragraph(p: Any, out: _Writer, in_table: bool) -> None:
    ppr = _child(p, "pPr")
    before = _child(ppr, "pageBreakBefore") if ppr is not None else None
    if before is not None and not in_table and _attr(before, "val") not in ("0", "false", "off"):
        out.page_break()
    start = len(out.pages[-1])
    _walk(p, out, in_table)
    out.add("\n")
    if not in_table:  # (a cell's paragraphs are judged with their row)
        text = "".join(out.pages[-1][start:])
        out.sign_here(out.last_paragraph + text)  # with the line before: 负责人签名：⏎[picture]
        out.last_paragraph = text
    if ppr is not None and _child(ppr, "sectPr") is not None and not in_table:
        out.section_break()


def _run(r: Any, out: _Writer, in_table: bool) -> None:
    for child in r:
        tag = _local(child)
        if tag == "t":
            out.add(child.text or "")
        elif tag in ("tab", "ptab"):
            out.add("\t")
        elif tag in ("cr", "br") and _attr(child, "type") not in ("page", "column"):
            out.add("\n")
        elif (tag == "br" and _attr(child, "type") == "page") or tag == "lastRenderedPageBreak":
            if not in_table:
                out.page_break()
        elif tag == "noBreakHyphen":
            out.add("-")
        elif tag not in ("tab", "ptab", "cr", "br"):
            _node(child, out, in_table)  # drawings and pictures may hold text boxes


def _cells(row: Any) -> list[Any]:
    """The row's ``w:tc`` elements, also those wrapped in content controls."""
    found = []
    for child in row:
        tag = _local(child)
        if tag == "tc":
            found.append(child)
        elif tag in ("sdt", "sdtContent", "customXml"):
            found.extend(_cells(child))
    return found


def _table(tbl: Any, out: _Writer) -> None:
    """Each row a line, its cells apart by tabs and a cell's paragraphs joined by spaces (a label
    and its value on one line). A row of one cell (a frame round a whole document, a full-width
    row) keeps its lines: its paragraphs are the document's lines; so does a table nested in a
    row, its first row led by the label cells before it."""
    for row in (c for c in tbl if _local(c) == "tr"):
        tcs = _cells(row)
        cells = []
        for cell in tcs:
            sub = _Writer([])
            _walk(cell, sub, in_table=True)
            out.take_pictures(sub)  # a seal or a name stamp pasted in a form's cell is on this page
            lines = [line.strip() for line in "".join(sub.pages[0]).split("\n")]
            cells.append([line for line in lines if line])
        row_text = " ".join(line for lines in cells for line in lines)
        out.sign_here(out.last_row + " " + row_text)  # the row's cells, and the row above (意见⏎[picture])
        out.last_row = row_text
        nested = next((k for k, cell in enumerate(tcs) if _holds_table(cell)), None)
        if len(cells) == 1:
            out.add("".join(line + "\n" for line in cells[0]))
        elif nested is not None and cells[nested]:
            # 当事人 | (名称 | 某公司 / 法定代表人 | 张某): the label cells before the nested table
            # lead its first row; its other rows and the cells after it follow as lines
            lead = [" ".join(lines) for lines in cells[:nested] if lines]
            block = cells[nested]
            rest = [" ".join(lines) for lines in cells[nested + 1 :] if lines]
            out.add("\t".join([*lead, block[0]]) + "\n" + "".join(x + "\n" for x in [*block[1:], *rest]))
        else:
            out.add("\t".join(" ".join(lines) for lines in cells) + "\n")


def _holds_table(cell: Any) -> bool:
    return any(_local(child) == "tbl" for child in cell)


def read_docx(path: Path) -> list[RawPage]:
    """Pages of a DOCX file (one page when it has no page breaks)."""
    import docx  # python-docx: imported here to keep plain-text runs light

    open_zip(path).close()  # zip-bomb check before python-docx inflates anything
    try:
        document = docx.Document(str(path))
        body = document.element.body
    except Exception as exc:  # python-docx/lxml raise many types for broken packages
        raise CaseError(
            "unreadable", f"{path.name}: not a readable DOCX ({type(exc).__name__}: {exc})"
        ) from exc
    section_types = [
        (_attr(t, "val") or "nextPage") if (t := _child(s, "type")) is not None else "nextPage"
        for s in body.iter()
        if _local(s) == "sectPr"
    ]
    out = _Writer(section_types)
    _walk(body, out, in_table=False)
    pages = ["".join(parts) for parts in out.pages]
    if len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    seals = {i: box for i, rids in out.pictures.items() if (box := _seal_picture(document.part, rids))}
    return [
        RawPage(text, "docx", imaged=i in seals, seal_box=seals.get(i), picture=i in out.signed)
        for i, text in enumerate(pages)
    ]


# where people sign: a picture of a signature's size by one of these is a signature, not a logo
# (not 审批 alone: a title's 立案审批表 beside a logo signs nothing)
_SIGNING = re.compile(
    r"签名|签字|签章|盖章|意见|审批人|批准人|负责人|承办人|执法人员|询问人|检查人|当事人|受送达人|送达人"
    r"|记录人|见证人|审核人|主持人|日期"
)
_EMU_PER_CM = 360000
# a pasted name stamp (签名章, ~1–2.5 cm square) or a signature signed on a tablet (a few cm wide,
# under 2.5 cm high); a seal (4 cm), a photo or a page-wide scan is larger
_SIGNATURE_MAX_CM = (6.0, 2.5)


def _signature_sized(el: Any) -> bool:
    """The DrawingML picture ``el`` (an ``a:blip``) is drawn at a signature's size: its
    ``wp:inline``/``wp:anchor`` extent (VML pictures are not measured)."""
    for up in el.iterancestors():
        if _local(up) in ("inline", "anchor"):
            extent = _child(up, "extent")
            if extent is None:
                return False
            try:
                cx, cy = int(_attr(extent, "cx") or 0), int(_attr(extent, "cy") or 0)
            except ValueError:
                return False
            w, h = cx / _EMU_PER_CM, cy / _EMU_PER_CM
            return 0 < w <= _SIGNATURE_MAX_CM[0] and 0 < h <= _SIGNATURE_MAX_CM[1]
    return False


def _seal_picture(part: Any, rids: list[str]) -> tuple[int, int, int, int] | None:
    """The box of a red seal on the first of the pictures ``rids`` that shows one, in its own
    pixels; ``None`` when none does or none can be read."""
    from casecheck.ingest.seal_image import seal_in_picture

    for rid in dict.fromkeys(rids):
        try:
            blob = part.related_parts[rid].blob
        except Exception:  # a broken relationship holds no picture
            continue
        box = seal_in_picture(blob)
        if box is not None:
            return box
    return None

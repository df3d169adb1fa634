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
``（印章）``, or out of the file).
"""

from __future__ import annotations

import io
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

    def picture(self, rid: str | None) -> None:
        if rid:
            self.pictures.setdefault(len(self.pages) - 1, []).append(rid)

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
        out.picture(_attr(el, "embed") or _attr(el, "id"))
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
    _walk(p, out, in_table)
    out.add("\n")
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
            lines = [line.strip() for line in "".join(sub.pages[0]).split("\n")]
            cells.append([line for line in lines if line])
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
        RawPage(text, "docx", imaged=True, seal_box=seals[i]) if i in seals else RawPage(text, "docx")
        for i, text in enumerate(pages)
    ]


_PICTURE_MAX_BYTES = 8 << 20  # a seal's picture is small; a page-sized photo is not looked at
_PICTURE_SIDE = 800  # pixels: a larger picture is shrunk before it is looked at


def _seal_picture(part: Any, rids: list[str]) -> tuple[int, int, int, int] | None:
    """The box of a red seal on the first of the pictures ``rids`` that shows one, in its own
    pixels; ``None`` when none does or none can be read."""
    from PIL import Image

    from casecheck.ingest.images import upright
    from casecheck.ingest.seal_image import seal_picture

    for rid in dict.fromkeys(rids):
        try:
            blob = part.related_parts[rid].blob
            if len(blob) > _PICTURE_MAX_BYTES:
                continue
            with Image.open(io.BytesIO(blob)) as im:
                if im.width * im.height > _PICTURE_SIDE * _PICTURE_SIDE * 16:
                    continue  # no seal; and a decompression bomb is not inflated
                im.thumbnail((_PICTURE_SIDE, _PICTURE_SIDE))
                page = upright(im)  # a transparent e-seal flattened on white paper, as image files are
            box = seal_picture(page)
        except Exception:  # an unreadable picture (EMF, corrupt) shows no seal
            continue
        if box is not None:
            return box
    return None

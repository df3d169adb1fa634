"""OFD files (GB/T 33190-2016): a small reader, and a writer for tests and sample cases.

Reading follows the package's own pointers: ``OFD.xml`` → ``DocBody/DocRoot`` (``Document.xml``)
→ ``Pages/Page@BaseLoc`` → each page's ``Content.xml``. Every ``TextObject/TextCode`` is placed
at its absolute position (``Boundary`` origin + ``TextCode`` X/Y), codes on the same baseline
are joined into a line, lines are read top to bottom, left to right. Elements are matched by
local name: files in the wild differ in namespace prefixes or have none. A seal drawn as a red
ring, or pasted as a picture of one (an ``ImageObject`` whose ``MultiMedia`` shows a red seal),
marks its page as sealed. Templates, annotations and signatures are not read.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape

from casecheck.ingest.archive import open_zip, read_member
from casecheck.ingest.pages import RawPage
from casecheck.model import CaseError

NS = "http://www.ofdspec.org/2016"


@dataclass(frozen=True)
class _Code:
    y: float
    x: float
    text: str
    size: float
    width: float


def _local(el: ET.Element) -> str:
    return el.tag.rsplit("}", 1)[-1]


def _find_all(el: ET.Element, name: str) -> list[ET.Element]:
    return [e for e in el.iter() if _local(e) == name]


def _floats(value: str | None) -> list[float]:
    """Numbers of an OFD array attribute, expanding the ``g n v`` (n times v) shorthand."""
    out: list[float] = []
    tokens = (value or "").split()
    i = 0
    while i < len(tokens):
        if tokens[i] == "g" and i + 2 < len(tokens):
            out.extend([float(tokens[i + 2])] * int(float(tokens[i + 1])))
            i += 3
        else:
            out.append(float(tokens[i]))
            i += 1
    return out


class _Package:
    """Members of the zip by lower-cased path, resolving OFD's relative and absolute locations."""

    def __init__(self, zf: zipfile.ZipFile, name: str) -> None:
        self.zf, self.name = zf, name
        self.members = {n.lower().lstrip("/"): n for n in zf.namelist()}

    def xml(self, loc: str, base: str = "") -> tuple[ET.Element, str]:
        """Parse the member at ``loc`` (relative to folder ``base``); return it and its folder."""
        path = _resolve(loc, base)
        member = self.members.get(path.lower())
        if member is None:
            raise CaseError("unreadable", f"{self.name}: the OFD package has no {path!r}")
        try:
            root = ET.fromstring(read_member(self.zf, member, self.name))
        except ET.ParseError as exc:
            raise CaseError("unreadable", f"{self.name}: {path} is not well-formed XML ({exc})") from exc
        return root, posixpath.dirname(path)


def _resolve(loc: str, base: str = "") -> str:
    """The package path of location ``loc``: absolute (``/Doc_0/Res/a.png``) or relative to the
    folder ``base``."""
    loc = loc.strip().replace("\\", "/")
    return posixpath.normpath(loc.lstrip("/") if loc.startswith("/") else posixpath.join(base, loc))


def _page_codes(page: ET.Element) -> list[_Code]:
    codes = []
    for obj in _find_all(page, "TextObject"):
        box = [*_floats(obj.get("Boundary")), 0.0, 0.0]
        size = float(obj.get("Size") or 3.5)
        for code in _find_all(obj, "TextCode"):
            text = code.text or ""
            if not text.strip():
                continue
            deltas = _floats(code.get("DeltaX"))[: len(text) - 1]
            width = sum(deltas) + size if deltas else len(text) * size
            x = box[0] + float(code.get("X") or 0)
            y = box[1] + float(code.get("Y") or 0)
            codes.append(_Code(y, x, text, size, width))
    return codes


def _lines(codes: list[_Code]) -> str:
    """Text codes in reading order: group by baseline (within half a glyph), then by X."""
    lines: list[list[_Code]] = []
    for code in sorted(codes, key=lambda c: (c.y, c.x)):
        if lines and abs(code.y - lines[-1][0].y) <= 0.5 * max(code.size, lines[-1][0].size):
            lines[-1].append(code)
        else:
            lines.append([code])
    out = []
    for line in lines:
        parts, end = [], None
        for code in sorted(line, key=lambda c: c.x):
            if end is not None and code.x - end > code.size:
                parts.append(" ")  # a visible gap: separate form fields, table cells
            parts.append(code.text)
            end = code.x + code.width
        out.append("".join(parts))
    return "\n".join(out)


def _red_ring(page: ET.Element) -> tuple[int, int, int, int] | None:
    """The box (in tenths of a millimetre) of a seal drawn on the page: a red path whose boundary
    is about square and 20–60 mm wide (a round or oval 公章 drawn as a vector ring)."""
    for obj in _find_all(page, "PathObject"):
        box = _floats(obj.get("Boundary"))
        if len(box) < 4 or not 20 <= box[2] <= 60 or not 0.7 <= box[2] / max(box[3], 0.1) <= 1.45:
            continue
        colours = [c for tag in ("StrokeColor", "FillColor") for c in _find_all(obj, tag)]
        if any(_red(c.get("Value")) for c in colours):
            return _tenths(box)
    return None


def _media(pkg: _Package, document: ET.Element, doc_dir: str) -> dict[str, str]:
    """The document's pictures: ``MultiMedia`` ID → member path (``DocumentRes``/``PublicRes``)."""
    out: dict[str, str] = {}
    for tag in ("DocumentRes", "PublicRes"):
        for loc in _find_all(document, tag):
            try:
                res, res_dir = pkg.xml(loc.text or "", doc_dir)
            except CaseError:
                continue  # a resource file the package lacks: its pictures are not looked at
            base = _resolve(res.get("BaseLoc") or "", res_dir)  # absolute (/Doc_0/Res) or relative
            for mm in _find_all(res, "MultiMedia"):
                files = _find_all(mm, "MediaFile")
                if mm.get("ID") and files:
                    out[mm.get("ID") or ""] = _resolve(files[0].text or "", base)
    return out


def _seal_image(pkg: _Package, page: ET.Element, media: dict[str, str]) -> tuple[int, int, int, int] | None:
    """The box (in tenths of a millimetre) of a seal pasted as a picture (an e-seal's image): an
    ``ImageObject`` of a seal's size and shape whose picture shows a red seal."""
    from casecheck.ingest.seal_image import seal_in_picture

    for obj in _find_all(page, "ImageObject"):
        box = _floats(obj.get("Boundary"))
        if len(box) < 4 or not 15 <= box[2] <= 60 or not 0.7 <= box[2] / max(box[3], 0.1) <= 1.45:
            continue
        member = pkg.members.get(media.get(obj.get("ResourceID") or "", "").lower())
        if member is None:
            continue
        try:
            blob = read_member(pkg.zf, member, pkg.name)
        except CaseError:
            continue  # a damaged picture shows no seal; the page's text still stands
        if seal_in_picture(blob) is not None:
            return _tenths(box)
    return None


def _tenths(box: list[float]) -> tuple[int, int, int, int]:
    """An OFD ``Boundary`` (x, y, w, h in mm) as a box in tenths of a millimetre."""
    x, y, w, h = box[:4]
    return round(x * 10), round(y * 10), round((x + w) * 10), round((y + h) * 10)


def _red(value: str | None) -> bool:
    """An OFD colour ``R G B`` (0–255) that is a seal's red."""
    rgb = _floats(value)
    return len(rgb) >= 3 and rgb[0] >= 150 and rgb[1] <= 110 and rgb[2] <= 110


def read_ofd(path: Path, *, max_pages: int) -> list[RawPage]:
    """Pages of an OFD file, each the text of its ``Content.xml``."""
    try:
        with open_zip(path) as zf:
            pkg = _Package(zf, path.name)
            root, _ = pkg.xml("OFD.xml")
            pages: list[RawPage] = []
            for doc_root in _find_all(root, "DocRoot"):
                document, doc_dir = pkg.xml(doc_root.text or "")
                page_refs = [
                    p for pages_el in _find_all(document, "Pages") for p in _find_all(pages_el, "Page")
                ]
                if len(pages) + len(page_refs) > max_pages:
                    raise CaseError("too_large", f"{path.name}: {len(page_refs)} pages (limit {max_pages})")
                media = _media(pkg, document, doc_dir)
                for ref in page_refs:
                    content, _ = pkg.xml(ref.get("BaseLoc") or "", doc_dir)
                    seal = _red_ring(content) or _seal_image(pkg, content, media)
                    pages.append(
                        RawPage(_lines(_page_codes(content)), "ofd", imaged=seal is not None, seal_box=seal)
                    )
    except (ValueError, IndexError) as exc:
        raise CaseError("unreadable", f"{path.name}: malformed OFD ({exc})") from exc
    if not pages:
        raise CaseError("unreadable", f"{path.name}: the OFD package holds no pages")
    return pages


def write_ofd(pages: list[list[str]], path: Path, *, size: float = 4.2333) -> None:
    """Write a minimal valid OFD: one A4 page per item of ``pages``, one text line per string.

    Used by tests and the sample generator. Glyph size is in mm (4.2333 mm = 12 pt).
    """
    ns = f'xmlns:ofd="{NS}"'
    ids = iter(range(10, 10**9))
    page_refs = "".join(
        f'<ofd:Page ID="{next(ids)}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages))
    )
    files = {
        "OFD.xml": f'<ofd:OFD {ns} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo>'
        "<ofd:DocID>casecheck</ofd:DocID><ofd:Creator>casecheck</ofd:Creator></ofd:DocInfo>"
        "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        "Doc_0/PublicRes.xml": f'<ofd:Res {ns} BaseLoc="Res"><ofd:Fonts>'
        '<ofd:Font ID="1" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>',
    }
    for i, lines in enumerate(pages):
        objects = []
        for j, line in enumerate(lines):
            boundary = f"20 {25 + j * size * 1.8:.4f} 170 {size * 1.5:.4f}"
            delta = f' DeltaX="g {len(line) - 1} {size}"' if len(line) > 1 else ""
            objects.append(
                f'<ofd:TextObject ID="{next(ids)}" Boundary="{boundary}" Font="1" Size="{size}">'
                f'<ofd:TextCode X="0" Y="{size}"{delta}>{escape(line)}</ofd:TextCode></ofd:TextObject>'
            )
        files[f"Doc_0/Pages/Page_{i}/Content.xml"] = (
            f'<ofd:Page {ns}><ofd:Content><ofd:Layer ID="{next(ids)}">{"".join(objects)}'
            "</ofd:Layer></ofd:Content></ofd:Page>"
        )
    files["Doc_0/Document.xml"] = (
        f"<ofd:Document {ns}><ofd:CommonData><ofd:MaxUnitID>{next(ids) - 1}</ofd:MaxUnitID>"
        "<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>"
        "<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>"
        f"<ofd:Pages>{page_refs}</ofd:Pages></ofd:Document>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in files.items():
            zf.writestr(name, '<?xml version="1.0" encoding="UTF-8"?>\n' + body)

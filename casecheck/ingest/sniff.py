"""Decide a file's format from its first bytes, never from its extension."""

from __future__ import annotations

from pathlib import Path

from casecheck.ingest.archive import open_zip
from casecheck.ingest.text import guess_utf16
from casecheck.model import CaseError

HEAD_BYTES = 8192

_IMAGE_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"II+\x00", "TIFF"),
    (b"MM\x00+", "TIFF"),
    (b"BM", "BMP"),
)
_REFUSED_MAGIC = (
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "a legacy Office/WPS file (.doc/.xls/.wps): save it as DOCX or PDF",
    ),
    (b"{\\rtf", "an RTF file: save it as DOCX or PDF"),
    (b"Rar!", "a RAR archive: unpack it first"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive: unpack it first"),
    (b"\x1f\x8b", "a gzip archive: unpack it first"),
    (b"%!PS", "a PostScript file: convert it to PDF"),
)

# What the extension promises, to warn when content and name disagree.
EXTENSION_KINDS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".ofd": "ofd",
    ".txt": "text",
    ".text": "text",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".tif": "image",
    ".tiff": "image",
    ".bmp": "image",
}


def sniff_bytes(head: bytes) -> str | None:
    """Format of a file starting with ``head``: pdf, zip, image, text or ``None`` (binary).

    Raises ``CaseError('unsupported_format')`` for known formats casecheck does not read.
    """
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if any(head.startswith(magic) for magic, _ in _IMAGE_MAGIC):
        return "image"
    for magic, what in _REFUSED_MAGIC:
        if head.startswith(magic):
            raise CaseError("unsupported_format", f"this is {what}")
    if _looks_binary(head):
        return None
    return "text"


def _looks_binary(head: bytes) -> bool:
    """Control bytes that no text encoding we read would produce (NUL aside: UTF-16)."""
    if guess_utf16(head[: len(head) // 2 * 2]):
        return False
    controls = sum(1 for b in head if b < 0x20 and b not in b"\t\n\r\f\x00\x1a")
    if controls > len(head) // 100:
        return True
    if b"\x00" in head:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        return min(even, odd) * 4 > max(even, odd)  # NULs in both lanes: not UTF-16
    return False


def sniff(path: Path) -> str:
    """Format of ``path``: ``pdf``, ``docx``, ``ofd``, ``image`` or ``text``.

    Zip files are opened (after the zip-bomb check) to tell DOCX from OFD.
    """
    try:
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
    except OSError as exc:
        raise CaseError("unreadable", f"{path.name}: {exc.strerror or exc}") from exc
    try:
        kind = sniff_bytes(head)
    except CaseError as exc:
        raise CaseError(exc.kind, f"{path.name}: {exc.message}") from None
    if kind is None:
        raise CaseError("unsupported_format", f"{path.name}: binary file of an unknown format")
    if kind != "zip":
        return kind
    with open_zip(path) as zf:
        names = {n.lower().lstrip("/") for n in zf.namelist()}
    return _zip_kind(names, path.name)


def _zip_kind(names: set[str], name: str) -> str:
    if "word/document.xml" in names:
        return "docx"
    if "ofd.xml" in names:
        return "ofd"
    if any(n.startswith("xl/") for n in names) or any(n.startswith("ppt/") for n in names):
        raise CaseError("unsupported_format", f"{name}: a spreadsheet or presentation, not a case document")
    raise CaseError("unsupported_format", f"{name}: a zip archive that is neither DOCX nor OFD")

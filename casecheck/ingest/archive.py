"""Zip containers (DOCX, OFD): open them only after a zip-bomb check.

The declared sizes in the central directory are what ``zipfile`` honours when it inflates
(it stops at ``file_size``), so checking them before reading anything is enough.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from casecheck.model import CaseError

MAX_ENTRIES = 5000
MAX_TOTAL_BYTES = 200 * 2**20
MAX_RATIO = 200  # per entry, for entries above RATIO_FLOOR bytes
RATIO_FLOOR = 2**20


def check_zip(zf: zipfile.ZipFile, name: str) -> None:
    """Raise ``CaseError('zip_bomb')`` when ``zf`` has too many or too inflated entries."""
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise CaseError("zip_bomb", f"{name}: {len(infos)} entries in the archive (limit {MAX_ENTRIES})")
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise CaseError(
                "zip_bomb",
                f"{name}: entry {info.filename!r} inflates {info.compress_size} → {info.file_size} bytes",
            )
    if total > MAX_TOTAL_BYTES:
        raise CaseError("zip_bomb", f"{name}: archive inflates to {total} bytes (limit {MAX_TOTAL_BYTES})")


def open_zip(path: Path) -> zipfile.ZipFile:
    """Open ``path`` as a zip after ``check_zip``; corrupt archives raise ``unreadable``."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise CaseError("unreadable", f"{path.name}: not a readable zip archive ({exc})") from exc
    try:
        check_zip(zf, path.name)
    except CaseError:
        zf.close()
        raise
    return zf


def read_member(zf: zipfile.ZipFile, member: str, name: str) -> bytes:
    """Read one archive member; a missing or damaged member raises ``unreadable``."""
    try:
        return zf.read(member)
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise CaseError("unreadable", f"{name}: cannot read {member!r} from the archive ({exc})") from exc

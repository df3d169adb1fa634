"""The enforcement-certificate roster (执法证件名册) supplied for a review (SUBJ-04).

A CSV file with a header row: ``certificate,name,agency,valid_from,valid_to`` (Chinese headers
证号/执法证号, 姓名, 单位/执法机关, 有效期起, 有效期止 are accepted too). Dates are ISO; an empty
``valid_to`` means open-ended. UTF-8 (with or without BOM) or GB18030. A malformed row fails
loudly with its line number.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from stat import S_ISREG

HEADERS = {
    "certificate": ("certificate", "证号", "执法证号", "证件号", "执法证件号"),
    "name": ("name", "姓名"),
    "agency": ("agency", "单位", "执法机关", "所属单位"),
    "valid_from": ("valid_from", "有效期起", "发证日期", "起始日期"),
    "valid_to": ("valid_to", "有效期止", "有效期至", "截止日期"),
}


class RosterError(ValueError):
    """The roster file is malformed (the message names the file and line)."""


@dataclass(frozen=True)
class RosterEntry:
    """One certificate: number, holder, agency and validity (inclusive dates, ``None`` = open)."""

    certificate: str
    name: str
    agency: str
    valid_from: date | None
    valid_to: date | None

    def valid_on(self, d: date) -> bool:
        """Whether the certificate was valid on ``d``."""
        return (self.valid_from is None or self.valid_from <= d) and (
            self.valid_to is None or d <= self.valid_to
        )


class Roster:
    """Certificates by number (a number may appear on several rows, e.g. renewals)."""

    def __init__(self, entries: list[RosterEntry], source: str = "") -> None:
        self.entries = entries
        self.source = source
        self._by_cert: dict[str, list[RosterEntry]] = {}
        for e in entries:
            self._by_cert.setdefault(_key(e.certificate), []).append(e)

    def lookup(self, certificate: str) -> list[RosterEntry]:
        """Rows for a certificate number (spaces and case ignored)."""
        return self._by_cert.get(_key(certificate), [])

    def __len__(self) -> int:
        return len(self.entries)


def _key(cert: str) -> str:
    return "".join(cert.split()).upper()


def _date(text: str, where: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text.replace("/", "-"))
    except ValueError as exc:
        raise RosterError(f"{where}: not an ISO date: {text!r}") from exc


def _decode(raw: bytes) -> str:
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise RosterError("roster is neither UTF-8 nor GB18030")


def parse_roster(text: str, name: str = "roster.csv") -> Roster:
    """Parse roster CSV text."""
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if not header:
        raise RosterError(f"{name}: empty roster")
    cols: dict[str, int] = {}
    for i, h in enumerate(header):
        for key, names in HEADERS.items():
            if h.strip() in names:
                cols[key] = i
    missing = [k for k in ("certificate", "name") if k not in cols]
    if missing:
        raise RosterError(f"{name}: header lacks {missing} (expected {','.join(HEADERS)})")
    entries = []
    for line, row in enumerate(reader, 2):
        if not any(c.strip() for c in row):
            continue
        where = f"{name}:{line}"

        def cell(key: str, row: list[str] = row) -> str:
            i = cols.get(key)
            return row[i].strip() if i is not None and i < len(row) else ""

        if not cell("certificate"):
            raise RosterError(f"{where}: empty certificate number")
        entries.append(
            RosterEntry(
                cell("certificate"),
                cell("name"),
                cell("agency"),
                _date(cell("valid_from"), where),
                _date(cell("valid_to"), where),
            )
        )
    return Roster(entries, name)


@cache
def _load(path: str, mtime: float, device: int, inode: int) -> Roster:
    p = Path(path)
    return parse_roster(_decode(p.read_bytes()), p.name)


def load_roster(path: str | Path) -> Roster:
    """Load a roster file (cached per file — device and inode — and modification time).

    The checks ask for the roster once a case: one ``stat`` answers whether it is a file and
    which one, where ``is_file``, ``resolve`` (an ``lstat`` per folder of the path) and ``stat``
    cost ~26 µs a case."""
    p = Path(path)
    try:
        st = p.stat()
    except (OSError, ValueError):
        st = None
    if st is None or not S_ISREG(st.st_mode):
        raise RosterError(f"roster file not found: {p}")
    return _load(os.path.abspath(p), st.st_mtime, st.st_dev, st.st_ino)

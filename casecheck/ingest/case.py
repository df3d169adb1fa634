"""Load one case: a file holding the whole case file, or a folder holding its documents."""

from __future__ import annotations

import os
import re
from pathlib import Path

from casecheck.model import Case, CaseError, SourceFile

# Files in a case folder that are never case documents.
_SKIP = re.compile(r"^(\.|~\$|thumbs\.db$|desktop\.ini$)", re.IGNORECASE)
MAX_FILES_PER_CASE = 500


def case_id_for(path: Path) -> str:
    """The contract's ``case_id``: the file or folder name without extension."""
    return path.name if path.is_dir() else path.stem


def _natural_key(p: Path) -> list[object]:
    """Sort ``2_x`` before ``10_x``: folder cases are usually numbered in file order."""
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", p.name)]


def case_files(path: Path) -> list[Path]:
    """The files of a case in reading order; raises ``CaseError`` for unusable paths."""
    if path.is_symlink() and not path.exists():
        raise CaseError("unreadable", f"broken or looping symbolic link: {path}")
    if not path.exists():
        raise CaseError("not_found", f"no such file or folder: {path}")
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise CaseError("unsupported_format", f"not a regular file or folder: {path}")
    try:
        files = []
        for root, dirs, names in os.walk(path, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not _SKIP.match(d))
            files.extend(Path(root) / n for n in names if not _SKIP.match(n))
    except OSError as exc:
        raise CaseError("unreadable", f"cannot list {path}: {exc}") from exc
    if not files:
        raise CaseError("empty_case", f"the case folder holds no files: {path}")
    if len(files) > MAX_FILES_PER_CASE:
        raise CaseError("too_large", f"{len(files)} files in one case (limit {MAX_FILES_PER_CASE})")
    return sorted(files, key=lambda p: [_natural_key(p.parent), _natural_key(p)])


def load_case(path: Path, *, ocr: bool = True, cache_dir: Path | None = None) -> Case:
    """Read every file of the case, then segment the pages into documents.

    Any unreadable file makes the whole case an error: a partial read would make rules report
    missing documents that are merely unread, and nothing unread may count as passed.
    """
    from casecheck.ingest.pageorder import in_printed_order
    from casecheck.ingest.reader import read_file
    from casecheck.ingest.segment import segment  # here: naming a case's files needs none of it

    files: list[SourceFile] = []
    for f in case_files(path):
        try:
            sf = read_file(f, ocr=ocr, cache_dir=cache_dir)
        except CaseError as exc:
            raise CaseError(exc.kind, f"{f.name}: {exc.message}") from exc
        files.append(_relative_name(sf, f, path))
    files = in_printed_order(files)  # page photos named by the camera's clock
    documents = tuple(segment(files))
    if not documents:
        raise CaseError("no_text", "no readable text in any file of the case")
    warnings = tuple(w for sf in files for w in sf.warnings)
    return Case(case_id_for(path), str(path), tuple(files), documents, warnings)


def _relative_name(sf: SourceFile, f: Path, root: Path) -> SourceFile:
    """Name files relative to the case folder so evidence reads ``03_询问笔录.docx``."""
    from dataclasses import replace

    name = f.name if root.is_file() else str(f.relative_to(root))
    return replace(sf, name=name)

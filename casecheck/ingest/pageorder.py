"""Page images of a case folder put back in the volume's order by the numbers printed on them.

A volume photographed or scanned a page a file is named by the camera's clock or the scanner's
counter (``IMG_20200317_101022.jpg``, ``扫描件 (3).png``), and pages retaken at the end sort last.
The archive numbers a volume's pages carry (``1`` … ``16`` at the foot of each page, ``- 5 -``,
``第5页``) give the order back. Only a folder whose files are all one-page images is put in
order, and only when its numbers can be trusted: at least three pages carry one, no number is
carried twice (``第1页 共2页`` on several documents is no volume's numbering), and at most one in
five is beyond the folder's size (that one a misread, its page taken as unnumbered). Pages
without a number keep their place: the ones before the first numbered file stay in front (the
cover), a 卷内目录 joins them, a 备考表 goes last, and any other follows the file it followed by
name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import PurePath

from casecheck.ingest.doctypes import classify_title
from casecheck.model import SourceFile

# a page number alone on a page's last line: ``12``, ``- 12 -``, ``第12页``, ``第12页 共20页``
_PRINTED = re.compile(r"[\s—\-－]*(?:第\s*)?(\d{1,4})\s*页?(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?[\s—\-－]*")
_MIN_NUMBERED = 3
_HEAD_LINES = 3  # lines at a page's top a title is looked for in
_FRONT, _BACK = "卷内目录", "备考表"


def printed_number(text: str) -> int | None:
    """The page number printed at the foot of a page (its last line holding anything)."""
    last = text.rstrip().rsplit("\n", 1)[-1]
    m = _PRINTED.fullmatch(last)
    return int(m.group(1)) if m else None


def in_printed_order(files: Sequence[SourceFile]) -> list[SourceFile]:
    """``files`` (in name order) with each folder of one-page images in its printed page order."""
    out = list(files)
    folders: dict[PurePath, list[int]] = {}
    for i, sf in enumerate(out):
        folders.setdefault(PurePath(sf.name).parent, []).append(i)
    for slots in folders.values():
        group = [out[i] for i in slots]
        if all(sf.kind == "image" and len(sf.pages) == 1 for sf in group):
            for i, sf in zip(slots, _ordered(group), strict=True):
                out[i] = sf
    return out


def _ordered(group: list[SourceFile]) -> list[SourceFile]:
    """One folder's page images in printed order, or as they came when the numbers do not hold."""
    numbers = [printed_number(sf.pages[0].text) for sf in group]
    beyond = sum(1 for n in numbers if n is not None and n > len(group))
    if beyond > max(1, len(numbers) // 5):
        return group  # not the volume's numbers (amounts, a count at the foot of the page)
    # a number beyond the folder's size is one misread (第32页 for 第12页): that page has none
    numbers = [n if n is None or n <= len(group) else None for n in numbers]
    known = [n for n in numbers if n is not None]
    if len(known) < _MIN_NUMBERED or len(set(known)) != len(known) or known == sorted(known):
        return group
    front: list[int] = []
    back: list[int] = []
    after: dict[int, list[int]] = {}  # a numbered page -> the unnumbered pages that follow it
    last: int | None = None
    for i, n in enumerate(numbers):
        if n is not None:
            last = n
            continue
        kind = _doc_type(group[i])
        if kind == _FRONT or last is None:
            front.append(i)
        elif kind == _BACK:
            back.append(i)
        else:
            after.setdefault(last, []).append(i)
    order = list(front)
    for n in sorted(known):
        order.append(numbers.index(n))
        order.extend(after.get(n, ()))
    order.extend(back)
    return [group[i] for i in order]


def _doc_type(sf: SourceFile) -> str | None:
    """The document type a page's title names (None for a page that opens with no title)."""
    lines = [s for s in (line.strip() for line in sf.pages[0].text.splitlines()) if s]
    for line in lines[:_HEAD_LINES]:
        hit = classify_title(line)
        if hit:
            return hit[0]
    return None

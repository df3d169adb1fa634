"""How a 卷内目录's page numbers sit against the file's pages (``catalog_match``, ARCH-01).

A row's *shift* is its document's first page in the volume less the page the row gives. The
catalog's numbering is read at the shift most rows agree on; rows off it are misplaced, and rows
off it alike one after another (a document left out of the 目录 moves all that follow) are one
defect, not one per row.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

Pair = tuple[dict[str, Any], dict[str, Any]]  # (catalog row, document)


def common_shift(pairs: list[Pair], volume: dict[int, int]) -> int | None:
    """The page shift most rows agree on, on a tie the earliest row's (a row left out shifts those
    after it); one putting a document before page 1 is impossible: then the next, if 2+ agree."""
    shifts = [volume[id(d)] - r["pages"][0] for r, d in sorted(pairs, key=lambda p: p[0]["pages"][0])]
    counts = Counter(shifts).most_common()
    lowest = min(volume[id(d)] for _, d in pairs)
    valid = [(s, k) for s, k in counts if lowest - s >= 1]
    if not valid or valid[0][1] < 2:
        return None
    if valid[0] != counts[0]:
        return valid[0][0]  # the most common shift is impossible
    top = counts[0][1]
    return next(s for s in shifts if dict(counts)[s] == top) if top * 2 >= len(pairs) else None


def misplaced_runs(pairs: list[Pair], volume: dict[int, int], shift: int) -> list[list[Pair]]:
    """The rows off ``shift``, in row order, as runs of neighbours off it by the same pages."""
    runs: list[list[Pair]] = []
    last = None  # the previous row's offset from the shift (0: in place)
    for r, d in sorted(pairs, key=lambda p: p[0]["pages"][0]):
        off = volume[id(d)] - r["pages"][0] - shift
        if off and off == last:
            runs[-1].append((r, d))
        elif off:
            runs.append([(r, d)])
        last = off
    return runs


def run_detail(run: list[Pair], volume: dict[int, int], shift: int) -> str:
    """What a run of misplaced rows says: the row and its real page, or the run and how far off."""
    r, d = run[0]
    page, real = r["pages"][0], volume[id(d)] - shift
    one = f"卷内目录“{r.get('title')}”起始页码 {page}，实为 {real}"
    if len(run) == 1:
        return one
    way = "少" if real > page else "多"
    head = f"卷内目录自“{r.get('title')}”起 {len(run)} 件文书的起始页码均比实际{way} {abs(real - page)} 页"
    return f"{head}（{one[4:]}）"

"""Shared helpers for the dev6 hand-written corpus: check characters, page assembly, writing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(body17: str) -> str:
    """Return the 18-char 统一社会信用代码 with its GB 32100 check character."""
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_W))
    return body17 + USCC_CHARS[(31 - s % 31) % 31]


def idno(body17: str) -> str:
    """Return the 18-char 身份证号 with its GB 11643 check digit."""
    s = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(body17))
    return body17 + "10X98765432"[s % 11]


def workdays_after(start: dt.date, end: dt.date) -> int:
    """Working days counted after start up to and including end (chinese_calendar)."""
    import chinese_calendar as cc

    n, d = 0, start
    while d < end:
        d += dt.timedelta(days=1)
        if cc.is_workday(d):
            n += 1
    return n


def assemble(docs: list[tuple[str, list[str]]], footer: str, catalogue_at: int | None = 0,
             catalogue_title: str = "卷 内 目 录", wrong: dict[int, str] | None = None) -> str:
    """Join documents (title, pages) into one volume; build a 卷内目录 from real page ranges.

    footer is a format string with {p} and {n}; the catalogue is inserted as page 1 after
    the cover (docs[0]) when catalogue_at is not None. wrong overrides a catalogue row's range.
    """
    ranges, p = [], 2 if catalogue_at is not None else 1
    for i, (title, pages) in enumerate(docs):
        if i == 0 and catalogue_at is not None:
            ranges.append((title, "封面"))
            continue
        ranges.append((title, f"{p}" if len(pages) == 1 else f"{p}-{p + len(pages) - 1}"))
        p += len(pages)
    total = p - 1
    rows = [catalogue_title.center(30), "", "序号\t文件题名\t页号\t备注"]
    for i, (title, rng) in enumerate(ranges, 1):
        if wrong and i in wrong:
            rng = wrong[i]
        rows.append(f"{i}\t{title}\t{rng}\t")
    allpages = [docs[0][1][0]]
    if catalogue_at is not None:
        allpages.append("\n".join(rows) + "\n")
    for _, pages in docs[1:]:
        allpages.extend(pages)
    out = [allpages[0]]
    for k, pg in enumerate(allpages[1:], 1):
        f = footer.format(p=k, n=total) if footer else ""
        out.append(pg.rstrip("\n") + ("\n\n" + f + "\n" if f else "\n"))
    return "\f".join(out)


def write(name: str, text: str, encoding: str = "utf-8") -> None:
    """Write one volume as <name>.txt in the given encoding."""
    (OUT / f"{name}.txt").write_bytes(text.encode(encoding))


def write_folder(name: str, docs: list[tuple[str, str]]) -> None:
    """Write a case as a folder with one UTF-8 file per document, volume order in the names."""
    d = OUT / name
    d.mkdir(exist_ok=True)
    for old in d.glob("*.txt"):
        old.unlink()
    for i, (title, text) in enumerate(docs, 1):
        (d / f"{i:02d}_{title}.txt").write_text(text, encoding="utf-8")

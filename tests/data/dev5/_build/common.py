"""Shared helpers for the dev5 corpus builders: check characters, paging, 卷内目录, writing."""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
_USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(body17: str) -> str:
    """Append the GB 32100 check character to a 17-character body."""
    total = sum(_USCC.index(c) * w for c, w in zip(body17, _USCC_W))
    return body17 + _USCC[(31 - total % 31) % 31]


def uscc_ok(code: str) -> bool:
    return len(code) == 18 and uscc(code[:17]) == code


def idno(body17: str) -> str:
    """Append the GB 11643 check digit to a 17-digit body."""
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(body17, w))
    return body17 + "10X98765432"[s % 11]


def idno_ok(code: str) -> bool:
    return len(code) == 18 and idno(code[:17]) == code


def paginate(docs: list[tuple[str, list[str]]], footer: str) -> tuple[list[tuple[str, int, int]], list[str]]:
    """docs: (title, pages). Returns (toc rows with page ranges starting after the toc page, page texts)."""
    rows, pages, n = [], [], 2
    for title, ps in docs:
        rows.append((title, n, n + len(ps) - 1))
        pages.extend(ps)
        n += len(ps)
    return rows, pages


def footer_text(style: str, i: int, total: int) -> str:
    if style == "dash":
        return f"- {i} -"
    if style == "slash":
        return f"{i}/{total}"
    if style == "cn":
        return f"第{i}页 共{total}页"
    return ""


def assemble(docs, toc_header: str, style: str, toc_override=None) -> list[str]:
    """Return page texts: 卷内目录 page first, then documents; footers added."""
    rows, pages = paginate(docs, style)
    if toc_override:
        rows = toc_override(rows)
    lines = [toc_header, "", "序号\t文书名称\t页次"]
    for k, (t, a, b) in enumerate(rows, 1):
        lines.append(f"{k}\t{t}\t{a}-{b}" if a != b else f"{k}\t{t}\t{a}")
    allp = ["\n".join(lines)] + pages
    total = len(allp)
    out = []
    for i, p in enumerate(allp, 1):
        f = footer_text(style, i, total)
        out.append(p.rstrip("\n") + ("\n\n" + f.center(40) + "\n" if f else "\n"))
    return out


def write_single(name: str, pages: list[str], encoding: str = "utf-8") -> None:
    (OUT / f"{name}.txt").write_bytes("\f".join(pages).encode(encoding))


def write_folder(name: str, docs: list[tuple[str, list[str]]]) -> None:
    d = OUT / name
    d.mkdir(exist_ok=True)
    for k, (title, ps) in enumerate(docs, 1):
        (d / f"{k:02d}_{title}.txt").write_text("\f".join(ps), encoding="utf-8")

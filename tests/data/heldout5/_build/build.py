"""Build every held-out corpus 5 volume: ``python build.py [case_module ...]``.

Each case module defines CASE_ID, FORMAT (scan-pdf | photos | mixed-pdf), SEED, CASE_NO,
VOLUME_TITLE, TOC_STYLE, ``footer(n, total)`` and ``docs()`` (the paginated documents in volume
order, an unnumbered 备考表 last).  The 卷内目录 is made from the real page ranges unless the
module sets ``toc_override`` (a function that edits the 目录 lines on purpose).
"""

from __future__ import annotations

import importlib
import re
import shutil
import sys
from pathlib import Path

from common import toc_doc
from render import layout, render_scans, write_pdf

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
CASES = ["case01", "case02", "case03", "case04", "case05", "case06", "case07", "case08"]


def build(name: str) -> None:
    """Lay out, number and write one case volume."""
    mod = importlib.import_module(name)
    docs = mod.docs()
    if mod.FORMAT == "txt":
        build_txt(mod, docs)
        return
    layout(docs)  # assigns page numbers to numbered docs
    toc = toc_doc(mod.VOLUME_TITLE, docs, mod.CASE_NO, mod.TOC_STYLE)
    toc.scanned = mod.FORMAT != "mixed-pdf"  # a mixed volume's 目录 is printed from the system
    if hasattr(mod, "toc_override"):
        toc.lines = mod.toc_override(toc.lines)
    pages = layout([toc, *docs])
    total = max(p.number or 0 for p in pages)

    def footer(n: int) -> str:
        return mod.footer(n, total)

    use_footer = footer if mod.footer(1, total) else None
    if mod.FORMAT == "photos":
        folder = OUT / mod.CASE_ID
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        images = render_scans(pages, use_footer, mod.SEED, photo=True)
        for i, (data, page) in enumerate(zip(images, pages, strict=True), 1):
            path = folder / f"{i:02d}.jpg"
            path.write_bytes(data)
            if page.doc.title == getattr(mod, "ROTATED_DOC", None):
                from PIL import Image

                Image.open(path).rotate(90, expand=True).save(path, quality=50, progressive=True)
    else:
        write_pdf(OUT / f"{mod.CASE_ID}.pdf", pages, use_footer, mod.SEED)
    size = sum(p.stat().st_size for p in OUT.glob(f"{mod.CASE_ID}*") if p.is_file())
    size += (
        sum(p.stat().st_size for p in (OUT / mod.CASE_ID).glob("*")) if (OUT / mod.CASE_ID).is_dir() else 0
    )
    print(f"{mod.CASE_ID}: {len(pages)} pages, {size // 1024} KB")


_SIG = re.compile(r"\{S:([^}]*)\}")


def _plain(raw: str) -> str | None:
    """One markup line as plain text (None when it yields no line)."""
    raw = _SIG.sub(lambda m: m.group(1), raw)
    if raw.startswith("W|"):
        return None
    if raw.startswith("T|"):
        return "\t".join(raw[2:].split("|"))
    if raw.startswith("[SEAL:"):
        return "（印章）"
    if raw.startswith("^^"):
        return "　" * 8 + " ".join(raw[2:]) if len(raw) < 12 else "　" * 4 + raw[2:]
    if raw.startswith("^"):
        return "　" * 6 + raw[1:]
    if raw.startswith(">>"):
        return "　" * 16 + raw[2:]
    return raw


def _txt_pages(doc) -> list[list[str]]:
    """A text document's pages: split at ``<<PB>>``."""
    pages: list[list[str]] = [[]]
    for raw in doc.lines:
        if raw == "<<PB>>":
            pages.append([])
            continue
        line = _plain(raw)
        if line is not None:
            pages[-1].append(line)
    return pages


def build_txt(mod, docs) -> None:
    """A folder of UTF-8 .txt files, one per document, numbered pages with the case's footer."""
    n = 1
    for doc in docs:
        doc.pages = []
        if doc.numbered:
            for _ in _txt_pages(doc):
                doc.pages.append(n)
                n += 1
    total = n - 1
    toc = toc_doc(mod.VOLUME_TITLE, docs, mod.CASE_NO, mod.TOC_STYLE)
    if hasattr(mod, "toc_override"):
        toc.lines = mod.toc_override(toc.lines)
    folder = OUT / mod.CASE_ID
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for i, doc in enumerate([toc, *docs]):
        chunks = []
        for k, page in enumerate(_txt_pages(doc)):
            text = "\n".join(page)
            if doc.numbered and mod.footer(1, total):
                text += "\n\n" + "　" * 10 + mod.footer(doc.pages[k], total)
            chunks.append(text)
        name = re.sub(r"[（）()]", "_", doc.title).strip("_")
        (folder / f"{i:02d}_{name}.txt").write_text("\n\n".join(chunks) + "\n", encoding="utf-8")
    print(f"{mod.CASE_ID}: {len(docs) + 1} documents, {total} numbered pages")


def main(argv: list[str]) -> None:
    sys.path.insert(0, str(HERE))
    for name in argv or CASES:
        build(name)


if __name__ == "__main__":
    main(sys.argv[1:])

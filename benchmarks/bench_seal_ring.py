"""How well the grey-scan seal detector separates seal pages from the rest, and what it costs:
``python benchmarks/bench_seal_ring.py [--max-pages N]``.

Takes every scanned page (an image and no text layer) of the PDFs under ``tests/data`` and
``samples``, leaving out the held-out corpora (a README saying nobody tuning the tool may open
it, and not retired, or no README yet). On a page scanned in colour the colour detector (``seal_image``) says
whether a red seal is there; the page is then turned grey and given to ``seal_ring``, which
must agree. Pages scanned in grey have no such truth: their scores are listed, highest first,
for a look at the pages themselves. Prints recall and false alarms at ``seal_ring.BAR``, the
lowest seal score and the highest non-seal score, and milliseconds per page.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium  # noqa: E402

from casecheck.ingest.seal_image import seal_boxes  # noqa: E402
from casecheck.ingest.seal_ring import BAR, best_ring  # noqa: E402

HELD_OUT = "nobody tuning the tool may open it"


def held_out() -> set[Path]:
    """The corpora nobody may tune on, and those without a README yet (being written)."""
    out = set()
    for folder in (ROOT / "tests" / "data").iterdir():
        readme = folder / "README.md"
        if not folder.is_dir():
            continue
        text = readme.read_text(encoding="utf-8") if readme.is_file() else HELD_OUT
        if HELD_OUT in text and "Retired to development" not in text:
            out.add(folder)
    return out


def scanned_pages(max_pages: int) -> list[tuple[Path, int, bool]]:
    """(file, page index, scanned in colour) of every image-only page, up to ``max_pages``."""
    skip = held_out()
    files = [
        p
        for p in sorted((ROOT / "tests" / "data").rglob("*.pdf"))
        if "_build" not in p.parts and not any(s in p.parents for s in skip)
    ]
    files += sorted((ROOT / "samples").rglob("*.pdf"))
    out: list[tuple[Path, int, bool]] = []
    for f in files:
        try:
            pdf = pdfium.PdfDocument(str(f))
        except (pdfium.PdfiumError, OSError):  # a broken file, or one being written
            continue
        for i in range(len(pdf)):
            page = pdf[i]
            images = list(page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE], max_depth=3))
            if not images or page.get_textpage().count_chars() > 20:
                continue
            metas = [o.get_metadata() for o in images]
            colour = any(
                m.colorspace != pdfium.raw.FPDF_COLORSPACE_DEVICEGRAY and m.bits_per_pixel > 8 for m in metas
            )
            out.append((f, i, colour))
            if len(out) >= max_pages:
                return out
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-pages", type=int, default=2000)
    ap.add_argument("--dpi", type=int, default=200)
    args = ap.parse_args()
    seal, plain, grey = [], [], []
    spent = 0.0
    pages = scanned_pages(args.max_pages)
    for f, i, colour in pages:
        try:
            image = pdfium.PdfDocument(str(f))[i].render(scale=args.dpi / 72).to_pil().convert("RGB")
        except (pdfium.PdfiumError, OSError):
            continue
        truth = seal_boxes(image, pieces=False)[0] is not None if colour else None
        t0 = time.perf_counter()
        found = best_ring(image.convert("L"))
        spent += time.perf_counter() - t0
        score = found[0] if found else 0.0
        name = f"{f.relative_to(ROOT)} p{i + 1}"
        (grey if truth is None else seal if truth else plain).append((score, name))
    print(f"{len(pages)} scanned pages, {args.dpi} dpi; bar {BAR:.2f}")
    if seal:
        hit = sum(s >= BAR for s, _ in seal)
        print(f"  colour pages with a red seal, turned grey: {hit}/{len(seal)} found; lowest {min(seal)}")
    if plain:
        alarms = sum(s >= BAR for s, _ in plain)
        print(
            f"  colour pages without a seal, turned grey: {alarms}/{len(plain)} false; highest {max(plain)}"
        )
    if grey:
        over = sorted(grey, reverse=True)
        print(f"  grey pages: {sum(s >= BAR for s, _ in grey)}/{len(grey)} at or over the bar; highest:")
        for score, name in over[:15]:
            print(f"    {score:.3f}  {name}")
    print(f"  {1000 * spent / max(1, len(pages)):.0f} ms per page")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Round seals on pages scanned without colour: the ring, not the red.

A page scanned in grey or black and white shows a red seal as a grey or black ring, so the
colour detector (``seal_image``) cannot see it. The ring itself is a shape no other ink on a
case page makes: a thin circle 22–60 mm across whose line is dark all the way round, with
mostly paper just outside and just inside it.

The page is reduced to about 40 dpi keeping each block's darkest pixel (a thin ring line
survives), ink is what is clearly darker than the paper, and for every radius the share of a
thin circle's pixels that are ink is computed at every centre at once (one FFT convolution per
radius). A circle counts where at least 3/4 of it is ink, and it scores that share less the
mean share 2 mm inside and outside it: a seal's ring is ink all round with paper beside it; a
circle through lines of text or a table is ink in places with ink beside it too, and a filled
block (a photo) is ink at every radius.

Ink is 30 grey levels below the paper: a faintly stamped seal (grey 212 on paper 250) still
shows its ring. Measured on the development corpora's scanned pages (``python
benchmarks/bench_seal_ring.py --dpi D``): the 107 colour pages with a red seal, turned grey,
score at least 0.57 / 0.52 / 0.55 rendered at 72 / 200 / 300 dpi; the pages without a seal (67
colour pages turned grey, 383 grey pages) at most 0.33 / 0.35 / 0.36 (a circle through a ruled
送达回证 table). The bar is 0.45.
(At 300 dpi one colour page counts as a false alarm: its faded seal is one the colour detector
misses at that resolution, and finds at 200 dpi.)
"""

from __future__ import annotations

from typing import Any

import numpy as np

Box = tuple[int, int, int, int]

TARGET_DPI = 40
SMALLEST_MM, LARGEST_MM = 11, 30  # radii: a 22 mm 专用章 to the oversized 60 mm some files carry
OFFSET_MM = 2.0  # where the paper around the ring line is looked at
BAR = 0.45
RING_SHARE = 0.75  # of the circle's pixels that are ink: a seal's ring is drawn all the way round
_INK_BELOW_PAPER = 30  # grey levels darker than the paper that count as ink (a faint stamp: ~38)


def ring_seal(image: Any) -> Box | None:
    """The box (left, top, right, bottom, in ``image`` pixels) of the best-scoring seal ring on a
    page image (PIL, any mode, assumed to be a sheet whose short side is 210 mm), or ``None``."""
    found = best_ring(image)
    return found[1] if found and found[0] >= BAR else None


def best_ring(image: Any) -> tuple[float, Box] | None:
    """The best ring's score and box, however low; ``None`` for a page too small to hold one."""
    import scipy.fft as sfft

    gray = np.asarray(image.convert("L") if image.mode != "L" else image)
    px_per_mm = min(gray.shape) / 210
    block = max(1, round(px_per_mm * 25.4 / TARGET_DPI))
    small = _block_min(gray, block)
    mm = px_per_mm / block  # pixels of ``small`` per millimetre
    lo, hi, off = round(SMALLEST_MM * mm), round(LARGEST_MM * mm), max(2, round(OFFSET_MM * mm))
    if min(small.shape) < 2 * hi:
        return None
    ink = (small < np.percentile(small, 90) - _INK_BELOW_PAPER).astype(np.float32)
    if not ink.any():
        return None
    reach = hi + off + 1
    h, w = ink.shape
    shape = (sfft.next_fast_len(h + 2 * reach), sfft.next_fast_len(w + 2 * reach))
    spectrum = sfft.rfft2(ink, shape)
    yy, xx = np.mgrid[-reach : reach + 1, -reach : reach + 1]
    dist = np.hypot(yy, xx)
    share: dict[int, np.ndarray] = {}
    for r in range(lo - off, hi + off + 1):
        circle = (np.abs(dist - r) <= 0.75).astype(np.float32)
        conv = sfft.irfft2(spectrum * sfft.rfft2(circle / circle.sum(), shape), shape)
        share[r] = conv[reach : reach + h, reach : reach + w]
    best: tuple[float, Box] | None = None
    for r in range(lo, hi + 1):
        ring = share[r]
        beside = (share[r - off] + share[r + off]) / 2
        score = np.where(ring >= RING_SHARE, ring - beside, 0.0)
        y, x = np.unravel_index(int(np.argmax(score)), score.shape)
        if best is None or score[y, x] > best[0]:
            box = ((x - r) * block, (y - r) * block, (x + r + 1) * block, (y + r + 1) * block)
            best = (float(score[y, x]), tuple(int(v) for v in box))  # type: ignore[assignment]
    return best


def _block_min(gray: np.ndarray, block: int) -> np.ndarray:
    """``gray`` reduced ``block`` times, each block its darkest pixel."""
    if block == 1:
        return gray
    h, w = gray.shape[0] // block * block, gray.shape[1] // block * block
    return gray[:h, :w].reshape(h // block, block, w // block, block).min(axis=(1, 3))

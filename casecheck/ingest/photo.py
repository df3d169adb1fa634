"""A phone photo of a page: the sheet cut out of its background and its perspective undone.

A photo shows the page on a desk: a dark frame round a bright, slightly turned and trapezoidal
sheet. Tesseract reads the frame's edge as noise, the skew estimate counts the dark desk as ink,
and the lines of a trapezoid slope differently at its top and bottom. ``to_paper`` finds the
sheet (the largest bright region of an 1/``_SCALE`` reduction, split from the desk by Otsu's
threshold), takes its four corners (the extreme points along the diagonals) and maps that
quadrilateral onto an upright rectangle with a perspective transform.

A scan (paper to the image's edges) is returned as it is: the sheet must leave most of the
image's border to the background (``MIN_BORDER``) and cover at least ``MIN_AREA`` of it.
The OCR cache keys on the pixels tesseract is given, so a change here re-reads photos by itself.
Numpy, Pillow and ``scipy.ndimage`` (loaded only for a photo). ~2 ms to glance at a scan, ~8 ms
to find a photo's sheet, ~100 ms for the transform of a 1600×2200 photo; tesseract takes
seconds on it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PIL import Image

_SCALE = 8  # the sheet is found on a 1/8 reduction
MIN_BORDER = 0.5  # share of the reduction's border that must be background
MIN_AREA = 0.3  # share of the image the sheet must cover
MIN_CONTRAST = 40  # grey levels between the desk's and the sheet's mean


def _otsu(arr: np.ndarray) -> int:
    """Otsu's threshold of a uint8 array."""
    hist = np.bincount(arr.ravel(), minlength=256).astype(np.float64)
    total = hist.sum()
    levels = np.arange(256, dtype=np.float64)
    w0 = np.cumsum(hist)
    m0 = np.cumsum(hist * levels)
    w1 = total - w0
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (m0[-1] * w0 / total - m0) ** 2 / (w0 * w1)
    between[~np.isfinite(between)] = 0.0
    return int(np.argmax(between))


def _border(arr: np.ndarray) -> np.ndarray:
    """The outermost rows and columns of ``arr``, in one array."""
    return np.concatenate([arr[0], arr[-1], arr[:, 0], arr[:, -1]])


def paper_corners(image: Image.Image) -> np.ndarray | None:
    """The sheet's corners (top-left, top-right, bottom-right, bottom-left; x, y in ``image``'s
    pixels) when ``image`` is a photo of a sheet on a darker background, else ``None``."""
    w, h = image.size
    if min(w, h) < 16 * _SCALE:
        return None
    # a glance first (pixels sampled, ~1 ms): a border as bright as the page's brightest part is
    # paper to the edges — a scan; only a darker border is worth the reduction
    glance = np.asarray(
        image.resize((max(1, w // 32), max(1, h // 32)), Image.Resampling.NEAREST).convert("L")
    )
    edge = _border(glance).astype(np.int16)
    if np.median(edge) >= int(np.percentile(glance, 90)) - MIN_CONTRAST:
        return None
    small = np.asarray(image.reduce(_SCALE).convert("L"), dtype=np.uint8)
    t = _otsu(small)
    sheet = small > t
    if not sheet.any() or sheet.all() or small[sheet].mean() - small[~sheet].mean() < MIN_CONTRAST:
        return None
    if 1.0 - _border(sheet).mean() < MIN_BORDER:
        return None  # paper to the edges: a scan, not a photo on a desk
    from scipy import ndimage

    labels, count = ndimage.label(sheet)
    if count == 0:
        return None
    sizes = np.bincount(labels.ravel())
    sizes[0] = 0
    biggest = int(np.argmax(sizes))
    if sizes[biggest] < MIN_AREA * sheet.size:
        return None
    ys, xs = np.nonzero(labels == biggest)
    s, d = xs + ys, xs - ys
    picks = [int(np.argmin(s)), int(np.argmax(d)), int(np.argmax(s)), int(np.argmin(d))]
    corners = np.array([[xs[i], ys[i]] for i in picks], dtype=np.float64)
    return (corners + 0.5) * _SCALE


def _coefficients(corners: np.ndarray, width: int, height: int) -> list[float]:
    """PIL's perspective coefficients that take the output rectangle's corners to ``corners``."""
    target = [(0, 0), (width, 0), (width, height), (0, height)]
    rows: list[list[float]] = []
    rhs: list[float] = []
    for (x, y), (u, v) in zip(target, corners, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return [float(c) for c in np.linalg.solve(np.array(rows, dtype=np.float64), np.array(rhs))]


def to_paper(image: Any) -> Any:
    """``image`` cut to the sheet it photographs and made rectangular (any PIL mode kept); a
    scan or an image without a clear sheet is returned as it is."""
    corners = paper_corners(image)
    if corners is None:
        return image
    tl, tr, br, bl = corners
    width = round(float(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))))
    height = round(float(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))))
    if width < 16 or height < 16:
        return image
    coeffs = _coefficients(corners, width, height)
    fill = 255 if image.mode in ("L", "1") else (255, 255, 255)
    return image.transform(
        (width, height), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR, fillcolor=fill
    )

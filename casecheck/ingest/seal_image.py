"""Red round seals on page images: colour plus shape on the rendered page.

The detector runs where the page image exists (ingestion), so the fact "this page shows a seal"
travels with the page (``Page.seal_box``) and no later layer needs the image again.

``detect_red_seal`` uses a red mask (R>150, G<100, B<100, red clearly dominating, or the pink of a
faded stamp), closed so a
seal's ring and its characters join, then connected blobs that are big enough, roughly as tall
as wide, lie inside their inscribed ellipse and cover most angles of its rim. A red line of
text fails the aspect test; a block of red text fails the rim test.
"""

from __future__ import annotations

from typing import Any

import numpy as np

Box = tuple[int, int, int, int]
GREY_MODES = frozenset({"1", "L", "LA", "I", "F"})  # PIL modes without colour
_INK_CUTOFF = 160  # red-channel level above which a pixel inside a seal is not black ink


def red_mask(rgb: np.ndarray) -> np.ndarray:
    """Boolean mask of seal-red pixels of an ``H×W×3`` uint8 array."""
    r, g, b = (rgb[..., i].astype(np.int16) for i in range(3))
    strict = (r > 150) & (g < 100) & (b < 100)
    dominant = (r > 120) & (r - np.maximum(g, b) > 70)
    # a faded or blurred, JPEG-compressed stamp is pink: (230, 155, 158) on the scanned pages of
    # heldout5, whose seals were all missed (DOC-09 on five of eight files)
    faded = (r > 170) & (r - np.maximum(g, b) > 30) & (np.abs(g - b) < 18)  # pink, not skin (G > B)
    return strict | dominant | faded


def dull_red_mask(rgb: np.ndarray) -> np.ndarray:
    """The duller red of a stamp photographed under dim or warm light, beyond ``red_mask`` ((165,
    124, 114) on dev18's phone photo, whose seal the strict mask broke into arcs): red leading the
    other channels by a quarter, green and blue alike (skin, wood and coffee are orange: green
    well above blue). Asked only when the strict mask finds no seal; the rim test decides, and the
    ring must be hollow (a maroon or brown disc, a logo filled in, is no stamp)."""
    r, g, b = (rgb[..., i].astype(np.int16) for i in range(3))
    top = np.maximum(g, b)
    return (r > 110) & (r - top > 32) & (r * 4 > top * 5) & (np.abs(g - b) < 15)


def _rim_ok(ys: np.ndarray, xs: np.ndarray, box: Box) -> bool:
    """Pixels lie inside the inscribed ellipse and cover most angles of its rim."""
    y0, x0, y1, x1 = box
    cy, cx = (y0 + y1) / 2, (x0 + x1) / 2
    ry, rx = max((y1 - y0) / 2, 1), max((x1 - x0) / 2, 1)
    d = np.sqrt(((ys - cy) / ry) ** 2 + ((xs - cx) / rx) ** 2)
    if (d <= 1.08).mean() < 0.9:
        return False
    rim = d > 0.75
    if rim.sum() < 20:
        return False
    angles = np.arctan2(ys[rim] - cy, xs[rim] - cx)
    bins = np.unique(((angles + np.pi) / (2 * np.pi) * 36).astype(int) % 36)
    return len(bins) >= 28


def colourless(image: Any) -> bool:
    """A page image without colour: a grey mode, or colour channels that agree (a grey or palette
    scan converted to RGB on loading), where a red seal would show no red."""
    if image.mode in GREY_MODES:
        return True
    img = image.convert("RGB") if image.mode not in ("RGB", "RGBX") else image
    scale = max(1, max(img.size) // 500)
    rgb = np.asarray(img.reduce(scale) if scale > 1 else img)[..., :3].astype(np.int16)
    spread = rgb.max(axis=2) - rgb.min(axis=2)
    return float((spread > 16).mean()) < 0.001


def detect_red_seal(image: Any, min_frac: float = 0.04) -> tuple[bool, Box | None]:
    """``(found, bbox)`` of a red round/elliptical seal on a PIL image; bbox is (left, top, right, bottom)."""
    seal, _blobs = seal_boxes(image, min_frac, pieces=False)
    return seal is not None, seal


_PAPER = 215  # every channel above this: white paper (or a transparent picture laid on it)
_PAPER_SHARE = 0.8  # of the pixels that are not red, on a seal's own picture


def seal_picture(image: Any) -> Box | None:
    """The seal on a picture that is nothing but a seal (an e-seal, or a stamp cut out and pasted
    into a DOCX), or ``None``: a red ring found as on a page, not a filled disc (a traffic light, a
    logo), on white around it (a photo of a red sign has its scene around it)."""
    found, box = detect_red_seal(image)
    if not found or box is None:
        return None
    rgb = np.asarray(image.convert("RGB"))
    red = red_mask(rgb)
    ys, xs = np.nonzero(red)
    if _filled(ys, xs, (box[1], box[0], box[3], box[2])):
        return None
    rest = rgb[~red]
    paper = (rest > _PAPER).all(axis=1).mean() if len(rest) else 1.0
    return box if paper >= _PAPER_SHARE else None


def seal_boxes(image: Any, min_frac: float = 0.04, pieces: bool = True) -> tuple[Box | None, list[Box]]:
    """The first red seal found (as ``detect_red_seal``) and every seal-sized red blob (none
    looked for unless ``pieces``: the seal check of a text page needs only the first).

    A seal stamped over the 落款 breaks into arcs where black text crosses it and can fail the
    rim test, so it is no evidence of a seal; it still garbles the agency name and the date under
    it for tesseract. The blobs (seal-sized, about as tall as wide, red) are what OCR fades out
    (``without_seals``); only the first value says a seal is there. When the strict red shows no
    seal, the duller red of a photographed stamp (``dull_red_mask``) is looked at for one.
    """
    if image.mode in GREY_MODES:
        return None, []  # a greyscale render carries no colour to find
    # RGB or RGBX (a zero-copy view of a rendered bitmap) as it is: no copy of a 35 MB page
    img = image if image.mode in ("RGB", "RGBX") else image.convert("RGB")
    scale = max(1, max(img.size) // 1000)
    if scale > 1:
        img = img.reduce(scale)
    rgb = np.asarray(img)
    full = mask = red_mask(rgb)
    h, w = mask.shape
    min_side = max(16, int(min(h, w) * min_frac))
    seal, blobs = None, []
    if mask.sum() >= 50:
        (top, left), crop = _red_window(mask)
        mask = mask[crop]
        seal = _first_seal(mask, min_side, (top, left), scale)
        # the pieces a text line cut a seal into join again across a line's height
        reach = max(3, min(h, w) // 60)
        blobs = _blobs(mask, min_side, reach, (top, left), scale) if pieces else []
    if seal is None:  # a stamp under dim or warm light (a phone photo) is a duller red
        dull = full | dull_red_mask(rgb)
        if dull.sum() >= 50:
            corner, window = _red_window(dull)
            seal = _first_seal(dull[window], min_side, corner, scale, hollow=True)
    return seal, blobs


def _first_seal(
    mask: np.ndarray, min_side: int, corner: tuple[int, int], scale: int, hollow: bool = False
) -> Box | None:
    """The first blob of ``mask`` (a crop whose corner is ``corner`` on the page reduced by
    ``scale``) that is seal-sized, about as tall as wide and passes the rim test (and, if
    ``hollow``, leaves its middle mostly unfilled: ``_filled``), as a page box."""
    from scipy import ndimage  # lazy: only pages with red on them need it (0.3 s to import)

    top, left = corner
    closed = ndimage.binary_closing(mask, structure=np.ones((5, 5)), iterations=2)
    labels, _count = ndimage.label(closed)
    for i, sl in enumerate(ndimage.find_objects(labels), start=1):
        if sl is None:
            continue
        bh, bw = sl[0].stop - sl[0].start, sl[1].stop - sl[1].start
        if min(bh, bw) < min_side or not 0.6 <= bh / bw <= 1.6:
            continue
        ys, xs = np.nonzero((labels[sl] == i) & mask[sl])
        if len(ys) < 0.03 * bh * bw:
            continue
        fy, fx, box = ys.astype(float), xs.astype(float), (0, 0, bh - 1, bw - 1)
        if _rim_ok(fy, fx, box) and not (hollow and _filled(fy, fx, box)):
            y0, x0, y1, x1 = sl[0].start + top, sl[1].start + left, sl[0].stop + top, sl[1].stop + left
            return (x0 * scale, y0 * scale, x1 * scale, y1 * scale)
    return None


_MIDDLE = 0.55  # the middle of a blob: inside this share of its radii
_FILLED = 0.5  # share of the middle covered that makes a disc (a stamp's star and words cover little)


def _filled(ys: np.ndarray, xs: np.ndarray, box: Box) -> bool:
    """The pixels cover most of the middle of their box's inscribed ellipse: a disc, not a ring."""
    y0, x0, y1, x1 = box
    cy, cx = (y0 + y1) / 2, (x0 + x1) / 2
    ry, rx = max((y1 - y0) / 2, 1), max((x1 - x0) / 2, 1)
    middle = (((ys - cy) / ry) ** 2 + ((xs - cx) / rx) ** 2) < _MIDDLE**2
    return float(middle.sum()) > _FILLED * np.pi * _MIDDLE**2 * rx * ry


def _blobs(mask: np.ndarray, min_side: int, reach: int, corner: tuple[int, int], scale: int) -> list[Box]:
    """Seal-sized red blobs of ``mask`` (a crop whose corner is ``corner`` on the page reduced by
    ``scale``), pieces within ``reach`` of each other joined."""
    from scipy import ndimage

    top, left = corner
    size = 2 * reach + 1
    grown = ndimage.maximum_filter1d(ndimage.maximum_filter1d(mask, size, axis=0), size, axis=1)
    pieces, _count = ndimage.label(grown)
    blobs: list[Box] = []
    for i, sl in enumerate(ndimage.find_objects(pieces), start=1):
        if sl is None:
            continue
        ys, xs = np.nonzero((pieces[sl] == i) & mask[sl])  # the red pixels' box, not the dilation's
        y0, x0 = sl[0].start + int(ys.min()), sl[1].start + int(xs.min())
        y1, x1 = sl[0].start + int(ys.max()) + 1, sl[1].start + int(xs.max()) + 1
        bh, bw = y1 - y0, x1 - x0
        if min(bh, bw) < min_side or not 0.5 <= bh / bw <= 2.0:
            continue
        blobs.append(((x0 + left) * scale, (y0 + top) * scale, (x1 + left) * scale, (y1 + top) * scale))
    return blobs


_MARGIN = 12  # > the reach of dilation then erosion by a 5×5 square twice (4 + 4 pixels)


def _red_window(mask: np.ndarray) -> tuple[tuple[int, int], tuple[slice, slice]]:
    """Top-left corner and slices of the bounding rectangle of ``mask``'s pixels, widened by
    ``_MARGIN`` and clipped to the mask.

    Outside it the closing of the whole mask is empty, and inside it the closing sees the same
    pixels (or the same border) as on the whole mask, so its result there is identical.
    """
    rows, cols = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    top, left = max(0, int(rows[0]) - _MARGIN), max(0, int(cols[0]) - _MARGIN)
    bottom, right = int(rows[-1]) + 1 + _MARGIN, int(cols[-1]) + 1 + _MARGIN
    return (top, left), (slice(top, bottom), slice(left, right))


def without_seals(image: Any, boxes: list[Box]) -> Any:
    """Greyscale copy of ``image`` for OCR, with seals faded out inside ``boxes``.

    Seals are stamped over the agency name and the date, and tesseract reads red ink as dark
    strokes that break the characters beneath. Inside a seal's box the red channel stands in
    for luminance: red ink turns as light as paper while black text stays black.
    """
    grey = image.convert("L")
    if not boxes or image.mode not in ("RGB", "RGBX"):
        return grey
    for box in boxes:
        pad = max(4, (box[2] - box[0]) // 20)
        region = (
            max(0, box[0] - pad),
            max(0, box[1] - pad),
            min(image.width, box[2] + pad),
            min(image.height, box[3] + pad),
        )
        red = image.crop(region).getchannel("R")
        # Faded ink and JPEG fringes stay a little grey in the red channel: push them to paper white.
        grey.paste(red.point(lambda v: 255 if v > _INK_CUTOFF else v), region[:2])
    return grey


PICTURE_MAX_BYTES = 8 << 20  # a seal's picture is small; a page-sized photo is not looked at
PICTURE_SIDE = 800  # pixels: a larger picture is shrunk before it is looked at


def seal_in_picture(blob: bytes) -> Box | None:
    """The box of a red seal on an embedded picture's bytes (a DOCX's or an OFD's pasted e-seal),
    in the shrunk picture's pixels; ``None`` when it shows none or cannot be read."""
    import io

    from PIL import Image

    from casecheck.ingest.images import upright

    if len(blob) > PICTURE_MAX_BYTES:
        return None
    try:
        with Image.open(io.BytesIO(blob)) as im:
            if im.width * im.height > PICTURE_SIDE * PICTURE_SIDE * 16:
                return None  # no seal; and a decompression bomb is not inflated
            im.thumbnail((PICTURE_SIDE, PICTURE_SIDE))
            page = upright(im)  # a transparent e-seal flattened on white paper, as image files are
        return seal_picture(page)
    except Exception:  # an unreadable picture (EMF, corrupt) shows no seal
        return None

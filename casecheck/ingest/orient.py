"""Pages turned by 90°, 180° or 270° with nothing saying so (no EXIF): found by tesseract's OSD.

A turned page read as it lies gives tesseract's usual number of words, but guessed: the mean
word confidence of such pages was 12–24, against 80 and more for every upright page of the
generated and degraded scan corpora (blurred, JPEG q35, skewed, shadowed, sealed). So only a
page whose first reading is ``looks_turned`` (``TURNED_CONFIDENCE``, at least ``MIN_WORDS``
words: a near-empty page is never asked about) pays for the orientation check: ``tesseract
--psm 0`` with ``osd.traineddata`` (~1 s of CPU, about one more reading), then the caller reads
the page turned upright and keeps the better of the two readings. Where OSD sees no turn on a
page read very badly (``may_be_upside_down``), the caller reads it turned by 180° as well.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from pathlib import Path

from PIL import Image

from casecheck.model import OcrWords

VERSION = "turn2"  # part of the OCR cache key: bump when the check or its thresholds change
TURNED_CONFIDENCE = 50.0  # below this mean word confidence a page may lie turned
# OSD often answers 0 (upright) for a Chinese page lying upside down (orientation confidence under
# 1: a 送达回证 scanned upside down read at 14); read that low, the page is read turned by 180° too
# and the better reading kept (an upright page of even a poor scan read at 35 and more).
UPSIDE_DOWN_CONFIDENCE = 30.0
MIN_WORDS = 10  # fewer words: too little text to tell, or for OSD to judge
OSD_MAX_WIDTH = 2000  # wider pages are halved for OSD: same answer, a quarter of the pixels
# OSD's "Rotate: N" is the clockwise turn that sets the page upright; PIL names turns
# counter-clockwise.
UPRIGHT = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}
_ROTATE = re.compile(r"^Rotate:\s*(\d+)\s*$", re.MULTILINE)


def looks_turned(confidence: float | None, words: OcrWords | None) -> bool:
    """Whether a first reading (mean confidence, words) is bad enough to ask OSD."""
    if confidence is None or words is None:
        return False
    return confidence < TURNED_CONFIDENCE and len(words.words) >= MIN_WORDS


def may_be_upside_down(confidence: float | None) -> bool:
    """A first reading this bad, when OSD saw no turn, is worth reading turned by 180°."""
    return confidence is not None and confidence < UPSIDE_DOWN_CONFIDENCE


def parse_osd(output: str) -> int | None:
    """The clockwise turn (90, 180, 270; 0 for upright) in ``tesseract --psm 0`` output."""
    m = _ROTATE.search(output)
    if m is None:
        return None
    turn = int(m.group(1)) % 360
    return turn if turn in (0, *UPRIGHT) else None


class OsdFailed(Exception):
    """The orientation check could not run (a timeout, tesseract missing): unlike "no answer",
    this says nothing about the page, so a reading that depends on it must not be cached."""


def detect_turn(gray: Image.Image, timeout: float) -> int | None:
    """The clockwise turn that sets ``gray`` upright per OSD; ``None`` when OSD gives no answer
    (too few characters, no ``osd`` data). Raises ``OsdFailed`` on a timeout or when the command
    cannot run."""
    image = gray.reduce(2) if gray.width > OSD_MAX_WIDTH else gray
    with tempfile.TemporaryDirectory(prefix="casecheck-osd-") as tmp:
        src = Path(tmp) / "page.pgm"
        image.save(src)
        cmd = ["tesseract", str(src), "stdout", "--psm", "0"]
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        try:
            proc = subprocess.run(cmd, capture_output=True, env=env, timeout=timeout)
        except (OSError, subprocess.SubprocessError) as exc:
            raise OsdFailed(type(exc).__name__) from exc
    if proc.returncode != 0:
        return None
    return parse_osd(proc.stdout.decode("utf-8", "replace"))

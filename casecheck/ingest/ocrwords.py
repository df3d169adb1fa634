"""OCR word boxes: tesseract's TSV parsed, stored compactly, and aligned with the page text.

The page text of an OCR page is tesseract's text after ``ocr.postprocess``, which drops spaces
and rewrites a few characters one for one (``:`` → ``：``, ``〈`` → ``（``, ``I`` → ``1`` …).
``align`` maps each character of that text to a character of a TSV word: both sides without
whitespace, matched with ``difflib.SequenceMatcher``; equal runs map one to one, and so do short
replaced runs of equal length (the rewrites). Anything else — text the words do not hold, or
long differing runs — stays unmapped, and a span with an unmapped character gets no box at all:
a missing box is honest, a wrong one is not. ``span_boxes`` turns a span into one rectangle per
OCR line (in the OCR image's pixels); a character inside a longer word gets its share of the
word's width. Tesseract's chi_sim word boxes often run on over the next words (``2023`` boxed
up to the 日 of 2023年7月31日), so ``word_rects`` ends a word where the next one on its line
begins.
"""

from __future__ import annotations

import base64
import binascii
import json
import zlib
from collections.abc import Sequence
from difflib import SequenceMatcher
from typing import Any

from casecheck.model import OcrWord, OcrWords

# Longest run of differing characters still mapped one to one (postprocess rewrites 1–2 chars).
MAX_REPLACED_RUN = 4
Rect = tuple[float, float, float, float]  # left, top, right, bottom


def parse_tsv(tsv: str) -> tuple[OcrWord, ...]:
    """The recognised words (TSV level 5, non-blank text) of tesseract's TSV output, in order.

    Lines are numbered 0, 1, … in order of their (page, block, paragraph, line) key.
    """
    words: list[OcrWord] = []
    lines: dict[tuple[str, ...], int] = {}
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) != 12 or cols[0] != "5" or not cols[11].strip():
            continue
        try:
            left, top, width, height = (int(c) for c in cols[6:10])
            conf = float(cols[10])
        except ValueError:
            continue
        line = lines.setdefault(tuple(cols[1:5]), len(lines))
        words.append(OcrWord(cols[11].strip(), left, top, width, height, conf, line))
    return tuple(words)


def words_to_json(words: Sequence[OcrWord]) -> str:
    """Words for a JSON cache entry: rows ``[text, left, top, width, height, confidence, line]``
    (confidence rounded to a whole number), as compact JSON, zlib-compressed, in base64.

    Compressed because the boxes outweigh the page's text about ten to one: plain JSON rows made
    a generated scan's cache entry 8.6 kB instead of 0.8 kB, this form 4 kB.
    """
    rows = [[w.text, w.left, w.top, w.width, w.height, round(w.confidence), w.line] for w in words]
    packed = json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.b64encode(zlib.compress(packed, 6)).decode("ascii")


def words_from_json(data: Any) -> tuple[OcrWord, ...] | None:
    """Words back from ``words_to_json`` (or its rows as a plain list); ``None`` for anything else."""
    if isinstance(data, str):
        try:
            data = json.loads(zlib.decompress(base64.b64decode(data, validate=True)))
        except (binascii.Error, zlib.error, ValueError):
            return None
    if not isinstance(data, list):
        return None
    out = []
    try:
        for text, left, top, width, height, conf, line in data:
            if not isinstance(text, str):
                return None
            out.append(OcrWord(text, int(left), int(top), int(width), int(height), float(conf), int(line)))
    except (TypeError, ValueError):
        return None
    return tuple(out)


def align(text: str, words: Sequence[OcrWord]) -> list[tuple[int, int, int] | None]:
    """For each character of ``text``: (word index, character index in the word, its length).

    Whitespace and characters the alignment cannot vouch for map to ``None``.
    """
    a_pos = [i for i, ch in enumerate(text) if not ch.isspace()]
    b_ref: list[tuple[int, int, int]] = []
    for wi, w in enumerate(words):
        chars = [ch for ch in w.text if not ch.isspace()]
        b_ref.extend((wi, k, len(chars)) for k in range(len(chars)))
    a = "".join(text[i] for i in a_pos)
    b = "".join(ch for w in words for ch in w.text if not ch.isspace())
    out: list[tuple[int, int, int] | None] = [None] * len(text)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        one_to_one = op == "equal" or (op == "replace" and a1 - a0 == b1 - b0 <= MAX_REPLACED_RUN)
        if one_to_one:
            for k in range(a1 - a0):
                out[a_pos[a0 + k]] = b_ref[b0 + k]
    return out


def word_rects(words: Sequence[OcrWord]) -> list[Rect]:
    """Each word's rectangle, its right edge cut back to the left edge of the next word on its line."""
    out = []
    for i, w in enumerate(words):
        right = w.left + w.width
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and nxt.line == w.line and w.left < nxt.left < right:
            right = nxt.left
        out.append((float(w.left), float(w.top), float(right), float(w.top + w.height)))
    return out


def span_boxes(
    text: str,
    ocr: OcrWords,
    start: int,
    end: int,
    mapping: list[tuple[int, int, int] | None] | None = None,
    rects: list[Rect] | None = None,
) -> list[Rect] | None:
    """Rectangles (OCR image pixels) covering ``text[start:end]``: one per OCR line it touches.

    ``None`` when any non-blank character of the span cannot be aligned with a word (or the
    span is blank). ``mapping`` (``align(text, ocr.words)``) and ``rects``
    (``word_rects(ocr.words)``) may be passed to reuse them across spans.
    """
    mapping = align(text, ocr.words) if mapping is None else mapping
    rects = word_rects(ocr.words) if rects is None else rects
    lines: dict[int, list[float]] = {}
    seen = False
    for i in range(max(start, 0), min(end, len(text))):
        if text[i].isspace():
            continue
        ref = mapping[i]
        if ref is None:
            return None
        seen = True
        wi, k, n = ref
        x0, top, x1, bottom = rects[wi]
        left, right = x0 + (x1 - x0) * k / n, x0 + (x1 - x0) * (k + 1) / n
        line = ocr.words[wi].line
        cur = lines.setdefault(line, [left, top, right, bottom])
        cur[:] = min(cur[0], left), min(cur[1], top), max(cur[2], right), max(cur[3], bottom)
    if not seen:
        return None
    return [(r[0], r[1], r[2], r[3]) for _, r in sorted(lines.items())]


def scale_rect(rect: Rect, src: tuple[float, float], dst: tuple[float, float]) -> Rect:
    """``rect`` in an image of size ``src`` (width, height) as it lands on the same image shown at ``dst``."""
    sx, sy = dst[0] / max(src[0], 1), dst[1] / max(src[1], 1)
    return (rect[0] * sx, rect[1] * sy, rect[2] * sx, rect[3] * sy)

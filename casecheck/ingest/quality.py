"""Is a text layer usable? Detects the garbage broken PDF fonts produce.

Broken CMaps give U+FFFD, ``(cid:123)``, Private-Use characters or Latin-1 mojibake
(ÐÐÕþ´¦·£ for 行政处罚); subset fonts without ToUnicode give runs of symbols. A long text
in a Chinese case file that holds almost no CJK is suspect too.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from casecheck.ingest.normalize import is_cjk

MIN_LETTERS_FOR_CJK_TEST = 200

# What a character counts as (bit flags); ``char_counts`` keeps them in a table by code point.
SPACE, CJK, PUA, LATIN1, SYMBOL, LETTER = 1, 2, 4, 8, 16, 32


def char_kind(c: str) -> int:
    """The flags of ``c``: whitespace; CJK; private-use; Latin-1 letter range (mojibake); a
    symbol or control/format/unassigned character that is not CJK; a letter that is not CJK."""
    o = ord(c)
    if c.isspace():
        return SPACE
    if is_cjk(c):
        return CJK
    return (
        (PUA if 0xE000 <= o <= 0xF8FF else 0)
        | (LATIN1 if 0xC0 <= o <= 0xFF else 0)
        | (SYMBOL if unicodedata.category(c)[0] in "SC" else 0)
        | (LETTER if c.isalpha() else 0)
    )


@dataclass(frozen=True, slots=True)
class CharCounts:
    """How many characters of a text fall in each class (``char_kind``'s flags)."""

    visible: int  # not whitespace
    cjk: int
    pua: int  # private-use, not CJK
    latin1: int  # U+00C0–U+00FF
    symbols: int  # symbol or control/format/unassigned, not CJK
    other_letters: int  # letters that are not CJK


_UNKNOWN = 255  # a code point whose kind is not in the table yet (kinds are below 64)
_TABLE: np.ndarray | None = None  # kind of every code point, filled in as they are met
# Which of the 64 kinds count toward each class (whitespace and CJK are kinds of their own).
_OF = {
    flag: [k for k in range(64) if k & flag and not k & (SPACE | CJK)]
    for flag in (PUA, LATIN1, SYMBOL, LETTER)
}


def _class_rows() -> np.ndarray:
    """Row k: what one character of kind k adds to each ``CharCounts`` field, in field order
    (visible, CJK, then ``_OF``'s classes); the ``_UNKNOWN`` row stays zero: such characters are
    classified before counting."""
    rows = np.zeros((256, 6), dtype=np.int64)
    for k in range(64):
        rows[k] = [k != SPACE, k == CJK, *(k in _OF[flag] for flag in (PUA, LATIN1, SYMBOL, LETTER))]
    return rows


_CLASSES = _class_rows()


def char_counts(text: str) -> CharCounts:
    """Count ``text``'s characters per class in one pass: the code points index a table of
    their kinds (filled with ``char_kind`` as new ones are met), the kinds are binned and the
    bins summed per class with one product (a page takes ~8 µs, not ~14: the per-class sums
    over Python lists cost more than the counting)."""
    global _TABLE
    if _TABLE is None:
        _TABLE = np.full(0x110000, _UNKNOWN, dtype=np.uint8)
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    hist = np.bincount(_TABLE[codes], minlength=256)
    if hist[_UNKNOWN]:
        for o in set(codes[_TABLE[codes] == _UNKNOWN].tolist()):  # (np.unique imports numpy.ma)
            _TABLE[o] = char_kind(chr(o))
        hist = np.bincount(_TABLE[codes], minlength=256)
    return CharCounts(*(hist @ _CLASSES).tolist())


def char_counts_many(texts: Sequence[str]) -> list[CharCounts]:
    """``[char_counts(t) for t in texts]`` in one pass over all of them: one table lookup over
    the joined code points and one ``bincount`` keyed by (text, kind). The PDF reader counts a
    file's pages together: per page, the dozen numpy calls cost ~35 µs in a busy worker."""
    global _TABLE
    if _TABLE is None:
        _TABLE = np.full(0x110000, _UNKNOWN, dtype=np.uint8)
    if not texts:
        return []
    codes = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    kinds = _TABLE[codes]
    unknown = kinds == _UNKNOWN
    if unknown.any():
        for o in set(codes[unknown].tolist()):
            _TABLE[o] = char_kind(chr(o))
        kinds = _TABLE[codes]
    owner = np.repeat(np.arange(len(texts), dtype=np.intp), [len(t) for t in texts])
    hist = np.bincount(owner * 256 + kinds, minlength=len(texts) * 256).reshape(len(texts), 256)
    return [CharCounts(*row) for row in (hist @ _CLASSES).tolist()]


def garbled_reason(text: str, counts: CharCounts | None = None) -> str | None:
    """Why ``text`` looks garbled, or ``None`` when it looks like real text (``counts``: its
    ``char_counts`` when the caller has them)."""
    c = counts if counts is not None else char_counts(text)
    n, pua, latin1, symbols, cjk = c.visible, c.pua, c.latin1, c.symbols, c.cjk
    other_letters = c.other_letters
    if n == 0:
        return None
    if "(cid:" in text:
        return "unmapped glyph ids (cid:…)"
    bad = text.count("\ufffd")
    if bad >= 3 or bad / n > 0.02:
        return f"{bad} replacement characters (U+FFFD)"
    if pua / n > 0.05:
        return f"{pua} private-use characters"
    if n >= 20:
        if latin1 / n > 0.1:
            return "Latin-1 mojibake"
        if symbols / n > 0.3:
            return "mostly symbols"
    letters = cjk + other_letters
    if letters >= MIN_LETTERS_FOR_CJK_TEST and cjk / letters < 0.1:
        return f"only {cjk} CJK characters in a long text"
    return None

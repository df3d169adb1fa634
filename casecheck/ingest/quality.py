"""Is a text layer usable? Detects the garbage broken PDF fonts produce.

Broken CMaps give U+FFFD, ``(cid:123)``, Private-Use characters or Latin-1 mojibake
(ÐÐÕþ´¦·£ for 行政处罚); subset fonts without ToUnicode give runs of symbols. A long text
in a Chinese case file that holds almost no CJK is suspect too.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

from casecheck.ingest.normalize import is_cjk

MIN_LETTERS_FOR_CJK_TEST = 200

# What a character counts as (bit flags), memoised: a page repeats a few hundred of them.
SPACE, CJK, PUA, LATIN1, SYMBOL, LETTER = 1, 2, 4, 8, 16, 32
_KINDS: dict[str, int] = {}
_KINDS_MAX = 65536  # hostile text may hold any character: bound the memo


def char_kind(c: str) -> int:
    """The flags of ``c``: whitespace; CJK; private-use; Latin-1 letter range (mojibake); a
    symbol or control/format/unassigned character that is not CJK; a letter that is not CJK."""
    kind = _KINDS.get(c)
    if kind is not None:
        return kind
    o = ord(c)
    if c.isspace():
        kind = SPACE
    elif is_cjk(c):
        kind = CJK
    else:
        kind = (
            (PUA if 0xE000 <= o <= 0xF8FF else 0)
            | (LATIN1 if 0xC0 <= o <= 0xFF else 0)
            | (SYMBOL if unicodedata.category(c)[0] in "SC" else 0)
            | (LETTER if c.isalpha() else 0)
        )
    if len(_KINDS) < _KINDS_MAX:
        _KINDS[c] = kind
    return kind


def garbled_reason(text: str) -> str | None:
    """Why ``text`` looks garbled, or ``None`` when it looks like real text."""
    # Counted per distinct character: a page repeats a few hundred of them.
    n = pua = latin1 = symbols = cjk = other_letters = 0
    for c, k in Counter(text).items():
        kind = char_kind(c)
        if kind & SPACE:
            continue
        n += k
        if kind & CJK:
            cjk += k
            continue
        if kind & PUA:
            pua += k
        if kind & LATIN1:
            latin1 += k
        if kind & SYMBOL:
            symbols += k
        if kind & LETTER:
            other_letters += k
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

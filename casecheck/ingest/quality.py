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


def garbled_reason(text: str) -> str | None:
    """Why ``text`` looks garbled, or ``None`` when it looks like real text."""
    # Counted per distinct character: a page repeats a few hundred of them.
    counts = Counter(text)
    for c in [c for c in counts if c.isspace()]:
        del counts[c]
    n = sum(counts.values())
    if n == 0:
        return None
    if "(cid:" in text:
        return "unmapped glyph ids (cid:…)"
    bad = counts.get("\ufffd", 0)
    if bad >= 3 or bad / n > 0.02:
        return f"{bad} replacement characters (U+FFFD)"
    pua = sum(k for c, k in counts.items() if 0xE000 <= ord(c) <= 0xF8FF)
    if pua / n > 0.05:
        return f"{pua} private-use characters"
    cjk_chars = {c for c in counts if is_cjk(c)}
    if n >= 20:
        latin1 = sum(k for c, k in counts.items() if 0xC0 <= ord(c) <= 0xFF)
        if latin1 / n > 0.1:
            return "Latin-1 mojibake"
        symbols = sum(
            k for c, k in counts.items() if unicodedata.category(c)[0] in "SC" and c not in cjk_chars
        )
        if symbols / n > 0.3:
            return "mostly symbols"
    cjk = sum(counts[c] for c in cjk_chars)
    letters = cjk + sum(k for c, k in counts.items() if c.isalpha() and c not in cjk_chars)
    if letters >= MIN_LETTERS_FOR_CJK_TEST and cjk / letters < 0.1:
        return f"only {cjk} CJK characters in a long text"
    return None

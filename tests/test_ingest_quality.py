"""Text-layer quality: ``char_counts`` and ``garbled_reason`` (table lookups and binned counts)
say exactly what their per-character definitions say."""

from __future__ import annotations

import random
import unicodedata
from collections import Counter

from casecheck.ingest.normalize import is_cjk
from casecheck.ingest.quality import MIN_LETTERS_FOR_CJK_TEST, CharCounts, char_counts, garbled_reason


def _garbled_reference(text: str) -> str | None:
    """The per-character definition ``garbled_reason`` computes with memoised flags."""
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


def test_garbled_reason_matches_its_definition_on_random_text() -> None:
    rnd = random.Random(7)
    pool = [chr(c) for c in range(0x20, 0x250)] + [chr(c) for c in range(0x4E00, 0x4E30)]
    pool += ["\ufffd", "\ue001", "\u3007", "\u9fff", "\U00020001", "\u00ad", "\u200b", "\n", "\t", " "]
    texts = [
        "行政处罚决定书\n当事人：某某有限公司",
        "ÐÐÕþ´¦·£ÊÂÏÈ¸æÖª" * 4,
        "\ue000\ue001 text" * 5,
        "(cid:12)(cid:13)",
    ]
    texts += ["".join(rnd.choice(pool) for _ in range(rnd.randint(0, 300))) for _ in range(3000)]
    texts += ["".join(rnd.choices(pool[:40] + pool[-12:], k=rnd.randint(0, 300))) for _ in range(2000)]
    reasons = set()
    for t in texts:
        assert garbled_reason(t) == _garbled_reference(t), t
        reasons.add(garbled_reason(t) is None)
    assert reasons == {True, False}


def test_char_counts_match_their_per_character_definition() -> None:
    """The table-and-product counts equal counting each character by its class."""
    rnd = random.Random(11)
    pool = [chr(c) for c in range(0x20, 0x250)] + [chr(c) for c in range(0x4E00, 0x4E30)]
    pool += ["\ufffd", "\ue001", "\uf8ff", "\u3007", "\u3000", "\U00020001", "\u00ad", "\ud800", "\n", " "]
    for _ in range(2000):
        text = "".join(rnd.choices(pool, k=rnd.randint(0, 200)))
        visible = [c for c in text if not c.isspace()]
        cjk = [c for c in visible if is_cjk(c)]
        rest = [c for c in visible if not is_cjk(c)]
        expected = CharCounts(
            visible=len(visible),
            cjk=len(cjk),
            pua=sum(0xE000 <= ord(c) <= 0xF8FF for c in rest),
            latin1=sum(0xC0 <= ord(c) <= 0xFF for c in rest),
            symbols=sum(unicodedata.category(c)[0] in "SC" for c in rest),
            other_letters=sum(c.isalpha() for c in rest),
        )
        assert char_counts(text) == expected, text

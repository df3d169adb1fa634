"""The discretion wording: 从轻/一般/从重/减轻/不予 处罚 with the sentence giving the reason.

A cue in a deciding sentence (决定/给予/予以/对当事人) wins over one in a recital; negated
cues (不予从轻, 不符合减轻, 不适用) are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casecheck.extract.text import mask_quotes, sentence_bounds

CUES: tuple[tuple[str, str], ...] = (
    ("不予", r"不予(?:以)?(?:行政)?处罚"),
    ("减轻", r"减轻(?:行政)?处罚"),
    ("从轻", r"从轻(?:行政)?处罚|从轻处理|从轻情节"),
    ("从重", r"从重(?:行政)?处罚|从重情节"),
    (
        "一般",
        r"情节一般|一般(?:违法)?情节|一般情形|按一般(?:情形|标准)|一般(?:处罚)?档次|一般(?:违法)?行为(?:的)?裁量",
    ),
)
# 无法定从轻、减轻或者从重处罚情节: the negation governs the whole list of circumstances
# Tier wording that places the fine without naming 从轻/从重; used only when no cue above is found.
SOFT_CUES: tuple[tuple[str, str], ...] = (
    ("从重", r"情节(?:较重|严重|恶劣)|较高档次|较重档次|上限(?:处罚|处以)"),
    ("从轻", r"情节(?:较轻|轻微)|较低档次|较轻档次|下限(?:处罚|处以)"),
    ("一般", r"中间档次|中档"),
)
NEGATION = re.compile(r"(?:不予|不符合|不适用|不具有|不具备|不存在|没有|无|未)[^，,。；]{0,16}$")
DECIDING = re.compile(r"决定(?!书)|给予|予以|对当事人|对你")


@dataclass(frozen=True)
class DiscretionHit:
    """Level, the reason sentence and its span."""

    level: str
    reason: str
    start: int
    end: int
    form: str = "explicit"  # explicit 从轻/从重… | tier (情节较轻, 较高档次: placed, not claimed)


def _hits(masked: str, cues: tuple[tuple[str, str], ...]) -> list[tuple[bool, int, str, int, int]]:
    found = []
    for level, rx in cues:
        for m in re.finditer(rx, masked):
            if NEGATION.search(masked, max(0, m.start() - 18), m.start()):
                continue
            lo, hi = sentence_bounds(masked, m.start(), "。；;\n")
            found.append((not DECIDING.search(masked, lo, hi), m.start(), level, lo, hi))
    return found


def find_discretion(text: str) -> DiscretionHit | None:
    """The discretion level a decision states, or ``None``."""
    masked = mask_quotes(text)
    found, form = _hits(masked, CUES), "explicit"
    if not found:
        found, form = _hits(masked, SOFT_CUES), "tier"
    if not found:
        return None
    _, _, level, lo, hi = min(found)
    return DiscretionHit(level, text[lo:hi].strip(), lo, hi, form)

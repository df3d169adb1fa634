"""What a correction notice (更正通知书, 补正决定) puts right: the value written wrongly and the right one.

``本局…送达你单位的《行政处罚事先告知书》中，当事人名称误写为“某康铭门诊部”，现更正为“某康明门诊部”`` →
``("某康铭门诊部", "某康明门诊部")``. A value a document of the file corrects is no inconsistency of
the file (DOC-06): the agency put it right, lawfully, by a notice served on the party.
"""

from __future__ import annotations

import re
from dataclasses import replace

from casecheck.extract.fields.money import AmountHit, find_amounts
from casecheck.extract.patterns import fast_compile

# …误写为“A”，现更正为“B” / 错写为A，应更正为B / 将“A”更正为“B”
CORRECTION = fast_compile(
    r"(?:(?:误写|误记|错写|错记|笔误)为|将)\s*[“\"「]?(?P<wrong>[^”\"」，,。；;（(\n]{2,40}?)[”\"」]?\s*[，,]?\s*"
    r"(?:现|应|予以|依法)?\s*(?:更正|改正|补正|更改)为\s*[“\"「]?(?P<right>[^”\"」，,。；;（(\n]{2,40}?)[”\"」]?(?=[（(，,。；;\s]|$)"
)

# 小写“¥201,000.00”有误，现更正为“¥210,000.00” / “A”系笔误，应更正为“B”: the wrong value quoted first
_QUOTED_WRONG = fast_compile(
    r"[“\"「](?P<wrong>[^”\"」\n]{1,40}?)[”\"」]\s*(?:有误|错误|系笔误|为笔误)\s*[，,]?\s*"
    r"(?:现|应|予以|依法)?\s*(?:更正|改正|补正|更改)为\s*"
    r"(?:[“\"「](?P<right>[^”\"」\n]{1,40}?)[”\"」]|(?P<bare>[^”\"」，,。；;（(\n]{1,40}?)(?=[（(，,。；;\s]|$))"
)


def find_corrections(text: str) -> list[tuple[str, str, int, int]]:
    """``(wrong, right, start, end)`` for each value the text says it corrects."""
    if "更正" not in text and "改正为" not in text and "补正" not in text and "更改为" not in text:
        return []
    found = [m for rx in (CORRECTION, _QUOTED_WRONG) for m in rx.finditer(text)]
    pairs = [(m.group("wrong").strip(), (m.group("right") or m.groupdict().get("bare") or "").strip(), m)
             for m in found]  # fmt: skip
    return [(w, r, m.start(), m.end()) for w, r, m in sorted(pairs, key=lambda p: p[2].start()) if w != r]


_PENALTY_WORD = re.compile(r"罚款|罚没|没收")
_REACH = 40  # 本决定书罚款金额小写“…”有误: the words naming the figure stand just before the quote


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts, at most ``_REACH`` characters back."""
    return max(text.rfind("。", 0, at) + 1, text.rfind("\n", 0, at) + 1, at - _REACH)


def amount_of(value: str) -> float | None:
    """The yuan a corrected value states (``¥210,000.00``, ``贰拾壹万元整``), or ``None``."""
    hits = find_amounts(value)
    return hits[0].value if len(hits) == 1 else None


def yuan_of(fixed: list[tuple[str, str, int, int]]) -> list[tuple[float | None, float | None]]:
    """The yuan each correction's wrong and right values state (``amount_of``), in order."""
    return [(amount_of(w), amount_of(r)) for w, r, _s, _e in fixed]


def corrected(
    text: str,
    amounts: list[AmountHit],
    fixed: list[tuple[str, str, int, int]],
    yuan: list[tuple[float | None, float | None]],
) -> list[AmountHit]:
    """``amounts`` of a document that corrects some of them itself (…小写“¥201,000.00”有误，现更正为
    “¥210,000.00”): the figures the correction quotes are no amounts of their own, and an amount
    written with the wrong value takes the right one. ``yuan``: ``yuan_of(fixed)``."""
    money = [
        (s, e, w, r)
        for (_w, _r, s, e), (w, r) in zip(fixed, yuan, strict=True)
        if w is not None and r is not None
    ]
    if not money:
        return amounts  # 将价格改正为实际销售价格并处罚款5000元: an order, not a figure put right
    # only a correction of the penalty's own figure (罚款金额小写“…”有误) puts a fine right
    swap = {round(w, 2): r for s, e, w, r in money if _PENALTY_WORD.search(text, _sentence_start(text, s), e)}
    out = []
    for a in amounts:
        if any(s <= a.start < e for s, e, _w, _r in money):
            continue
        right = swap.get(round(a.value, 2)) if a.kind in ("fine", "confiscation") else None
        out.append(replace(a, value=right, corrected=True) if right is not None else a)
    return out

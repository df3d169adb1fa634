"""mitigation_ignored — heuristic for DISC-03: a recorded mitigation ground the decision ignores (warn).

A document other than the decision records a mandatory mitigation ground (``mitigation_ground``:
主动消除或减轻危害后果, 受胁迫, 主动供述, 立功, 未成年, 轻微并及时改正), while the decision neither
applies nor discusses mitigation (no ``mitigation_applied`` marker, level not 从轻/减轻/不予).

Options:
  levels: discretion levels that count as mitigation applied.

Example: 询问笔录 with ``markers: {mitigation_ground: …}`` and a decision at 一般 → one warn.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import (
    DECISION_TYPES,
    Context,
    Hit,
    Opt,
    Unknown,
    all_docs,
    decision,
    evs,
    has_marker,
)

ID = "mitigation_ignored"
OPTIONS = {"levels": Opt(list, ["从轻", "减轻", "不予", "不予处罚"])}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One warn per case."""
    dec = decision(facts)
    if dec is None or has_marker(dec, "mitigation_applied"):
        return
    disc = dec.get("discretion") or {}
    if disc.get("level") in opts["levels"]:
        return
    reason = str(disc.get("reason") or "")
    for doc in all_docs(facts):
        m = has_marker(doc, "mitigation_ground") if doc.get("doc_type") not in DECISION_TYPES else None
        if m:
            v = m.get("value")
            ground = v if isinstance(v, str) else ((m.get("evidence") or {}).get("quote") or "见笔录")
            if _answered(reason, ground):
                return  # …提出已及时整改的意见，经复核…整改情况已在裁量中考虑，不予采纳减轻: a reason given
            yield Hit({"document": doc.get("ref"), "ground": ground}, evs(m.get("evidence")))
            return


# what a ground is about (及时整改 → 整改): a decision whose reasoning names it and, in the same
# sentence, says why it gives no lighter penalty (虽已及时整改，但…不予从轻 / …整改情况已在裁量中考虑)
# answers it; naming it alone does not, nor does an order to do it (本局责令你公司立即整改)
_GROUND_WORDS = ("改正", "纠正", "整改", "修复", "消除", "胁迫", "诱骗", "供述", "立功", "未成年", "轻微")
_NOT_APPLIED = re.compile(
    r"不予|不宜|未予|不采纳|不足以|不能(?:作为|成为)|已(?:在|于)?(?:处罚)?裁量中?(?:予以|充分)?考虑|已(?:予|充分)考虑"
)
_ORDERED = re.compile(r"(?:责令|要求|限期|督促)[^，,。；;]{0,6}$")
_SENTENCE = re.compile(r"[。；;]")


def _answered(reason: str, ground: str) -> bool:
    """A sentence of the decision's stated discretion names the ground and why it was not applied."""
    words = [w for w in _GROUND_WORDS if w in ground]
    for sentence in _SENTENCE.split(reason):
        named = [
            m.start()
            for w in words
            for m in re.finditer(w, sentence)
            if not _ORDERED.search(sentence, 0, m.start())
        ]
        if named and _NOT_APPLIED.search(sentence):
            return True
    return False

"""mitigation_ignored — heuristic for DISC-03: a recorded mitigation ground the decision ignores (warn).

A document other than the decision records a mandatory mitigation ground (``mitigation_ground``:
主动消除或减轻危害后果, 受胁迫, 主动供述, 立功, 未成年, 轻微并及时改正), while the decision neither
applies nor discusses mitigation (no ``mitigation_applied`` marker, level not 从轻/减轻/不予).

Options:
  levels: discretion levels that count as mitigation applied.

Example: 询问笔录 with ``markers: {mitigation_ground: …}`` and a decision at 一般 → one warn.
"""

from __future__ import annotations

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
    if (dec.get("discretion") or {}).get("level") in opts["levels"]:
        return
    for doc in all_docs(facts):
        m = has_marker(doc, "mitigation_ground") if doc.get("doc_type") not in DECISION_TYPES else None
        if m:
            v = m.get("value")
            ground = v if isinstance(v, str) else ((m.get("evidence") or {}).get("quote") or "见笔录")
            yield Hit({"document": doc.get("ref"), "ground": ground}, evs(m.get("evidence")))
            return

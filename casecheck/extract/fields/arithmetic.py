"""The figures an amount is computed from: ``2袋×9元+3盒×28元，货值金额合计102元`` → [[2, 9], [3, 28]].

Read from the sentence before a 违法所得/货值金额 amount, so EVID-03 can recompute it. Two forms:
explicit products (``37次×1元``, ``9元*2袋``) and a rate with a count in the same unit
(``高于标价1元/次的标准收费37次`` → [[37, 1]]). No figures → ``None`` (the amount is not checked).
"""

from __future__ import annotations

import re

_NUM = r"\d+(?:\.\d+)?"
_UNIT = r"[\u4e00-\u9fa5]{0,2}"
PRODUCT = re.compile(
    rf"(?P<a>{_NUM})\s*(?P<ua>元(?:/{_UNIT})?|{_UNIT})\s*[×xX*＊]\s*(?P<b>{_NUM})\s*(?P<ub>元(?:/{_UNIT})?|{_UNIT})"
)
RATE = re.compile(rf"(?P<price>{_NUM})\s*元\s*/\s*(?P<unit>[\u4e00-\u9fa5])")


def terms_before(text: str, start: int) -> list[list[float]] | None:
    """``[[qty, price], …]`` stated in the sentence that ends at ``start`` (the amount)."""
    lo = max(text.rfind(c, 0, start) for c in "。；;\n") + 1
    sentence = text[lo:start]
    pairs = [[float(m.group("a")), float(m.group("b"))] for m in PRODUCT.finditer(sentence)]
    if pairs:
        return pairs
    for m in RATE.finditer(sentence):
        count = re.search(rf"({_NUM})\s*{re.escape(m.group('unit'))}", sentence[m.end() :])
        if count:
            return [[float(count.group(1)), float(m.group("price"))]]
    return None

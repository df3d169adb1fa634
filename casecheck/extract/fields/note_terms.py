"""The agency's own computation in the note right after an amount: ``违法所得3200元（40件×80元）``.

A 违法所得/货值金额 is often followed by how it was reached: ``（40件×80元）``,
``（销售额6,000元－进货成本1,200元）``, ``（计算方式：40件×80元＝3200元）``. That note is the
amount's computation, so EVID-03 recomputes the amount from it rather than from figures found
earlier in the sentence (``每件售价150元…违法所得4,800元（销售额6,000元－进货成本1,200元）``: the
earlier 售价 is not how 4,800 was reached). Its operands are never the amount itself.

``note_terms`` returns terms in the ``AmountHit.terms`` form, summed by the check: a product as a
list of factors (``[40, 80]``), a single figure as a signed number (``6000``, ``-1200``). A note
that is anything but such a computation (a twin ``（¥3200.00）``, ``（收据号0037720）``, a comma
clause ``（7天×5人×35元，含3月18日175元）``) gives ``None``.
"""

from __future__ import annotations

import re

from casecheck.extract.patterns import fast_compile

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_UNIT = r"[\u4e00-\u9fa5]{0,2}"
_FACTOR = rf"(?:{_NUM})\s*(?:元(?:/{_UNIT})?|{_UNIT})"
_LABEL = r"[\u4e00-\u9fa5]{0,8}?\s*[:：]?\s*"
# one operand: an optional label (销售额, 进货成本) and a product (40件×80元) or a figure (6,000元)
OPERAND = re.compile(
    rf"^{_LABEL}(?:(?P<product>{_FACTOR}(?:\s*[×xX*＊]\s*{_FACTOR})+)|(?P<figure>{_NUM})\s*[万]?元)$"
)
_COMMA_OP = re.compile(r"[，,]\s*(?=扣除|减去)")
_SPLIT = fast_compile(r"\s*([+＋\-－−]|减去|扣除|减)\s*")
_NOTE = fast_compile(r"\s*整?\s*[（(](?P<inner>[^（()）]{3,80})[）)]")
_LEAD = fast_compile(r"^(?:计算(?:方式|方法|公式)?|即|其中|具体为)\s*[:：为]?\s*")
_RESULT = fast_compile(rf"\s*[=＝]\s*(?:{_NUM})\s*[万]?元?\s*$")


def _number(s: str) -> float:
    return float(s.replace(",", ""))


def _operand(part: str) -> list[float] | float | None:
    m = OPERAND.match(part)
    if not m:
        return None
    if m.group("product"):
        return [_number(n) for n in re.findall(_NUM, m.group("product"))]
    v = _number(m.group("figure"))
    return v * 10000 if "万" in part[m.end("figure") :] else v


def note_terms(text: str, end: int) -> list[list[float] | float] | None:
    """Terms of the computation in the bracket right after the amount ending at ``end``."""
    m = _NOTE.match(text, end)
    if not m:
        return None
    inner = _RESULT.sub("", _LEAD.sub("", m.group("inner").strip()))
    inner = _COMMA_OP.sub("", inner)  # 销售收入6,000元，扣除进货成本1,200元: the comma leads an operator
    if not re.search(r"[×xX*＊+＋\-－−]|减|扣除", inner):
        return None  # （¥3200.00） / （大写）: the other form of the amount, no computation
    pieces = _SPLIT.split(inner)
    terms: list[list[float] | float] = []
    sign = 1.0
    for i, piece in enumerate(pieces):
        if i % 2:  # an operator
            sign = 1.0 if piece in ("+", "＋") else -1.0
            continue
        op = _operand(piece)
        if op is None:
            return None  # anything but a computation: leave the amount to the sentence's figures
        if isinstance(op, list):
            terms.append([sign * op[0], *op[1:]])
        else:
            terms.append(sign * op)
    return terms or None

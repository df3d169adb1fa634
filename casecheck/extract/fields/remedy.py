"""The remedy clause (救济途径): 复议 period and body, 诉讼 period and court, 复议前置.

``可在收到本决定书之日起六十日内向XX人民政府申请行政复议，也可以在六个月内向XX人民法院提起行政诉讼``.
Periods are read as written (60日 / 六十日, 两个月 for the 复议; 六个月 / 三个月) so DOC-02 can judge them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casecheck.extract.fields.numerals import NUM_CLASS, to_int
from casecheck.extract.fields.review_body import ROLE, body_after, named_body
from casecheck.extract.patterns import fast_compile, search

N = NUM_CLASS
# 申请行政复议 / 提出行政复议申请 / 申请复议
_APPLY = r"(?:申请(?:行政)?复议|提出(?:行政)?复议申请)"
# the period as written: 六十日 (days) or 两个月 (months, which is not the 60 days the law sets)
REVIEW = fast_compile(
    rf"(?:(?P<days>{N}+)\s*(?:个)?(?:日|天)|(?P<months>{N}+)\s*个月)(?:内|以内)[^。；]{{0,12}}?"
    rf"(?:向(?P<body>[^，,。；]{{2,40}}?)(?:依法)?)?{_APPLY}"
)
REVIEW_BODY = re.compile(rf"向(?P<body>[^，,。；向]{{2,40}}?)(?:依法)?{_APPLY}")
# a months period whose clause reaches 复议 before a suit word is the review period (两个月内…申请复议)
LITIGATION = re.compile(rf"(?P<months>{N}+)\s*个月(?:内|以内)(?:(?!复议)[^。；]){{0,30}}?(?:提起|起诉|诉讼)")
COURT = re.compile(r"向(?P<court>[^，,。；向]{2,30}?法院)(?:依法)?(?:提起|起诉)")
# 复议前置 told: 应当先申请复议 / 不得（不能、不可以）直接向某区人民法院提起行政诉讼
REVIEW_FIRST = re.compile(
    r"复议前置|应当(?:先|首先)[^。，；]{0,40}申请(?:行政)?复议|先申请(?:行政)?复议"
    r"|不(?:得|能|可以?|应)直接(?:向[^。，,；]{0,30}?)?(?:提起(?:行政)?诉讼|起诉)"
)

# 对复议决定不服的，可以依法提起行政诉讼 with no direct-suit period: suit only after review
AFTER_REVIEW = re.compile(
    r"对(?:行政)?复议决定(?:仍)?不服|不服(?:行政)?复议决定|(?:经|申请)?(?:行政)?复议后(?:仍)?不服"
)
# …也可以直接向人民法院提起行政诉讼: a direct suit offered (not 从事直接为顾客服务的工作, not 不得直接…)
DIRECT_SUIT = re.compile(
    r"(?<!不得)(?<!不能)(?<!不可)(?<!不可以)(?<!不应)直接[^。；，,]{0,12}(?:法院|起诉|诉讼)"
)
# 可以申请行政复议，或者提起行政诉讼 / 也可以…向人民法院起诉: a suit offered beside the review (not
# 逾期不申请行政复议或者不提起行政诉讼 / 也不起诉, a suit not brought)
OFFERED_SUIT = re.compile(r"(?:或者?|也可以?|亦可)(?!者?不)[^。；，,]{0,40}?(?:提起(?:行政)?诉讼|起诉)")
# …的，行政处罚不停止执行 / …期间 / …后，本决定不停止执行 / …，又不履行: the sentence on execution
_EXECUTION_AFTER = re.compile(r"[的期后]|又|[，,]?\s*(?:本决定|行政处罚|处罚决定|决定)?\s*(?:不停止|停止)")


@dataclass(frozen=True)
class RemedyHit:
    """What the remedy clause states, with the span it was read from."""

    review_days: int | None
    review_months: int | None  # a review period written in months (两个月)
    review_body: str | None
    litigation_months: int | None
    court: str | None
    review_first: bool
    direct_suit: bool  # the clause offers a suit without review first (a period for it, 或者…起诉)
    start: int
    end: int


def find_remedy(text: str) -> RemedyHit | None:
    """The remedy clause of a decision, or ``None`` when the text states none."""
    if "复议" not in text and "个月" not in text:
        return None  # REVIEW needs 复议 and LITIGATION 个月: neither can match, and no clause is named
    rv, lt = search(REVIEW, text), search(LITIGATION, text)
    if not rv and not lt and "申请行政复议" not in text and "申请复议" not in text and "复议申请" not in text:
        return None
    body_m = REVIEW_BODY.search(text)
    court_m = COURT.search(text)
    spans = [m.span() for m in (rv, lt, body_m, court_m) if m]
    start = min(s for s, _ in spans) if spans else text.find("复议")
    end = max(e for _, e in spans) if spans else start + 4
    body = (rv.group("body") if rv and rv.group("body") else None) or (
        body_m.group("body") if body_m else None
    )
    body = named_body(body) if body else None  # 向上一级主管部门（复议机关：某市人民政府）申请
    if body is None or ROLE.match(body):  # …申请行政复议（复议机关：某县人民政府）
        phrase = rv or re.search(_APPLY, text)
        body = (body_after(text, phrase.end()) if phrase else None) or body
    first = bool(REVIEW_FIRST.search(text)) or (
        AFTER_REVIEW.search(text) is not None and lt is None and not DIRECT_SUIT.search(text)
    )
    suit = None if first else _offered_suit(text, start, end)
    if suit and start >= 0:
        start, end = min(start, suit[0]), max(end, suit[1])
    return RemedyHit(
        review_days=to_int(rv.group("days")) if rv and rv.group("days") else None,
        review_months=to_int(rv.group("months")) if rv and rv.group("months") else None,
        review_body=body,
        litigation_months=to_int(lt.group("months")) if lt else None,
        court=court_m.group("court") if court_m else None,
        review_first=first,
        direct_suit=not first and (lt is not None or suit is not None),
        start=start,
        end=end,
    )


def _offered_suit(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a suit the clause offers beside the review (直接向人民法院起诉, 或者提起行政诉讼),
    looked for from the clause's start to the end of the sentence after the one it ends in: not
    the sentence on execution, and not a suit after the review (对复议决定不服的，也可以…)."""
    lo, hi = max(0, start), _sentence_after(text, end)
    for rx in (DIRECT_SUIT, OFFERED_SUIT):
        for m in rx.finditer(text, lo, hi):
            clause = max(text.rfind(p, lo, m.start()) for p in "。；;，,")
            if AFTER_REVIEW.search(text, max(lo, clause), m.start()):
                continue
            if _EXECUTION_AFTER.match(text, m.end()):
                continue
            return m.span()
    return None


def _sentence_after(text: str, end: int) -> int:
    """Where the sentence after the one holding ``end`` ends (or the text does)."""
    stop = end
    for _ in range(2):
        k = text.find("。", stop)
        if k < 0:
            return len(text)
        stop = k + 1
    return stop

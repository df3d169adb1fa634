"""What a 事先告知书 tells the party: the 陈述申辩/听证 period and whether a hearing right is stated.

``收到本告知书之日起五个工作日内`` → 5 days, form ``working``; ``收到本告知书3日内`` → 3, ``calendar``.
"""

from __future__ import annotations

import re

from casecheck.extract.fields.numerals import NUM_CLASS, to_int
from casecheck.extract.patterns import fast_compile, search

N = NUM_CLASS
# the count starts a number (never a date's day: 签收：张某 2019年6月10日（不申请听证）)
PERIOD = re.compile(
    rf"(?:收到|接到|送达|签收)[^，,。；]{{0,14}}?(?<!月)(?<!{N})(?P<n>{N}{{1,3}})"
    r"\s*个?\s*(?P<unit>工作日|日|天)\s*(?:内|以内)?"
)
HEARING_RIGHT = fast_compile(
    r"(?:要求|申请|提出)(?:举行|组织)?听证|听证(?:的)?权利|有权[^。，]{0,10}听证|听证申请"
)
RIGHT_WORDS = re.compile(r"陈述|申辩|听证")


def statement_period(text: str) -> tuple[int, str, int, int] | None:
    """``(days, working|calendar, start, end)`` of the period given for 陈述申辩/听证.

    When the notice gives several (三日内陈述申辩、五日内要求听证) the longest is reported: the
    decision has to wait for all of them.
    """
    found: list[tuple[int, str, int, int]] = []
    for m in PERIOD.finditer(text):
        lo = max(text.rfind(c, 0, m.start()) for c in "。；\n") + 1
        hi_c = [i for i in (text.find(c, m.end()) for c in "。；\n") if i >= 0]
        sentence = text[lo : min(hi_c) if hi_c else len(text)]
        days = to_int(m.group("n"))
        if days and RIGHT_WORDS.search(sentence) and not re.search(r"缴纳|复议|诉讼", sentence):
            found.append((days, "working" if m.group("unit") == "工作日" else "calendar", m.start(), m.end()))
    return max(found, key=lambda f: (f[0], f[1] == "working")) if found else None


def hearing_right(text: str) -> tuple[int, int] | None:
    """Span of the sentence telling of the right to a hearing, if any."""
    m = search(HEARING_RIGHT, text)  # skipped without 听证 (in every match; most documents lack it)
    return m.span() if m else None

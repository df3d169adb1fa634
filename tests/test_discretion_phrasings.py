"""Discretion reasoning (DISC-01) in the phrasings files use besides 决定/给予/予以.

The fine is often placed by the agency itself (本局按…处罚, 本大队在幅度内处罚款…) after 鉴于…,
and a report's 裁量 heading often stands on its own line with the reasoning below it.
"""

from __future__ import annotations

import pytest

from casecheck.extract.fields.discretion import find_discretion

REASONED = [
    # circumstances weighed, then the agency places the fine without 决定
    "鉴于当事人系初次被查处、积极配合调查，本局按每吨300元处罚。",
    "鉴于涉案车辆仅一辆且已停运，但当事人曾被警告，本大队在法定幅度内处罚款一万五千元。",
    "鉴于当事人已退还多收价款，本局对其处以罚款8000元。",
    # heading on its own line, reasoning below
    "四、裁量理由\n涉案面积较小，当事人主动拆除，按下限处理。",
    "（五）自由裁量情况\n\n违法时间短，未造成后果，罚款数额取幅度中段。",
]

NOT_REASONED = [
    # 鉴于 introduces the facts of service or a procedure, not the fine's placement
    "鉴于当事人未在期限内提出陈述申辩，本局依法送达本决定书。",
    # a bare heading with nothing under it, then the next section
    "五、裁量情节\n六、处理建议\n罚款一万二千元。",
    # the words appear in a review list, not as a heading
    "审查要点：主体资格、办案程序、裁量基准是否适用。",
]


@pytest.mark.parametrize("text", REASONED)
def test_reasoning_is_read(text: str) -> None:
    assert find_discretion(text) is not None


@pytest.mark.parametrize("text", NOT_REASONED)
def test_no_reasoning_is_read(text: str) -> None:
    assert find_discretion(text) is None

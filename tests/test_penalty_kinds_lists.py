"""Penalty kinds listed after a heading and separated by semicolons (PROC-08 compares them).

Notices and decisions often write the proposed or imposed penalties as one list:
``拟作出如下处罚：责令改正；没收违法所得…元；罚款…元。`` Every item is imposed, not only the first.
"""

from __future__ import annotations

import pytest

from casecheck.extract.fields.penalty import find_penalty_kinds

LISTS = [
    (
        "依据《某条例》第四十条，本所拟作出如下行政处罚：责令停止违法行为；没收你的违法所得人民币3200元；"
        "罚款人民币20000元。",
        {"没收违法所得", "罚款"},
    ),
    (
        "本机关决定给予以下处罚：没收涉案电动车2辆；没收违法所得480元；罚款五千元整。",
        {"没收非法财物", "没收违法所得", "罚款"},
    ),
]

NOT_IMPOSED = [
    # a statutory list quoted in a report's reasoning stays statutory
    "该条例规定：由主管部门责令改正；没收违法所得，可以并处一万元以下的罚款。",
    # a list without a deciding heading: the party's own account
    "当事人称：车辆系借用；违法所得已退还乘客。",
]


@pytest.mark.parametrize(("text", "want"), LISTS)
def test_every_listed_kind_is_read(text: str, want: set[str]) -> None:
    assert want <= {k for k, _, _ in find_penalty_kinds(text)}


@pytest.mark.parametrize("text", NOT_IMPOSED)
def test_statutory_or_reported_lists_are_not_imposed(text: str) -> None:
    assert not {k for k, _, _ in find_penalty_kinds(text)} & {"没收违法所得", "罚款"}


STOP_WORK = [
    ("本局决定：一、罚款人民币伍万元；二、责令停工整治，经验收合格后方可复工。", True),
    ("本局拟作出如下处罚：罚款三万元，并责令其停产整顿。", True),
    # a corrective order to stop the violation is no penalty
    ("经检查发现问题后，执法人员当场责令停止施工，并拍照取证。", False),
]


@pytest.mark.parametrize(("text", "heavy"), STOP_WORK)
def test_stop_work_orders_are_the_stop_production_kind(text: str, heavy: bool) -> None:
    assert ("责令停产停业" in {k for k, _, _ in find_penalty_kinds(text)}) is heavy

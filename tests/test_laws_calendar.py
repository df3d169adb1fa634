"""Working-day arithmetic on the statutory holiday calendar (行政处罚法 第八十五条)."""

from __future__ import annotations

from datetime import date

import pytest

from casecheck.laws.calendar import (
    OutsideCalendar,
    add_days,
    add_months,
    add_working_days,
    coverage,
    is_workday,
    period_end,
    working_days_between,
)


@pytest.mark.parametrize(
    ("d", "workday"),
    [
        (date(2024, 9, 29), True),  # Sunday, 调休 make-up workday before National Day
        (date(2024, 10, 1), False),
        (date(2024, 10, 7), False),  # Monday inside the National Day week
        (date(2024, 10, 8), True),
        (date(2024, 10, 12), True),  # Saturday make-up workday
        (date(2024, 10, 13), False),  # ordinary Sunday
        (date(2023, 1, 22), False),  # Spring Festival 2023
        (date(2023, 1, 27), False),
        (date(2023, 1, 28), True),  # Saturday make-up workday after Spring Festival
        (date(2023, 1, 30), True),
        (date(2024, 6, 10), False),  # Dragon Boat Festival
    ],
)
def test_is_workday(d: date, workday: bool) -> None:
    assert is_workday(d) is workday


@pytest.mark.parametrize(
    ("start", "n", "end"),
    [
        (date(2024, 9, 27), 1, date(2024, 9, 29)),
        (date(2024, 9, 29), 1, date(2024, 9, 30)),
        (date(2024, 9, 30), 1, date(2024, 10, 8)),
        (date(2024, 9, 30), 7, date(2024, 10, 15)),  # 7 working days: 10-8..11, 12 (Sat), 14, 15
        (date(2023, 1, 20), 5, date(2023, 2, 1)),  # across Spring Festival 2023
        (date(2024, 10, 15), -7, date(2024, 9, 30)),
        (date(2024, 5, 6), 0, date(2024, 5, 6)),
    ],
)
def test_add_working_days(start: date, n: int, end: date) -> None:
    assert add_working_days(start, n) == end
    assert working_days_between(start, end) == n
    assert add_days(start, n, "working") == end


def test_working_days_between_is_antisymmetric() -> None:
    a, b = date(2024, 9, 1), date(2024, 11, 1)
    assert working_days_between(a, b) == -working_days_between(b, a)


@pytest.mark.parametrize(
    ("start", "n", "end"),
    [
        (date(2024, 8, 31), 6, date(2025, 2, 28)),
        (date(2023, 8, 31), 6, date(2024, 2, 29)),
        (date(2024, 1, 15), 6, date(2024, 7, 15)),
        (date(2024, 3, 31), -1, date(2024, 2, 29)),
        (date(2024, 11, 30), 2, date(2025, 1, 30)),
    ],
)
def test_add_months(start: date, n: int, end: date) -> None:
    assert add_months(start, n) == end


def test_calendar_days_and_period_end() -> None:
    assert add_days(date(2024, 9, 16), 15) == date(2024, 10, 1)
    # a calendar period ending on a holiday ends on the next working day
    assert period_end(date(2024, 9, 16), 15) == date(2024, 10, 8)
    assert period_end(date(2024, 9, 30), 7, "working") == date(2024, 10, 15)
    with pytest.raises(ValueError):
        add_days(date(2024, 1, 1), 1, "weeks")  # type: ignore[arg-type]


def test_coverage_is_probed() -> None:
    first, last = coverage()
    assert first <= 2004 and last >= 2025


@pytest.mark.parametrize(
    "call",
    [
        lambda: is_workday(date(coverage()[1] + 1, 3, 2)),
        lambda: is_workday(date(coverage()[0] - 1, 3, 2)),
        lambda: add_working_days(date(coverage()[1], 12, 30), 10),
        lambda: working_days_between(date(2024, 1, 1), date(coverage()[1] + 1, 1, 5)),
    ],
)
def test_outside_coverage_raises(call) -> None:
    with pytest.raises(OutsideCalendar):
        call()

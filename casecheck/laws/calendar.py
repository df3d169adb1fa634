"""Working-day arithmetic on the Chinese statutory-holiday calendar (``chinese-calendar``).

行政处罚法 第八十五条: “二日”“三日”“五日”“七日” are working days, statutory holidays excluded;
调休 make-up days (a Saturday or Sunday declared a workday) count as working days. Periods are
counted from the day after the start date (民法典 第二百零一条). Outside the years the package
covers, every function raises ``OutsideCalendar``: callers report 无法评查 — we never guess.

>>> from datetime import date
>>> add_working_days(date(2024, 9, 27), 1)   # Friday → Sunday 9-29 is a 调休 workday
datetime.date(2024, 9, 29)
>>> add_working_days(date(2024, 9, 30), 1)   # National Day week is skipped
datetime.date(2024, 10, 8)
"""

from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import Literal

import chinese_calendar

PeriodKind = Literal["calendar", "working"]
_PROBE_YEARS = range(1990, 2101)


class OutsideCalendar(ValueError):
    """A date lies outside the years the holiday calendar covers (see ``coverage``)."""


@cache
def coverage() -> tuple[int, int]:
    """First and last year the installed holiday data covers, probed from the package."""
    years = []
    for year in _PROBE_YEARS:
        try:
            chinese_calendar.is_workday(date(year, 1, 1))
        except NotImplementedError:
            continue
        years.append(year)
    if not years:
        raise OutsideCalendar("chinese-calendar reports no covered years")
    return years[0], years[-1]


def _check(d: date) -> None:
    first, last = coverage()
    if not first <= d.year <= last:
        raise OutsideCalendar(f"{d.isoformat()} is outside the holiday calendar ({first}–{last})")


def is_workday(d: date) -> bool:
    """Whether ``d`` is a working day (weekday not a holiday, or a 调休 make-up day)."""
    _check(d)
    return _workday(d)


@lru_cache(maxsize=1 << 16)
def _workday(d: date) -> bool:
    """``chinese_calendar.is_workday`` remembered per day: the package scans its holiday table
    on every call, and a case counts the same weeks again for each deadline it checks."""
    return bool(chinese_calendar.is_workday(d))


def add_working_days(d: date, n: int) -> date:
    """The ``n``-th working day after ``d`` (``d`` itself not counted); negative ``n`` counts back."""
    step = 1 if n >= 0 else -1
    remaining, cur = abs(n), d
    while remaining:
        cur += timedelta(days=step)
        if is_workday(cur):
            remaining -= 1
    return cur


def working_days_between(a: date, b: date) -> int:
    """Working days in ``(a, b]`` (negative when ``b`` is before ``a``), so that
    ``working_days_between(a, add_working_days(a, n)) == n``."""
    if b < a:
        return -working_days_between(b, a)
    _check(a)
    _check(b)
    return sum(1 for i in range(1, (b - a).days + 1) if is_workday(a + timedelta(days=i)))


def add_months(d: date, n: int) -> date:
    """Same day ``n`` months later, clamped to the month's end (2024-08-31 + 6 → 2025-02-28)."""
    month0 = d.month - 1 + n
    year, month = d.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(d.day, _cal.monthrange(year, month)[1]))


def add_days(d: date, n: int, kind: PeriodKind = "calendar") -> date:
    """``d`` plus ``n`` calendar days or ``n`` working days."""
    if kind == "calendar":
        return d + timedelta(days=n)
    if kind == "working":
        return add_working_days(d, n)
    raise ValueError(f"unknown period kind {kind!r} (calendar|working)")


def period_end(start: date, n: int, kind: PeriodKind = "calendar") -> date:
    """Last day of an ``n``-day period starting after ``start``.

    Calendar periods whose last day is a holiday or rest day end on the next working day
    (民法典 第二百零三条); working-day periods end on their ``n``-th working day.
    """
    end = add_days(start, n, kind)
    while kind == "calendar" and not is_workday(end):
        end += timedelta(days=1)
    return end

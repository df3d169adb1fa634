"""Dated steps of a case that obey the statutory deadlines, counted in working days where the law
says so (行政处罚法 第八十五条: 二日/三日/五日/七日 are working days).

Uses the project's ``casecheck.laws.calendar`` (statutory holidays and 调休 workdays).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

try:  # the project's calendar (chinese-calendar data, raises outside its covered years)
    from casecheck.laws.calendar import is_workday as _project_is_workday
except ImportError:  # pragma: no cover - depends on what is installed
    _project_is_workday = None


def is_workday(d: dt.date) -> bool:
    """True when ``d`` is a working day (holidays excluded, 调休 Saturdays included).

    Outside the calendar's covered years, Monday–Friday (generated dates stay within 2022–2026).
    """
    if _project_is_workday is not None:
        try:
            return bool(_project_is_workday(d))
        except ValueError:
            pass
    return d.weekday() < 5


def add_wd(d: dt.date, n: int) -> dt.date:
    """The ``n``-th working day after ``d`` (``n`` = 0 → ``d`` itself if a workday, else the next)."""
    if n == 0:
        while not is_workday(d):
            d += dt.timedelta(days=1)
        return d
    while n > 0:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d


def wd_between(a: dt.date, b: dt.date) -> int:
    """Working days after ``a`` up to and including ``b`` (0 when ``b <= a``)."""
    n, d = 0, a
    while d < b:
        d += dt.timedelta(days=1)
        n += is_workday(d)
    return n


def workday_on_or_after(d: dt.date) -> dt.date:
    """``d`` or the next working day."""
    return add_wd(d, 0)


@dataclass
class Knobs:
    """Timeline switches the defect injectors set before dates are drawn."""

    min_decision_days: int | None = None  # PROC-03: decision at least this many days after filing
    decide_in_period: bool = False  # PROC-05: decide before the 陈述申辩 period ends
    waiver: bool = False  # …because the party waived the period in writing (clean)
    late_service: bool = False  # SERV-01: serve the decision 8+ working days after it
    stale_violation: bool = False  # PROC-09: violation 2+ years before filing
    inquiry_before_filing: bool = False  # PROC-04
    late_publication: bool = False  # PROC-12 (variant: record dated too late)
    late_payment: bool = False  # payment overdue → 加处罚款
    extension: bool = False  # an approved extension of the case limit (clean)
    extra: dict[str, int] = field(default_factory=dict)


def plan_ordinary(
    rng: random.Random,
    start: dt.date,
    *,
    source: str,
    statement_wd: int,
    hearing_held: bool,
    legal_review: bool,
    collective: bool,
    notice_by_post: bool,
    knobs: Knobs,
    statement_made: bool,
    n_inquiries: int,
    no_notice: bool = False,
) -> dict[str, dt.date | None]:
    """Dates of an ordinary-procedure penalty case (普通程序). Returns ISO-comparable ``date`` values.

    Keys: clue, violation, filing, inspection, inquiry1.., report, review, notice, notice_served,
    statement, hearing_request, hearing_notice, hearing, hearing_report, collective, approval,
    decision, decision_served, payment, publication, closing, extension.
    """
    for attempt in range(40):
        shrink = 1.0 if knobs.min_decision_days else max(0.15, 1 - attempt * 0.1)

        def _rw(day: dt.date, lo: int, hi: int, shrink: float = shrink) -> dt.date:
            return add_wd(day, rng.randint(lo, max(lo, int(hi * shrink))))

        d: dict[str, dt.date | None] = {}
        clue = workday_on_or_after(start)
        d["clue"] = clue
        if source == "日常检查":
            d["filing"] = clue
            d["inspection"] = clue
        else:
            d["filing"] = _rw(clue, 1, 5)
            d["inspection"] = _rw(d["filing"], 0, 3)
        d["violation"] = clue - dt.timedelta(days=rng.randint(0, 25) if source != "日常检查" else 0)
        if knobs.stale_violation:
            d["violation"] = d["filing"] - dt.timedelta(days=2 * 365 + rng.randint(30, 300))
        last = d["inspection"]
        for i in range(1, n_inquiries + 1):
            last = _rw(last, 0 if i == 1 else 1, 6)
            d[f"inquiry{i}"] = last
        if knobs.inquiry_before_filing:
            d["inquiry1"] = add_wd(d["filing"] - dt.timedelta(days=rng.randint(3, 6)), 0)
            if d["inquiry1"] >= d["filing"]:
                d["inquiry1"] = d["filing"] - dt.timedelta(days=3)
        d["report"] = _rw(last, 2, 12)
        cursor = d["report"]
        if knobs.min_decision_days:
            # a stalled investigation: the report waits before anything else happens
            # PROC-03 waits until just before the limit; an extension leaves the usual steps room
            back = rng.randint(8, 14) if knobs.extension else rng.randint(2, 4)
            cursor = d["filing"] + dt.timedelta(days=knobs.min_decision_days - back)
            cursor = workday_on_or_after(max(cursor, d["report"]))
            d["report"] = cursor
        if legal_review and not hearing_held:
            d["review"] = _rw(cursor, 1, 4)
            cursor = d["review"]
        if no_notice:
            d["notice"] = d["notice_served"] = None
            period_end = _rw(cursor, 1, 4)
        else:
            d["notice"] = _rw(cursor, 1, 4)
            d["notice_served"] = _rw(d["notice"], 1, 3) if notice_by_post else d["notice"]
            period_end = add_wd(d["notice_served"], statement_wd)
        cursor = period_end
        if statement_made and not no_notice:
            d["statement"] = _rw(d["notice_served"], 1, statement_wd)
        if hearing_held:
            d["hearing_request"] = _rw(d["notice_served"], 1, min(statement_wd, 5))
            d["hearing_notice"] = _rw(d["hearing_request"], 1, 3)
            d["hearing"] = _rw(d["hearing_notice"], 7, 10)
            d["hearing_report"] = _rw(d["hearing"], 1, 2)
            d["review"] = _rw(d["hearing_report"], 1, 3)
            cursor = max(cursor, d["review"])
        if collective:
            d["collective"] = _rw(cursor, 1, 4)
            cursor = d["collective"]
        d["approval"] = _rw(cursor, 1, 3)
        d["decision"] = _rw(d["approval"], 0, 1)
        if knobs.decide_in_period and d["notice_served"]:
            d["decision"] = add_wd(d["notice_served"], rng.randint(1, max(1, statement_wd - 1)))
            d["approval"] = d["decision"]
            for k in ("collective", "review"):
                if d.get(k) and d[k] > d["decision"]:
                    d[k] = d["decision"]
            d.pop("statement", None)
            if knobs.waiver:
                d["waiver"] = d["notice_served"]
        if knobs.late_service:
            d["decision_served"] = add_wd(d["decision"], rng.randint(8, 14))
        elif rng.random() < 0.6:
            d["decision_served"] = d["decision"]
        else:
            d["decision_served"] = _rw(d["decision"], 1, 5)
        if knobs.late_payment:
            d["payment"] = d["decision_served"] + dt.timedelta(days=rng.randint(20, 45))
        else:
            d["payment"] = d["decision_served"] + dt.timedelta(days=rng.randint(1, 14))
        if knobs.late_publication:
            d["publication"] = add_wd(d["decision"], rng.randint(25, 40))
        elif knobs.late_service:
            d["publication"] = add_wd(d["decision"], rng.randint(1, 15))
        else:  # published after service, well inside the 20 working days
            d["publication"] = add_wd(d["decision_served"], rng.randint(1, 12))
        d["closing"] = workday_on_or_after(
            max(d["payment"], d["publication"]) + dt.timedelta(days=rng.randint(1, 10))
        )
        span = (d["decision"] - d["filing"]).days
        if knobs.min_decision_days:
            if span > (90 if knobs.extension else knobs.min_decision_days) and (
                not knobs.extension or span <= 118
            ):
                if knobs.extension:
                    d["extension"] = workday_on_or_after(d["filing"] + dt.timedelta(days=rng.randint(70, 85)))
                break
            continue
        if span <= 87:
            break
    else:  # pragma: no cover - defensive: the loop always finds a plan in practice
        raise RuntimeError("no timeline found")
    return d


def plan_summary(rng: random.Random, start: dt.date) -> dict[str, dt.date | None]:
    """Dates of an on-the-spot case (简易程序): act, decision and service the same day."""
    day = start
    pay = day + dt.timedelta(days=rng.randint(0, 12))
    return {"violation": day, "decision": day, "decision_served": day, "payment": pay}

"""deadline — the time between two events stays within a limit, in calendar or working days.

Options:
  start, end: timeline events (``filing``, ``decision``, ``decision_served`` …).
  limit: the limit in days.
  unit: ``calendar`` or ``working`` (行政处罚法 第八十五条: 二、三、五、七日 are working days).
  requires: an event whose absence means the rule does not apply (e.g. no decision, no deadline).
  unless_markers: markers that excuse the deadline (``extension_approved``, ``on_spot_service``).
  unless_documents: doc types whose presence excuses it (延期审批表).
  unknown_markers: marker → why the dates cannot answer (公告送达: served when the notice period ends,
    so only the first attempt's timeliness counts, which the dates do not show): 无法评查.

A missing date, or a date outside the holiday calendar's coverage, is 无法评查 — never a guess.

Example: filing 2024-01-02, decision 2024-05-06, limit 90 calendar days → ``{"days": 125, …}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from casecheck.checks.util import (
    EVENT_DOCS,
    EVENT_NAMES,
    Context,
    Hit,
    Opt,
    Unknown,
    any_marker,
    docs,
    event,
    evs,
)

ID = "deadline"
OPTIONS = {
    "start": Opt(str),
    "end": Opt(str),
    "limit": Opt(int),
    "unit": Opt(str, "calendar", ("calendar", "working")),
    "requires": Opt((str, type(None)), None),
    "unless_markers": Opt(list, []),
    "unknown_markers": Opt(dict, {}),
    "unless_documents": Opt(list, []),
}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit when ``end`` falls after the deadline counted from ``start``."""
    req = opts["requires"]
    if req and event(facts, req)[0] is None and not docs(facts, *EVENT_DOCS.get(req, ())):
        return
    if any(any_marker(facts, m) for m in opts["unless_markers"]) or docs(facts, *opts["unless_documents"]):
        return
    if why := next((w for m, w in opts["unknown_markers"].items() if any_marker(facts, m)), None):
        yield Unknown(why)
        return
    start, e1 = event(facts, opts["start"])
    end, e2 = event(facts, opts["end"])
    names = EVENT_NAMES.get(opts["start"], opts["start"]), EVENT_NAMES.get(opts["end"], opts["end"])
    if start is None or end is None:
        missing = names[0] if start is None else names[1]
        yield Unknown(f"缺少{missing}日期，无法计算期限")
        return
    limit = opts["limit"]
    if opts["unit"] == "calendar":
        due, days = start + timedelta(days=limit), (end - start).days
    else:
        try:
            from casecheck.laws.calendar import OutsideCalendar, add_working_days, working_days_between
        except ImportError:
            yield Unknown("工作日历不可用，无法计算工作日期限")
            return
        try:
            due, days = add_working_days(start, limit), working_days_between(start, end)
        except OutsideCalendar:
            yield Unknown(f"{start.isoformat()} 至 {end.isoformat()} 超出节假日历覆盖范围，无法计算工作日")
            return
    if end > due:
        unit = "日" if opts["unit"] == "calendar" else "个工作日"
        yield Hit(
            {
                "start": start.isoformat(),
                "end": end.isoformat(),
                "days": days,
                "limit": limit,
                "unit": unit,
                "due": due.isoformat(),
                "start_name": names[0],
                "end_name": names[1],
            },
            evs(e2, e1),
        )

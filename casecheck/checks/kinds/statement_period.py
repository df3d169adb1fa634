"""statement_period — the decision waits for the 陈述申辩/听证 period of the notice (PROC-05).

Options:
  default_days: the period when the notice states none (the profile's ``statement_days_min``).
  working_days_periods: stated periods that count in working days (行政处罚法 第八十五条: 2/3/5/7).
  working_days_from: the day 第八十五条 took effect: a notice served before it counts its days
    by the calendar (三日内 in 2019 is three days), unless it says 工作日.

The period runs from the notice's service; when the service date is unknown the notice date is a
safe lower bound: a decision within the period counted from the notice date is certainly early.
A waiver (``statement_waived``: 书面放弃陈述申辩, 本人不提出陈述申辩) excuses the rule; a record that
the party 未提出 (has not made) a statement is silence, not a waiver — written before the period
ends it proves nothing, so the period is still checked.

Example: notice served 2024-03-04 (Mon), 3 working days → period ends 2024-03-07; decision
2024-03-06 → ``{"decision": "2024-03-06", "end": "2024-03-07", "days": 3}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from casecheck.checks.util import Context, Hit, Opt, Unknown, all_docs, docs, event, evs, fact_ev, value

ID = "statement_period"
# 未提出陈述申辩 / 没有提出: a record that nothing was said, not a declaration
SILENCE = re.compile(r"(?:未|没有|尚未)(?:提出|要求)")
OPTIONS = {
    "default_days": Opt(int),
    "working_days_periods": Opt(list, [2, 3, 5, 7]),
    "working_days_from": Opt(str, "2021-07-15"),
}


def _waived(facts: dict[str, Any]) -> bool:
    """A waiver in the file: 放弃/不提出 陈述申辩 (a bare 未提出 — silence — is none)."""
    for doc in all_docs(facts):
        marker = (doc.get("markers") or {}).get("statement_waived")
        if not marker or not value(marker):
            continue
        quote = str((fact_ev(marker) or {}).get("quote") or "")
        if not quote or not SILENCE.search(quote) or "放弃" in quote:
            return True
    return False


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit when the decision is dated on or before the last day of the period."""
    notices = docs(facts, "行政处罚事先告知书", "听证告知书")
    decided, e_dec = event(facts, "decision")
    if not notices or decided is None or _waived(facts):
        return
    stated = notices[-1].get("statement_days")
    days = value(stated) if isinstance(value(stated), int) else opts["default_days"]
    served, e_start = event(facts, "notice_served")
    exact = served is not None
    if not exact:
        served, e_start = event(facts, "notice")
    if served is None:
        yield Unknown("缺少告知书送达日期，无法核对陈述申辩期限")
        return
    said = "工作日" in str((stated or {}).get("form", ""))
    in_force = served.isoformat() >= opts["working_days_from"]
    working = said or (in_force and days in opts["working_days_periods"])
    try:
        from casecheck.laws.calendar import OutsideCalendar, add_working_days, period_end
    except ImportError:
        yield Unknown("工作日历不可用")
        return
    try:
        # calendar days end on the next working day when the last is a rest day (民法典 第二百零三条)
        end = add_working_days(served, days) if working else period_end(served, days, "calendar")
    except OutsideCalendar:
        if working:
            yield Unknown(f"{served.isoformat()} 超出节假日历覆盖范围，无法计算陈述申辩期限")
            return
        end = served + timedelta(days=days)  # the bare count: a decision within it is early all the same
    if decided <= end:
        unit = "个工作日" if working else "日"
        yield Hit(
            {
                "decision": decided.isoformat(),
                "served": served.isoformat(),
                "end": end.isoformat(),
                "days": days,
                "unit": unit,
            },
            evs(e_dec, e_start),
        )
    elif not exact:
        yield Unknown("缺少告知书送达日期，无法确认陈述申辩期限已届满")

"""The case timeline a report draws: dated steps and the deadlines that applied to them.

Renderers read records only. Until the record carries a ``timeline`` key of its own, the steps
come from ``fields.dates`` and the dated ``documents[]``; the deadlines are the statutory periods
with the lengths the record's profile sets (``rules/profiles/*.yaml`` ``parameters``), counted
with the working-day calendar where the law says 工作日. A deadline whose start or end step is
undated is left out, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

# fields.dates key → step label, in the order the law expects them
DATE_STEPS: tuple[tuple[str, str], ...] = (
    ("violation", "违法行为"),
    ("filing", "立案"),
    ("notice", "事先告知"),
    ("notice_served", "告知书送达"),
    ("decision", "作出决定"),
    ("decision_served", "决定书送达"),
    ("payment", "缴纳罚款"),
    ("closing", "结案"),
)
# document types whose 落款 is a step of their own (the first such document dates it)
DOC_STEPS: tuple[tuple[str, str], ...] = (
    ("现场检查笔录", "现场检查"),
    ("询问笔录", "询问调查"),
    ("调查终结报告", "调查终结"),
    ("陈述申辩笔录", "陈述申辩"),
    ("听证笔录", "听证"),
    ("法制审核意见书", "法制审核"),
    ("集体讨论记录", "集体讨论"),
    ("行政处罚决定审批表", "决定审批"),
    ("公示记录", "信息公示"),
)
# the law's order of all steps, to sort steps of one day
_ORDER = {
    k: i
    for i, k in enumerate(
        (
            "violation",
            "filing",
            "现场检查笔录",
            "询问笔录",
            "调查终结报告",
            "notice",
            "notice_served",
            "陈述申辩笔录",
            "听证笔录",
            "法制审核意见书",
            "集体讨论记录",
            "行政处罚决定审批表",
            "decision",
            "decision_served",
            "公示记录",
            "payment",
            "closing",
        )
    )
}
DEFAULTS: dict[str, Any] = {
    "case_limit_days": 90,
    "statement_days_min": 3,
    "service_working_days": 7,
    "publication_working_days": 20,
    "limitation_years": 2,
}
PAYMENT_DAYS = 15  # 行政处罚法 第六十七条第三款: 收到决定书之日起十五日内缴纳


@dataclass(frozen=True)
class Step:
    """One dated step of the case: ``key`` (a ``fields.dates`` key or a doc type), label, date."""

    key: str
    label: str
    date: date
    document: str | None = None


@dataclass(frozen=True)
class Deadline:
    """A period that applied: from ``start`` (a step) to ``due``; ``met`` compares the closing step."""

    label: str
    basis: str
    start: date
    due: date
    end_label: str
    end: date | None
    met: bool | None
    after: bool = False  # the step must come *after* ``due`` (a period the party is owed)

    @property
    def requirement(self) -> str:
        """What the period requires, in words."""
        if self.after:
            return f"{cn(self.due)}届满后方可{self.end_label}"
        return f"应于{cn(self.due)}前{self.end_label}"

    @property
    def outcome(self) -> str:
        """What the file shows, in words."""
        if self.end is None:
            return f"卷内未见{self.end_label}日期"
        if self.after:
            state = "符合" if self.met else "期限未届满"
        else:
            state = "符合" if self.met else f"超期 {(self.end - self.due).days} 日"
        return f"{cn(self.end)}{self.end_label}（{state}）"


@dataclass(frozen=True)
class Timeline:
    """Steps sorted by date, the deadlines and the steps that are out of the law's order."""

    steps: tuple[Step, ...]
    deadlines: tuple[Deadline, ...]


def cn(d: date) -> str:
    """``2025年5月14日``."""
    return f"{d.year}年{d.month}月{d.day}日"


def _iso(v: Any) -> date | None:
    try:
        return date.fromisoformat(str(v)[:10]) if v else None
    except ValueError:
        return None


@cache
def _parameters(profile: str) -> dict[str, Any]:
    """The profile's parameters; the statutory defaults when the profile cannot be loaded."""
    try:
        from casecheck.checks.profiles import load_profile

        return {**DEFAULTS, **load_profile(profile).parameters}
    except Exception:  # a record from another installation may name a profile we lack
        return dict(DEFAULTS)


def _add_working(d: date, n: int) -> date:
    """``n`` working days after ``d``; weekdays only outside the holiday calendar's years."""
    try:
        from casecheck.laws.calendar import add_working_days

        return add_working_days(d, n)
    except Exception:
        cur = d
        while n:
            cur += timedelta(days=1)
            n -= cur.weekday() < 5
        return cur


def _add_years(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def build_timeline(rec: dict[str, Any]) -> Timeline:
    """The timeline of one record (``rec["timeline"]`` when present, else derived)."""
    if rec.get("timeline"):
        return _from_record(rec["timeline"])
    dates = {k: _iso(v) for k, v in ((rec.get("fields") or {}).get("dates") or {}).items()}
    steps = [Step(k, label, dates[k]) for k, label in DATE_STEPS if dates.get(k)]
    for doc_type, label in DOC_STEPS:
        d = next((x for x in rec.get("documents", []) if x["doc_type"] == doc_type and _iso(x["date"])), None)
        if d is not None:
            steps.append(Step(doc_type, label, _iso(d["date"]), d.get("ref") or d["doc_type"]))
    steps.sort(key=lambda s: (s.date, _ORDER.get(s.key, 99)))
    return Timeline(
        tuple(steps), tuple(_deadlines(dates, steps, _parameters(rec.get("profile") or "default")))
    )


def _deadlines(dates: dict[str, date | None], steps: list[Step], p: dict[str, Any]) -> list[Deadline]:
    """The statutory periods whose start step is dated."""
    out: list[Deadline] = []

    def add(label: str, basis: str, start: date | None, due: date | None, end_label: str, end: date | None):
        if start and due:
            out.append(
                Deadline(label, basis, start, due, end_label, end, None if end is None else end <= due)
            )

    v, filing, decision = dates.get("violation"), dates.get("filing"), dates.get("decision")
    years = int(p["limitation_years"])
    add("追诉时效", "行政处罚法 第三十六条", v, v and _add_years(v, years), "立案", filing)
    days = int(p["case_limit_days"])
    add(
        f"办案期限（{days}日）",
        "行政处罚法 第六十条",
        filing,
        filing and filing + timedelta(days),
        "作出决定",
        decision,
    )
    served = dates.get("notice_served") or dates.get("notice")
    n = int(p["statement_days_min"])
    if served and decision:
        # the decision may come only after the 陈述申辩 period has run
        due = served + timedelta(n)
        out.append(
            Deadline(
                f"陈述申辩期（{n}日）",
                "行政处罚法 第四十五条、第六十二条",
                served,
                due,
                "作出决定",
                decision,
                decision > due,
                after=True,
            )
        )
    w = int(p["service_working_days"])
    add(
        f"决定书送达（{w}个工作日）",
        "行政处罚法 第六十一条",
        decision,
        decision and _add_working(decision, w),
        "送达",
        dates.get("decision_served"),
    )
    ds = dates.get("decision_served")
    add(
        f"缴纳罚款（{PAYMENT_DAYS}日）",
        "行政处罚法 第六十七条",
        ds,
        ds and ds + timedelta(PAYMENT_DAYS),
        "缴纳",
        dates.get("payment"),
    )
    pub = next((s.date for s in steps if s.key == "公示记录"), None)
    # every decision (a sector profile), or this one, published: the default profile requires it
    # only of decisions a binding rule covers (PROC-12), which the record does not say
    if p.get("publication_required", True) or pub is not None:
        w = int(p["publication_working_days"])
        add(
            f"信息公示（{w}个工作日）",
            "行政处罚法 第四十八条",
            decision,
            decision and _add_working(decision, w),
            "公示",
            pub,
        )
    return out


def _from_record(items: list[dict[str, Any]]) -> Timeline:
    """Read the proposed record key ``timeline: [{event, label, date, document, deadline…}]``."""
    steps, deadlines = [], []
    for it in items:
        d = _iso(it.get("date"))
        if d is None:
            continue
        steps.append(Step(it.get("event", ""), it.get("label") or it.get("event", ""), d, it.get("document")))
        dl = it.get("deadline")
        if dl and _iso(dl.get("due")):
            end, due, after = _iso(dl.get("end")), _iso(dl["due"]), bool(dl.get("after"))
            met = None if end is None else (end > due if after else end <= due)
            deadlines.append(
                Deadline(
                    dl.get("label", ""), dl.get("basis", ""), d, due, dl.get("end_label", ""), end, met, after
                )
            )
    steps.sort(key=lambda s: s.date)
    return Timeline(tuple(steps), tuple(deadlines))

"""The case queue and the dashboard: cases by risk with their state (open, signed off, returned
for correction), filtered by agency, grade, code, reviewer and state; a campaign's progress.

The store's ``records`` columns give status, score and grade; agency, risk and defect codes come
from each record's JSON, parsed once per stored record and kept in memory.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from casecheck.batch import store as st
from casecheck.web import db
from casecheck.web.campaigns import Campaign

UNKNOWN_AGENCY = "（未识别）"


@dataclass(frozen=True)
class QueueRow:
    """A case in the queue; ``score``/``grade`` are the sign-off's once signed, else the program's."""

    case_row: int
    case_id: str
    status: str
    agency: str
    score: float | None
    grade: str | None
    risk: float | None
    codes: tuple[str, ...]
    reviewer: str
    state: str


@dataclass
class Dashboard:
    """A campaign's progress and results."""

    total: int = 0
    signed: int = 0
    returned: int = 0
    errors: int = 0
    mean_score: float | None = None
    grades: dict[str, int] = field(default_factory=dict)
    agencies: list[dict[str, Any]] = field(default_factory=list)
    codes: list[tuple[str, int]] = field(default_factory=list)


def _states(conn: sa.Connection, rows: list[int]) -> tuple[dict[int, str], dict[int, tuple[float, str]]]:
    """``signed``/``returned``/``open`` per case row (of its current version), and the signed
    cases' final score and grade (the last sign-off of the current version)."""
    out = dict.fromkeys(rows, "open")
    for r in conn.execute(sa.select(db.rounds.c.case_row, db.rounds.c.status).order_by(db.rounds.c.id)):
        if r.case_row in out:
            out[r.case_row] = "returned" if r.status == "returned" else "open"
    versions = case_versions(conn, rows)
    final: dict[int, tuple[float, str]] = {}
    query = sa.select(db.signoffs).order_by(db.signoffs.c.id)
    for r in conn.execute(query):
        if r.case_row in out and r.version == versions.get(r.case_row, 0) and out[r.case_row] != "returned":
            out[r.case_row] = "signed"
            final[r.case_row] = (r.score, r.grade)
    return out, final


def case_versions(conn: sa.Connection, rows: list[int]) -> dict[int, int]:
    """The current version (finished 整改 rounds) of each case row."""
    out = dict.fromkeys(rows, 0)
    query = (
        sa.select(db.rounds.c.case_row, sa.func.count())
        .where(db.rounds.c.status == "rereviewed")
        .group_by(db.rounds.c.case_row)
    )
    for r in conn.execute(query):
        if r[0] in out:
            out[r[0]] = int(r[1])
    return out


# (database, records.id, run, time) → (agency, risk, codes). A replaced record is written by another
# run or at another time, so an entry never goes stale even where SQLite reuses a row id.
Summary = tuple[str, float | None, tuple[str, ...]]
_SUMMARIES: dict[tuple[str, int, int, str], Summary] = {}
_SUMMARY_LIMIT = 200_000


def _summaries(conn: sa.Connection, keys: list[tuple[int, int, str]]) -> dict[int, Summary]:
    """Agency, risk and codes of each record (``(id, run, time)``), parsing only the records
    not seen before; by record id."""
    db_key = str(conn.engine.url)
    full = {k[0]: (db_key, *k) for k in keys}
    missing = [k for k in full.values() if k not in _SUMMARIES]
    if len(_SUMMARIES) + len(missing) > _SUMMARY_LIMIT:
        _SUMMARIES.clear()
        missing = list(full.values())
    for chunk in range(0, len(missing), 500):
        part = {k[1]: k for k in missing[chunk : chunk + 500]}
        for rid, text in conn.execute(
            sa.select(st.records.c.id, st.records.c.record).where(st.records.c.id.in_(list(part)))
        ):
            rec = json.loads(text)
            _SUMMARIES[part[rid]] = (
                (rec.get("fields") or {}).get("agency") or "",
                (rec.get("risk") or {}).get("probability"),
                tuple(sorted({x["code"] for x in rec.get("findings") or []})),
            )
    return {rid: _SUMMARIES[k] for rid, k in full.items() if k in _SUMMARIES}


def queue(engine: sa.Engine, camp: Campaign, filters: dict[str, str] | None = None) -> list[QueueRow]:
    """The campaign's cases, highest risk first, filtered by agency, grade, code and reviewer."""
    f = {k: v for k, v in (filters or {}).items() if v}
    with engine.connect() as conn:
        rows = list(
            conn.execute(
                sa.select(
                    st.cases.c.id,
                    st.cases.c.case_id,
                    st.records.c.id.label("rid"),
                    st.records.c.run_id,
                    st.records.c.reviewed_at,
                    st.records.c.status,
                    st.records.c.score,
                    st.records.c.grade,
                    db.users.c.username,
                )
                .join(st.records, st.records.c.case_row == st.cases.c.id)
                .outerjoin(db.assignments, db.assignments.c.case_row == st.cases.c.id)
                .outerjoin(db.users, db.users.c.id == db.assignments.c.user_id)
                .where(st.cases.c.campaign == camp.name)
            )
        )
        states, final = _states(conn, [r.id for r in rows])
        summaries = _summaries(conn, [(r.rid, r.run_id, r.reviewed_at) for r in rows])
    out = []
    for r in rows:
        agency, risk, codes = summaries.get(r.rid, ("", None, ()))
        item = QueueRow(
            r.id,
            r.case_id,
            r.status,
            agency or UNKNOWN_AGENCY,
            final[r.id][0] if r.id in final else r.score,
            final[r.id][1] if r.id in final else r.grade,
            risk,
            codes,
            r.username or "",
            states[r.id],
        )
        if (
            f.get("agency", item.agency) != item.agency
            or f.get("grade", item.grade) != item.grade
            or ("code" in f and f["code"] not in item.codes)
            or f.get("reviewer", item.reviewer) != item.reviewer
            or f.get("state", item.state) != item.state
        ):
            continue
        out.append(item)
    out.sort(key=lambda q: (-(q.risk if q.risk is not None else -1.0), q.case_id))
    return out


def dashboard(engine: sa.Engine, camp: Campaign) -> Dashboard:
    """Progress (signed off, returned), mean score, grade distribution, agencies and top codes."""
    rows = queue(engine, camp)
    d = Dashboard(total=len(rows))
    d.signed = sum(r.state == "signed" for r in rows)
    d.returned = sum(r.state == "returned" for r in rows)
    d.errors = sum(r.status == "error" for r in rows)
    scores = [r.score for r in rows if r.score is not None]
    d.mean_score = round(sum(scores) / len(scores), 1) if scores else None
    d.grades = dict(Counter(r.grade for r in rows if r.grade))
    by_agency: dict[str, list[QueueRow]] = {}
    for r in rows:
        by_agency.setdefault(r.agency, []).append(r)
    for name, items in sorted(by_agency.items()):
        s = [i.score for i in items if i.score is not None]
        d.agencies.append(
            {
                "name": name,
                "cases": len(items),
                "signed": sum(i.state == "signed" for i in items),
                "mean": round(sum(s) / len(s), 1) if s else None,
            }
        )
    d.codes = Counter(c for r in rows for c in r.codes).most_common(10)
    return d


def case_in_campaign(engine: sa.Engine, camp: Campaign, case_row: int) -> dict[str, Any] | None:
    """The case row (id, case_id, source, record dict) if it belongs to ``camp``."""
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(st.cases.c.id, st.cases.c.case_id, st.cases.c.source, st.records.c.record)
            .join(st.records, st.records.c.case_row == st.cases.c.id)
            .where(st.cases.c.id == case_row, st.cases.c.campaign == camp.name)
        ).first()
        if row is None:
            return None
        version = case_versions(conn, [row.id])[row.id]
    return {
        "row": row.id,
        "case_id": row.case_id,
        "source": row.source,
        "record": json.loads(row.record),
        "version": version,
    }

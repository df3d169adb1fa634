"""Start-up migration of decisions an older workbench stored by position only.

Such a row (``web_decisions.finding_key`` empty) names the finding by its index in the record
of the day. It is given the key of the finding now at that index only when the row still
describes it: same version of the case, same rule, and — where the audit log kept the
decision's message — the same message. Otherwise the record changed since (reviewed again) and
the row gets a key no finding has (``stale:<index>:<rule>``): it stays readable and is shown as
stale instead of being attached to whichever finding now sits at that index.
"""

from __future__ import annotations

import json

import sqlalchemy as sa

from casecheck.batch import store as st
from casecheck.web import db
from casecheck.web.review import finding_keys


def stale_key(index: int, rule: str) -> str:
    """The key of a positional decision that no longer matches a finding."""
    return f"stale:{index}:{rule}"


def _versions(conn: sa.Connection) -> dict[int, int]:
    query = (
        sa.select(db.rounds.c.case_row, sa.func.count())
        .where(db.rounds.c.status == "rereviewed")
        .group_by(db.rounds.c.case_row)
    )
    return {int(r[0]): int(r[1]) for r in conn.execute(query)}


def _message(conn: sa.Connection, row: object) -> str | None:
    """The finding message the audit log kept with this decision, if it did."""
    found = conn.execute(
        sa.select(db.audit.c.detail).where(
            db.audit.c.action == row.decision,  # type: ignore[attr-defined]
            db.audit.c.username == row.username,  # type: ignore[attr-defined]
            db.audit.c.at == row.at,  # type: ignore[attr-defined]
            db.audit.c.target == f"{row.rule} #{row.finding + 1}",  # type: ignore[attr-defined]
        )
    ).first()
    return found.detail if found else None


def migrate_positional_decisions(engine: sa.Engine) -> int:
    """Key every positional decision (see the module docstring); returns how many were keyed."""
    with engine.begin() as conn:
        rows = list(conn.execute(db.decisions.select().where(db.decisions.c.finding_key.is_(None))))
        if not rows:
            return 0
        versions = _versions(conn)
        records: dict[int, list] = {}
        for r in rows:
            if r.case_row not in records:
                text = conn.execute(
                    sa.select(st.records.c.record).where(st.records.c.case_row == r.case_row)
                ).scalar()
                records[r.case_row] = (json.loads(text).get("findings") or []) if text else []
            findings = records[r.case_row]
            key = stale_key(r.finding, r.rule)
            if r.version == versions.get(r.case_row, 0) and 0 <= r.finding < len(findings):
                f = findings[r.finding]
                message = _message(conn, r)
                if f.get("rule") == r.rule and message in (None, f.get("message")):
                    key = finding_keys(findings)[r.finding]
            conn.execute(db.decisions.update().where(db.decisions.c.id == r.id).values(finding_key=key))
    return len(rows)

"""The audit log: every decision, sign-off, return, upload and account change (who, when, what, why)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from casecheck.web import db
from casecheck.web.auth import User


def log(
    conn: sa.Connection,
    user: User | str,
    action: str,
    campaign: str | None = None,
    case_id: str | None = None,
    target: str = "",
    detail: str = "",
    reason: str = "",
) -> None:
    """Write one audit row inside the caller's transaction (so an action and its row commit together)."""
    conn.execute(
        db.audit.insert().values(
            at=db.now(),
            username=user if isinstance(user, str) else user.username,
            action=action,
            campaign=campaign,
            case_id=case_id,
            target=target[:500],
            detail=detail,
            reason=reason.strip(),
        )
    )


def entries(engine: sa.Engine, campaign: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
    """The latest audit rows, newest first (of one campaign, or all)."""
    query = db.audit.select().order_by(db.audit.c.id.desc()).limit(limit)
    if campaign is not None:
        query = query.where(db.audit.c.campaign == campaign)
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]

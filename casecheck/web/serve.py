"""Start the workbench: prepare the data folder, optionally import the samples as a demo
campaign with an admin and a reviewer account, then run uvicorn.

``casecheck serve`` calls :func:`prepare` then :func:`run`. The demo accounts' passwords are
random and returned once (the CLI prints them); only their argon2 hashes are stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from casecheck.web import auth, campaigns, db
from casecheck.web.audit import log
from casecheck.web.migrate import migrate_positional_decisions

DEMO_CAMPAIGN = "demo"
DEMO_TITLE = "示例案卷评查"


@dataclass(frozen=True)
class Started:
    """What a first start created: the accounts (name, password) and the campaign's case count."""

    accounts: tuple[tuple[str, str, str], ...] = ()
    campaign: str | None = None
    cases: int = 0


def default_url(data: Path) -> str:
    """The embedded SQLite database of a data folder."""
    return str(data / "campaign.db")


def _has_users(engine: sa.Engine) -> bool:
    with engine.connect() as conn:
        return conn.execute(sa.select(db.users.c.id).limit(1)).first() is not None


def samples_dir() -> Path | None:
    """The repository's ``samples/`` folder, when casecheck runs from a checkout."""
    here = Path(__file__).resolve().parents[2] / "samples"
    return here if here.is_dir() else None


def prepare(
    url: str, data: Path, demo: bool, samples: Path | None = None, workers: int | None = None
) -> Started:
    """Create the tables and adopt the campaigns ``casecheck review --campaign`` stored; on
    ``demo`` (or an empty database) create the accounts and, with samples at hand, import them as
    the demo campaign reviewed by the batch runner."""
    from casecheck.batch.store import CampaignStore

    store = CampaignStore(url)
    try:
        db.create(store.engine)
        migrate_positional_decisions(store.engine)
        campaigns.adopt_store_campaigns(store.engine, data)
        if not demo and _has_users(store.engine):
            return Started()
        accounts = []
        for name, role in (("admin", "admin"), ("reviewer", "reviewer")):
            password = auth.new_password()
            accounts.append((name, password, role))
            with store.engine.begin() as conn:
                known = conn.execute(sa.select(db.users.c.id).where(db.users.c.username == name)).first()
                if known is not None:  # a demo restart: new password, same account and its work
                    conn.execute(
                        db.users.update()
                        .where(db.users.c.id == known.id)
                        .values(pw_hash=auth.hash_password(password), role=role, active=True)
                    )
                    auth.end_sessions(conn, known.id)
                    log(conn, "casecheck", "user_password_reset", target=name, detail="serve --demo")
                    continue
            auth.create_user(store.engine, name, password, role)
            with store.engine.begin() as conn:
                log(conn, "casecheck", "user_create", target=name, detail=f"{role} (serve --demo)")
        source = samples or samples_dir()
        if source is None or not source.is_dir():
            return Started(tuple(accounts))
        with store.engine.connect() as conn:
            row = conn.execute(
                sa.select(db.campaigns.c.id).where(db.campaigns.c.name == DEMO_CAMPAIGN)
            ).first()
        camp = (
            campaigns.get_campaign(store.engine, row.id)
            if row
            else campaigns.create_campaign(store.engine, data, DEMO_CAMPAIGN, DEMO_TITLE, "default")
        )
        assert camp is not None
        reviewer_id = _user_id(store.engine, "reviewer")
        campaigns.add_member(store.engine, camp.id, reviewer_id)
        paths = campaigns.copy_cases(source, camp)
        count = campaigns.review_into_store(url, camp, paths, workers)
        return Started(tuple(accounts), camp.name, count)
    finally:
        store.close()


def _user_id(engine: sa.Engine, name: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(sa.select(db.users.c.id).where(db.users.c.username == name)).scalar_one())


def run(
    url: str, data: Path, host: str, port: int, secure_cookies: bool, idle_minutes: float = auth.IDLE_MINUTES
) -> None:
    """Serve the workbench with uvicorn until interrupted (sessions end after ``idle_minutes``
    unused)."""
    import uvicorn

    from casecheck.web.app import create_app

    app = create_app(url, data, secure_cookies, idle_minutes)
    uvicorn.run(app, host=host, port=port, log_level="warning")

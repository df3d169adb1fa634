"""The workbench's tables, in the campaign store's database (created on start).

They sit beside the store's ``runs``/``cases``/``records``/``findings``/``decisions`` and refer
to a case by its ``cases.id`` (``case_row``). Every table is prefixed ``web_``:

- ``web_users``: accounts (argon2 hash, role ``admin``/``reviewer``, active flag);
- ``web_sessions``: server-side sessions (SHA-256 of the cookie token, CSRF token, expiry, the
  status message the next page shows: never in the URL, so nobody can craft a link that shows text);
- ``web_campaigns``: a campaign's title, profile, storage folder and, for a campaign adopted from
  ``casecheck review --campaign``, the folder its case files are in (name = the store's campaign);
- ``web_members``: which reviewers work on which campaign; ``web_assignments``: case → reviewer;
- ``web_audit``: every decision, sign-off, return, upload and user change (who, when, what, why);
- ``web_decisions``: a reviewer's confirm/dismiss of one finding of one version, by the finding's
  stable key (``review.finding_keys``); ``finding``, its position then, is kept for the record;
- ``web_added``: findings a reviewer added (the program missed them);
- ``web_judgements``: the judgement items (defects.yaml ``kind: judgement``) scored by a person;
- ``web_signoffs``: sign-offs with the final score and grade computed from the decisions;
- ``web_rounds``: 整改 rounds: returned for correction, the corrected upload, records before/after.

A case's *version* is the number of finished 整改 rounds: decisions belong to one version, so a
re-reviewed case starts with a clean slate and the earlier decisions stay on record.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

metadata = sa.MetaData()


def now() -> str:
    """UTC timestamp, ISO 8601 to the second."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer, primary_key=True, autoincrement=True)


users = sa.Table(
    "web_users",
    metadata,
    _id(),
    sa.Column("username", sa.String(100), nullable=False, unique=True),
    sa.Column("pw_hash", sa.String(200), nullable=False),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Column("active", sa.Boolean, nullable=False, default=True),
    sa.Column("created_at", sa.String(40), nullable=False),
)

sessions = sa.Table(
    "web_sessions",
    metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("user_id", sa.Integer, nullable=False, index=True),
    sa.Column("csrf", sa.String(64), nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("expires_at", sa.String(40), nullable=False),
    sa.Column("flash", sa.Text),
)

campaigns = sa.Table(
    "web_campaigns",
    metadata,
    _id(),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    sa.Column("title", sa.String(500), nullable=False),
    sa.Column("profile", sa.String(500), nullable=False),
    sa.Column("storage", sa.String(2000), nullable=False),
    sa.Column("files", sa.String(2000)),
    sa.Column("created_at", sa.String(40), nullable=False),
)

members = sa.Table(
    "web_members",
    metadata,
    sa.Column("campaign_id", sa.Integer, primary_key=True),
    sa.Column("user_id", sa.Integer, primary_key=True),
)

assignments = sa.Table(
    "web_assignments",
    metadata,
    sa.Column("case_row", sa.Integer, primary_key=True),
    sa.Column("user_id", sa.Integer, nullable=False, index=True),
)

audit = sa.Table(
    "web_audit",
    metadata,
    _id(),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("username", sa.String(100), nullable=False),
    sa.Column("action", sa.String(50), nullable=False),
    sa.Column("campaign", sa.String(200)),
    sa.Column("case_id", sa.String(500)),
    sa.Column("target", sa.String(500)),
    sa.Column("detail", sa.Text),
    sa.Column("reason", sa.Text),
)

decisions = sa.Table(
    "web_decisions",
    metadata,
    _id(),
    sa.Column("case_row", sa.Integer, nullable=False, index=True),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("finding", sa.Integer, nullable=False),
    sa.Column("finding_key", sa.String(80)),
    sa.Column("rule", sa.String(50), nullable=False),
    sa.Column("code", sa.String(50), nullable=False),
    sa.Column("decision", sa.String(20), nullable=False),
    sa.Column("reason", sa.Text),
    sa.Column("username", sa.String(100), nullable=False),
    sa.Column("at", sa.String(40), nullable=False),
)

added = sa.Table(
    "web_added",
    metadata,
    _id(),
    sa.Column("case_row", sa.Integer, nullable=False, index=True),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("code", sa.String(50), nullable=False),
    sa.Column("document", sa.String(200)),
    sa.Column("page", sa.Integer),
    sa.Column("quote", sa.Text),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("username", sa.String(100), nullable=False),
    sa.Column("at", sa.String(40), nullable=False),
)

judgements = sa.Table(
    "web_judgements",
    metadata,
    _id(),
    sa.Column("case_row", sa.Integer, nullable=False, index=True),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("code", sa.String(50), nullable=False),
    sa.Column("verdict", sa.String(20), nullable=False),
    sa.Column("points", sa.Float, nullable=False, default=0.0),
    sa.Column("note", sa.Text),
    sa.Column("username", sa.String(100), nullable=False),
    sa.Column("at", sa.String(40), nullable=False),
)

signoffs = sa.Table(
    "web_signoffs",
    metadata,
    _id(),
    sa.Column("case_row", sa.Integer, nullable=False, index=True),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("username", sa.String(100), nullable=False),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Column("score", sa.Float),
    sa.Column("grade", sa.String(20)),
    sa.Column("note", sa.Text),
)

rounds = sa.Table(
    "web_rounds",
    metadata,
    _id(),
    sa.Column("case_row", sa.Integer, nullable=False, index=True),
    sa.Column("round", sa.Integer, nullable=False),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("note", sa.Text),
    sa.Column("returned_by", sa.String(100), nullable=False),
    sa.Column("returned_at", sa.String(40), nullable=False),
    sa.Column("upload", sa.String(2000)),
    sa.Column("uploaded_by", sa.String(100)),
    sa.Column("uploaded_at", sa.String(40)),
    sa.Column("before", sa.Text),
    sa.Column("after", sa.Text),
)


def create(engine: sa.Engine) -> None:
    """Create the workbench tables that do not exist yet, and add the nullable columns a newer
    workbench has to the tables an older one made (the only schema change done in place)."""
    metadata.create_all(engine)
    inspector = sa.inspect(engine)
    with engine.begin() as conn:
        for table in metadata.sorted_tables:
            have = {c["name"] for c in inspector.get_columns(table.name)}
            for col in table.columns:
                if col.name not in have and col.nullable:
                    kind = col.type.compile(engine.dialect)
                    conn.execute(sa.text(f"ALTER TABLE {table.name} ADD COLUMN {col.name} {kind}"))

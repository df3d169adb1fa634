"""The workbench's tables, in the campaign store's database (created on start).

They sit beside the store's ``runs``/``cases``/``records``/``findings``/``decisions`` and refer
to a case by its ``cases.id`` (``case_row``). Every table is prefixed ``web_``:

- ``web_users``: accounts (argon2 hash, role ``admin``/``reviewer``, active flag);
- ``web_sessions``: server-side sessions (SHA-256 of the cookie token, CSRF token, absolute expiry,
  when it was last used (the idle timeout), the status message the next page shows: never in the
  URL, so nobody can craft a link that shows text);
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


def clock() -> dt.datetime:
    """The current UTC time (one place to read it, so tests can move it)."""
    return dt.datetime.now(dt.UTC)


def stamp(at: dt.datetime) -> str:
    """``at`` as the tables keep times: UTC, ISO 8601 to the second (such strings sort by time)."""
    return at.astimezone(dt.UTC).isoformat(timespec="seconds")


def now() -> str:
    """The current UTC time as the tables keep it."""
    return stamp(clock())


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer, primary_key=True, autoincrement=True)


def _case_row(index: bool = True, **kw: bool) -> sa.Column:
    """The case (``cases.id`` of the store) a row is about."""
    return sa.Column("case_row", sa.Integer, nullable=False, index=index, **kw)


def _name(column: str, nullable: bool = False) -> sa.Column:
    """A user name, as ``web_users.username`` holds it."""
    return sa.Column(column, sa.String(100), nullable=nullable)


def _time(column: str, nullable: bool = False) -> sa.Column:
    """A time as :func:`now` writes it."""
    return sa.Column(column, sa.String(40), nullable=nullable)


def _work(name: str, *columns: sa.Column) -> sa.Table:
    """A table of review work on one version of a case: ``id``, ``case_row`` and ``version``, the
    table's own ``columns``, then who did it (``username``) and when (``at``)."""
    return sa.Table(
        name,
        metadata,
        _id(),
        _case_row(),
        sa.Column("version", sa.Integer, nullable=False),
        *columns,
        _name("username"),
        _time("at"),
    )


users = sa.Table(
    "web_users",
    metadata,
    _id(),
    sa.Column("username", sa.String(100), nullable=False, unique=True),
    sa.Column("pw_hash", sa.String(200), nullable=False),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Column("active", sa.Boolean, nullable=False, default=True),
    _time("created_at"),
)

sessions = sa.Table(
    "web_sessions",
    metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("user_id", sa.Integer, nullable=False, index=True),
    sa.Column("csrf", sa.String(64), nullable=False),
    _time("created_at"),
    _time("expires_at"),
    sa.Column("flash", sa.Text),
    _time("last_seen", nullable=True),  # nullable: added in place to an older database
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
    _time("created_at"),
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
    _case_row(index=False, primary_key=True),
    sa.Column("user_id", sa.Integer, nullable=False, index=True),
)

audit = sa.Table(
    "web_audit",
    metadata,
    _id(),
    _time("at"),
    _name("username"),
    sa.Column("action", sa.String(50), nullable=False),
    sa.Column("campaign", sa.String(200)),
    sa.Column("case_id", sa.String(500)),
    sa.Column("target", sa.String(500)),
    sa.Column("detail", sa.Text),
    sa.Column("reason", sa.Text),
)

decisions = _work(
    "web_decisions",
    sa.Column("finding", sa.Integer, nullable=False),
    sa.Column("finding_key", sa.String(80)),
    sa.Column("rule", sa.String(50), nullable=False),
    sa.Column("code", sa.String(50), nullable=False),
    sa.Column("decision", sa.String(20), nullable=False),
    sa.Column("reason", sa.Text),
)

added = _work(
    "web_added",
    sa.Column("code", sa.String(50), nullable=False),
    sa.Column("document", sa.String(200)),
    sa.Column("page", sa.Integer),
    sa.Column("quote", sa.Text),
    sa.Column("reason", sa.Text, nullable=False),
)

judgements = _work(
    "web_judgements",
    sa.Column("code", sa.String(50), nullable=False),
    sa.Column("verdict", sa.String(20), nullable=False),
    sa.Column("points", sa.Float, nullable=False, default=0.0),
    sa.Column("note", sa.Text),
)

signoffs = _work(
    "web_signoffs",
    sa.Column("score", sa.Float),
    sa.Column("grade", sa.String(20)),
    sa.Column("note", sa.Text),
)

rounds = sa.Table(
    "web_rounds",
    metadata,
    _id(),
    _case_row(),
    sa.Column("round", sa.Integer, nullable=False),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("note", sa.Text),
    _name("returned_by"),
    _time("returned_at"),
    sa.Column("upload", sa.String(2000)),
    _name("uploaded_by", nullable=True),
    _time("uploaded_at", nullable=True),
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

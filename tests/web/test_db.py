"""The workbench's tables: created on start, and a column a newer workbench added is added to an
older database in place."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from casecheck.web import db


def test_create_adds_missing_nullable_columns(tmp_path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    with engine.begin() as conn:  # web_campaigns as the first workbench made it: no `files`
        conn.execute(
            sa.text(
                "CREATE TABLE web_campaigns (id INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL UNIQUE, "
                "title VARCHAR(500) NOT NULL, profile VARCHAR(500) NOT NULL, storage VARCHAR(2000) NOT NULL, "
                "created_at VARCHAR(40) NOT NULL)"
            )
        )
        conn.execute(sa.text("INSERT INTO web_campaigns VALUES (1, 'a', 'A', 'default', '/x', 'now')"))
    db.create(engine)
    db.create(engine)  # idempotent
    with engine.connect() as conn:
        row = conn.execute(sa.select(db.campaigns)).one()
    assert row.name == "a" and row.files is None
    assert set(sa.inspect(engine).get_table_names()) >= {t.name for t in db.metadata.sorted_tables}


def test_review_work_tables_share_case_version_who_and_when() -> None:
    """Decisions, added findings, judgements and sign-offs belong to one version of one case and
    say who and when, all alike (``db._work``)."""
    for table in (db.decisions, db.added, db.judgements, db.signoffs):
        names = [c.name for c in table.columns]
        assert names[:3] == ["id", "case_row", "version"] and names[-2:] == ["username", "at"], table
        assert not any(table.c[n].nullable for n in ("case_row", "version", "username", "at")), table
        assert table.c.case_row.index, table


def test_an_older_sessions_table_gains_last_seen(tmp_path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "CREATE TABLE web_sessions (token_hash VARCHAR(64) PRIMARY KEY, user_id INTEGER NOT NULL, "
                "csrf VARCHAR(64) NOT NULL, created_at VARCHAR(40) NOT NULL, "
                "expires_at VARCHAR(40) NOT NULL, flash TEXT)"
            )
        )
    db.create(engine)
    assert "last_seen" in {c["name"] for c in sa.inspect(engine).get_columns("web_sessions")}

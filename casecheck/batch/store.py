"""The campaign store: cases, their review records, findings, reviewer decisions and runs.

SQLAlchemy Core over an embedded SQLite file by default (WAL journal: a ``kill -9`` loses at
most the record being written, never a committed one) or PostgreSQL by URL for teams
(``postgresql+psycopg://user@host/db``). One database may hold many campaigns.

Tables:

- ``runs``: one row per ``casecheck review --campaign`` invocation (started, finished, status
  ``running``/``finished``/``interrupted``, host, options, counts);
- ``cases``: one row per (campaign, case path): case id, the files' fingerprint, status;
- ``records``: the latest review record of a case (JSON), unique per case, with the run that
  wrote it — a record is written in one transaction with its findings, so a case is either
  done or not, never half;
- ``findings``: the record's findings, one row each, for campaign queries;
- ``decisions``: reviewers' decisions on findings (accept, waive, reject) with who and why.

A case counts as done for a campaign when it has a record and its fingerprint (each file's
path, size and modification time) is unchanged; a changed case is reviewed again and its record
replaced.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import socket
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa

metadata = sa.MetaData()

runs = sa.Table(
    "runs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("campaign", sa.String(200), nullable=False, index=True),
    sa.Column("started_at", sa.String(40), nullable=False),
    sa.Column("finished_at", sa.String(40)),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("host", sa.String(200)),
    sa.Column("pid", sa.Integer),
    sa.Column("scheduler", sa.String(500)),
    sa.Column("options", sa.Text),
    sa.Column("cases_total", sa.Integer),
    sa.Column("cases_done", sa.Integer),
    sa.Column("errors", sa.Integer),
)

cases = sa.Table(
    "cases",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("campaign", sa.String(200), nullable=False),
    sa.Column("source_key", sa.String(2000), nullable=False),
    sa.Column("source", sa.String(2000), nullable=False),
    sa.Column("case_id", sa.String(500), nullable=False),
    sa.Column("fingerprint", sa.String(64)),
    sa.Column("status", sa.String(20), nullable=False, default="pending"),
    sa.UniqueConstraint("campaign", "source_key", name="uq_cases_campaign_source"),
)

records = sa.Table(
    "records",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("case_row", sa.Integer, sa.ForeignKey("cases.id"), nullable=False, unique=True),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id"), nullable=False),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("error_kind", sa.String(100)),
    sa.Column("score", sa.Float),
    sa.Column("grade", sa.String(20)),
    sa.Column("reviewed_at", sa.String(40), nullable=False),
    sa.Column("record", sa.Text, nullable=False),
)

findings = sa.Table(
    "findings",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("case_row", sa.Integer, sa.ForeignKey("cases.id"), nullable=False, index=True),
    sa.Column("campaign", sa.String(200), nullable=False, index=True),
    sa.Column("case_id", sa.String(500), nullable=False),
    sa.Column("rule", sa.String(50), nullable=False),
    sa.Column("code", sa.String(50), nullable=False, index=True),
    sa.Column("category", sa.String(50)),
    sa.Column("severity", sa.String(20)),
    sa.Column("points", sa.Float),
    sa.Column("message", sa.Text),
)

decisions = sa.Table(
    "decisions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("campaign", sa.String(200), nullable=False, index=True),
    sa.Column("case_id", sa.String(500), nullable=False),
    sa.Column("rule", sa.String(50), nullable=False),
    sa.Column("decision", sa.String(20), nullable=False),
    sa.Column("reason", sa.Text),
    sa.Column("reviewer", sa.String(200)),
    sa.Column("decided_at", sa.String(40), nullable=False),
)

DECISIONS = ("accept", "waive", "reject")


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def source_key(path: Path) -> str:
    """The store's identity of a case path: absolute, so ``./batch/x`` and ``batch/x`` agree."""
    return os.path.abspath(path)


def fingerprint(path: Path) -> str:
    """Cheap identity of a case's content: each file's path, size and mtime (``stat`` only).

    A path that cannot be listed gets a fingerprint of its error, so it is tried again only
    when it changes too.
    """
    from casecheck.ingest.case import case_files
    from casecheck.model import CaseError

    digest = hashlib.sha256()
    try:
        for f in case_files(path):
            st = f.stat()
            digest.update(f"{f}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    except (CaseError, OSError) as exc:
        digest.update(f"error\0{exc}".encode())
    return digest.hexdigest()


def engine_for(url: str) -> sa.Engine:
    """An engine for an SQLAlchemy URL or a plain file path (SQLite, WAL, synchronous=NORMAL)."""
    if "://" not in url:
        Path(url).parent.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{Path(url).absolute()}"
    engine = sa.create_engine(url, future=True)
    if engine.dialect.name == "sqlite":

        @sa.event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

    return engine


class CampaignStore:
    """Read and write one campaign database (created on first use)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = engine_for(url)
        metadata.create_all(self.engine)

    def close(self) -> None:
        """Release the connections."""
        self.engine.dispose()

    # runs

    def start_run(self, campaign: str, options: Any, total: int, scheduler: str | None = None) -> int:
        """Record the start of a run and return its id."""
        opts = {k: str(v) for k, v in vars(options).items()} if hasattr(options, "__dict__") else {}
        with self.engine.begin() as conn:
            res = conn.execute(
                runs.insert().values(
                    campaign=campaign,
                    started_at=_now(),
                    status="running",
                    host=socket.gethostname(),
                    pid=os.getpid(),
                    scheduler=scheduler,
                    options=json.dumps(opts, ensure_ascii=False),
                    cases_total=total,
                    cases_done=0,
                    errors=0,
                )
            )
            return int(res.inserted_primary_key[0])

    def finish_run(self, run_id: int, status: str, done: int, errors: int) -> None:
        """Close a run (``finished`` or ``interrupted``) with its counts."""
        with self.engine.begin() as conn:
            conn.execute(
                runs.update()
                .where(runs.c.id == run_id)
                .values(finished_at=_now(), status=status, cases_done=done, errors=errors)
            )

    def runs(self, campaign: str) -> list[dict[str, Any]]:
        """Every run of a campaign, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(runs.select().where(runs.c.campaign == campaign).order_by(runs.c.id))
            return [dict(r._mapping) for r in rows]

    # cases and records

    def finished(self, campaign: str, items: Sequence[tuple[Path, str]]) -> dict[Path, int]:
        """Of ``(path, fingerprint)`` pairs, those with a record under the same fingerprint:
        ``{path: case row id}``."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(cases.c.id, cases.c.source_key, cases.c.fingerprint)
                .join(records, records.c.case_row == cases.c.id)
                .where(cases.c.campaign == campaign)
            )
            known = {r.source_key: (r.id, r.fingerprint) for r in rows}
        out = {}
        for path, fp in items:
            hit = known.get(source_key(path))
            if hit and hit[1] == fp:
                out[path] = hit[0]
        return out

    def failed(self, campaign: str) -> set[int]:
        """Case rows of a campaign whose stored record is an error record."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(records.c.case_row)
                .join(cases, records.c.case_row == cases.c.id)
                .where(cases.c.campaign == campaign, records.c.status == "error")
            )
            return {r.case_row for r in rows}

    def records(self, campaign: str, case_rows: Sequence[int] | None = None) -> Iterator[dict[str, Any]]:
        """Stored records of a campaign (all, or these case rows), in case order."""
        query = (
            sa.select(records.c.record)
            .join(cases, records.c.case_row == cases.c.id)
            .where(cases.c.campaign == campaign)
            .order_by(cases.c.source_key)
        )
        wanted = None if case_rows is None else set(case_rows)
        if wanted is not None and not wanted:
            return
        with self.engine.connect() as conn:
            rows = conn.execution_options(stream_results=True, yield_per=500).execute(
                query.add_columns(records.c.case_row)
            )
            for row in rows:
                if wanted is None or row.case_row in wanted:
                    yield json.loads(row.record)

    def save(self, campaign: str, run_id: int, record: dict[str, Any], fp: str) -> None:
        """Commit one record (and its findings) for its case, replacing an older one."""
        key = source_key(Path(record["source"]))
        error = record.get("error") or {}
        with self.engine.begin() as conn:
            row = conn.execute(
                sa.select(cases.c.id).where(cases.c.campaign == campaign, cases.c.source_key == key)
            ).first()
            if row is None:
                case_row = conn.execute(
                    cases.insert().values(
                        campaign=campaign,
                        source_key=key,
                        source=record["source"],
                        case_id=record["case_id"],
                        fingerprint=fp,
                        status=record["status"],
                    )
                ).inserted_primary_key[0]
            else:
                case_row = row.id
                conn.execute(
                    cases.update()
                    .where(cases.c.id == case_row)
                    .values(fingerprint=fp, status=record["status"], case_id=record["case_id"])
                )
                conn.execute(records.delete().where(records.c.case_row == case_row))
                conn.execute(findings.delete().where(findings.c.case_row == case_row))
            conn.execute(
                records.insert().values(
                    case_row=case_row,
                    run_id=run_id,
                    status=record["status"],
                    error_kind=error.get("kind"),
                    score=record.get("score"),
                    grade=record.get("grade"),
                    reviewed_at=_now(),
                    record=json.dumps(record, ensure_ascii=False),
                )
            )
            rows = [
                {
                    "case_row": case_row,
                    "campaign": campaign,
                    "case_id": record["case_id"],
                    "rule": f.get("rule") or "",
                    "code": f.get("code") or "",
                    "category": f.get("category"),
                    "severity": f.get("severity"),
                    "points": f.get("points"),
                    "message": f.get("message"),
                }
                for f in record.get("findings") or []
            ]
            if rows:
                conn.execute(findings.insert(), rows)

    def move_case(self, case_row: int, source: str) -> None:
        """Point a case at a new path (a corrected version of its files, 整改); the next ``save``
        of a record from that path replaces the case's record."""
        with self.engine.begin() as conn:
            conn.execute(
                cases.update()
                .where(cases.c.id == case_row)
                .values(source=source, source_key=source_key(Path(source)))
            )

    def has_case(self, campaign: str, case_id: str) -> bool:
        """Whether the campaign holds a case of this id."""
        with self.engine.connect() as conn:
            query = sa.select(cases.c.id).where(cases.c.campaign == campaign, cases.c.case_id == case_id)
            return conn.execute(query.limit(1)).first() is not None

    def counts(self, campaign: str) -> dict[str, int]:
        """Records by status for a campaign."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(records.c.status, sa.func.count())
                .join(cases, records.c.case_row == cases.c.id)
                .where(cases.c.campaign == campaign)
                .group_by(records.c.status)
            )
            return {r[0]: int(r[1]) for r in rows}

    # reviewer decisions

    def decide(
        self, campaign: str, case_id: str, rule: str, decision: str, reason: str = "", reviewer: str = ""
    ) -> None:
        """Record a reviewer's decision on a finding (``accept``, ``waive`` or ``reject``)."""
        if decision not in DECISIONS:
            raise ValueError(f"decision must be one of {', '.join(DECISIONS)}, not {decision!r}")
        with self.engine.begin() as conn:
            conn.execute(
                decisions.insert().values(
                    campaign=campaign,
                    case_id=case_id,
                    rule=rule,
                    decision=decision,
                    reason=reason,
                    reviewer=reviewer,
                    decided_at=_now(),
                )
            )

    def decisions(self, campaign: str) -> list[dict[str, Any]]:
        """Every decision of a campaign, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                decisions.select().where(decisions.c.campaign == campaign).order_by(decisions.c.id)
            )
            return [dict(r._mapping) for r in rows]


JUDGEMENT_CODES = ("EVID-02", "DISC-03")


def feedback_rows(
    rows: Sequence[dict[str, Any]], code_of: Callable[[str], str | None]
) -> list[dict[str, Any]]:
    """Reviewers' decisions as the scorer's feedback export, one row per case (later wins).

    ``accept`` and ``waive`` confirm the defect (a waiver excuses it, it does not deny it),
    ``reject`` dismisses it; on the judgement codes they set the judgement label. ``code_of``
    maps a rule id to its defect code (a code maps to itself).
    """
    by_case: dict[str, dict[str, Any]] = {}
    for r in rows:
        code = code_of(r["rule"])
        if code is None:
            continue
        row = by_case.setdefault(
            r["case_id"], {"case_id": r["case_id"], "confirmed": [], "dismissed": [], "judgement": {}}
        )
        confirmed = r["decision"] in ("accept", "waive")
        for key in ("confirmed", "dismissed"):
            if code in row[key]:
                row[key].remove(code)
        row["confirmed" if confirmed else "dismissed"].append(code)
        if code in JUDGEMENT_CODES:
            row["judgement"][code] = confirmed
        row["reviewer"], row["date"] = r.get("reviewer") or "", str(r["decided_at"])[:10]
    return list(by_case.values())

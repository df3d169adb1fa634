"""Campaigns as the workbench sees them: storage, members, the case queue and the dashboard.

A campaign is the store's campaign name plus a ``web_campaigns`` row (title, profile, storage
folder). Its case files live in ``<storage>/cases``; importing a folder copies every case into
it and reviews them with the batch runner into the store, so the CLI and the workbench share
one database.
"""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from casecheck.batch import store as st
from casecheck.web import db
from casecheck.web.auth import User

UNKNOWN_AGENCY = "（未识别）"


@dataclass(frozen=True)
class Campaign:
    """One campaign's workbench settings."""

    id: int
    name: str
    title: str
    profile: str
    storage: Path
    files: Path | None = None

    @property
    def cases_dir(self) -> Path:
        """Where the campaign's imported case files are kept."""
        return self.storage / "cases"

    def resolve(self, path: str | Path) -> Path | None:
        """``path`` resolved if it lies in the storage (or an adopted campaign's files folder)."""
        from casecheck.web.documents import inside

        for root in (self.storage, self.files):
            if root is not None and (found := inside(root, path)) is not None:
                return found
        return None


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


def slug(name: str) -> str:
    """A folder name for a campaign name (letters, digits, CJK, ``-_``)."""
    return re.sub(r"[^\w\-]+", "_", name, flags=re.UNICODE).strip("_") or "campaign"


def _campaign(row: Any) -> Campaign:
    return Campaign(
        row.id, row.name, row.title, row.profile, Path(row.storage), Path(row.files) if row.files else None
    )


def create_campaign(engine: sa.Engine, data: Path, name: str, title: str, profile: str) -> Campaign:
    """Add a campaign with a storage folder under ``data/campaigns``; ``ValueError`` if it exists."""
    name = name.strip()
    if not name or len(name) > 200:
        raise ValueError("a campaign name is 1–200 characters")
    storage = (data / "campaigns" / slug(name)).resolve()
    (storage / "cases").mkdir(parents=True, exist_ok=True)
    with engine.begin() as conn:
        if conn.execute(sa.select(db.campaigns.c.id).where(db.campaigns.c.name == name)).first():
            raise ValueError(f"campaign {name!r} exists")
        res = conn.execute(
            db.campaigns.insert().values(
                name=name, title=title or name, profile=profile, storage=str(storage), created_at=db.now()
            )
        )
        cid = int(res.inserted_primary_key[0])
    return Campaign(cid, name, title or name, profile, storage)


def adopt_store_campaigns(engine: sa.Engine, data: Path) -> list[Campaign]:
    """Give every campaign the store holds without a workbench row one (``casecheck review
    --campaign`` made it): its files folder is where its cases are (their common parent; only
    read, never written), its storage (caches, 整改 versions) a new folder under ``data``, its
    profile the one its last run used."""
    import os

    with engine.connect() as conn:
        known = set(conn.execute(sa.select(db.campaigns.c.name)).scalars())
        names = [
            n for n in conn.execute(sa.select(st.cases.c.campaign).distinct()).scalars() if n not in known
        ]
        out = []
        for name in names:
            keys = list(
                conn.execute(sa.select(st.cases.c.source_key).where(st.cases.c.campaign == name)).scalars()
            )
            last = conn.execute(
                sa.select(st.runs.c.options).where(st.runs.c.campaign == name).order_by(st.runs.c.id.desc())
            ).first()
            options = json.loads(last.options or "{}") if last else {}
            folder = Path(os.path.commonpath(keys)) if keys else Path(".")
            if len(keys) == 1 or folder.is_file():
                folder = folder.parent
            out.append((name, str(options.get("profile") or "default"), folder))
    adopted = []
    for name, profile, folder in out:
        storage = (data / "campaigns" / slug(name)).resolve()
        storage.mkdir(parents=True, exist_ok=True)
        with engine.begin() as conn:
            res = conn.execute(
                db.campaigns.insert().values(
                    name=name,
                    title=name,
                    profile=profile,
                    storage=str(storage),
                    files=str(folder),
                    created_at=db.now(),
                )
            )
        adopted.append(Campaign(int(res.inserted_primary_key[0]), name, name, profile, storage, folder))
    return adopted


def get_campaign(engine: sa.Engine, cid: int) -> Campaign | None:
    """The campaign with this id."""
    with engine.connect() as conn:
        row = conn.execute(sa.select(db.campaigns).where(db.campaigns.c.id == cid)).first()
    return _campaign(row) if row else None


def visible_campaigns(engine: sa.Engine, user: User) -> list[Campaign]:
    """Every campaign for an admin; a reviewer's own campaigns otherwise."""
    query = sa.select(db.campaigns).order_by(db.campaigns.c.id)
    if not user.is_admin:
        query = query.join(db.members, db.members.c.campaign_id == db.campaigns.c.id).where(
            db.members.c.user_id == user.id
        )
    with engine.connect() as conn:
        return [_campaign(r) for r in conn.execute(query)]


def can_see(engine: sa.Engine, user: User, cid: int) -> bool:
    """True when ``user`` may open campaign ``cid``."""
    if user.is_admin:
        return True
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(db.members).where(db.members.c.campaign_id == cid, db.members.c.user_id == user.id)
        ).first()
    return row is not None


def add_member(engine: sa.Engine, cid: int, user_id: int) -> None:
    """Let a reviewer work on a campaign (idempotent)."""
    with engine.begin() as conn:
        row = conn.execute(
            sa.select(db.members).where(db.members.c.campaign_id == cid, db.members.c.user_id == user_id)
        ).first()
        if row is None:
            conn.execute(db.members.insert().values(campaign_id=cid, user_id=user_id))


def assign(engine: sa.Engine, case_row: int, user_id: int | None) -> None:
    """Assign a case to a reviewer (``None`` clears it)."""
    with engine.begin() as conn:
        conn.execute(db.assignments.delete().where(db.assignments.c.case_row == case_row))
        if user_id is not None:
            conn.execute(db.assignments.insert().values(case_row=case_row, user_id=user_id))


def copy_cases(source: Path, camp: Campaign) -> list[Path]:
    """Copy every case of a batch folder (and its ``roster.csv``) into the campaign's storage."""
    from casecheck.batch.runner import batch_children

    out = []
    for child in batch_children(source):
        target = camp.cases_dir / child.name
        if child.is_symlink():
            continue  # a link may point anywhere: storage holds real copies only
        if child.is_dir():
            shutil.copytree(child, target, dirs_exist_ok=True, symlinks=False)
        else:
            shutil.copy2(child, target)
        out.append(target)
    roster = source / "roster.csv"
    if roster.is_file():
        shutil.copy2(roster, camp.storage / "roster.csv")
    return out


def review_options(camp: Campaign, model: str | None = "default") -> Any:
    """The review options of a campaign: its profile, its roster, OCR cache in its storage."""
    from casecheck.api import ReviewOptions

    rosters = [root / "roster.csv" for root in (camp.storage, camp.files) if root is not None]
    roster = next((r for r in rosters if r.is_file()), None)
    return ReviewOptions(
        profile=camp.profile,
        roster=roster,
        cache_dir=camp.storage / "cache",
        model=model,
    )


def review_into_store(
    url: str, camp: Campaign, paths: list[Path], workers: int | None = None, model: str | None = "default"
) -> int:
    """Review case paths into the store under the campaign; returns how many records were written."""
    from casecheck.batch.runner import run_review

    records = run_review(
        paths, review_options(camp, model), workers=workers, campaign=camp.name, db_url=url, progress=None
    )
    return sum(1 for _ in records)


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

"""Campaigns as the workbench sees them: storage, members, assignments, importing cases.

A campaign is the store's campaign name plus a ``web_campaigns`` row (title, profile, storage
folder). Its case files live in ``<storage>/cases``; importing a folder copies every case into
it and reviews them with the batch runner into the store, so the CLI and the workbench share
one database.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from casecheck.batch import store as st
from casecheck.web import db
from casecheck.web.auth import User


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


def skip_links(folder: str, names: list[str]) -> list[str]:
    """``shutil.copytree``'s ``ignore``: leave symbolic links out (copying with ``symlinks=False``
    would copy what they point at — any file the server can read — into the storage)."""
    return [n for n in names if (Path(folder) / n).is_symlink()]


def copy_cases(source: Path, camp: Campaign) -> list[Path]:
    """Copy every case of a batch folder (and its ``roster.csv``) into the campaign's storage."""
    from casecheck.batch.runner import batch_children

    out = []
    for child in batch_children(source):
        target = camp.cases_dir / child.name
        if child.is_symlink():
            continue  # a link may point anywhere: storage holds real copies only
        if child.is_dir():
            shutil.copytree(child, target, dirs_exist_ok=True, ignore=skip_links)
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

"""整改 (correction) rounds: return a case, take the corrected file, re-review it, show the change.

A round starts when a case is *returned* for correction (with a note); the reviewed record
(decisions applied) is kept as ``before``. The corrected upload — streamed into
``<storage>/uploads`` by the route's guard, never held in memory, and refused once it passes
``MAX_UPLOAD`` — is checked by content and moved in as a new version
under ``<storage>/versions/<case_id>/v<round>/`` — a file case becomes the uploaded file, a
folder case is copied and the uploaded file replaces its namesake — and reviewed again with the
campaign's profile; the store's case then points at the new version, the round is
``rereviewed`` and the case's version goes up by one (decisions start afresh, and the codes
decided on the old file are reset to the new record's findings in the store, so the feedback
export does not label the corrected file by the old one's decisions).
"""

from __future__ import annotations

import codecs
import json
import re
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import sqlalchemy as sa

from casecheck.batch.store import CampaignStore, fingerprint
from casecheck.web import db
from casecheck.web.audit import log
from casecheck.web.auth import User
from casecheck.web.campaigns import Campaign, review_options, skip_links
from casecheck.web.review import reset_feedback
from casecheck.web.uploads import Upload, limit_text

ALLOWED = (".txt", ".pdf", ".docx", ".ofd", ".png", ".jpg", ".jpeg", ".tif", ".tiff")
MAX_UPLOAD = 50 * 1024 * 1024  # streamed to disk and cut off at this size (``uploads``)
CHUNK = 1024 * 1024  # bytes read at a time by the content checks


def open_round(engine: sa.Engine, case_row: int) -> dict[str, Any] | None:
    """The case's round still waiting for its corrected file."""
    with engine.connect() as conn:
        row = conn.execute(
            db.rounds.select()
            .where(db.rounds.c.case_row == case_row, db.rounds.c.status == "returned")
            .order_by(db.rounds.c.id.desc())
        ).first()
    return dict(row._mapping) if row else None


def rounds_of(engine: sa.Engine, case_row: int) -> list[dict[str, Any]]:
    """Every round of a case, oldest first."""
    with engine.connect() as conn:
        rows = conn.execute(
            db.rounds.select().where(db.rounds.c.case_row == case_row).order_by(db.rounds.c.id)
        )
        return [dict(r._mapping) for r in rows]


def return_case(
    engine: sa.Engine, user: User, camp: Campaign, case: dict[str, Any], before: dict[str, Any], note: str
) -> int:
    """Mark the case returned for correction; ``before`` is its reviewed record. Returns the round."""
    if not note.strip():
        raise ValueError("say what is to be corrected")
    if open_round(engine, case["row"]):
        raise ValueError("the case is already returned for correction")
    number = case["version"] + 1
    with engine.begin() as conn:
        conn.execute(
            db.rounds.insert().values(
                case_row=case["row"],
                round=number,
                status="returned",
                note=note.strip(),
                returned_by=user.username,
                returned_at=db.now(),
                before=json.dumps(before, ensure_ascii=False),
            )
        )
        log(conn, user, "return", camp.name, case["case_id"], f"round {number}", "", note)
    return number


# what each accepted type's bytes begin with
MAGIC = {
    ".pdf": (b"%PDF-",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".tif": (b"II*\x00", b"MM\x00*"),
    ".tiff": (b"II*\x00", b"MM\x00*"),
    ".docx": (b"PK\x03\x04",),
    ".ofd": (b"PK\x03\x04",),
}
ZIP_MEMBER = {".docx": "[Content_Types].xml", ".ofd": "OFD.xml"}


def check_content(suffix: str, source: Path | bytes) -> None:
    """``ValueError`` unless the file (a path, or its bytes) is what its extension says: the
    type's signature, a DOCX or OFD a zip that passes the zip-bomb check (``ingest.archive``) and
    holds its root part, a text file text (no NUL, UTF-8 or GB 18030). A file is read in chunks,
    never whole."""
    import io
    import zipfile

    from casecheck.ingest.archive import check_zip
    from casecheck.model import CaseError

    with io.BytesIO(source) if isinstance(source, bytes) else source.open("rb") as fh:
        if suffix == ".txt":
            _check_text(fh)
            return
        head = fh.read(1024 if suffix == ".pdf" else 8)
        if not any(magic in head if suffix == ".pdf" else head.startswith(magic) for magic in MAGIC[suffix]):
            raise ValueError(f"the file's content is not {suffix[1:].upper()}")
        if suffix in ZIP_MEMBER:
            try:
                with zipfile.ZipFile(fh) as zf:
                    check_zip(zf, "upload")
                    names = {n.rsplit("/", 1)[-1] for n in zf.namelist()}
            except (zipfile.BadZipFile, CaseError) as exc:
                raise ValueError(f"the {suffix[1:].upper()} file is refused: {exc}") from exc
            if ZIP_MEMBER[suffix] not in names:
                raise ValueError(f"the file's content is not {suffix[1:].upper()}")


def _chunks(fh: BinaryIO) -> Iterator[bytes]:
    fh.seek(0)
    yield from iter(lambda: fh.read(CHUNK), b"")


def _check_text(fh: BinaryIO) -> None:
    """``ValueError`` unless ``fh`` holds text: no NUL byte, and UTF-8 or GB 18030 throughout
    (decoded a chunk at a time, a character split across chunks included)."""
    if any(b"\x00" in chunk for chunk in _chunks(fh)):
        raise ValueError("the .txt file is not text")
    for encoding in ("utf-8-sig", "gb18030"):
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            for chunk in _chunks(fh):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return
        except UnicodeDecodeError:
            continue
    raise ValueError("the .txt file is neither UTF-8 nor GB 18030 text")


def _safe_name(name: str) -> str:
    base = Path(name.replace("\\", "/")).name
    return re.sub(r"[^\w.\-]+", "_", base, flags=re.UNICODE).lstrip(".") or "upload"


def store_version(camp: Campaign, case: dict[str, Any], number: int, upload: Upload) -> Path:
    """Check the corrected upload (type, size, content) and move its spooled file into place as
    version ``number`` of the case; returns the new case path."""
    suffix = Path(upload.filename).suffix.lower()
    if suffix not in ALLOWED:
        raise ValueError(f"file type {suffix or '(none)'} is not accepted ({', '.join(ALLOWED)})")
    if upload.too_large or upload.size > MAX_UPLOAD:
        raise ValueError(f"the file is larger than {limit_text(MAX_UPLOAD)}; nothing was kept")
    if upload.path is None or not upload.size:
        raise ValueError("the file is empty")
    check_content(suffix, upload.path)
    current = camp.resolve(case["source"])
    if current is None:
        raise ValueError("the case's files are not in the campaign's storage")
    target = camp.storage / "versions" / _safe_name(case["case_id"]) / f"v{number}"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    if current.is_dir():
        new = target / current.name
        shutil.copytree(current, new, ignore=skip_links)
        shutil.move(upload.path, new / _safe_name(upload.filename))
    else:
        new = target / f"{_safe_name(case['case_id'])}{suffix}"
        shutil.move(upload.path, new)
    return new


def resubmit(
    store: CampaignStore, user: User, camp: Campaign, case: dict[str, Any], upload: Upload
) -> dict[str, Any]:
    """Store the corrected file, re-review it into the store and close the round; returns the round."""
    from casecheck.batch.pipeline import review_case

    pending = open_round(store.engine, case["row"])
    if pending is None:
        raise ValueError("the case is not returned for correction")
    new = store_version(camp, case, pending["round"], upload)
    options = review_options(camp)
    record = review_case(new, options)
    store.move_case(case["row"], str(new))
    run_id = store.start_run(camp.name, options, 1)
    store.save(camp.name, run_id, record, fingerprint(new))
    store.finish_run(run_id, "finished", 1, int(record["status"] == "error"))
    reset = reset_feedback(store, user, camp.name, case["case_id"], record)
    with store.engine.begin() as conn:
        conn.execute(
            db.rounds.update()
            .where(db.rounds.c.id == pending["id"])
            .values(
                status="rereviewed",
                upload=str(new.relative_to(camp.storage)),
                uploaded_by=user.username,
                uploaded_at=db.now(),
                after=json.dumps(record, ensure_ascii=False),
            )
        )
        detail = upload.filename + (f"; feedback reset to the new record: {' '.join(reset)}" if reset else "")
        log(conn, user, "upload", camp.name, case["case_id"], f"round {pending['round']}", detail, "")
    return {**pending, "status": "rereviewed", "after": record}


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """What changed between two reviews: findings fixed, still present and new; score and grade."""
    key = lambda f: (f["code"], f["rule"])  # noqa: E731 - a one-line key
    left = Counter(key(f) for f in before.get("findings") or [])
    right = Counter(key(f) for f in after.get("findings") or [])
    fixed, still, new = [], [], []
    seen: Counter = Counter()
    for f in before.get("findings") or []:
        seen[key(f)] += 1
        (still if seen[key(f)] <= right[key(f)] else fixed).append(f)
    seen = Counter()
    for f in after.get("findings") or []:
        seen[key(f)] += 1
        if seen[key(f)] > left[key(f)]:
            new.append(f)
    return {
        "fixed": fixed,
        "still": still,
        "new": new,
        "before": {
            "score": before.get("score"),
            "grade": before.get("grade"),
            "status": before.get("status"),
        },
        "after": {"score": after.get("score"), "grade": after.get("grade"), "status": after.get("status")},
    }

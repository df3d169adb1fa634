"""The case view and what a reviewer does there: decide, add, judge, sign off, return, upload."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, Response

from casecheck.web import db, documents, rectify, review
from casecheck.web.auth import User
from casecheck.web.campaigns import Campaign
from casecheck.web.context import Handler, back, bench, case_or_404, form, page, render
from casecheck.web.uploads import Upload


def _profile(camp: Campaign) -> Any:
    from casecheck.checks.profiles import load_profile

    return load_profile(camp.profile)


def _assignee(engine: Any, case_row: int) -> str:
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(db.users.c.username)
            .join(db.assignments, db.assignments.c.user_id == db.users.c.id)
            .where(db.assignments.c.case_row == case_row)
        ).first()
    return row.username if row else ""


def _may_work(request: Request, user: User, case: dict[str, Any]) -> None:
    """Admins, the assigned reviewer, or any member while the case is unassigned."""
    who = _assignee(bench(request).engine, case["row"])
    if not (user.is_admin or not who or who == user.username):
        raise HTTPException(403, f"this case is assigned to {who}")


def rec_status(case: dict[str, Any]) -> str:
    """A record's status word for messages (``error`` when it could not be reviewed)."""
    return str(case["record"].get("status") or "")


def _following(engine: Any, camp: Campaign, row: int) -> int | None:
    """The next case in the queue's order (by risk) that is still open, if any."""
    from casecheck.web.queue import queue

    rows = queue(engine, camp)
    at = next((i for i, r in enumerate(rows) if r.case_row == row), -1)
    return next((r.case_row for r in rows[at + 1 :] if r.state == "open"), None)


def _url(camp: Campaign, case: dict[str, Any], tail: str = "") -> str:
    return f"/c/{camp.id}/case/{case['row']}{tail}"


@page(campaign=True)
async def view(request: Request, user: User, camp: Campaign) -> Response:
    """Pages with evidence marked, findings with their decisions, judgement items, 整改 rounds."""
    wb = bench(request)
    case = case_or_404(request, camp)
    rec = case["record"]
    work = review.load_work(wb.engine, case["row"], case["version"])
    profile = _profile(camp)
    reviewed = review.reviewed_record(rec, work, profile)
    source = camp.resolve(case["source"])
    docs: list[Any] = []
    problem = ""
    if source is None:
        problem = "案卷文件不在本评查活动的存储目录中，不予显示"
    else:
        try:
            loaded = await run_in_threadpool(documents.load, source, camp.storage)
            docs = documents.document_views(
                loaded,
                rec.get("findings") or [],
                work.added,
                lambda i, p: _url(camp, case, f"/page/{i}/{p}.png"),
            )
        except Exception as exc:  # an unreadable file is shown as such, the findings still are
            problem = f"无法读取案卷文件：{exc}"
    from casecheck.report.catalog import code_name, codes

    return render(
        request,
        "case.html",
        camp=camp,
        case=case,
        rec=rec,
        reviewed=reviewed,
        work=work,
        keys=review.finding_keys(rec.get("findings") or []),
        stale=review.stale_decisions(rec, work),
        docs=docs,
        problem=problem,
        codes=[(c, e.get("name", "")) for c, e in codes().items() if not e.get("retired")],
        code_name=code_name,
        judgement=review.judgement_codes(profile),
        max_points=review.JUDGEMENT_MAX_POINTS,
        rounds=rectify.rounds_of(wb.engine, case["row"]),
        pending=rectify.open_round(wb.engine, case["row"]),
        assignee=_assignee(wb.engine, case["row"]),
        following=_following(wb.engine, camp, case["row"]),
        allowed=", ".join(rectify.ALLOWED),
    )


def _text(data: Any, key: str) -> str:
    value = data.get(key)
    return value if isinstance(value, str) else ""


@dataclass(frozen=True)
class Done:
    """What a case action says back: the status message, and what follows the case's URL on the
    redirect (an anchor such as ``#judgement``, or a sub-page such as ``/diff/1``)."""

    message: str
    tail: str = ""


Action = Callable[[Request, User, Campaign, dict[str, Any], Any], Awaitable[Done]]


def case_action(refused: str = "未保存", upload: int = 0) -> Callable[[Action], Handler]:
    """A POST on one case: the guard (session, campaign, CSRF; ``upload`` as ``page`` takes it),
    the case of the campaign (404), the user's right to work on it (403); the action gets the
    case and the form and returns :class:`Done`, or raises ``ValueError`` to say
    ``<refused>：<why>``. Either way the browser goes back to the case with the message."""

    def wrap(fn: Action) -> Handler:
        @page(campaign=True, upload=upload)
        @functools.wraps(fn)
        async def run(request: Request, user: User, camp: Campaign) -> Response:
            case = case_or_404(request, camp)
            _may_work(request, user, case)
            try:
                done = await fn(request, user, camp, case, form(request))
            except ValueError as exc:
                done = Done(f"{refused}：{exc}")
            return back(request, _url(camp, case, done.tail), done.message)

        return run

    return wrap


@case_action()
async def decide(request: Request, user: User, camp: Campaign, case: dict[str, Any], data: Any) -> Done:
    """Confirm or dismiss one finding (a dismissal needs a reason)."""
    finding, decision, reason = (_text(data, k) for k in ("finding", "decision", "reason"))
    index = review.decide(bench(request).store, user, camp.name, case, finding, decision, reason)
    return Done("已记录", f"#f-{index}")


@case_action()
async def add(request: Request, user: User, camp: Campaign, case: dict[str, Any], data: Any) -> Done:
    """Add a finding the program missed."""
    where = {k: _text(data, k) for k in ("document", "page", "quote", "reason")}
    review.add_finding(bench(request).store, user, camp.name, case, _text(data, "code"), where)
    return Done("已补充问题", "#added")


@case_action()
async def judge(request: Request, user: User, camp: Campaign, case: dict[str, Any], data: Any) -> Done:
    """Score a judgement item."""
    code = _text(data, "code")
    if code not in review.judgement_codes(_profile(camp)):
        raise ValueError("不是本评查标准的人工评判项")
    points = float(_text(data, "points") or 0)
    verdict, note = _text(data, "verdict"), _text(data, "note")
    review.judge(bench(request).store, user, camp.name, case, code, verdict, points, note)
    return Done("已评判", "#judgement")


@case_action()
async def sign_off(request: Request, user: User, camp: Campaign, case: dict[str, Any], data: Any) -> Done:
    """Sign the case off with the score computed from the decisions."""
    if rectify.open_round(bench(request).engine, case["row"]):
        return Done("案卷已退回整改，待整改后再签署")
    row = review.sign_off(bench(request).store, user, camp.name, case, _profile(camp), _text(data, "note"))
    score = "—" if row["score"] is None else f"{row['score']:g} 分"
    return Done(f"已签署：{score} {row['grade'] or rec_status(case)}")


@case_action(refused="未退回")
async def return_case(request: Request, user: User, camp: Campaign, case: dict[str, Any], data: Any) -> Done:
    """Return the case for correction (整改), keeping its reviewed record as the 'before'."""
    engine = bench(request).engine
    work = review.load_work(engine, case["row"], case["version"])
    before = review.reviewed_record(case["record"], work, _profile(camp))
    rectify.return_case(engine, user, camp, case, before, _text(data, "note"))
    return Done("已退回整改", "#rectify")


@case_action(refused="未接收", upload=rectify.MAX_UPLOAD)
async def upload(request: Request, user: User, camp: Campaign, case: dict[str, Any], data: Any) -> Done:
    """Take the corrected file (streamed into the storage by the guard, at most
    ``rectify.MAX_UPLOAD``), re-review it and show the difference."""
    item = data.get("file")
    if not isinstance(item, Upload) or not item.filename:
        return Done("请选择整改后的文件")
    store = bench(request).store
    done = await run_in_threadpool(rectify.resubmit, store, user, camp, case, item)
    return Done("已重新评查", f"/diff/{done['round']}")


@page(campaign=True)
async def diff(request: Request, user: User, camp: Campaign) -> Response:
    """Before and after one 整改 round: fixed, still present, new; score and grade."""
    import json

    case = case_or_404(request, camp)
    number = request.path_params["round"]
    found = next(
        (r for r in rectify.rounds_of(bench(request).engine, case["row"]) if r["round"] == number), None
    )
    if found is None or not found["after"]:
        raise HTTPException(404, "no such round")
    change = rectify.diff(json.loads(found["before"]), json.loads(found["after"]))
    from casecheck.report.catalog import code_name

    return render(request, "diff.html", camp=camp, case=case, round=found, d=change, code_name=code_name)


@page(campaign=True)
async def page_image(request: Request, user: User, camp: Campaign) -> Response:
    """A page of a PDF or image file of the case as PNG (paths checked against the storage)."""
    case = case_or_404(request, camp)
    source = camp.resolve(case["source"])
    if source is None:
        raise HTTPException(404, "no such file")
    loaded = await run_in_threadpool(documents.load, source, camp.storage)
    index, number = request.path_params["index"], request.path_params["page"]
    if not 0 <= index < len(loaded.files):
        raise HTTPException(404, "no such file")
    path = camp.resolve(loaded.files[index].path)
    if path is None or loaded.files[index].kind not in ("pdf", "image"):
        raise HTTPException(404, "no such file")
    try:
        png = await run_in_threadpool(documents.page_png, path, number, camp.storage / "pages")
    except (FileNotFoundError, OSError) as exc:
        raise HTTPException(404, "no such page") from exc
    return FileResponse(png, media_type="image/png")


@page(campaign=True)
async def original(request: Request, user: User, camp: Campaign) -> Response:
    """A file of the campaign's storage, only under ``cases/`` or ``versions/`` and only inside it."""
    rel = request.path_params["path"]
    path = documents.inside(camp.storage, rel)
    top = Path(rel).parts[:1]
    if path is None or not path.is_file() or top not in (("cases",), ("versions",)):
        raise HTTPException(404, "no such file")
    return FileResponse(path, filename=path.name, content_disposition_type="attachment")

"""Sign-in, the campaign list, the dashboard and the case queue."""

from __future__ import annotations

import secrets
from typing import Any
from urllib.parse import urlencode

import sqlalchemy as sa
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from casecheck.web import auth, campaigns, db
from casecheck.web import queue as queue_
from casecheck.web.audit import log
from casecheck.web.auth import User
from casecheck.web.context import back, bench, form, page, render

FILTERS = ("agency", "grade", "code", "reviewer", "state")
PAGE_SIZE = 50  # queue rows per page


def _safe_next(target: str) -> str:
    """Only local paths: ``//host`` or ``https://…`` would send the user elsewhere, and so would
    ``/<tab>/host`` (browsers drop tabs and line breaks from URLs) — control characters, spaces
    and backslashes are refused outright."""
    if any(ch <= " " or ch in "\\\x7f" for ch in target):
        return "/"
    return target if target.startswith("/") and not target.startswith("//") else "/"


async def login_form(request: Request) -> Response:
    """The sign-in page; sets the login CSRF cookie (double submit). ``?expired=1`` (the guard's
    redirect of an expired session) shows the fixed notice ``auth.EXPIRED``."""
    token = request.cookies.get(auth.LOGIN_COOKIE) or secrets.token_urlsafe(24)
    resp = render(
        request,
        "login.html",
        login_csrf=token,
        next=_safe_next(request.query_params.get("next", "/")),
        message=auth.EXPIRED if request.query_params.get("expired") else "",
    )
    resp.set_cookie(auth.LOGIN_COOKIE, token, httponly=True, samesite="strict", secure=_secure(request))
    return resp


def _secure(request: Request) -> bool:
    return bench(request).secure_cookies or request.url.scheme == "https"


async def login(request: Request) -> Response:
    """Check the credentials (rate limited), open a session and go on."""
    wb = bench(request)
    data = await request.form(max_files=0, max_fields=10)
    if not auth.csrf_ok(request.cookies.get(auth.LOGIN_COOKIE, ""), data.get("csrf")):
        raise HTTPException(403, "CSRF token missing or wrong")
    username = str(data.get("username") or "")
    address = request.client.host if request.client else ""
    key, everyone = f"{username}|{address}", f"address|{address}"
    if wb.limiter.blocked(key) or wb.limiter.blocked(everyone, auth.MAX_ADDRESS_FAILURES):
        return render(
            request, "login.html", 429, error="登录失败次数过多，请稍后再试", login_csrf=data["csrf"]
        )
    user = auth.authenticate(wb.engine, username, str(data.get("password") or ""))
    if user is None:
        wb.limiter.failed(key)
        wb.limiter.failed(everyone)
        return render(request, "login.html", 401, error="用户名或密码错误", login_csrf=data["csrf"], next="/")
    wb.limiter.reset(key)
    # a fresh session id at every login; a session this browser already had ends (no fixation)
    auth.close_session(wb.engine, request.cookies.get(auth.SESSION_COOKIE))
    token = auth.open_session(wb.engine, user)
    with wb.engine.begin() as conn:
        log(conn, user, "login")
    resp = RedirectResponse(_safe_next(str(data.get("next") or "/")), status_code=303)
    resp.set_cookie(
        auth.SESSION_COOKIE,
        token,
        max_age=auth.SESSION_HOURS * 3600,
        httponly=True,
        samesite="lax",
        secure=_secure(request),
    )
    return resp


@page()
async def logout(request: Request, user: User) -> Response:
    """End the session."""
    auth.close_session(bench(request).engine, request.cookies.get(auth.SESSION_COOKIE))
    resp = RedirectResponse("/login", status_code=303)
    resp.delete_cookie(auth.SESSION_COOKIE)
    return resp


@page()
async def home(request: Request, user: User) -> Response:
    """The campaigns this user may open."""
    wb = bench(request)
    items = campaigns.visible_campaigns(wb.engine, user)
    mine = {
        c.id: sum(r.state == "open" for r in queue_.queue(wb.engine, c, {"reviewer": user.username}))
        for c in items
    }
    return render(request, "home.html", campaigns=items, mine=mine)


@page(campaign=True)
async def dashboard(request: Request, user: User, camp: campaigns.Campaign) -> Response:
    """Progress, scores, grade distribution, agencies and the most frequent defects."""
    from casecheck.report.catalog import code_name

    d = queue_.dashboard(bench(request).engine, camp)
    return render(request, "dashboard.html", camp=camp, d=d, code_name=code_name)


def _reviewers(engine: Any, camp: campaigns.Campaign) -> list[Any]:
    with engine.connect() as conn:
        return list(
            conn.execute(
                sa.select(db.users.c.id, db.users.c.username)
                .join(db.members, db.members.c.user_id == db.users.c.id)
                .where(db.members.c.campaign_id == camp.id)
                .order_by(db.users.c.username)
            )
        )


@page(campaign=True)
async def queue(request: Request, user: User, camp: campaigns.Campaign) -> Response:
    """Cases by risk, highest first, with filters."""
    wb = bench(request)
    filters = {k: request.query_params.get(k, "") for k in FILTERS}
    if filters["reviewer"] == "me":
        filters["reviewer"] = user.username
    rows = queue_.queue(wb.engine, camp, filters)
    pages = max(1, -(-len(rows) // PAGE_SIZE))
    number = request.query_params.get("page", "1")
    number = min(max(int(number), 1), pages) if number.isdigit() else 1
    kept = {k: v for k, v in request.query_params.items() if k in FILTERS and v}
    links = {
        n: f"/c/{camp.id}/queue?" + urlencode({**kept, "page": n})
        for n in (number - 1, number + 1)
        if 1 <= n <= pages
    }
    everything = queue_.queue(wb.engine, camp) if any(filters.values()) else rows
    choices = {
        "agency": sorted({r.agency for r in everything if r.agency}),
        "grade": sorted({r.grade for r in everything if r.grade}),
        "code": sorted({c for r in everything for c in r.codes}),
        "reviewer": sorted({r.reviewer for r in everything if r.reviewer}),
        "state": ["open", "signed", "returned"],
    }
    return render(
        request,
        "queue.html",
        camp=camp,
        rows=rows[(number - 1) * PAGE_SIZE : number * PAGE_SIZE],
        total=len(rows),
        page=number,
        pages=pages,
        links=links,
        filters=filters,
        choices=choices,
        reviewers=_reviewers(wb.engine, camp) if user.is_admin else [],
    )


@page(admin=True, campaign=True)
async def assign(request: Request, user: User, camp: campaigns.Campaign) -> Response:
    """Assign a case of the campaign to one of its reviewers (admin)."""
    wb = bench(request)
    data = form(request)
    row = str(data.get("case_row") or "")
    case = queue_.case_in_campaign(wb.engine, camp, int(row)) if row.isdigit() else None
    if case is None:
        raise HTTPException(404, "no such case")
    who = str(data.get("user_id") or "")
    members = {r.id: r.username for r in _reviewers(wb.engine, camp)}
    uid = int(who) if who.isdigit() else None
    if uid is not None and uid not in members:
        raise HTTPException(400, "not a reviewer of this campaign")
    campaigns.assign(wb.engine, case["row"], uid)
    with wb.engine.begin() as conn:
        log(conn, user, "assign", camp.name, case["case_id"], members.get(uid or -1, "(none)"))
    return back(request, f"/c/{camp.id}/queue", "已分配")


@page()
async def account(request: Request, user: User) -> Response:
    """The signed-in user's account: change the password."""
    return render(request, "account.html")


@page()
async def change_password(request: Request, user: User) -> Response:
    """Change one's own password (the current one is asked again); other sessions end."""
    wb = bench(request)
    data = form(request)
    new = str(data.get("new") or "")
    if new != str(data.get("again") or ""):
        return back(request, "/account", "未修改：两次输入的新密码不一致")
    try:
        auth.change_password(
            wb.engine, user, str(data.get("current") or ""), new, request.cookies.get(auth.SESSION_COOKIE)
        )
    except ValueError as exc:
        return back(request, "/account", f"未修改：{exc}")
    with wb.engine.begin() as conn:
        log(conn, user, "password_change")
    return back(request, "/account", "密码已修改，其他登录已退出")

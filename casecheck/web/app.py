"""The workbench application (Starlette): routes, security headers and error pages.

``create_app(db_url, data)`` builds it over a campaign store (SQLite file or SQLAlchemy URL)
and a data folder holding the campaigns' storage. No JavaScript: every action is a form.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from casecheck.web import admin, auth, casepages, context, exports, pages
from casecheck.web.context import Workbench

CSP = (
    "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS = {
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "cache-control": "no-store",
}


class BodyLimit:
    """Refuse (413) a request body over ``context.MAX_BODY``: by its Content-Length, and by
    counting what arrives for a chunked body that declares none."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = context.MAX_BODY
        declared = dict(scope.get("headers") or []).get(b"content-length", b"0")
        if not declared.isdigit() or int(declared) > limit:
            await PlainTextResponse("request too large", status_code=413)(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise HTTPException(413, "request too large")
            return message

        await self.app(scope, counted, send)


class SecurityHeaders:
    """Add CSP (unless a route set its own), X-Frame-Options, nosniff, referrer and cache policy,
    and HSTS when the workbench is served over https (``secure``)."""

    def __init__(self, app: ASGIApp, secure: bool = False) -> None:
        self.app = app
        self.extra = {"strict-transport-security": "max-age=31536000"} if secure else {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                for k, v in {"content-security-policy": CSP, **HEADERS, **self.extra}.items():
                    if k.encode() not in names:
                        headers.append((k.encode(), v.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, wrapped)


def _error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    detail = exc.detail if isinstance(exc, HTTPException) else "internal error"
    bench: Workbench = request.app.state.bench
    html = bench.templates.get_template("error.html").render(status=status, detail=detail, user=None)
    return HTMLResponse(html, status_code=status)


def routes() -> list[Any]:
    """Every route of the workbench."""
    case = "/c/{cid}/case/{row}"
    return [
        Route("/login", pages.login_form, methods=["GET"]),
        Route("/login", pages.login, methods=["POST"]),
        Route("/logout", pages.logout, methods=["POST"]),
        Route("/", pages.home),
        Route("/account", pages.account),
        Route("/account/password", pages.change_password, methods=["POST"]),
        Route("/c/{cid}", pages.dashboard),
        Route("/c/{cid}/queue", pages.queue),
        Route("/c/{cid}/assign", pages.assign, methods=["POST"]),
        Route(case, casepages.view),
        Route(case + "/decide", casepages.decide, methods=["POST"]),
        Route(case + "/add", casepages.add, methods=["POST"]),
        Route(case + "/judge", casepages.judge, methods=["POST"]),
        Route(case + "/signoff", casepages.sign_off, methods=["POST"]),
        Route(case + "/return", casepages.return_case, methods=["POST"]),
        Route(case + "/upload", casepages.upload, methods=["POST"]),
        Route(case + "/diff/{round:int}", casepages.diff),
        Route(case + "/page/{index:int}/{page:int}.png", casepages.page_image),
        Route(case + "/report.{fmt:str}", exports.case_report),
        Route("/c/{cid}/files/{path:path}", casepages.original),
        Route("/c/{cid}/export/campaign.{fmt:str}", exports.campaign_report),
        Route("/c/{cid}/export/cases.xlsx", exports.spreadsheet),
        Route("/c/{cid}/export/feedback.jsonl", exports.feedback),
        Route("/admin/users", admin.users),
        Route("/admin/users", admin.create_user, methods=["POST"]),
        Route("/admin/users/{uid:int}/active", admin.set_active, methods=["POST"]),
        Route("/admin/users/{uid:int}/password", admin.reset_password, methods=["POST"]),
        Route("/admin/members", admin.add_member, methods=["POST"]),
        Route("/admin/campaigns", admin.campaign_list),
        Route("/admin/campaigns", admin.create_campaign, methods=["POST"]),
        Route("/admin/profiles", admin.upload_profile, methods=["POST"]),
        Route("/admin/audit", admin.audit_log),
        Mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static"),
    ]


def create_app(
    db_url: str, data: Path, secure_cookies: bool = False, idle_minutes: float = auth.IDLE_MINUTES
) -> Starlette:
    """The workbench over the store at ``db_url`` with campaign storage under ``data``; a
    session unused for ``idle_minutes`` ends (and every session 12 hours after its login)."""
    if idle_minutes <= 0:
        raise ValueError("the idle timeout is a positive number of minutes")
    app = Starlette(
        routes=routes(),
        middleware=[Middleware(SecurityHeaders, secure=secure_cookies), Middleware(BodyLimit)],
        exception_handlers={HTTPException: _error, Exception: _error},
    )
    app.state.bench = Workbench(db_url, Path(data).resolve(), secure_cookies, idle_minutes)
    return app

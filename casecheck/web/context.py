"""What every route shares: the workbench (database, storage, templates) and the ``page`` guard.

``page`` wraps a route: it finds the session's user (no live session: a page is redirected to
the login, which says when the session had expired, and anything else gets 401), enforces the
admin role where asked, resolves ``{cid}`` to a campaign the user may see (404 otherwise, so a
reviewer cannot tell another campaign's cases exist), and reads every POST form — its files
streamed to disk under the route's size limit (``uploads``) — refusing it (403) without the
session's CSRF token.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from casecheck.batch.store import CampaignStore
from casecheck.web import auth, campaigns, db, queue, uploads
from casecheck.web.labels import label
from casecheck.web.migrate import migrate_positional_decisions

Handler = Callable[..., Awaitable[Response]]
MAX_BODY = 64 * 1024 * 1024  # the largest upload (rectify.MAX_UPLOAD) and its form around it


@dataclass
class Workbench:
    """The running application's state."""

    url: str
    data: Path
    secure_cookies: bool = False
    idle_minutes: float = auth.IDLE_MINUTES
    store: CampaignStore = field(init=False)
    templates: Environment = field(init=False)
    limiter: auth.LoginLimiter = field(default_factory=auth.LoginLimiter)

    def __post_init__(self) -> None:
        self.store = CampaignStore(self.url)
        db.create(self.store.engine)
        migrate_positional_decisions(self.store.engine)
        self.templates = Environment(
            loader=PackageLoader("casecheck.web", "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.templates.globals["label"] = label

    @property
    def engine(self) -> Any:
        """The SQLAlchemy engine of the store."""
        return self.store.engine


def bench(request: Request) -> Workbench:
    """The workbench of the app serving ``request``."""
    return request.app.state.bench


def render(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    """Render a template with the user, the CSRF token and the session's status message, if any."""
    user = getattr(request.state, "user", None)
    message = auth.take_flash(bench(request).engine, request.cookies.get(auth.SESSION_COOKIE)) if user else ""
    html = (
        bench(request)
        .templates.get_template(name)
        .render(
            request=request,
            user=user,
            csrf=user.csrf if user else "",
            message=ctx.pop("message", message),
            **ctx,
        )
    )
    return HTMLResponse(html, status_code=status)


def back(request: Request, url: str, message: str = "") -> RedirectResponse:
    """303 to ``url``; ``message`` is kept in the session for the next page (not in the URL, so a
    crafted link cannot make the site show arbitrary text)."""
    if message:
        auth.set_flash(bench(request).engine, request.cookies.get(auth.SESSION_COOKIE), message)
    return RedirectResponse(url, status_code=303)


def page(admin: bool = False, campaign: bool = False, upload: int = 0) -> Callable[[Handler], Handler]:
    """Guard a route (session, role, campaign access, CSRF on POST); see the module docstring.
    ``upload`` is the largest file the route takes, in bytes (0: none); its files are streamed
    into the campaign's ``uploads`` folder (``<data>/uploads`` for a route of no campaign) and
    deleted when the route is done, unless it moved them."""

    def wrap(fn: Handler) -> Handler:
        @functools.wraps(fn)
        async def run(request: Request) -> Response:
            wb = bench(request)
            found = auth.check_session(wb.engine, request.cookies.get(auth.SESSION_COOKIE), wb.idle_minutes)
            if found.user is None:
                return _not_signed_in(request, found.expired)
            user = found.user
            request.state.user = user
            if admin and not user.is_admin:
                raise HTTPException(403, "administrators only")
            kwargs: dict[str, Any] = {"camp": _campaign(request, wb, user)} if campaign else {}
            if request.method != "POST":
                return await fn(request, user, **kwargs)
            folder = (kwargs["camp"].storage if campaign else wb.data) / "uploads"
            request.state.form = await _checked_form(request, user, folder, upload)
            try:
                return await fn(request, user, **kwargs)
            finally:
                uploads.discard(request.state.form)

        return run

    return wrap


def _not_signed_in(request: Request, expired: bool) -> Response:
    """A page goes to the login (which says so when the session expired); anything else is 401."""
    if request.method not in ("GET", "HEAD"):
        raise HTTPException(401, auth.EXPIRED if expired else "not signed in")
    flag = "&expired=1" if expired else ""  # a fixed notice, never text from the URL
    return RedirectResponse(f"/login?next={quote(request.url.path)}{flag}", status_code=303)


def _campaign(request: Request, wb: Workbench, user: auth.User) -> campaigns.Campaign:
    """The campaign ``{cid}`` if the user may see it, else 404."""
    try:
        cid = int(request.path_params["cid"])
    except ValueError:
        raise HTTPException(404, "no such campaign") from None
    camp = campaigns.get_campaign(wb.engine, cid) if campaigns.can_see(wb.engine, user, cid) else None
    if camp is None:
        raise HTTPException(404, "no such campaign")
    return camp


async def _checked_form(request: Request, user: auth.User, folder: Path, upload: int) -> Any:
    """The POST form (files streamed to ``folder``), refused with 403 without the session's CSRF."""
    if int(request.headers.get("content-length") or 0) > MAX_BODY:
        raise HTTPException(413, "request too large")
    data = await uploads.read_form(request, folder, upload)
    if not auth.csrf_ok(user.csrf, data.get("csrf")):
        uploads.discard(data)
        raise HTTPException(403, "CSRF token missing or wrong")
    return data


def form(request: Request) -> Any:
    """The POST form the guard parsed."""
    return request.state.form


def case_or_404(request: Request, camp: campaigns.Campaign) -> dict[str, Any]:
    """The case ``{row}`` of ``camp``, or 404."""
    try:
        row = int(request.path_params["row"])
    except ValueError:
        raise HTTPException(404, "no such case") from None
    case = queue.case_in_campaign(bench(request).engine, camp, row)
    if case is None:
        raise HTTPException(404, "no such case")
    return case

"""What every route shares: the workbench (database, storage, templates) and the ``page`` guard.

``page`` wraps a route: it finds the session's user (no session: a page is redirected to the
login, anything else gets 401), checks the CSRF token of every POST (403 without it), enforces
the admin role where asked, and resolves ``{cid}`` to a campaign the user may see (404
otherwise, so a reviewer cannot tell another campaign's cases exist).
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
from casecheck.web import auth, campaigns, db, queue
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


def page(admin: bool = False, campaign: bool = False) -> Callable[[Handler], Handler]:
    """Guard a route (session, CSRF on POST, role, campaign access); see the module docstring."""

    def wrap(fn: Handler) -> Handler:
        @functools.wraps(fn)
        async def run(request: Request) -> Response:
            wb = bench(request)
            user = auth.session_user(wb.engine, request.cookies.get(auth.SESSION_COOKIE))
            if user is None:
                if request.method in ("GET", "HEAD"):
                    return RedirectResponse(f"/login?next={quote(request.url.path)}", status_code=303)
                raise HTTPException(401, "not signed in")
            request.state.user = user
            if request.method == "POST":
                if int(request.headers.get("content-length") or 0) > MAX_BODY:
                    raise HTTPException(413, "request too large")
                form = await request.form(max_files=2, max_fields=50)
                if not auth.csrf_ok(user.csrf, form.get("csrf")):
                    raise HTTPException(403, "CSRF token missing or wrong")
                request.state.form = form
            if admin and not user.is_admin:
                raise HTTPException(403, "administrators only")
            kwargs: dict[str, Any] = {}
            if campaign:
                try:
                    cid = int(request.path_params["cid"])
                except ValueError:
                    raise HTTPException(404, "no such campaign") from None
                camp = (
                    campaigns.get_campaign(wb.engine, cid)
                    if campaigns.can_see(wb.engine, user, cid)
                    else None
                )
                if camp is None:
                    raise HTTPException(404, "no such campaign")
                kwargs["camp"] = camp
            return await fn(request, user, **kwargs)

        return run

    return wrap


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

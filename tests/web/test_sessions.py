"""Session lifetime: an idle timeout that slides on each request (``casecheck serve
--idle-minutes``, default 30) beside the absolute 12 hours after login, both enforced in the
session store and both sending the browser to a login page that says the session expired.

Time is moved by patching ``db.clock`` (no sleeping). Sign-ins happen at the real time: a login
clears sessions past their absolute expiry, and the other modules' sessions must live on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
import sqlalchemy as sa

pytest.importorskip("starlette")
from starlette.testclient import TestClient
from web_helpers import Site, login

from casecheck.web import auth, db
from casecheck.web.app import create_app


def _client(site: Site, **kw: Any) -> TestClient:
    return TestClient(create_app(site.url, site.data, **kw), follow_redirects=False)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Callable[[float], None]:
    """``clock(minutes)`` sets the workbench's time to that many minutes after the test began."""
    start = dt.datetime.now(dt.UTC)

    def move(minutes: float) -> None:
        monkeypatch.setattr(db, "clock", lambda: start + dt.timedelta(minutes=minutes))

    move(0)
    return move


def _sessions(site: Site, token: str | None) -> int:
    with sa.create_engine(f"sqlite:///{site.url}").connect() as conn:
        return conn.execute(
            sa.select(sa.func.count()).where(db.sessions.c.token_hash == auth._digest(token or ""))
        ).scalar_one()


def _expired_page(c: TestClient, path: str = "/") -> None:
    resp = c.get(path)
    assert resp.status_code == 303
    assert resp.headers["location"] == f"/login?next={path}&expired=1"
    assert auth.EXPIRED in c.get(resp.headers["location"]).text


def test_an_idle_session_ends_and_the_login_page_says_so(site: Site, clock: Callable[[float], None]) -> None:
    c = _client(site)
    login(c, "reviewer", site.passwords["reviewer"])
    token = c.cookies.get(auth.SESSION_COOKIE)
    clock(29)
    assert c.get("/").status_code == 200  # within the window
    clock(29 + 31)
    _expired_page(c)
    assert _sessions(site, token) == 0  # ended in the store, not only refused
    assert c.get("/").headers["location"] == "/login?next=/"  # gone: no longer "expired"
    assert auth.EXPIRED not in c.get("/login").text  # the notice only after an expiry


def test_each_request_slides_the_idle_window(site: Site, clock: Callable[[float], None]) -> None:
    c = _client(site)
    login(c, "reviewer", site.passwords["reviewer"])
    for minutes in range(20, 200, 20):  # active every 20 minutes: three hours and on
        clock(minutes)
        assert c.get("/").status_code == 200, minutes
    clock(180 + 30)
    _expired_page(c)


def test_the_absolute_limit_holds_for_a_busy_session(site: Site, clock: Callable[[float], None]) -> None:
    c = _client(site)
    login(c, "reviewer", site.passwords["reviewer"])
    minutes = 0
    while minutes + 25 < auth.SESSION_HOURS * 60:
        minutes += 25
        clock(minutes)
        assert c.get("/").status_code == 200, minutes
    clock(auth.SESSION_HOURS * 60 + 1)  # used 21 minutes ago, but 12 hours after login
    _expired_page(c)


def test_the_idle_timeout_is_configurable(site: Site, clock: Callable[[float], None]) -> None:
    c = _client(site, idle_minutes=5)
    login(c, "reviewer", site.passwords["reviewer"])
    clock(4)
    assert c.get("/").status_code == 200
    clock(4 + 6)
    _expired_page(c, "/account")
    with pytest.raises(ValueError):
        create_app(site.url, site.data, idle_minutes=0)


def test_a_form_sent_after_the_timeout_is_refused_with_the_reason(
    site: Site, clock: Callable[[float], None]
) -> None:
    c = _client(site)
    token = login(c, "reviewer", site.passwords["reviewer"])
    clock(31)
    resp = c.post(f"/c/{site.alpha}/case/{site.decide_row}/add", data={"csrf": token, "code": "DOC-04"})
    assert resp.status_code == 401 and auth.EXPIRED in resp.text


def test_a_session_of_an_older_database_counts_from_its_login(
    site: Site, clock: Callable[[float], None]
) -> None:
    """A session row from before ``last_seen`` existed (NULL) is idle since it was created."""
    c = _client(site)
    login(c, "reviewer", site.passwords["reviewer"])
    where = db.sessions.c.token_hash == auth._digest(c.cookies.get(auth.SESSION_COOKIE) or "")
    with sa.create_engine(f"sqlite:///{site.url}").begin() as conn:
        conn.execute(db.sessions.update().where(where).values(last_seen=None))
    clock(10)
    assert c.get("/").status_code == 200  # and now it has a last_seen again
    clock(10 + 29)
    assert c.get("/").status_code == 200
    clock(10 + 29 + 30)
    _expired_page(c)


def test_serve_takes_the_idle_minutes(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    from typer.testing import CliRunner

    from casecheck import cli
    from casecheck.web import serve

    seen: dict[str, Any] = {}
    monkeypatch.setattr(serve, "prepare", lambda url, data, demo: serve.Started())
    monkeypatch.setattr(serve, "run", lambda *args: seen.setdefault("args", args))
    runner = CliRunner()
    res = runner.invoke(cli.app, ["serve", "--data", str(tmp_path), "--idle-minutes", "15"])
    assert res.exit_code == 0, res.output
    assert seen["args"][-1] == 15
    seen.clear()
    assert runner.invoke(cli.app, ["serve", "--data", str(tmp_path)]).exit_code == 0
    assert seen["args"][-1] == auth.IDLE_MINUTES
    assert runner.invoke(cli.app, ["serve", "--data", str(tmp_path), "--idle-minutes", "0"]).exit_code != 0

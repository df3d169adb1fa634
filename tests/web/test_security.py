"""The workbench's security checks: every route behind the session and the campaign check (all
methods), no open redirect after login, a new session id at login, logout and password change,
login rate limits, body size limits, uploads checked by content, links never copied into the
storage, HSTS over https, error pages without internals."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
import sqlalchemy as sa

pytest.importorskip("starlette")
from starlette.routing import Route
from starlette.testclient import TestClient
from web_helpers import SCRIPT, Site, csrf_of, login

from casecheck.web import auth, context
from casecheck.web.app import create_app


def _client(site: Site, **kw) -> TestClient:
    return TestClient(create_app(site.url, site.data, **kw), follow_redirects=False)


def _paths(site: Site, cid: int, row: int) -> list[tuple[str, set[str]]]:
    """Every route of the app with its parameters filled in, and its methods."""
    values = {
        "cid": str(cid),
        "row": str(row),
        "round": "1",
        "index": "0",
        "page": "1",
        "fmt": "html",
        "path": "cases/x.txt",
        "uid": "1",
    }
    out = []
    for r in create_app(site.url, site.data).routes:
        if not isinstance(r, Route):
            continue
        path = r.path
        for k, v in values.items():
            path = path.replace("{" + k + "}", v).replace("{" + k + ":int}", v).replace("{" + k + ":str}", v)
            path = path.replace("{" + k + ":path}", v)
        out.append((path, set(r.methods or ())))
    return out


def test_every_route_needs_a_session(site: Site) -> None:
    c = _client(site)
    for path, methods in _paths(site, site.alpha, site.busy_row):
        if path == "/login":
            continue
        for method in methods:
            resp = c.request(method, path)
            if method in ("GET", "HEAD"):
                assert resp.status_code == 303, (method, path)
                assert resp.headers["location"].startswith("/login"), (method, path)
            else:
                assert resp.status_code == 401, (method, path)
        assert c.options(path).status_code == 405, path


def test_a_reviewer_reaches_nothing_of_another_campaign(site: Site) -> None:
    c = _client(site)
    token = login(c, "reviewer", site.passwords["reviewer"])
    for path, methods in _paths(site, site.beta, site.beta_row):
        if path in ("/login", "/logout"):
            continue
        for method in methods:
            resp = c.request(method, path, data={"csrf": token} if method == "POST" else None)
            if path == f"/c/{site.beta}/assign":  # admins only, whichever campaign: nothing to learn
                assert resp.status_code == 403
            elif path.startswith(f"/c/{site.beta}"):
                assert resp.status_code == 404, (method, path)
                assert "beta" not in resp.text and "乙评查" not in resp.text
            elif path.startswith("/admin"):
                assert resp.status_code == 403, (method, path)
    # nor through its own campaign's URLs (a case id of another campaign in the path or a form)
    for tail in ("", "/report.html", "/report.pdf", "/page/0/1.png", "/diff/1"):
        assert c.get(f"/c/{site.alpha}/case/{site.beta_row}{tail}").status_code == 404
        assert c.head(f"/c/{site.alpha}/case/{site.beta_row}{tail}").status_code == 404
    for tail in ("/decide", "/add", "/judge", "/signoff", "/return", "/upload"):
        resp = c.post(f"/c/{site.alpha}/case/{site.beta_row}{tail}", data={"csrf": token, "note": "x"})
        assert resp.status_code == 404, tail


def test_an_admin_cannot_assign_another_campaigns_case(site: Site) -> None:
    c = _client(site)
    token = login(c, "admin", site.passwords["admin"])
    resp = c.post(f"/c/{site.alpha}/assign", data={"csrf": token, "case_row": str(site.beta_row)})
    assert resp.status_code == 404


@pytest.mark.parametrize(
    "target", ["/\t/evil.example", "/\n/evil.example", "//evil.example", "https://evil.example", "/\\evil"]
)
def test_login_never_redirects_off_site(site: Site, target: str) -> None:
    c = _client(site)
    page = c.get("/login", params={"next": target})
    assert 'name="next" value="/"' in page.text
    resp = c.post(
        "/login",
        data={
            "csrf": csrf_of(page.text),
            "username": "reviewer",
            "password": site.passwords["reviewer"],
            "next": target,
        },
    )
    assert resp.status_code == 303 and resp.headers["location"] == "/"


def test_login_gives_a_new_session_and_ends_the_old_one(site: Site) -> None:
    c = _client(site)
    login(c, "reviewer", site.passwords["reviewer"])
    first = c.cookies.get(auth.SESSION_COOKIE)
    login(c, "reviewer", site.passwords["reviewer"])
    second = c.cookies.get(auth.SESSION_COOKIE)
    assert first and second and first != second
    replay = _client(site)
    replay.cookies.set(auth.SESSION_COOKIE, first)
    assert replay.get("/").status_code == 303  # the earlier session id is dead
    replay.cookies.set(auth.SESSION_COOKIE, second)
    assert replay.get("/").status_code == 200


def test_logout_ends_the_session_on_the_server(site: Site) -> None:
    c = _client(site)
    token = login(c, "reviewer", site.passwords["reviewer"])
    cookie = c.cookies.get(auth.SESSION_COOKIE)
    assert c.post("/logout", data={"csrf": token}).status_code == 303
    replay = _client(site)
    replay.cookies.set(auth.SESSION_COOKIE, cookie)
    assert replay.get("/").status_code == 303


def test_a_user_changes_their_password(site: Site) -> None:
    from casecheck.web.context import Workbench

    auth.create_user(Workbench(site.url, site.data).engine, "erin", "erin-pass-1", "reviewer")
    a, b = _client(site), _client(site)
    token = login(a, "erin", "erin-pass-1")
    login(b, "erin", "erin-pass-1")
    form = {"csrf": token, "current": "wrong-pass", "new": "erin-pass-2", "again": "erin-pass-2"}
    assert "当前密码不正确" in a.get(a.post("/account/password", data=form).headers["location"]).text
    form = {**form, "current": "erin-pass-1", "again": "other-pass"}
    assert "不一致" in a.get(a.post("/account/password", data=form).headers["location"]).text
    form = {**form, "again": "erin-pass-2"}
    assert "密码已修改" in a.get(a.post("/account/password", data=form).headers["location"]).text
    assert a.get("/").status_code == 200  # this session stays
    assert b.get("/").status_code == 303  # the other one ends
    login(b, "erin", "erin-pass-2")
    assert "password_change" in _audit(site)


def _audit(site: Site) -> str:
    c = _client(site)
    login(c, "admin", site.passwords["admin"])
    return c.get("/admin/audit").text


def test_one_address_cannot_try_many_user_names(site: Site) -> None:
    c = _client(site)
    token = csrf_of(c.get("/login").text)
    for n in range(auth.MAX_ADDRESS_FAILURES):
        resp = c.post("/login", data={"csrf": token, "username": f"guess{n}", "password": "password1"})
        assert resp.status_code == 401
    resp = c.post("/login", data={"csrf": token, "username": "admin", "password": site.passwords["admin"]})
    assert resp.status_code == 429


def test_the_limiter_forgets_rather_than_grows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "MAX_TRACKED", 10)
    limiter = auth.LoginLimiter()
    for n in range(100):
        limiter.failed(f"name{n}|1.2.3.4")
    assert len(limiter._fails) <= 10
    for _ in range(auth.MAX_FAILURES):
        limiter.failed("target")
    assert limiter.blocked("target")


def test_bodies_over_the_limit_are_refused(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(context, "MAX_BODY", 1000)
    c = _client(site)
    token = login(c, "reviewer", site.passwords["reviewer"])
    url = f"/c/{site.alpha}/case/{site.busy_row}/add"

    def chunks():  # chunked: no Content-Length to check up front
        yield f"csrf={token}&code=DOC-04&reason=".encode()
        for _ in range(10):
            yield b"x" * 500

    resp = c.post(url, content=chunks(), headers={"content-type": "application/x-www-form-urlencoded"})
    assert resp.status_code == 413
    resp = c.post(url, data={"csrf": token, "code": "DOC-04", "reason": "x" * 5000})
    assert resp.status_code == 413


def _docx(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, body in members.items():
            zf.writestr(name, body)
    return buf.getvalue()


def test_uploads_are_checked_by_content() -> None:
    from casecheck.web.rectify import check_content

    check_content(".txt", "行政处罚决定书".encode("gb18030"))
    check_content(".pdf", b"%PDF-1.7\n...")
    check_content(".docx", _docx({"[Content_Types].xml": b"<x/>", "word/document.xml": b"<w/>"}))
    refused = [
        (".pdf", b"MZ\x90\x00 not a pdf"),
        (".png", b"%PDF-1.7"),
        (".txt", b"MZ\x00\x00\x00"),
        (".docx", b"PK\x03\x04 broken"),
        (".docx", _docx({"evil.sh": b"#!/bin/sh"})),
        (".docx", _docx({"[Content_Types].xml": b"<x/>", "bomb.xml": b"\0" * (8 * 2**20)})),
    ]
    for suffix, body in refused:
        with pytest.raises(ValueError):
            check_content(suffix, body)


def test_a_version_stays_in_the_storage_and_links_are_not_copied(tmp_path: Path) -> None:
    from casecheck.web.campaigns import Campaign, copy_cases
    from casecheck.web.rectify import store_version
    from casecheck.web.uploads import Upload

    def spooled(name: str, body: bytes) -> Upload:  # as the guard leaves an upload
        path = tmp_path / f"{name}.part"
        path.write_bytes(body)
        return Upload(name, path, len(body))

    secret = tmp_path / "secret.txt"
    secret.write_text("机密")
    source = tmp_path / "batch" / "case_1"
    source.mkdir(parents=True)
    (source / "决定书.txt").write_text("行政处罚决定书", encoding="utf-8")
    os.symlink(secret, source / "linked.txt")
    storage = tmp_path / "storage"
    (storage / "cases").mkdir(parents=True)
    camp = Campaign(1, "c", "c", "default", storage)
    copied = copy_cases(tmp_path / "batch", camp)
    assert [p.name for p in copied] == ["case_1"]
    assert not (storage / "cases" / "case_1" / "linked.txt").exists()
    os.symlink(secret, storage / "cases" / "case_1" / "planted.txt")  # planted later
    case = {"case_id": "../../../escape", "source": str(storage / "cases" / "case_1")}
    new = store_version(camp, case, 1, spooled("决定书.txt", "更正后的决定书".encode()))
    assert new.resolve().is_relative_to(storage.resolve())
    assert not (new / "planted.txt").exists()
    file_case = {"case_id": "../../../escape", "source": str(storage / "cases" / "case_1" / "决定书.txt")}
    new = store_version(camp, file_case, 2, spooled("x.txt", "更正".encode()))
    assert new.resolve().is_relative_to(storage.resolve()) and new.is_file()
    outside = {"case_id": "x", "source": str(secret)}
    with pytest.raises(ValueError):
        store_version(camp, outside, 3, spooled("x.txt", b"text"))


def test_hsts_and_headers_over_https(site: Site) -> None:
    plain = _client(site).get("/login")
    assert "strict-transport-security" not in plain.headers
    secure = TestClient(create_app(site.url, site.data, secure_cookies=True), base_url="https://testserver")
    resp = secure.get("/login")
    assert resp.headers["strict-transport-security"].startswith("max-age=")
    assert "frame-ancestors 'none'" in resp.headers["content-security-policy"]


def test_error_pages_show_no_internals(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    from casecheck.web import queue

    def broken(*a, **k):
        raise RuntimeError("secret-internal-detail /srv/data/campaign.db")

    monkeypatch.setattr(queue, "dashboard", broken)
    c = TestClient(create_app(site.url, site.data), follow_redirects=False, raise_server_exceptions=False)
    login(c, "reviewer", site.passwords["reviewer"])
    resp = c.get(f"/c/{site.alpha}")
    assert resp.status_code == 500
    assert "secret-internal-detail" not in resp.text and "Traceback" not in resp.text


def test_reports_escape_document_text(site: Site) -> None:
    c = _client(site)
    login(c, "reviewer", site.passwords["reviewer"])
    report = c.get(f"/c/{site.alpha}/case/{site.script_row}/report.html")
    assert report.status_code == 200 and SCRIPT not in report.text
    assert "script-src" not in report.headers["content-security-policy"]  # default-src 'none'


def test_sql_goes_through_bound_parameters(site: Site) -> None:
    c = _client(site)
    login(c, "admin", site.passwords["admin"])
    probe = "x' OR '1'='1"
    assert c.get(f"/c/{site.alpha}/queue", params={"agency": probe}).status_code == 200
    assert "case-link" not in c.get(f"/c/{site.alpha}/queue", params={"agency": probe}).text
    assert c.get("/admin/audit", params={"campaign": probe}).status_code == 200
    with sa.create_engine(f"sqlite:///{site.url}").connect() as conn:
        assert conn.execute(sa.text("select count(*) from web_users")).scalar_one() >= 2


def test_nothing_is_fetched_from_elsewhere() -> None:
    """Templates and the style sheet name no other site (fonts, scripts, CDNs): the workbench
    runs offline, and the CSP would block such a fetch anyway."""
    import re as re_

    from casecheck.web import app as app_module

    root = Path(app_module.__file__).parent
    for path in [*root.joinpath("templates").glob("*.html"), *root.joinpath("static").glob("*")]:
        text = path.read_text(encoding="utf-8")
        assert not re_.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", text, re_.I), path.name
        assert "@import" not in text, path.name


def test_a_csrf_token_is_bound_to_its_session(site: Site) -> None:
    a, b = _client(site), _client(site)
    token_a = login(a, "reviewer", site.passwords["reviewer"])
    token_b = login(b, "reviewer", site.passwords["reviewer"])
    assert token_a != token_b
    url = f"/c/{site.alpha}/case/{site.busy_row}/return"
    assert b.post(url, data={"csrf": token_a, "note": ""}).status_code == 403  # same user, other session
    assert b.post(url, data={"csrf": token_b, "note": ""}).status_code == 303

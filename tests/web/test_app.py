"""The workbench over HTTP (Starlette's TestClient): sessions, CSRF, authorisation across
campaigns, path checks, escaping, decisions into the store and the feedback export, the
reviewed score, sign-off, 整改 with its diff, exports and the audit log."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
import sqlalchemy as sa

pytest.importorskip("starlette")
from starlette.testclient import TestClient
from web_helpers import SCRIPT, Site, csrf_of, finding_keys_of, login

from casecheck.web import db as wdb
from casecheck.web.app import create_app
from casecheck.web.documents import inside


def client(site: Site) -> TestClient:
    return TestClient(create_app(site.url, site.data), follow_redirects=False)


def case_url(site: Site, row: int, tail: str = "") -> str:
    return f"/c/{site.alpha}/case/{row}{tail}"


def test_pages_need_a_session_and_posts_are_refused(site: Site) -> None:
    c = client(site)
    resp = c.get(f"/c/{site.alpha}/queue")
    assert resp.status_code == 303 and resp.headers["location"].startswith("/login?next=")
    resp = c.post(case_url(site, site.busy_row, "/decide"), data={"finding": "x", "decision": "confirm"})
    assert resp.status_code == 401
    assert c.get(case_url(site, site.busy_row, "/report.html")).status_code == 303


def test_login_rejects_bad_passwords_and_rate_limits(site: Site) -> None:
    c = client(site)
    token = csrf_of(c.get("/login").text)
    for _ in range(5):
        resp = c.post("/login", data={"csrf": token, "username": "bob", "password": "wrong-password"})
        assert resp.status_code == 401 and "用户名或密码错误" in resp.text
    resp = c.post("/login", data={"csrf": token, "username": "bob", "password": site.passwords["bob"]})
    assert resp.status_code == 429
    # a login form without its CSRF token is refused too
    c2 = client(site)
    c2.get("/login")
    resp = c2.post("/login", data={"username": "admin", "password": site.passwords["admin"]})
    assert resp.status_code == 403


def test_session_cookie_is_httponly_and_samesite(site: Site) -> None:
    c = client(site)
    page = c.get("/login")
    resp = c.post(
        "/login",
        data={"csrf": csrf_of(page.text), "username": "admin", "password": site.passwords["admin"]},
    )
    cookie = resp.headers["set-cookie"].lower()
    assert "cc_session=" in cookie and "httponly" in cookie and "samesite=lax" in cookie
    secure = TestClient(create_app(site.url, site.data, secure_cookies=True), base_url="https://testserver")
    page = secure.get("/login")
    resp = secure.post(
        "/login",
        data={"csrf": csrf_of(page.text), "username": "admin", "password": site.passwords["admin"]},
        follow_redirects=False,
    )
    assert "secure" in resp.headers["set-cookie"].lower()


def test_security_headers(site: Site) -> None:
    resp = client(site).get("/login")
    assert "script-src 'none'" in resp.headers["content-security-policy"]
    assert resp.headers["x-frame-options"] == "DENY"
    assert resp.headers["x-content-type-options"] == "nosniff"


def test_post_without_csrf_is_rejected_and_not_recorded(site: Site) -> None:
    c = client(site)
    token = login(c, "reviewer", site.passwords["reviewer"])
    url = case_url(site, site.decide_row, "/decide")
    key = finding_keys_of(c.get(case_url(site, site.decide_row)).text)[0]
    form = {"finding": key, "decision": "dismiss", "reason": "csrf probe"}
    assert c.post(url, data=form).status_code == 403
    assert c.post(url, data={**form, "csrf": token[:-2] + "xx"}).status_code == 403
    with sa.create_engine(f"sqlite:///{site.url}").connect() as conn:
        rows = conn.execute(sa.select(wdb.decisions).where(wdb.decisions.c.reason == "csrf probe")).all()
    assert rows == []


def test_reviewer_cannot_see_another_campaign(site: Site) -> None:
    c = client(site)
    login(c, "reviewer", site.passwords["reviewer"])
    assert "乙评查" not in c.get("/").text
    assert c.get(f"/c/{site.beta}").status_code == 404
    assert c.get(f"/c/{site.beta}/queue").status_code == 404
    assert c.get(f"/c/{site.beta}/case/{site.beta_row}").status_code == 404
    # nor through its own campaign's URL
    assert c.get(f"/c/{site.alpha}/case/{site.beta_row}").status_code == 404
    assert c.get(f"/c/{site.alpha}/case/{site.beta_row}/report.html").status_code == 404
    assert c.get("/admin/users").status_code == 403
    assert c.get("/admin/audit").status_code == 403
    # bob sees beta and not alpha
    b = client(site)
    login(b, "bob", site.passwords["bob"])
    assert b.get(f"/c/{site.beta}/case/{site.beta_row}").status_code == 200
    assert b.get(case_url(site, site.busy_row)).status_code == 404


def test_document_text_is_escaped_and_evidence_marked(site: Site) -> None:
    c = client(site)
    login(c, "reviewer", site.passwords["reviewer"])
    html = c.get(case_url(site, site.script_row)).text
    assert SCRIPT not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    busy = c.get(case_url(site, site.decide_row)).text
    assert '<mark id="ev-0-0"' in busy and 'href="#ev-0-0"' in busy


def test_path_checks(site: Site, tmp_path: Path) -> None:
    root = tmp_path / "storage"
    (root / "cases").mkdir(parents=True)
    (root / "cases" / "a.txt").write_text("x")
    outside = tmp_path / "secret.txt"
    outside.write_text("secret")
    os.symlink(outside, root / "cases" / "link.txt")
    assert inside(root, "cases/a.txt") == (root / "cases" / "a.txt").resolve()
    assert inside(root, "cases/../../secret.txt") is None
    assert inside(root, str(outside)) is None
    assert inside(root, "cases/link.txt") is None
    assert inside(root, "cases/missing.txt") is None
    # the route refuses a link planted in the campaign's storage and paths outside cases/ or versions/
    storage = next(p for p in (site.data / "campaigns").iterdir() if p.name == "demo")
    link = storage / "cases" / "planted.txt"
    if not link.exists():
        os.symlink(outside, link)
    c = client(site)
    login(c, "admin", site.passwords["admin"])
    assert c.get(f"/c/{site.alpha}/files/cases/planted.txt").status_code == 404
    assert c.get(f"/c/{site.alpha}/files/cases/%2e%2e/%2e%2e/campaign.db").status_code == 404
    assert c.get(f"/c/{site.alpha}/files/campaign.db").status_code == 404
    ok = c.get(f"/c/{site.alpha}/files/cases/case_5_00000.txt")
    assert ok.status_code == 200 and "attachment" in ok.headers["content-disposition"]


def test_decisions_reach_the_store_feedback_and_the_audit_log(site: Site) -> None:
    from casecheck.batch.store import CampaignStore
    from casecheck.score.train import read_feedback

    c = client(site)
    token = login(c, "reviewer", site.passwords["reviewer"])
    url = case_url(site, site.decide_row)
    html = c.get(url).text
    assert html.count('class="finding open"') >= 2
    first, second = finding_keys_of(html)[:2]
    assert (
        c.post(url + "/decide", data={"csrf": token, "finding": first, "decision": "confirm"}).status_code
        == 303
    )
    no_reason = c.post(
        url + "/decide", data={"csrf": token, "finding": second, "decision": "dismiss", "reason": " "}
    )
    assert "未保存" in c.get(no_reason.headers["location"]).text
    c.post(
        url + "/decide",
        data={"csrf": token, "finding": second, "decision": "dismiss", "reason": "证号实际有效"},
    )
    c.post(url + "/add", data={"csrf": token, "code": "DOC-04", "reason": "文书未编号", "quote": ""})
    page = c.get(url).text
    assert 'id="decision-0"' in page and "已确认" in page
    assert "已排除" in page and "证号实际有效" in page
    assert "DOC-04" in page and "文书未编号" in page
    store = CampaignStore(site.url)
    mine = [d for d in store.decisions("demo") if d["reviewer"] == "reviewer"]
    assert {d["decision"] for d in mine} >= {"accept", "reject"}
    assert any(d["rule"] == "DOC-04" and d["decision"] == "accept" for d in mine)
    export = c.get(f"/c/{site.alpha}/export/feedback.jsonl")
    path = site.data / "feedback.jsonl"
    path.write_bytes(export.content)
    fb = read_feedback(path)
    assert any("DOC-04" in row["confirmed"] and row["dismissed"] for row in fb.values())
    admin = client(site)
    login(admin, "admin", site.passwords["admin"])
    audit = admin.get("/admin/audit").text
    assert "dismiss" in audit and "证号实际有效" in audit and "reviewer" in audit
    store.close()


def test_reviewed_score_and_sign_off(site: Site) -> None:
    from casecheck.checks.profiles import load_profile
    from casecheck.web.review import CaseWork, finding_keys, reviewed_record

    record = _record(site, site.script_row)
    profile = load_profile("default")
    same = reviewed_record(record, CaseWork(), profile)
    assert (same["score"], same["grade"]) == (record["score"], record["grade"])
    counted = [i for i, f in enumerate(record["findings"]) if f["points"] > 0]
    if counted:
        i = counted[0]
        key = finding_keys(record["findings"])[i]
        work = CaseWork(decisions={key: {"decision": "dismiss", "reason": "r", "username": "u", "at": "t"}})
        assert reviewed_record(record, work, profile)["score"] > record["score"]
    judged = CaseWork(judgements={"EVID-02": {"verdict": "defect", "points": 4.0}})
    assert reviewed_record(record, judged, profile)["score"] == max(0.0, record["score"] - 4.0)
    c = client(site)
    token = login(c, "reviewer", site.passwords["reviewer"])
    url = case_url(site, site.script_row)
    c.post(url + "/judge", data={"csrf": token, "code": "EVID-02", "verdict": "defect", "points": "4"})
    c.post(url + "/signoff", data={"csrf": token, "note": "ok"})
    page = c.get(url).text
    assert 'id="signed"' in page and f"{max(0.0, record['score'] - 4.0)} 分" in page
    queue = c.get(f"/c/{site.alpha}/queue?state=signed").text
    assert record["case_id"] in queue and f"<td>{max(0.0, record['score'] - 4.0)}</td>" in queue


def _record(site: Site, row: int) -> dict:
    from casecheck.batch.store import cases, records

    with sa.create_engine(f"sqlite:///{site.url}").connect() as conn:
        text = conn.execute(
            sa.select(records.c.record).join(cases, cases.c.id == records.c.case_row).where(cases.c.id == row)
        ).scalar_one()
    return json.loads(text)


def test_rectification_round_shows_what_changed(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    from casecheck.web import rectify

    c = client(site)
    token = login(c, "admin", site.passwords["admin"])
    # the busy case: return it, refuse a wrong file type, upload the clean version
    url = case_url(site, site.busy_row)
    case_id = _record(site, site.busy_row)["case_id"]
    before = _record(site, site.busy_row)
    keys = finding_keys_of(c.get(url).text)
    c.post(url + "/decide", data={"csrf": token, "finding": keys[0], "decision": "confirm"})
    assert (
        "未退回" in c.get(c.post(url + "/return", data={"csrf": token, "note": ""}).headers["location"]).text
    )
    c.post(url + "/return", data={"csrf": token, "note": "补正执法证号"})
    assert 'id="returned"' in c.get(url).text
    bad = c.post(
        url + "/upload", data={"csrf": token}, files={"file": ("x.exe", b"MZ", "application/octet-stream")}
    )
    assert "未接收" in c.get(bad.headers["location"]).text
    fixed = site.clean / f"{case_id}.txt"
    with monkeypatch.context() as m:  # too large
        m.setattr(rectify, "MAX_UPLOAD", 10)
        big = {"file": ("case.txt", b"x" * 11, "text/plain")}
        assert (
            "未接收"
            in c.get(c.post(url + "/upload", data={"csrf": token}, files=big).headers["location"]).text
        )
    assert 'id="returned"' in c.get(url).text  # still waiting for its corrected file
    resp = c.post(
        url + "/upload", data={"csrf": token}, files={"file": (fixed.name, fixed.read_bytes(), "text/plain")}
    )
    assert resp.status_code == 303 and "/diff/1" in resp.headers["location"]
    diff = c.get(resp.headers["location"].split("?")[0]).text
    after = _record(site, site.busy_row)
    assert len(after["findings"]) < len(before["findings"])
    gone = {f["code"] for f in before["findings"]} - {f["code"] for f in after["findings"]}
    for code in gone:  # the queue reads the new record, not a cached summary of the old one
        assert case_id not in c.get(f"/c/{site.alpha}/queue?code={code}").text
    assert "整改前后对比" in diff and "已整改" in diff
    assert f"得分 {before['score']} {before['grade']} → <b>{after['score']} {after['grade']}</b>" in diff
    assert 'id="count-fixed">0<' not in diff
    page = c.get(url).text
    assert "版本 1" in page and 'id="decision-' not in page  # decisions start afresh
    # and so does the feedback for `casecheck train`: the corrected file is labelled by its own
    # review, not by the decisions on findings the correction removed
    from casecheck.score.train import read_feedback, truth_codes

    path = site.data / "feedback-after.jsonl"
    path.write_bytes(c.get(f"/c/{site.alpha}/export/feedback.jsonl").content)
    row = read_feedback(path)[case_id]
    assert truth_codes(after, None, row) == {f["code"] for f in after["findings"]}
    assert {before["findings"][0]["code"]} - {f["code"] for f in after["findings"]} <= set(row["dismissed"])
    audit = c.get("/admin/audit").text
    assert "return" in audit and "upload" in audit and "补正执法证号" in audit


def test_exports(site: Site) -> None:
    c = client(site)
    login(c, "reviewer", site.passwords["reviewer"])
    base = f"/c/{site.alpha}"
    html = c.get(f"{base}/export/campaign.html")
    assert html.status_code == 200 and "<svg" in html.text
    docx = c.get(f"{base}/export/campaign.docx")
    assert docx.content[:2] == b"PK"
    xlsx = c.get(f"{base}/export/cases.xlsx")
    assert xlsx.content[:2] == b"PK"
    report = c.get(case_url(site, site.script_row, "/report.html"))
    assert report.status_code == 200 and "case_5_00003" in report.text


def test_admin_manages_users_and_membership(site: Site) -> None:
    c = client(site)
    token = login(c, "admin", site.passwords["admin"])
    resp = c.post(
        "/admin/users", data={"csrf": token, "username": "carol", "role": "reviewer", "password": ""}
    )
    assert resp.status_code == 200 and "location" not in resp.headers  # the password is in no URL
    shown = resp.text
    assert "已创建用户 carol" in shown and "初始密码" in shown
    assert "初始密码" not in c.get("/admin/users").text  # shown once, kept nowhere
    with sa.create_engine(f"sqlite:///{site.url}").connect() as conn:
        row = conn.execute(sa.select(wdb.users).where(wdb.users.c.username == "carol")).one()
    assert row.pw_hash.startswith("$argon2")
    c.post("/admin/members", data={"csrf": token, "user_id": str(row.id), "campaign_id": str(site.beta)})
    assert "carol" in c.get("/admin/users").text
    assert "user_create" in c.get("/admin/audit").text


def test_admin_adds_a_profile_and_a_campaign_from_a_folder(site: Site, tmp_path: Path) -> None:
    from casecheck.generate.api import generate

    c = client(site)
    token = login(c, "admin", site.passwords["admin"])
    bad = {"file": ("bad.yaml", b"name: bad\nextends: default\nbogus: 1\n", "text/yaml")}
    resp = c.post("/admin/profiles", data={"csrf": token, "name": "bad"}, files=bad)
    shown = c.get(resp.headers["location"]).text
    assert "未添加" in shown and "bogus" in shown
    good = {"file": ("mine.yaml", "name: mine\ntitle: 本地标准\nextends: default\n".encode(), "text/yaml")}
    resp = c.post("/admin/profiles", data={"csrf": token, "name": "mine"}, files=good)
    assert "已添加评查标准 mine" in c.get(resp.headers["location"]).text
    mine = str(site.data / "profiles" / "mine.yaml")
    assert mine in c.get("/admin/campaigns").text
    folder = tmp_path / "gamma"
    generate(1, 11, folder, ("txt",))
    form = {"csrf": token, "name": "gamma", "title": "丙", "profile": mine, "folder": str(folder)}
    resp = c.post("/admin/campaigns", data=form)
    assert "导入 1 件案卷" in c.get(resp.headers["location"]).text
    unknown = {**form, "name": "delta", "profile": "/etc/passwd"}
    assert "未知评查标准" in c.get(c.post("/admin/campaigns", data=unknown).headers["location"]).text


def test_a_case_assigned_to_another_reviewer_is_read_only(site: Site) -> None:
    admin = client(site)
    token = login(admin, "admin", site.passwords["admin"])
    admin.post(
        "/admin/users",
        data={"csrf": token, "username": "dave", "role": "reviewer", "password": "dave-pass-1"},
    )
    with sa.create_engine(f"sqlite:///{site.url}").connect() as conn:
        dave = str(conn.execute(sa.select(wdb.users.c.id).where(wdb.users.c.username == "dave")).scalar_one())
    admin.post("/admin/members", data={"csrf": token, "user_id": dave, "campaign_id": str(site.alpha)})
    other = site.folder_row
    resp = admin.post(
        f"/c/{site.alpha}/assign", data={"csrf": token, "case_row": str(other), "user_id": dave}
    )
    assert resp.status_code == 303, resp.text
    assert "dave" in admin.get(f"/c/{site.alpha}/queue?reviewer=dave").text
    c = client(site)
    mine = login(c, "reviewer", site.passwords["reviewer"])
    assert c.get(case_url(site, other)).status_code == 200
    resp = c.post(case_url(site, other, "/signoff"), data={"csrf": mine, "note": "not mine"})
    assert resp.status_code == 403
    d = client(site)
    theirs = login(d, "dave", "dave-pass-1")
    assert d.post(case_url(site, other, "/signoff"), data={"csrf": theirs}).status_code == 303


def test_password_reset_ends_sessions_and_a_disabled_user_is_out(site: Site) -> None:
    from casecheck.web import auth
    from casecheck.web.context import Workbench

    gina = auth.create_user(Workbench(site.url, site.data).engine, "gina", "gina-pass-1", "reviewer")
    admin = client(site)
    token = login(admin, "admin", site.passwords["admin"])
    b = client(site)
    login(b, "gina", "gina-pass-1")
    assert b.get("/").status_code == 200
    reset = admin.post(f"/admin/users/{gina}/password", data={"csrf": token})
    assert reset.status_code == 200 and "location" not in reset.headers  # the password is in no URL
    new = reset.text.split("gina 的新密码：")[1].split("<")[0]
    assert b.get("/").status_code == 303  # the old session is gone
    login(b, "gina", new)
    admin.post(f"/admin/users/{gina}/active", data={"csrf": token, "active": "0"})
    assert b.get("/").status_code == 303


def test_demo_restart_keeps_accounts_and_gives_new_passwords(site: Site, tmp_path: Path) -> None:
    from casecheck.web.serve import prepare

    data = tmp_path / "d"
    url = str(data / "campaign.db")
    first = prepare(url, data, True, samples=tmp_path / "none")
    assert [a[0] for a in first.accounts] == ["admin", "reviewer"] and first.campaign is None
    assert prepare(url, data, False).accounts == ()  # a plain restart creates nothing
    again = prepare(url, data, True, samples=tmp_path / "none")
    assert again.accounts[0][1] != first.accounts[0][1]
    c = TestClient(create_app(url, data), follow_redirects=False)
    login(c, "admin", again.accounts[0][1])
    with sa.create_engine(f"sqlite:///{url}").connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(wdb.users)).scalar_one() == 2


def test_a_campaign_reviewed_by_the_cli_is_adopted(site: Site, tmp_path: Path) -> None:
    from casecheck.api import ReviewOptions
    from casecheck.batch.runner import batch_children, run_review
    from casecheck.generate.api import generate
    from casecheck.web.serve import prepare

    folder = tmp_path / "cli-batch"
    generate(2, 12, folder, ("txt",))
    before = sorted(p.name for p in folder.iterdir())
    records = run_review(
        batch_children(folder), ReviewOptions(model=None), workers=1, campaign="cli", db_url=site.url
    )
    assert len(list(records)) == 2
    prepare(site.url, site.data, False)
    c = client(site)
    login(c, "admin", site.passwords["admin"])
    home = c.get("/").text
    assert ">cli</a>" in home
    cid = home.split(">cli</a>")[0].rsplit('href="/c/', 1)[1].split('"')[0]
    queue = c.get(f"/c/{cid}/queue").text
    row = queue.split(f'href="/c/{cid}/case/')[1].split('"')[0]
    page = c.get(f"/c/{cid}/case/{row}").text
    assert 'class="pagetext"' in page and "不在本评查活动的存储目录中" not in page
    assert sorted(p.name for p in folder.iterdir()) == before  # the cases' folder is only read


def test_a_case_that_could_not_be_reviewed_opens_and_signs_off(site: Site, tmp_path: Path) -> None:
    from casecheck.web import campaigns
    from casecheck.web.context import Workbench

    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "case_bad.pdf").write_bytes(b"%PDF-1.4 not really")
    engine = Workbench(site.url, site.data).engine
    camp = campaigns.create_campaign(engine, site.data, "broken", "坏", "default")
    assert campaigns.review_into_store(site.url, camp, campaigns.copy_cases(folder, camp), workers=1) == 1
    c = client(site)
    token = login(c, "admin", site.passwords["admin"])
    queue = c.get(f"/c/{camp.id}/queue").text
    row = queue.split(f'href="/c/{camp.id}/case/')[1].split('"')[0]
    page = c.get(f"/c/{camp.id}/case/{row}")
    assert page.status_code == 200 and "无法评查" in page.text
    resp = c.post(f"/c/{camp.id}/case/{row}/signoff", data={"csrf": token})
    assert "已签署：— error" in c.get(resp.headers["location"]).text


def test_a_folder_case_takes_a_corrected_document(site: Site) -> None:
    c = client(site)
    token = login(c, "admin", site.passwords["admin"])
    row = site.folder_row
    url = case_url(site, row)
    before = _record(site, row)
    c.post(url + "/signoff", data={"csrf": token, "note": "先签署"})
    assert before["case_id"] in c.get(f"/c/{site.alpha}/queue?state=signed").text
    c.post(url + "/return", data={"csrf": token, "note": "更正一份文书"})
    old_names = {p.name for p in Path(before["source"]).iterdir()}
    name = sorted(old_names & {p.name for p in (site.clean / "case_5_00001").iterdir()})[-1]
    body = (site.clean / "case_5_00001" / name).read_bytes()
    resp = c.post(url + "/upload", data={"csrf": token}, files={"file": (name, body, "text/plain")})
    assert "/diff/1" in resp.headers["location"]
    after = _record(site, row)
    new = Path(after["source"])
    assert new.is_dir() and new.parts[-3:-1] == ("case_5_00001", "v1")
    assert {p.name for p in new.iterdir()} == old_names  # the other documents come along
    assert (new / name).read_bytes() == body
    assert "整改前后对比" in c.get(resp.headers["location"]).text
    # signed off before, re-reviewed since: the new version waits for a reviewer again
    assert before["case_id"] in c.get(f"/c/{site.alpha}/queue?state=open").text


def test_home_counts_my_open_cases_and_the_case_view_links_the_next(site: Site) -> None:
    from casecheck.web import auth, campaigns
    from casecheck.web.context import Workbench

    engine = Workbench(site.url, site.data).engine
    frank = auth.create_user(engine, "frank", "frank-pass-1", "reviewer")
    campaigns.add_member(engine, site.beta, frank)
    campaigns.assign(engine, site.beta_other, frank)
    f = client(site)
    token = login(f, "frank", "frank-pass-1")
    assert "分配给我待评查 1 件" in f.get("/").text
    f.post(f"/c/{site.beta}/case/{site.beta_other}/signoff", data={"csrf": token})
    assert "分配给我待评查" not in f.get("/").text
    c = client(site)
    login(c, "admin", site.passwords["admin"])
    queue = c.get(f"/c/{site.alpha}/queue?state=open").text
    first = queue.split(f'href="/c/{site.alpha}/case/')[1].split('"')[0]
    page = c.get(f"/c/{site.alpha}/case/{first}").text
    if queue.count("case-link") > 1:
        second = queue.split(f'href="/c/{site.alpha}/case/')[2].split('"')[0]
        assert f'href="/c/{site.alpha}/case/{second}" id="next-case"' in page


def test_an_unjudged_item_has_no_verdict_chosen_for_the_reviewer(site: Site) -> None:
    """A judgement item the reviewer has not scored offers 符合/不符合 with neither chosen: a
    pre-ticked 符合 would let a click on 评判 record a pass nobody decided."""
    c = client(site)
    login(c, "admin", site.passwords["admin"])
    page = c.get(case_url(site, site.decide_row)).text
    forms = re.findall(r'name="code" value="([A-Z]+-\d+)">(.*?)</form>', page, re.S)
    unjudged = [(code, body) for code, body in forms if f'id="judged-{code}"' not in body]
    assert unjudged, "the case view offers judgement items nobody has scored"
    for _code, body in unjudged:
        radios = re.findall(r'<input type="radio" name="verdict"[^>]*>', body)
        assert len(radios) == 2 and not [r for r in radios if "checked" in r]
        assert "required" in radios[0]

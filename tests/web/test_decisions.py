"""Decisions name findings by a stable identity, not by position: a case reviewed again (from
the command line, or a page left open across a re-review) keeps each decision on its finding,
shows decisions whose finding is gone as stale, and the feedback export for ``casecheck train``
stays the CLI's. Status messages travel in the session, never in the URL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

pytest.importorskip("starlette")
from starlette.testclient import TestClient
from web_helpers import Site, finding_keys_of, login

from casecheck.batch import store as st
from casecheck.web import db as wdb
from casecheck.web.app import create_app


def _client(site: Site) -> TestClient:
    return TestClient(create_app(site.url, site.data), follow_redirects=False)


def _own_campaign(site: Site, tmp_path: Path, name: str) -> tuple[int, int]:
    """A fresh one-case campaign with at least three findings: (campaign id, case row)."""
    from casecheck.generate.api import generate
    from casecheck.web import campaigns
    from casecheck.web.context import Workbench

    engine = Workbench(site.url, site.data).engine
    for seed in range(31, 60):
        folder = tmp_path / f"src-{seed}"
        generate(1, seed, folder, ("txt",), defect_rate=1.0)
        camp = campaigns.create_campaign(engine, site.data, f"{name}-{seed}", name, "default")
        campaigns.review_into_store(site.url, camp, campaigns.copy_cases(folder, camp), workers=1, model=None)
        with engine.connect() as conn:
            row, text = conn.execute(
                sa.select(st.cases.c.id, st.records.c.record)
                .join(st.records, st.records.c.case_row == st.cases.c.id)
                .where(st.cases.c.campaign == camp.name)
            ).one()
        if len(json.loads(text)["findings"]) >= 3:
            return camp.id, row
    raise AssertionError("no generated case with three findings")


def _rewrite(site: Site, row: int, change) -> dict:
    """Replace the stored record of ``row`` by ``change(record)`` (a re-review from the CLI)."""
    engine = sa.create_engine(f"sqlite:///{site.url}")
    with engine.begin() as conn:
        rec = json.loads(
            conn.execute(sa.select(st.records.c.record).where(st.records.c.case_row == row)).scalar()
        )
        new = change(rec)
        conn.execute(
            st.records.update()
            .where(st.records.c.case_row == row)
            .values(record=json.dumps(new, ensure_ascii=False))
        )
    return new


def test_decisions_follow_their_finding_across_a_re_review(site: Site, tmp_path: Path) -> None:
    cid, row = _own_campaign(site, tmp_path, "keys")
    c = _client(site)
    token = login(c, "admin", site.passwords["admin"])
    url = f"/c/{cid}/case/{row}"
    keys = finding_keys_of(c.get(url).text)
    kept, gone = keys[0], keys[1]
    c.post(
        url + "/decide", data={"csrf": token, "finding": kept, "decision": "dismiss", "reason": "保留的排除"}
    )
    c.post(url + "/decide", data={"csrf": token, "finding": gone, "decision": "confirm"})
    # re-reviewed: the findings come back in another order and the second one is no more
    old = _rewrite(site, row, lambda r: r)
    kept_rule, gone_rule = old["findings"][0]["rule"], old["findings"][1]["rule"]
    new = _rewrite(site, row, lambda r: {**r, "findings": [r["findings"][2], r["findings"][0]]})
    page = c.get(url).text
    assert finding_keys_of(page) == [keys[2], kept]
    # the dismissal sits on finding #1 (its finding now), not on #0 (where it was)
    assert 'id="decision-1"' in page and 'id="decision-0"' not in page
    block = page.split('id="f-1"')[1].split('id="f-2"')[0].split("</form>")[0]
    assert "保留的排除" in block and new["findings"][1]["rule"] == kept_rule
    stale = page.split('id="stale"')[1].split("</div>\n  </div>")[0]
    assert gone_rule in stale and "已确认" in stale
    # a page left open from before posts the vanished finding's key: refused, nothing recorded
    engine = sa.create_engine(f"sqlite:///{site.url}")
    with engine.connect() as conn:
        count = conn.execute(sa.select(sa.func.count()).select_from(st.decisions)).scalar_one()
    resp = c.post(
        url + "/decide", data={"csrf": token, "finding": gone, "decision": "dismiss", "reason": "旧页面"}
    )
    assert "未保存" in c.get(resp.headers["location"]).text
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(st.decisions)).scalar_one() == count


def test_the_feedback_export_is_the_cli_export(site: Site, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from casecheck.cli import app

    cid, row = _own_campaign(site, tmp_path, "fb")
    c = _client(site)
    token = login(c, "admin", site.passwords["admin"])
    url = f"/c/{cid}/case/{row}"
    keys = finding_keys_of(c.get(url).text)
    c.post(url + "/decide", data={"csrf": token, "finding": keys[0], "decision": "confirm"})
    c.post(
        url + "/decide", data={"csrf": token, "finding": keys[1], "decision": "dismiss", "reason": "不成立"}
    )
    web = c.get(f"/c/{cid}/export/feedback.jsonl").content
    with sa.create_engine(f"sqlite:///{site.url}").connect() as conn:
        name = conn.execute(sa.select(wdb.campaigns.c.name).where(wdb.campaigns.c.id == cid)).scalar_one()
    out = tmp_path / "cli.jsonl"
    result = CliRunner().invoke(
        app, ["campaign", "export-feedback", name, "--out", str(out), "--db", site.url]
    )
    assert result.exit_code == 0, result.output
    assert web == out.read_bytes()
    row_fb = json.loads(web.decode().splitlines()[0])
    with sa.create_engine(f"sqlite:///{site.url}").connect() as conn:
        rec = json.loads(
            conn.execute(sa.select(st.records.c.record).where(st.records.c.case_row == row)).scalar()
        )
    codes = [f["code"] for f in rec["findings"]]
    assert codes[0] in row_fb["confirmed"] and codes[1] in row_fb["dismissed"]


def test_positional_decisions_are_migrated_on_start(site: Site, tmp_path: Path) -> None:
    from casecheck.web.migrate import migrate_positional_decisions
    from casecheck.web.review import finding_keys

    cid, row = _own_campaign(site, tmp_path, "legacy")
    engine = sa.create_engine(f"sqlite:///{site.url}")
    with engine.connect() as conn:
        rec = json.loads(
            conn.execute(sa.select(st.records.c.record).where(st.records.c.case_row == row)).scalar()
        )
    f = rec["findings"]
    common = {"case_row": row, "version": 0, "decision": "dismiss", "username": "old", "at": "2026-01-01"}
    with engine.begin() as conn:  # as the positional workbench wrote them
        ok = conn.execute(
            wdb.decisions.insert().values(
                finding=1, rule=f[1]["rule"], code=f[1]["code"], reason="仍对应", **common
            )
        ).inserted_primary_key[0]
        moved = conn.execute(
            wdb.decisions.insert().values(finding=0, rule="NO-SUCH-RULE", code="X-1", reason="已变", **common)
        ).inserted_primary_key[0]
    assert migrate_positional_decisions(engine) >= 2
    assert migrate_positional_decisions(engine) == 0  # once
    with engine.connect() as conn:
        keyed = dict(conn.execute(sa.select(wdb.decisions.c.id, wdb.decisions.c.finding_key)).all())
    assert keyed[ok] == finding_keys(f)[1]
    assert keyed[moved] not in finding_keys(f)
    c = _client(site)
    login(c, "admin", site.passwords["admin"])
    page = c.get(f"/c/{cid}/case/{row}").text
    assert 'id="decision-1"' in page and "仍对应" in page.split('id="f-1"')[1]
    assert "已变" in page.split('id="stale"')[1] and 'id="decision-0"' not in page


def test_status_messages_are_not_in_urls(site: Site) -> None:
    c = _client(site)
    token = login(c, "reviewer", site.passwords["reviewer"])
    crafted = c.get("/?msg=" + "您的账户已过期，请拨打 010-12345678").text
    assert "010-12345678" not in crafted and 'id="flash"' not in crafted
    url = f"/c/{site.alpha}/case/{site.busy_row}"
    resp = c.post(url + "/return", data={"csrf": token, "note": ""})  # refused: no note
    assert "msg=" not in resp.headers["location"] and "%" not in resp.headers["location"]
    assert "未退回" in c.get(resp.headers["location"]).text
    assert "未退回" not in c.get(resp.headers["location"]).text  # shown once
    other = _client(site)
    login(other, "reviewer", site.passwords["reviewer"])
    c.post(url + "/return", data={"csrf": token, "note": ""})
    assert "未退回" not in other.get(url).text  # another session of the same user does not see it

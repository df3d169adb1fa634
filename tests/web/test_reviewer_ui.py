"""What a reviewer sees every day: the queue in pages (filters kept), Chinese labels for stored
codes, and a sign-off that says when the decisions changed after it."""

from __future__ import annotations

import json
import re

import pytest
import sqlalchemy as sa

pytest.importorskip("starlette")
from starlette.testclient import TestClient
from web_helpers import Site, finding_keys_of, login

from casecheck.web import pages
from casecheck.web.app import create_app


def _client(site: Site) -> TestClient:
    return TestClient(create_app(site.url, site.data), follow_redirects=False)


def _rows(html: str, cid: int) -> list[str]:
    return re.findall(rf'class="case-link" href="/c/{cid}/case/(\d+)"', html)


def test_the_queue_comes_in_pages_and_keeps_its_filters(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pages, "PAGE_SIZE", 2)
    c = _client(site)
    login(c, "admin", site.passwords["admin"])
    base = f"/c/{site.alpha}/queue"
    first = c.get(base).text
    assert len(_rows(first, site.alpha)) == 2 and "共 4 件" in first and "第 1 / 2 页" in first
    assert 'id="prev-page"' not in first
    link = re.search(r'href="([^"]+)" id="next-page"', first).group(1).replace("&amp;", "&")
    second = c.get(link).text
    assert len(_rows(second, site.alpha)) == 2 and "第 2 / 2 页" in second
    assert not set(_rows(first, site.alpha)) & set(_rows(second, site.alpha))
    assert 'id="next-page"' not in second and 'id="prev-page"' in second
    assert _rows(c.get(base + "?page=99").text, site.alpha) == _rows(second, site.alpha)  # the last page
    assert _rows(c.get(base + "?page=x").text, site.alpha) == _rows(first, site.alpha)
    agency = re.search(r"<td>([^<]+)</td>\s*<td>[^<]*</td>\s*<td>", first)
    assert agency
    filtered = c.get(base, params={"agency": "no such agency"}).text
    assert "共 0 件" in filtered and 'id="next-page"' not in filtered
    monkeypatch.setattr(pages, "PAGE_SIZE", 1)
    one = c.get(base, params={"reviewer": "", "grade": "", "state": "", "code": "", "agency": ""}).text
    link = re.search(r'href="([^"]+)" id="next-page"', one).group(1)
    assert "page=2" in link and "agency=" not in link  # empty filters are not carried
    state = c.get(base, params={"state": "open"}).text
    if 'id="next-page"' in state:
        assert "state=open" in re.search(r'href="([^"]+)" id="next-page"', state).group(1)


def test_stored_codes_are_shown_in_chinese(site: Site) -> None:
    c = _client(site)
    login(c, "admin", site.passwords["admin"])
    case = c.get(f"/c/{site.alpha}/case/{site.decide_row}").text
    panel = case.split('class="panel"')[1]
    assert not re.search(r"· (deduct|veto|warn) ·", panel)
    assert re.search(r"· (扣分|否决|提示) ·", panel)
    users = c.get("/admin/users").text
    assert "<td>admin</td><td>管理员</td>" in users and "<td>reviewer</td><td>评查人员</td>" in users
    audit = c.get("/admin/audit").text
    assert '<td title="login">登录</td>' in audit


def test_a_sign_off_shows_its_final_score_and_later_changes(site: Site) -> None:
    c = _client(site)
    token = login(c, "admin", site.passwords["admin"])
    url = f"/c/{site.beta}/case/{site.beta_row}"
    c.post(url + "/signoff", data={"csrf": token, "note": "签署"})
    page = c.get(url).text
    signed = page.split('id="signed"')[1].split("</span>")[0]
    assert "最终" in signed and " 分 " in signed
    assert 'id="changed-since"' not in page
    with sa.create_engine(f"sqlite:///{site.url}").connect() as conn:
        from casecheck.batch.store import records

        rec = json.loads(
            conn.execute(sa.select(records.c.record).where(records.c.case_row == site.beta_row)).scalar()
        )
    counted = [i for i, f in enumerate(rec["findings"]) if f["points"] > 0]
    assert counted, "beta's first case has a finding that deducts points"
    key = finding_keys_of(page)[counted[0]]
    c.post(url + "/decide", data={"csrf": token, "finding": key, "decision": "dismiss", "reason": "不成立"})
    assert 'id="changed-since"' in c.get(url).text
    c.post(url + "/signoff", data={"csrf": token, "note": "重签"})
    assert 'id="changed-since"' not in c.get(url).text


def test_the_dashboard_names_its_frequent_defects(site: Site) -> None:
    from casecheck.report.catalog import code_name

    c = _client(site)
    login(c, "reviewer", site.passwords["reviewer"])
    table = c.get(f"/c/{site.alpha}").text.split('id="top-codes"')[1].split("</table>")[0]
    code = re.search(r"queue\?code=([A-Z]+-\d+)", table).group(1)
    assert f"<td>{code_name(code)}</td>" in table and code_name(code) != code

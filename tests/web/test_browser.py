"""The workbench in headless Chromium (Debian's chromium through Playwright) against the real
server (uvicorn on a free loopback port): log in, open the queue and a case, confirm a finding,
dismiss another with a reason, add a missed one, sign off, return the case for correction,
upload the corrected file and see the difference; and the refusals: another campaign's case,
no session, a POST without its CSRF token. Screenshots go to ``test-artifacts/`` (git-ignored).

Skipped, with the reason, only when chromium or Playwright is absent.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_helpers import Site

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="module")
def server(site: Site) -> Iterator[tuple[str, Site]]:
    """The workbench served by uvicorn in a thread over the shared site (its ``web`` campaign is
    the browser's own); yields (base URL, site)."""
    import uvicorn

    from casecheck.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(site.url, site.data), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", site
    srv.should_exit = True
    thread.join(10)


def _login(page, base: str, user: str, password: str) -> None:
    page.goto(f"{base}/login")
    page.fill("input[name=username]", user)
    page.fill("input[name=password]", password)
    page.click("#login")
    page.wait_for_selector("#whoami")


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"workbench_{name}.png"), full_page=False)


def test_review_flow_in_the_browser(browser, server) -> None:
    base, site = server
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    _login(page, base, "reviewer", site.passwords["reviewer"])
    assert "reviewer" in page.inner_text("#whoami")

    page.goto(f"{base}/c/{site.web}")
    assert page.inner_text("#stat-total") == "2"
    page.click("#open-queue")
    rows = page.locator("#queue tr.case-row")
    rows.first.wait_for()  # the queue page loads after the click: count its rows once they are there
    assert rows.count() == 2
    _shot(page, "queue")
    page.goto(f"{base}/c/{site.web}/case/{site.web_row}")
    assert page.locator("mark").count() >= 1
    assert page.locator(".finding.open").count() >= 2
    _shot(page, "case")

    page.click("#confirm-0")
    assert "已确认" in page.inner_text("#decision-0")
    page.fill("#reason-1", "执法证在有效期内，名册未及时更新")
    page.click("#dismiss-1")
    assert "执法证在有效期内" in page.inner_text("#decision-1")
    assert "已排除" in page.inner_text("#decision-1")
    page.select_option("#add-code", "DOC-04")
    page.fill("#add-quote", "")
    page.fill("#add-reason", "送达回证未注明文书编号")
    page.click("#add-submit")
    assert "送达回证未注明文书编号" in page.inner_text("#add-item-0")
    page.click("#signoff")
    signed = page.inner_text("#signed")
    assert "已签署" in signed and "reviewer" in signed
    score_before = page.inner_text("#reviewed-score")

    page.fill("#return-note", "补正执法证号和送达回证")
    page.click("#return-submit")
    page.wait_for_selector("#returned")
    assert page.locator("#returned").count() == 1
    case_id = page.inner_text("#case-title").split()[0]
    page.set_input_files("#upload-file", str(site.clean / f"{case_id}.txt"))
    page.click("#upload-submit")
    page.wait_for_selector("#score-change")
    assert f"得分 {score_before}" in page.inner_text("#score-change")
    assert int(page.inner_text("#count-fixed")) >= 1
    assert "已整改" in page.content()
    _shot(page, "diff")
    assert errors == []
    context.close()


def test_refusals_in_the_browser(browser, server) -> None:
    base, site = server
    # no session: pages lead to the login, a POST is refused
    anonymous = browser.new_context()
    page = anonymous.new_page()
    page.goto(f"{base}/c/{site.alpha}/queue")
    assert page.url.startswith(f"{base}/login")
    assert page.locator("#login").count() == 1
    resp = page.request.post(f"{base}/c/{site.web}/case/{site.web_other}/signoff", form={"note": "x"})
    assert resp.status == 401
    anonymous.close()

    reviewer = browser.new_context()
    page = reviewer.new_page()
    _login(page, base, "reviewer", site.passwords["reviewer"])
    # another campaign's case, directly and through the reviewer's own campaign
    resp = page.goto(f"{base}/c/{site.beta}/case/{site.beta_row}")
    assert resp is not None and resp.status == 404
    assert "no such campaign" in page.inner_text("#error")
    resp = page.goto(f"{base}/c/{site.web}/case/{site.beta_row}")
    assert resp is not None and resp.status == 404
    # a POST with the session cookie but without the CSRF token
    page.goto(f"{base}/c/{site.web}/case/{site.web_other}")
    key = page.get_attribute("input[name=finding]", "value")
    resp = page.request.post(
        f"{base}/c/{site.web}/case/{site.web_other}/decide", form={"finding": key, "decision": "confirm"}
    )
    assert resp.status == 403
    page.goto(f"{base}/c/{site.web}/case/{site.web_other}")
    assert page.locator("[id^=decision-]").count() == 0
    reviewer.close()

"""Helpers of the workbench tests: a data folder with three campaigns of generated text cases.

``alpha`` (4 cases, made by ``serve --demo``'s own start-up with a generated corpus in place of
``samples/``) is worked by ``reviewer``; ``beta`` (2 cases) by ``bob`` only; ``web`` (2 cases,
``reviewer``) is the browser tests' own. ``clean`` holds defect-free versions of alpha's and
web's cases (same case ids), uploaded as corrections.

One site serves every module (a session fixture). The tests that change a case each have their
own case (``Site`` names them), so they pass in any order.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

SCRIPT = "<script>alert('x')</script>"


@dataclass
class Site:
    """A prepared workbench: its database, data folder, accounts and notable cases."""

    url: str
    data: Path
    passwords: dict[str, str]
    alpha: int
    beta: int
    busy_row: int  # alpha's file case with the most findings: returned and corrected (整改)
    beta_row: int
    script_row: int  # the alpha case whose text carries SCRIPT: judged and signed off
    clean: Path
    decide_row: int = 0  # alpha's other file case: confirmed, dismissed, a finding added
    folder_row: int = 0  # alpha's folder case: assigned to dave, signed off, corrected
    beta_other: int = 0  # beta's second case: assigned to frank
    web: int = 0  # the browser's campaign
    web_row: int = 0  # its case with the most findings (the browser's review flow)
    web_other: int = 0  # its other case (the browser's refusals)


def build_site(root: Path) -> Site:
    """Generate, review and set up both campaigns under ``root``."""
    from casecheck.batch.store import CampaignStore, cases, records
    from casecheck.generate.api import generate
    from casecheck.web import auth, campaigns
    from casecheck.web.serve import prepare

    corpus, other, clean = root / "alpha-src", root / "beta-src", root / "clean"
    browser = root / "web-src"
    generate(4, 5, corpus, ("txt",), defect_rate=0.9)
    generate(4, 5, clean, ("txt",), defect_rate=0.0)
    generate(2, 6, other, ("txt",), defect_rate=0.9)
    generate(2, 9, browser, ("txt",), defect_rate=1.0)
    generate(2, 9, clean, ("txt",), defect_rate=0.0)
    target = corpus / "case_5_00003.txt"
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("\n", f"\n{SCRIPT}\n", 3), encoding="utf-8")
    data = root / "data"
    url = str(data / "campaign.db")
    started = prepare(url, data, True, samples=corpus, workers=2)
    passwords = {name: pw for name, pw, _ in started.accounts}
    store = CampaignStore(url)
    engine = store.engine
    beta = campaigns.create_campaign(engine, data, "beta", "乙评查", "default")
    campaigns.review_into_store(url, beta, campaigns.copy_cases(other, beta), workers=2)
    # generated cases: reviewed under the profile the generator writes them for
    web = campaigns.create_campaign(engine, data, "web", "浏览器评查", "synthetic")
    campaigns.review_into_store(url, web, campaigns.copy_cases(browser, web), workers=1)
    passwords["bob"] = "bob-password-1"
    bob = auth.create_user(engine, "bob", passwords["bob"], "reviewer")
    campaigns.add_member(engine, beta.id, bob)
    with engine.connect() as conn:
        reviewer = conn.execute(sa.text("select id from web_users where username = 'reviewer'")).scalar_one()
    campaigns.add_member(engine, web.id, reviewer)
    with engine.connect() as conn:
        rows = list(
            conn.execute(
                sa.select(cases.c.id, cases.c.campaign, cases.c.case_id, records.c.record).join(
                    records, records.c.case_row == cases.c.id
                )
            )
        )

    def by_findings(items: list[Any]) -> list[Any]:
        return sorted(items, key=lambda r: (-len(json.loads(r.record)["findings"]), r.case_id))

    alpha_rows = [r for r in rows if r.campaign == "demo"]
    script = next(r for r in alpha_rows if r.case_id == "case_5_00003")
    folder = next(r for r in alpha_rows if r.case_id == "case_5_00001")
    busy, decide = by_findings([r for r in alpha_rows if r not in (script, folder)])
    assert len(json.loads(decide.record)["findings"]) >= 2
    beta_row, beta_other = [r for r in rows if r.campaign == "beta"]
    web_row, web_other = by_findings([r for r in rows if r.campaign == "web"])
    alpha_camp = next(
        c for c in campaigns.visible_campaigns(engine, auth.User(0, "x", "admin")) if c.name == "demo"
    )
    store.close()
    return Site(
        url,
        data,
        passwords,
        alpha_camp.id,
        beta.id,
        busy.id,
        beta_row.id,
        script.id,
        clean,
        decide_row=decide.id,
        folder_row=folder.id,
        beta_other=beta_other.id,
        web=web.id,
        web_row=web_row.id,
        web_other=web_other.id,
    )


def csrf_of(html: str) -> str:
    """The CSRF token of the first form on a page."""
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no CSRF field on the page"
    return found.group(1)


def finding_keys_of(html: str) -> list[str]:
    """The stable keys of a case page's findings, in page order (the decide forms carry them)."""
    keys = re.findall(r'name="finding" value="([^"]+)"', html)
    return list(dict.fromkeys(keys))


def login(client: Any, username: str, password: str) -> str:
    """Sign in with a TestClient; returns the session's CSRF token."""
    page = client.get("/login")
    resp = client.post(
        "/login",
        data={"csrf": csrf_of(page.text), "username": username, "password": password, "next": "/"},
    )
    assert resp.status_code == 303, resp.text
    return csrf_of(client.get("/").text)

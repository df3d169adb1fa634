"""Helpers of the workbench tests: a data folder with two campaigns of generated text cases.

``alpha`` (4 cases, made by ``serve --demo``'s own start-up with a generated corpus in place of
``samples/``) is worked by ``reviewer``; ``beta`` (2 cases) by ``bob`` only. ``clean`` holds
defect-free versions of alpha's cases (same case ids), uploaded as corrections.
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
    busy_row: int  # alpha's case with the most findings
    beta_row: int
    script_row: int  # the alpha case whose text carries SCRIPT
    clean: Path


def build_site(root: Path) -> Site:
    """Generate, review and set up both campaigns under ``root``."""
    from casecheck.batch.store import CampaignStore, cases, records
    from casecheck.generate.api import generate
    from casecheck.web import auth, campaigns
    from casecheck.web.serve import prepare

    corpus, other, clean = root / "alpha-src", root / "beta-src", root / "clean"
    generate(4, 5, corpus, ("txt",), defect_rate=0.9)
    generate(4, 5, clean, ("txt",), defect_rate=0.0)
    generate(2, 6, other, ("txt",), defect_rate=0.9)
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
    passwords["bob"] = "bob-password-1"
    bob = auth.create_user(engine, "bob", passwords["bob"], "reviewer")
    campaigns.add_member(engine, beta.id, bob)
    with engine.connect() as conn:
        rows = list(
            conn.execute(
                sa.select(cases.c.id, cases.c.campaign, cases.c.case_id, records.c.record).join(
                    records, records.c.case_row == cases.c.id
                )
            )
        )
    alpha_rows = [r for r in rows if r.campaign == "demo"]
    busy = max(alpha_rows, key=lambda r: (len(json.loads(r.record)["findings"]), r.case_id))
    script = next(r for r in alpha_rows if r.case_id == "case_5_00003")
    beta_row = next(r for r in rows if r.campaign == "beta")
    alpha_camp = next(
        c for c in campaigns.visible_campaigns(engine, auth.User(0, "x", "admin")) if c.name == "demo"
    )
    store.close()
    return Site(url, data, passwords, alpha_camp.id, beta.id, busy.id, beta_row.id, script.id, clean)


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

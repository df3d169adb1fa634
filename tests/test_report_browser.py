"""The case and campaign pages open in headless Chromium without console errors; screenshots.

Debian's chromium (``/usr/bin/chromium``, installed by scripts/setup.sh) through Playwright; the
screenshots land in ``test-artifacts/`` (git-ignored) for a person to look at. Skipped, with the
reason, only when chromium or Playwright is absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casecheck.api import ReviewOptions, review_path

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A case report, its index and a campaign report of a small generated corpus."""
    from casecheck.generate.api import generate
    from casecheck.report.campaign import write_campaign
    from casecheck.report.html import safe_name, write_html_reports
    from casecheck.report.teach import write_teach

    corpus = tmp_path_factory.mktemp("corpus")
    generate(12, 3, corpus, ("txt",))
    opts = ReviewOptions(roster=corpus / "roster.csv", model=None)
    records = [review_path(p, opts).to_dict() for p in sorted(corpus.glob("case_*.txt"))]
    out = tmp_path_factory.mktemp("html")
    write_html_reports(records, out / "cases")
    write_campaign(records, out / "campaign", docx=False)
    write_teach(records, out / "teach")
    worst = max(records, key=lambda r: (len(r["findings"]), r["case_id"]))
    (out / "records.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records))
    return {
        "case": out / "cases" / safe_name(worst["case_id"]),
        "index": out / "cases" / "index.html",
        "campaign": out / "campaign" / "campaign.html",
        "teach": out / "teach" / "teach.html",
    }


@pytest.mark.parametrize("name", ["case", "index", "campaign", "teach"])
def test_page_opens_cleanly(browser, pages: dict[str, Path], name: str) -> None:
    page = browser.new_page(viewport={"width": 1100, "height": 1400})
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url) if not r.url.startswith(("file:", "data:")) else None)
    page.goto(pages[name].as_uri(), wait_until="load")
    assert errors == []
    assert requests == [], "a report must not fetch anything"
    assert page.locator("h1").count() == 1
    if name == "case":
        assert page.locator("svg.timeline").count() == 1
        assert page.locator(".finding").count() >= 1
    if name == "index":
        reports = [p for p in pages["index"].parent.glob("*.html") if p.name != "index.html"]
        assert page.locator("a[href$='.html']").count() == len(reports) > 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"report_{name}.png"), full_page=True)
    page.close()

"""The workbench on PostgreSQL: start-up creates its tables beside the store's, a reviewer's
decision and sign-off land there, and the feedback export reads them. Uses the store test's
throwaway cluster (or ``CASECHECK_TEST_PG_URL``); skipped without a PostgreSQL server."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("psycopg")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_batch_store_postgres import pg_url  # noqa: F401 - the fixture
from web_helpers import csrf_of, finding_keys_of, login


def test_workbench_on_postgres(pg_url: str, tmp_path: Path) -> None:  # noqa: F811
    from starlette.testclient import TestClient

    from casecheck.generate.api import generate
    from casecheck.web.app import create_app
    from casecheck.web.serve import prepare

    corpus = tmp_path / "corpus"
    generate(2, 8, corpus, ("txt",), defect_rate=1.0)
    started = prepare(pg_url, tmp_path / "data", True, samples=corpus, workers=1)
    assert started.cases == 2
    password = dict((n, p) for n, p, _ in started.accounts)["reviewer"]
    c = TestClient(create_app(pg_url, tmp_path / "data"), follow_redirects=False)
    token = login(c, "reviewer", password)
    home = c.get("/").text
    cid = home.split('href="/c/')[1].split('"')[0]
    queue = c.get(f"/c/{cid}/queue").text
    row = queue.split(f'href="/c/{cid}/case/')[1].split('"')[0]
    url = f"/c/{cid}/case/{row}"
    page = c.get(url).text
    assert csrf_of(page) == token
    if 'id="confirm-0"' in page:
        key = finding_keys_of(page)[0]
        c.post(url + "/decide", data={"csrf": token, "finding": key, "decision": "confirm"})
    c.post(url + "/signoff", data={"csrf": token, "note": "pg"})
    assert 'id="signed"' in c.get(url).text
    assert c.get(f"/c/{cid}/export/feedback.jsonl").status_code == 200

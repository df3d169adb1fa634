"""``--retry-errors``: a campaign re-run reviews again the cases stored as errors, and only those."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from casecheck.api import ReviewOptions
from casecheck.batch.pool import error_record
from casecheck.batch.runner import Progress, batch_children, run_review
from casecheck.batch.store import CampaignStore, fingerprint
from casecheck.cli import app
from casecheck.generate.api import generate
from casecheck.ingest.case import case_id_for


def _run(cases: list[Path], options: ReviewOptions, db: str, **kw: Any) -> tuple[dict, Progress]:
    """Run campaign ``c``; its records by case id, and the progress (which counts resumed cases)."""
    progress = Progress(enabled=False)
    run = run_review(cases, options, campaign="c", db_url=db, progress=progress, **kw)
    return {r["case_id"]: r for r in run}, progress


def test_retry_errors_reviews_only_the_failed_cases_again(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    generate(3, 41, batch, ("txt",))
    cases = batch_children(batch)
    options = ReviewOptions(roster=batch / "roster.csv", model=None, cache_dir=tmp_path / "cache")
    db = str(tmp_path / "c.sqlite")
    first, _ = _run(cases, options, db, workers=1)
    assert all(r["status"] == "reviewed" for r in first.values())

    # the second case failed in some run (a timeout, a crash): its stored record is an error
    failed = cases[1]
    store = CampaignStore(db)
    run_id = store.start_run("c", options, 1)
    store.save("c", run_id, error_record(failed, "timeout", "took too long"), fingerprint(failed))
    store.close()

    # a plain re-run counts the error as done and hands the stored record back
    again, progress = _run(cases, options, db, workers=1)
    assert progress.resumed == len(cases)
    assert again[case_id_for(failed)]["error"]["kind"] == "timeout"

    # --retry-errors reviews that case, and no other, and replaces its record in the store
    retried, progress = _run(cases, options, db, workers=1, retry_errors=True)
    assert progress.resumed == len(cases) - 1
    assert retried == first
    store = CampaignStore(db)
    assert store.counts("c") == {"reviewed": len(cases)}
    assert store.failed("c") == set()
    assert store.runs("c")[-1]["cases_done"] == len(cases)
    store.close()


def test_retry_errors_needs_a_campaign(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["review", "--batch", str(tmp_path), "--retry-errors"])
    assert result.exit_code == 2
    assert "--retry-errors needs --campaign" in result.output

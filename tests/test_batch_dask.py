"""The same batch on a Dask cluster: a LocalCluster of two worker processes on loopback."""

from __future__ import annotations

from pathlib import Path

import pytest

from casecheck.api import ReviewOptions
from casecheck.batch.runner import batch_children, run_review
from casecheck.batch.store import CampaignStore
from casecheck.generate.api import generate

distributed = pytest.importorskip("distributed")


@pytest.mark.slow
def test_dask_cluster_reviews_into_the_store(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    generate(4, 31, batch, ("txt",))
    (batch / "junk.pdf").write_bytes(b"%PDF-1.7\n")
    options = ReviewOptions(roster=batch / "roster.csv", model=None, cache_dir=tmp_path / "cache")
    cases = batch_children(batch)
    local = {r["case_id"]: r for r in run_review(cases, options, workers=1, cache=False)}
    db = str(tmp_path / "dask.sqlite")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        records = list(
            run_review(cases, options, campaign="d", db_url=db, scheduler=cluster.scheduler_address)
        )
    assert {r["case_id"]: r for r in records} == local
    assert local["junk"]["error"]["kind"] == "corrupt_pdf"
    store = CampaignStore(db)
    assert sum(store.counts("d").values()) == len(cases)
    assert store.runs("d")[-1]["scheduler"].startswith("tcp://127.0.0.1:")
    store.close()

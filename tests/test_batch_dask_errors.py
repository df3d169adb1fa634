"""A scheduler that cannot run the batch is one clear error, not a hang: unreachable, or with no
worker to run a case."""

from __future__ import annotations

from pathlib import Path

import pytest

from casecheck.api import ReviewOptions
from casecheck.batch import cluster
from casecheck.batch.runner import TaskContext

distributed = pytest.importorskip("distributed")


def _ctx() -> TaskContext:
    return TaskContext(ReviewOptions(model=None))


def test_a_scheduler_without_workers_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster, "WORKER_WAIT", 2.0)
    case = tmp_path / "a.txt"
    case.write_text("某局\n行政处罚决定书\n", encoding="utf-8")
    empty = distributed.LocalCluster(n_workers=0, host="127.0.0.1", dashboard_address=None)
    with empty, pytest.raises(cluster.SchedulerError, match="no workers"):
        list(cluster.review_on_dask([case], _ctx(), empty.scheduler_address))


def test_an_unreachable_scheduler_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 2.0)
    with pytest.raises(cluster.SchedulerError, match="cannot reach"):
        list(cluster.review_on_dask([tmp_path / "a.txt"], _ctx(), "tcp://127.0.0.1:1"))

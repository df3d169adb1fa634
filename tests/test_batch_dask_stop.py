"""A Dask worker that is stopped (SIGTERM, as a job scheduler or ``systemctl stop`` does) takes
its case processes with it and leaves no scratch folder behind."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casecheck.api import ReviewOptions
from casecheck.batch import cluster
from casecheck.batch.pool import SCRATCH_PREFIX
from casecheck.batch.runner import TaskContext, batch_children, run_review
from casecheck.generate.api import generate

distributed = pytest.importorskip("distributed")


def _scratch(root: Path) -> list[Path]:
    return sorted(root.glob(f"{SCRATCH_PREFIX}*"))


def test_closing_the_pools_at_exit_removes_their_scratch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the exit hook does, in this process: each thread's pool is stopped and its folder gone."""
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    case = tmp_path / "a.txt"
    case.write_text("某市市场监督管理局\n行政处罚决定书\n", encoding="utf-8")
    ctx = TaskContext(ReviewOptions(model=None))
    pool = cluster._case_pool(ctx, cluster.Limits(60, None))
    record = pool.run(case)
    assert record["status"] in {"reviewed", "error"}
    assert _scratch(tmp_path), "the case process keeps a scratch folder while it lives"
    cluster._close_pools()
    assert _scratch(tmp_path) == []
    assert not cluster._POOLS
    cluster._THREAD.pool = None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _dask(*args: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def test_a_dask_worker_stopped_with_sigterm_leaves_no_scratch(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    generate(2, 5, batch, formats=("txt",))
    scratch_root = tmp_path / "tmp"
    scratch_root.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch_root)}
    address = f"tcp://127.0.0.1:{_free_port()}"
    port = address.rsplit(":", 1)[1]
    scheduler = _dask("distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", port,
                      "--no-dashboard", env=env)  # fmt: skip
    worker = None
    try:
        worker = _dask("distributed.cli.dask_worker", address, "--nthreads", "1", "--no-dashboard", env=env)
        options = ReviewOptions(model=None)
        records = list(run_review(batch_children(batch), options, scheduler=address))
        assert [r["status"] for r in records] == ["reviewed", "reviewed"]
        assert _scratch(scratch_root), "the worker's case process has its scratch folder"
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=60)
        deadline = time.monotonic() + 10
        while _scratch(scratch_root) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _scratch(scratch_root) == []
    finally:
        for proc in (worker, scheduler):
            if proc is not None and proc.poll() is None:
                proc.kill()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=10)

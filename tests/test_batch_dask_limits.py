"""On a Dask cluster a case that hangs (here: in a tesseract that never answers) is stopped at the
case timeout with a ``timeout`` record, and the batch goes on: the worker thread is not blocked."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path

import pytest
from PIL import Image

from casecheck.api import ReviewOptions
from casecheck.batch.runner import batch_children, run_review
from casecheck.generate.api import generate

distributed = pytest.importorskip("distributed")

FAKE_TESSERACT = """#!/bin/sh
case "$1" in
  --version) echo "tesseract 5.3.0" ;;
  --list-langs) printf 'List of available languages (2):\\nchi_sim\\neng\\n' ;;
  *) echo $$ >> "{pids}"; exec sleep 300 ;;
esac
"""


@pytest.fixture
def hanging_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A ``tesseract`` first on PATH that answers its version and hangs on every page."""
    bin_dir, pids = tmp_path / "bin", tmp_path / "tesseract.pids"
    bin_dir.mkdir()
    exe = bin_dir / "tesseract"
    exe.write_text(FAKE_TESSERACT.format(pids=pids), encoding="utf-8")
    exe.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("CASECHECK_OCR_ENGINE", "cli")  # the command per page, not the library server
    yield
    for pid in pids.read_text().split() if pids.exists() else []:  # the orphaned sleeps
        with contextlib.suppress(ProcessLookupError):
            os.kill(int(pid), signal.SIGKILL)


@pytest.mark.slow
def test_dask_case_hung_in_a_subprocess_times_out_and_the_batch_goes_on(
    tmp_path: Path, hanging_tesseract: None
) -> None:
    batch = tmp_path / "batch"
    generate(3, 37, batch, ("txt",))
    for name in ("a_hang.png", "b_hang.png"):  # one for each worker: both would be stuck
        Image.new("RGB", (400, 200), "white").save(batch / name)
    cases = batch_children(batch)
    options = ReviewOptions(roster=batch / "roster.csv", model=None, cache_dir=tmp_path / "cache")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        started = time.monotonic()
        records = {
            r["case_id"]: r
            for r in run_review(cases, options, scheduler=cluster.scheduler_address, case_timeout=20)
        }
        elapsed = time.monotonic() - started
    assert sorted(records) == sorted(p.stem for p in cases)
    for hung in ("a_hang", "b_hang"):
        assert records[hung]["status"] == "error"
        assert records[hung]["error"]["kind"] == "timeout"
        assert "20 s" in records[hung]["error"]["message"]
    others = [r for k, r in records.items() if not k.endswith("_hang")]
    assert len(others) == 3 and all(r["status"] == "reviewed" for r in others), others
    assert elapsed < 150, f"the hung tesseracts held the batch for {elapsed:.0f} s"

"""A worker killed at the case timeout leaves nothing behind: neither the processes it started
nor the temporary files it wrote; a killed batch's scratch directories are swept by the next."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from casecheck.batch.limits import Limits
from casecheck.batch.pool import SCRATCH_PREFIX, WorkerPool, sweep_scratch


def _hang_in_a_child(path: Path, context: Any) -> dict[str, Any]:
    """Write a temporary file and start a command that never ends, as a hung tesseract would."""
    fd, tmp = tempfile.mkstemp(suffix=".pgm")
    os.close(fd)
    child = subprocess.Popen(["sleep", "300"])
    (path.parent / f"{path.name}.seen").write_text(f"{child.pid} {tmp}", encoding="utf-8")
    child.wait()
    return {"source": str(path), "status": "reviewed"}


def _gone(pid: int, within: float = 10.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def test_a_timed_out_worker_takes_its_children_and_temporary_files(tmp_path: Path) -> None:
    pool = WorkerPool(_hang_in_a_child, None, workers=1, limits=Limits(case_timeout=2))
    records = list(pool.map([tmp_path / "hung"]))
    assert records[0]["error"]["kind"] == "timeout"
    pid, tmp = (tmp_path / "hung.seen").read_text(encoding="utf-8").split()
    assert Path(tmp).parent.name.startswith(f"{SCRATCH_PREFIX}{os.getpid()}-")
    assert not Path(tmp).parent.exists()
    assert _gone(int(pid)), "the worker's command outlived it"


def test_sweep_removes_only_the_scratch_of_batches_that_are_gone(tmp_path: Path) -> None:
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = tmp_path / f"{SCRATCH_PREFIX}{dead.pid}-abc"
    live = tmp_path / f"{SCRATCH_PREFIX}{os.getpid()}-def"
    other = tmp_path / "casecheck-cache"
    for d in (stale, live, other):
        d.mkdir()
        (d / "page.pgm").write_bytes(b"P5")
    assert sweep_scratch(tmp_path) == 1
    assert not stale.exists() and live.exists() and other.exists()

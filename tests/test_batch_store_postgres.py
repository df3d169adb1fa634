"""The campaign store on PostgreSQL (optional): runs when ``CASECHECK_TEST_PG_URL`` names a
database, or when PostgreSQL's server binaries are installed (a throwaway cluster is started on
a loopback port in a temporary folder); skipped otherwise."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from casecheck.batch.store import CampaignStore

pytest.importorskip("psycopg")


def _pg_bin() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(candidates[-1]).parent if candidates else None


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL: the given one, or a throwaway local cluster's."""
    if os.environ.get("CASECHECK_TEST_PG_URL"):
        yield os.environ["CASECHECK_TEST_PG_URL"]
        return
    bindir = _pg_bin()
    if bindir is None:
        pytest.skip("no PostgreSQL server installed (set CASECHECK_TEST_PG_URL to use one)")
    # not under pytest's private tmp folder: the server's user must reach its data directory
    data = Path(tempfile.mkdtemp(prefix="casecheck-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:  # initdb refuses root: run the server as the unprivileged postgres user
        if (
            shutil.which("runuser") is None
            or subprocess.run(["id", "postgres"], capture_output=True).returncode
        ):
            pytest.skip("running as root without a postgres user")
        shutil.chown(data, "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    initdb = [*run_as, str(bindir / "initdb"), "-D", str(data / "db"), "-A", "trust", "-U", "casecheck"]
    subprocess.run(initdb, check=True, capture_output=True)
    opts = f"-p {port} -c listen_addresses=127.0.0.1 -k {data}"
    subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(data / "db"), "-o", opts, "-w", "start",
                    "-l", str(data / "log")], check=True, capture_output=True)  # fmt: skip
    try:
        yield f"postgresql+psycopg://casecheck@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*run_as, str(bindir / "pg_ctl"), "-D", str(data / "db"), "-m", "immediate", "stop"],
                       capture_output=True)  # fmt: skip
        shutil.rmtree(data, ignore_errors=True)


def test_store_round_trip_on_postgres(pg_url: str) -> None:
    store = CampaignStore(pg_url)
    run = store.start_run("pg", None, 2)
    rec = {
        "case_id": "c1",
        "source": "/tmp/c1.pdf",
        "status": "reviewed",
        "error": None,
        "findings": [
            {"rule": "PROC-001", "code": "PROC-01", "severity": "deduct", "points": 2.0, "message": "m"}
        ],
        "score": 98.0,
        "grade": "优秀",
    }
    store.save("pg", run, rec, "fp1")
    store.save("pg", run, {**rec, "score": 97.0}, "fp2")  # replaced, not duplicated
    store.finish_run(run, "finished", 1, 0)
    assert store.counts("pg") == {"reviewed": 1}
    assert [r["score"] for r in store.records("pg")] == [97.0]
    assert store.finished("pg", [(Path("/tmp/c1.pdf"), "fp2")]) != {}
    store.decide("pg", "c1", "PROC-001", "accept", "", "李四")
    assert store.decisions("pg")[0]["decision"] == "accept"
    store.close()

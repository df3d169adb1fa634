"""A scheduler that cannot run the batch is one clear error, not a hang: unreachable, or with no
worker to run a case."""

from __future__ import annotations

import http.server
import socket
import threading
import time
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


def _silent_server() -> tuple[socket.socket, str]:
    """A listening socket that accepts and says nothing, as a web server does."""
    server = socket.create_server(("127.0.0.1", 0))
    return server, f"tcp://127.0.0.1:{server.getsockname()[1]}"


def test_a_server_that_says_nothing_is_no_scheduler(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster, "GREETING_WAIT", 0.5)
    server, address = _silent_server()
    with server, pytest.raises(cluster.SchedulerError, match=r"not a Dask scheduler.*no greeting"):
        list(cluster.review_on_dask([tmp_path / "a.txt"], _ctx(), address))


def test_a_web_server_is_no_scheduler_and_is_refused_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real HTTP server: the error comes in about GREETING_WAIT, not CONNECT_TIMEOUT."""
    monkeypatch.setattr(cluster, "GREETING_WAIT", 1.0)
    httpd = http.server.HTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        start = time.monotonic()
        with pytest.raises(cluster.SchedulerError, match="not a Dask scheduler"):
            list(cluster.review_on_dask([tmp_path / "a.txt"], _ctx(), f"tcp://127.0.0.1:{httpd.server_port}"))
        assert time.monotonic() - start < cluster.CONNECT_TIMEOUT
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_server_that_greets_with_text_is_no_scheduler(tmp_path: Path) -> None:
    server, address = _silent_server()

    def greet() -> None:
        conn, _ = server.accept()
        with conn:
            conn.sendall(b"SSH-2.0-OpenSSH_9.6\\r\\n")
            time.sleep(0.5)

    threading.Thread(target=greet, daemon=True).start()
    with server, pytest.raises(cluster.SchedulerError, match=r"SSH-2\.0"):
        list(cluster.review_on_dask([tmp_path / "a.txt"], _ctx(), address))


def test_a_real_scheduler_passes_the_probe() -> None:
    with distributed.LocalCluster(n_workers=0, host="127.0.0.1", dashboard_address=None) as local:
        cluster._probe(local.scheduler_address)  # no error

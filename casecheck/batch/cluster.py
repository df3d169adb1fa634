"""The same batch on a Dask cluster: one task per case, records streamed back as they finish.

The client (``casecheck review --scheduler tcp://HOST:PORT``) submits a bounded window of
tasks — a few per worker thread — and tops it up as results arrive, so neither the scheduler
nor the client holds the whole batch. Every worker must see the case paths and the cache
folder at the same place (a shared or synced file system) and run the same casecheck version:
see ``docs/cluster.md``.

Limits: a task that raises becomes an ``internal_error`` record; a worker that dies on a case
is retried by Dask on another worker, and a case that kills workers repeatedly (Dask's
``KilledWorker``) becomes ``worker_crashed``. Per-case memory is bounded by the workers' own
``--memory-limit`` (the nanny restarts a worker past it); a case running past the client's
``case_timeout`` gets a ``timeout`` record and its task is cancelled (a case stuck in native code
keeps its worker thread until it returns: run workers with ``--nthreads 1 --nworkers N`` and a
nanny, which restarts them).
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from casecheck.batch.limits import DEFAULT_CASE_TIMEOUT
from casecheck.batch.pool import error_record


def _dask_task(path: str, ctx: Any) -> dict[str, Any]:
    """What runs on a Dask worker: one case review (a plain top-level function pickles)."""
    from casecheck.batch.runner import review_task

    return review_task(Path(path), ctx)


def review_on_dask(
    paths: Sequence[Path],
    ctx: Any,
    address: str,
    *,
    case_timeout: float | None = DEFAULT_CASE_TIMEOUT,
    window: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Yield one record per path from the Dask scheduler at ``address``, in completion order."""
    try:
        from distributed import Client, as_completed
    except ImportError as exc:  # pragma: no cover - dask is a dependency
        raise RuntimeError("--scheduler needs dask[distributed]: pip install 'dask[distributed]'") from exc
    if not paths:
        return
    profile = getattr(ctx, "profile", "default")
    client = Client(address, timeout=60, set_as_default=False)
    try:
        threads = sum(client.nthreads().values()) or 1
        size = window or max(4, 3 * threads)
        todo = iter(paths)
        started: dict[Any, tuple[Path, float]] = {}
        queue: Any = None

        def submit_next() -> bool:
            p = next(todo, None)
            if p is None:
                return False
            fut = client.submit(_dask_task, str(p), ctx, pure=False)
            started[fut] = (p, time.monotonic())
            if queue is not None:
                queue.add(fut)
            return True

        for _ in range(size):
            if not submit_next():
                break
        queue = as_completed(list(started), loop=client.loop, with_results=False)
        while started:
            batch = _next_done(queue, started, profile)
            for fut, rec in batch:
                started.pop(fut, None)
                yield rec
                submit_next()
            if not batch:
                # a case over the limit: give up on it (its record says so) and move on
                for fut, (p, t0) in list(started.items()):
                    if case_timeout and time.monotonic() - t0 > case_timeout:
                        started.pop(fut)
                        fut.cancel()
                        yield error_record(
                            p,
                            "timeout",
                            f"the case took longer than {case_timeout:g} s and was stopped",
                            profile,
                        )
                        submit_next()
    finally:
        client.close()


def _next_done(
    queue: Any, started: dict[Any, tuple[Path, float]], profile: str
) -> list[tuple[Any, dict[str, Any]]]:
    """Finished futures with their records, waiting at most a second (to police timeouts)."""
    from distributed import TimeoutError as DaskTimeout

    out = []
    try:
        futs = queue.next_batch(block=False) or []
        if not futs:
            deadline = time.monotonic() + 1.0
            while not futs and time.monotonic() < deadline:
                time.sleep(0.02)
                futs = queue.next_batch(block=False) or []
    except (StopIteration, DaskTimeout):
        futs = []
    for fut in futs:
        if fut not in started:
            continue
        path = started[fut][0]
        out.append((fut, _result(fut, path, profile)))
    return out


def _result(fut: Any, path: Path, profile: str) -> dict[str, Any]:
    """A finished future's record, or the error record of its failure."""
    if fut.cancelled():
        return error_record(path, "internal_error", "the task was cancelled by the cluster", profile)
    try:
        return fut.result()
    except MemoryError:
        return error_record(path, "out_of_memory", "the case exhausted a worker's memory", profile)
    except Exception as exc:
        if type(exc).__name__ == "KilledWorker":
            return error_record(path, "worker_crashed", "the case killed Dask workers repeatedly", profile)
        return error_record(path, "internal_error", f"{type(exc).__name__}: {exc}", profile)

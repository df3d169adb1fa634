"""The same batch on a Dask cluster: one task per case, records streamed back as they finish.

The client (``casecheck review --scheduler tcp://HOST:PORT``) submits a bounded window of
tasks — a few per worker thread — and tops it up as results arrive, so neither the scheduler
nor the client holds the whole batch. Every worker must see the case paths and the cache
folder at the same place (a shared or synced file system) and run the same casecheck version:
see ``docs/cluster.md``.

Limits: each Dask worker thread reviews its cases in a child process of its own, policed by the
same ``WorkerPool`` as a local batch: a case past ``case_timeout`` (even one stuck in native
code or in a hung subprocess) is killed with its process and gets a ``timeout`` record, one past
the memory limit gets ``out_of_memory``, one that crashes its process gets ``worker_crashed``;
the Dask worker itself is never blocked, and the next case gets a fresh child. The child is
spawned (not forked: the Dask worker runs threads) on the thread's first case and kept for the
next ones. A task that raises becomes an ``internal_error`` record; a Dask worker that dies is
retried by Dask on another worker, and a case that kills workers repeatedly (Dask's
``KilledWorker``) becomes ``worker_crashed``. As a last resort the client gives up on a task
that has not come back long after its limit (its queue wait included) with a ``timeout`` record.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing as mp
import os
import socket
import struct
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from casecheck.batch.limits import DEFAULT_CASE_TIMEOUT, DEFAULT_MEMORY_LIMIT, Limits
from casecheck.batch.pool import WorkerPool, error_record

log = logging.getLogger(__name__)
_THREAD = threading.local()  # on a Dask worker: this thread's case pool and what it was made for
_GRACE = 60.0  # seconds the client waits past a task's limits before it gives up on it
_POOLS: set[WorkerPool] = set()  # every thread's pool on this Dask worker, closed at its exit


@atexit.register
def _close_pools() -> None:
    """A Dask worker stopped (SIGTERM, ``dask worker`` shut down) exits through the interpreter:
    stop the case processes and remove their scratch folders, which else stay behind until the
    next batch on the machine sweeps them (``pool.sweep_scratch``)."""
    while _POOLS:
        try:
            _POOLS.pop().close()
        except Exception:  # one pool that cannot close must not keep the others open
            log.exception("closing a case pool at exit")


def _case_pool(ctx: Any, limits: Limits) -> WorkerPool:
    """This Dask worker thread's pool of one case process, made anew for a new batch."""
    from casecheck.batch.runner import review_task

    pool = getattr(_THREAD, "pool", None)
    if pool is not None and _THREAD.made_for == (ctx, limits):
        return pool
    if pool is not None:
        _POOLS.discard(pool)
        pool.close()
    # Dask starts its workers as daemonic processes, which multiprocessing forbids to have
    # children (lest they outlive it). Ours cannot: each asks Linux to SIGKILL it when its
    # parent goes (``limits.die_with_parent``) and is daemonic itself.
    mp.current_process().daemon = False
    pool = WorkerPool(review_task, ctx, 1, limits, start_method="spawn")
    _THREAD.pool, _THREAD.made_for = pool, (ctx, limits)
    _POOLS.add(pool)
    return pool


def _dask_task(path: str, ctx: Any, limits: Limits | None = None) -> dict[str, Any]:
    """What runs on a Dask worker: one case review (a plain top-level function pickles), in a
    child process under ``limits`` — or, without limits, in the worker thread itself."""
    if limits is None:
        from casecheck.batch.runner import review_task

        return review_task(Path(path), ctx)
    return _case_pool(ctx, limits).run(Path(path))


def _seconds(text: str | None, default: float) -> float:
    """A number of seconds from the environment, or ``default`` when unset or not a number."""
    try:
        return float(text) if text and float(text) >= 0 else default
    except ValueError:
        return default


CONNECT_TIMEOUT = 60.0  # seconds to reach the scheduler
# seconds to wait for a first worker before giving up (a job queue may start them late); a note
# says so on stderr after the first few
WORKER_WAIT = _seconds(os.environ.get("CASECHECK_WORKER_WAIT"), 1800.0)
_WORKER_NOTE = 10.0


class SchedulerError(RuntimeError):
    """The scheduler cannot run the batch: unreachable, not a scheduler, or without any worker."""


GREETING_WAIT = 10.0  # seconds a Dask scheduler has to greet a new connection
_MAX_FRAMES = 1 << 20  # a greeting's first 8 bytes: its length, little-endian (~60 bytes)


def _probe(address: str) -> None:
    """Refuse at once what is no Dask scheduler: a Dask server greets every connection first,
    with its framed handshake. Something else at the address (a web server, SSH …) either says
    nothing — then the client's own handshake would be refused and retried until
    ``CONNECT_TIMEOUT`` — or says something else. Only plain ``tcp://`` is probed; an address
    that cannot be reached is left to the client (one message for both)."""
    scheme, _, rest = address.rpartition("://")
    if scheme not in ("", "tcp"):
        return
    host, _, port = rest.rpartition(":")
    if not port.isdigit():
        return
    try:  # (an address that drops connections is left to the client's own timeout, not waited twice)
        conn = socket.create_connection((host.strip("[]") or "127.0.0.1", int(port)), timeout=GREETING_WAIT)
    except OSError:
        return
    with conn:  # (its timeout, GREETING_WAIT, holds for the reads too)
        head = b""
        try:
            while len(head) < 8 and (chunk := conn.recv(8 - len(head))):
                head += chunk
        except TimeoutError:
            if head:
                return  # a part of a greeting: let the client judge it
            raise SchedulerError(
                f"{address} is not a Dask scheduler: it accepted a connection but sent no greeting in "
                f"{GREETING_WAIT:g} s (a Dask scheduler greets at once); check the address and port"
            ) from None
        except OSError:
            return
    if len(head) == 8 and 0 < struct.unpack("<Q", head)[0] < _MAX_FRAMES:
        return
    said = head.decode("latin-1").strip() or "nothing (it closed the connection)"
    raise SchedulerError(
        f"{address} is not a Dask scheduler: it answered {said!r}; check the address and port"
    )


def _wait_for_workers(client: Any, address: str) -> None:
    """Return once the scheduler has a worker; say so when it has none yet, give up after
    ``WORKER_WAIT`` seconds."""
    first = min(_WORKER_NOTE, WORKER_WAIT)
    try:
        client.wait_for_workers(1, timeout=first)
        return
    except TimeoutError:
        log.warning("the Dask scheduler at %s has no workers yet: waiting up to %g s", address, WORKER_WAIT)
    try:
        if WORKER_WAIT - first <= 0:  # (a zero timeout would wait for ever)
            raise TimeoutError
        client.wait_for_workers(1, timeout=WORKER_WAIT - first)
    except TimeoutError:
        raise SchedulerError(
            f"the Dask scheduler at {address} has no workers (waited {WORKER_WAIT:g} s); "
            "start them with: dask worker " + address
        ) from None


def review_on_dask(
    paths: Sequence[Path],
    ctx: Any,
    address: str,
    *,
    case_timeout: float | None = DEFAULT_CASE_TIMEOUT,
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
    window: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Yield one record per path from the Dask scheduler at ``address``, in completion order.

    Each case runs under ``case_timeout`` seconds and ``memory_limit`` bytes in a child process
    of its Dask worker (see the module's docstring)."""
    try:
        from distributed import Client, as_completed
    except ImportError as exc:  # pragma: no cover - dask is a dependency
        raise RuntimeError("--scheduler needs dask[distributed]: pip install 'dask[distributed]'") from exc
    if not paths:
        return
    profile = getattr(ctx, "profile", "default")
    _probe(address)
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise SchedulerError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    try:
        _wait_for_workers(client, address)
        threads = sum(client.nthreads().values()) or 1
        size = window or max(4, 3 * threads)
        limits = Limits(case_timeout, memory_limit)
        # A task waits behind at most size/threads others on its thread, each within its limit.
        give_up = case_timeout and case_timeout * (size / threads + 1) + _GRACE
        todo = iter(paths)
        started: dict[Any, tuple[Path, float]] = {}
        queue: Any = None

        def submit_next() -> bool:
            p = next(todo, None)
            if p is None:
                return False
            fut = client.submit(_dask_task, str(p), ctx, limits, pure=False)
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
                # a task far past its limits (its worker wedged): give up on it and move on
                for fut, (p, t0) in list(started.items()):
                    if give_up and time.monotonic() - t0 > give_up:
                        started.pop(fut)
                        fut.cancel()
                        yield error_record(
                            p,
                            "timeout",
                            f"the case did not come back from the cluster within {give_up:.0f} s",
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

"""A pool of worker processes that the parent can police one case at a time.

``concurrent.futures`` cannot kill one stuck task, nor tell which queued task a dead worker
was running. Here each worker is a process with its own pipe; the parent hands it one case at a
time, so it always knows which case each worker holds and since when:

- a case past its wall-clock limit: the worker is killed (SIGKILL, nothing else stops native
  code), the case gets a ``timeout`` record and a fresh worker takes the next case;
- a worker that dies (segfault in a PDF library, the kernel's OOM killer): that case gets a
  ``worker_crashed`` record, the worker is replaced and no other case is affected;
- a case that raises ``MemoryError`` under the worker's ``RLIMIT_AS``: ``out_of_memory``.

A killed worker leaves nothing behind: each worker leads its own process group, so the kill
reaches what it started (a hung ``tesseract`` command), and each has a scratch directory of its
own as its temporary directory, which the parent removes once the worker is gone (page images
written for OCR would otherwise pile up in ``/tmp``, one per stopped case).

Results are yielded in completion order as they arrive; at most one case per worker is in
flight, so memory stays flat however many cases there are. Workers are forked (Linux): they
share the parent's imported modules and start in milliseconds.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing as mp
import os
import shutil
import signal
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from casecheck.batch.limits import Limits, worker_setup
from casecheck.model import ReviewError, ReviewRecord

Task = Callable[[Path, Any], dict[str, Any]]
GC_YOUNG_THRESHOLD = 20_000
SCRATCH_PREFIX = "casecheck-worker-"


def error_record(path: Path, kind: str, message: str, profile: str = "default") -> dict[str, Any]:
    """A contract error record for a case the pool had to give up on."""
    from casecheck.ingest.case import case_id_for

    try:
        case_id = case_id_for(path)
    except OSError:
        case_id = path.stem
    rec = ReviewRecord(case_id=case_id, source=str(path), status="error", profile=profile)
    rec.error = ReviewError(kind, message)
    return rec.to_dict()


def _worker_main(
    conn: Connection, task: Task, context: Any, memory_bytes: int | None, scratch: str | None = None
) -> None:
    """Loop of one worker: receive a path, run ``task(path, context)``, send the record back.

    The worker leads a process group of its own and keeps its temporary files in ``scratch``
    (see the module docstring)."""
    with contextlib.suppress(OSError):
        os.setpgid(0, 0)
    if scratch:
        tempfile.tempdir = os.environ["TMPDIR"] = scratch
    worker_setup(memory_bytes)
    # What the parent loaded (modules, rules, catalogues) lives as long as the worker: the
    # collector need not walk it, and walking it would copy the parent's shared pages.
    gc.freeze()
    # A case allocates some 10^5 short-lived objects and almost no cycles: collect the young
    # generation every 20,000 allocations, not 700 (GC 0.25 -> 0.05 ms CPU per text-PDF case).
    gc.set_threshold(GC_YOUNG_THRESHOLD, 10, 10)
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        path = Path(msg)
        try:
            rec = task(path, context)
        except MemoryError:
            rec = error_record(path, "out_of_memory", "the case exhausted the worker's memory limit")
        except Exception as exc:  # the task should not raise; if it does, the batch goes on
            rec = error_record(path, "internal_error", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(rec)
        except MemoryError:
            conn.send(error_record(path, "out_of_memory", "the record exhausted the memory limit"))
        except (BrokenPipeError, OSError):
            return


@dataclass
class _Worker:
    """One worker process, its end of the pipe and the case it holds (if any)."""

    process: Any
    conn: Connection
    scratch: str | None = None
    path: Path | None = None
    started: float = 0.0

    def stop(self, kill: bool = False) -> None:
        """End the process: politely (close the pipe, it exits) or with SIGKILL, which reaches
        its process group too; then remove its scratch directory."""
        if kill:
            self._kill()
        with contextlib.suppress(OSError):
            self.conn.close()
        self.process.join(timeout=5 if not kill else None)
        if self.process.is_alive():
            self._kill()
            self.process.join()
        if self.scratch:
            shutil.rmtree(self.scratch, ignore_errors=True)

    def _kill(self) -> None:
        # The group numbered by the worker's pid exists only once the worker leads it: a
        # worker killed before that has started nothing, and the plain kill suffices.
        with contextlib.suppress(OSError):
            os.killpg(self.process.pid, signal.SIGKILL)
        if self.process.is_alive():
            self.process.kill()


def sweep_scratch(root: Path | None = None) -> int:
    """Remove the scratch directories of batches whose process is gone (a ``kill -9`` of the
    batch kills its workers, but nobody is left to remove their directories); their number.
    A directory is named by its batch's pid: one whose process is alive is left alone."""
    removed = 0
    for d in (root or Path(tempfile.gettempdir())).glob(f"{SCRATCH_PREFIX}*-*"):
        pid = d.name[len(SCRATCH_PREFIX) :].split("-", 1)[0]
        if not pid.isdigit() or _alive(int(pid)):
            continue
        shutil.rmtree(d, ignore_errors=True)
        removed += 1
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process
        return True
    return True


def _context() -> Any:
    methods = mp.get_all_start_methods()
    return mp.get_context("fork" if "fork" in methods else "spawn")


class WorkerPool:
    """``workers`` processes running ``task(path, context)`` under ``limits``."""

    def __init__(
        self,
        task: Task,
        context: Any,
        workers: int,
        limits: Limits | None = None,
        start_method: str | None = None,
    ) -> None:
        self.task, self.context = task, context
        self.workers = max(1, workers)
        self.limits = limits or Limits()
        self._mp = mp.get_context(start_method) if start_method else _context()
        self._idle: list[_Worker] = []
        self._busy: list[_Worker] = []
        self.replaced = 0
        sweep_scratch()

    def _spawn(self) -> _Worker:
        parent, child = self._mp.Pipe(duplex=True)
        scratch = tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-")
        proc = self._mp.Process(
            target=_worker_main,
            args=(child, self.task, self.context, self.limits.memory_bytes, scratch),
            daemon=True,
            name="casecheck-worker",
        )
        proc.start()
        child.close()
        return _Worker(proc, parent, scratch)

    def _assign(self, path: Path) -> None:
        worker = self._idle.pop() if self._idle else self._spawn()
        try:
            worker.conn.send(str(path))
        except (BrokenPipeError, OSError):  # it died idle: replace it and try once more
            worker.stop(kill=True)
            worker = self._spawn()
            worker.conn.send(str(path))
        worker.path, worker.started = path, time.monotonic()
        self._busy.append(worker)

    def _retire(self, worker: _Worker, kind: str, message: str) -> dict[str, Any]:
        """Kill ``worker`` (its case failed hard) and return that case's error record."""
        self._busy.remove(worker)
        worker.stop(kill=True)
        self.replaced += 1
        assert worker.path is not None
        return error_record(worker.path, kind, message, getattr(self.context, "profile", "default"))

    def _collect(self, timeout: float | None) -> list[dict[str, Any]]:
        """Wait up to ``timeout`` seconds for finished, dead or overdue workers; their records."""
        conns = {w.conn: w for w in self._busy}
        sentinels = {w.process.sentinel: w for w in self._busy}
        ready = wait([*conns, *sentinels], timeout=timeout)
        out: list[dict[str, Any]] = []
        done: set[int] = set()
        for obj in ready:
            worker = conns.get(obj) or sentinels.get(obj)  # type: ignore[call-overload]
            if worker is None or id(worker) in done:
                continue
            done.add(id(worker))
            try:
                rec = worker.conn.recv() if worker.conn.poll() else None
            except (EOFError, OSError):
                rec = None
            if rec is None:
                code = worker.process.exitcode
                why = f"exit status {code}" if code is not None and code >= 0 else f"signal {-(code or 0)}"
                out.append(
                    self._retire(worker, "worker_crashed", f"the worker process died ({why}) on this case")
                )
                continue
            self._busy.remove(worker)
            worker.path = None
            self._idle.append(worker)
            out.append(rec)
        limit = self.limits.case_timeout
        if limit:
            now = time.monotonic()
            for worker in [w for w in self._busy if now - w.started > limit]:
                out.append(
                    self._retire(worker, "timeout", f"the case took longer than {limit:g} s and was stopped")
                )
        return out

    def _wait_timeout(self) -> float:
        limit = self.limits.case_timeout
        if not limit or not self._busy:
            return 1.0
        oldest = min(w.started for w in self._busy)
        return max(0.01, min(1.0, oldest + limit - time.monotonic() + 0.01))

    def map(self, paths: Iterable[Path]) -> Iterator[dict[str, Any]]:
        """Yield one record per path, in completion order."""
        it = iter(paths)
        exhausted = False
        try:
            while True:
                while not exhausted and len(self._busy) < self.workers:
                    nxt = next(it, None)
                    if nxt is None:
                        exhausted = True
                        break
                    self._assign(Path(nxt))
                if not self._busy:
                    return
                yield from self._collect(self._wait_timeout())
        finally:
            self.close()

    def run(self, path: Path) -> dict[str, Any]:
        """The record of one case, under the same limits as ``map``; unlike ``map`` this keeps
        the worker for the next call (a long-lived caller such as a Dask task closes the pool)."""
        self._assign(Path(path))
        while True:
            for rec in self._collect(self._wait_timeout()):
                return rec

    def close(self) -> None:
        """Stop every worker: idle ones politely, busy ones (an abandoned batch) with SIGKILL."""
        for w in self._idle:
            with contextlib.suppress(OSError):
                w.conn.send(None)
            w.stop()
        for w in self._busy:
            w.stop(kill=True)
        self._idle, self._busy = [], []

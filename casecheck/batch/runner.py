"""Run reviews over many cases in a worker pool and stream the records back.

Records are yielded as workers finish them, with a bounded number of cases in flight, so memory
stays flat however large the batch is. Each case runs in a worker process; a worker that dies
(a native crash in a PDF library, the OOM killer) costs that case an error record and the pool
is rebuilt, the rest of the batch goes on.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from casecheck.api import ReviewOptions, review_path
from casecheck.model import ReviewError, ReviewRecord

NOT_CASES = frozenset({"labels.jsonl", "roster.csv", "readme.md", "readme.txt", "readme"})


def batch_children(root: Path) -> list[Path]:
    """Every direct child of ``root`` (file or folder) is one case; hidden entries, a README and
    the generator's ``labels.jsonl``/``roster.csv`` are not cases."""
    children = [p for p in root.iterdir() if not p.name.startswith(".") and p.name.lower() not in NOT_CASES]
    return sorted(children, key=lambda p: p.name)


def default_workers() -> int:
    """All cores, as the contract says."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def _worker_init() -> None:
    # One OCR/BLAS thread per worker: the pool is the parallelism.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    os.environ.setdefault("OMP_NUM_THREADS", "1")


def _run_one(path: str, options: ReviewOptions) -> dict:
    return review_path(Path(path), options).to_dict()


def review_many(
    paths: Iterable[Path],
    options: ReviewOptions,
    workers: int | None = None,
    progress: Callable[[int, int, int], None] | None = None,
    total: int | None = None,
) -> Iterator[dict]:
    """Yield one record dict per case path (completion order when ``workers > 1``)."""
    workers = workers or default_workers()
    paths = list(paths)
    total = total if total is not None else len(paths)
    done = errors = 0
    if workers == 1:
        for p in paths:
            rec = review_path(p, options).to_dict()
            done += 1
            errors += rec["status"] == "error"
            if progress:
                progress(done, total, errors)
            yield rec
        return
    pending = list(reversed(paths))
    in_flight: dict[Future, Path] = {}
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_init)
    try:
        while pending or in_flight:
            while pending and len(in_flight) < workers * 2:
                p = pending.pop()
                in_flight[pool.submit(_run_one, str(p), options)] = p
            finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for fut in finished:
                p = in_flight.pop(fut)
                try:
                    rec = fut.result()
                except BrokenProcessPool:
                    rec = _crash_record(p)
                    pool = _rebuild(pool, workers, in_flight, pending)
                done += 1
                errors += rec["status"] == "error"
                if progress:
                    progress(done, total, errors)
                yield rec
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _rebuild(pool: ProcessPoolExecutor, workers: int, in_flight: dict, pending: list) -> ProcessPoolExecutor:
    """Requeue the cases that were running in the broken pool and start a fresh one."""
    pending.extend(in_flight.values())
    in_flight.clear()
    pool.shutdown(wait=False, cancel_futures=True)
    return ProcessPoolExecutor(max_workers=workers, initializer=_worker_init)


def _crash_record(path: Path) -> dict:
    from casecheck.ingest.case import case_id_for

    rec = ReviewRecord(case_id=case_id_for(path), source=str(path), status="error")
    rec.error = ReviewError("worker_crashed", "the worker process died while reviewing this case")
    return rec.to_dict()


class Progress:
    """A one-line progress display on stderr: done/total, rate, ETA, errors."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.start = time.monotonic()

    def __call__(self, done: int, total: int, errors: int) -> None:
        elapsed = time.monotonic() - self.start
        rate = done / elapsed if elapsed > 0 else 0.0
        eta = (total - done) / rate if rate > 0 else 0.0
        line = f"\r{done}/{total} 案卷  {rate:.1f}/s  预计剩余 {eta:.0f}s  错误 {errors}"
        if self.enabled:
            sys.stderr.write(line)
            if done == total:
                sys.stderr.write("\n")
            sys.stderr.flush()

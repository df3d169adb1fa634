"""Run reviews over many cases and stream the records back: the batch layer's entry point.

``run_review`` is what ``casecheck review`` calls. Cases run in a local worker pool
(``casecheck.batch.pool``: per-case time and memory limits, crash isolation) or, with a
scheduler address, on a Dask cluster (``casecheck.batch.cluster``). Records are yielded as they
finish, so memory stays flat however large the batch is. With a campaign, every record is
committed to the campaign store (``casecheck.batch.store``) as it arrives, and a re-run of the
same campaign skips the cases already done: an interrupted run (even ``kill -9``) resumes
where it stopped, losing no finished record and duplicating none.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from casecheck.api import ReviewOptions
from casecheck.batch.limits import DEFAULT_CASE_TIMEOUT, DEFAULT_MEMORY_LIMIT, Limits

log = logging.getLogger(__name__)

NOT_CASES = frozenset({"labels.jsonl", "roster.csv", "readme.md", "readme.txt", "readme"})
DB_FILE = "casecheck.sqlite"

ProgressFn = Callable[[int, int, int], None]
# What a worker imports to review a case (``preload`` imports them before the pool forks).
PIPELINE_MODULES = (
    "casecheck.batch.pipeline",
    "casecheck.extract.case",
    "casecheck.extract.contract",
    "casecheck.checks.engine",
    "casecheck.ingest.case",
    "casecheck.ingest.segment",  # ingest.case imports it on a case's first load (~11 ms a worker)
    "casecheck.ingest.reader",
    "casecheck.ingest.pdf",
)


def batch_children(root: Path) -> list[Path]:
    """Every direct child of ``root`` (file or folder) is one case; hidden entries, a README,
    the generator's ``labels.jsonl``/``roster.csv`` and campaign databases are not cases."""
    return sorted((p for p in root.iterdir() if is_case_name(p.name)), key=lambda p: p.name)


def is_case_name(name: str) -> bool:
    """Whether an entry of this name directly in a batch folder is a case (``batch_children``)."""
    return (
        not name.startswith(".")
        and name.lower() not in NOT_CASES
        and not name.endswith((".sqlite", ".sqlite-wal", ".sqlite-shm", ".sqlite-journal"))
    )


def shared_ids(cases: Sequence[Path]) -> dict[str, list[Path]]:
    """Case ids that more than one of ``cases`` would carry (``a.pdf`` and ``a.txt`` are both
    ``a``): their records, waivers, labels and reviewer decisions cannot be told apart."""
    from casecheck.ingest.case import case_id_for

    seen: dict[str, list[Path]] = {}
    for path in cases:
        try:
            seen.setdefault(case_id_for(path), []).append(path)
        except OSError:
            continue  # the case's own record reports what is wrong with it
    return {cid: paths for cid, paths in seen.items() if len(paths) > 1}


def default_workers() -> int:
    """All cores, as the contract says."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


@dataclass(frozen=True)
class TaskContext:
    """What every worker needs to review a case (picklable: it travels to Dask workers)."""

    options: ReviewOptions
    cache: bool = True
    reuse_records: bool = True

    @property
    def profile(self) -> str:
        """The profile name error records carry."""
        return self.options.profile


def preload(ctx: TaskContext, cases: Sequence[Path] = ()) -> None:
    """Load in this process what every worker loads for its first case: the pipeline's modules,
    the profile with its rules and check kinds, the document-type and law catalogues, the
    roster and waivers, the cache fingerprints and the risk model.

    Called before the pool forks its workers, so they share all of it (copy-on-write) instead of
    each paying the start-up again. Only an optimisation: whatever fails here is left for the
    workers to load (and to report) as they would have.

    A re-run the record cache already answers loads only the fingerprints: when a sample of
    ``cases`` (the batch, in order) all have their records stored, the workers will need none of
    the rest (~0.3 s of CPU, most of a cached re-run), and one that meets a changed case loads
    what it needs itself.

    The cyclic garbage collector is off meanwhile: loading makes ~70,000 long-lived objects and
    next to no garbage, and its ~150 collections walked the growing heap (the parent's GC time
    for a 300-case text-PDF batch: 0.11 → 0.06 s of CPU).
    """
    steps: list[Callable[[], object]] = [lambda: _preload_fingerprints(ctx)] if ctx.cache else []
    if not _answered_by_records(ctx, cases):
        steps = [lambda: _preload_code(ctx), *steps]
        steps += [lambda: _preload_model(ctx.options)] if ctx.options.model else []
    collecting = gc.isenabled()
    gc.disable()
    try:
        for step in steps:
            try:
                step()
            except Exception as exc:
                log.debug("preload step failed (the workers load it themselves): %s", exc)
    finally:
        if collecting:
            gc.enable()


PROBED_CASES = 8


def _answered_by_records(ctx: TaskContext, cases: Sequence[Path]) -> bool:
    """Whether the record cache holds the records of ``PROBED_CASES`` cases spread over
    ``cases`` (then the batch is most likely a re-run of unchanged cases)."""
    if not (ctx.cache and ctx.reuse_records and cases):
        return False
    from casecheck.batch.cache import RecordCache
    from casecheck.batch.pipeline import has_stored_record

    step = max(1, len(cases) // PROBED_CASES)
    sample = list(cases)[::step][:PROBED_CASES]
    records = RecordCache.beside_ocr(ctx.options.cache_dir)
    return all(has_stored_record(Path(p), ctx.options, records) for p in sample)


def _preload_code(ctx: TaskContext) -> None:
    import importlib

    from casecheck.checks.profiles import load_profile
    from casecheck.checks.roster import load_roster
    from casecheck.checks.rulepack import defect_codes, kinds
    from casecheck.checks.waivers import load_waivers
    from casecheck.extract.lawtitle import canonical_law_title
    from casecheck.ingest.doctypes import catalogue
    from casecheck.laws.benchmarks import load_benchmarks
    from casecheck.laws.calendar import coverage
    from casecheck.laws.catalog import resolve_title
    from casecheck.laws.repeals import repeal_of

    for module in PIPELINE_MODULES:
        importlib.import_module(module)
    options = ctx.options
    load_profile(options.profile)
    kinds()
    defect_codes()
    catalogue()
    resolve_title("中华人民共和国行政处罚法")
    repeal_of("中华人民共和国行政处罚法")  # the repeals the citation checks read (~4 ms a worker)
    canonical_law_title("《中华人民共和国行政处罚法》")
    load_benchmarks()
    coverage()
    if options.roster:
        load_roster(options.roster)
    if options.waivers:
        load_waivers(options.waivers)


def _preload_fingerprints(ctx: TaskContext) -> None:
    from casecheck.batch.cache import case_key, review_fingerprint

    # the extraction fingerprint; not the OCR engine's version: a text-layer batch never needs it
    # (tesseract --version costs ~90 ms of CPU), and a scan batch's workers ask for it themselves
    case_key("", [], ctx.options.ocr)
    if ctx.reuse_records:
        review_fingerprint(ctx.options)


def _preload_model(options: ReviewOptions) -> None:
    from casecheck.score.explain import code_name
    from casecheck.score.model import load_model

    load_model(options.model)
    code_name("SUBJ-01")  # the defect names the factors' sentences quote


def review_task(path: Path, ctx: TaskContext) -> dict[str, Any]:
    """Review one case in a worker (pool process or Dask task) and return its record dict."""
    from casecheck.batch.cache import FactsCache, RecordCache
    from casecheck.batch.pipeline import review_case

    if not ctx.cache:
        return review_case(Path(path), ctx.options)
    records = RecordCache.beside_ocr(ctx.options.cache_dir) if ctx.reuse_records else None
    return review_case(Path(path), ctx.options, FactsCache.beside_ocr(ctx.options.cache_dir), records)


def review_many(
    paths: Iterable[Path],
    options: ReviewOptions,
    workers: int | None = None,
    progress: ProgressFn | None = None,
    total: int | None = None,
    limits: Limits | None = None,
    cache: bool = True,
) -> Iterator[dict]:
    """Yield one record dict per case path, in completion order, from a local worker pool."""
    from casecheck.batch.pool import WorkerPool

    paths = list(paths)
    total = total if total is not None else len(paths)
    workers = min(workers or default_workers(), max(1, len(paths)))
    ctx = TaskContext(options, cache)
    preload(ctx, paths)
    pool = WorkerPool(review_task, ctx, workers, limits)
    errors = 0
    for done, rec in enumerate(pool.map(paths), start=1):
        errors += rec["status"] == "error"
        if progress:
            progress(done, total, errors)
        yield rec


def default_db(out: Path | None) -> Path:
    """The campaign database beside the results: next to ``--out`` (inside it for an HTML
    folder), else in the current folder."""
    if out is None:
        return Path.cwd() / DB_FILE
    return (out if out.is_dir() else out.parent) / DB_FILE


def run_review(
    cases: Sequence[Path],
    options: ReviewOptions,
    *,
    workers: int | None = None,
    campaign: str | None = None,
    db_url: str | None = None,
    scheduler: str | None = None,
    case_timeout: float | None = DEFAULT_CASE_TIMEOUT,
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
    progress: Progress | ProgressFn | None = None,
    cache: bool = True,
    reuse_records: bool = True,
    retry_errors: bool = False,
) -> Iterator[dict]:
    """Review ``cases`` and yield one record dict per case.

    ``campaign`` names a campaign in the store at ``db_url`` (an SQLAlchemy URL or a file path;
    default ``./casecheck.sqlite``): records are committed as they arrive, and the cases the
    campaign already holds a record for (same files, same sizes and times) are not reviewed
    again — their stored records are yielded first. ``scheduler`` (``tcp://host:port``) runs
    the cases on a Dask cluster instead of local processes. ``case_timeout`` (seconds) and
    ``memory_limit`` (bytes) bound each case; ``cache`` uses the extraction cache, and
    ``reuse_records`` its second level, which skips the checks too while nothing they depend on
    (code, rules, profile, roster, waivers, options) has changed. ``retry_errors`` reviews again
    the cases whose stored record is an error (a timeout, a crash, a file fixed in place) instead
    of counting them as done.
    """
    ctx = TaskContext(options, cache, reuse_records)
    limits = Limits(case_timeout, memory_limit)
    total = len(cases)
    store = run_id = None
    todo = list(cases)
    done = errors = 0
    status = "interrupted"
    if campaign:
        from casecheck.batch.store import CampaignStore, fingerprint

        store = CampaignStore(db_url or str(default_db(None)))
        prints = {p: fingerprint(p) for p in cases}
        run_id = store.start_run(campaign, options, total, scheduler)
        stored = store.finished(campaign, [(p, prints[p]) for p in cases])
        if retry_errors:
            failed = store.failed(campaign)
            stored = {p: row for p, row in stored.items() if row not in failed}
        kept = list(store.records(campaign, [stored[p] for p in cases if p in stored]))
        # a record scored under another standard (--profile changed) is no finished review of this run;
        # records carry the profile's name, options a name or a file's path
        from casecheck.checks.profiles import load_profile

        names = {options.profile, load_profile(options.profile).name}
        other = {r["source"] for r in kept if r.get("profile") not in (None, *names)}
        if other:
            log.warning("%d stored records were scored under another profile: reviewed again", len(other))
        todo = [p for p in cases if p not in stored or str(p) in other]
        if isinstance(progress, Progress):
            progress.resumed = len(cases) - len(todo)
        for rec in kept:
            if rec["source"] in other:
                continue
            done += 1
            errors += rec["status"] == "error"
            yield rec
    by_source = {str(p): p for p in todo}
    try:
        if scheduler:
            from casecheck.batch.cluster import review_on_dask

            records = review_on_dask(
                todo, ctx, scheduler, case_timeout=case_timeout, memory_limit=memory_limit
            )
        else:
            from casecheck.batch.pool import WorkerPool

            n = min(workers or default_workers(), max(1, len(todo)))
            if todo:
                preload(ctx, todo)
            records = WorkerPool(review_task, ctx, n, limits).map(todo)
        for rec in records:
            if store is not None:
                store.save(campaign or "", run_id or 0, rec, prints[by_source[rec["source"]]])
            done += 1
            errors += rec["status"] == "error"
            if progress:
                progress(done, total, errors)
            yield rec
        status = "finished"
    finally:
        if store is not None and run_id is not None:
            store.finish_run(run_id, status, done, errors)
            store.close()


class Progress:
    """Progress on stderr: done/total, rate, ETA and errors.

    On a terminal the line is redrawn in place (at most a few times a second); when stderr is a
    file or a pipe (a CI log, ``nohup``) a full line is written every ``interval`` seconds and
    at the end, so a log shows the batch moving without drowning in lines.
    """

    def __init__(self, enabled: bool = True, stream: TextIO | None = None, interval: float = 10.0) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.interval = interval if not self.tty else 0.2
        self.start = time.monotonic()
        self.last = 0.0
        self.resumed = 0

    def line(self, done: int, total: int, errors: int) -> str:
        """The progress text for these counts."""
        elapsed = time.monotonic() - self.start
        fresh = done - self.resumed
        rate = fresh / elapsed if elapsed > 0 else 0.0
        eta = (total - done) / rate if rate > 0 else 0.0
        resumed = f"  续跑跳过 {self.resumed}" if self.resumed else ""
        return f"{done}/{total} 案卷  {rate:.1f}/s  预计剩余 {eta:.0f}s  错误 {errors}{resumed}"

    def __call__(self, done: int, total: int, errors: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        final = done >= total
        if not final and now - self.last < self.interval:
            return
        self.last = now
        if self.tty:
            self.stream.write("\r" + self.line(done, total, errors) + ("\n" if final else ""))
        else:
            self.stream.write(self.line(done, total, errors) + "\n")
        self.stream.flush()

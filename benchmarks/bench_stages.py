"""Where a batch worker's time goes: ``python benchmarks/bench_stages.py [--n 200] [--work DIR]``.

Reviews generated text-layer PDF cases in this one process through the real batch task
(``casecheck.batch.runner.review_task``, fresh extraction cache, the corpus's roster and the
default risk model — the same as ``bench_batch.py text``; ``--model none`` leaves it out) and
times each stage by wrapping the functions
that do it in CPU time (no profiler: its overhead distorts many small calls; CPU time, not wall
time, so other load on the machine matters less). The first case is timed apart:
it carries the worker's start-up (imports, rule/profile/law catalogue loads, fingerprints), which
forked workers share with the parent when it preloaded them.

Stages are exclusive (a wrapped call inside another wrapped call is charged to the inner one);
``other`` is what no wrapper covered (record assembly, glue). ``pdfium text`` is the part the
bare-pypdfium2 baseline also does (open, load and close a page, text page, text range): the raw
page calls are wrapped where ``casecheck.ingest.pdf`` looks them up, on ``pypdfium2.raw``.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# (label, module, attribute): attribute may be ``Class.method``.
STAGES: list[tuple[str, str, str]] = [
    ("hash files", "casecheck.ingest.reader", "read_bytes_sha256"),
    ("hash files", "casecheck.batch.cache", "read_bytes_sha256"),
    ("pdfium text", "casecheck.ingest.pdf", "open_pdf"),
    ("pdfium text", "casecheck.ingest.pdf", "_text_layer"),
    ("pdfium text", "pypdfium2.raw", "FPDF_LoadPage"),
    ("pdfium text", "pypdfium2.raw", "FPDF_ClosePage"),
    ("pdf page checks (ocr_reason)", "casecheck.ingest.pdf", "ocr_reason"),
    ("pdf page checks (ocr_reason)", "casecheck.ingest.pdf", "char_counts_many"),
    ("pdf seal look (images)", "casecheck.ingest.pdf", "_seal_on_text_page"),
    ("pdf read other", "casecheck.ingest.pdf", "read_pdf"),
    ("read file other (sniff …)", "casecheck.ingest.reader", "read_file"),
    ("normalize", "casecheck.ingest.reader", "normalize_text"),
    ("segment", "casecheck.ingest.segment", "segment"),
    ("extract documents", "casecheck.extract.case", "extract_document"),
    ("extract case merge/timeline", "casecheck.extract.case", "extract_case"),
    ("contract fields", "casecheck.extract.contract", "contract_fields"),
    ("checks", "casecheck.checks.engine", "check_case"),
    ("risk model", "casecheck.score.model", "score_record"),
    ("cache get", "casecheck.batch.cache", "FactsCache.get"),
    ("cache put", "casecheck.batch.cache", "FactsCache.put"),
    ("cache put", "casecheck.batch.cache", "RecordCache.put_with_facts"),
    ("record to_dict", "casecheck.model", "ReviewRecord.to_dict"),
]


class Clock:
    """Exclusive time per label: nested wrapped calls are charged to the innermost one."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)
        self.stack: list[list[Any]] = []  # [label, start, child time]

    def wrap(self, label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            frame = [label, time.process_time(), 0.0]
            self.stack.append(frame)
            try:
                return fn(*args, **kwargs)
            finally:
                self.stack.pop()
                total = time.process_time() - frame[1]
                self.spent[label] += total - frame[2]
                if self.stack:
                    self.stack[-1][2] += total

        return timed

    def install(self) -> None:
        for label, module, attr in STAGES:
            mod = importlib.import_module(module)
            owner: Any = mod
            name = attr
            if "." in attr:
                cls, name = attr.split(".")
                owner = getattr(mod, cls)
            setattr(owner, name, self.wrap(label, getattr(owner, name)))


def corpus(work: Path, n: int) -> Path:
    """The generated text-PDF corpus ``bench_batch.py text`` uses (same seed and layout)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_batch import corpus as make

    return make(work, n, "pdf")


def main() -> int:
    """Time the stages over ``--n`` cases and print a table."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=200, help="cases (default 200)")
    ap.add_argument("--corpus-n", type=int, help="size of the generated corpus to take them from")
    ap.add_argument("--work", type=Path, help="folder for generated corpora (kept)")
    ap.add_argument("--model", default="default", help="risk model as in review --model ('none': off)")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="casecheck-bench-"))
    batch = corpus(work, args.corpus_n or args.n)
    cache = Path(tempfile.mkdtemp(prefix="casecheck-stages-cache-"))
    try:
        return run(batch, cache, args.n, None if args.model == "none" else args.model)
    finally:
        shutil.rmtree(cache, ignore_errors=True)


def run(batch: Path, cache: Path, n: int, model: str | None = "default") -> int:
    """Review the first ``n`` cases of ``batch`` with timers installed and print the table."""
    t0 = time.process_time()
    from casecheck.api import ReviewOptions
    from casecheck.batch.pool import GC_YOUNG_THRESHOLD
    from casecheck.batch.runner import TaskContext, batch_children, review_task

    clock = Clock()
    clock.install()  # imports every timed module, as the first case would
    import_cpu = time.process_time() - t0
    roster = batch / "roster.csv"
    options = ReviewOptions(cache_dir=cache, roster=roster if roster.is_file() else None, model=model)
    ctx = TaskContext(options)
    cases = batch_children(batch)[:n]
    # as a pool worker runs (casecheck.batch.pool._worker_main): what is loaded is frozen out of
    # the collector, and the young generation is collected every GC_YOUNG_THRESHOLD allocations
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, 10, 10)
    t1 = time.process_time()
    review_task(cases[0], ctx)
    first_cpu = time.process_time() - t1
    clock.spent.clear()
    t2 = time.process_time()
    w2 = time.perf_counter()
    for path in cases[1:]:
        rec = review_task(path, ctx)
        if rec["status"] != "reviewed":
            print(f"  {path.name}: {rec['status']} {rec.get('error')}", file=sys.stderr)
    cpu, wall = time.process_time() - t2, time.perf_counter() - w2
    m = len(cases) - 1
    covered = sum(clock.spent.values())
    print(f"stages over {m} text-PDF cases (one process; {os.cpu_count()} cores)")
    print(f"  imports of the batch task   {import_cpu * 1000:7.0f} ms CPU (once per process)")
    print(f"  first case (start-up)       {first_cpu * 1000:7.0f} ms CPU (once per worker)")
    print(f"  steady state                {cpu / m * 1000:7.2f} ms CPU per case  ({m / wall:.1f} cases/s)")
    rows = sorted(clock.spent.items(), key=lambda kv: -kv[1])
    rows.append(("other", max(0.0, cpu - covered)))
    for label, spent in rows:
        print(f"    {label:32s} {spent / m * 1000:7.2f} ms  {spent / cpu:6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark the risk scorer: model load time, features and prediction per case, training time.

Measures loading the model in fresh processes, by each path (what a one-case ``casecheck review``
pays at start-up): the fast path (``model.npz`` + ``scoring.json``, numpy only) and the skops path
(``skops.io`` with the allow-list, which imports scikit-learn); median of ``--load-runs`` runs.
Then generates a labelled corpus (txt), reviews it once without a model, and measures:

* loading the model in this process (first use),
* ``score_record`` per case (features + prediction + factors), which is what the scorer adds to a
  review,
* optionally (``--train``) ``train`` on the corpus, including reading the cases' facts again.

Prints figures; it is not a timed unit test.

    python benchmarks/bench_score.py --n 300 [--train] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Run in a fresh interpreter: import casecheck's scorer and load the model by one path; prints the
# path taken, seconds in-process (imports + load) and whether sklearn or skops got imported.
_LOAD_PROBE = """
import sys, time
t = time.perf_counter()
from casecheck.score.model import read_model, resolve
m = read_model(resolve(sys.argv[1]), fast=sys.argv[2] == "fast")
heavy = sorted({k.split('.')[0] for k in sys.modules} & {'sklearn', 'skops', 'scipy'})
print(m.source, time.perf_counter() - t, ','.join(heavy) or '-')
"""


def cold_load(model: str, path: str, runs: int) -> tuple[str, float, float, str]:
    """(path taken, median in-process load s, median whole-process s, heavy modules) over ``runs``
    fresh interpreters loading ``model`` by ``path`` (``fast`` or ``skops``)."""
    inside, whole, source, heavy = [], [], "", ""
    for _ in range(runs):
        t = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", _LOAD_PROBE, model, path], check=True, capture_output=True, text=True
        ).stdout.split()
        whole.append(time.perf_counter() - t)
        source, heavy = out[0], out[2]
        inside.append(float(out[1]))
    return source, statistics.median(inside), statistics.median(whole), heavy


def main() -> None:
    """Run the benchmark and print one line per figure."""
    ap = argparse.ArgumentParser(description="risk scorer benchmark")
    ap.add_argument("--n", type=int, default=300, help="cases to generate and score")
    ap.add_argument("--seed", type=int, default=31337)
    ap.add_argument("--model", default="default")
    ap.add_argument("--train", action="store_true", help="also time train() on the corpus")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--load-runs", type=int, default=5, help="fresh processes per load path")
    args = ap.parse_args()

    for path in ("fast", "skops"):
        source, inside, whole, heavy = cold_load(args.model, path, args.load_runs)
        print(
            f"cold load {path:<9} {inside * 1000:.0f} ms in-process, {whole * 1000:.0f} ms whole process "
            f"(median of {args.load_runs}; loaded by {source}; imported: {heavy})"
        )

    from casecheck.api import ReviewOptions, document_entries
    from casecheck.checks.engine import check_case
    from casecheck.extract.case import extract_case
    from casecheck.generate.api import generate
    from casecheck.ingest.case import load_case
    from casecheck.model import ReviewRecord
    from casecheck.score.model import load_model, score_record

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        generate(args.n, args.seed, corpus, ("txt",))
        cases = sorted(p for p in corpus.iterdir() if p.name.startswith("case_"))
        options = ReviewOptions(roster=corpus / "roster.csv", model=None)
        prepared, records = [], []
        t0 = time.perf_counter()
        for path in cases:
            facts = dict(extract_case(load_case(path)))
            outcome = check_case(facts, options)
            rec = ReviewRecord(case_id=path.stem, source=str(path))
            rec.documents = document_entries(facts)
            rec.findings, rec.unreviewable = list(outcome.findings), list(outcome.unreviewable)
            rec.score, rec.grade = outcome.score, outcome.grade
            prepared.append((facts, rec))
            records.append(rec.to_dict())
        review_s = time.perf_counter() - t0

        t0 = time.perf_counter()
        model = load_model(args.model)
        load_s = time.perf_counter() - t0
        if model is None:
            raise SystemExit(f"model {args.model!r} is not installed")
        score_record(*prepared[0], args.model)  # warm the law catalog the features read
        times = []
        for facts, rec in prepared:
            t = time.perf_counter()
            score_record(facts, rec, args.model)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        print(f"model               {model.model_id}")
        print(f"cases               {len(prepared)}")
        print(f"review (no model)   {review_s / len(prepared) * 1000:.1f} ms/case (ingest+extract+checks)")
        print(f"model load          {load_s * 1000:.0f} ms (once per process, {model.source} path)")
        mean, median = statistics.mean(times), times[len(times) // 2]
        print(f"score_record        mean {mean:.2f} ms  median {median:.2f} ms")
        print(f"                    p95 {times[int(0.95 * (len(times) - 1))]:.2f} ms  max {times[-1]:.2f} ms")
        if args.train:
            from casecheck.score.train import train

            t0 = time.perf_counter()
            summary = train(corpus / "labels.jsonl", records, Path(tmp) / "model", workers=args.workers)
            total = time.perf_counter() - t0
            print(f"train               {total:.1f} s on {summary.cases} cases ({args.workers} workers)")
            print(f"                    {json.dumps(summary.seconds)}")


if __name__ == "__main__":
    main()

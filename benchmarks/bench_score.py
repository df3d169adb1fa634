"""Benchmark the risk scorer: model load time, features and prediction per case, training time.

Generates a labelled corpus (txt), reviews it once without a model, then measures:

* loading the shipped model (first use in a process),
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
import tempfile
import time
from pathlib import Path


def main() -> None:
    """Run the benchmark and print one line per figure."""
    ap = argparse.ArgumentParser(description="risk scorer benchmark")
    ap.add_argument("--n", type=int, default=300, help="cases to generate and score")
    ap.add_argument("--seed", type=int, default=31337)
    ap.add_argument("--model", default="default")
    ap.add_argument("--train", action="store_true", help="also time train() on the corpus")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()

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
        print(f"model load          {load_s * 1000:.0f} ms (once per process)")
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

"""Extraction cost per page: ``python benchmarks/bench_extract.py [--pages N]``.

Builds a realistic multi-document case from the synthetic case in ``tests/extract/case_food.yaml``
and, when present, the dev-set texts (varied agencies and phrasings), cuts each document into
pages of about 1000 characters, runs ``extract_case`` (warm-up first, so the one-off costs of
compiling patterns and loading the spaCy pipeline are not counted) and prints ms per page.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from casecheck.extract.case import extract_case  # noqa: E402
from casecheck.extract.devset import load_document  # noqa: E402
from casecheck.extract.nlp import get_nlp  # noqa: E402
from casecheck.model import Case, Document  # noqa: E402

PAGE = 1000


def documents(devset: Path) -> list[tuple[str, str]]:
    """``(doc_type, text)`` of the synthetic case plus the dev-set documents."""
    data = yaml.safe_load((ROOT / "tests/extract/case_food.yaml").read_text(encoding="utf-8"))
    docs = [(d["doc_type"], d["text"]) for d in data["documents"]]
    if devset.is_dir():
        docs += [(d.doc_type, d.text) for d in map(load_document, sorted(devset.glob("*.txt")))]
    return docs


def build_case(docs: list[tuple[str, str]], pages: int) -> tuple[Case, int]:
    """A case of about ``pages`` pages: the documents repeated in order, paginated."""
    out: list[Document] = []
    chars = 0
    i = 0
    while chars < pages * PAGE:
        dt, text = docs[i % len(docs)]
        starts = tuple(range(0, len(text), PAGE)) or (0,)
        first = chars // PAGE + 1
        out.append(Document(f"{dt}({i})", dt, dt, "case.pdf", (first, first + len(starts) - 1), text, starts))
        chars += len(text)
        i += 1
    return Case("bench", "bench", (), tuple(out)), chars


def main() -> int:
    """Print chars, pages and ms/page (median of several runs)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=60)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--devset", type=Path, default=ROOT.parent / "shared" / "dev-set")
    args = ap.parse_args()
    get_nlp()  # loaded once per process, as in the pipeline
    case, chars = build_case(documents(args.devset), args.pages)
    pages = chars / PAGE
    extract_case(case)  # warm-up: regex compilation, lazy imports
    wall, cpu = [], []
    for _ in range(args.runs):
        t0, c0 = time.perf_counter(), time.process_time()
        extract_case(case)
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    med, med_cpu = statistics.median(wall), statistics.median(cpu)
    print(f"documents={len(case.documents)} chars={chars} pages={pages:.1f} runs={args.runs}")
    # CPU time too: on a shared machine wall time includes waiting for a core
    print(
        f"extract_case: {med * 1000:.1f} ms total, {med * 1000 / pages:.2f} ms/page wall, "
        f"{med_cpu * 1000 / pages:.2f} ms/page CPU (median)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

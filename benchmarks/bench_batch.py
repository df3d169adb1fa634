"""Campaign-scale benchmarks of ``casecheck review --batch``: ``python benchmarks/bench_batch.py WHAT``.

WHAT is one of:

- ``text``: throughput on generated text-layer PDF cases against pypdfium2 text extraction alone
  of the same files (same number of processes), then a cached re-run against the first run;
- ``ocr``: scanned cases against bare tesseract on the same page images (same flags, same
  number of parallel processes): a command per page (the issue's baseline) and, as the floor of
  the OCR work itself, one command per process reading a list of the pages (the language model
  loaded once, as the review's tesseract server does); then a cached re-run against the first run;
- ``memory``: peak memory (RSS of the whole process tree, sampled) for several batch sizes;
- ``startup``: wall time of ``casecheck review`` on one case;
- ``all``: each of the above with its defaults (``--quick``: smaller sizes).

Every review runs the real command line in a subprocess with a fresh cache folder. Wall times
and CPU times (user + system of the child processes) are printed with their ratios: on a shared
machine the CPU-time ratio is the steadier figure. Generated corpora are kept in ``--work``
(default: a temporary folder) so a second run skips generation. ``bench_stages.py`` splits a
worker's CPU time per stage for the ``text`` corpus. Other load on the machine inflates CPU time
too (shared cores and caches): compare runs made under the same load, interleaved.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable


def corpus(work: Path, n: int, fmt: str, seed: int = 101) -> Path:
    """``n`` generated cases in format ``fmt`` under ``work`` (reused when already there)."""
    out = work / f"{fmt}_{n}_{seed}"
    if not (out / "labels.jsonl").is_file():
        shutil.rmtree(out, ignore_errors=True)
        t = time.perf_counter()
        sys.path.insert(0, str(ROOT))
        from casecheck.generate.api import generate

        generate(n, seed, out, (fmt,))
        print(f"  generated {n} {fmt} cases in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return out


def timed(
    cmd: list[str], env: dict[str, str] | None = None, stdout: Path | None = None
) -> tuple[float, float]:
    """Run ``cmd``; return (wall seconds, CPU seconds of it and its children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    with open(stdout or os.devnull, "w") as out:
        # cwd=ROOT: ``python -m`` puts the working folder first on sys.path, so run from the
        # checkout being measured, wherever the script is started
        proc = subprocess.run(cmd, env=env, stdout=out, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 3):
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def review_cmd(batch: Path, workers: int, out: Path) -> list[str]:
    """The review command line under test: the whole review, risk model included."""
    return [PY, "-m", "casecheck.cli", "review", "--batch", str(batch), "--workers", str(workers),
            "--out", str(out)]  # fmt: skip


def env_with_cache(cache: Path) -> dict[str, str]:
    """The environment with a fresh cache folder (OCR and extraction)."""
    shutil.rmtree(cache, ignore_errors=True)
    return {**os.environ, "CASECHECK_CACHE": str(cache), "PYTHONPATH": str(ROOT)}


BARE_PDFIUM = textwrap.dedent(
    """
    import sys, glob
    from concurrent.futures import ProcessPoolExecutor
    import pypdfium2 as pdfium

    def text(path):
        pdf = pdfium.PdfDocument(path)
        n = 0
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            n += len(tp.get_text_range())
            tp.close()
            page.close()
        pdf.close()
        return n

    files = sorted(glob.glob(sys.argv[1] + "/**/*.pdf", recursive=True))
    with ProcessPoolExecutor(int(sys.argv[2])) as ex:
        chars = sum(ex.map(text, files, chunksize=4))
    print(len(files), chars)
    """
)


def bench_text(work: Path, n: int, workers: int) -> dict[str, float]:
    """Text-layer PDFs: bare pypdfium2 vs the whole review, and a cached re-run."""
    batch = corpus(work, n, "pdf")
    env = env_with_cache(work / "cache-text")
    results = work / "text.jsonl"
    bare_wall, bare_cpu = timed([PY, "-c", BARE_PDFIUM, str(batch), str(workers)])
    wall, cpu = timed(review_cmd(batch, workers, results), env)
    bare_wall2, bare_cpu2 = timed([PY, "-c", BARE_PDFIUM, str(batch), str(workers)])
    bare_wall, bare_cpu = min(bare_wall, bare_wall2), min(bare_cpu, bare_cpu2)
    cached_wall, cached_cpu = timed(review_cmd(batch, workers, work / "text-cached.jsonl"), env)
    same = _same_records(results, work / "text-cached.jsonl")
    print(f"text-layer PDFs: {n} cases, {workers} workers")
    print(f"  bare pypdfium2 text extraction  {bare_wall:7.2f} s wall  {bare_cpu:7.2f} s CPU")
    print(f"  casecheck review --batch  {wall:7.2f} s wall  {cpu:7.2f} s CPU  ({n / wall:.1f} cases/s)")
    print(f"  ratio review / bare  {wall / bare_wall:7.2f} × wall {cpu / bare_cpu:7.2f} × CPU  (≤ 2.0)")
    print(f"  cached re-run  {cached_wall:7.2f} s wall  {cached_cpu:7.2f} s CPU  records identical: {same}")
    print(f"  ratio cached / first  {cached_wall / wall:7.1%} wall {cached_cpu / cpu:7.1%} CPU  (< 5%)")
    return {"wall": wall, "bare": bare_wall, "cached": cached_wall}


def _same_records(a: Path, b: Path) -> bool:
    def load(p: Path) -> dict[str, dict]:
        return {r["case_id"]: r for r in map(json.loads, p.read_text(encoding="utf-8").splitlines())}

    return load(a) == load(b)


def bench_ocr(work: Path, n: int, workers: int) -> None:
    """Scanned cases: bare tesseract on the same page images vs the whole review."""
    import pypdfium2 as pdfium

    batch = corpus(work, n, "scan")
    pages_dir = work / f"scan_pages_{n}"
    shutil.rmtree(pages_dir, ignore_errors=True)
    pages_dir.mkdir()
    images = []
    for pdf_path in sorted(batch.rglob("*.pdf")):
        pdf = pdfium.PdfDocument(pdf_path)
        for i in range(len(pdf)):
            page = pdf[i]
            img = page.render(scale=300 / 72, grayscale=True).to_pil()
            path = pages_dir / f"{pdf_path.stem}_{i:03d}.png"
            img.save(path)
            images.append(path)
            page.close()
        pdf.close()
    ocr_env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def tesseract_all() -> tuple[float, float]:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        queue = list(images)
        lock = threading.Lock()

        def run() -> None:
            while True:
                with lock:
                    if not queue:
                        return
                    img = queue.pop()
                out = img.with_suffix("")
                subprocess.run(["tesseract", str(img), str(out), "-l", "chi_sim", "--psm", "6", "txt", "tsv"],
                               env=ocr_env, capture_output=True, check=True)  # fmt: skip

        threads = [threading.Thread(target=run) for _ in range(workers)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.perf_counter() - t, (after.ru_utime - before.ru_utime) + (
            after.ru_stime - before.ru_stime
        )

    def tesseract_lists() -> tuple[float, float]:
        """Bare tesseract with its language model loaded once per process: each of ``workers``
        commands reads a list of pages (tesseract's own batch input). The per-page command above
        loads chi_sim for every page, which the review's tesseract server does not: this is the
        floor of the OCR work itself."""
        shares = [images[i::workers] for i in range(workers)]
        lists = []
        for i, share in enumerate(shares):
            listing = pages_dir / f"pages_{i}.lst"  # not .txt: the output base would overwrite it
            listing.write_text("".join(f"{img}\n" for img in share), encoding="utf-8")
            lists.append(listing)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        flags = ["-l", "chi_sim", "--psm", "6", "txt", "tsv"]
        procs = [
            subprocess.Popen(
                ["tesseract", str(listing), str(pages_dir / f"all_{i}"), *flags],
                env=ocr_env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for i, listing in enumerate(lists)
            if listing.stat().st_size
        ]
        for proc in procs:
            proc.wait()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.perf_counter() - t, (after.ru_utime - before.ru_utime) + (
            after.ru_stime - before.ru_stime
        )

    bare_wall, bare_cpu = tesseract_all()
    once_wall, once_cpu = tesseract_lists()
    env = env_with_cache(work / "cache-ocr")
    wall, cpu = timed(review_cmd(batch, workers, work / "ocr.jsonl"), env)
    # bare tesseract again, the faster run counts: load from elsewhere only slows a run down
    bare_wall2, bare_cpu2 = tesseract_all()
    bare_wall, bare_cpu = min(bare_wall, bare_wall2), min(bare_cpu, bare_cpu2)
    once_wall2, once_cpu2 = tesseract_lists()
    once_wall, once_cpu = min(once_wall, once_wall2), min(once_cpu, once_cpu2)
    cached_wall, cached_cpu = timed(review_cmd(batch, workers, work / "ocr-cached.jsonl"), env)
    same = _same_records(work / "ocr.jsonl", work / "ocr-cached.jsonl")
    print(f"scanned cases: {n} cases, {len(images)} pages, {workers} workers")
    print(f"  bare tesseract (chi_sim, psm 6) {bare_wall:7.2f} s wall  {bare_cpu:7.2f} s CPU  (better of 2)")
    print(f"  casecheck review --batch  {wall:7.2f} s wall  {cpu:7.2f} s CPU")
    print(f"  ratio review / bare  {wall / bare_wall:7.2f} × wall {cpu / bare_cpu:7.2f} × CPU  (≤ 1.15)")
    print(f"  bare tesseract, model loaded once a process  {once_wall:7.2f} s wall  {once_cpu:7.2f} s CPU")
    print(f"  ratio review / model-once floor  {wall / once_wall:7.2f} × wall {cpu / once_cpu:7.2f} × CPU")
    print(f"  cached re-run  {cached_wall:7.2f} s wall  {cached_cpu:7.2f} s CPU  records identical: {same}")
    print(f"  ratio cached / first  {cached_wall / wall:7.1%} wall {cached_cpu / cpu:7.1%} CPU  (< 5%)")


def peak_rss(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Run ``cmd``; return (wall seconds, peak RSS of the process tree, peak RSS of the parent) in MiB."""
    import psutil

    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    t = time.perf_counter()
    top = psutil.Process(proc.pid)
    peak_tree = peak_parent = 0
    while proc.poll() is None:
        try:
            parent = top.memory_info().rss
            tree = parent + sum(c.memory_info().rss for c in top.children(recursive=True))
        except psutil.Error:
            continue
        peak_tree, peak_parent = max(peak_tree, tree), max(peak_parent, parent)
        time.sleep(0.05)
    return time.perf_counter() - t, peak_tree / 2**20, peak_parent / 2**20


def bench_memory(work: Path, sizes: list[int], workers: int, fmt: str) -> None:
    """Peak memory of the process tree for each batch size (should be flat)."""
    print(
        f"peak memory: {fmt} cases, {workers} workers (RSS of the CLI and its workers, sampled every 50 ms)"
    )
    for n in sizes:
        batch = corpus(work, n, fmt, seed=202)
        env = env_with_cache(work / f"cache-mem-{n}")
        wall, tree, parent = peak_rss(review_cmd(batch, workers, work / f"mem-{n}.jsonl"), env)
        print(f"  {n:6d} cases  {wall:7.1f} s  peak total {tree:7.0f} MiB  peak parent {parent:6.0f} MiB")


def bench_startup(work: Path, runs: int) -> None:
    """Wall time of ``casecheck review`` on one case (fresh cache each time)."""
    batch = corpus(work, 2, "txt", seed=303)
    case = next(p for p in sorted(batch.iterdir()) if p.name.startswith("case_"))
    times = []
    for i in range(runs):
        env = env_with_cache(work / f"cache-start-{i}")
        times.append(timed([PY, "-m", "casecheck.cli", "review", str(case)], env)[0])
    print(f"start-up: casecheck review on one case, {runs} runs")
    print(
        f"  median {statistics.median(times):.2f} s  min {min(times):.2f} s  max {max(times):.2f} s  (< 2 s)"
    )


def main() -> int:
    """Parse the arguments and run the chosen benchmarks."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=["text", "ocr", "memory", "startup", "all"])
    ap.add_argument("--n", type=int, help="cases (text: 1000, ocr: 4)")
    ap.add_argument("--sizes", default="100,1000,5000", help="memory: batch sizes")
    ap.add_argument("--format", default="pdf", help="memory: case format (txt, pdf …)")
    ap.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    ap.add_argument("--runs", type=int, default=5, help="startup: runs")
    ap.add_argument("--work", type=Path, help="folder for generated corpora (kept)")
    ap.add_argument("--quick", action="store_true", help="all: small sizes")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="casecheck-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; corpora in {work}")
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.what in ("text", "all"):
        bench_text(work, args.n or (200 if args.quick else 1000), args.workers)
    if args.what in ("ocr", "all"):
        bench_ocr(work, args.n or (2 if args.quick else 4), args.workers)
    if args.what in ("memory", "all"):
        bench_memory(work, [100, 500] if args.quick else sizes, args.workers, args.format)
    if args.what in ("startup", "all"):
        bench_startup(work, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())

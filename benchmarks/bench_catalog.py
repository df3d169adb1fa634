"""Time to load the shipped law catalog (cold, in a fresh process) against reading its bytes.

Run: python benchmarks/bench_catalog.py
"""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import time
t0 = time.perf_counter()
from casecheck.resources import rules_dir
raw = (rules_dir() / "laws" / "catalog.json.gz").read_bytes()
t1 = time.perf_counter()
from casecheck.laws.catalog import load_catalog
cat = load_catalog()
t2 = time.perf_counter()
print(f"{(t1 - t0) * 1000:.1f} {(t2 - t1) * 1000:.1f} {cat.stats()['articles']}")
"""


def main(runs: int = 5) -> None:
    """Print read and load times over several fresh processes."""
    rows = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True).stdout
        read_ms, load_ms, articles = out.split()
        rows.append((float(read_ms), float(load_ms)))
    best_read = min(r for r, _ in rows)
    best_load = min(load for _, load in rows)
    print(f"catalog: {articles} articles")
    print(f"read bytes: {best_read:.1f} ms   load+decode: {best_load:.1f} ms (best of {runs})")
    print(f"ratio load/read: {best_load / max(best_read, 0.01):.1f}x")


if __name__ == "__main__":
    main()

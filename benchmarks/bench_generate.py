"""Generator speed per format: seconds per case.

Run: python benchmarks/bench_generate.py [N]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from casecheck.generate.api import generate


def main(n: int = 150) -> None:
    """Print time per case for text, and for the slower formats on a few cases."""
    plan = [("txt", n), ("docx", 10), ("pdf", 10), ("ofd", 10), ("scan", 2)]
    for fmt, count in plan:
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            generate(count, 7, Path(tmp), (fmt,))
            dt = time.perf_counter() - t0
        print(f"{fmt:5} {count:4d} cases  {dt:7.2f} s  {dt / count * 1000:8.1f} ms/case")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 150)

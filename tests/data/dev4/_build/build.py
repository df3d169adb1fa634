"""Build every dev4 case: `python tests/data/dev4/_build/build.py`."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

CASES = sorted(p.stem for p in Path(__file__).resolve().parent.glob("c[0-9][0-9]_*.py"))

if __name__ == "__main__":
    for name in CASES:
        importlib.import_module(name).build()
        print("built", name)

"""Rebuild every held-out case volume: `python build.py` (from any directory)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def case_modules() -> list:
    """The per-case modules, in case order."""
    return [importlib.import_module(p.stem) for p in sorted(HERE.glob("c[0-9][0-9]_*.py"))]


def main() -> None:
    for mod in case_modules():
        mod.main()
        print("built", mod.CASE_ID)


if __name__ == "__main__":
    main()

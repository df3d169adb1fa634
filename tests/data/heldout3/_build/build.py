"""Build every heldout3 case into the folder above and write labels.jsonl.

Run: .venv/bin/python tests/data/heldout3/_build/build.py
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

from labels_src import CASES, write_labels  # noqa: E402


def main() -> None:
    for name in CASES:
        importlib.import_module(name).build(OUT)
    write_labels(OUT / "labels.jsonl")


if __name__ == "__main__":
    main()

"""Write every case of the dev3 corpus (run: python tests/data/dev3/_build/build_all.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cases import load  # noqa: E402

if __name__ == "__main__":
    for mod in load():
        print(mod.build())

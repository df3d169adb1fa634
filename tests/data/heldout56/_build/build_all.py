"""Build all seven case files of heldout56, then the labels."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import case01, case02, case03, case04, case05, case06, case07  # noqa: E401,E402

for c in (case01, case02, case03, case04, case05, case06, case07):
    print(c.build())
import make_labels  # noqa: E402,F401

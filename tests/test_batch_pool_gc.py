"""Pool workers collect garbage less often than the interpreter's default."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

from casecheck.batch.pool import GC_YOUNG_THRESHOLD, WorkerPool


def _thresholds(path: Path, context: Any) -> dict[str, Any]:
    return {"source": str(path), "status": "reviewed", "threshold": list(gc.get_threshold())}


def test_workers_raise_the_young_generation_threshold(tmp_path: Path) -> None:
    before = gc.get_threshold()
    records = list(WorkerPool(_thresholds, None, 1).map([tmp_path / "a"]))
    assert records[0]["threshold"][0] == GC_YOUNG_THRESHOLD > before[0]
    assert gc.get_threshold() == before  # the parent keeps its own

"""The shipped risk model loads from a wheel install (``casecheck/_data/models/default``), by the
fast path: ``model.npz`` and ``scoring.json`` ship beside ``model.skops``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_shipped_model_loads_from_the_wheel(tmp_path: Path) -> None:
    dist, target = tmp_path / "dist", tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("casecheck-*.whl"))
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from casecheck.score.model import load_model, resolve, score_record;"
        "m = load_model('default'); print(resolve('default')); print(m.model_id);"
        "r = score_record({}, {'findings': [], 'unreviewable': []}, 'default');"
        "print(0.0 <= r['probability'] <= 1.0, r['model'] == m.model_id);"
        "print(m.source, [k for k in sys.modules if k.split('.')[0] in ('sklearn', 'skops')])"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(target)], cwd=tmp_path, check=True, capture_output=True, text=True
    ).stdout.split("\n")
    assert out[0] == str(target / "casecheck" / "_data" / "models" / "default")
    assert out[1].startswith("default@")
    assert out[2] == "True True"
    # the export ships beside the skops file, so the wheel loads by the fast path (numpy only)
    assert out[3] == "npz []"

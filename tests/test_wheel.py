"""A non-editable install ships rules/ and models/ inside the package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_install_carries_rules_and_models(tmp_path: Path) -> None:
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
        "import casecheck, casecheck.resources as r;"
        "print(casecheck.__file__); print(r.rules_dir()); print(r.models_dir());"
        "from casecheck.ingest.doctypes import catalogue; print(len(catalogue()))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(target)], cwd=tmp_path, check=True, capture_output=True, text=True
    ).stdout.split("\n")
    assert out[0].startswith(str(target))
    assert out[1] == str(target / "casecheck" / "_data" / "rules")
    assert out[2] == str(target / "casecheck" / "_data" / "models")
    assert int(out[3]) > 20

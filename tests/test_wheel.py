"""A non-editable install (from the wheel) ships rules/ and models/ inside the package, and the
shipped risk model loads from there by the fast path (numpy only)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """casecheck built as a wheel and installed into a private folder (once for this module)."""
    base = tmp_path_factory.mktemp("wheel")
    dist, target = base / "dist", base / "site"
    pip = [sys.executable, "-m", "pip"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)], check=True, capture_output=True
    )
    wheel = next(dist.glob("casecheck-*.whl"))
    subprocess.run(
        [*pip, "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    return target


def probe(target: Path, code: str) -> list[str]:
    """Run ``code`` with only the installed copy of casecheck importable first; its output lines."""
    script = "import sys; sys.path.insert(0, sys.argv[1]);" + code
    out = subprocess.run(
        [sys.executable, "-c", script, str(target)],
        cwd=target.parent,
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.split("\n")


@pytest.mark.slow
def test_wheel_install_carries_rules_and_models(installed: Path) -> None:
    out = probe(
        installed,
        "import casecheck, casecheck.resources as r;"
        "print(casecheck.__file__); print(r.rules_dir()); print(r.models_dir());"
        "from casecheck.ingest.doctypes import catalogue; print(len(catalogue()))",
    )
    assert out[0].startswith(str(installed))
    assert out[1] == str(installed / "casecheck" / "_data" / "rules")
    assert out[2] == str(installed / "casecheck" / "_data" / "models")
    assert int(out[3]) > 20


@pytest.mark.slow
def test_shipped_model_loads_from_the_wheel(installed: Path) -> None:
    out = probe(
        installed,
        "from casecheck.score.model import load_model, resolve, score_record;"
        "m = load_model('default'); print(resolve('default')); print(m.model_id);"
        "r = score_record({}, {'findings': [], 'unreviewable': []}, 'default');"
        "print(0.0 <= r['probability'] <= 1.0, r['model'] == m.model_id);"
        "print(m.source, [k for k in sys.modules if k.split('.')[0] in ('sklearn', 'skops')])",
    )
    assert out[0] == str(installed / "casecheck" / "_data" / "models" / "default")
    assert out[1].startswith("default@")
    assert out[2] == "True True"
    # the export ships beside the skops file, so the wheel loads by the fast path (numpy only)
    assert out[3] == "npz []"

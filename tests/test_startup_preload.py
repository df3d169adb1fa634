"""Start-up work done once: the batch parent preloads what workers share; YAML via libyaml."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml

from casecheck.api import ReviewOptions
from casecheck.batch.runner import TaskContext, preload, review_task
from casecheck.resources import load_yaml, rules_dir

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def test_load_yaml_equals_safe_load_on_every_shipped_file() -> None:
    files = sorted(rules_dir().rglob("*.yaml"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert load_yaml(text) == yaml.safe_load(text), path


def test_load_yaml_raises_safe_loads_error_with_its_message() -> None:
    bad = "name: a\nrules: [a, b\nx: 1\n"
    with pytest.raises(yaml.YAMLError) as ours:
        load_yaml(bad)
    with pytest.raises(yaml.YAMLError) as theirs:
        yaml.safe_load(bad)
    assert str(ours.value) == str(theirs.value)
    assert "^" in str(ours.value)  # the pure-Python parser's message, quoting the line


def test_preload_warms_what_a_worker_needs(tmp_path: Path) -> None:
    from casecheck.batch.cache import extraction_fingerprint
    from casecheck.checks.rulepack import kinds
    from casecheck.ingest.doctypes import catalogue

    warmed = (kinds, catalogue, extraction_fingerprint)
    for fn in warmed:
        fn.cache_clear()
    preload(TaskContext(ReviewOptions(cache_dir=tmp_path, model=None, ocr=False)))
    for fn in warmed:
        assert fn.cache_info().currsize == 1, fn


def test_preload_failure_is_left_to_the_workers(tmp_path: Path) -> None:
    """A profile that cannot load does not stop the preload; the worker reports it per case."""
    ctx = TaskContext(ReviewOptions(profile=str(tmp_path / "missing.yaml"), cache_dir=tmp_path, model=None))
    preload(ctx)  # no exception


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forked workers")
def test_forked_worker_after_preload_reviews_like_a_cold_one(tmp_path: Path) -> None:
    case = SAMPLES / "case_2024_00000.txt"
    cold = review_task(case, TaskContext(ReviewOptions(cache_dir=tmp_path / "a", model=None), cache=False))
    ctx = TaskContext(ReviewOptions(cache_dir=tmp_path / "b", model=None))
    preload(ctx)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: what a pool worker does
        rec = review_task(case, ctx)
        os.write(write, json.dumps(rec, ensure_ascii=False).encode())
        os._exit(0)
    os.close(write)
    chunks = []
    while chunk := os.read(read, 65536):
        chunks.append(chunk)
    os.waitpid(pid, 0)
    assert json.loads(b"".join(chunks)) == json.loads(json.dumps(cold, ensure_ascii=False))

"""The fast load path: ``model.npz`` + ``scoring.json`` read with numpy alone.

It must predict and explain exactly what the skops path does, never import sklearn or skops, refuse
modified export files, and fall back to the skops file when the export is absent or stale.
"""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from casecheck.resources import models_dir
from casecheck.score import features
from casecheck.score.export import export_model
from casecheck.score.model import (
    ARRAYS,
    ARRAYS_FILE,
    EXPORT_HASH_KEYS,
    META_FILE,
    SCORING_FILE,
    ModelError,
    RiskModel,
    read_model,
    sha256_file,
)

ROOT = Path(__file__).resolve().parents[1]
TOLERANCE = 1e-9
N_CASES = 60


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "m"
    shutil.copytree(models_dir() / "default", folder)
    return folder


def _meta(folder: Path) -> dict[str, Any]:
    return json.loads((folder / META_FILE).read_text(encoding="utf-8"))


def _write_meta(folder: Path, meta: dict[str, Any]) -> None:
    (folder / META_FILE).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")


@pytest.fixture(scope="module")
def both() -> tuple[RiskModel, RiskModel]:
    """The shipped model loaded by each path: (fast, skops)."""
    folder = models_dir() / "default"
    return read_model(folder), read_model(folder, fast=False)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[dict[str, float], str]]:
    """Features of ``N_CASES`` generated cases (reviewed like the pipeline does), plus edge cases."""
    from casecheck.api import ReviewOptions, document_entries
    from casecheck.checks.engine import check_case
    from casecheck.extract.case import extract_case
    from casecheck.generate.api import generate
    from casecheck.ingest.case import load_case
    from casecheck.model import ReviewRecord

    corpus = tmp_path_factory.mktemp("corpus")
    generate(N_CASES, 4711, corpus, ("txt",))
    options = ReviewOptions(roster=corpus / "roster.csv", model=None)
    out = []
    for path in sorted(p for p in corpus.iterdir() if p.name.startswith("case_")):
        facts = dict(extract_case(load_case(path)))
        outcome = check_case(facts, options)
        record = ReviewRecord(case_id=path.stem, source=str(path))
        record.documents = document_entries(facts)
        record.findings, record.unreviewable = list(outcome.findings), list(outcome.unreviewable)
        out.append(features.case_features(facts, record))
    assert len(out) >= 50
    out.append(features.case_features({}, {"findings": [], "unreviewable": []}))
    return out


def _assert_same_risk(fast: dict[str, Any], slow: dict[str, Any]) -> None:
    assert abs(fast["probability"] - slow["probability"]) <= TOLERANCE
    assert fast["flag"] == slow["flag"]
    assert fast["model"] == slow["model"] and fast["threshold"] == slow["threshold"]
    assert fast["heads"].keys() == slow["heads"].keys()
    for head, got in fast["heads"].items():
        assert abs(got["probability"] - slow["heads"][head]["probability"]) <= TOLERANCE
        assert got["flag"] == slow["heads"][head]["flag"]
    assert [(f["feature"], f["text"]) for f in fast["factors"]] == [
        (f["feature"], f["text"]) for f in slow["factors"]
    ]
    for a, b in zip(fast["factors"], slow["factors"], strict=True):
        assert abs(a["weight"] - b["weight"]) <= TOLERANCE


def test_the_shipped_model_loads_by_the_fast_path(both: tuple[RiskModel, RiskModel]) -> None:
    fast, slow = both
    assert (fast.source, slow.source) == ("npz", "skops")
    assert fast.estimators is None and slow.estimators is not None
    assert fast.model_id == slow.model_id and fast.meta == slow.meta
    assert fast.names == slow.names and fast.head_names == slow.head_names
    assert fast.scoring == slow.scoring
    for name in ARRAYS:
        assert np.array_equal(fast.arrays[name], slow.arrays[name]), name


@pytest.mark.slow
def test_fast_and_skops_paths_agree_on_generated_cases(
    both: tuple[RiskModel, RiskModel], generated: list[tuple[dict[str, float], str]]
) -> None:
    fast, slow = both
    flags = set()
    for numeric, text in generated:
        mine, theirs = fast.predict(numeric, text), slow.predict(numeric, text)
        _assert_same_risk(mine, theirs)
        flags.add(mine["flag"])
        # and the fast tf-idf still equals sklearn's on real case text
        sk = slow.estimators["tfidf"].transform([text]).toarray()[0]  # type: ignore[index]
        assert abs(fast._tfidf_row(text) - sk).max() < 1e-12
    assert flags == {True, False}, "the generated cases should include flagged and unflagged ones"


def test_fast_path_imports_neither_sklearn_nor_skops() -> None:
    probe = (
        "import sys, json\n"
        "from pathlib import Path\n"
        "from casecheck.api import review_path\n"
        "from casecheck.score.model import load_model\n"
        f"record = review_path(Path({str(ROOT / 'samples' / 'case_2024_00003.txt')!r}))\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sklearn', 'skops', 'scipy'))\n"
        "print(json.dumps([load_model('default').source, record.risk is not None, heavy]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    source, scored, heavy = json.loads(out.strip().splitlines()[-1])
    assert source == "npz" and scored
    assert heavy == []


def test_the_export_is_plain_arrays_and_json() -> None:
    folder = models_dir() / "default"
    with np.load(folder / ARRAYS_FILE, allow_pickle=False) as npz:
        assert sorted(npz.files) == sorted(ARRAYS)
        for name in npz.files:
            assert npz[name].dtype == np.float64, name
    scoring = json.loads((folder / SCORING_FILE).read_text(encoding="utf-8"))
    meta = _meta(folder)
    assert scoring["model_sha256"] == meta["sha256"]
    assert all(isinstance(t, str) for t in scoring["vocabulary"])
    for name, key in EXPORT_HASH_KEYS.items():
        assert meta[key] == sha256_file(folder / name)


@pytest.mark.parametrize("name", [ARRAYS_FILE, SCORING_FILE])
@pytest.mark.parametrize("fast", [True, False], ids=["fast", "skops"])
def test_a_tampered_export_file_is_refused(tmp_path: Path, name: str, fast: bool) -> None:
    folder = _copy(tmp_path)
    if name == ARRAYS_FILE:  # a valid npz with one coefficient changed
        with np.load(folder / name, allow_pickle=False) as npz:
            arrays = {k: npz[k] for k in npz.files}
        arrays["coef"][0, 0] += 1.0
        np.savez_compressed(folder / name, **arrays)
    else:
        scoring = json.loads((folder / name).read_text(encoding="utf-8"))
        scoring["vocabulary"][0], scoring["vocabulary"][1] = (
            scoring["vocabulary"][1],
            scoring["vocabulary"][0],
        )
        (folder / name).write_text(json.dumps(scoring, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ModelError, match=rf"{name.replace('.', '[.]')}: the file does not match the SHA-256"):
        read_model(folder, fast=fast)


def test_without_a_recorded_export_the_skops_path_is_used(
    tmp_path: Path, both: tuple[RiskModel, RiskModel]
) -> None:
    folder = _copy(tmp_path)
    meta = _meta(folder)
    for key in EXPORT_HASH_KEYS.values():
        del meta[key]
    _write_meta(folder, meta)
    # files that model.json does not vouch for are ignored, not trusted
    assert read_model(folder).source == "skops"
    for name in EXPORT_HASH_KEYS:
        (folder / name).unlink()
    model = read_model(folder)
    assert model.source == "skops"
    numeric, text = features.case_features({}, {"findings": [{"code": "DOC-03"}], "unreviewable": []})
    _assert_same_risk(model.predict(numeric, text), both[0].predict(numeric, text))


def test_a_missing_export_file_falls_back_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = _copy(tmp_path)
    (folder / ARRAYS_FILE).unlink()
    with caplog.at_level(logging.WARNING, logger="casecheck.score.model"):
        assert read_model(folder).source == "skops"
    assert "model.npz missing" in caplog.text


def test_a_stale_export_falls_back_to_the_skops_file(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = _copy(tmp_path)
    meta = _meta(folder)
    meta["thresholds"] = {**meta["thresholds"], "any": 0.5}  # hand-tuned after the export
    _write_meta(folder, meta)
    with caplog.at_level(logging.WARNING, logger="casecheck.score.model"):
        model = read_model(folder)
    assert model.source == "skops" and model.meta["thresholds"]["any"] == 0.5
    assert "disagrees with model.json on thresholds" in caplog.text
    # re-exporting makes the fast path usable again, with the new threshold
    export_model(folder)
    model = read_model(folder)
    assert model.source == "npz" and model.scoring["thresholds"]["any"] == 0.5


@pytest.mark.slow
def test_re_exporting_the_shipped_model_reproduces_its_export(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    export_model(folder)
    shipped = models_dir() / "default"
    assert (folder / SCORING_FILE).read_bytes() == (shipped / SCORING_FILE).read_bytes()
    with np.load(folder / ARRAYS_FILE) as a, np.load(shipped / ARRAYS_FILE) as b:
        for name in ARRAYS:
            assert np.array_equal(a[name], b[name]), name
    assert _meta(folder)["model_id"] == _meta(shipped)["model_id"]


def test_an_export_with_wrong_shapes_is_refused(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    with np.load(folder / ARRAYS_FILE, allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}
    arrays["idf"] = arrays["idf"][:-1]
    np.savez_compressed(folder / ARRAYS_FILE, **arrays)
    meta = _meta(folder)
    meta["npz_sha256"] = sha256_file(folder / ARRAYS_FILE)
    _write_meta(folder, meta)
    with pytest.raises(ModelError, match="array 'idf'"):
        read_model(folder)

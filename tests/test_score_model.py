"""The risk scorer: the shipped model loads, a tampered or mismatched model is refused (on both
load paths), factors are stable for a fixed model and input, and the fast tf-idf equals sklearn's.
The fast load path itself (arrays vs skops) is tested in ``test_score_fastpath.py``."""

from __future__ import annotations

import json
import math
import re
import shutil
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from casecheck.resources import models_dir
from casecheck.score import features
from casecheck.score.model import (
    ARRAYS_FILE,
    HEADS,
    META_FILE,
    MODEL_FILE,
    ModelError,
    RiskModel,
    read_model,
    score_record,
    sha256_file,
)

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "case_2024_00001.txt"  # labelled DISC-01 + DOC-08


@cache
def shipped() -> RiskModel:
    return read_model(models_dir() / "default")


@cache
def sample_case() -> tuple[dict[str, Any], dict[str, Any]]:
    """Facts and record of one sample case, as the pipeline hands them to the scorer."""
    from casecheck.api import ReviewOptions, document_entries
    from casecheck.checks.engine import check_case
    from casecheck.extract.case import extract_case
    from casecheck.ingest.case import load_case
    from casecheck.model import ReviewRecord

    facts = dict(extract_case(load_case(SAMPLE)))
    options = ReviewOptions()
    outcome = check_case(facts, options)
    record = ReviewRecord(case_id="case_2024_00001", source=str(SAMPLE))
    record.documents = document_entries(facts)
    record.findings, record.unreviewable = list(outcome.findings), list(outcome.unreviewable)
    return facts, record.to_dict()


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "m"
    shutil.copytree(models_dir() / "default", folder)
    return folder


def _edit_meta(folder: Path, **changes: Any) -> None:
    meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
    meta.update(changes)
    (folder / META_FILE).write_text(json.dumps(meta), encoding="utf-8")


def test_shipped_model_is_small_and_matches_the_code() -> None:
    folder = models_dir() / "default"
    assert (folder / MODEL_FILE).stat().st_size < 5 * 1024 * 1024
    assert (folder / ARRAYS_FILE).stat().st_size < 1024 * 1024
    model = shipped()
    assert model.source == "npz"
    assert model.meta["feature_schema_hash"] == features.schema_hash()
    assert set(model.head_names) == set(HEADS)
    assert model.model_id.startswith("default@")


def test_score_record_gives_the_contract_risk() -> None:
    facts, record = sample_case()
    risk = score_record(facts, record, "default")
    assert risk is not None
    assert 0.0 <= risk["probability"] <= 1.0
    assert isinstance(risk["flag"], bool)
    assert risk["model"] == shipped().model_id
    assert 1 <= len(risk["factors"]) <= 5
    for f in risk["factors"]:
        assert set(f) == {"feature", "weight", "text"}
        assert f["feature"] in shipped().names
        assert isinstance(f["weight"], float) and f["text"]
    assert set(risk["heads"]) == set(HEADS)
    # a case with rule-reported defects ranks as likely defective
    assert risk["probability"] > 0.5


def test_factors_are_stable_for_a_fixed_model_and_input(tmp_path: Path) -> None:
    facts, record = sample_case()
    first = score_record(facts, record, "default")
    again = read_model(_copy(tmp_path)).predict(*features.case_features(facts, record))
    assert again["factors"] == first["factors"]
    assert again["probability"] == first["probability"]
    # the order of findings and documents in the input does not change the factors
    shuffled = {**record, "findings": list(reversed(record["findings"]))}
    assert score_record(facts, shuffled, "default")["factors"] == first["factors"]


# A fixed input (facts and record written out, so extraction changes cannot move it): a file whose
# 笔录 records 主动消除 while the decision punishes at 一般 without saying why (a DISC-03 pattern).
FIXED_FACTS: dict[str, Any] = {
    "procedure": "普通",
    "page_count": 14,
    "party": {"kind": {"value": "单位"}},
    "timeline": {
        "violation": {"value": "2024-03-01"},
        "filing": {"value": "2024-03-02"},
        "notice": {"value": "2024-04-10"},
        "notice_served": {"value": "2024-04-11"},
        "decision": {"value": "2024-04-25"},
        "decision_served": {"value": "2024-04-26"},
    },
    "penalty": {"fine": {"value": 20000.0}},
    "documents": [
        {"doc_type": "立案审批表", "ref": "立案审批表", "date": {"value": "2024-03-02"}},
        {
            "doc_type": "询问笔录",
            "ref": "询问笔录",
            "date": {"value": "2024-03-05"},
            "markers": {
                "mitigation_ground": {
                    "value": True,
                    "evidence": {"quote": "我们已经主动消除了违法行为的危害后果", "start": 300},
                }
            },
        },
        {
            "doc_type": "调查终结报告",
            "ref": "调查终结报告",
            "date": {"value": "2024-04-08"},
            "dates": {
                "violation": {"value": "2024-03-01", "evidence": {"quote": "2024年3月1日", "start": 120}}
            },
        },
        {"doc_type": "行政处罚事先告知书", "ref": "行政处罚事先告知书", "date": {"value": "2024-04-10"}},
        {
            "doc_type": "行政处罚决定书",
            "ref": "行政处罚决定书",
            "date": {"value": "2024-04-25"},
            "dates": {
                "violation": {"value": "2024-03-01", "evidence": {"quote": "2024年3月1日", "start": 200}}
            },
            "discretion": {
                "level": "一般",
                "reason": "本局认为应按一般情节予以处罚",
                "evidence": {
                    "quote": "综合考虑当事人违法行为的事实、性质、情节，本局认为应按一般情节予以处罚",
                    "start": 400,
                },
            },
            "amounts": [
                {"kind": "fine", "value": 20000.0, "evidence": {"quote": "罚款20000元", "start": 500}}
            ],
        },
    ],
}
FIXED_RECORD: dict[str, Any] = {
    "findings": [{"code": "DISC-03", "severity": "warn", "points": 0}],
    "unreviewable": [{"rule": "SUBJ-004", "code": "SUBJ-04", "reason": "无名册"}],
}
# The shipped model's factors for the fixed input; retraining the default model changes them (update both).
GOLDEN_MODEL = "default@bc2da5947052"
GOLDEN_FACTORS: list[dict[str, Any]] = [
    {
        "feature": "finding:DISC-03",
        "weight": 5.8558,
        "text": "规则发现“法定从轻减轻或不予处罚情节未适用”（DISC-03）",
    },
    {"feature": "severity:warn", "weight": 4.7264, "text": "存在提示项"},
    {"feature": "decision_quotes_chars", "weight": 3.7706, "text": "决定书可识别的要素较少"},
    {"feature": "severity:deduct", "weight": -1.0981, "text": "不存在扣分项"},
    {"feature": "decision_dates_total", "weight": 1.0587, "text": "决定书载明的日期较少"},
]


def test_factors_match_the_golden_values_of_the_shipped_model() -> None:
    risk = score_record(FIXED_FACTS, FIXED_RECORD, "default")
    assert risk["model"] == GOLDEN_MODEL, "the shipped model changed: update GOLDEN_MODEL and GOLDEN_FACTORS"
    assert risk["factors"] == GOLDEN_FACTORS


def test_fast_tfidf_equals_sklearn() -> None:
    facts, record = sample_case()
    fast, slow = shipped(), read_model(models_dir() / "default", fast=False)
    assert slow.estimators is not None
    texts = [
        features.case_features(facts, record)[1],
        "经查，当事人存在  违法行为。\n\n  ",
        "",
        "x",
        "ＡＢc  D",
    ]
    for text in texts:
        theirs = slow.estimators["tfidf"].transform([text]).toarray()[0]
        for model in (fast, slow):
            assert abs(model._tfidf_row(text) - theirs).max() < 1e-12


def test_features_have_the_schema_names_and_no_nan() -> None:
    facts, record = sample_case()
    numeric, text = features.case_features(facts, record)
    assert tuple(numeric) == features.NUMERIC_FEATURES
    assert all(v == v for v in numeric.values())
    assert numeric["finding:DISC-01"] >= 1
    assert "行政处罚决定书" in text
    empty, empty_text = features.case_features({}, {"findings": [], "unreviewable": []})
    assert tuple(empty) == features.NUMERIC_FEATURES and empty_text == ""


@pytest.mark.parametrize("fast", [True, False], ids=["fast", "skops"])
def test_a_tampered_model_file_is_refused(tmp_path: Path, fast: bool) -> None:
    folder = _copy(tmp_path)
    data = bytearray((folder / MODEL_FILE).read_bytes())
    data[len(data) // 2] ^= 0xFF
    (folder / MODEL_FILE).write_bytes(bytes(data))
    with pytest.raises(ModelError, match=r"model\.skops: the file does not match the SHA-256"):
        read_model(folder, fast=fast)


@pytest.mark.parametrize("text", ["{", "null", "\xff"])
def test_a_model_description_that_is_no_json_object_is_refused(tmp_path: Path, text: str) -> None:
    folder = _copy(tmp_path)
    (folder / "model.json").write_bytes(text.encode("latin-1"))
    with pytest.raises(ModelError, match="not a model description"):
        read_model(folder, fast=True)


@pytest.mark.parametrize("fast", [True, False], ids=["fast", "skops"])
def test_a_model_for_another_feature_schema_is_refused(tmp_path: Path, fast: bool) -> None:
    folder = _copy(tmp_path)
    _edit_meta(folder, feature_schema_hash="0123456789abcdef")
    with pytest.raises(ModelError, match="feature schema 0123456789abcdef"):
        read_model(folder, fast=fast)


@pytest.mark.parametrize("fast", [True, False], ids=["fast", "skops"])
def test_a_model_for_another_casecheck_version_is_refused(tmp_path: Path, fast: bool) -> None:
    folder = _copy(tmp_path)
    _edit_meta(folder, casecheck_version="0.0.1")
    with pytest.raises(ModelError, match=r"casecheck 0\.0\.1"):
        read_model(folder, fast=fast)


def test_a_model_holding_an_untrusted_type_is_refused(tmp_path: Path) -> None:
    import skops.io as sio
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    folder = _copy(tmp_path)
    sio.dump({"heads": {}, "evil": Pipeline([("s", StandardScaler())])}, folder / MODEL_FILE)
    _edit_meta(folder, sha256=sha256_file(folder / MODEL_FILE))
    # the export now names another skops file, so even the fast path falls back and refuses it
    with pytest.raises(ModelError, match="allow-list"):
        read_model(folder)


def test_a_missing_model_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="no risk model"):
        read_model(tmp_path)


def _plain_tfidf_row(model: RiskModel, text: str) -> tuple[Any, list[int]]:
    """The tf-idf row as one Python loop over the n-grams (the scorer's form before it packed the
    n-grams into integers and looked them up in sorted arrays), and its entries' order."""
    doc = re.sub(r"\s\s+", " ", text.lower())
    counts: dict[int, int] = {}
    lo, hi = model._ngrams
    for n in range(lo, min(hi, len(doc)) + 1):
        for i in range(len(doc) - n + 1):
            j = model._vocab.get(doc[i : i + n])
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
    row = np.zeros(len(model._vocab))
    if counts:
        idx = np.fromiter(counts.keys(), dtype=int, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=float, count=len(counts))
        row[idx] = (np.log(tf) + 1.0) * model._idf[idx]
        norm = np.sqrt((row[idx] ** 2).sum())
        if norm > 0:
            row[idx] /= norm
    return row, list(counts)


def test_counted_ngrams_give_the_plain_loops_row_to_the_last_bit() -> None:
    """Same entries in the same order (the l2 norm sums them in that order, and a float sum in
    another order may differ in its last bit): bit-identical rows, so records' risk figures do not
    move."""
    model = shipped()
    assert model._ngrams == (1, 3) and model._lowercase and model._sublinear
    facts, record = sample_case()
    texts = [features.case_features(facts, record)[1], "", "x", "ab", "  \n ", "ＡＢc  D 经查经查经查"]
    unpacked = read_model(models_dir() / "default")
    unpacked._gram_tables = {}  # the lookup a model with n-grams longer than 3 characters uses
    for text in texts:
        row, order = _plain_tfidf_row(model, text)
        for m in (model, unpacked):
            assert m._tfidf_entries(text)[0].tolist() == order
            assert m._tfidf_row(text).tobytes() == row.tobytes()


def test_quotes_collected_once_a_case_give_the_same_features() -> None:
    """``case_features`` walks each document's quotes once (the decision's serve two features)."""
    facts, record = sample_case()
    numeric, text = features.case_features(facts, record)
    assert text == features.case_text(facts)  # without the memo: each document walked again
    dec = next(d for d in facts["documents"] if d["doc_type"] in features.DECISION_TYPES)
    assert numeric["decision_quotes_chars"] == math.log1p(sum(len(q) for q in features._quotes(dec)))

"""Training: reviewer feedback overrides labels, bad feedback is refused, and a small corpus with
feedback trains a model that loads and records what it was trained on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casecheck.score.train import TrainError, read_feedback, targets, train, truth_codes

RECORD = {
    "findings": [{"code": "DOC-03"}, {"code": "SUBJ-02"}, {"code": "EVID-02"}],
    "unreviewable": [],
}


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_feedback_overrides_labels() -> None:
    fb = {
        "case_id": "c1",
        "confirmed": ["SERV-01"],
        "dismissed": ["SUBJ-02"],
        "judgement": {"EVID-02": False, "DISC-03": True},
        "reviewer": "张三",
        "date": "2026-11-20",
    }
    assert truth_codes(RECORD, {"LAW-01"}, fb) == {"DOC-03", "SERV-01", "DISC-03"}
    assert truth_codes(RECORD, {"LAW-01"}, None) == {"LAW-01"}


def test_targets_per_head() -> None:
    y = targets({"SERV-01", "DISC-03"}, RECORD)
    assert y == {"any": 1, "fact": 1, "judgement": 1, "EVID-02": 0, "DISC-03": 1, "unreported": 1}
    assert targets(set(), RECORD)["any"] == 0
    assert targets({"DOC-03"}, RECORD)["unreported"] == 0


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"confirmed": [], "reviewer": "a", "date": "2026-01-01"}, "case_id missing"),
        ({"case_id": "c", "confirmed": "DOC-03", "reviewer": "a", "date": "2026-01-01"}, "confirmed"),
        (
            {"case_id": "c", "judgement": {"EVID-02": "yes"}, "reviewer": "a", "date": "2026-01-01"},
            "judgement",
        ),
        ({"case_id": "c", "date": "2026-01-01"}, "reviewer missing"),
    ],
)
def test_bad_feedback_is_refused(tmp_path: Path, row: dict, message: str) -> None:
    with pytest.raises(TrainError, match=message):
        read_feedback(_write(tmp_path / "fb.jsonl", [row]))


def test_later_feedback_for_a_case_wins(tmp_path: Path) -> None:
    rows = [
        {"case_id": "c", "dismissed": ["DOC-03"], "reviewer": "a", "date": "2026-01-01"},
        {"case_id": "c", "confirmed": ["DOC-03"], "reviewer": "b", "date": "2026-01-02"},
    ]
    assert read_feedback(_write(tmp_path / "fb.jsonl", rows))["c"]["reviewer"] == "b"


def test_training_needs_labels_or_feedback(tmp_path: Path) -> None:
    with pytest.raises(TrainError, match="labels, reviewer feedback"):
        train(None, [], tmp_path / "m")


def test_training_refuses_records_whose_cases_cannot_be_read(tmp_path: Path) -> None:
    records = [
        {"case_id": f"c{i}", "status": "reviewed", "source": f"gone/c{i}.txt", "findings": []}
        for i in range(50)
    ]
    labels = _write(tmp_path / "labels.jsonl", [{"case_id": f"c{i}", "codes": []} for i in range(50)])
    with pytest.raises(TrainError, match="cannot be read again"):
        train(labels, records, tmp_path / "m", workers=1, base=tmp_path)


@pytest.mark.slow
def test_train_on_a_small_corpus_with_feedback(tmp_path: Path) -> None:
    from casecheck.api import ReviewOptions
    from casecheck.batch.runner import batch_children, review_many
    from casecheck.generate.api import generate
    from casecheck.score.features import case_features
    from casecheck.score.model import HEADS, read_model, score_record

    corpus = tmp_path / "corpus"
    generate(200, 31, corpus, ("txt",), defect_rate=0.8)
    options = ReviewOptions(roster=corpus / "roster.csv", model=None)
    records = list(review_many(batch_children(corpus), options, workers=2))
    labels = [json.loads(x) for x in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    feedback = _write(
        tmp_path / "feedback.jsonl",
        [
            {
                "case_id": lab["case_id"],
                "confirmed": lab["codes"],
                "dismissed": [],
                "judgement": {c: c in lab["codes"] for c in ("EVID-02", "DISC-03")},
                "reviewer": "测试员",
                "date": "2026-11-20",
            }
            for lab in labels[:40]
        ],
    )
    summary = train(corpus / "labels.jsonl", records, tmp_path / "camp", feedback, workers=2)
    assert summary.cases == 200 and summary.feedback_cases == 40
    model = read_model(tmp_path / "camp")
    assert model.model_id == summary.model_id and model.model_id.startswith("camp@")
    on = model.meta["trained_on"]
    assert on["reviewers"] == ["测试员"] and on["feedback_cases"] == 40
    assert "测试员" in (tmp_path / "camp" / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert summary.test["roc_auc_any_defect"] > 0.8
    # heads with too few positive cases (here: defects the rules missed) are left out, and said so
    assert set(model.head_names) | set(model.meta["heads_untrained"]) == set(HEADS)
    risk = score_record({}, records[0], tmp_path / "camp")
    assert set(risk["heads"]) == set(model.head_names) and 0 <= risk["probability"] <= 1
    # the fast load path's export is written with the model and gives what the skops file gives
    assert model.source == "npz"
    assert model.meta["npz_sha256"] and model.meta["scoring_sha256"]
    slow = read_model(tmp_path / "camp", fast=False)
    assert slow.source == "skops"
    numeric, text = case_features({}, records[0])
    assert model.predict(numeric, text) == slow.predict(numeric, text)

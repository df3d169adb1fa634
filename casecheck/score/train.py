"""Train a risk model from labelled cases and reviewers' decisions: ``train(...) -> TrainSummary``.

Inputs:

* ``labels_path`` — generator labels (``labels.jsonl``: ``case_id`` and ``codes``), or ``None``.
* ``records`` — review records (dicts) of the same cases; their ``source`` paths are read again
  to get each case's ``CaseFacts`` (relative paths resolve against ``base``).
* ``feedback`` — reviewers' decisions exported by the workbench/store, JSON Lines, one object per
  reviewed case (later lines for the same case win)::

      {"case_id": "case_7101_00012", "confirmed": ["SERV-01"], "dismissed": ["DOC-03"],
       "judgement": {"EVID-02": true, "DISC-03": false}, "reviewer": "张三", "date": "2026-11-20"}

  A case's defects are then its record's finding codes minus ``dismissed``, plus ``confirmed``,
  plus the judgement codes marked ``true``, minus those marked ``false`` — reviewers' decisions
  override generator labels. Findings a reviewer neither confirmed nor dismissed count as defects.

Split 85/15 (stratified on has-defect × has-judgement-defect) into development and test. On the
development part, 5-fold out-of-fold logits of each head (class-weighted logistic regression over
scaled numeric features and character 1–3-gram tf-idf) choose the combination weight ``alpha``,
fit the sigmoid calibrators and tune the recall thresholds — the same as sklearn's
``CalibratedClassifierCV(method="sigmoid", ensemble=False)``; the heads are then refitted on the
whole development part and the test part gives the figures stored with the model. The model is
saved as ``model.skops`` plus its arrays for the fast load path (``model.npz`` + ``scoring.json``,
checked to reproduce sklearn's probabilities on the test split), their hashes in ``model.json``.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from casecheck.score.export import with_export_hashes
from casecheck.score.features import (
    CODES,
    case_features,
    schema,
    schema_hash,
    vector,
)
from casecheck.score.metrics import auc, ranking_figures, recall_threshold
from casecheck.score.model import (
    HEADS,
    META_FILE,
    MODEL_FILE,
    REQUIRED_HEADS,
    TRUSTED_TYPES,
    RiskModel,
    export_scoring,
    model_types,
    sha256_file,
    write_export,
)

JUDGEMENT = frozenset({"EVID-02", "DISC-03"})
ALPHAS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0)
RECALL_TARGET = {
    "any": 0.95,
    "fact": 0.95,
    "judgement": 0.9,
    "EVID-02": 0.9,
    "DISC-03": 0.9,
    "unreported": 0.9,
}
SPLIT = (0.85, 0.15)  # development (5-fold: fit / validation), test
FOLDS = 5


class TrainError(ValueError):
    """Training inputs that cannot make a model (no labels, one class only, unreadable cases)."""


@dataclass
class TrainSummary:
    """What ``train`` did: where the model is, on what data, how long, and its test figures."""

    out_dir: Path
    model_id: str
    cases: int
    split: dict[str, int]
    positives: dict[str, int]
    feedback_cases: int
    alpha: float
    thresholds: dict[str, float]
    test: dict[str, Any]
    seconds: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form."""
        return {
            "out_dir": str(self.out_dir),
            "model_id": self.model_id,
            "cases": self.cases,
            "split": self.split,
            "positives": self.positives,
            "feedback_cases": self.feedback_cases,
            "alpha": self.alpha,
            "thresholds": self.thresholds,
            "test": self.test,
            "seconds": self.seconds,
        }


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """JSON Lines (``jsonl.read_jsonl``); a file that cannot be used is a ``TrainError``."""
    from casecheck.jsonl import JsonlError
    from casecheck.jsonl import read_jsonl as read

    try:
        return read(path)
    except JsonlError as exc:
        raise TrainError(str(exc)) from exc


def read_feedback(path: Path) -> dict[str, dict[str, Any]]:
    """Reviewers' decisions by case id (later lines win); each line is validated."""
    out: dict[str, dict[str, Any]] = {}
    for n, row in enumerate(read_jsonl(path), 1):
        where = f"{path}: entry {n}"
        if not isinstance(row.get("case_id"), str):
            raise TrainError(f"{where}: case_id missing")
        for key in ("confirmed", "dismissed"):
            v = row.get(key, [])
            if not isinstance(v, list) or not all(isinstance(c, str) for c in v):
                raise TrainError(f"{where}: {key} must be a list of defect codes")
        judgement = row.get("judgement", {})
        if not isinstance(judgement, dict) or not all(isinstance(b, bool) for b in judgement.values()):
            raise TrainError(f"{where}: judgement must map codes to true/false")
        for key in ("reviewer", "date"):
            if not isinstance(row.get(key), str):
                raise TrainError(f"{where}: {key} missing")
        out[row["case_id"]] = row
    return out


def truth_codes(record: Mapping[str, Any], label: set[str] | None, fb: Mapping[str, Any] | None) -> set[str]:
    """The case's defect codes: reviewer feedback over generator labels (see module docstring)."""
    if fb is None:
        return set(label or ())
    found = {f.get("code") for f in record.get("findings") or []}
    codes = (found - set(fb.get("dismissed", []))) | set(fb.get("confirmed", []))
    for code, yes in (fb.get("judgement") or {}).items():
        (codes.add if yes else codes.discard)(code)
    return {c for c in codes if c}


def targets(codes: set[str], record: Mapping[str, Any]) -> dict[str, int]:
    """0/1 per head (plus ``any``) for a case with defect ``codes``."""
    found = {f.get("code") for f in record.get("findings") or []}
    return {
        "any": int(bool(codes)),
        "fact": int(bool(codes - JUDGEMENT)),
        "judgement": int(bool(codes & JUDGEMENT)),
        "EVID-02": int("EVID-02" in codes),
        "DISC-03": int("DISC-03" in codes),
        "unreported": int(bool(codes - found)),
    }


def _facts_of(source: str) -> dict[str, Any] | None:
    """The case's facts, or None when the case can no longer be read (moved, unreadable)."""
    from casecheck.extract.case import extract_case
    from casecheck.ingest.case import load_case
    from casecheck.model import CaseError

    try:
        return dict(extract_case(load_case(Path(source), ocr=True)))
    except (CaseError, OSError):
        return None


def case_facts(sources: list[str], workers: int | None = None) -> list[dict[str, Any] | None]:
    """``CaseFacts`` of each source path (None where unreadable), extracted in a process pool."""
    workers = workers or max(1, len(os.sched_getaffinity(0)))
    if workers == 1 or len(sources) < 8:
        return [_facts_of(s) for s in sources]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_facts_of, sources, chunksize=8))


def _split(y_any: np.ndarray, y_j: np.ndarray, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Stratified 85/15 development/test indices over (has defect, has judgement defect)."""
    rng = np.random.default_rng(seed)
    parts: list[list[int]] = [[], []]
    for stratum in sorted(set(zip(y_any.tolist(), y_j.tolist(), strict=True))):
        idx = np.flatnonzero((y_any == stratum[0]) & (y_j == stratum[1]))
        rng.shuffle(idx)
        a = round(len(idx) * SPLIT[0])
        for part, chunk in zip(parts, (idx[:a], idx[a:]), strict=True):
            part.extend(chunk.tolist())
    return tuple(np.array(sorted(p), dtype=int) for p in parts)  # type: ignore[return-value]


def _head() -> Any:
    """One head: L2 logistic regression with balanced class weights."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=1.0, class_weight="balanced", max_iter=5000)


def train(
    labels_path: Path | None,
    records: Iterable[Mapping[str, Any]],
    out_dir: Path,
    feedback: Path | None = None,
    *,
    base: Path | None = None,
    workers: int | None = None,
    seed: int = 0,
    name: str | None = None,
) -> TrainSummary:
    """Train, calibrate, tune and save a model to ``out_dir`` (``model.skops``, its exported arrays
    ``model.npz`` + ``scoring.json``, ``model.json`` and ``MODEL_CARD.md``); see the module
    docstring for the inputs."""
    import skops.io as sio
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold
    from sklearn.preprocessing import StandardScaler

    t0 = time.perf_counter()
    if labels_path is None and feedback is None:
        raise TrainError("give labels, reviewer feedback, or both")
    labels = (
        {row["case_id"]: set(row.get("codes") or []) for row in read_jsonl(labels_path)}
        if labels_path
        else {}
    )
    fb = read_feedback(feedback) if feedback else {}
    used = [
        r
        for r in records
        if r.get("status") == "reviewed" and (r.get("case_id") in labels or r.get("case_id") in fb)
    ]
    if len(used) < 40:
        raise TrainError(f"only {len(used)} reviewed cases have labels or feedback; need at least 40")
    sources = [
        str((base / r["source"]) if base and not Path(r["source"]).is_absolute() else r["source"])
        for r in used
    ]
    facts_all = case_facts(sources, workers)
    unreadable = [s for s, f in zip(sources, facts_all, strict=True) if f is None]
    if len(unreadable) > len(sources) // 10:
        raise TrainError(
            f"{len(unreadable)} of {len(sources)} cases cannot be read again (first: {unreadable[0]}); "
            "are the records' source paths relative to another folder? (base)"
        )
    used = [r for r, f in zip(used, facts_all, strict=True) if f is not None]
    facts = [f for f in facts_all if f is not None]
    t_facts = time.perf_counter()
    feats = [case_features(f, r) for f, r in zip(facts, used, strict=True)]
    num = np.array([vector(n) for n, _ in feats], dtype=float)
    texts = [t for _, t in feats]
    codes = [truth_codes(r, labels.get(r["case_id"]), fb.get(r["case_id"])) for r in used]
    ys = {k: np.array([targets(c, r)[k] for c, r in zip(codes, used, strict=True)]) for k in ("any", *HEADS)}
    dev, te = _split(ys["any"], ys["judgement"], seed)
    fitted = [h for h in HEADS if ys[h][dev].sum() >= FOLDS]
    for h in REQUIRED_HEADS:
        if h not in fitted:
            raise TrainError(f"head {h}: {ys[h][dev].sum()} positive cases to learn from; label more cases")
    untrained = [h for h in HEADS if h not in fitted]

    tfidf = TfidfVectorizer(
        analyzer="char", ngram_range=(1, 3), min_df=3, max_features=8000, sublinear_tf=True
    )
    scaler = StandardScaler()
    x_txt = tfidf.fit_transform([texts[i] for i in dev])
    scaler.fit(num[dev])
    x = sparse.hstack([sparse.csr_matrix(scaler.transform(num)), tfidf.transform(texts)]).tocsr()
    # Out-of-fold logits over the development part: what the validation split sees, five times
    # over, so the combination weight, the calibrators and the thresholds rest on every dev case.
    oof = {h: np.zeros(len(ys[h])) for h in fitted}
    strata = ys["any"] * 2 + ys["judgement"]
    for fit_idx, val_idx in StratifiedKFold(FOLDS, shuffle=True, random_state=seed).split(dev, strata[dev]):
        a, b = dev[fit_idx], dev[val_idx]
        for h in fitted:
            if len(set(ys[h][a].tolist())) < 2:  # a rare code all in one fold: the prior log-odds
                oof[h][b] = np.log((ys[h][a].sum() + 0.5) / (len(a) - ys[h][a].sum() + 0.5))
                continue
            oof[h][b] = _head().fit(x[a], ys[h][a]).decision_function(x[b])
    heads = {h: _head().fit(x[dev], ys[h][dev]) for h in fitted}
    z = {h: m.decision_function(x) for h, m in heads.items()}
    for h in fitted:
        z[h][dev] = oof[h][dev]  # dev cases are scored out of fold; test cases by the final heads
    alpha = max(
        ALPHAS,
        key=lambda a: (
            min(auc(ys["any"][dev], (z["judgement"] + a * z["fact"])[dev]) or 0,
                auc(ys["judgement"][dev], (z["judgement"] + a * z["fact"])[dev]) or 0),
            -a,
        ),
    )  # fmt: skip
    z["any"] = z["judgement"] + alpha * z["fact"]
    calibrators, thresholds, p = {}, {}, {}
    for h in ("any", *fitted):
        cal = LogisticRegression(C=1e4, max_iter=1000).fit(z[h][dev].reshape(-1, 1), ys[h][dev])
        calibrators[h] = cal
        p[h] = cal.predict_proba(z[h].reshape(-1, 1))[:, 1]
        thresholds[h] = round(recall_threshold(ys[h][dev], p[h][dev], RECALL_TARGET[h]), 6)
    t_fit = time.perf_counter()

    test = ranking_figures({k: v[te] for k, v in ys.items()}, p["any"][te])
    test["heads_roc_auc"] = {h: auc(ys[h][te], p[h][te]) for h in fitted}
    test["flag_recall_any"] = (
        round(float((p["any"][te][ys["any"][te] == 1] >= thresholds["any"]).mean()), 4)
        if ys["any"][te].any()
        else None
    )
    test["flag_rate"] = round(float((p["any"][te] >= thresholds["any"]).mean()), 4)

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    file = out_dir / MODEL_FILE
    obj = {
        "tfidf": tfidf,
        "scaler": scaler,
        "heads": heads,
        "calibrators": calibrators,
        "text_mean": np.asarray(x_txt.mean(axis=0)).ravel(),
    }
    import zipfile

    sio.dump(obj, file, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
    untrusted = sorted(model_types(file) - set(TRUSTED_TYPES))
    if untrusted:
        raise TrainError(f"the model holds types outside the allow-list: {untrusted}")
    digest = sha256_file(file)
    from casecheck import __version__

    model_name = name or out_dir.name
    code_counts = Counter(c for cs in codes for c in cs)
    meta = {
        "model_id": f"{model_name}@{digest[:12]}",
        "casecheck_version": __version__,
        "feature_schema_hash": schema_hash(),
        "feature_schema": schema(),
        "sha256": digest,
        "alpha": alpha,
        "thresholds": thresholds,
        "recall_targets": RECALL_TARGET,
        "heads": {
            "any": "probability: P(case has any defect) — z_judgement + alpha·z_fact, sigmoid-calibrated",
            "fact": "P(case has a fact-code defect)",
            "judgement": "P(case has a judgement defect: EVID-02 or DISC-03)",
            "EVID-02": "P(违法事实要素不全)",
            "DISC-03": "P(法定从轻减轻情节未适用)",
            "unreported": "P(case has a defect the rules did not report) = labels minus findings",
        },
        "trained_on": {
            "trained_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "labels": str(labels_path) if labels_path else None,
            "feedback": str(feedback) if feedback else None,
            "feedback_cases": len([r for r in used if r["case_id"] in fb]),
            "reviewers": sorted({fb[r["case_id"]]["reviewer"] for r in used if r["case_id"] in fb}),
            "feedback_dates": _first_last(
                sorted({fb[r["case_id"]]["date"] for r in used if r["case_id"] in fb})
            ),
            "cases": len(used),
            "unreadable_cases": len(unreadable),
            "codes": {c: code_counts[c] for c in CODES if code_counts[c]},
            "clean_cases": int((ys["any"] == 0).sum()),
            "split": {"development": len(dev), "folds": FOLDS, "test": len(te), "seed": seed},
        },
        "positives": {h: int(ys[h].sum()) for h in ("any", *HEADS)},
        "heads_untrained": untrained,
        "test": test,
        "seconds": {
            "facts": round(t_facts - t0, 2),
            "fit": round(t_fit - t_facts, 2),
        },
    }
    # The fast load path's export (model.npz + scoring.json), checked against sklearn's own scores
    # of the test split before its hashes go into model.json.
    scoring, arrays = export_scoring(obj, meta)
    _check_export(
        RiskModel(meta=meta, scoring=scoring, arrays=arrays), num[te], [texts[i] for i in te], p, te
    )
    meta = with_export_hashes(meta, write_export(out_dir, scoring, arrays))
    (out_dir / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (out_dir / "MODEL_CARD.md").write_text(card(meta), encoding="utf-8")
    return TrainSummary(
        out_dir=out_dir,
        model_id=meta["model_id"],
        cases=len(used),
        split=meta["trained_on"]["split"],
        positives=meta["positives"],
        feedback_cases=meta["trained_on"]["feedback_cases"],
        alpha=alpha,
        thresholds=thresholds,
        test=test,
        seconds={**meta["seconds"], "total": round(time.perf_counter() - t0, 2)},
    )


def _check_export(
    model: RiskModel, num: np.ndarray, texts: list[str], p: Mapping[str, np.ndarray], idx: np.ndarray
) -> None:
    """The exported arrays must give sklearn's calibrated probabilities on the test split."""
    if not len(idx):
        return
    ours = model.calibrated(model.raw_scores(model.transform(num.tolist(), texts)))
    worst = max(float(np.abs(ours[h] - p[h][idx]).max()) for h in ours)
    if worst > 1e-9:
        raise TrainError(f"the exported arrays differ from the fitted model by {worst:.2e}")


def _first_last(items: list[str]) -> list[str]:
    return [items[0], items[-1]] if items else []


def _fmt(v: Any) -> str:
    return "—" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)


def card(meta: Mapping[str, Any]) -> str:
    """A short generated model card: what the model was trained on and its test-split figures."""
    t, on = meta["test"], meta["trained_on"]
    lines = [
        f"# Risk model `{meta['model_id']}` (generated by `casecheck train`)",
        "",
        f"- casecheck {meta['casecheck_version']}, feature schema `{meta['feature_schema_hash']}`",
        f"- trained {on['trained_at']} on {on['cases']} cases ({on['clean_cases']} clean); "
        f"labels `{on['labels']}`, reviewer feedback `{on['feedback']}` ({on['feedback_cases']} cases"
        + (
            f", reviewers {', '.join(on['reviewers'])}, {' – '.join(on['feedback_dates'])}"
            if on["reviewers"]
            else ""
        )
        + ")",
        f"- split {on['split']}; combination weight alpha = {meta['alpha']}",
        "",
        "Heads (`probability` is the `any` head):",
        "",
        *[
            f"- `{h}`: {d} — "
            + (
                f"threshold {meta['thresholds'][h]}"
                if h in meta["thresholds"]
                else "not trained: too few positives"
            )
            for h, d in meta["heads"].items()
        ],
        "",
        f"Test split ({t['cases']} cases): ROC-AUC any defect {_fmt(t['roc_auc_any_defect'])}, "
        f"judgement defect {_fmt(t['roc_auc_judgement_defect'])}; Brier {_fmt(t['brier_any_defect'])}; "
        f"precision at top 10 % {_fmt(t['precision_at_top10pct_any'])} (any), "
        f"{_fmt(t['precision_at_top10pct_judgement'])} (judgement).",
        "",
        "| bin | cases | mean predicted | observed |",
        "|---|---|---|---|",
        *[
            f"| {r['bin']} | {r['cases']} | {r['mean_predicted']:.3f} | {r['observed']:.3f} |"
            for r in t["reliability_any_defect"]
        ],
        "",
        "Codes in the training data: " + ", ".join(f"{c} {n}" for c, n in on["codes"].items()),
        "",
    ]
    return "\n".join(lines)

"""The risk model: load (skops, explicit allow-list, never unpickled), predict, ``score_record``.

A model is a folder ``models/NAME/`` with two files:

* ``model.skops`` — zip-compressed skops file of a dict: ``tfidf`` (character 1–3-gram
  ``TfidfVectorizer``), ``scaler`` (``StandardScaler`` of the numeric features), ``heads`` (one
  class-weighted ``LogisticRegression`` per target), ``calibrators`` (one 1-D ``LogisticRegression``
  per head: sigmoid/Platt calibration fitted on the validation split) and ``text_mean``.
* ``model.json`` — metadata: model id, casecheck version, feature schema and its hash, the
  combination weight ``alpha``, thresholds, the skops file's SHA-256, what the model was trained
  on and its validation/test figures.

Heads: ``fact`` (has a fact-code defect), ``judgement`` (has EVID-02 or DISC-03), ``EVID-02``,
``DISC-03`` and ``unreported`` (has a defect the rules did not report). ``probability`` is
P(has any defect): the score ``z_judgement + alpha × z_fact`` (raw logits of the two heads, so
judgement defects rank above the rule-reported ones) calibrated against "has any defect".
``flag`` (建议复核) is ``probability ≥ threshold``, the threshold tuned for recall on validation.

A model is refused (``ModelError``) when its skops file's hash differs from the metadata (tampered
or replaced), when the file holds a type outside ``TRUSTED_TYPES``, or when its feature schema or
casecheck version differs from the running code.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from casecheck.score.explain import top_factors
from casecheck.score.features import NUMERIC_FEATURES, case_features, schema_hash, vector

log = logging.getLogger(__name__)

_WHITESPACE = re.compile(r"\s\s+")
MODEL_FILE = "model.skops"
META_FILE = "model.json"
HEADS = ("fact", "judgement", "EVID-02", "DISC-03", "unreported")
# The heads ``probability`` is made of; the others are left out of a model whose training data had
# too few positive cases for them (``model.json`` lists them under ``heads_untrained``).
REQUIRED_HEADS = ("fact", "judgement")
# Every type a model file may hold; anything else makes skops refuse the file.
TRUSTED_TYPES: tuple[str, ...] = (
    "builtins.bool",
    "builtins.dict",
    "builtins.float",
    "builtins.int",
    "builtins.list",
    "builtins.str",
    "builtins.tuple",
    "numpy.float64",
    "numpy.int64",
    "numpy.ndarray",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.preprocessing._data.StandardScaler",
)


class ModelError(Exception):
    """A model that cannot be used: missing, tampered, or built for other features or code."""


def _version() -> str:
    from casecheck import __version__

    return __version__


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass
class RiskModel:
    """A loaded model: transforms, heads, calibrators and metadata; ``predict`` scores one case."""

    meta: dict[str, Any]
    tfidf: Any
    scaler: Any
    heads: dict[str, Any]
    calibrators: dict[str, Any]
    text_mean: np.ndarray
    names: list[str] = field(default_factory=list)
    head_names: list[str] = field(default_factory=list)
    _weights: Any = None
    _means: Any = None
    _coef: Any = None
    _bias: Any = None
    _cal: dict[str, tuple[float, float]] = field(default_factory=dict)
    _vocab: dict[str, int] = field(default_factory=dict)
    _idf: Any = None

    def __post_init__(self) -> None:
        vocab = [f"text:{t}" for t in self.tfidf.get_feature_names_out()]
        self.names = [*NUMERIC_FEATURES, *vocab]
        alpha = float(self.meta["alpha"])
        # Scoring one case through sklearn's validation costs more than the arithmetic: keep the
        # heads and calibrators as arrays and score with numpy.
        self.head_names = [h for h in HEADS if h in self.heads]
        self._coef = np.stack([self.heads[h].coef_[0] for h in self.head_names], axis=1)
        self._bias = np.array([self.heads[h].intercept_[0] for h in self.head_names])
        self._weights = self.heads["judgement"].coef_[0] + alpha * self.heads["fact"].coef_[0]
        self._means = np.concatenate([np.zeros(len(NUMERIC_FEATURES)), self.text_mean])
        self._vocab = dict(self.tfidf.vocabulary_)
        self._idf = np.asarray(self.tfidf.idf_, dtype=float)
        self._cal = {h: (float(c.coef_[0][0]), float(c.intercept_[0])) for h, c in self.calibrators.items()}

    @property
    def model_id(self) -> str:
        """The id records carry (``default@<sha12>``)."""
        return str(self.meta["model_id"])

    def transform(self, numeric: list[list[float]], texts: list[str]) -> np.ndarray:
        """Dense design matrix: scaled numeric features, then tf-idf of the text."""
        num = (np.asarray(numeric, dtype=float) - self.scaler.mean_) / self.scaler.scale_
        txt = np.vstack([self._tfidf_row(t) for t in texts])
        return np.hstack([num, txt])

    def _tfidf_row(self, text: str) -> np.ndarray:
        """``tfidf.transform([text])`` as a dense row, computed directly: sklearn's per-call
        validation costs ~4 ms a case. Same steps: lowercase, whitespace runs → one space,
        character n-grams, sublinear tf × idf, l2 norm (``tests/test_score_model.py`` checks)."""
        vocab, (lo, hi) = self._vocab, self.tfidf.ngram_range
        doc = _WHITESPACE.sub(" ", text.lower() if self.tfidf.lowercase else text)
        counts: dict[int, int] = {}
        n_chars = len(doc)
        for n in range(lo, min(hi, n_chars) + 1):
            for i in range(n_chars - n + 1):
                j = vocab.get(doc[i : i + n])
                if j is not None:
                    counts[j] = counts.get(j, 0) + 1
        row = np.zeros(len(vocab))
        if counts:
            idx = np.fromiter(counts.keys(), dtype=int, count=len(counts))
            tf = np.fromiter(counts.values(), dtype=float, count=len(counts))
            row[idx] = (np.log(tf) + 1.0 if self.tfidf.sublinear_tf else tf) * self._idf[idx]
            norm = np.sqrt((row[idx] ** 2).sum())
            if norm > 0:
                row[idx] /= norm
        return row

    def raw_scores(self, x: np.ndarray) -> dict[str, np.ndarray]:
        """Each head's logit and the combined score ``any``."""
        zs = x @ self._coef + self._bias
        z = {h: zs[:, i] for i, h in enumerate(self.head_names)}
        z["any"] = z["judgement"] + float(self.meta["alpha"]) * z["fact"]
        return z

    def calibrated(self, z: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """Calibrated probability per head (and ``any``): the sigmoid fitted on validation."""
        out = {}
        for h, (a, b) in self._cal.items():
            out[h] = 1.0 / (1.0 + np.exp(-np.clip(a * z[h] + b, -500, 500)))
        return out

    def predict(self, numeric: dict[str, float], text: str, k: int = 5) -> dict[str, Any]:
        """The record's ``risk`` for one case's features."""
        x = self.transform([vector(numeric)], [text])
        p = self.calibrated(self.raw_scores(x))
        thresholds = self.meta["thresholds"]
        prob = float(p["any"][0])
        return {
            "probability": prob,
            "flag": bool(prob >= thresholds["any"]),
            "model": self.model_id,
            "factors": top_factors(self._weights, x[0], self._means, self.names, k),
            "heads": {
                h: {"probability": float(p[h][0]), "flag": bool(p[h][0] >= thresholds[h])}
                for h in self.head_names
            },
            "threshold": thresholds["any"],
        }


def model_types(file: Path) -> set[str]:
    """Every type a skops file would build (``module.Class`` from its ``schema.json``).

    skops trusts many sklearn types by default; checking the whole tree against ``TRUSTED_TYPES``
    makes the allow-list ours and explicit.
    """
    import zipfile

    try:
        with zipfile.ZipFile(file) as zf:
            tree = json.loads(zf.read("schema.json"))
    except (zipfile.BadZipFile, KeyError, json.JSONDecodeError) as exc:
        raise ModelError(f"{file}: not a skops model file ({exc})") from exc
    found: set[str] = set()
    stack: list[Any] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if "__class__" in node and "__module__" in node:
                found.add(f"{node['__module__']}.{node['__class__']}")
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def resolve(name: str | Path) -> Path:
    """A model folder: ``name`` if it is a folder (or a ``model.json`` in one), else a shipped model."""
    p = Path(name)
    if p.is_file() and p.name == META_FILE:
        return p.parent
    if p.is_dir():
        return p
    from casecheck.resources import models_dir

    return models_dir() / str(name)


def read_model(folder: Path) -> RiskModel:
    """Load and verify the model in ``folder`` (no cache; see ``load_model``)."""
    import skops.io as sio

    meta_path, file = folder / META_FILE, folder / MODEL_FILE
    if not meta_path.is_file() or not file.is_file():
        raise ModelError(f"no risk model in {folder} (expected {META_FILE} and {MODEL_FILE})")
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    if sha256_file(file) != meta.get("sha256"):
        raise ModelError(
            f"{file}: the file does not match the SHA-256 in {META_FILE}; refusing a modified model"
        )
    if meta.get("feature_schema_hash") != schema_hash():
        raise ModelError(
            f"{folder}: trained on feature schema {meta.get('feature_schema_hash')}, this casecheck "
            f"computes {schema_hash()}; retrain it with `casecheck train`"
        )
    if meta.get("casecheck_version") != _version():
        raise ModelError(
            f"{folder}: trained with casecheck {meta.get('casecheck_version')}, this is casecheck "
            f"{_version()}; retrain it with `casecheck train`"
        )
    untrusted = sorted(model_types(file) - set(TRUSTED_TYPES))
    if untrusted:
        raise ModelError(f"{file}: holds types outside the allow-list: {', '.join(sorted(untrusted))}")
    obj = sio.load(file, trusted=list(TRUSTED_TYPES))
    heads = set((obj.get("heads") or {}) if isinstance(obj, dict) else ())
    if not isinstance(obj, dict) or not set(REQUIRED_HEADS) <= heads <= set(HEADS):
        raise ModelError(
            f"{file}: not a casecheck risk model (heads {sorted((obj or {}).get('heads') or {})})"
        )
    return RiskModel(
        meta=meta,
        tfidf=obj["tfidf"],
        scaler=obj["scaler"],
        heads=obj["heads"],
        calibrators=obj["calibrators"],
        text_mean=np.asarray(obj["text_mean"], dtype=float),
    )


_LOADED: dict[str, RiskModel | None] = {}
_LOCK = threading.Lock()


def load_model(name: str | Path = "default") -> RiskModel | None:
    """The model ``name`` (a shipped model or a folder), loaded once per process.

    ``None`` when the name is a shipped model that is not installed; a model that exists but is
    refused raises ``ModelError`` every time it is asked for.
    """
    key = str(name)
    with _LOCK:
        if key in _LOADED:
            return _LOADED[key]
        folder = resolve(name)
        if not folder.exists() and not Path(key).exists() and "/" not in key:
            log.warning("risk model %r is not installed: records carry risk: null", key)
            _LOADED[key] = None
            return None
        model = read_model(folder)
        _LOADED[key] = model
        return model


def score_record(
    facts: dict[str, Any], record: Any, model_name: str | Path = "default"
) -> dict[str, Any] | None:
    """The ``risk`` of a reviewed case: calibrated probability, flag, model id, heads and factors.

    ``record`` is the ``ReviewRecord`` (or its dict) with findings already filled in; ``facts`` the
    case's ``CaseFacts``. ``None`` when the model is not installed.
    """
    model = load_model(model_name)
    if model is None:
        return None
    numeric, text = case_features(facts, record)
    return model.predict(numeric, text)


def logit(p: float) -> float:
    """log(p / (1 − p)), clipped away from 0 and 1."""
    p = min(max(p, 1e-12), 1 - 1e-12)
    return math.log(p / (1 - p))

"""The risk model: load (arrays or skops with an allow-list, never unpickled), predict, ``score_record``.

A model is a folder ``models/NAME/`` with these files:

* ``model.skops`` — the model of record: a zip-compressed skops file of a dict: ``tfidf``
  (character 1–3-gram ``TfidfVectorizer``), ``scaler`` (``StandardScaler`` of the numeric
  features), ``heads`` (one class-weighted ``LogisticRegression`` per target), ``calibrators`` (one
  1-D ``LogisticRegression`` per head: sigmoid/Platt calibration fitted on the validation split)
  and ``text_mean``.
* ``model.npz`` and ``scoring.json`` — the same model as plain numbers, exported from the skops
  file when it is saved (``export_scoring``): the arrays prediction needs (idf weights, training
  mean of the tf-idf, scaler means and scales, each head's coefficients and intercept, each
  calibrator's ``a`` and ``b``) in ``model.npz`` (``numpy.savez_compressed``, no object arrays, read
  with ``allow_pickle=False``), and the tf-idf vocabulary and settings, head names, ``alpha``,
  thresholds and the SHA-256 of the skops file they were exported from in ``scoring.json``.
* ``model.json`` — metadata: model id, casecheck version, feature schema and its hash, the
  combination weight ``alpha``, thresholds, the SHA-256 of ``model.skops`` (``sha256``), of
  ``model.npz`` (``npz_sha256``) and of ``scoring.json`` (``scoring_sha256``), what the model was
  trained on and its validation/test figures.

Loading (``read_model``): ``model.json`` is read and checked first — every file it names must
match its SHA-256 (a mismatch is refused: tampered or replaced), and the feature schema and
casecheck version must be the running code's. Then the **fast path** builds the model from
``model.npz`` + ``scoring.json`` with numpy alone (no sklearn, no skops: about 0.1 s instead of
about 3 s). It falls back to the **skops path** (``skops.io.load`` with ``TRUSTED_TYPES``, the file's
whole type tree checked first) when the export is absent or not recorded in ``model.json`` (a model
saved before the export existed) or was exported from another ``model.skops``. Both paths end in
the same ``RiskModel`` built from the same arrays, so they predict and explain identically.

Heads: ``fact`` (has a fact-code defect), ``judgement`` (has EVID-02 or DISC-03), ``EVID-02``,
``DISC-03`` and ``unreported`` (has a defect the rules did not report). ``probability`` is
P(has any defect): the score ``z_judgement + alpha × z_fact`` (raw logits of the two heads, so
judgement defects rank above the rule-reported ones) calibrated against "has any defect".
``flag`` (建议复核) is ``probability ≥ threshold``, the threshold tuned for recall on validation.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import re
import threading
import zipfile
from collections.abc import Mapping
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
ARRAYS_FILE = "model.npz"
SCORING_FILE = "scoring.json"
# ``model.json`` keys holding the SHA-256 of the exported files.
EXPORT_HASH_KEYS = {ARRAYS_FILE: "npz_sha256", SCORING_FILE: "scoring_sha256"}
# Version of the ``model.npz`` + ``scoring.json`` layout; another version is not read (skops path).
EXPORT_FORMAT = 1
# The arrays of ``model.npz``: name → what it holds (shapes: N numeric features, V n-grams, H heads,
# C calibrated heads).
ARRAYS: dict[str, str] = {
    "idf": "(V,) idf weight of each n-gram",
    "text_mean": "(V,) training mean of each n-gram's tf-idf (for the factors)",
    "scaler_mean": "(N,) mean of each numeric feature",
    "scaler_scale": "(N,) scale of each numeric feature",
    "coef": "(N + V, H) each head's coefficients, one column per head",
    "intercept": "(H,) each head's intercept",
    "calibration": "(C, 2) each calibrator's (a, b): p = 1 / (1 + exp(-(a·z + b)))",
}
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
    """A loaded model: the export's arrays and settings plus metadata; ``predict`` scores one case.

    ``scoring`` is the content of ``scoring.json`` and ``arrays`` the arrays of ``model.npz``
    (``ARRAYS``), whichever path loaded them; ``source`` says which (``"npz"`` or ``"skops"``), and
    ``estimators`` holds the sklearn objects on the skops path (``None`` on the fast path).
    """

    meta: dict[str, Any]
    scoring: dict[str, Any]
    arrays: dict[str, np.ndarray]
    source: str = "npz"
    estimators: dict[str, Any] | None = None
    names: list[str] = field(default_factory=list)
    head_names: list[str] = field(default_factory=list)
    _weights: Any = None
    _means: Any = None
    _coef: Any = None
    _bias: Any = None
    _cal: dict[str, tuple[float, float]] = field(default_factory=dict)
    _vocab: dict[str, int] = field(default_factory=dict)
    _idf: Any = None
    _ngrams: tuple[int, int] = (1, 1)
    _lowercase: bool = True
    _sublinear: bool = False
    _gram_tables: dict[int, tuple[Any, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        s, a = self.scoring, self.arrays
        vocab = [str(t) for t in s["vocabulary"]]
        self.head_names = [str(h) for h in s["heads"]]
        calibrated = [str(h) for h in s["calibrated"]]
        n_num, n_txt, n_heads = len(NUMERIC_FEATURES), len(vocab), len(self.head_names)
        heads = set(self.head_names)
        if not set(REQUIRED_HEADS) <= heads <= set(HEADS) or len(heads) != n_heads:
            self._refuse(f"not a casecheck risk model (heads {self.head_names})")
        if sorted(calibrated) != sorted(["any", *self.head_names]):
            self._refuse(f"calibrators {calibrated} do not match the heads {self.head_names}")
        shapes = {
            "idf": (n_txt,),
            "text_mean": (n_txt,),
            "scaler_mean": (n_num,),
            "scaler_scale": (n_num,),
            "coef": (n_num + n_txt, n_heads),
            "intercept": (n_heads,),
            "calibration": (len(calibrated), 2),
        }
        for name, shape in shapes.items():
            arr = a.get(name)
            if arr is None or arr.shape != shape or arr.dtype != np.float64:
                got = None if arr is None else f"{arr.dtype}{arr.shape}"
                self._refuse(f"array {name!r} is {got}, expected float64{shape}")
        self._vocab = {t: i for i, t in enumerate(vocab)}
        if len(self._vocab) != n_txt:
            self._refuse("the tf-idf vocabulary repeats an n-gram")
        tfidf = s["tfidf"]
        self._ngrams = (int(tfidf["ngram_range"][0]), int(tfidf["ngram_range"][1]))
        self._lowercase, self._sublinear = bool(tfidf["lowercase"]), bool(tfidf["sublinear_tf"])
        self.names = [*NUMERIC_FEATURES, *(f"text:{t}" for t in vocab)]
        alpha = float(self.meta["alpha"])
        # Scoring one case through sklearn's validation costs more than the arithmetic: the heads
        # and calibrators are arrays and a case is scored with numpy.
        self._coef, self._bias = a["coef"], a["intercept"]
        col = {h: i for i, h in enumerate(self.head_names)}
        self._weights = self._coef[:, col["judgement"]] + alpha * self._coef[:, col["fact"]]
        self._means = np.concatenate([np.zeros(n_num), a["text_mean"]])
        self._idf = a["idf"]
        self._gram_tables = _gram_tables(vocab) if self._ngrams[1] <= _MAX_PACKED_N else {}
        self._cal = {
            h: (float(ab[0]), float(ab[1])) for h, ab in zip(calibrated, a["calibration"], strict=True)
        }

    def _refuse(self, message: str) -> None:
        raise ModelError(f"risk model {self.meta.get('model_id')} ({self.source}): {message}")

    @property
    def model_id(self) -> str:
        """The id records carry (``default@<sha12>``)."""
        return str(self.meta["model_id"])

    def transform(self, numeric: list[list[float]], texts: list[str]) -> np.ndarray:
        """Dense design matrix: scaled numeric features, then tf-idf of the text."""
        num = (np.asarray(numeric, dtype=float) - self.arrays["scaler_mean"]) / self.arrays["scaler_scale"]
        x = np.zeros((len(texts), num.shape[1] + len(self._vocab)))
        x[:, : num.shape[1]] = num
        for i, text in enumerate(texts):
            idx, values = self._tfidf_entries(text)
            x[i, num.shape[1] + idx] = values
        return x

    def _tfidf_row(self, text: str) -> np.ndarray:
        """``tfidf.transform([text])`` as a dense row (see ``_tfidf_entries``)."""
        row = np.zeros(len(self._vocab))
        idx, values = self._tfidf_entries(text)
        row[idx] = values
        return row

    def _tfidf_entries(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The non-zero entries of ``tfidf.transform([text])``: vocabulary indices and values,
        computed directly: sklearn's per-call validation costs ~4 ms a case. Same steps:
        lowercase, whitespace runs → one space, character n-grams, sublinear tf × idf, l2 norm
        (``tests/test_score_model.py`` checks).

        Each n-gram is packed into one integer (21 bits a character) and looked up in the sorted
        packed vocabulary of its length (``_gram_tables``): a dictionary lookup per n-gram made a
        string and hashed it, ~1 ms a case in a worker whose caches extraction has just
        filled. The entries come in the order their n-gram first occurs (n = 1 first, then 2 …),
        the order the l2 norm has always summed them in, so the values are the same to the last
        bit.
        """
        doc = _WHITESPACE.sub(" ", text.lower() if self._lowercase else text)
        # n-grams too long to pack are looked up one by one
        found = self._packed_lookup(doc) if self._gram_tables else self._dict_lookup(doc)
        if not found.size:
            return np.zeros(0, dtype=np.intp), np.zeros(0)
        idx, counts = _first_occurrences(found, len(self._vocab))
        tf = counts.astype(float)
        values = (np.log(tf) + 1.0 if self._sublinear else tf) * self._idf[idx]
        norm = np.sqrt((values**2).sum())
        return idx, (values / norm if norm > 0 else values)

    def _packed_lookup(self, doc: str) -> np.ndarray:
        """Vocabulary index of every n-gram of ``doc`` in the vocabulary, n-major, in text order."""
        codes = np.frombuffer(doc.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
        lo, hi = self._ngrams
        parts = []
        for n in range(lo, min(hi, len(doc)) + 1):
            keys, index = self._gram_tables[n]
            if not len(keys):
                continue
            grams = _packed(codes, n)
            at = np.searchsorted(keys, grams)
            np.minimum(at, len(keys) - 1, out=at)
            parts.append(index[at[keys[at] == grams]])
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.intp)

    def _dict_lookup(self, doc: str) -> np.ndarray:
        get, (lo, hi) = self._vocab.get, self._ngrams
        found = [
            j
            for n in range(lo, min(hi, len(doc)) + 1)
            for j in map(get, (doc[i : i + n] for i in range(len(doc) - n + 1)))
            if j is not None
        ]
        return np.array(found, dtype=np.intp)

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


_MAX_PACKED_N = 3  # three 21-bit code points fill 63 bits of a uint64


def _first_occurrences(found: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values of ``found`` (indices below ``size``) in the order they first occur,
    and how often each occurs: ``list(dict.fromkeys(found.tolist()))`` and its counts.

    In numpy (each value's first position by ``np.minimum.at``, then a sort of the few distinct
    values by it): the list and dict of ~2,500 n-gram indices a case cost ~0.15 ms, this ~0.07.
    """
    counts = np.bincount(found, minlength=size)
    first = np.full(size, len(found), dtype=np.intp)
    np.minimum.at(first, found, np.arange(len(found), dtype=np.intp))
    present = np.flatnonzero(counts)
    idx = present[np.argsort(first[present], kind="stable")]
    return idx, counts[idx]


def _packed(codes: np.ndarray, n: int) -> np.ndarray:
    """Each n-gram of the code points ``codes`` (uint64) as one integer: 21 bits a character."""
    m = len(codes) - n + 1
    key = codes[:m].copy()
    for k in range(1, n):
        key <<= np.uint64(21)
        key |= codes[k : k + m]
    return key


def _gram_tables(vocab: list[str]) -> dict[int, tuple[np.ndarray, np.ndarray]]:
    """For each n-gram length: the packed n-grams of the vocabulary, sorted, and their indices."""
    tables = {}
    for n in range(1, _MAX_PACKED_N + 1):
        index = np.array([i for i, t in enumerate(vocab) if len(t) == n], dtype=np.intp)
        text = "".join(vocab[i] for i in index.tolist())
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        keys = np.zeros(len(index), dtype=np.uint64)
        for k in range(n):
            keys = (keys << np.uint64(21)) | codes[k::n].astype(np.uint64)
        order = np.argsort(keys, kind="stable")
        tables[n] = (keys[order], index[order])
    return tables


def export_scoring(
    obj: Mapping[str, Any], meta: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """``(scoring, arrays)``: what prediction needs from a skops model dict, as JSON and arrays.

    ``obj`` is the dict saved in ``model.skops`` (fitted sklearn objects: only their attributes are
    read), ``meta`` the model's metadata (``sha256`` of the skops file, ``alpha``, ``thresholds``).
    Raises ``ModelError`` for tf-idf settings ``RiskModel`` does not reproduce.
    """
    tfidf, scaler = obj["tfidf"], obj["scaler"]
    settings = {
        "analyzer": tfidf.analyzer,
        "norm": tfidf.norm,
        "use_idf": tfidf.use_idf,
        "binary": tfidf.binary,
        "strip_accents": tfidf.strip_accents,
        "preprocessor": tfidf.preprocessor,
        "input": tfidf.input,
    }
    expected = {
        "analyzer": "char",
        "norm": "l2",
        "use_idf": True,
        "binary": False,
        "strip_accents": None,
        "preprocessor": None,
        "input": "content",
    }
    if settings != expected:
        raise ModelError(f"tf-idf settings the scorer cannot reproduce: {settings} (expected {expected})")
    vocabulary: list[str | None] = [None] * len(tfidf.vocabulary_)
    for term, i in tfidf.vocabulary_.items():
        vocabulary[int(i)] = str(term)
    if any(t is None for t in vocabulary):
        raise ModelError("the tf-idf vocabulary's indices are not 0..V-1")
    head_names = [h for h in HEADS if h in obj["heads"]]
    calibrated = ["any", *head_names]
    scoring = {
        "format": EXPORT_FORMAT,
        "model_sha256": meta["sha256"],
        "feature_schema_hash": meta["feature_schema_hash"],
        "heads": head_names,
        "calibrated": calibrated,
        "alpha": meta["alpha"],
        "thresholds": meta["thresholds"],
        "tfidf": {
            "analyzer": "char",
            "ngram_range": [int(n) for n in tfidf.ngram_range],
            "lowercase": bool(tfidf.lowercase),
            "sublinear_tf": bool(tfidf.sublinear_tf),
            "norm": "l2",
        },
        "arrays": ARRAYS,
        "vocabulary": vocabulary,
    }

    def f64(x: Any) -> np.ndarray:
        return np.ascontiguousarray(np.asarray(x, dtype=np.float64))

    arrays = {
        "idf": f64(tfidf.idf_),
        "text_mean": f64(obj["text_mean"]),
        "scaler_mean": f64(scaler.mean_),
        "scaler_scale": f64(scaler.scale_),
        "coef": f64(np.stack([obj["heads"][h].coef_[0] for h in head_names], axis=1)),
        "intercept": f64([obj["heads"][h].intercept_[0] for h in head_names]),
        "calibration": f64(
            [[obj["calibrators"][h].coef_[0][0], obj["calibrators"][h].intercept_[0]] for h in calibrated]
        ),
    }
    return scoring, arrays


def write_export(
    folder: Path, scoring: Mapping[str, Any], arrays: Mapping[str, np.ndarray]
) -> dict[str, str]:
    """Write ``model.npz`` and ``scoring.json`` to ``folder``; their hashes as ``model.json`` keys
    (``{"npz_sha256": …, "scoring_sha256": …}``)."""
    npz, js = Path(folder) / ARRAYS_FILE, Path(folder) / SCORING_FILE
    np.savez_compressed(npz, **{k: np.asarray(v, dtype=np.float64) for k, v in arrays.items()})
    js.write_text(json.dumps(scoring, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return {EXPORT_HASH_KEYS[ARRAYS_FILE]: sha256_file(npz), EXPORT_HASH_KEYS[SCORING_FILE]: sha256_file(js)}


def model_types(file: Path) -> set[str]:
    """Every type a skops file would build (``module.Class`` from its ``schema.json``).

    skops trusts many sklearn types by default; checking the whole tree against ``TRUSTED_TYPES``
    makes the allow-list ours and explicit.
    """
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


def read_meta(folder: Path) -> dict[str, Any]:
    """``model.json`` of the model in ``folder``, after the checks both load paths share.

    Refused (``ModelError``): no model there; ``model.skops`` or an exported file that exists does
    not match its SHA-256 in ``model.json``; another feature schema or casecheck version.
    """
    meta_path, file = folder / META_FILE, folder / MODEL_FILE
    if not meta_path.is_file() or not file.is_file():
        raise ModelError(f"no risk model in {folder} (expected {META_FILE} and {MODEL_FILE})")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"{meta_path}: not a model description ({exc})") from exc
    if not isinstance(meta, dict):
        raise ModelError(f"{meta_path}: not a model description (a JSON object is expected)")
    for name, key in ((MODEL_FILE, "sha256"), *EXPORT_HASH_KEYS.items()):
        path = folder / name
        if (key == "sha256" or (meta.get(key) and path.is_file())) and sha256_file(path) != meta.get(key):
            raise ModelError(
                f"{path}: the file does not match the SHA-256 in {META_FILE}; refusing a modified model"
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
    return meta


def _read_arrays(folder: Path, meta: dict[str, Any]) -> RiskModel | None:
    """The fast path: the model from ``model.npz`` + ``scoring.json`` (numpy only), or ``None`` when
    the export cannot be used and the caller falls back to the skops file.

    ``read_meta`` has already refused exported files that do not match their recorded SHA-256.
    """
    if not all(meta.get(key) for key in EXPORT_HASH_KEYS.values()):
        # a model saved before the export existed: nothing recorded, so nothing to trust
        log.info("%s: %s records no exported arrays; loading %s", folder, META_FILE, MODEL_FILE)
        return None
    missing = [name for name in EXPORT_HASH_KEYS if not (folder / name).is_file()]
    if missing:
        log.warning("%s: %s missing; loading %s (slower)", folder, " and ".join(missing), MODEL_FILE)
        return None
    try:
        scoring = json.loads((folder / SCORING_FILE).read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"{folder / SCORING_FILE}: not JSON ({exc})") from exc
    if not isinstance(scoring, dict) or scoring.get("format") != EXPORT_FORMAT:
        log.warning(
            "%s: %s is not export format %s; loading %s", folder, SCORING_FILE, EXPORT_FORMAT, MODEL_FILE
        )
        return None
    stale = [
        k
        for k in ("model_sha256", "feature_schema_hash", "alpha", "thresholds")
        if scoring.get(k) != meta.get("sha256" if k == "model_sha256" else k)
    ]
    if stale:
        # model.json or model.skops changed after the export: the skops file is the model of record
        log.warning(
            "%s: %s disagrees with %s on %s; loading %s (re-export: python -m casecheck.score.export %s)",
            folder,
            SCORING_FILE,
            META_FILE,
            ", ".join(stale),
            MODEL_FILE,
            folder,
        )
        return None
    try:
        with np.load(folder / ARRAYS_FILE, allow_pickle=False) as npz:
            arrays = {name: np.asarray(npz[name]) for name in ARRAYS if name in npz.files}
    except (OSError, ValueError, zipfile.BadZipFile) as exc:
        raise ModelError(f"{folder / ARRAYS_FILE}: not a model array file ({exc})") from exc
    try:
        return RiskModel(meta=meta, scoring=scoring, arrays=arrays, source="npz")
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"{folder / SCORING_FILE}: incomplete export ({exc!r})") from exc


def _read_skops(folder: Path, meta: dict[str, Any]) -> RiskModel:
    """The skops path: ``model.skops`` loaded with the allow-list (imports sklearn and skops)."""
    import skops.io as sio

    file = folder / MODEL_FILE
    untrusted = sorted(model_types(file) - set(TRUSTED_TYPES))
    if untrusted:
        raise ModelError(f"{file}: holds types outside the allow-list: {', '.join(sorted(untrusted))}")
    obj = sio.load(file, trusted=list(TRUSTED_TYPES))
    heads = set((obj.get("heads") or {}) if isinstance(obj, dict) else ())
    if not isinstance(obj, dict) or not set(REQUIRED_HEADS) <= heads <= set(HEADS):
        raise ModelError(
            f"{file}: not a casecheck risk model (heads {sorted((obj or {}).get('heads') or {})})"
        )
    scoring, arrays = export_scoring(obj, meta)
    return RiskModel(meta=meta, scoring=scoring, arrays=arrays, source="skops", estimators=obj)


def read_model(folder: Path, *, fast: bool = True) -> RiskModel:
    """Load and verify the model in ``folder`` (no cache; see ``load_model``).

    ``fast`` reads the exported arrays when they are there and recorded (numpy only); otherwise,
    or with ``fast=False``, the skops file is loaded with the allow-list. Both give the same model.
    """
    folder = Path(folder)
    meta = read_meta(folder)
    if fast:
        model = _read_arrays(folder, meta)
        if model is not None:
            return model
    return _read_skops(folder, meta)


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

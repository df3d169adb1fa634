"""Export a saved model's arrays for the fast load path: ``model.npz`` + ``scoring.json``.

``casecheck train`` writes the export with every model. For a model folder saved without it (or to
rebuild it), run::

    python -m casecheck.score.export models/default

which loads ``model.skops`` through the skops path (hash, schema, version and allow-list checks),
writes ``model.npz`` and ``scoring.json`` beside it, records their SHA-256 in ``model.json`` next
to the skops file's (``npz_sha256``, ``scoring_sha256``) and checks that the fast path then loads
and predicts what the skops path does. The skops file, and so the model id, stay as they are.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from casecheck.score.features import NUMERIC_FEATURES
from casecheck.score.model import (
    EXPORT_HASH_KEYS,
    META_FILE,
    ModelError,
    RiskModel,
    read_model,
    write_export,
)


def with_export_hashes(meta: Mapping[str, Any], hashes: Mapping[str, str]) -> dict[str, Any]:
    """``meta`` with the exported files' hashes placed right after the skops file's ``sha256``."""
    out: dict[str, Any] = {}
    for key, value in meta.items():
        if key in EXPORT_HASH_KEYS.values():
            continue
        out[key] = value
        if key == "sha256":
            out.update(hashes)
    if "sha256" not in out:
        raise ModelError("model metadata without the skops file's sha256")
    return out


def _probe(model: RiskModel) -> dict[str, Any]:
    """A prediction that touches every part of the model (numeric features and a few n-grams)."""
    numeric = {name: float(i % 7) - 2.0 for i, name in enumerate(NUMERIC_FEATURES)}
    return model.predict(numeric, "行政处罚决定书：经查，当事人于0000年0月0日违法。")


def export_model(folder: Path) -> dict[str, str]:
    """Write the export of the model in ``folder`` and record it in ``model.json``; its hashes.

    Raises ``ModelError`` when the skops file is refused, or when the fast path does not load the
    new export or predicts differently from the skops path.
    """
    folder = Path(folder)
    meta_path = folder / META_FILE
    if not meta_path.is_file():
        raise ModelError(f"no risk model in {folder} (expected {META_FILE})")
    # Forget any earlier export first: the skops file is the model of record.
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    stale = {k: v for k, v in meta.items() if k not in EXPORT_HASH_KEYS.values()}
    meta_path.write_text(json.dumps(stale, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for name in EXPORT_HASH_KEYS:
        (folder / name).unlink(missing_ok=True)
    slow = read_model(folder, fast=False)
    hashes = write_export(folder, slow.scoring, slow.arrays)
    meta = with_export_hashes(stale, hashes)
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    fast = read_model(folder)
    if fast.source != "npz" or _probe(fast) != _probe(slow):
        raise ModelError(f"{folder}: the exported arrays do not reproduce the skops model")
    return hashes


def main(argv: list[str] | None = None) -> None:
    """``python -m casecheck.score.export FOLDER...``: export each model folder, print the hashes."""
    ap = argparse.ArgumentParser(description="export a risk model's arrays for the fast load path")
    ap.add_argument("folders", nargs="+", type=Path)
    args = ap.parse_args(argv)
    for folder in args.folders:
        hashes = export_model(folder)
        print(folder, " ".join(f"{k}={v[:12]}" for k, v in hashes.items()))


if __name__ == "__main__":
    main()

"""Figures of a risk model's ranking: ROC-AUC, Brier score, reliability table, precision at the top.

``python -m casecheck.score.metrics --labels L --results R`` prints them (JSON) for review
records ``R`` (JSON Lines carrying ``risk``) against generator labels ``L``: the held-out figures
of ``models/MODEL_CARD.md`` come from it. ``casecheck evaluate`` reports the same ROC-AUCs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

JUDGEMENT = frozenset({"EVID-02", "DISC-03"})


def auc(y: np.ndarray, s: np.ndarray) -> float | None:
    """ROC-AUC (rank statistic, ties half); None without both classes."""
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, s)) if 0 < y.sum() < len(y) else None


def recall_threshold(y: np.ndarray, p: np.ndarray, target: float) -> float:
    """The highest threshold whose recall on ``(y, p)`` reaches ``target`` (0.5 without positives)."""
    pos = np.sort(p[y == 1])[::-1]
    if not len(pos):
        return 0.5
    need = max(1, int(np.ceil(target * len(pos))))
    return float(pos[need - 1])


def reliability(y: np.ndarray, p: np.ndarray, bins: int = 10) -> list[dict[str, Any]]:
    """Reliability table: per probability decile bin, cases, mean predicted and observed rate."""
    out = []
    edges = np.linspace(0, 1, bins + 1)
    for i in range(bins):
        lo, hi = edges[i], edges[i + 1]
        m = (p >= lo) & ((p < hi) if i < bins - 1 else (p <= hi))
        if m.any():
            out.append(
                {
                    "bin": f"{lo:.1f}–{hi:.1f}",
                    "cases": int(m.sum()),
                    "mean_predicted": round(float(p[m].mean()), 4),
                    "observed": round(float(y[m].mean()), 4),
                }
            )
    return out


def ranking_figures(y: dict[str, np.ndarray], p: np.ndarray) -> dict[str, Any]:
    """AUCs of ``p`` for any/judgement defects, Brier score, reliability and precision at top 10 %."""
    k = max(1, round(0.1 * len(p)))
    top = np.argsort(-p, kind="stable")[:k]
    return {
        "cases": len(p),
        "roc_auc_any_defect": auc(y["any"], p),
        "roc_auc_judgement_defect": auc(y["judgement"], p),
        "brier_any_defect": round(float(np.mean((p - y["any"]) ** 2)), 4),
        "precision_at_top10pct_any": round(float(y["any"][top].mean()), 4),
        "precision_at_top10pct_judgement": round(float(y["judgement"][top].mean()), 4),
        "reliability_any_defect": reliability(y["any"], p),
    }


def heldout_figures(labels: list[dict[str, Any]], records: list[dict[str, Any]]) -> dict[str, Any]:
    """``ranking_figures`` of the records' ``risk.probability`` against the labels' codes, plus
    the flag's recall and rate; cases without a record or a risk are counted and left out."""
    by_id = {r["case_id"]: r for r in records}
    ys: dict[str, list[int]] = {"any": [], "judgement": []}
    probs, flags, missing = [], [], 0
    for lab in labels:
        risk = (by_id.get(lab["case_id"]) or {}).get("risk")
        if not risk:
            missing += 1
            continue
        codes = set(lab.get("codes") or [])
        ys["any"].append(int(bool(codes)))
        ys["judgement"].append(int(bool(codes & JUDGEMENT)))
        probs.append(float(risk["probability"]))
        flags.append(bool(risk["flag"]))
    y = {k: np.array(v) for k, v in ys.items()}
    p, f = np.array(probs), np.array(flags)
    out = ranking_figures(y, p)
    out["without_risk"] = missing
    out["flag_rate"] = round(float(f.mean()), 4)
    out["flag_recall_any"] = round(float(f[y["any"] == 1].mean()), 4) if y["any"].any() else None
    out["flag_precision_any"] = round(float(y["any"][f].mean()), 4) if f.any() else None
    return out


def main(argv: list[str] | None = None) -> int:
    """Print ``heldout_figures`` as JSON."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--labels", type=Path, required=True)
    ap.add_argument("--results", type=Path, required=True)
    args = ap.parse_args(argv)

    def read(path: Path) -> list[dict[str, Any]]:
        return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]

    figures = heldout_figures(read(args.labels), read(args.results))
    sys.stdout.write(json.dumps(figures, ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

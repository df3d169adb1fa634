"""Measure review records against generator labels: per-code precision/recall, clean-case
false-positive rate, field accuracy and the risk score's ROC-AUC.

A labelled code counts as found when the case's record has a finding (not waived) with that code.
A case that ended in an error record finds nothing, so its labelled codes count as misses — an
error must never flatter recall. Codes a record marked 无法评查 are counted separately, so a
reviewer can tell "missed" from "could not check".
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from casecheck.model import CONTRACT_DATES


@cache
def defect_codes() -> dict[str, dict[str, Any]]:
    """The contract's defect codes (a copy ships in the package)."""
    from casecheck.resources import rules_dir

    data = yaml.safe_load((rules_dir() / "contract" / "defects.yaml").read_text(encoding="utf-8"))
    return {c["code"]: c for c in data["codes"] if not c.get("retired")}


def is_judgement(code: str) -> bool:
    """Judgement codes (EVID-02, DISC-03) are for reviewers and the scorer, not exact rules."""
    return defect_codes().get(code, {}).get("kind") == "judgement"


def load_jsonl(path: Path, require: str | None = "case_id") -> list[dict[str, Any]]:
    """Read JSON Lines of records or labels (``jsonl.read_jsonl``: every line an object holding
    ``require``); a file that cannot be used raises ``JsonlError`` naming the file and line."""
    from casecheck.jsonl import read_jsonl

    return read_jsonl(path, require)


@dataclass
class CodeStats:
    """Confusion counts of one code."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    unreviewable_on_positive: int = 0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.support if self.support else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "support": self.support,
            "precision": self.precision,
            "recall": self.recall,
            "unreviewable_on_positive": self.unreviewable_on_positive,
        }


@dataclass
class EvalReport:
    """Everything ``casecheck evaluate`` prints."""

    cases: int
    matched: int
    errors: int
    per_code: dict[str, CodeStats]
    clean_cases: int
    clean_with_findings: int
    clean_with_fact_findings: int
    field_accuracy: dict[str, dict[str, Any]]
    citation_f1: dict[str, float | None]
    risk_auc: dict[str, float | None]
    missing_records: list[str] = field(default_factory=list)
    examples: dict[str, list[str]] = field(default_factory=dict)

    def averages(self, fact_only: bool = True) -> dict[str, float | None]:
        """Macro (mean over codes with support or predictions) and micro averages."""
        stats = {c: s for c, s in self.per_code.items() if not (fact_only and is_judgement(c))}
        precisions = [s.precision for s in stats.values() if s.precision is not None]
        recalls = [s.recall for s in stats.values() if s.recall is not None]
        tp = sum(s.tp for s in stats.values())
        fp = sum(s.fp for s in stats.values())
        fn = sum(s.fn for s in stats.values())
        return {
            "macro_precision": sum(precisions) / len(precisions) if precisions else None,
            "macro_recall": sum(recalls) / len(recalls) if recalls else None,
            "micro_precision": tp / (tp + fp) if tp + fp else None,
            "micro_recall": tp / (tp + fn) if tp + fn else None,
        }

    @property
    def clean_fpr(self) -> float | None:
        """Share of clean cases with at least one fact-code finding."""
        return self.clean_with_fact_findings / self.clean_cases if self.clean_cases else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "cases": self.cases,
            "matched": self.matched,
            "errors": self.errors,
            "missing_records": self.missing_records,
            "per_code": {
                c: s.to_dict() | {"judgement": is_judgement(c)} for c, s in sorted(self.per_code.items())
            },
            "averages_fact_codes": self.averages(True),
            "averages_all_codes": self.averages(False),
            "clean_cases": self.clean_cases,
            "clean_false_positive_rate": self.clean_fpr,
            "clean_with_any_finding": self.clean_with_findings,
            "field_accuracy": self.field_accuracy,
            "citation_f1": self.citation_f1,
            "risk_roc_auc": self.risk_auc,
            "examples": self.examples,
        }

    def to_text(self) -> str:
        """A table a person reads."""
        lines = [
            f"cases {self.cases}  matched {self.matched}  errors {self.errors}"
            + (f"  missing records {len(self.missing_records)}" if self.missing_records else "")
        ]
        lines.append(
            f"{'code':9} {'kind':9} {'support':>7} {'tp':>4} {'fp':>4} {'fn':>4} "
            f"{'precision':>9} {'recall':>7} {'unrev+':>6}"
        )
        for code, s in sorted(self.per_code.items()):
            kind = "judgement" if is_judgement(code) else "fact"
            lines.append(
                f"{code:9} {kind:9} {s.support:7d} {s.tp:4d} {s.fp:4d} {s.fn:4d} "
                f"{_fmt(s.precision):>9} {_fmt(s.recall):>7} {s.unreviewable_on_positive:6d}"
            )
        for label, fact_only in (("fact codes", True), ("all codes", False)):
            a = self.averages(fact_only)
            lines.append(
                f"{label:11} macro P {_fmt(a['macro_precision'])} R {_fmt(a['macro_recall'])}  "
                f"micro P {_fmt(a['micro_precision'])} R {_fmt(a['micro_recall'])}"
            )
        lines.append(
            f"clean cases {self.clean_cases}: false-positive rate {_fmt(self.clean_fpr)} "
            f"({self.clean_with_fact_findings} with a fact-code finding, "
            f"{self.clean_with_findings} with any finding)"
        )
        lines.append("field accuracy:")
        for name, acc in self.field_accuracy.items():
            lines.append(f"  {name:24} {_fmt(acc['accuracy'])}  ({acc['correct']}/{acc['total']})")
        lines.append("citations: " + "  ".join(f"{k} {_fmt(v)}" for k, v in self.citation_f1.items()))
        lines.append("risk ROC-AUC: " + "  ".join(f"{k} {_fmt(v)}" for k, v in self.risk_auc.items()))
        return "\n".join(lines)


def _fmt(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def evaluate(labels: list[dict[str, Any]], records: list[dict[str, Any]]) -> EvalReport:
    """Compare records with labels, matching on ``case_id``."""
    by_id = {r["case_id"]: r for r in records}
    per_code: dict[str, CodeStats] = {c: CodeStats() for c in defect_codes()}
    examples: dict[str, list[str]] = defaultdict(list)
    fields = _FieldScores()
    clean = clean_any = clean_fact = errors = matched = 0
    missing = []
    any_scores: list[tuple[int, float]] = []
    judgement_scores: list[tuple[int, float]] = []
    for lab in labels:
        rec = by_id.get(lab["case_id"])
        truth = set(lab.get("codes", []))
        if rec is None:
            missing.append(lab["case_id"])
            rec = {"status": "error", "findings": [], "unreviewable": []}
        else:
            matched += 1
        errors += rec["status"] == "error"
        found = {f["code"] for f in rec.get("findings", []) if not f.get("waived")}
        unrev = {u["code"] for u in rec.get("unreviewable", [])}
        for code in truth | found:
            s = per_code.setdefault(code, CodeStats())
            if code in truth and code in found:
                s.tp += 1
            elif code in found:
                s.fp += 1
                if len(examples[f"{code} fp"]) < 5:
                    examples[f"{code} fp"].append(lab["case_id"])
            else:
                s.fn += 1
                s.unreviewable_on_positive += code in unrev
                if len(examples[f"{code} fn"]) < 5:
                    examples[f"{code} fn"].append(lab["case_id"])
        if not truth:
            clean += 1
            clean_any += bool(found)
            clean_fact += any(not is_judgement(c) for c in found)
        if rec["status"] != "error":
            fields.add(lab.get("fields") or {}, rec.get("fields") or {})
        risk = rec.get("risk")
        if risk and risk.get("probability") is not None:
            any_scores.append((int(bool(truth)), risk["probability"]))
            judgement_scores.append((int(any(is_judgement(c) for c in truth)), risk["probability"]))
    return EvalReport(
        cases=len(labels),
        matched=matched,
        errors=errors,
        per_code=per_code,
        clean_cases=clean,
        clean_with_findings=clean_any,
        clean_with_fact_findings=clean_fact,
        field_accuracy=fields.accuracy(),
        citation_f1=fields.citation_scores(),
        risk_auc={"any_defect": _auc(any_scores), "judgement_defect": _auc(judgement_scores)},
        missing_records=missing,
        examples=dict(examples),
    )


def _auc(pairs: list[tuple[int, float]]) -> float | None:
    """ROC-AUC by the rank statistic (ties count half); None without both classes."""
    pos = [p for y, p in pairs if y]
    neg = [p for y, p in pairs if not y]
    if not pos or not neg:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


class _FieldScores:
    """Accumulates field accuracy (exact match after light normalisation) and citation F1."""

    def __init__(self) -> None:
        self.correct: Counter[str] = Counter()
        self.total: Counter[str] = Counter()
        self.cite_tp = self.cite_fp = self.cite_fn = 0
        self.law_tp = self.law_fp = self.law_fn = 0

    def _score(self, name: str, truth: Any, got: Any) -> None:
        self.total[name] += 1
        self.correct[name] += _norm(truth) == _norm(got)

    def add(self, truth: dict[str, Any], got: dict[str, Any]) -> None:
        tp, gp = truth.get("party") or {}, got.get("party") or {}
        for key in ("name", "kind", "credit_code", "id_number"):
            if key in tp:
                want = tp.get(key)
                # the contract's kinds are 个人 and 单位: a label's 个体工商户 is a 个人 (a natural person
                # trading under a 字号), as the review reports it
                want = "个人" if key == "kind" and want == "个体工商户" else want
                self._score(f"party.{key}", want, gp.get(key))
        if "agency" in truth:
            self._score("agency", truth.get("agency"), got.get("agency"))
        tpen, gpen = truth.get("penalty") or {}, got.get("penalty") or {}
        for key in ("fine_yuan", "confiscation_yuan", "procedure"):
            if key in tpen:
                self._score(f"penalty.{key}", tpen.get(key), gpen.get(key))
        td, gd = truth.get("dates") or {}, got.get("dates") or {}
        for key in CONTRACT_DATES:
            if key in td:
                self._score(f"dates.{key}", td.get(key), gd.get(key))
        if "officers" in truth:
            self._score(
                "officers",
                sorted(o["name"] for o in truth["officers"]),
                sorted(o.get("name") for o in got.get("officers") or []),
            )
        if "citations" in truth:
            self._cites(truth["citations"], _in_label_scope(truth["citations"], got.get("citations") or []))

    def _cites(self, truth: list[dict[str, Any]], got: list[dict[str, Any]]) -> None:
        """Provisions named, each once: the label's against the review's. A title is compared as
        the catalogue names it (a label may write it in 书名号 or short, the contract without)."""
        from casecheck.extract.lawtitle import canonical_law_title

        def key(c: dict[str, Any]) -> tuple:
            return (_law(c), c.get("article"), c.get("paragraph"), c.get("item"))

        def _law(c: dict[str, Any]) -> str | None:
            law = c.get("law")
            return canonical_law_title(law) if isinstance(law, str) else law

        t, g = Counter(set(map(key, truth))), Counter(set(map(key, got)))
        self.cite_tp += sum((t & g).values())
        self.cite_fp += sum((g - t).values())
        self.cite_fn += sum((t - g).values())
        tl, gl = Counter({_law(c) for c in truth}), Counter({_law(c) for c in got})
        self.law_tp += sum((tl & gl).values())
        self.law_fp += sum((gl - tl).values())
        self.law_fn += sum((tl - gl).values())

    def accuracy(self) -> dict[str, dict[str, Any]]:
        return {
            k: {"correct": self.correct[k], "total": n, "accuracy": self.correct[k] / n}
            for k, n in sorted(self.total.items())
        }

    def citation_scores(self) -> dict[str, float | None]:
        return {
            "f1_law_article_paragraph_item": _f1(self.cite_tp, self.cite_fp, self.cite_fn),
            "f1_law": _f1(self.law_tp, self.law_fp, self.law_fn),
        }


_DECISION_ROLES = frozenset({"violated", "penalty"})


def _in_label_scope(truth: list[dict[str, Any]], got: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The predicted citations a label set speaks about.

    Corpora labelled with only the decision's violated and penalty provisions (the held-out and
    hand-written sets) say nothing about procedural references or the other documents'
    citations; counting those as false positives would measure the labelling convention, not
    the extractor. A label set that has other roles (the dev-set) is compared with every citation.
    """
    roles = {c.get("role") for c in truth}
    if truth and roles <= _DECISION_ROLES:
        decided = [c for c in got if c.get("role") in _DECISION_ROLES]
        # the labels name the decision's provisions: a notice or report citing others is not scored
        own = [c for c in decided if "决定书" in str(c.get("document") or "")]
        return own or decided
    return got


def _f1(tp: int, fp: int, fn: int) -> float | None:
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None


def _norm(v: Any) -> Any:
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, str):
        return v.strip()
    return v


def thresholds_failures(
    report: EvalReport, min_precision: float | None, min_recall: float | None, max_clean_fpr: float | None
) -> list[str]:
    """Fact codes below the thresholds (codes with no support and no predictions are skipped)."""
    out = []
    for code, s in sorted(report.per_code.items()):
        if is_judgement(code):
            continue
        if min_precision is not None and s.precision is not None and s.precision < min_precision:
            out.append(f"{code} precision {s.precision:.3f} < {min_precision}")
        if min_recall is not None and s.recall is not None and s.recall < min_recall:
            out.append(f"{code} recall {s.recall:.3f} < {min_recall}")
    if max_clean_fpr is not None and report.clean_fpr is not None and report.clean_fpr > max_clean_fpr:
        out.append(f"clean-case false-positive rate {report.clean_fpr:.3f} > {max_clean_fpr}")
    return out

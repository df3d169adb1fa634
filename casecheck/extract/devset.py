"""Measure extraction on the hand-labelled dev-set: ``python -m casecheck.extract.devset DIR``.

Each dev-set file is one document with a small header (``source``, ``domain``, ``doc_type``,
``---``). Its ``doc_type`` is mapped to the closest standard type, the document goes through
``extract_case`` and ``contract_fields``, and the result is compared with ``labels.jsonl``.

Scoring rule (strict, the same for every copy whatever its ``completeness``): a non-null label is
correct only when we give the same value; a null label is correct only when we also say null,
because a value we find in a copy that lacks it is a value we made up. Both figures are reported:
accuracy over all files and accuracy over the files whose label is non-null. Citations are scored
as sets of (law, article, paragraph, item) per file, laws compared after canonical titles,
micro-averaged into precision, recall and F1. Roles are not scored (the labels use a wider set).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from casecheck.extract.case import extract_case
from casecheck.extract.contract import contract_fields
from casecheck.extract.lawtitle import canonical_law_title
from casecheck.ingest.normalize import normalize
from casecheck.model import Case, Document
from casecheck.resources import rules_dir

FIELDS = ("doc_number", "party", "fine_yuan", "decision_date")
# Reported for information, scored the same way, not part of the thresholds.
INFO_FIELDS = ("agency", "credit_code", "filing_date", "notice_date", "discretion")
# Non-standard dev-set titles → standard doc_type, by keyword, before the doctypes.yaml patterns.
KEYWORD_TYPES: tuple[tuple[str, str], ...] = (
    (r"公告送达|送达公告", "送达回证"),
    (r"简易程序|当场", "当场行政处罚决定书"),
    (r"公开表|公示", "公示记录"),
    # 责令（限期）改正/整改 指令书、通知书: an order the agency issues and dates as its decision, read
    # as the dev-set's own 责令改正违法行为决定书 is (a 决定书 by its title)
    (r"^责令[^（(]*(?:指令书|通知书)", "行政处罚决定书"),
)


@dataclass
class DevsetReport:
    """Per-field accuracy, citation P/R/F1 and every failure with its reason."""

    files: int = 0
    fields: dict[str, dict[str, float | int]] = field(default_factory=dict)
    citations: dict[str, float | int] = field(default_factory=dict)
    failures: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Plain dict form (JSON)."""
        return {
            "files": self.files,
            "fields": self.fields,
            "citations": self.citations,
            "failures": self.failures,
        }

    def table(self) -> str:
        """A text table of the figures followed by the failures."""
        rows = [f"{'field':<20}{'acc(all)':>10}{'n':>4}{'acc(non-null)':>15}{'n':>4}"]
        for name, f in self.fields.items():
            name = name if name in FIELDS else f"{name} (info)"
            rows.append(
                f"{name:<20}{f['accuracy']:>10.3f}{f['n']:>4}{f['accuracy_nonnull']:>15.3f}{f['n_nonnull']:>4}"
            )
        c = self.citations
        rows.append(
            f"{'citations':<20} P={c['precision']:.3f} R={c['recall']:.3f} F1={c['f1']:.3f}"
            f"  (tp={c['tp']} fp={c['fp']} fn={c['fn']})"
        )
        rows.append(f"{'roles (info)':<20} {c['role_agree']}/{c['role_compared']} matched citations agree")
        rows.append(f"\nfailures ({len(self.failures)}):")
        rows += [f"  {f['file']:<22}{f['field']:<18}{f['reason']}" for f in self.failures]
        return "\n".join(rows)


def standard_doc_type(raw: str) -> str:
    """The standard ``doc_type`` closest to a dev-set header title."""
    title = re.sub(r"[（(][^（）()]*[)）]$", "", raw.strip())
    for rx, dt in KEYWORD_TYPES:
        if re.search(rx, raw):
            return dt
    spec = yaml.safe_load((rules_dir() / "doctypes.yaml").read_text(encoding="utf-8"))
    for entry in spec["doctypes"]:
        if any(re.fullmatch(p, title) for p in entry["titles"]):
            return entry["doc_type"]
    # 微信公众号文章（转载行政处罚决定书）: a page that says in its note that it reposts a decision
    return "行政处罚决定书" if "决定书" in title or "处罚决定书" in raw else "其他"


def load_document(path: Path) -> Document:
    """A dev-set file as a one-page ``Document`` (header stripped, doc_type mapped).

    The body is normalised as ingestion normalises a text page (full-width digits folded, lines
    a PDF copy broke mid-sentence joined), so the harness measures what a review would see.
    """
    raw = path.read_text(encoding="utf-8")
    head, _, body = raw.partition("\n---\n")
    meta = dict(line.split(":", 1) for line in head.splitlines() if ":" in line)
    dt = standard_doc_type(meta.get("doc_type", "").strip())
    text, _ = normalize(body)
    return Document(ref=dt, doc_type=dt, title=meta.get("doc_type", "").strip(), file=path.name,
                    pages=(1, 1), text=text, page_starts=(0,))  # fmt: skip


def _predict(doc: Document) -> dict[str, Any]:
    facts = extract_case(Case(case_id=doc.file, source=doc.file, files=(), documents=(doc,)))
    fields = contract_fields(facts)
    doc = facts["documents"][0]
    number = doc.get("doc_number")
    disc = doc.get("discretion") or {}
    return {
        "agency": fields["agency"],
        "credit_code": fields["party"]["credit_code"],
        "filing_date": fields["dates"]["filing"],
        "notice_date": fields["dates"]["notice"],
        # the labels record a claimed 从轻/减轻…, not tier wording such as 情节较轻
        # our level 不予 is the labels' 首违不罚 or 不予处罚, by the ground the decision names
        "discretion": (disc.get("ground") or disc.get("level")) if disc.get("form") == "explicit" else None,
        "doc_number": number["value"] if number else None,
        "party": fields["party"]["name"],
        "fine_yuan": _stated_fine(facts, fields),
        "decision_date": fields["dates"]["decision"],
        "citations": {(c["law"], c["article"], c["paragraph"], c["item"]) for c in fields["citations"]},
        "roles": {
            (c["law"], c["article"], c["paragraph"], c["item"]): c["role"] for c in fields["citations"]
        },
    }


def _stated_fine(facts: Any, fields: dict[str, Any]) -> Any:
    """The fine the document states. The contract writes 0 for a 不予处罚 decision that names no
    fine (nothing imposed; null there means "not found"); the dev-set labels write what the text
    states, which is no fine: null."""
    fine = fields["penalty"]["fine_yuan"]
    if facts.get("procedure") == "不予处罚" and not (facts.get("penalty") or {}).get("fine"):
        return None
    return fine


def _same(name: str, want: Any, got: Any) -> bool:
    if want is None or got is None:
        return want is None and got is None
    if name == "fine_yuan":
        return abs(float(want) - float(got)) < 0.005
    # a label quotes the document as written (〔２０２６〕第００１２号); the review reads it folded,
    # and a form's printed serial without the No. or № before it
    if name == "doc_number":
        want, got = _SERIAL_MARK.sub("", str(want)), _SERIAL_MARK.sub("", str(got))
    return _plain(want) == _plain(got)


_SERIAL_MARK = re.compile(r"^\s*(?:No\.?|NO\.?|№)\s*")


def _plain(value: Any) -> str:
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", str(value)))


def _label_citations(label: dict[str, Any]) -> set[tuple[Any, ...]]:
    return {
        (canonical_law_title(c["law"]), c.get("article"), c.get("paragraph"), c.get("item"))
        for c in label.get("cited_articles", [])
    }


def evaluate_devset(directory: Path) -> DevsetReport:
    """Run extraction on every labelled file of ``directory`` and score it."""
    labels = [
        json.loads(x)
        for x in (directory / "labels.jsonl").read_text(encoding="utf-8").splitlines()
        if x.strip()
    ]
    rep = DevsetReport(files=len(labels))
    score: dict[str, list[tuple[bool, bool]]] = {f: [] for f in FIELDS + INFO_FIELDS}
    tp = fp = fn = 0
    roles = [0, 0]  # agreeing, compared
    for label in labels:
        name = label["file"]
        try:
            got = _predict(load_document(directory / name))
        except Exception as exc:  # one broken file must not hide the others
            rep.failures.append({"file": name, "field": "*", "reason": f"extraction failed: {exc!r}"})
            continue
        want = {
            "doc_number": label.get("doc_number"),
            "party": label.get("party"),
            "fine_yuan": label.get("fine_yuan"),
            "decision_date": (label.get("dates") or {}).get("decision"),
            "agency": label.get("agency"),
            "credit_code": label.get("credit_code"),
            "filing_date": (label.get("dates") or {}).get("filing"),
            "notice_date": (label.get("dates") or {}).get("notice"),
            "discretion": label.get("discretion"),
        }
        for f in FIELDS + INFO_FIELDS:
            ok = _same(f, want[f], got[f])
            score[f].append((ok, want[f] is not None))
            if not ok:
                field_name = f if f in FIELDS else f"info:{f}"
                reason = f"want {want[f]!r}, got {got[f]!r} [{label.get('completeness')}]"
                rep.failures.append({"file": name, "field": field_name, "reason": reason})
        gold = _label_citations(label)
        tp += len(gold & got["citations"])
        for c in label.get("cited_articles", []):
            key = (canonical_law_title(c["law"]), c.get("article"), c.get("paragraph"), c.get("item"))
            if key in got["roles"]:
                # the labels' discretion role is ``other`` in the contract's vocabulary
                want_role = {"discretion": "other"}.get(c["role"], c["role"])
                roles[0] += got["roles"][key] == want_role
                roles[1] += 1
                if got["roles"][key] != want_role:
                    reason = f"{key}: want {want_role}, got {got['roles'][key]}"
                    rep.failures.append({"file": name, "field": "info:role", "reason": reason})
        for c in sorted(got["citations"] - gold, key=str):
            fp += 1
            rep.failures.append({"file": name, "field": "citation+", "reason": f"extra {c}"})
        for c in sorted(gold - got["citations"], key=str):
            fn += 1
            rep.failures.append({"file": name, "field": "citation-", "reason": f"missed {c}"})
    for f, rows in score.items():
        nonnull = [ok for ok, has in rows if has]
        rep.fields[f] = {
            "accuracy": sum(ok for ok, _ in rows) / len(rows) if rows else 0.0,
            "n": len(rows),
            "accuracy_nonnull": sum(nonnull) / len(nonnull) if nonnull else 0.0,
            "n_nonnull": len(nonnull),
        }
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    rep.citations = {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "role_agree": roles[0],
        "role_compared": roles[1],
    }
    return rep


def main(argv: list[str] | None = None) -> int:
    """Print the table (or JSON with ``--json``); exit 0."""
    args = sys.argv[1:] if argv is None else argv
    directory = Path(next((a for a in args if not a.startswith("-")), "."))
    rep = evaluate_devset(directory)
    print(json.dumps(rep.to_dict(), ensure_ascii=False, indent=1) if "--json" in args else rep.table())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

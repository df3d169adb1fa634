"""markers — records state what the law requires them to state (EVID-01: 出示证件, 告知回避).

Options:
  require: doc type → marker names (``casecheck.facts.MARKERS``) the document should hold.
  mode: ``all_missing`` — a hit only when every required marker is absent (defects.yaml's
    "records neither … nor …"); ``any_missing`` — a hit when any is absent.
  investigation_only: judge only records of the investigation — one dated after the decision
    (a 停产停业 or 整改 follow-up check) gathers no evidence for it. Undated records are judged.

A document whose ``markers`` were not extracted at all is 无法评查.

Example: a 询问笔录 with ``markers: {}`` →
``{"document": "询问笔录", "missing": "出示执法证件、告知申请回避"}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import Context, Hit, Opt, Unknown, doc_date, doc_evidence, docs, event, has_marker

ID = "markers"
OPTIONS = {
    "require": Opt(dict),
    "mode": Opt(str, "all_missing", ("all_missing", "any_missing")),
    "investigation_only": Opt(bool, False),
}
NAMES = {
    "showed_certificate": "出示执法证件",
    "recusal_notice": "告知申请回避",
    "correction_ordered": "责令改正",
    "av_record": "音像记录",
}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per document missing the required statements."""
    decided = event(facts, "decision")[0] if opts["investigation_only"] else None
    for doc_type, required in opts["require"].items():
        for doc in docs(facts, doc_type):
            made = doc_date(doc)[0]
            if decided and made and made > decided:
                continue  # a follow-up check after the decision
            if doc.get("markers") is None:
                yield Unknown(f"{doc.get('ref')} 未能识别文书记载要素")
                continue
            missing = [m for m in required if not has_marker(doc, m)]
            if missing and (opts["mode"] == "any_missing" or len(missing) == len(required)):
                names = "、".join(NAMES.get(m, m) for m in missing)
                yield Hit({"document": doc.get("ref"), "missing": names}, (doc_evidence(doc),))

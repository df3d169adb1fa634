"""av_record — steps that require an audio-video record have one in or referenced by the file (PROC-11).

Options:
  steps: doc types (现场检查笔录, 当场行政处罚决定书 …) or ``留置送达`` that require a record.
  since: ISO date from which the requirement binds (``""``: always). A case opened before it (its
    立案 date, else its decision date) owes no record; a case with neither date is 无法评查.

A record counts when the file holds a 音像记录 document or any document states an ``av_record``
marker (执法记录仪/音像记录/全过程记录).

Example: a 现场检查笔录 and no record anywhere → ``{"step": "现场检查笔录"}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from casecheck.checks.util import Context, Hit, Opt, Unknown, any_marker, doc_evidence, docs, event

ID = "av_record"
OPTIONS = {"steps": Opt(list), "since": Opt(str, "")}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per required step present without any audio-video record."""
    if docs(facts, "音像记录") or any_marker(facts, "av_record"):
        return
    if opts["since"]:
        opened = event(facts, "filing")[0] or event(facts, "decision")[0]
        if opened is None:
            yield Unknown("立案和决定日期均无法识别，无法判断音像记录要求是否已施行")
            return
        if opened < date.fromisoformat(opts["since"]):
            return  # the case predates the requirement
    for step in opts["steps"]:
        if step == "留置送达":
            found = [
                d for d in docs(facts, "送达回证") if (d.get("served") or {}).get("method") == "留置送达"
            ]
        else:
            found = docs(facts, step)
        if found:
            yield Hit({"step": step, "document": found[0].get("ref")}, (doc_evidence(found[0]),))

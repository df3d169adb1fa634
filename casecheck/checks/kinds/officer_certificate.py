"""officer_certificate — each officer on an investigation record has a well-formed 执法证号 (SUBJ-02).

Options:
  types: doc types checked.
  pattern: regular expression a certificate number must match (the profile's).

Example: ``{"name": "李四", "certificate": null}`` on a 现场检查笔录 →
``{"name": "李四", "detail": "未记载执法证号"}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import Context, Hit, Opt, Unknown, doc_evidence, docs, ev

ID = "officer_certificate"
OPTIONS = {"types": Opt(list, ["现场检查笔录", "询问笔录"]), "pattern": Opt(str)}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per officer (per document) without a valid certificate number."""
    pattern = re.compile(opts["pattern"])
    for doc in docs(facts, *opts["types"]):
        for o in doc.get("officers") or []:
            cert = (o.get("certificate") or "").strip()
            where = (ev(o.get("evidence")) or doc_evidence(doc),)
            if not cert:
                detail = "未记载执法证号"
            elif not pattern.match(cert):
                detail = f"执法证号 {cert} 格式不符"
            else:
                continue
            yield Hit({"document": doc.get("ref"), "name": o.get("name") or "?", "detail": detail}, where)

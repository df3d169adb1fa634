"""roster — officers' certificates are in the supplied roster and valid on the record's date (SUBJ-04).

Options:
  types: doc types whose officers are checked.
  pattern: certificates not matching it are SUBJ-02's matter and skipped here.

Without a roster (``--roster``) the check is 无法评查. A certificate whose record has no date can
only be checked for membership; its validity is then 无法评查.

Example: certificate 15010119001 not in the roster →
``{"certificate": "15010119001", "detail": "不在执法证件名册内"}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import Context, Hit, Opt, Unknown, doc_date, doc_evidence, docs, ev

ID = "roster"
OPTIONS = {"types": Opt(list, ["现场检查笔录", "询问笔录"]), "pattern": Opt(str)}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per certificate not in the roster, one per record outside a certificate's validity."""
    pattern = re.compile(opts["pattern"])
    seen: set[str] = set()
    records = [(d, o) for d in docs(facts, *opts["types"]) for o in d.get("officers") or []]
    records = [(d, o) for d, o in records if o.get("certificate") and pattern.match(o["certificate"].strip())]
    if not records:
        return
    if ctx.roster is None:
        yield Unknown("未提供执法证件名册，无法核对执法证件")
        return
    for doc, o in records:
        cert = o["certificate"].strip()
        where = (ev(o.get("evidence")) or doc_evidence(doc),)
        hit = {"document": doc.get("ref"), "name": o.get("name") or "?", "certificate": cert}
        entries = ctx.roster.lookup(cert)
        if not entries:
            if cert not in seen:
                seen.add(cert)
                yield Hit(hit | {"detail": "不在执法证件名册内"}, where)
            continue
        day = doc_date(doc)[0]
        if day is None:
            yield Unknown(f"{doc.get('ref')} 无日期，无法核对证件 {cert} 的有效期")
        elif not any(e.valid_on(day) for e in entries):
            yield Hit(hit | {"detail": f"{day.isoformat()} 不在证件有效期内"}, where)

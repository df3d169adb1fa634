"""officer_count — investigation records and the 立案 assignment name at least two officers (SUBJ-01).

Options:
  types: doc types checked.
  minimum: the least number of distinct officers (行政处罚法 第四十二条: 2).
  empty_unknown: doc types where an empty officer list means "not read" (无法评查) rather than
    "none named"; elsewhere an empty list is skipped (some 立案 forms name no handlers).
  skip_titles: words of titles whose officers are no assignment (a police 受案登记表 names the one
    officer who took the report, not the case's handlers).

Example: a 询问笔录 naming only 张三 → ``{"document": "询问笔录", "count": 1, "names": "张三"}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import Context, Hit, Opt, Unknown, doc_evidence, docs, evs

ID = "officer_count"
OPTIONS = {
    "types": Opt(list, ["现场检查笔录", "询问笔录", "立案审批表"]),
    "minimum": Opt(int, 2),
    "empty_unknown": Opt(list, ["现场检查笔录", "询问笔录"]),
    "skip_titles": Opt(list, []),
}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per record naming fewer officers than the minimum."""
    for doc in docs(facts, *opts["types"]):
        if any(w in str(doc.get("title") or "") for w in opts["skip_titles"]):
            continue
        officers = doc.get("officers")
        if officers is None or not officers:
            if doc.get("doc_type") in opts["empty_unknown"]:
                yield Unknown(f"{doc.get('ref')} 未能识别执法人员")
            continue
        names = list(dict.fromkeys(o.get("name") for o in officers if o.get("name")))
        if len(names) < opts["minimum"]:
            where = evs(*(o.get("evidence") for o in officers)) or (doc_evidence(doc),)
            yield Hit({"document": doc.get("ref"), "count": len(names), "names": "、".join(names)}, where)

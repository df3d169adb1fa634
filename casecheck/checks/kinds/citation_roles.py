"""citation_roles — the decision cites both the violated provision and the penalty basis (LAW-01).

Options:
  roles: citation roles the decision must contain (``violated``, ``penalty``).
  types: decision doc types checked.
  by_reference: roles a decision may leave to another decision of the case it refers to for its
    facts (marker ``facts_by_reference``: the manager's 双罚 decision, 事实及证据详见…9号决定书),
    when that decision cites them.

A decision whose citations were not extracted at all (key absent) is 无法评查.

Example: a decision citing only ``{"role": "penalty", …}`` yields ``{"role": "违反的条款"}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import Context, Hit, Opt, Unknown, doc_evidence, docs, has_marker

ID = "citation_roles"
OPTIONS = {
    "roles": Opt(list, ["violated", "penalty"]),
    "types": Opt(list, ["行政处罚决定书", "当场行政处罚决定书"]),
    "by_reference": Opt(list, []),
}
ROLE_NAMES = {"violated": "违反的条款", "penalty": "处罚依据", "procedure": "程序依据"}


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per role the decision does not cite."""
    decisions = docs(facts, *opts["types"])
    for doc in decisions:
        cites = doc.get("citations")
        if cites is None:
            yield Unknown(f"{doc.get('ref')} 的法律引用未能提取")
            continue
        have = {c.get("role") for c in cites if c.get("law")}
        if has_marker(doc, "facts_by_reference"):
            others = {
                c.get("role")
                for d in decisions
                if d is not doc
                for c in d.get("citations") or []
                if c.get("law")
            }
            have |= others & set(opts["by_reference"])
        for role in opts["roles"]:
            if role not in have:
                yield Hit(
                    {"document": doc.get("ref"), "role": ROLE_NAMES.get(role, role)}, (doc_evidence(doc),)
                )

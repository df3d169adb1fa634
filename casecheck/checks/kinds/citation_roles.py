"""citation_roles — the decision cites both the violated provision and the penalty basis (LAW-01).

Options:
  roles: citation roles the decision must contain (``violated``, ``penalty``).
  types: decision doc types checked.
  by_reference: roles a 双罚 manager's decision may leave to the unit's decision in the case,
    when that decision cites them: marker ``facts_by_reference`` (事实及证据详见…9号决定书), or in a
    person's decision ``manager_liability`` (你是直接负责的主管人员).

A decision whose citations were not extracted at all (key absent) is 无法评查.

Example: a decision citing only ``{"role": "penalty", …}`` yields ``{"role": "违反的条款"}``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import Context, Hit, Opt, Unknown, doc_evidence, docs, has_marker, value

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
        person = value((doc.get("party") or {}).get("kind")) == "个人"
        if has_marker(doc, "facts_by_reference") or (person and has_marker(doc, "manager_liability")):
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

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

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from casecheck.checks.lawversions import ref
from casecheck.checks.util import Context, Hit, Opt, Unknown, doc_evidence, docs, event, has_marker, value

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
        summary = doc.get("doc_type") == "当场行政处罚决定书"
        if summary and "violated" not in have and _obligation_among_bases(cites, event(facts, "decision")[0]):
            have.add("violated")
        for role in opts["roles"]:
            if role not in have:
                yield Hit(
                    {"document": doc.get("ref"), "role": ROLE_NAMES.get(role, role)}, (doc_evidence(doc),)
                )


def _obligation_among_bases(cites: list[dict[str, Any]], day: date | None) -> bool:
    """``依据《道路交通安全法》第四十九条、第九十二条第一款…的规定，决定…``: a 简易 form names the rule broken
    and the penalty in one list. An article there that sets no penalty but a duty (应当/不得/严禁 …,
    no 处罚/收缴: not a mitigation or seizure rule), beside one of the same law that sets a penalty,
    is the violated provision."""
    try:
        from casecheck.laws import catalog
    except ImportError:
        return False
    by_law: dict[str, list[dict[str, Any]]] = {}
    for c in cites:
        title = catalog.resolve_title(c.get("law") or "") if c.get("role") == "penalty" else None
        if title and c.get("article"):
            by_law.setdefault(title, []).append(c)
    for title, listed in by_law.items():
        version = catalog.in_force(title, day) if day and len(listed) > 1 else None
        if version is None:
            continue
        punishing = {key for key, _p, _i in version.penalties}
        if any(ref(c) in punishing for c in listed) and any(
            ref(c) not in punishing and _duty(version.article(ref(c)), c) for c in listed
        ):
            return True
    return False


_DUTY = re.compile(r"应当|不得|严禁|禁止|必须")
_SANCTION = re.compile(r"处罚|罚款|(?<!不得)(?<!不得、)收缴|追缴|没收|拘留|吊销")  # 不得收缴、扣留: a duty


def _duty(article: Any, c: dict[str, Any]) -> bool:
    """The cited part of the article (its 款/项 when cited) lays a duty on the party (机动车载物应当
    符合…，严禁超载) and sets no sanction."""
    text = article.text(c.get("paragraph"), c.get("item")) if article is not None else ""
    return bool(_DUTY.search(text)) and not _SANCTION.search(text)

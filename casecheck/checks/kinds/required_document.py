"""required_document — documents the profile requires for the procedure type are in the file.

Options:
  documents: doc types that must be present; an entry may name an alias group.
  aliases: alias → doc types any of which satisfies it (调查取证笔录 → 现场检查笔录/询问笔录;
    事先告知书 → a 听证告知书, which gives the same 告知 with the hearing right).
  exclude: doc types left to more specific rules (e.g. 事先告知书 is PROC-01's).
  agency_aliases: agency-name word → aliases that hold for that agency's files (a police file ends
    its investigation in the 呈请行政处罚报告书, read as a 行政处罚决定审批表, not a 调查终结报告).
  kept_online: agency-name word → [documents, why]: documents such agencies may keep in a case system
    instead of the paper file (公安 approve online), so their absence is 无法评查, not missing.
  recorded_in: document → ``{types, except}``: with a document of ``types`` recording the same step
    (the 负责人's review of 第五十七条 in a 集体讨论记录) the absence is 无法评查, except in the files
    of agencies named in ``except``, whose procedure rules require the document itself.
  decision_types: the decision whose presence makes the requirement apply.
  waivable: document → marker that makes it unnecessary (a written waiver of 陈述申辩), or
    ``{marker: …, types: […]}`` when only a document of those types may hold it.
  catalog_keywords: document → words of a 卷内目录 row naming it. A required document the 目录
    lists on a page that the file has inside another document (its title in a form the segmenter
    did not recognise, so its page ran into the one before) is 无法评查, not missing. A listed
    document whose page is not there, or starts another document, is missing (and ARCH-01's).

Example: a 普通程序 file with a 行政处罚决定书 but no 调查终结报告 yields one hit
``{"document": "调查终结报告"}`` pointing at the decision.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casecheck.checks.util import (
    Context,
    Hit,
    Opt,
    Unknown,
    agency_name,
    all_docs,
    any_marker,
    catalog_rows,
    doc_evidence,
    docs,
    swallowed_by,
)

ID = "required_document"
OPTIONS = {
    "documents": Opt(list),
    # a 行政处罚听证告知书 is the 事先告知 of a case with hearing rights (拟处罚, 陈述申辩, 听证)
    "aliases": Opt(
        dict,
        {
            "调查取证笔录": ["现场检查笔录", "询问笔录"],
            "行政处罚事先告知书": ["行政处罚事先告知书", "听证告知书"],
        },
    ),
    "exclude": Opt(list, []),
    # documents of these types whose title holds one of the words are the required document too
    "title_hosts": Opt(dict, {"调查终结报告": {"行政处罚决定审批表": ["调查终结"]}}),
    "agency_aliases": Opt(dict, {}),
    "kept_online": Opt(dict, {}),
    "recorded_in": Opt(dict, {}),
    "decision_types": Opt(list, ["行政处罚决定书"]),
    "waivable": Opt(dict, {"行政处罚事先告知书": "statement_waived"}),
    "catalog_keywords": Opt(
        dict,
        {
            "立案审批表": ["立案"],
            "调查取证笔录": ["询问笔录", "检查笔录", "勘验笔录", "勘察笔录", "现场笔录", "调查笔录"],
            "调查终结报告": ["调查终结", "调查报告", "终结报告"],
            "行政处罚事先告知书": ["事先告知", "处罚告知书", "违法行为通知书", "听证告知"],
            "行政处罚决定书": ["处罚决定书"],
            "送达回证": ["送达回证", "送达回执"],
        },
    ),
}


def _waived(facts: dict[str, Any], waiver: str | dict[str, Any] | None) -> bool:
    """Whether a marker makes the document unnecessary: ``marker`` in any document, or
    ``{marker: …, types: […]}`` in a document of those types (a decision signed for on itself)."""
    if isinstance(waiver, dict):
        return bool(any_marker(facts, waiver["marker"], *waiver.get("types", [])))
    return bool(waiver and any_marker(facts, waiver))


def _kept_online(kept: dict[str, Any], agency: str, name: str) -> str:
    """Why an agency's file may lack ``name`` (kept in its case system), or ``""``."""
    return next((why for word, (names, why) in kept.items() if word in agency and name in names), "")


def _titled(facts: dict[str, Any], hosts: dict[str, list[str]]) -> bool:
    """A document of a host type whose title names the required one: 行政处罚审批表（调查终结） holds
    the investigation's conclusion, as a 消防 or 公安 file closes its investigation."""
    return any(
        k in str(d.get("title") or "") for d in all_docs(facts) for k in hosts.get(str(d.get("doc_type")), [])
    )


def check(facts: dict[str, Any], opts: dict[str, Any], ctx: Context) -> Iterator[Hit | Unknown]:
    """One hit per required document that is absent."""
    decisions = docs(facts, *opts["decision_types"])
    if not decisions:  # no decision read: whether one should exist is not ours to guess
        return
    present = {d.get("doc_type") for d in all_docs(facts)}
    anchor = (doc_evidence(decisions[0]),)
    agency = agency_name(facts)
    aliases = dict(opts["aliases"])
    for word, extra in opts["agency_aliases"].items():
        if word in agency:
            aliases.update(extra)
    for name in opts["documents"]:
        if name in opts["exclude"]:
            continue
        accepted = set(aliases.get(name, [name]))
        if _waived(facts, opts["waivable"].get(name)):
            continue
        if accepted & present or _titled(facts, opts["title_hosts"].get(name, {})):
            continue
        merged = [
            (row, host)
            for row in catalog_rows(facts, opts["catalog_keywords"].get(name, []))
            if (host := swallowed_by(facts, row))
        ]
        online = _kept_online(opts["kept_online"], agency, name)
        stand = opts["recorded_in"].get(name) or {}
        exempt = not agency or any(w in agency for w in stand.get("except", []))  # unread: no excuse
        held = [] if exempt else [t for t in stand.get("types", []) if t in present]
        if merged:
            row, host = merged[0]
            yield Unknown(
                f"卷内目录列有“{row.get('title')}”（第{row['pages'][0]}页），该页并入了{host.get('ref')}，"
                f"未能识别为单独的{name}，无法核对"
            )
        elif online:
            yield Unknown(f"案卷未附{name}；{online}，纸质案卷缺少该文书不能证明未审批，无法核对")
        elif held:
            yield Unknown(f"案卷未附{name}（审查见{'、'.join(held)}），是否必备依领域程序规定，无法核对")
        else:
            yield Hit({"document": name}, anchor)
